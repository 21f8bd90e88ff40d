import { useCallback, useEffect, useState } from 'react';
import { messageFor, mutate, query } from '../../api/client';
import { errorsByField, userErrorText } from '../../api/user-errors';
import type { VillageCadresQuery as VillageCadresData } from '../../gql/graphql';
import { GrantVillageCadreMutation, RevokeVillageCadreMutation, VillageCadresQuery } from './operations';

export type Cadre = VillageCadresData['villageCadres'][number];
export interface CadreForm {
  phone: string;
  town: string;
  village: string;
}

/**
 * The bureau's 村干部 page: who is a cadre of which village, granting by the mobile number the
 * person signed in with, and revoking. The server checks and records both (audit log).
 */
export function useCadres() {
  const [cadres, setCadres] = useState<Cadre[] | null>(null);
  const [form, setForm] = useState<CadreForm>({ phone: '', town: '', village: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setCadres((await query(VillageCadresQuery, {}, { asViewer: true })).villageCadres);
    } catch (e) {
      setError(messageFor(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const grant = async () => {
    const missing: Record<string, string> = {};
    if (!form.phone.trim()) missing.phone = '请填写他登录用的手机号';
    if (!form.town.trim()) missing.town = '请填写镇';
    if (!form.village.trim()) missing.village = '请填写村';
    setProblems(missing);
    setDone(null);
    setError(null);
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      const answer = (await mutate(GrantVillageCadreMutation, { phone: form.phone.trim(), town: form.town.trim(), village: form.village.trim() })).grantVillageCadre;
      if (answer.userErrors.length) {
        const { fields, general } = errorsByField(answer.userErrors);
        setProblems(fields);
        setError(general[0] ?? userErrorText(answer.userErrors[0]));
        return;
      }
      const c = answer.cadre!;
      setDone(`已认证 ${c.user.name || '这位村民'} 为 ${c.town}${c.village} 的村干部`);
      setForm({ phone: '', town: '', village: '' });
      await load();
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (cadre: Cadre) => {
    setError(null);
    setDone(null);
    try {
      const answer = (await mutate(RevokeVillageCadreMutation, { userId: cadre.user.id })).revokeVillageCadre;
      if (answer.userErrors.length) return setError(userErrorText(answer.userErrors[0]));
      setDone(`已撤销 ${cadre.user.name || '这位村民'} 的村干部认证`);
      await load();
    } catch (e) {
      setError(messageFor(e));
    }
  };

  return { cadres, form, setForm, problems, error, done, busy, grant, revoke };
}
