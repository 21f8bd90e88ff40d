import { useCallback, useEffect, useRef, useState } from 'react';
import { isSignedIn, useSession } from './session';

export interface ViewerState<T> {
  /** What the signed-in villager has done with this posting; null while signed out or unknown. */
  state: T | null;
  /** Replace it with what a mutation answered, so the change shows at once. */
  setState: (next: T | null | ((prev: T | null) => T | null)) => void;
  /** Ask the server again (after a change, or when the page shows again). */
  reload: () => Promise<void>;
}

/**
 * Loads the viewer's part of a detail page (application, enrolment, favourite) whenever the
 * villager signs in or out. A failed load leaves the last known state: the public detail
 * still shows, and the buttons still work.
 */
export function useViewerState<T>(id: string | undefined, fetchState: (id: string) => Promise<T | null>): ViewerState<T> {
  const { signedIn } = useSession();
  const [state, setState] = useState<T | null>(null);
  const generation = useRef(0);
  const fetchRef = useRef(fetchState);
  fetchRef.current = fetchState;

  // Reads the session when it runs, not when it was made: a button that signed the villager
  // in holds a reload made before.
  const reload = useCallback(async () => {
    const g = ++generation.current;
    if (!id || !isSignedIn()) {
      setState(null);
      return;
    }
    try {
      const next = await fetchRef.current(id);
      if (g === generation.current) setState(next);
    } catch {
      // Keep what is shown; the next action or visit asks again.
    }
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload, signedIn]);

  const set = useCallback((next: T | null | ((prev: T | null) => T | null)) => {
    // A change made here wins over any answer still on its way.
    generation.current += 1;
    setState(next);
  }, []);

  return { state, setState: set, reload };
}
