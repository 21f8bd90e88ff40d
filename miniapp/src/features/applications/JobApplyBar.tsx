import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton, Sheet, SheetActions } from '../../shared/components/Sheet';
import { APPLICATION_STATUS_LABEL, label } from '../../shared/labels';
import { openMePage } from '../../shared/navigation';
import { ContactSheet } from '../account/ContactSheet';
import { SignInSheet } from '../account/SignInSheet';
import { useSession } from '../account/session';
import { useSignIn } from '../account/useSignIn';
import { FavoriteButton } from '../favorites/FavoriteButton';
import { BottomActionBar } from '../../shared/components/BottomActionBar';
import { useJobApplication } from './useJobApplication';
import { CertificatePicker } from '../certificates/CertificateList';
import { useMyCertificates } from '../certificates/useMyCertificates';

interface Props {
  job: { id: string; title: string; status: string; employer: { name: string } };
}

/**
 * The bottom bar of a job: 收藏 and 我要报名. Signed out, 报名 signs in first; then a short form;
 * then a confirmation; from then on the button says where the application stands.
 */
export function JobApplyBar({ job }: Props) {
  const { ensureSignedIn, signingIn, sheet } = useSignIn();
  const { viewer, apply, setFavorite } = useJobApplication(job.id);
  const { user } = useSession();
  const [formOpen, setFormOpen] = useState(false);
  const [done, setDone] = useState(false);
  /** Whom she just applied for, when it was a relative. */
  const [helped, setHelped] = useState<string | null>(null);
  const certificates = useMyCertificates();
  const [chosen, setChosen] = useState<string[]>([]);

  const application = viewer?.myApplication ?? null;
  const open = (viewer?.status ?? job.status) === 'OPEN';
  const active = application && application.status !== 'WITHDRAWN';

  const tap = async () => {
    if (active) return openMePage('applications');
    if (!open) return;
    if (await ensureSignedIn()) setFormOpen(true);
  };

  // Applied for herself already, she can still apply for a relative.
  const forRelative = async () => {
    if (open && (await ensureSignedIn())) setFormOpen(true);
  };

  let mainLabel = '我要报名';
  if (active) mainLabel = `已报名 · ${label(APPLICATION_STATUS_LABEL, application.status)}`;
  else if (!open) mainLabel = '这个工作已经不招了';
  else if (application) mainLabel = '已撤回 · 重新报名';
  if (signingIn) mainLabel = '正在登录…';

  return (
    <View className='bottom-bar'>
      <BottomActionBar
        aside={<FavoriteButton kind='JOB' id={job.id} saved={viewer?.isFavorite ?? false} ensureSignedIn={ensureSignedIn} onChange={setFavorite} />}
        action='apply'
        state={active ? application.status : 'none'}
        done={!!active}
        off={!open && !active}
        label={mainLabel}
        onTap={() => void tap()}
      />
      {active && open ? (
        <Text className='bottom-bar__helper' data-action='apply-for-relative' onClick={() => void forRelative()}>
          帮家人报名
        </Text>
      ) : null}

      <SignInSheet {...sheet} />

      <ContactSheet
        open={formOpen}
        extra={<CertificatePicker certificates={certificates} chosen={chosen} onChange={setChosen} />}
        title={`报名：${job.title}`}
        allowOnBehalf
        intro='填好后发给招工方，对方会打电话联系你。'
        submitLabel='提交报名'
        onClose={() => setFormOpen(false)}
        onSubmit={async (values) => {
          await apply({ ...values, certificateIds: chosen });
          setFormOpen(false);
          setHelped(values.onBehalf?.name ?? null);
          setDone(true);
        }}
      />

      <Sheet open={done} title='报名成功' name='applied' onClose={() => setDone(false)}>
        <Text className='sheet__text' data-state='applied'>
          {helped
            ? `已经替${helped}把报名发给“${job.employer.name}”。对方会打电话给${helped}或你${user?.phone ? `（${user.phone}）` : ''}，请留意来电。`
            : `已经把你的报名发给“${job.employer.name}”。对方看过以后会打电话给你${user?.phone ? `（${user.phone}）` : ''}，请留意来电。`}
        </Text>
        <Text className='sheet__text'>进展可以在“我的 → 我的报名”里看。</Text>
        <SheetActions>
          <ActionButton tone='primary' label='好的' onTap={() => setDone(false)} />
          <ActionButton
            label='看我的报名'
            onTap={() => {
              setDone(false);
              openMePage('applications');
            }}
          />
        </SheetActions>
      </Sheet>
    </View>
  );
}
