import { formatAgeRange, formatDay, formatDayRange, formatPay, formatPlaceFull, formatPlaceShort, formatPostedAgo, formatYuan, normalizeKeyword } from '../../src/shared/format';

const NOW = new Date('2026-11-30T04:00:00Z'); // noon in China

describe('wording of API values', () => {
  it('pay ranges read as villagers say them', () => {
    expect(formatPay({ min: 5000, max: 8000, unit: 'MONTH' })).toBe('5000–8000元/月');
    expect(formatPay({ min: 300, max: 300, unit: 'DAY' })).toBe('300元/天');
    expect(formatPay({ min: 20, max: 40, unit: 'PIECE' })).toBe('20–40元/单');
    expect(formatPay(null)).toBe('工资面议');
    expect(formatPay({ min: NaN, max: 1, unit: 'MONTH' })).toBe('工资面议');
  });

  it('places are short on cards and full on details', () => {
    const place = { province: '陕西省', city: '安康市', county: '紫阳县', town: '高桥镇', village: '铁佛村', address: '村委会旁' };
    expect(formatPlaceShort(place)).toBe('紫阳县·高桥镇');
    expect(formatPlaceShort({ province: '广东省', city: '深圳市', county: '南山区' })).toBe('深圳市·南山区');
    expect(formatPlaceFull(place)).toBe('陕西省安康市紫阳县高桥镇铁佛村 村委会旁');
    expect(formatPlaceFull({ province: '北京市', city: '北京市', county: '朝阳区' })).toBe('北京市朝阳区');
    // An address that starts with the region it is in does not say it twice.
    expect(formatPlaceFull({ province: '陕西省', city: '安康市', county: '汉滨区', address: '汉滨区育才路18号' })).toBe('陕西省安康市汉滨区 育才路18号');
    expect(formatPlaceFull({ province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇', address: '城关镇新桥街5号' })).toBe('陕西省安康市紫阳县城关镇 新桥街5号');
    expect(formatPlaceFull({ county: '紫阳县', town: '城关镇', address: '城关镇' })).toBe('紫阳县城关镇 城关镇');
  });

  it('dates are Chinese calendar days in China time', () => {
    expect(formatDay('2026-12-15', NOW)).toBe('12月15日');
    expect(formatDay('2027-01-08', NOW)).toBe('2027年1月8日');
    expect(formatDay('2026-11-30T17:00:00.000Z', NOW)).toBe('12月1日');
    expect(formatDayRange('2026-12-15', '2026-12-30', NOW)).toBe('12月15日—12月30日');
    expect(formatDayRange('2027-02-15', '2027-02-24', NOW)).toBe('2027年2月15日—2月24日');
    expect(formatDayRange('2026-12-28', '2027-01-05', NOW)).toBe('12月28日—2027年1月5日');
    expect(formatDay('not a date', NOW)).toBe('');
    expect(formatDay(undefined, NOW)).toBe('');
  });

  it('posted-ago never shows NaN', () => {
    expect(formatPostedAgo('2026-11-30T01:00:00Z', NOW)).toBe('今天发布');
    expect(formatPostedAgo('2026-11-29T01:00:00Z', NOW)).toBe('昨天发布');
    expect(formatPostedAgo('2026-11-20T01:00:00Z', NOW)).toBe('10天前发布');
    expect(formatPostedAgo('2026-09-01T01:00:00Z', NOW)).toBe('3个月前发布');
    expect(formatPostedAgo('2020-01-01T00:00:00Z', NOW)).toBe('6年前发布');
    expect(formatPostedAgo('garbage', NOW)).toBe('');
  });

  it('ages and money', () => {
    expect(formatAgeRange(18, 50)).toBe('18–50岁');
    expect(formatAgeRange(null, 45)).toBe('45岁以下');
    expect(formatAgeRange(null, null)).toBe('年龄不限');
    expect(formatYuan(150000)).toBe('15万元');
    expect(formatYuan(8000)).toBe('8000元');
    expect(formatYuan(undefined)).toBe('');
  });

  it('keywords are trimmed, blank means none, and at most 50 characters are sent', () => {
    expect(normalizeKeyword('  足疗  ')).toBe('足疗');
    expect(normalizeKeyword('   ')).toBeUndefined();
    expect(normalizeKeyword('\u3000')).toBeUndefined();
    expect(normalizeKeyword('深圳   足疗')).toBe('深圳 足疗');
    expect(Array.from(normalizeKeyword('修'.repeat(500)) ?? '')).toHaveLength(50);
    // Characters outside the BMP count as one, as the server counts them.
    expect(Array.from(normalizeKeyword('𠀀'.repeat(60)) ?? '')).toHaveLength(50);
  });
});
