import { useCallback, useRef, useState } from 'react';
import { messageFor } from '../../api/client';
import { isSignedIn } from './session';
import { canUseWechatLogin, signInWithWechat } from './sign-in';

export interface SignInSheetState {
  open: boolean;
  /** Why the last attempt failed, in plain Chinese. */
  error: string | null;
  onSignedIn: () => void;
  onClose: () => void;
}

/**
 * Sign-in when an action needs it. `ensureSignedIn()` resolves true once the villager is
 * signed in: at once if she already is; in WeChat after one silent wx.login (the sheet shows
 * only if that fails); on the web after she picks a demo account in the sheet.
 */
export function useSignIn(): { ensureSignedIn: () => Promise<boolean>; signingIn: boolean; sheet: SignInSheetState } {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const waiting = useRef<((ok: boolean) => void) | null>(null);

  const settle = useCallback((ok: boolean) => {
    setOpen(false);
    setError(null);
    const resolve = waiting.current;
    waiting.current = null;
    resolve?.(ok);
  }, []);

  const ensureSignedIn = useCallback(async (): Promise<boolean> => {
    if (isSignedIn()) return true;
    if (canUseWechatLogin()) {
      setSigningIn(true);
      try {
        await signInWithWechat();
        return true;
      } catch (e) {
        setError(messageFor(e));
      } finally {
        setSigningIn(false);
      }
    }
    // A second tap while the sheet is open replaces the first wait.
    waiting.current?.(false);
    setOpen(true);
    return new Promise<boolean>((resolve) => {
      waiting.current = resolve;
    });
  }, []);

  return {
    ensureSignedIn,
    signingIn,
    sheet: { open, error, onSignedIn: () => settle(true), onClose: () => settle(false) },
  };
}
