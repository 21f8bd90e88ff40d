import { useState } from 'react';
import { messageFor, query } from '../../api/client';
import type { EmployerChoice } from './course-form';
import { EmployerSearchQuery } from './operations';

/**
 * Finds employers by part of their name, through the open jobs they posted (there is no
 * search of organisations): each employer once, in the order their jobs came.
 */
export function useEmployerSearch() {
  const [found, setFound] = useState<EmployerChoice[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = async (words: string) => {
    const keyword = words.trim();
    if (!keyword) {
      setError('请先写上单位名称里的几个字');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const data = await query(EmployerSearchQuery, { keyword: Array.from(keyword).slice(0, 50).join('') });
      const byId = new Map<string, EmployerChoice>();
      for (const { node } of data.jobs.edges) {
        const e = node.employer;
        // The keyword also matches titles and places: keep the employers whose name has it.
        if (e.name.includes(keyword) && !byId.has(e.id)) byId.set(e.id, { id: e.id, name: e.name, verified: e.verified });
      }
      setFound([...byId.values()]);
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };

  return { found, busy, error, search };
}
