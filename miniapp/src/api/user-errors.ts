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
  // A retry whose form changed under the same key (the app makes a new key for a changed form)
  IDEMPOTENCY_KEY_REUSED: '这次提交和刚才的不一样，请再点一次',
  // Someone else changed the record's status first; the console shows it again as it now is
  STALE_STATUS: '状态已被他人更新，请刷新后再试',
  // Profile
  PHONE_REQUIRED: '请先留一个手机号，对方才能联系你',
  INVALID_PHONE: '手机号要是1开头的11位数字',
  NAME_TAKEN: '这个名称已经登记过了',
  // Jobs
  JOB_CLOSED: '这个工作已经不招了',
  CANNOT_WITHDRAW: '招工方已经处理完这条报名，不能撤回了',
  // Courses
  COURSE_FULL: '名额已满',
  COURSE_CLOSED: '这个课程已经截止报名了',
  COURSE_CANCELLED: '这个课程已经取消了',
  CANNOT_CANCEL: '这条报名已经结束，不能取消了',
  // Shop openings
  OPENING_CLOSED: '这家新店已经不招人了',
  UNKNOWN_POSITION: '这家店没有招这个岗位，请重新选一个',
};

/**
 * Codes whose meaning depends on the field (a name too long, a note too long): the server's
 * own sentence names the field, so it is shown when plain; these are the fallbacks.
 */
const BY_FIELD: Record<string, string> = {
  REQUIRED: '这一项要填写',
  TOO_LONG: '写得太长了，请删短一点',
  TOO_MANY: '选得太多了，最多10个',
  INVALID: '填的内容里有认不出的字符，请改一改',
};

const GENERIC = '没有办成，请稍后再试';

/** Plain Chinese with no Latin words, codes or placeholders: fit to show as it is. */
export function isPlainChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) && !/[A-Za-z]{2,}|undefined|null|NaN/.test(text);
}

/** The sentence to show for one error. */
export function userErrorText(error: UserErrorLike): string {
  const known = TEXT[error.code];
  if (known) return known;
  if (isPlainChinese(error.message ?? '')) return error.message;
  return BY_FIELD[error.code] ?? GENERIC;
}

/** The sentence for a known code alone (e.g. a GraphQL error's `extensions.code`). */
export function codeText(code: string): string {
  return TEXT[code] ?? BY_FIELD[code] ?? GENERIC;
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
