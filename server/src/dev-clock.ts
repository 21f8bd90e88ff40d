import fs from 'node:fs';
import type { Config } from './config';
import { systemClock, type Clock } from './modules/timed-work/clock';

/**
 * Development and test only (CLOCK_FILE, refused in production by the configuration): the
 * server's time is the system time plus the number of milliseconds written in that file, so
 * a browser test can let "a day pass" for the digests and deadlines of a server it started
 * as a separate process, without waiting a day. Missing, empty or unreadable, the file means
 * no shift. Every instance given the same file shares the same time.
 */
export class FileClock implements Clock {
  constructor(private readonly file: string) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs());
  }

  private offsetMs(): number {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8').trim();
    } catch {
      return 0;
    }
    const ms = Number(text);
    // Only forward: a clock that ran back would make due work wait again.
    return Number.isFinite(ms) && ms > 0 ? ms : 0;
  }
}

/** The clock the configuration asks for: the system clock unless CLOCK_FILE is set. */
export function configuredClock(config: Config): Clock {
  return config.clockFile ? new FileClock(config.clockFile) : systemClock;
}
