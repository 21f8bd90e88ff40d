import { Text, View } from '@tarojs/components';
import type { FigureFieldsFragment } from '../../gql/graphql';

// Charts drawn with plain Views (CSS bars), so they look the same in WeChat and on the web and
// cost no chart library. Each bar carries its figure as text too: officers read exact numbers.

export type Measure = keyof Omit<FigureFieldsFragment, 'label' | '__typename'>;

export const MEASURES: { key: Measure; label: string; color: string }[] = [
  { key: 'postings', label: '招聘', color: '#0d4fa3' },
  { key: 'applications', label: '报名', color: '#0b6b3a' },
  { key: 'hires', label: '录用', color: '#b34700' },
  { key: 'enrollments', label: '培训报名', color: '#6a1b9a' },
  { key: 'completions', label: '结业', color: '#00796b' },
];

const safe = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

/** Horizontal bars, one row per label (a town), longest first as given. */
export function BarChart({ rows, measure, title }: { rows: FigureFieldsFragment[]; measure: Measure; title: string }) {
  const color = MEASURES.find((m) => m.key === measure)?.color ?? '#0b6b3a';
  const max = Math.max(1, ...rows.map((r) => safe(r[measure])));
  return (
    <View className='chart' data-chart='bar' data-measure={measure} role='img' aria-label={title}>
      <Text className='chart__title'>{title}</Text>
      {rows.length === 0 ? <Text className='section__note'>这段时间还没有数据。</Text> : null}
      {rows.map((r) => {
        const v = safe(r[measure]);
        return (
          <View key={r.label} className='chart__row' data-label={r.label} data-value={v}>
            <Text className='chart__label'>{r.label}</Text>
            <View className='chart__track'>
              <View className='chart__bar' style={{ width: `${(v / max) * 100}%`, background: color }} />
            </View>
            <Text className='chart__value'>{String(v)}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** 2026-03 → 3月; January also names the year so a 12-month span reads unambiguously. */
export function monthLabel(label: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return label;
  const month = Number(m[2]);
  return month === 1 ? `${m[1].slice(2)}年1月` : `${month}月`;
}

/**
 * Vertical bars by month, several measures side by side, with a legend. Every month fits the
 * width (no sideways scrolling hides the newest); at 17px only every third month is named,
 * counting back from the newest so the current month always is.
 */
export function MonthChart({ rows, measures, title }: { rows: FigureFieldsFragment[]; measures: Measure[]; title: string }) {
  const shown = MEASURES.filter((m) => measures.includes(m.key));
  const max = Math.max(1, ...rows.flatMap((r) => shown.map((m) => safe(r[m.key]))));
  const every = rows.length > 6 ? 3 : rows.length > 4 ? 2 : 1;
  // Short columns are hard to compare by eye: the newest month's figures are written out.
  const latest = rows[rows.length - 1];
  return (
    <View className='chart' data-chart='month' role='img' aria-label={title}>
      <Text className='chart__title'>{title}</Text>
      <View className='chart__legend'>
        {shown.map((m) => (
          <View key={m.key} className='chart__key'>
            <View className='chart__swatch' style={{ background: m.color }} />
            <Text>{m.label}</Text>
          </View>
        ))}
      </View>
      {rows.length === 0 ? <Text className='section__note'>这段时间还没有数据。</Text> : null}
      <View className='chart__months'>
        {rows.map((r, i) => (
          <View key={r.label} className='chart__month' data-label={r.label}>
            <View className='chart__columns'>
              {shown.map((m) => {
                const v = safe(r[m.key]);
                return (
                  <View key={m.key} className='chart__slot'>
                    <View
                      className='chart__column'
                      data-measure={m.key}
                      data-value={v}
                      aria-label={`${monthLabel(r.label)}${m.label}${v}`}
                      style={{ height: `${Math.round((v / max) * 110) + (v > 0 ? 2 : 0)}px`, background: m.color }}
                    />
                  </View>
                );
              })}
            </View>
            <Text className='chart__tick'>{(rows.length - 1 - i) % every === 0 ? monthLabel(r.label) : ''}</Text>
          </View>
        ))}
      </View>
      {latest ? (
        <Text className='chart__latest' data-field='latest'>{`${monthLabel(latest.label)}：${shown.map((m) => `${m.label} ${safe(latest[m.key])}`).join(' · ')}`}</Text>
      ) : null}
    </View>
  );
}
