import { fireEvent, waitFor } from '@testing-library/react';
import JobDetailPage from '../../src/job/detail/index';
import CourseDetailPage from '../../src/course/detail/index';
import { askForSubscriptions } from '../../src/features/messages/subscribe';
import { inputValue, renderSignedIn, sheet, tapTarget } from './support/render';
import { createFakeApi, type FakeApi } from './support/fake-api';
import { calls, setRequestHandler, setRouterParams, setSubscribeAnswer } from './support/taro-shim';

// The jest build is the web one: each test says which target it pretends to be.
const env = { ...process.env };
afterEach(() => {
  process.env.TARO_ENV = env.TARO_ENV;
  process.env.TARO_APP_SUBSCRIBE_TEMPLATES = env.TARO_APP_SUBSCRIBE_TEMPLATES;
});

function weapp(templates: string) {
  process.env.TARO_ENV = 'weapp';
  process.env.TARO_APP_SUBSCRIBE_TEMPLATES = templates;
}

function apiWithSubscriptions(): FakeApi & { accepted: string[][] } {
  const api = createFakeApi() as FakeApi & { accepted: string[][] };
  api.accepted = [];
  api.extraRoot.acceptWechatSubscriptions = ({ templates }: { templates: string[] }) => {
    api.accepted.push(templates);
    return true;
  };
  setRequestHandler(api.handle);
  return api;
}

describe('WeChat subscribe messages', () => {
  it('in WeChat, asks for the configured templates and sends only the accepted ones', async () => {
    weapp('tmpl-interview, tmpl-hired,,tmpl-course');
    setSubscribeAnswer({ 'tmpl-interview': 'accept', 'tmpl-hired': 'reject', 'tmpl-course': 'accept' });
    const api = apiWithSubscriptions();
    await askForSubscriptions();
    expect(calls.subscribeRequests).toEqual([['tmpl-interview', 'tmpl-hired', 'tmpl-course']]);
    expect(api.accepted).toEqual([['tmpl-interview', 'tmpl-course']]);
  });

  it('sends nothing when every template is declined, and stays silent when the dialog fails', async () => {
    weapp('tmpl-interview');
    const api = apiWithSubscriptions();
    setSubscribeAnswer({ 'tmpl-interview': 'reject' });
    await askForSubscriptions();
    setSubscribeAnswer({ fail: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' });
    await expect(askForSubscriptions()).resolves.toBeUndefined();
    expect(calls.subscribeRequests.length).toBe(2);
    expect(api.accepted).toEqual([]);
  });

  it('a server that refuses the templates changes nothing for the villager', async () => {
    weapp('tmpl-interview');
    setSubscribeAnswer({ 'tmpl-interview': 'accept' });
    const api = createFakeApi();
    api.extraRoot.acceptWechatSubscriptions = () => {
      throw new Error('down');
    };
    setRequestHandler(api.handle);
    await expect(askForSubscriptions()).resolves.toBeUndefined();
  });

  it('asks nothing without templates, and nothing on the web page', async () => {
    weapp('');
    await askForSubscriptions();
    process.env.TARO_ENV = 'h5';
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'tmpl-interview';
    await askForSubscriptions();
    expect(calls.subscribeRequests).toEqual([]);
  });

  it('the tap that applies to a job asks at once (WeChat allows the dialog only inside a tap)', async () => {
    setRouterParams({ id: 'job-2' });
    let accepted: string[] = [];
    const { container, api } = renderSignedIn(<JobDetailPage />, {}, (a) => {
      a.extraRoot.acceptWechatSubscriptions = ({ templates }: { templates: string[] }) => ((accepted = templates), true);
    });
    await waitFor(() => expect(container.querySelector('[data-action="apply"]')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-action="apply"]') as HTMLElement);
    await waitFor(() => expect(inputValue(container, 'name')).toBe('张秀英'));
    weapp('tmpl-interview');
    setSubscribeAnswer({ 'tmpl-interview': 'accept' });
    const asked = calls.subscribeRequests.length;
    const sentBefore = api.received.length;
    fireEvent.click(tapTarget(container, '提交报名'));
    // Asked synchronously within the tap, before any request went out.
    expect(calls.subscribeRequests.length).toBe(asked + 1);
    expect(api.received.length).toBe(sentBefore);
    await waitFor(() => expect(sheet(container, 'applied')).not.toBeNull());
    await waitFor(() => expect(accepted).toEqual(['tmpl-interview']));
    expect(api.received.map((r) => r.operationName)).toContain('ApplyToJob');
    expect(api.auth.find((r) => r.operationName === 'AcceptWechatSubscriptions')?.authorization).toMatch(/^Bearer token-/);
  });

  it('the tap that enrolls in a course asks at once, too', async () => {
    setRouterParams({ id: 'course-1' });
    let accepted: string[] = [];
    const { container } = renderSignedIn(<CourseDetailPage />, {}, (a) => {
      a.extraRoot.acceptWechatSubscriptions = ({ templates }: { templates: string[] }) => ((accepted = templates), true);
    });
    await waitFor(() => expect(container.querySelector('[data-action="enroll"]')).not.toBeNull());
    weapp('tmpl-course-start');
    setSubscribeAnswer({ 'tmpl-course-start': 'accept' });
    fireEvent.click(container.querySelector('[data-action="enroll"]') as HTMLElement);
    await waitFor(() => expect(sheet(container, 'enrolled')).not.toBeNull());
    await waitFor(() => expect(accepted).toEqual(['tmpl-course-start']));
    expect(calls.subscribeRequests).toEqual([['tmpl-course-start']]);
  });
});
