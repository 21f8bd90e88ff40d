import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { messageFor, mutate } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import { isSignedIn } from '../account/session';
import { SignInSheet } from '../account/SignInSheet';
import { useSignIn } from '../account/useSignIn';
import { toJobFilter, type useJobSearch } from '../jobs/useJobSearch';
import { askForSubscriptions } from '../messages/subscribe';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { SaveSearchMutation } from './operations';
import { onOpenSavedSearch, searchOf, takePendingSearch } from './saved-search';

type JobSearch = ReturnType<typeof useJobSearch>;

/**
 * 保存搜索 under the job list's chips: saves the filter on screen so that new jobs matching it
 * come as one message a day. Also where 我的搜索 hands the list a saved search to show.
 */
export function SaveSearchBar({ jobs }: { jobs: JobSearch }) {
  const { ensureSignedIn, signingIn, sheet } = useSignIn();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const filterKey = JSON.stringify(toJobFilter(jobs.search));

  // Another filter on screen is another search: the note about the last one goes.
  useEffect(() => {
    setSaved(null);
    setError(null);
  }, [filterKey]);

  useEffect(() => {
    const show = () => {
      const filter = takePendingSearch();
      if (!filter) return;
      const s = searchOf(filter);
      jobs.clearFilters();
      if (s.keyword) jobs.setKeyword(s.keyword);
      if (s.category) jobs.setCategory(s.category);
      if (s.city) jobs.setCity(s.city);
      for (const c of s.conditions) jobs.toggleCondition(c);
    };
    show();
    return onOpenSavedSearch(show);
    // The setters are stable for the page's life; subscribe once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!jobs.hasFilters) return null;

  const save = async () => {
    setError(null);
    // WeChat shows its subscribe dialog only inside the tap itself: ask before anything is
    // awaited. One acceptance allows one message, so she is asked again at each tap.
    if (isSignedIn()) void askForSubscriptions();
    else if (!(await ensureSignedIn())) return;
    setBusy(true);
    try {
      const data = await mutate(SaveSearchMutation, { filter: toJobFilter(jobs.search) });
      const { savedSearch, userErrors } = data.saveSearch;
      if (userErrors.length || !savedSearch) throw new UserErrorsError(userErrors);
      setSaved(savedSearch.name);
    } catch (e) {
      setError(messageFor(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='save-search' data-section='save-search'>
      {saved ? (
        <View className='section__note' role='status' data-saved-search={saved}>
          <Text>{`已保存“${saved}”。有新工作，每天在“消息”里告诉你一次。`}</Text>
        </View>
      ) : null}
      {/* Still there once saved: in WeChat one "allow" covers one message, so a tap asks again. */}
      <ActionButton label={saved ? '每天提醒我' : '保存搜索 · 每天提醒我'} action='save-search' busy={busy || signingIn} busyLabel='正在保存…' onTap={() => void save()} />
      <FormError message={error} />
      <SignInSheet {...sheet} />
    </View>
  );
}
