import { BlockList, isIP } from 'node:net';

/**
 * Which proxies in front of the server may be believed about the client's address.
 *
 * Proxies (nginx, cloud load balancers) *append* the address they received a connection
 * from to X-Forwarded-For, so the header reads `<whatever the client sent>, <proxy 1's
 * peer>, …` and only the entries added by our own proxies, at the right-hand end, can be
 * trusted. The client address is found by walking from the right: the connection's own peer
 * first, then the header's entries right to left, stepping over trusted proxies and stopping
 * at the first hop that is not one.
 *
 * - `{ hops: 0 }`: no proxy; X-Forwarded-For is ignored and the socket's peer is the client.
 * - `{ hops: n }`: exactly n proxies stand in front of the server (the socket's peer is the
 *   nearest one), so the client is the n-th address from the right.
 * - `{ networks: [...] }`: any hop whose address is in these addresses/CIDRs is a proxy.
 */
export type ProxyTrust = { hops: number } | { networks: string[] };

/** Named groups for TRUST_PROXY, so a same-host or private-network proxy is easy to say. */
const NAMED_NETWORKS: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** A header this long is not from a real proxy chain; only its right-hand end is looked at. */
const MAX_FORWARDED_ENTRIES = 32;

/**
 * Parses TRUST_PROXY: empty or `false` (no proxy), a number of hops (`1` for one nginx or
 * load balancer), or a comma-separated list of addresses, CIDRs, `loopback` and `private`.
 * Throws an Error whose message says what is wrong (the caller names the variable).
 */
export function parseTrustProxy(raw: string): ProxyTrust {
  const value = raw.trim();
  if (value === '' || value === 'false' || value === '0') return { hops: 0 };
  if (value === 'true') {
    // It used to mean "believe the left-most entry", which the client writes itself.
    throw new Error('"true" is ambiguous: give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.0/8)');
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error('more than 10 proxy hops is not a real set-up');
    return { hops };
  }
  const networks = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of networks) {
    if (NAMED_NETWORKS[entry]) continue;
    if (!parseNetwork(entry)) throw new Error(`"${entry.slice(0, 60)}" is not an IP address, a CIDR (e.g. 10.0.0.0/8), "loopback" or "private"`);
  }
  return { networks };
}

function parseNetwork(entry: string): { address: string; prefix: number; type: 'ipv4' | 'ipv6' } | null {
  const [address, prefixText, extra] = entry.split('/');
  if (extra !== undefined) return null;
  const family = isIP(address);
  if (family === 0) return null;
  const max = family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return null;
  return { address, prefix, type: family === 4 ? 'ipv4' : 'ipv6' };
}

/**
 * One X-Forwarded-For entry or socket address as a plain IP, or null when it is not one
 * (`unknown`, obfuscated identifiers, garbage). Accepts the `ip:port` and `[ipv6]:port` forms
 * some load balancers write, and folds IPv4-mapped IPv6 (`::ffff:1.2.3.4`, what a dual-stack
 * socket reports) into plain IPv4 so one client has one rate-limit key.
 */
export function normalizeAddress(raw: string): string | null {
  let s = raw.trim();
  if (s.length === 0 || s.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  const family = isIP(s);
  if (family === 0) return null;
  if (family === 6) {
    const lower = s.toLowerCase();
    const mapped = /^(?:::|(?:0{1,4}:){5})ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
    if (mapped && isIP(mapped[1]) === 4) return mapped[1];
    return lower;
  }
  return s;
}

/** Builds the function that names the client of a request under `trust`. */
export function clientAddressResolver(trust: ProxyTrust): (socketAddress: string | undefined, forwardedFor: string | string[] | undefined) => string {
  let isTrusted: ((address: string) => boolean) | null = null;
  if ('networks' in trust) {
    const list = new BlockList();
    for (const entry of trust.networks.flatMap((e) => NAMED_NETWORKS[e] ?? [e])) {
      const n = parseNetwork(entry)!;
      list.addSubnet(n.address, n.prefix, n.type);
    }
    isTrusted = (address) => list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  }
  const hops = 'hops' in trust ? trust.hops : Infinity;

  return (socketAddress, forwardedFor) => {
    const peer = normalizeAddress(socketAddress ?? '') ?? 'unknown';
    if (hops === 0 || forwardedFor === undefined) return peer;
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
    const entries = header.split(',').slice(-MAX_FORWARDED_ENTRIES);
    // `client` is the nearest hop not yet known to be a proxy; `stepped` counts proxies passed.
    let client = peer;
    let stepped = 0;
    for (let i = entries.length - 1; i >= -1; i--) {
      const isProxy = isTrusted ? isTrusted(client) : stepped < hops;
      if (!isProxy || i < 0) break;
      // A malformed entry is never used as an address, and never walked past: what lies to
      // its left was written by whoever sent it. The last good hop stands.
      const next = normalizeAddress(entries[i]);
      if (!next) break;
      client = next;
      stepped += 1;
    }
    return client;
  };
}
