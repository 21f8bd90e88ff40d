import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { mutate, query } from '../../api/client';
import { isSignedIn, useSession } from '../account/session';
import { useMyData } from '../account/useMyData';
import { MarkMessagesReadMutation, MyMessagesQuery, UnreadMessageCountQuery } from './operations';

/**
 * The unread count for the 我的 tab: asked whenever a page using it shows, and put on the tab
 * bar itself as a red badge so it is seen from every tab.
 */
export function useUnreadCount(): number {
  const { signedIn } = useSession();
  const [count, setCount] = useState(0);
  const load = useCallback(() => {
    if (!isSignedIn()) {
      setCount(0);
      return;
    }
    query(UnreadMessageCountQuery, {}, { asViewer: true }).then(
      (d) => setCount(d.unreadMessageCount),
      () => undefined,
    );
  }, []);
  useEffect(load, [load, signedIn]);
  useDidShow(load);
  useEffect(() => {
    // index 3 is 我的; the tab bar may be absent (a page opened from a shared link).
    const done = () => undefined;
    if (count > 0) void Promise.resolve(Taro.setTabBarBadge?.({ index: 3, text: count > 99 ? '99+' : String(count) })).catch(done);
    else void Promise.resolve(Taro.removeTabBarBadge?.({ index: 3 })).catch(done);
  }, [count]);
  return count;
}

/** 消息: the list, and marking everything read once it has been shown. */
export function useMessages() {
  const fetch = useCallback(async () => (await query(MyMessagesQuery, {}, { asViewer: true })).myMessages, []);
  const my = useMyData(fetch);
  const unread = (my.data ?? []).filter((m) => !m.readAt).map((m) => m.id);
  const key = unread.join(',');
  useEffect(() => {
    if (!key) return;
    // Shown means read; the dots stay for this visit so she can see what was new.
    void mutate(MarkMessagesReadMutation, { ids: key.split(',') }).catch(() => undefined);
  }, [key]);
  return my;
}
