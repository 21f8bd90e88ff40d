import Taro from '@tarojs/taro';
import { ApiError, mutate, query } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { DemoRole } from '../../gql/graphql';
import { DemoLoginAvailableQuery, DemoLoginMutation, LoginMutation } from './operations';
import { startSession } from './session';

/** Inside WeChat, `wx.login()` gives a code the server exchanges for the villager's account. */
export function canUseWechatLogin(): boolean {
  return process.env.TARO_ENV === 'weapp';
}

interface Payload {
  token?: string | null;
  expiresAt?: string | null;
  user: Parameters<typeof startSession>[2] | null;
  userErrors: { field?: string | null; message: string; code: string }[];
}

function finish(payload: Payload): void {
  if (payload.userErrors.length) throw new UserErrorsError(payload.userErrors);
  if (!payload.token || !payload.user) throw new ApiError('server', 'sign-in answered without a token');
  startSession(payload.token, payload.expiresAt ?? null, payload.user);
}

/** One tap in WeChat: wx.login() → login(code). */
export async function signInWithWechat(): Promise<void> {
  let code: string | undefined;
  try {
    code = (await Taro.login()).code;
  } catch (e) {
    throw new ApiError('offline', `wx.login failed: ${String((e as { errMsg?: string })?.errMsg ?? e)}`);
  }
  if (!code) throw new UserErrorsError([{ code: 'WECHAT_CODE_INVALID', message: '' }]);
  finish((await mutate(LoginMutation, { code })).login);
}

/** The demo accounts of a development server (the H5 build has no wx.login). */
export async function signInAsDemo(role: DemoRole, slot = 1): Promise<void> {
  finish((await mutate(DemoLoginMutation, { role, slot })).demoLogin);
}

/** Whether the server offers demo sign-in (development mode only). */
export async function demoLoginAvailable(): Promise<boolean> {
  return (await query(DemoLoginAvailableQuery, {})).demoLoginAvailable;
}
