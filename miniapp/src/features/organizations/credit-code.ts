// The app's copy of the server's 统一社会信用代码 rule (server/src/modules/organizations/
// credit-code.ts), so a mistyped code is caught while the licence is still in hand.
const SYMBOLS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The code as it will be stored: upper case, without spaces or hyphens, full width folded. */
export function normalizeCreditCode(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\-‐-―]/g, '').toUpperCase();
}

/** What is wrong with a code, in the words of the form; null when it is a valid code. */
export function creditCodeProblem(raw: string): string | null {
  const code = normalizeCreditCode(raw);
  if (code.length === 0) return '请填写统一社会信用代码（营业执照上 18 位）';
  if ([...code].length !== 18) return `统一社会信用代码是 18 位，你填了 ${[...code].length} 位`;
  if ([...code].some((c) => !SYMBOLS.includes(c)) || !/^\d{6}$/.test(code.slice(2, 8))) return '统一社会信用代码只有数字和大写字母（没有 I、O、S、V、Z），请对照执照再看看';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += SYMBOLS.indexOf(code[i]) * WEIGHTS[i];
  if (SYMBOLS[(31 - (sum % 31)) % 31] !== code[17]) return '统一社会信用代码有一位填错了，请对照执照再看看';
  return null;
}
