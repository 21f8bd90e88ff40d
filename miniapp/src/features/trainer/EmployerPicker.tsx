import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { VerifiedBadge } from '../../shared/components/Badge';
import { ActionButton, FieldProblem, FormError } from '../../shared/components/Sheet';
import { TextField } from '../consoles/FormParts';
import { LEADS_TO_MAX, type EmployerChoice } from './course-form';
import { useEmployerSearch } from './useEmployerSearch';

interface Props {
  chosen: EmployerChoice[];
  onChange: (next: EmployerChoice[]) => void;
  problem?: string;
}

/**
 * 订单式培训: the employers that promise to hire the course's graduates. The trainer types part
 * of a name and picks from the employers with open jobs, at most five.
 */
export function EmployerPicker({ chosen, onChange, problem }: Props) {
  const [words, setWords] = useState('');
  const employers = useEmployerSearch();
  const full = chosen.length >= LEADS_TO_MAX;
  const has = (id: string) => chosen.some((e) => e.id === id);

  return (
    <View className='form__field' data-field='leadsToEmployerIds'>
      <Text className='form__label'>{`学完推荐去这些单位（可不填，最多 ${LEADS_TO_MAX} 家）`}</Text>
      {chosen.length === 0 ? <Text className='section__note'>还没有选。</Text> : null}
      {chosen.map((e) => (
        <View key={e.id} className='console-form__group' data-chosen-employer={e.id}>
          <View className='card__meta'>
            <VerifiedBadge verified={e.verified} />
            <Text className='section__text'>{e.name}</Text>
          </View>
          <ActionButton label='去掉' action='remove-employer' onTap={() => onChange(chosen.filter((x) => x.id !== e.id))} />
        </View>
      ))}
      <FieldProblem message={problem} />
      <TextField field='employerKeyword' label='找用工单位（写单位名称里的几个字）' value={words} maxlength={50} placeholder='比如：足康' onChange={setWords} />
      <View className='actions'>
        <ActionButton label='查找' busy={employers.busy} busyLabel='正在查找…' action='search-employers' onTap={() => void employers.search(words)} />
      </View>
      <FormError message={employers.error} />
      {employers.found && employers.found.length === 0 ? <Text className='section__note' data-state='no-employers'>没有找到正在招工的这个单位，换几个字试试。</Text> : null}
      {full && employers.found?.length ? <Text className='section__note' data-state='employers-full'>{`已经选了 ${LEADS_TO_MAX} 家，要换就先去掉一家。`}</Text> : null}
      {(employers.found ?? []).map((e) => (
        <View key={e.id} className='console-form__group' data-found-employer={e.id}>
          <View className='card__meta'>
            <VerifiedBadge verified={e.verified} />
            <Text className='section__text'>{e.name}</Text>
          </View>
          {has(e.id) ? <Text className='section__note'>已选上</Text> : full ? null : <ActionButton tone='primary' label='选上' action='add-employer' onTap={() => onChange([...chosen, e])} />}
        </View>
      ))}
    </View>
  );
}
