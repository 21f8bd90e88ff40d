/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): the 18-character number on every
 * business licence, school licence and agency licence issued since 2015. Characters are drawn
 * from 31 symbols (the digits and the capital letters without I, O, S, V and Z, which are too
 * easily read as digits); the 18th is a check character computed from the other 17.
 *
 * What people type is accepted when it means the same code: lower-case letters (the phone's
 * keyboard starts in lower case and the symbols have no lower-case meaning of their own) and
 * full-width characters are folded, spaces and hyphens between groups dropped. It is stored in
 * upper case, so the same code always reads the same. A wrong length, a character outside the
 * 31 or a check character that does not match is refused.
 *
 * Not checked: that the code is registered (the bureau looks it up before verifying).
 */
const SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'LENGTH' | 'CHARACTER' | 'CHECK';

/** The check character of the first 17 characters (already upper case, from SYMBOLS). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += SYMBOLS.indexOf(first17[i]) * WEIGHTS[i];
  return SYMBOLS[(31 - (sum % 31)) % 31];
}

/** The code in its stored form, or why it is not one. */
export function parseCreditCode(raw: string): { code: string } | { problem: CreditCodeProblem } {
  const code = raw.normalize('NFKC').replace(/[\s\-‐-―]/g, '').toUpperCase();
  if ([...code].length !== 18) return { problem: 'LENGTH' };
  for (const ch of code) if (!SYMBOLS.includes(ch)) return { problem: 'CHARACTER' };
  // Characters 3–8 are the registering authority's administrative division code: digits only.
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { problem: 'CHARACTER' };
  if (creditCodeCheckCharacter(code) !== code[17]) return { problem: 'CHECK' };
  return { code };
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  LENGTH: '统一社会信用代码是 18 位，请对照营业执照再填一遍',
  CHARACTER: '统一社会信用代码只有数字和大写字母（没有 I、O、S、V、Z），请对照营业执照再填一遍',
  CHECK: '统一社会信用代码有一位填错了（最后一位校验不对），请对照营业执照再填一遍',
};
