import { Text, View } from '@tarojs/components';
import type { JobCategory, PayUnit, PaySettlement } from '../../gql/graphql';
import { JOB_CATEGORY_LABEL } from '../../shared/labels';
import type { Problems } from '../consoles/form-rules';
import { AreaField, ChoiceField, DateField, FormSection, SwitchRow, TextField } from '../consoles/FormParts';
import { addDays, chinaToday } from '../consoles/form-rules';
import { MAX_OPEN_DAYS, NO_FEE_STATEMENT, type JobDraft } from './job-form';

const CATEGORIES = (Object.keys(JOB_CATEGORY_LABEL) as JobCategory[]).map((value) => ({ value, label: JOB_CATEGORY_LABEL[value] }));
const UNITS: { value: PayUnit; label: string }[] = [
  { value: 'MONTH', label: '按月' },
  { value: 'DAY', label: '按天' },
  { value: 'PIECE', label: '按件（单）' },
];
const SETTLEMENTS: { value: PaySettlement; label: string }[] = [
  { value: 'MONTHLY', label: '月结' },
  { value: 'DAILY', label: '日结' },
];
const CONDITIONS: { key: keyof JobDraft & string; label: string }[] = [
  { key: 'providesHousing', label: '包住' },
  { key: 'providesMeals', label: '包吃' },
  { key: 'coupleRooms', label: '有夫妻间' },
  { key: 'dayShiftOnly', label: '长白班（不上夜班）' },
  { key: 'socialInsurance', label: '交社保' },
  { key: 'travelPaid', label: '报销路费' },
];

interface Props {
  draft: JobDraft;
  problems: Problems;
  onChange: (next: Partial<JobDraft>) => void;
}

/** Every field of a job (JobInput), grouped the way a villager reads a job. */
export function JobForm({ draft: d, problems: p, onChange }: Props) {
  const unit = d.payUnit === 'MONTH' ? '元/月' : d.payUnit === 'DAY' ? '元/天' : '元/件';
  return (
    <View className='console-form'>
      <FormSection title='基本情况'>
        <TextField field='title' label='标题（4–30个字）' value={d.title} maxlength={30} placeholder='比如：修脚师傅 包吃住' problem={p.title} onChange={(title) => onChange({ title })} />
        <ChoiceField field='category' label='工种' value={d.category} options={CATEGORIES} onChange={(category) => onChange({ category })} />
        <TextField field='headcount' label='招几个人' type='number' value={d.headcount} maxlength={3} problem={p.headcount} onChange={(headcount) => onChange({ headcount })} />
      </FormSection>

      <FormSection title='工资'>
        <ChoiceField field='payUnit' label='怎么算工资' value={d.payUnit} options={UNITS} onChange={(payUnit) => onChange({ payUnit })} />
        <View className='form__pair'>
          <TextField field='pay.min' label={`最低（${unit}）`} type='number' value={d.payMin} maxlength={6} problem={p['pay.min']} onChange={(payMin) => onChange({ payMin })} />
          <TextField field='pay.max' label={`最高（${unit}）`} type='number' value={d.payMax} maxlength={6} problem={p['pay.max']} onChange={(payMax) => onChange({ payMax })} />
        </View>
        {d.payUnit === 'PIECE' ? (
          <TextField field='pay.unitsPerMonth' label='每月大约几件（可不填）' type='number' value={d.unitsPerMonth} maxlength={4} problem={p['pay.unitsPerMonth']} onChange={(unitsPerMonth) => onChange({ unitsPerMonth })} />
        ) : null}
        <ChoiceField field='settlement' label='发工资' value={d.settlement} options={SETTLEMENTS} onChange={(settlement) => onChange({ settlement })} />
      </FormSection>

      <FormSection title='吃住和待遇'>
        <View className='choices'>
          {CONDITIONS.map((c) => (
            <SwitchRow key={c.key} field={c.key} label={c.label} on={d[c.key] as boolean} onChange={(on) => onChange({ [c.key]: on } as Partial<JobDraft>)} />
          ))}
        </View>
      </FormSection>

      <FormSection title='工作地点'>
        <View className='form__pair'>
          <TextField field='place.province' label='省份' value={d.province} maxlength={20} placeholder='广东省' problem={p['place.province']} onChange={(province) => onChange({ province })} />
          <TextField field='place.city' label='城市' value={d.city} maxlength={20} placeholder='深圳市' problem={p['place.city']} onChange={(city) => onChange({ city })} />
        </View>
        <View className='form__pair'>
          <TextField field='place.county' label='区县（可不填）' value={d.county} maxlength={20} problem={p['place.county']} onChange={(county) => onChange({ county })} />
          <TextField field='place.town' label='乡镇（可不填）' value={d.town} maxlength={20} problem={p['place.town']} onChange={(town) => onChange({ town })} />
        </View>
        <TextField field='place.address' label='详细地址（可不填）' value={d.address} maxlength={100} problem={p['place.address']} onChange={(address) => onChange({ address })} />
      </FormSection>

      <FormSection title='要求'>
        <View className='form__pair'>
          <TextField field='ageMin' label='最小年龄（可不填）' type='number' value={d.ageMin} maxlength={2} problem={p.ageMin} onChange={(ageMin) => onChange({ ageMin })} />
          <TextField field='ageMax' label='最大年龄（可不填）' type='number' value={d.ageMax} maxlength={2} problem={p.ageMax} onChange={(ageMax) => onChange({ ageMax })} />
        </View>
        <AreaField field='requirements' label='其他要求（一行一条，最多10条）' value={d.requirements} maxlength={600} placeholder='比如：有修脚经验优先' problem={p.requirements} onChange={(requirements) => onChange({ requirements })} />
        <AreaField
          field='description'
          label='工作介绍（20–2000个字）'
          value={d.description}
          hint={`必须写明“${NO_FEE_STATEMENT}”。让求职者交押金、培训费、体检费的招聘发不出去。`}
          problem={p.description}
          onChange={(description) => onChange({ description })}
        />
      </FormSection>

      <FormSection title='联系人和截止日期'>
        <TextField field='contactName' label='联系人' value={d.contactName} maxlength={20} problem={p.contactName} onChange={(contactName) => onChange({ contactName })} />
        <TextField field='contactPhone' label='联系电话（手机或带区号座机）' value={d.contactPhone} maxlength={20} problem={p.contactPhone} onChange={(contactPhone) => onChange({ contactPhone })} />
        <DateField field='expiresOn' label='截止日期（可不填，默认30天）' value={d.expiresOn} start={chinaToday()} end={addDays(chinaToday(), MAX_OPEN_DAYS - 1)} optional problem={p.expiresOn} onChange={(expiresOn) => onChange({ expiresOn })} />
        <Text className='section__note'>最长招 180 天。</Text>
      </FormSection>
    </View>
  );
}
