import { Text, View } from '@tarojs/components';
import { formatDay } from '../../shared/format';

interface Step {
  status: string;
  at: string;
  message?: string | null;
}

/** Time and place of day, China time: 12月15日 14:30. */
function formatMoment(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  const china = new Date(d.getTime() + 8 * 3600 * 1000);
  const hh = String(china.getUTCHours()).padStart(2, '0');
  const mm = String(china.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(at)} ${hh}:${mm}`;
}

/** Every step so far, newest at the top, each with its message (an interview's time and place). */
export function StatusTimeline({ steps, labels }: { steps: readonly Step[]; labels: Record<string, string> }) {
  if (!steps.length) return null;
  const newestFirst = [...steps].reverse();
  return (
    <View className='timeline' data-field='history'>
      {newestFirst.map((s, i) => (
        <View key={`${s.at}-${s.status}-${i}`} className={`timeline__step ${i === 0 ? 'timeline__step--now' : ''}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__status'>{labels[s.status] ?? '状态有变化'}</Text>
            <Text className='timeline__time'>{formatMoment(s.at)}</Text>
            {s.message ? <Text className='timeline__message'>{s.message}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
