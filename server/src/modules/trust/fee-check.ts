import { normalizeText } from '../common/text';

/**
 * Upfront fees are the commonest job scam ("job turns into paid training", deposits for
 * uniforms or dormitories, medical checks at a clinic of the recruiter's choosing). Posting
 * text is checked when saved:
 *
 * - asking applicants for money (收/交/缴/付/需/先 … 押金, 培训费 …, or an amount next to
 *   one) is refused;
 * - merely mentioning such a fee (e.g. "不收押金") holds the posting for the bureau to read,
 *   because scammers write exactly that and charge anyway;
 * - every job must state 不向求职者收取任何费用.
 */
export const FEE_WORDS = ['押金', '培训费', '服装费', '工装费', '体检费', '中介费', '介绍费', '保证金', '报名费', '手续费', '资料费', '建档费', '住宿押金', '上岗费', '信息费'];

export const NO_FEE_STATEMENT = '不向求职者收取任何费用';

export type FeeVerdict =
  | { kind: 'ok' }
  | { kind: 'review'; words: string[] }
  | { kind: 'refuse'; words: string[] };

const FEE = FEE_WORDS.join('|');
// A demand: a paying verb shortly before a fee word, a fee word shortly before an amount, or
// "自理/自付/自费" after one ("体检费自理").
const DEMANDS = [
  new RegExp(`(收取?|交纳?|缴纳?|缴|付|需要?|须|要|先|预交|预付|另收|加收|扣)[^，。,.;；！!？?\\n]{0,6}(${FEE})`),
  new RegExp(`(${FEE})[^，。,.;；！!？?\\n]{0,6}(\\d+|[一二三四五六七八九十百千两]+)\\s*(元|块|百|千)`),
  new RegExp(`(${FEE})[^，。,.;；！!？?\\n]{0,4}(自理|自付|自费|由求职者|由本人|个人承担|个人负责)`),
  /(先交|先付|预交|预付)[^，。,.;；！!？?\n]{0,6}(\d+|[一二三四五六七八九十百千两]+)\s*(元|块)/,
];
// A denial in front of the fee: "不收押金", "无需培训费", "免服装费", "没有任何中介费".
const DENIAL = new RegExp(`(不|无|免|没有|无需|不需要?|不用|不会)[^，。,.;；！!？?\\n]{0,6}(${FEE})`, 'g');

export function checkFees(text: string): FeeVerdict {
  // Posted text is normalised when it is parsed, but this is the rule scammers probe, so it
  // normalises again rather than trust every caller: 押\u200b金 and 保證金 are 押金 and 保证金.
  // It also folds what storage keeps as written (①②③, full-width punctuation), so an amount
  // spelt ⑤⓪⓪ still counts as one.
  const normalized = normalizeText(text).normalize('NFKC').replace(/\s+/g, '');
  const words = FEE_WORDS.filter((w) => normalized.includes(w));
  const withoutDenials = normalized.replace(DENIAL, '');
  if (DEMANDS.some((re) => re.test(withoutDenials))) return { kind: 'refuse', words };
  if (words.length > 0) return { kind: 'review', words };
  return { kind: 'ok' };
}
