import { useCallback, useState } from 'react';
import { messageFor, query } from '../../api/client';
import type { CallListQuery as CallListResult, MyHelpedPeopleQuery as MyHelpedPeopleResult } from '../../gql/graphql';
import { useMyData } from '../account/useMyData';
import { APPLICATION_STATUS_LABEL, ENROLLMENT_STATUS_LABEL, INTEREST_STATUS_LABEL, label } from '../../shared/labels';
import { CallListQuery, MyHelpedPeopleQuery, MyVillagersQuery } from './operations';

export type HelpedPerson = MyHelpedPeopleResult['myHelpedPeople'][number];
export type CallListEntry = CallListResult['callList']['edges'][number]['node'];

/** "报名「足疗技师」· 已查看" for a person's latest record. */
export function latestText(latest: HelpedPerson['latest']): string {
  if (!latest) return '还没有报名';
  const status =
    latest.kind === 'APPLICATION'
      ? label(APPLICATION_STATUS_LABEL, latest.status as never)
      : latest.kind === 'ENROLLMENT'
        ? label(ENROLLMENT_STATUS_LABEL, latest.status as never)
        : label(INTEREST_STATUS_LABEL, latest.status as never);
  const what = latest.kind === 'APPLICATION' ? '工作' : latest.kind === 'ENROLLMENT' ? '课程' : '新店';
  return `${what}「${latest.title}」· ${status}`;
}

/** 我帮谁报了名, with the cadre's villagers when she is one. */
export function useHelpedPeople() {
  return useMyData(async () => {
    const data = await query(MyHelpedPeopleQuery, {}, { asViewer: true });
    const cadre = data.me?.villageCadre ?? null;
    const villagers = cadre ? (await query(MyVillagersQuery, {}, { asViewer: true })).myVillagers : [];
    return { helped: data.myHelpedPeople, cadre, villagers };
  });
}

/** The bureau's call list: a town typed in, then pages of 20. */
export function useCallList() {
  const [town, setTown] = useState('');
  const [entries, setEntries] = useState<CallListEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);

  const load = useCallback(
    async (after: string | null) => {
      const t = town.trim();
      if (!t) return setError('请先填写镇的名字，比如：高桥镇');
      setBusy(true);
      setError(null);
      try {
        const data = await query(CallListQuery, { town: t, after }, { asViewer: true });
        const page = data.callList;
        setEntries((prev) => [...(after ? prev : []), ...page.edges.map((e) => e.node)]);
        setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null);
        setAsked(true);
      } catch (e) {
        setError(messageFor(e));
      } finally {
        setBusy(false);
      }
    },
    [town],
  );

  return { town, setTown, entries, next, busy, error, asked, search: () => load(null), more: () => next && load(next) };
}
