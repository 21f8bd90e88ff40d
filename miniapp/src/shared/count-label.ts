/**
 * A count as the app shows it. The server counts up to 1,000 and then says "at least": such a
 * count reads "1000+", and a chip counted over the newest 1,000 matches reads "128+".
 */
export function countLabel(count: number, atLeast: boolean): string {
  return atLeast ? `${count}+` : String(count);
}
