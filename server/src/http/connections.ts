import type { Server, IncomingMessage, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** All is quiet when no request is in flight and none has started or ended for this long. */
const SETTLE_MS = 250;

export interface DrainResult {
  /** Requests still running when the grace period ran out, cut with their connections. */
  cut: number;
}

/**
 * Who is connected and what is in flight, for two jobs Node's server does not do itself:
 *
 * - a cap on open connections per client address, so one address holding slow sockets open
 *   cannot use up the process's descriptors and shut every other client out (Node's own
 *   `maxConnections` caps the total, which is set beside this);
 * - a graceful drain: stop accepting, answer every request already received with
 *   `Connection: close` (so keep-alive clients reconnect elsewhere), close idle connections,
 *   and cut what is left only when the grace period is over.
 */
export class ConnectionTracker {
  private readonly perAddress = new Map<string, number>();
  private readonly inFlight = new Set<ServerResponse>();
  private drainingSince: number | null = null;
  private lastActivity = 0;

  constructor(
    private readonly server: Server,
    private readonly options: { maxPerAddress: number; log: (msg: string) => void },
  ) {
    server.on('connection', (socket: Socket) => this.onConnection(socket));
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  private onConnection(socket: Socket): void {
    const address = socket.remoteAddress ?? 'unknown';
    const open = this.perAddress.get(address) ?? 0;
    if (this.options.maxPerAddress > 0 && open >= this.options.maxPerAddress) {
      // Refused before a byte is read: the cheapest answer there is.
      socket.destroy();
      return;
    }
    this.perAddress.set(address, open + 1);
    socket.once('close', () => {
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
    });
  }

  /** Call first thing for every request: it is answered even if a drain starts meanwhile. */
  track(req: IncomingMessage, res: ServerResponse): void {
    this.inFlight.add(res);
    this.lastActivity = Date.now();
    if (this.draining) res.setHeader('Connection', 'close');
    const done = () => {
      this.inFlight.delete(res);
      this.lastActivity = Date.now();
    };
    res.once('finish', done);
    res.once('close', done);
    req.once('error', done);
  }

  /**
   * Marks the instance as draining (readiness fails, answers close their connections), keeps
   * serving for `notReadyMs` so a load balancer polling /readyz stops sending here, then stops
   * accepting and waits for the requests in flight, up to `graceMs` in all; then cuts whatever
   * is still open. Resolves once the listening socket is closed.
   */
  async drain(graceMs: number, notReadyMs = 0): Promise<DrainResult> {
    if (this.drainingSince === null) this.drainingSince = Date.now();
    for (const res of this.inFlight) {
      if (!res.headersSent) res.setHeader('Connection', 'close');
    }
    const deadline = Date.now() + graceMs;
    const delay = Math.min(notReadyMs, graceMs);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    // Stop accepting, but not the way http.Server#close does: it also closes every idle
    // keep-alive connection at once, and a request the client is writing on one that moment
    // is reset. Every answer from now on closes its connection instead, so connections end
    // one by one as they are used; what stays idle is closed once all is quiet.
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(this.server, () => resolve()));
    let outcome: 'quiet' | 'expired' = 'expired';
    while (Date.now() < deadline) {
      if (this.inFlight.size === 0 && Date.now() - this.lastActivity >= SETTLE_MS) {
        outcome = 'quiet';
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    let cut = 0;
    if (outcome === 'expired') {
      cut = this.inFlight.size;
      this.options.log(`shutdown: ${cut} request(s) still running after ${graceMs} ms; cutting them`);
    }
    this.server.closeAllConnections();
    await closed;
    return { cut };
  }
}
