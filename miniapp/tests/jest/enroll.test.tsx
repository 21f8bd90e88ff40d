import { fireEvent, waitFor } from '@testing-library/react';
import CourseDetailPage from '../../src/course/detail/index';
import MyCoursesPage from '../../src/me/courses/index';
import { expectPlainChinese, inputValue, renderSignedIn, renderWithApi, sheet, tapTarget, typeInto } from './support/render';
import { setRouterParams } from './support/taro-shim';

async function ready(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('.detail')).not.toBeNull());
}

const enrollButton = (container: HTMLElement) => container.querySelector('[data-action="enroll"]') as HTMLElement;
const seats = (container: HTMLElement) => container.querySelector('[data-field="seats-left"]')?.textContent;

describe('我要报名 on a course', () => {
  it('takes a seat in one tap when the profile has a phone, and the seat count drops at once', async () => {
    setRouterParams({ id: 'course-2' });
    const { container, api } = renderSignedIn(<CourseDetailPage />);
    await ready(container);
    await waitFor(() => expect(api.received.map((r) => r.operationName)).toContain('CourseViewerState'));
    expect(seats(container)).toBe('还剩13个名额');
    fireEvent.click(enrollButton(container));
    await waitFor(() => expect(sheet(container, 'enrolled')).not.toBeNull());
    expect(sheet(container, 'enrolled')!.textContent).toContain('已经为你留了一个名额');
    expect(enrollButton(container).textContent).toBe('已报名上课');
    await waitFor(() => expect(seats(container)).toBe('还剩12个名额'));
    expect(api.received.find((r) => r.operationName === 'EnrollInCourse')?.variables).toEqual({ courseId: 'course-2', joinWaitlist: false });
    expectPlainChinese(container);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('asks for a phone first when the profile has none', async () => {
    setRouterParams({ id: 'course-2' });
    const { container, api } = renderSignedIn(<CourseDetailPage />, { phone: null });
    await ready(container);
    fireEvent.click(enrollButton(container));
    await waitFor(() => expect(inputValue(container, 'name')).toBe('张秀英'));
    expect(container.querySelector('[data-field="note"]')).toBeNull();
    typeInto(container, 'phone', '13700001111');
    fireEvent.click(tapTarget(container, '提交报名'));
    await waitFor(() => expect(enrollButton(container).textContent).toBe('已报名上课'));
    const ops = api.received.map((r) => r.operationName);
    expect(ops.indexOf('UpdateProfile')).toBeLessThan(ops.indexOf('EnrollInCourse'));
  });

  it('the last seat taken meanwhile: 名额已满, then 排队候补 puts her in the queue', async () => {
    setRouterParams({ id: 'course-1' });
    const { container, api } = renderSignedIn(<CourseDetailPage />, {}, (a) => a.accounts.seatsTaken.set('course-1', 11));
    await ready(container);
    await waitFor(() => expect(seats(container)).toBe('还剩1个名额'));
    // Another villager takes the last seat while this page is open.
    const other = api.accounts.signIn('villager-2', { phone: '13800000002' });
    expect(other).toBeTruthy();
    api.accounts.seatsTaken.set('course-1', 12);

    fireEvent.click(enrollButton(container));
    await waitFor(() => expect(sheet(container, 'course-full')).not.toBeNull());
    expect(sheet(container, 'course-full')!.textContent).toContain('名额已满');
    expect(sheet(container, 'course-full')!.textContent).toContain('排队候补');
    await waitFor(() => expect(seats(container)).toBe('名额已满'));
    expectPlainChinese(container);

    fireEvent.click(tapTarget(sheet(container, 'course-full')!, '排队候补'));
    await waitFor(() => expect(sheet(container, 'waitlisted')).not.toBeNull());
    await waitFor(() => expect(enrollButton(container).textContent).toBe('候补第1位'));
    expect(api.received.filter((r) => r.operationName === 'EnrollInCourse').map((r) => r.variables.joinWaitlist)).toEqual([false, true]);
    expect(api.unexpectedErrors).toEqual([]);
  });

  it('a full course offers the queue straight away', async () => {
    setRouterParams({ id: 'course-6' });
    const { container } = renderSignedIn(<CourseDetailPage />);
    await ready(container);
    await waitFor(() => expect(enrollButton(container).textContent).toBe('名额已满 · 排队候补'));
    fireEvent.click(enrollButton(container));
    expect(sheet(container, 'course-full')).not.toBeNull();
  });

  it('signed out: tapping 我要报名 asks to sign in first', async () => {
    setRouterParams({ id: 'course-2' });
    const { container } = renderWithApi(<CourseDetailPage />);
    await ready(container);
    fireEvent.click(enrollButton(container));
    await waitFor(() => expect(container.querySelector('[data-demo-slot="1"][data-demo-role="VILLAGER"]')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-demo-slot="1"][data-demo-role="VILLAGER"]')!);
    // The fake's demo villager has no phone yet: the form asks for one.
    await waitFor(() => expect(sheet(container, 'contact-form')).not.toBeNull());
  });

  it('a network failure while enrolling says so and changes nothing', async () => {
    setRouterParams({ id: 'course-2' });
    const { container, api } = renderSignedIn(<CourseDetailPage />);
    await ready(container);
    await waitFor(() => expect(api.received.map((r) => r.operationName)).toContain('CourseViewerState'));
    api.mode = 'timeout';
    fireEvent.click(enrollButton(container));
    await waitFor(() => expect(container.querySelector('[data-state="form-error"]')).not.toBeNull());
    expect(container.querySelector('[data-state="form-error"]')!.textContent).toContain('网络太慢');
    expect(enrollButton(container).textContent).toBe('我要报名上课');
    expectPlainChinese(container);
  });

  it('cancelling gives the seat back', async () => {
    setRouterParams({ id: 'course-2' });
    const { container } = renderSignedIn(<CourseDetailPage />);
    await ready(container);
    fireEvent.click(enrollButton(container));
    await waitFor(() => expect(enrollButton(container).textContent).toBe('已报名上课'));
    fireEvent.click(tapTarget(sheet(container, 'enrolled')!, '好的'));
    fireEvent.click(enrollButton(container));
    fireEvent.click(tapTarget(sheet(container, 'enrollment')!, '取消报名'));
    fireEvent.click(tapTarget(sheet(container, 'confirm-cancel')!, '确定取消'));
    await waitFor(() => expect(sheet(container, 'cancelled')).not.toBeNull());
    await waitFor(() => expect(enrollButton(container).textContent).toBe('已取消 · 重新报名'));
    await waitFor(() => expect(seats(container)).toBe('还剩13个名额'));
  });
});

describe('我的课程', () => {
  it('shows 已报名 and 候补第N位, and cancelling shows at once', async () => {
    const { container, api } = renderSignedIn(<MyCoursesPage />, {}, (a) => {
      const uid = [...a.accounts.users.values()][0].id;
      a.accounts.seatsTaken.set('course-3', 14);
      const at = '2026-11-28T02:00:00.000Z';
      a.accounts.enrollments.push(
        { id: 'enr-a', courseId: 'course-2', userId: uid, status: 'ENROLLED', history: [{ status: 'ENROLLED', at, message: null }], createdAt: at, updatedAt: at },
        { id: 'enr-b', courseId: 'course-3', userId: 'someone', status: 'WAITLISTED', history: [{ status: 'WAITLISTED', at, message: null }], createdAt: at, updatedAt: at },
        { id: 'enr-c', courseId: 'course-3', userId: uid, status: 'WAITLISTED', history: [{ status: 'WAITLISTED', at, message: null }], createdAt: at, updatedAt: at },
      );
    });
    await waitFor(() => expect(container.querySelector('[data-enrollment-id="enr-a"]')).not.toBeNull());
    expect(container.querySelector('[data-enrollment-id="enr-a"]')!.textContent).toContain('已报名');
    expect(container.querySelector('[data-enrollment-id="enr-c"]')!.textContent).toContain('候补第2位');
    expectPlainChinese(container);

    const card = () => container.querySelector('[data-enrollment-id="enr-a"]') as HTMLElement;
    fireEvent.click(tapTarget(card(), '取消报名'));
    fireEvent.click(tapTarget(card(), '确定取消'));
    await waitFor(() => expect(card().getAttribute('data-status')).toBe('CANCELLED'));
    expect(card().textContent).toContain('已取消');
    expect(api.unexpectedErrors).toEqual([]);
  });
});
