import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { mutate, query } from '../../api/client';
import { forgetSessionToken, onSessionTokenChange, reloadSessionToken, saveSessionToken, sessionToken } from '../../api/session-token';
import type { MeFieldsFragment } from '../../gql/graphql';
import { currentLargeText, setLargeText } from '../../shared/font-scale';
import { LogoutMutation, MeQuery, UpdateProfileMutation } from './operations';

// Who is signed in, shared by every page: the tab 我的, the apply buttons on detail pages and
// the pages of the 我的 subpackage all read it, and all re-render when it changes. The profile
// is kept in storage as well, so a reload shows the villager's name at once while it is
// fetched again.

const USER_KEY = 'ziyang.me';

export interface SessionState {
  signedIn: boolean;
  user: MeFieldsFragment | null;
  /** The server refused the token (expired or signed out elsewhere): say so once. */
  expired: boolean;
}

let state: SessionState | null = null;
const listeners = new Set<(s: SessionState) => void>();

function readUser(): MeFieldsFragment | null {
  try {
    const raw = Taro.getStorageSync(USER_KEY) as unknown;
    const user = (typeof raw === 'string' && raw ? JSON.parse(raw) : raw) as MeFieldsFragment | null;
    return user && typeof user.id === 'string' ? user : null;
  } catch {
    return null;
  }
}

function writeUser(user: MeFieldsFragment | null): void {
  try {
    if (user) Taro.setStorageSync(USER_KEY, JSON.stringify(user));
    else Taro.removeStorageSync(USER_KEY);
  } catch {
    // Storage unavailable: the profile is fetched again next visit.
  }
}

function current(): SessionState {
  if (!state) {
    const signedIn = sessionToken() !== null;
    state = { signedIn, user: signedIn ? readUser() : null, expired: false };
  }
  return state;
}

function publish(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l(next));
}

onSessionTokenChange((reason) => {
  if (reason === null) return;
  writeUser(null);
  publish({ signedIn: false, user: null, expired: reason === 'expired' });
});

export function getSession(): SessionState {
  return current();
}

export function isSignedIn(): boolean {
  return sessionToken() !== null;
}

/** Records the profile the server returned (after sign-in or a change). */
export function setSessionUser(user: MeFieldsFragment): void {
  writeUser(user);
  publish({ ...current(), signedIn: isSignedIn(), user });
}

/**
 * Starts a session from a successful `login` / `demoLogin`. 大字模式 follows whoever needs it:
 * on if it was on here or in the profile, and saved to the profile when only this phone had it.
 */
export function startSession(token: string, expiresAt: string | null, user: MeFieldsFragment): void {
  saveSessionToken(token, expiresAt);
  const localLarge = currentLargeText();
  if (user.largeText && !localLarge) setLargeText(true);
  publish({ signedIn: true, user, expired: false });
  writeUser(user);
  if (localLarge && !user.largeText) void saveLargeText(true);
}

/** Fetches the profile again; a refused token ends the session by itself. */
export async function refreshMe(): Promise<MeFieldsFragment | null> {
  if (!isSignedIn()) return null;
  const data = await query(MeQuery, {}, { asViewer: true });
  if (data.me) setSessionUser(data.me);
  else if (isSignedIn()) forgetSessionToken('expired');
  return data.me ?? null;
}

/** Saves 大字模式 to the profile; the switch works on this phone whatever the answer. */
export async function saveLargeText(on: boolean): Promise<void> {
  if (!isSignedIn()) return;
  try {
    const data = await mutate(UpdateProfileMutation, { input: { largeText: on } });
    if (data.updateProfile.user) setSessionUser(data.updateProfile.user);
  } catch {
    // Not saved to the profile this time; this phone keeps the setting anyway.
  }
}

/** Signs out: the server ends the session, and this phone forgets it even when offline. */
export async function signOut(): Promise<void> {
  try {
    if (isSignedIn()) await mutate(LogoutMutation, {});
  } catch {
    // The token is dropped here regardless; an unreachable server lets it expire.
  } finally {
    forgetSessionToken('signedOut');
    writeUser(null);
    publish({ signedIn: false, user: null, expired: false });
  }
}

/** The "please sign in again" notice has been seen. */
export function acknowledgeExpired(): void {
  if (current().expired) publish({ ...current(), expired: false });
}

/** Tests and app launch: read storage again. */
export function reloadSession(): void {
  reloadSessionToken();
  state = null;
}

export function useSession(): SessionState {
  const [s, setS] = useState<SessionState>(current);
  useEffect(() => {
    listeners.add(setS);
    // It may have changed while this page was hidden.
    setS(current());
    return () => {
      listeners.delete(setS);
    };
  }, []);
  return s;
}
