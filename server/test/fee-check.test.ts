import { checkFees } from '../src/modules/trust/fee-check';

// Phrasings seen in real recruitment posts, sorted by what the bureau wants done with them.
const REFUSE = [
  '入职需交押金500元，离职退还。',
  '先交培训费800，学会后安排工作',
  '服装费200元从首月工资扣除',
  '体检费自理，到指定医院体检',
  '上岗前需缴纳保证金',
  '报名费三百元',
  '预交1000元即可上岗',
  '另收中介费两百块',
  '住宿押金300元/人',
  '培训期间收取资料费',
  '工装费 150 元',
];
const REVIEW = ['不收押金，不收培训费', '本店无需任何中介费', '公司承担体检费', '免培训费，包教包会', '工作服押金公司出'];
const OK = ['包吃住，底薪4000加提成。不向求职者收取任何费用。', '宿舍免费，工装公司发', '月结工资，多劳多得，技术不会可以免费带', '费用全免'];

describe('fee detection in posting text', () => {
  it.each(REFUSE)('refuses a demand for money: %s', (text) => expect(checkFees(text).kind).toBe('refuse'));
  it.each(REVIEW)('holds a mere mention for review: %s', (text) => expect(checkFees(text).kind).toBe('review'));
  it.each(OK)('lets clean text through: %s', (text) => expect(checkFees(text).kind).toBe('ok'));
  it('names the fee words it found', () => {
    expect(checkFees('需交押金和服装费').kind).toBe('refuse');
    expect(checkFees('需交押金和服装费')).toEqual({ kind: 'refuse', words: ['押金', '服装费'] });
  });
});

describe('fee detection reads text as it is seen, not as it is encoded', () => {
  it.each([
    '入职需交押\u200b金500元',
    '上岗前需缴纳保證金',
    '入職需交押金５００元',
    '\u202e需交押金\u202c',
    '押⾦⑤⓪⓪元',
    '需\u2066交\u2069押\u00ad金',
  ])('refuses a disguised demand: %j', (text) => expect(checkFees(text).kind).toBe('refuse'));
  it('names the fee words in their simplified form', () => expect(checkFees('不收保證金')).toEqual({ kind: 'review', words: ['保证金'] }));
});
