import Taro from '@tarojs/taro';

// The session token the server issued at sign-in. It lives in Taro storage so a villager
// stays signed in across visits; the client sends it only with operations that need to know
// who is asking, so public catalogue answers stay shareable by the server's cache.

const STORAGE_KEY = 'ziyang.session';

interface StoredToken {
  token: string;
  /** ISO time the server said the token stops working; null when it did not say. */
  expiresAt: string | null;
}

/** Why the token went away: the villager signed out, or the server refused it. */
export type TokenEndReason = 'signedOut' | 'expired';

let current: StoredToken | null | undefined;
const listeners = new Set<(reason: TokenEndReason | null) => void>();

function read(): StoredToken | null {
  if (current !== undefined) return current;
  current = null;
  try {
    const raw = Taro.getStorageSync(STORAGE_KEY) as unknown;
    const stored = (typeof raw === 'string' && raw ? JSON.parse(raw) : raw) as StoredToken | null;
    if (stored && typeof stored.token === 'string' && stored.token) {
      const ends = stored.expiresAt ? Date.parse(stored.expiresAt) : NaN;
      // A token past its end would only earn an UNAUTHENTICATED answer; drop it now.
      if (Number.isNaN(ends) || ends > Date.now()) current = { token: stored.token, expiresAt: stored.expiresAt ?? null };
    }
  } catch {
    current = null;
  }
  return current;
}

export function sessionToken(): string | null {
  return read()?.token ?? null;
}

export function saveSessionToken(token: string, expiresAt: string | null): void {
  current = { token, expiresAt };
  try {
    Taro.setStorageSync(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage unavailable: the session still works until the app closes.
  }
  listeners.forEach((l) => l(null));
}

/** Forgets the token; listeners learn why (to ask the villager to sign in again). */
export function forgetSessionToken(reason: TokenEndReason): void {
  const had = read() !== null;
  current = null;
  try {
    Taro.removeStorageSync(STORAGE_KEY);
  } catch {
    // Nothing more to do: the in-memory token is gone, which is what requests use.
  }
  if (had) listeners.forEach((l) => l(reason));
}

/** Called with null when a token is saved, or with the reason when it is forgotten. */
export function onSessionTokenChange(listener: (reason: TokenEndReason | null) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tests and app launch: read storage again. */
export function reloadSessionToken(): void {
  current = undefined;
}
