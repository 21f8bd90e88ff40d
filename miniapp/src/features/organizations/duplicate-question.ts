import Taro from '@tarojs/taro';
import { UserErrorsError } from '../../api/user-errors';

/** The question, word for word, so the forms and their tests say the same. */
export const DUPLICATE_QUESTION = '已经有一个一样的，还要再发吗？';

/**
 * Publishes a job or course asking the server first whether it repeats a live one of the same
 * organisation (`askIfDuplicate: true`). When it does (`DUPLICATE_POSTING`), nothing was saved
 * and she is asked; 还要发 sends it again without asking, 不发了 resolves null (nothing saved).
 */
export async function publishAskingIfDuplicate<T>(send: (askIfDuplicate: boolean) => Promise<T>): Promise<T | null> {
  try {
    return await send(true);
  } catch (e) {
    if (!(e instanceof UserErrorsError) || !e.codes.includes('DUPLICATE_POSTING')) throw e;
    const said = e.errors.find((x) => x.code === 'DUPLICATE_POSTING')?.message ?? '';
    const answer = await Taro.showModal({ title: '发布前确认', content: `${DUPLICATE_QUESTION}${said ? `（${said}）` : ''}`, confirmText: '还要发', cancelText: '不发了' });
    return answer.confirm ? send(false) : null;
  }
}
