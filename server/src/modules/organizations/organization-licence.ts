import { normalizeText } from '../common/text';

/**
 * A labour agency's 人力资源服务许可证 number. Each province's human-resources department
 * issues them in the written form （陕）人服证字〔2021〕第0924000123号: the province's
 * one-character abbreviation in brackets, 人服证字, the year of issue in brackets, and the
 * serial (usually the county code and a sequence). We accept what people actually type —
 * half- or full-width brackets of any common kind, spaces, 第 and 号 left out — and store
 * the one written form, so the same licence always reads the same.
 *
 * Checked: a real province abbreviation, a year from 1990 to this year, a 4–12 digit serial.
 * Not checked: that the licence exists (the bureau looks it up before verifying).
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const OPEN = '[\\[(（〔【［]';
const CLOSE = '[\\])）〕】］]';
const LICENCE = new RegExp(`^${OPEN}([${PROVINCES}])${CLOSE}人服证字${OPEN}?(\\d{4})${CLOSE}?第?(\\d{4,12})号?$`);

/** The written form of a licence number, or null when it is not one. */
export function organizationLicence(value: string, thisYear: number): string | null {
  const v = normalizeText(value).replace(/\s/g, '');
  // Full-width digits become ASCII; brackets are matched in either width above.
  const digits = v.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = LICENCE.exec(digits);
  if (!m) return null;
  const year = Number(m[2]);
  if (year < 1990 || year > thisYear) return null;
  return `（${m[1]}）人服证字〔${m[2]}〕第${m[3]}号`;
}
