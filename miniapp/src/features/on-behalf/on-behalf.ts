import type { HelperRelation, OnBehalfInput } from '../../gql/graphql';
import { length, NAME_MAX, normalizePhone, phoneProblem } from '../account/contact';

// The server's rules for OnBehalfInput (schema/on-behalf.graphql), checked here first.

export const RELATION_LABEL: Record<HelperRelation, string> = {
  CHILD: '子女',
  SPOUSE: '配偶',
  RELATIVE: '亲戚',
  VILLAGE_CADRE: '村干部',
};

/** The choices a helper is offered; 村干部 only for a cadre the bureau verified. */
export function relationChoices(isCadre: boolean): HelperRelation[] {
  return isCadre ? ['CHILD', 'SPOUSE', 'RELATIVE', 'VILLAGE_CADRE'] : ['CHILD', 'SPOUSE', 'RELATIVE'];
}

export interface OnBehalfValues {
  name: string;
  phone: string;
  homeTown: string;
  homeVillage: string;
  relation: HelperRelation | null;
  /** Optional: the bureau calls villagers over 50. */
  birthYear: string;
}

export const EMPTY_ON_BEHALF: OnBehalfValues = { name: '', phone: '', homeTown: '', homeVillage: '', relation: null, birthYear: '' };

/** The year now in China, where the villagers live. */
function thisYear(): number {
  return new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
}

const PLACE_MAX = 20;

/** Problems by field name (name, phone, homeTown, homeVillage, relation); empty when it can be sent. */
export function onBehalfProblems(v: OnBehalfValues, ownPhone: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const name = v.name.trim();
  if (!name) out.name = '请填写家人的姓名';
  else if (length(name) > NAME_MAX) out.name = `姓名最多${NAME_MAX}个字`;
  const phone = phoneProblem(v.phone);
  if (phone) out.phone = phone === '请填写手机号，对方要打电话联系你' ? '请填写家人的手机号' : phone;
  else if (ownPhone && normalizePhone(v.phone) === ownPhone) out.phone = '这是你自己的手机号：给自己报名请关掉“帮家人报名”';
  for (const [field, label] of [['homeTown', '家乡镇'], ['homeVillage', '家乡村']] as const) {
    const text = v[field].trim();
    if (!text) out[field] = `请填写家人的${label}`;
    else if (length(text) > PLACE_MAX) out[field] = `${label}最多${PLACE_MAX}个字`;
  }
  if (!v.relation) out.relation = '请选择你和家人的关系';
  const year = v.birthYear.trim();
  if (year && (!/^\d{4}$/.test(year) || Number(year) < 1930 || Number(year) > thisYear())) out.birthYear = `出生年份要在1930到${thisYear()}年之间，不知道可以不填`;
  return out;
}

export function toOnBehalfInput(v: OnBehalfValues): OnBehalfInput {
  const year = v.birthYear.trim();
  return { name: v.name.trim(), phone: normalizePhone(v.phone), homeTown: v.homeTown.trim(), homeVillage: v.homeVillage.trim(), relation: v.relation!, ...(year ? { birthYear: Number(year) } : {}) };
}

/** "代报名 · 张大山" on the helper's own lists. */
export function helpedMark(personName: string | null | undefined): string {
  return personName ? `代报名 · ${personName}` : '代报名';
}

/** "由 张丽（子女）代报名" for the employer. */
export function helperLine(helper: { name?: string | null; relation: HelperRelation }): string {
  return `由 ${helper.name || '家人'}（${RELATION_LABEL[helper.relation] ?? '家人'}）代报名`;
}
