import { APPLICATION_STATUS_LABEL, label } from '../../src/shared/labels';
import { replyStatsLine } from '../../src/features/jobs/reply-stats';

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
