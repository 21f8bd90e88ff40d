import Taro from '@tarojs/taro';
import { mutate } from '../../api/client';
import { AcceptWechatSubscriptionsMutation } from './operations';

/** The template ids set at build time (TARO_APP_SUBSCRIBE_TEMPLATES, comma-separated). */
export function subscribeTemplates(): string[] {
  return (process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * In WeChat, asks the villager to be told by a WeChat message (面试, 录用, 开课 …) and tells
 * the server which templates she accepted. Nothing on the web or without templates. Never
 * fails: the same news always reaches 消息 in the app.
 */
export async function askForSubscriptions(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  const tmplIds = subscribeTemplates();
  if (!tmplIds.length) return;
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
    const accepted = tmplIds.filter((id) => answer[id] === 'accept');
    if (accepted.length) await mutate(AcceptWechatSubscriptionsMutation, { templates: accepted });
  } catch {
    // Declined, an old WeChat, or no network: 消息 in the app still carries the news.
  }
}
