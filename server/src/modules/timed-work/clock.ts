/**
 * Where the server reads the time for everything that waits: when a task falls due, and "now"
 * in every request. Production uses the system clock; tests hand the server a clock they move
 * forward, so a 7-day deadline is tested without waiting 7 days.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that runs with the system clock, shifted by whatever it has been moved forward.
 * It keeps running (rather than standing still) so the order of events written in one test
 * stays the order they happened in.
 */
export class ShiftedClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error('a clock only moves forward');
    this.offsetMs += ms;
  }

  advanceHours(hours: number): void {
    this.advance(hours * 3_600_000);
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}

/**
 * The clock of the server that opened a database. Services are built with the database and
 * read "now" through it, so a server's clock is the one its records are stamped with (two
 * servers in one process, as in tests, keep their own).
 */
const clocks = new WeakMap<object, Clock>();

export function bindClock(db: object, clock: Clock): void {
  clocks.set(db, clock);
}

export function clockOf(db: object): Clock {
  return clocks.get(db) ?? systemClock;
}
