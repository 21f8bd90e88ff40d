/**
 * Every 消息 is read by a villager, a shop owner or a trainer in the app's own voice: 你, never
 * 您, and days as 12月20日 (2027年1月3日 for another year), never 2026-12-20. The services
 * write their sentences (which may quote a day from a row, or a reason typed by the bureau),
 * and this is where each is put in that voice before it is stored and again when it is read,
 * so an older message stored before this rule reads the same.
 */
const ISO_DAY = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

function chinaYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

/** 2026-12-20 → 12月20日 (this year) or 2027年1月3日. */
export function spokenDay(day: string, now: Date = new Date()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || date < 1 || date > 31) return day;
  return year === chinaYear(now) ? `${month}月${date}日` : `${year}年${month}月${date}日`;
}

export function inAppVoice(text: string, now: Date = new Date()): string {
  return text.replace(/您/g, '你').replace(ISO_DAY, (whole) => spokenDay(whole, now));
}
