import { act, fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { filterConsoleList, matchesKeyword, NO_FILTER } from '../../src/shared/console-filter';
import { firstProblem, problemsBanner } from '../../src/features/consoles/run';
import { JOB_FIELD_NAMES, jobProblems, emptyJobDraft } from '../../src/features/recruiter/job-form';
import { emptyOpeningDraft, openingFieldNames } from '../../src/features/recruiter/opening-form';
import { ActionButton, Sheet } from '../../src/shared/components/Sheet';

const jobs = [
  { id: 'a', title: '修脚师傅 深圳包吃住', city: '深圳市', status: 'OPEN' },
  { id: 'b', title: '足疗技师 东莞', city: '东莞市', status: 'CLOSED' },
  { id: 'c', title: '修脚学徒 东莞', city: '东莞市', status: 'OPEN' },
];
const texts = (j: (typeof jobs)[number]) => [j.title, j.city];
const ids = (list: typeof jobs) => list.map((j) => j.id);

describe('console lists: keyword and status, on the whole list the server sent', () => {
  it('matches every word of the keyword, in any of the texts', () => {
    expect(ids(filterConsoleList(jobs, { keyword: '修脚', status: '' }, texts, (j) => j.status))).toEqual(['a', 'c']);
    expect(ids(filterConsoleList(jobs, { keyword: '修脚 东莞', status: '' }, texts, (j) => j.status))).toEqual(['c']);
    expect(ids(filterConsoleList(jobs, { keyword: '东莞', status: 'CLOSED' }, texts, (j) => j.status))).toEqual(['b']);
    expect(ids(filterConsoleList(jobs, NO_FILTER, texts, (j) => j.status))).toEqual(['a', 'b', 'c']);
  });

  it('treats blank, spaced and over-long keywords as the search box does', () => {
    expect(matchesKeyword(['修脚师傅'], '   ')).toBe(true);
    expect(matchesKeyword(['修脚师傅'], '  修脚   师傅 ')).toBe(true);
    expect(matchesKeyword(['修脚师傅'], '足疗')).toBe(false);
    expect(matchesKeyword([null, undefined, 'ABC 足疗'], 'abc')).toBe(true);
    expect(matchesKeyword(['修脚'], `修脚${'长'.repeat(200)}`)).toBe(false);
  });
});

describe('a wrong field is named in the banner', () => {
  it('names the first wrong field in screen order, with what is wrong and how many more', () => {
    const draft = { ...emptyJobDraft('周经理', '13800002001'), title: '修脚师傅 深圳', payMin: '9000', payMax: '7000', province: '广东省', city: '深圳市', description: '深圳修脚店招师傅，包吃住。不向求职者收取任何费用。' };
    const problems = jobProblems(draft);
    expect(Object.keys(problems)).toEqual(['pay.min']);
    expect(firstProblem(problems, JOB_FIELD_NAMES)).toBe('pay.min');
    expect(problemsBanner(problems, JOB_FIELD_NAMES)).toBe('最低工资没填好：最低工资不能高于最高工资');
    const more = jobProblems({ ...draft, title: '', contactPhone: '123' });
    expect(firstProblem(more, JOB_FIELD_NAMES)).toBe('title');
    expect(problemsBanner(more, JOB_FIELD_NAMES)).toBe('标题没填好：请填写标题（还有 2 项，请看红字）');
  });

  it('names an opening row by its place: 岗位2的人数', () => {
    const names = new Map(openingFieldNames(emptyOpeningDraft()));
    expect(names.get('positions.1.headcount')).toBe('岗位2的人数');
    expect(names.get('franchise.disclosure.fees.0.amount')).toBe('费用1的金额');
    expect(names.get('contactPhone')).toBe('联系电话');
  });
});

function TwoSheets() {
  const [full, setFull] = useState(false);
  const [signIn, setSignIn] = useState(false);
  return (
    <>
      <ActionButton label='报名' action='open-full' onTap={() => setFull(true)} />
      <Sheet open={full} title='名额已满' name='course-full' onClose={() => setFull(false)}>
        <ActionButton label='排队候补' action='join' onTap={() => setSignIn(true)} />
      </Sheet>
      <Sheet open={signIn} title='登录' name='sign-in' onClose={() => setSignIn(false)}>
        <ActionButton label='取消' action='cancel-sign-in' onTap={() => setSignIn(false)} />
      </Sheet>
    </>
  );
}

describe('one sheet at a time', () => {
  it('draws only the newest open sheet, and the one it covered again when it closes', () => {
    const { container } = render(<TwoSheets />);
    const tap = (action: string) => act(() => void fireEvent.click(container.querySelector(`[data-action="${action}"]`) as HTMLElement));
    tap('open-full');
    expect(container.querySelectorAll('.sheet')).toHaveLength(1);
    tap('join');
    expect(container.querySelector('[data-sheet="sign-in"]')).not.toBeNull();
    expect(container.querySelector('[data-sheet="course-full"]')).toBeNull();
    expect(container.querySelectorAll('.sheet')).toHaveLength(1);
    tap('cancel-sign-in');
    expect(container.querySelector('[data-sheet="course-full"]')).not.toBeNull();
    expect(container.querySelectorAll('.sheet')).toHaveLength(1);
  });
});
