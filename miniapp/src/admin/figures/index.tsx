import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BarChart, MEASURES, MonthChart, type Measure } from '../../features/admin/Charts';
import { useCountyFigures } from '../../features/admin/useBureau';
import { MyDataGate } from '../../features/account/MyDataGate';
import { Screen } from '../../shared/components/Screen';

const PERIODS = [
  { months: 6, label: '近半年' },
  { months: 12, label: '近一年' },
];

export default function FiguresPage() {
  const [months, setMonths] = useState(12);
  const [measure, setMeasure] = useState<Measure>('applications');
  const figures = useCountyFigures(months);
  if (figures.status !== 'ready' || !figures.data) return <Screen><MyDataGate my={figures} what='全县数据' /></Screen>;
  const { total, byTown, byMonth } = figures.data;
  const measureLabel = MEASURES.find((m) => m.key === measure)?.label ?? '';
  return (
    <Screen className='console'>
      <View className='sort' role='radiogroup' aria-label='时间'>
        {PERIODS.map((p) => (
          <View key={p.months} className={`sort__option ${p.months === months ? 'sort__option--on' : ''}`} role='radio' aria-checked={p.months === months} hoverClass='pressed' onClick={() => setMonths(p.months)}>
            <Text>{p.label}</Text>
          </View>
        ))}
      </View>

      <View className='section totals' data-section='totals'>
        {MEASURES.map((m) => (
          <View key={m.key} className='totals__item' data-total={m.key}>
            <Text className='totals__value' style={{ color: m.color }}>{String(total[m.key] ?? 0)}</Text>
            <Text className='totals__label'>{m.label}</Text>
          </View>
        ))}
      </View>

      <View className='section'>
        <MonthChart rows={byMonth} measures={['postings', 'applications', 'hires']} title='每月招聘、报名、录用' />
      </View>
      <View className='section'>
        <MonthChart rows={byMonth} measures={['enrollments', 'completions']} title='每月培训报名、结业' />
      </View>

      <View className='section'>
        <View className='filters__row filters__row--wrap' role='radiogroup' aria-label='看哪一项'>
          {MEASURES.map((m) => (
            <View key={m.key} className={`chip ${m.key === measure ? 'chip--on' : ''}`} role='radio' aria-checked={m.key === measure} data-measure-choice={m.key} hoverClass='pressed' onClick={() => setMeasure(m.key)}>
              <Text className='chip__label'>{m.label}</Text>
            </View>
          ))}
        </View>
        <BarChart rows={[...byTown].sort((a, b) => (b[measure] ?? 0) - (a[measure] ?? 0))} measure={measure} title={`各乡镇${measureLabel}`} />
      </View>
    </Screen>
  );
}
