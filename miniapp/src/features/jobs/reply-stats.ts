/** An employer's reply figures as the server gives them (`Organization.replyStats`). */
export interface ReplyStatsFigures {
  replyRate: number;
  medianHoursToFirstReply?: number | null;
  sampleSize: number;
}

/**
 * "回复率 92% · 一般 1 天内回复" for a job card and the detail page; null when the employer
 * has too few applications for figures (a new employer shows none rather than a guess).
 */
export function replyStatsLine(stats: ReplyStatsFigures | null | undefined): string | null {
  if (!stats) return null;
  const rate = `回复率 ${Math.round(stats.replyRate * 100)}%`;
  const h = stats.medianHoursToFirstReply;
  if (h === null || h === undefined) return rate;
  const when = h < 1 ? '1 小时内' : h < 24 ? `${Math.ceil(h)} 小时内` : `${Math.ceil(h / 24)} 天内`;
  return `${rate} · 一般 ${when}回复`;
}
