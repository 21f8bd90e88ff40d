import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AreaField, DateField, FormSection, SwitchRow, TextField } from '../../features/consoles/FormParts';
import { chinaToday } from '../../features/consoles/form-rules';
import { FranchiseDisclosureFields } from '../../features/recruiter/FranchiseDisclosureFields';
import { useOpeningForm } from '../../features/recruiter/useOpeningForm';
import { Skeleton } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FieldProblem, FormError, Sheet, SheetActions } from '../../shared/components/Sheet';

export default function OpeningFormPage() {
  const params = useRouter().params;
  const form = useOpeningForm(params.org ?? null, params.id);
  const [done, setDone] = useState(false);
  if (form.loading) {
    return (
      <Screen>
        <Skeleton rows={3} />
      </Screen>
    );
  }
  const { draft: d, problems: p, change, changePosition } = form;
  const submit = async () => {
    if (await form.save()) setDone(true);
  };

  return (
    <Screen className='console-page'>
      <View key={form.version}>
        <FormSection title='新店'>
          <TextField field='title' label='标题（4–30个字）' value={d.title} maxlength={30} placeholder='比如：足康堂 深圳南山店 开业招人' problem={p.title} onChange={(title) => change({ title })} />
          <AreaField field='description' label='介绍（20–2000个字）' value={d.description} hint='招店员不能向求职者收钱。' problem={p.description} onChange={(description) => change({ description })} />
          <View className='form__pair'>
            <TextField field='place.province' label='省份' value={d.province} maxlength={20} problem={p['place.province']} onChange={(province) => change({ province })} />
            <TextField field='place.city' label='城市' value={d.city} maxlength={20} problem={p['place.city']} onChange={(city) => change({ city })} />
          </View>
          <TextField field='place.address' label='地址（可不填）' value={d.address} maxlength={100} problem={p['place.address']} onChange={(address) => change({ address })} />
          <DateField field='openingDate' label='开业日期（可不填）' value={d.openingDate} start={chinaToday()} optional problem={p.openingDate} onChange={(openingDate) => change({ openingDate })} />
        </FormSection>

        <FormSection title='招的岗位（按月工资，至少填一个）'>
          <FieldProblem message={p.positions} />
          {d.positions.map((row, i) => (
            <View key={i} className='console-form__group' data-position={i}>
              <View className='form__pair'>
                <TextField field={`positions.${i}.title`} label={`岗位${i + 1}`} value={row.title} maxlength={20} placeholder='修脚师' problem={p[`positions.${i}.title`]} onChange={(title) => changePosition(i, { title })} />
                <TextField field={`positions.${i}.headcount`} label='人数' type='number' value={row.headcount} maxlength={2} problem={p[`positions.${i}.headcount`]} onChange={(headcount) => changePosition(i, { headcount })} />
              </View>
              <View className='form__pair'>
                <TextField field={`positions.${i}.pay.min`} label='最低（元/月）' type='number' value={row.payMin} maxlength={6} problem={p[`positions.${i}.pay.min`]} onChange={(payMin) => changePosition(i, { payMin })} />
                <TextField field={`positions.${i}.pay.max`} label='最高（元/月）' type='number' value={row.payMax} maxlength={6} problem={p[`positions.${i}.pay.max`]} onChange={(payMax) => changePosition(i, { payMax })} />
              </View>
            </View>
          ))}
        </FormSection>

        <FormSection title='加盟'>
          <View className='choices'>
            <SwitchRow field='franchise' label='同时招加盟' on={d.franchise} onChange={(franchise) => change({ franchise })} />
          </View>
          {d.franchise ? (
            <View>
              <View className='form__pair'>
                <TextField field='franchise.investmentMin' label='最低投资（元）' type='number' value={d.investmentMin} maxlength={8} problem={p['franchise.investmentMin']} onChange={(investmentMin) => change({ investmentMin })} />
                <TextField field='franchise.investmentMax' label='最高投资（元）' type='number' value={d.investmentMax} maxlength={8} problem={p['franchise.investmentMax']} onChange={(investmentMax) => change({ investmentMax })} />
              </View>
              <AreaField field='franchise.brandProvides' label='品牌提供（一行一条）' value={d.brandProvides} maxlength={600} problem={p['franchise.brandProvides']} onChange={(brandProvides) => change({ brandProvides })} />
              <TextField field='franchise.filingNumber' label='商业特许经营备案号（16位数字）' type='number' value={d.filingNumber} maxlength={20} placeholder='0610100211800123' problem={p['franchise.filingNumber']} onChange={(filingNumber) => change({ filingNumber })} />
              <FranchiseDisclosureFields draft={d} problems={p} form={form} />
            </View>
          ) : null}
        </FormSection>

        <FormSection title='联系人'>
          <TextField field='contactName' label='联系人' value={d.contactName} maxlength={20} problem={p.contactName} onChange={(contactName) => change({ contactName })} />
          <TextField field='contactPhone' label='联系电话' value={d.contactPhone} maxlength={20} problem={p.contactPhone} onChange={(contactPhone) => change({ contactPhone })} />
        </FormSection>
      </View>
      <View className='section'>
        <FormError message={form.error} />
        {form.editing ? (
          <ActionButton tone='primary' block label='保存修改' busy={form.saving} busyLabel='正在保存…' action='save' onTap={() => void submit()} />
        ) : (
          <ActionButton tone='primary' block label='发布' busy={form.saving} busyLabel='正在发布…' action='publish' onTap={() => void submit()} />
        )}
      </View>
      <Sheet open={done} title={form.editing ? '已保存' : '发布成功'} name='opening-saved'>
        <Text className='sheet__text'>{form.editing ? '改好了，村民看到的是新的内容。' : '村民现在就能在“开店加盟”里看到。'}</Text>
        {d.franchise && form.twoShopsOneYear !== null ? (
          <Text className='sheet__text' data-state='saved-two-shops-one-year'>
            {form.twoShopsOneYear ? '按你填的直营店算，符合两店一年。' : '按你填的直营店算，还不符合两店一年（开满一年的直营店不到两家）。'}
          </Text>
        ) : null}
        <SheetActions>
          <ActionButton tone='primary' label='回到招工管理' action='back' onTap={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/recruiter/index/index' }))} />
        </SheetActions>
      </Sheet>
    </Screen>
  );
}
