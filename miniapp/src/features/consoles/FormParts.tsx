import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { FieldProblem } from '../../shared/components/Sheet';
import { releaseFieldFocus, useFieldFocus } from '../../shared/field-focus';
import { formatDay } from '../../shared/format';

// The pieces every console form is made of. Each field is a `[data-field=path]` block with its
// label, its box and the problem under it, so an error from the server lands next to the box
// it is about (and tests find boxes the same way).

interface FieldProps {
  field: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  placeholder?: string;
  hint?: string;
}

export function TextField({ field, label, value, onChange, problem, placeholder, hint, type = 'text', maxlength = 200 }: FieldProps & { type?: 'text' | 'number' | 'digit'; maxlength?: number }) {
  const focus = useFieldFocus(field);
  return (
    <View className={`form__field ${problem ? 'form__field--bad' : ''}`} data-field={field}>
      <Text className='form__label'>{label}</Text>
      <Input
        className='form__input'
        type={type}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass='form__placeholder'
        aria-label={label}
        focus={focus}
        onBlur={() => releaseFieldFocus(field)}
        onInput={(e) => onChange(String(e.detail.value ?? ''))}
      />
      {hint ? <Text className='form__hint'>{hint}</Text> : null}
      <FieldProblem message={problem} />
    </View>
  );
}

export function AreaField({ field, label, value, onChange, problem, placeholder, hint, maxlength = 2000 }: FieldProps & { maxlength?: number }) {
  const focus = useFieldFocus(field);
  return (
    <View className={`form__field ${problem ? 'form__field--bad' : ''}`} data-field={field}>
      <Text className='form__label'>{label}</Text>
      <Textarea
        className='form__textarea form__textarea--tall'
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass='form__placeholder'
        aria-label={label}
        focus={focus}
        onBlur={() => releaseFieldFocus(field)}
        onInput={(e) => onChange(String(e.detail.value ?? ''))}
      />
      {hint ? <Text className='form__hint'>{hint}</Text> : null}
      <FieldProblem message={problem} />
    </View>
  );
}

/**
 * A day picked from the phone's date picker (Taro `Picker mode="date"`), never typed: she sees
 * 12月20日, the form keeps 2026-12-20. `start` and `end` bound what can be picked (no start in
 * the past, an end after its start …); bounds that contradict each other — a course edited
 * after it began — keep only `start`, as the picker refuses an end before its start. An
 * optional day can be cleared with 不填.
 */
export function DateField({ field, label, value, onChange, problem, start, end, optional = false, hint }: Omit<FieldProps, 'placeholder'> & { start?: string; end?: string; optional?: boolean }) {
  const upper = start && end && end < start ? undefined : end;
  const shown = value ? formatDay(value) : '';
  return (
    <View className={`form__field ${problem ? 'form__field--bad' : ''}`} data-field={field}>
      <Text className='form__label'>{label}</Text>
      <View className='form__date-row'>
        <Picker mode='date' value={value || start || ''} start={start} end={upper} onChange={(e) => onChange(String(e.detail.value ?? ''))}>
          <View className='form__input form__date' role='button' aria-label={`${label}：${shown || '还没选'}`} data-value={value} data-start={start ?? ''} data-end={upper ?? ''} hoverClass='pressed'>
            <Text className={shown ? '' : 'form__placeholder'}>{shown || '点这里选日期'}</Text>
          </View>
        </Picker>
        {optional && value ? (
          <View className='btn form__date-clear' role='button' data-action={`clear-${field}`} hoverClass='pressed' onClick={() => onChange('')}>
            <Text>不填</Text>
          </View>
        ) : null}
      </View>
      {hint ? <Text className='form__hint'>{hint}</Text> : null}
      <FieldProblem message={problem} />
    </View>
  );
}

/** A yes/no condition as a big tappable row (包吃、包住、夫妻间 …). */
export function SwitchRow({ field, label, on, onChange }: { field: string; label: string; on: boolean; onChange: (v: boolean) => void }) {
  return (
    <View
      className={`choice ${on ? 'choice--on' : ''}`}
      role='switch'
      aria-checked={on}
      aria-label={label}
      data-field={field}
      hoverClass='pressed'
      onClick={() => onChange(!on)}
    >
      <Text className='choice__mark'>{on ? '☑' : '☐'}</Text>
      <Text>{label}</Text>
    </View>
  );
}

/** One of a few values, as chips. */
export function ChoiceField<T extends string>({ field, label, value, options, onChange, problem }: { field: string; label: string; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void; problem?: string }) {
  return (
    <View className='form__field' data-field={field}>
      <Text className='form__label'>{label}</Text>
      <View className='filters__row filters__row--wrap' role='radiogroup' aria-label={label}>
        {options.map((o) => (
          <View
            key={o.value}
            className={`chip ${o.value === value ? 'chip--on' : ''}`}
            role='radio'
            aria-checked={o.value === value}
            data-choice={o.value}
            hoverClass='pressed'
            onClick={() => onChange(o.value)}
          >
            <Text className='chip__label'>{o.label}</Text>
          </View>
        ))}
      </View>
      <FieldProblem message={problem} />
    </View>
  );
}

export function FormSection({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <View className='section'>
      <Text className='section__title'>{title}</Text>
      {children}
    </View>
  );
}
