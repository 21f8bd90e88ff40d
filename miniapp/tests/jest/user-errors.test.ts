import { errorsByField, isPlainChinese, userErrorText, UserErrorsError } from '../../src/api/user-errors';
import { contactProblems, normalizePhone, noteProblem, phoneProblem } from '../../src/features/account/contact';

describe('userErrors in plain Chinese', () => {
  it.each([
    ['COURSE_FULL', '名额已满'],
    ['RATE_LIMITED', '操作太频繁，请稍后再试'],
    ['WECHAT_CODE_INVALID', '登录失败，请重试'],
    ['PHONE_REQUIRED', '请先留一个手机号，对方才能联系你'],
    ['JOB_CLOSED', '这个工作已经不招了'],
    ['INVALID_PHONE', '手机号要是1开头的11位数字'],
    ['UNKNOWN_POSITION', '这家店没有招这个岗位，请重新选一个'],
  ])('%s → %s, whatever the server wrote', (code, text) => {
    expect(userErrorText({ code, message: 'anything in English', field: null })).toBe(text);
  });

  it("a code the app does not know shows the server's message when it is plain Chinese", () => {
    expect(userErrorText({ code: 'SOMETHING_NEW', message: '这个岗位下周才开放报名', field: null })).toBe('这个岗位下周才开放报名');
    expect(userErrorText({ code: 'TOO_LONG', message: '留言最多 200 个字', field: 'note' })).toBe('留言最多 200 个字');
  });

  it('never shows English, codes or placeholders', () => {
    expect(userErrorText({ code: 'SOMETHING_NEW', message: 'Seat lock timeout', field: null })).toBe('没有办成，请稍后再试');
    expect(userErrorText({ code: 'TOO_LONG', message: 'note too long', field: 'note' })).toBe('写得太长了，请删短一点');
    expect(isPlainChinese('姓名undefined')).toBe(false);
  });

  it('sorts errors by the field they are about', () => {
    const { fields, general } = errorsByField([
      { code: 'INVALID_PHONE', message: '', field: 'input.phone' },
      { code: 'COURSE_FULL', message: '', field: null },
    ]);
    expect(fields).toEqual({ phone: '手机号要是1开头的11位数字' });
    expect(general).toEqual(['名额已满']);
    expect(new UserErrorsError([{ code: 'COURSE_FULL', message: '', field: 'courseId' }]).message).toBe('名额已满');
  });
});

describe('contact checks (the server rule: 11 digits starting with 1)', () => {
  it.each([
    ['13912345678', null],
    ['139 1234 5678', null],
    ['139-1234-5678', null],
    ['', '请填写手机号，对方要打电话联系你'],
    ['23912345678', '手机号要是1开头的11位数字'],
    ['1391234567', '手机号要是1开头的11位数字'],
    ['139123456789', '手机号要是1开头的11位数字'],
    ['1391234567a', '手机号要是1开头的11位数字'],
  ])('%s', (phone, problem) => {
    expect(phoneProblem(phone)).toBe(problem);
  });

  it('normalizes what people type between digit groups', () => {
    expect(normalizePhone(' 139 1234-5678 ')).toBe('13912345678');
  });

  it('the note is at most 200 characters, counting Chinese characters as one', () => {
    expect(noteProblem('好'.repeat(200))).toBeNull();
    expect(noteProblem('好'.repeat(201))).toBe('留言最多200个字');
  });

  it('a name is needed, at most 20 characters', () => {
    expect(contactProblems({ name: ' ', phone: '13912345678' })).toEqual({ name: '请填写姓名' });
    expect(contactProblems({ name: '王'.repeat(21), phone: '13912345678' })).toEqual({ name: '姓名最多20个字' });
  });
});
