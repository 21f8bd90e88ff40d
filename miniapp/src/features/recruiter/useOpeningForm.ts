import { useState } from 'react';
import { useEditableDraft } from '../consoles/useEditableDraft';
import { query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import { getSession } from '../account/session';
import type { Problems } from '../consoles/form-rules';
import { runPayload, submitForm } from '../consoles/run';
import {
  DISCLOSURE, draftFromOpening, emptyFee, emptyInvestmentItem, emptyOpeningDraft, emptyShop, formPathsOf, MAX_FEES, MAX_INVESTMENT_ITEMS, MAX_OWN_SHOPS,
  openingFieldNames, openingFields, openingInputOf, openingProblems, type FeeDraft, type InvestmentItemDraft, type OpeningDraft, type PositionDraft, type ShopDraft,
} from './opening-form';
import { EditOpeningQuery, PostOpeningMutation, UpdateOpeningMutation } from './operations';

type DisclosureList = 'ownShops' | 'fees' | 'investmentItems';
type RowOf<L extends DisclosureList> = L extends 'ownShops' ? ShopDraft : L extends 'fees' ? FeeDraft : InvestmentItemDraft;

const LIMITS: Record<DisclosureList, number> = { ownShops: MAX_OWN_SHOPS, fees: MAX_FEES, investmentItems: MAX_INVESTMENT_ITEMS };
const EMPTY_ROW: { [L in DisclosureList]: () => RowOf<L> } = { ownShops: emptyShop, fees: emptyFee, investmentItems: emptyInvestmentItem };

/**
 * The 新店招人 form: a new opening for `organizationId`, or an existing one (`openingId`)
 * filled in as it is now. Checked with the server's rules before sending.
 */
export function useOpeningForm(organizationId: string | null, openingId: string | undefined) {
  const me = getSession().user;
  // 两店一年 as the server worked it out from the shops: when the opening was loaded, then after saving.
  const [twoShopsOneYear, setTwoShopsOneYear] = useState<boolean | null>(null);
  const { draft, setDraft, loading, version, error, setError } = useEditableDraft({
    id: openingId,
    empty: () => emptyOpeningDraft(me?.name ?? '', me?.phone ?? ''),
    load: async (id) => (await query(EditOpeningQuery, { id }, { asViewer: true })).franchiseOpening,
    toDraft: draftFromOpening,
    notFound: '这条新店招人找不到了',
    onLoaded: (o) => setTwoShopsOneYear(o.franchise?.disclosure ? o.franchise.meetsTwoShopsOneYear : null),
  });
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);

  const change = (next: Partial<OpeningDraft>) => setDraft((x) => ({ ...x, ...next }));
  const changePosition = (i: number, next: Partial<PositionDraft>) => setDraft((x) => ({ ...x, positions: x.positions.map((row, j) => (j === i ? { ...row, ...next } : row)) }));

  const changeRow = <L extends DisclosureList>(list: L, i: number, next: Partial<RowOf<L>>) =>
    setDraft((x) => ({ ...x, [list]: (x[list] as RowOf<L>[]).map((row, j) => (j === i ? { ...row, ...next } : row)) }));
  const addRow = (list: DisclosureList) => setDraft((x) => (x[list].length >= LIMITS[list] ? x : { ...x, [list]: [...x[list], EMPTY_ROW[list]()] }));
  const removeRow = (list: DisclosureList, i: number) => {
    setDraft((x) => {
      const rows = (x[list] as RowOf<DisclosureList>[]).filter((_, j) => j !== i);
      return { ...x, [list]: rows.length ? rows : [EMPTY_ROW[list]()] };
    });
    // The rows below move up: their problems no longer sit on the right row.
    const prefix = `${DISCLOSURE}.${list}.`;
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith(prefix))));
  };

  /** Resolves to true when the opening was saved. */
  const save = async (): Promise<boolean> =>
    (await submitForm(
      openingProblems(draft),
      openingFields(draft),
      async () => {
        const input = openingInputOf(draft);
        try {
          const saved = openingId
            ? await runPayload(UpdateOpeningMutation, { id: openingId, input }, 'updateFranchiseOpening')
            : await runPayload(PostOpeningMutation, { organizationId: organizationId ?? '', input }, 'postFranchiseOpening');
          setTwoShopsOneYear(saved.franchiseOpening?.franchise?.meetsTwoShopsOneYear ?? null);
        } catch (e) {
          // Rows left empty are not sent: the server's row numbers are put back on the form's rows.
          if (e instanceof UserErrorsError) throw new UserErrorsError(formPathsOf(e.errors, draft));
          throw e;
        }
        return true;
      },
      { setProblems, setError, setSaving },
      openingFieldNames(draft),
    )) ?? false;

  return {
    draft, change, changePosition, changeRow, addRow, removeRow, limits: LIMITS, problems, error, saving, save, loading, version,
    editing: !!openingId, twoShopsOneYear,
  };
}
