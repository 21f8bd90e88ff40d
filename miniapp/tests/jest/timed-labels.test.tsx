import { APPLICATION_STATUS_LABEL, label } from '../../src/shared/labels';
import { replyStatsLine } from '../../src/features/jobs/reply-stats';
import { act, fireEvent, waitFor } from '@testing-library/react';
import { StillHiringButton } from '../../src/features/recruiter/StillHiringButton';
import { renderSignedIn, tapTarget } from './support/render';

describe('applications closed by time, in plain Chinese', () => {
  it('names NO_REPLY and JOB_CLOSED', () => {
    expect(label(APPLICATION_STATUS_LABEL, 'NO_REPLY')).toBe('未回复');
    expect(label(APPLICATION_STATUS_LABEL, 'JOB_CLOSED')).toBe('岗位已关闭');
  });
});

describe('reply stats line', () => {
  it('shows the rate and the typical wait in days, hours or under an hour', () => {
    expect(replyStatsLine({ replyRate: 0.92, medianHoursToFirstReply: 20.5, sampleSize: 30 })).toBe('回复率 92% · 一般 21 小时内回复');
    expect(replyStatsLine({ replyRate: 0.92, medianHoursToFirstReply: 30, sampleSize: 30 })).toBe('回复率 92% · 一般 2 天内回复');
    expect(replyStatsLine({ replyRate: 0.92, medianHoursToFirstReply: 24, sampleSize: 30 })).toBe('回复率 92% · 一般 1 天内回复');
    expect(replyStatsLine({ replyRate: 1, medianHoursToFirstReply: 0.2, sampleSize: 5 })).toBe('回复率 100% · 一般 1 小时内回复');
  });
  it('shows only the rate when the employer replied to none, and nothing for a new employer', () => {
    expect(replyStatsLine({ replyRate: 0, medianHoursToFirstReply: null, sampleSize: 6 })).toBe('回复率 0%');
    expect(replyStatsLine(null)).toBeNull();
    expect(replyStatsLine(undefined)).toBeNull();
  });
});

describe('仍在招 in the recruiter console', () => {
  it('confirms a live job in one tap and shows the day it was confirmed; a job no longer live shows no button', async () => {
    const { container, api } = renderSignedIn(<StillHiringButton job={{ id: 'job-1', status: 'OPEN', confirmedAt: null }} />, {}, (a) => {
      a.extraRoot.confirmStillHiring = () => ({ job: { id: 'job-1', status: 'OPEN', confirmedAt: '2026-12-20T02:00:00Z' }, userErrors: [] });
    });
    await act(async () => {
      fireEvent.click(tapTarget(container, '仍在招'));
    });
    await waitFor(() => expect(container.textContent).toContain('12月20日确认仍在招'), { onTimeout: (e) => new Error(api.unexpectedErrors.join(' / ') + e.message.slice(0, 100)) });
    expect(api.received.filter((r) => r.operationName === 'ConfirmStillHiring').map((r) => r.variables)).toEqual([{ id: 'job-1' }]);
    const closed = renderSignedIn(<StillHiringButton job={{ id: 'job-2', status: 'CLOSED', confirmedAt: null }} />);
    expect(closed.container.querySelector('[data-field="still-hiring"]')).toBeNull();
  });
});
