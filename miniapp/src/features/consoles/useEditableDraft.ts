import { useEffect, useState } from 'react';
import { messageFor } from '../../api/client';

/**
 * The state every console form shares: a draft that starts empty for something new, or is
 * filled from the server for something being edited (`id`), with loading and error states.
 */
export function useEditableDraft<D, R>(options: {
  id: string | undefined;
  empty: () => D;
  /** Reads the thing being edited; null when it no longer exists. */
  load: (id: string) => Promise<R | null | undefined>;
  toDraft: (found: R) => D;
  /** Plain Chinese for "it is gone", e.g. 这个课程找不到了. */
  notFound: string;
  onLoaded?: (found: R) => void;
}) {
  const { id } = options;
  const [draft, setDraft] = useState<D>(options.empty);
  const [loading, setLoading] = useState(!!id);
  // Taro's web Input cannot take a new value before it has drawn: a new version draws the boxes anew.
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return;
    setLoading(true);
    options
      .load(id)
      .then((found) => {
        if (found) {
          setDraft(options.toDraft(found));
          options.onLoaded?.(found);
          setVersion((v) => v + 1);
        } else setError(options.notFound);
      })
      .catch((e) => setError(messageFor(e)))
      .finally(() => setLoading(false));
    // Loading again only when another thing is to be edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  return { draft, setDraft, loading, version, error, setError };
}
