import { Input, Text, View } from '@tarojs/components';
import { FieldProblem } from '../../shared/components/Sheet';
import { NAME_MAX } from '../account/contact';
import { RELATION_LABEL, relationChoices, type OnBehalfValues } from './on-behalf';

interface Props {
  on: boolean;
  onToggle: (on: boolean) => void;
  value: OnBehalfValues;
  onChange: (next: OnBehalfValues) => void;
  problems: Record<string, string>;
  /** The signed-in user is a village cadre: 村干部 is offered. */
  isCadre: boolean;
}

/**
 * The 帮家人报名 switch of the apply, enroll and interest forms. Switched on, it asks for the
 * relative's name, mobile number, home town and village, and how the helper is related; the
 * helper's own name and phone above stay, as the employer calls both.
 */
export function OnBehalfFields({ on, onToggle, value, onChange, problems, isCadre }: Props) {
  const box = (field: 'name' | 'phone' | 'homeTown' | 'homeVillage' | 'birthYear', label: string, placeholder: string, max: number) => (
    <View className='form__field' data-field={`onBehalf.${field}`}>
      <Text className='form__label'>{label}</Text>
      <Input
        className='form__input'
        type={field === 'phone' || field === 'birthYear' ? 'number' : 'text'}
        value={value[field]}
        maxlength={max}
        placeholder={placeholder}
        placeholderClass='form__placeholder'
        aria-label={label}
        onInput={(e) => onChange({ ...value, [field]: String(e.detail.value ?? '') })}
      />
      <FieldProblem message={problems[field]} />
    </View>
  );
  return (
    <View className='form on-behalf' data-on-behalf={on ? 'on' : 'off'}>
      <View
        className={`choice ${on ? 'choice--on' : ''}`}
        role='switch'
        aria-checked={on}
        aria-label='帮家人报名'
        data-field='onBehalf'
        hoverClass='pressed'
        onClick={() => onToggle(!on)}
      >
        <Text className='choice__mark'>{on ? '☑' : '☐'}</Text>
        <Text>帮家人报名</Text>
      </View>
      {on ? (
        <View>
          <Text className='sheet__text'>上面留你自己的姓名和电话，下面填家人的。家人以后用这个手机号登录，就能自己看到这条报名。</Text>
          {box('name', '家人的姓名', '比如：张大山', NAME_MAX)}
          {box('phone', '家人的手机号', '11位手机号', 11)}
          {box('homeTown', '家乡镇', '比如：高桥镇', 20)}
          {box('homeVillage', '家乡村', '比如：铁佛村', 20)}
          {box('birthYear', '出生年份（可以不填）', '比如：1962', 4)}
          <View className='form__field' data-field='onBehalf.relation'>
            <Text className='form__label'>你是他（她）的</Text>
            <View className='filters__row filters__row--wrap' role='radiogroup' aria-label='你是他（她）的'>
              {relationChoices(isCadre).map((r) => (
                <View
                  key={r}
                  className={`chip ${value.relation === r ? 'chip--on' : ''}`}
                  role='radio'
                  aria-checked={value.relation === r}
                  data-choice={r}
                  hoverClass='pressed'
                  onClick={() => onChange({ ...value, relation: r })}
                >
                  <Text className='chip__label'>{RELATION_LABEL[r]}</Text>
                </View>
              ))}
            </View>
            <FieldProblem message={problems.relation} />
          </View>
        </View>
      ) : null}
    </View>
  );
}
