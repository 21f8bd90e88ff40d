// Expected failures of a mutation come back as `userErrors { field message code }`. The app
// shows its own wording for the codes it knows, so the sentence fits the screen it is on; for
// a code it does not know yet it shows the server's message when that is plain Chinese.

export interface UserErrorLike {
  field?: string | null;
  message: string;
  code: string;
}

const TEXT: Record<string, string> = {
  // Sign-in
  WECHAT_CODE_INVALID: '登录失败，请重试',
  WECHAT_RATE_LIMITED: '微信登录的人太多，请稍等一会儿再试',
  WECHAT_UNAVAILABLE: '暂时连不上微信，请稍后再试',
  WECHAT_NOT_CONFIGURED: '微信登录还没有开通，可以先打电话联系',
  WECHAT_USER_BLOCKED: '这个微信号暂时不能登录',
  // Limits and access (also GraphQL error codes)
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UNAUTHENTICATED: '登录已过期，请重新登录',
  FORBIDDEN: '没有权限做这件事',
  NOT_FOUND: '找不到了，可能已经被删除',
  // Profile
  PHONE_REQUIRED: '请先留一个手机号，对方才能联系你',
  PHONE_INVALID: '手机号要是1开头的11位数字',
  INVALID_PHONE: '手机号要是1开头的11位数字',
  NAME_INVALID: '姓名要1到20个字',
  INVALID_NAME: '姓名要1到20个字',
  TOO_LONG: '写得太长了，请删短一点',
  TOO_MANY: '选得太多了，最多10个',
  // Jobs
  JOB_CLOSED: '这个工作已经不招了',
  ALREADY_APPLIED: '你已经报过名了',
  NOTE_TOO_LONG: '留言最多200个字',
  CANNOT_WITHDRAW: '对方已经有结果了，不能再撤回',
  ALREADY_DECIDED: '对方已经有结果了，不能再撤回',
  ALREADY_WITHDRAWN: '已经撤回了',
  // Courses
  COURSE_FULL: '名额已满',
  COURSE_CLOSED: '这个课程已经不能报名了',
  ENROLLMENT_CLOSED: '报名已经截止了',
  ALREADY_ENROLLED: '你已经报过名了',
  ALREADY_CANCELLED: '已经取消了',
  // Shop openings
  OPENING_CLOSED: '这家新店已经不招了',
  POSITION_NOT_FOUND: '没有这个岗位，请重新选一个',
  ALREADY_INTERESTED: '你已经表达过意向了',
};

const GENERIC = '没有办成，请稍后再试';

/** Plain Chinese with no Latin words, codes or placeholders: fit to show as it is. */
export function isPlainChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) && !/[A-Za-z]{2,}|undefined|null|NaN/.test(text);
}

/** The sentence to show for one error. */
export function userErrorText(error: UserErrorLike): string {
  return TEXT[error.code] ?? (isPlainChinese(error.message ?? '') ? error.message : GENERIC);
}

/** The sentence for a known code alone (e.g. a GraphQL error's `extensions.code`). */
export function codeText(code: string): string {
  return TEXT[code] ?? GENERIC;
}

/**
 * Splits errors into those about one input field (by the last part of `field`, e.g.
 * `input.phone` → `phone`) and the rest, for showing each next to what it is about.
 */
export function errorsByField(errors: readonly UserErrorLike[]): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const e of errors) {
    const name = e.field ? e.field.split('.').pop() ?? '' : '';
    const text = userErrorText(e);
    if (name && !fields[name]) fields[name] = text;
    else if (!name && !general.includes(text)) general.push(text);
  }
  return { fields, general };
}

/** Thrown by feature hooks when a payload comes back with userErrors. */
export class UserErrorsError extends Error {
  constructor(readonly errors: readonly UserErrorLike[]) {
    super(errors.map(userErrorText).join('；') || GENERIC);
    this.name = 'UserErrorsError';
  }

  get codes(): string[] {
    return this.errors.map((e) => e.code);
  }
}
