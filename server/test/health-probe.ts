import type { RunningServer } from '../src/http/server';

export interface ProbedResult<T> {
  /** What the attack answered. */
  result: T;
  /** How long the attack took to be answered, in ms. */
  attackMs: number;
  /** How long each /healthz probe sent while the attack ran took, in ms. */
  healthMs: number[];
}

/**
 * Runs `attack` while probing `/healthz` every 50 ms, so a test can show that a hostile
 * request is refused quickly *and* that the process kept answering others meanwhile (a
 * synchronous walk that blocks the event loop shows up as a slow probe, not just a slow
 * attack). At least one probe is always sent, even when the attack answers at once.
 */
export async function whileProbingHealth<T>(server: Pick<RunningServer, 'url'>, attack: () => Promise<T>): Promise<ProbedResult<T>> {
  const healthMs: number[] = [];
  let done = false;
  const probe = async () => {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/healthz`);
    await res.text();
    if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
    healthMs.push(performance.now() - t0);
  };
  const prober = (async () => {
    do {
      await probe();
      if (!done) await new Promise((r) => setTimeout(r, 50));
    } while (!done);
  })();
  const t0 = performance.now();
  try {
    const result = await attack();
    return { result, attackMs: performance.now() - t0, healthMs };
  } finally {
    done = true;
    await prober;
  }
}
