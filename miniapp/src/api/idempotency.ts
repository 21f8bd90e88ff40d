// Keys that make a creating mutation (发布招聘, 发布课程, 新店招人, 举报) safe to send again: the
// server answers a repeat of the same key with what the first request created (see
// `idempotencyKey` in schema/). One key per submission: an attempt that got no answer is sent
// again with the same key; an answer, success or user errors, ends the submission.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const RANDOM_CHARS = 22;

interface RandomSource {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
}

/**
 * The platform's random bytes where it has them: browsers (the H5 build) have
 * `crypto.getRandomValues`; WeChat's JavaScript runtime has no `crypto` at all (its own
 * `wx.getRandomValues` is asynchronous and missing from older base libraries), so there
 * `Math.random` is used. The key needs only to differ from the same villager's other
 * submissions of the day, not to be secret: the server keeps keys per user.
 */
function platformRandom(): RandomSource | null {
  const c = typeof crypto === 'undefined' ? undefined : (crypto as Partial<RandomSource> | undefined);
  return c && typeof c.getRandomValues === 'function' ? (c as RandomSource) : null;
}

/** A new key: the time in base 36 and 22 random letters or digits (8–64 characters of [A-Za-z0-9_-]). */
export function newIdempotencyKey(): string {
  const source = platformRandom();
  const bytes = new Uint8Array(RANDOM_CHARS);
  if (source) source.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let random = '';
  for (let i = 0; i < bytes.length; i++) random += ALPHABET[bytes[i] % ALPHABET.length];
  return `${Date.now().toString(36)}-${random}`;
}

/** Submissions sent but not answered yet (or never answered), by what was sent. */
const pending = new Map<string, string>();
/** Forms a villager has left half-sent; older ones are forgotten first. */
const MAX_PENDING = 20;

/**
 * The key of a submission: the one it was sent with before when the same operation with the
 * same variables got no answer, or a new one. A changed form is a new submission.
 */
export function keyForSubmission(submission: string): string {
  const known = pending.get(submission);
  if (known) return known;
  const key = newIdempotencyKey();
  pending.set(submission, key);
  while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value as string);
  return key;
}

/** The server answered the submission: the next tap is a new submission with a new key. */
export function submissionAnswered(submission: string): void {
  pending.delete(submission);
}
