import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AreaField, ChoiceField, DateField, FormSection, SwitchRow, TextField } from '../../features/consoles/FormParts';
import { chinaToday } from '../../features/consoles/form-rules';
import { EmployerPicker } from '../../features/trainer/EmployerPicker';
import { useCourseForm } from '../../features/trainer/useCourseForm';
import type { CourseSkill } from '../../gql/graphql';
import { Skeleton } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError, Sheet, SheetActions } from '../../shared/components/Sheet';
import { COURSE_SKILL_LABEL } from '../../shared/labels';

const SKILLS = (Object.keys(COURSE_SKILL_LABEL) as CourseSkill[]).map((value) => ({ value, label: COURSE_SKILL_LABEL[value] }));

export default function CourseFormPage() {
  const params = useRouter().params;
  const form = useCourseForm(params.org ?? null, params.id);
  const [done, setDone] = useState(false);
  if (form.loading) {
    return (
      <Screen>
        <Skeleton rows={3} />
      </Screen>
    );
  }
  const { draft: d, problems: p, change } = form;
  const today = chinaToday();
  const submit = async () => {
    if (await form.save()) setDone(true);
  };

  return (
    <Screen className='console-page'>
      <View key={form.version}>
        <FormSection title='课程'>
          <TextField field='title' label='课程名称（4–30个字）' value={d.title} maxlength={30} placeholder='比如：修脚技能免费培训班' problem={p.title} onChange={(title) => change({ title })} />
          <ChoiceField field='skill' label='学什么' value={d.skill} options={SKILLS} onChange={(skill) => change({ skill })} />
          <AreaField field='description' label='课程介绍（20–2000个字）' value={d.description} problem={p.description} onChange={(description) => change({ description })} />
          <TextField field='certificate' label='结业证书名称（可不填）' value={d.certificate} maxlength={60} placeholder='专项职业能力证书（修脚）' problem={p.certificate} onChange={(certificate) => change({ certificate })} />
        </FormSection>
        <FormSection title='时间和名额'>
          {/* Bounds as the server's rules: no start in the past, the end not before the start, the deadline not after it. */}
          <View className='form__pair'>
            <DateField field='startDate' label='开课日期' value={d.startDate} start={today} problem={p.startDate} onChange={(startDate) => change({ startDate })} />
            <DateField field='endDate' label='结课日期' value={d.endDate} start={d.startDate || today} problem={p.endDate} onChange={(endDate) => change({ endDate })} />
          </View>
          <DateField field='enrollmentDeadline' label='报名截止日期' value={d.enrollmentDeadline} start={today} end={d.startDate || undefined} problem={p.enrollmentDeadline} onChange={(enrollmentDeadline) => change({ enrollmentDeadline })} />
          <View className='form__pair'>
            <TextField field='hours' label='课时' type='number' value={d.hours} maxlength={4} problem={p.hours} onChange={(hours) => change({ hours })} />
            <TextField field='seats' label='名额' type='number' value={d.seats} maxlength={3} problem={p.seats} onChange={(seats) => change({ seats })} />
          </View>
        </FormSection>
        <FormSection title='费用和包什么'>
          <View className='form__pair'>
            <TextField field='fee' label='学费（元，免费填0）' type='number' value={d.fee} maxlength={6} problem={p.fee} onChange={(fee) => change({ fee })} />
            <TextField field='subsidy' label='补贴（元）' type='number' value={d.subsidy} maxlength={6} problem={p.subsidy} onChange={(subsidy) => change({ subsidy })} />
          </View>
          <View className='choices'>
            <SwitchRow field='coversFood' label='管吃' on={d.coversFood} onChange={(coversFood) => change({ coversFood })} />
            <SwitchRow field='coversLodging' label='管住' on={d.coversLodging} onChange={(coversLodging) => change({ coversLodging })} />
            <SwitchRow field='coversTravel' label='报路费' on={d.coversTravel} onChange={(coversTravel) => change({ coversTravel })} />
          </View>
        </FormSection>
        <FormSection title='订单式培训'>
          <EmployerPicker chosen={d.leadsTo} problem={p.leadsToEmployerIds} onChange={(leadsTo) => change({ leadsTo })} />
        </FormSection>
        <FormSection title='地点和联系人'>
          <View className='form__pair'>
            <TextField field='place.province' label='省份' value={d.province} maxlength={20} problem={p['place.province']} onChange={(province) => change({ province })} />
            <TextField field='place.city' label='城市' value={d.city} maxlength={20} problem={p['place.city']} onChange={(city) => change({ city })} />
          </View>
          <View className='form__pair'>
            <TextField field='place.county' label='区县' value={d.county} maxlength={20} problem={p['place.county']} onChange={(county) => change({ county })} />
            <TextField field='place.town' label='乡镇（可不填）' value={d.town} maxlength={20} problem={p['place.town']} onChange={(town) => change({ town })} />
          </View>
          <TextField field='place.address' label='地址（可不填）' value={d.address} maxlength={100} problem={p['place.address']} onChange={(address) => change({ address })} />
          <AreaField field='requirements' label='报名条件（一行一条，可不填）' value={d.requirements} maxlength={600} problem={p.requirements} onChange={(requirements) => change({ requirements })} />
          <TextField field='contactName' label='联系人' value={d.contactName} maxlength={20} problem={p.contactName} onChange={(contactName) => change({ contactName })} />
          <TextField field='contactPhone' label='联系电话' value={d.contactPhone} maxlength={20} problem={p.contactPhone} onChange={(contactPhone) => change({ contactPhone })} />
        </FormSection>
      </View>
      <View className='section'>
        <FormError message={form.error} />
        {form.editing ? (
          <ActionButton tone='primary' block label='保存修改' busy={form.saving} busyLabel='正在保存…' action='save' onTap={() => void submit()} />
        ) : (
          <ActionButton tone='primary' block label='发布课程' busy={form.saving} busyLabel='正在发布…' action='publish' onTap={() => void submit()} />
        )}
      </View>
      <Sheet open={done} title={form.editing ? '已保存' : '发布成功'} name='course-saved'>
        <Text className='sheet__text'>{form.editing ? '改好了，村民看到的是新的内容。' : '村民现在就能在“学技能”里看到并报名。'}</Text>
        <SheetActions>
          <ActionButton tone='primary' label='回到培训管理' action='back' onTap={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/trainer/index/index' }))} />
        </SheetActions>
      </Sheet>
    </Screen>
  );
}
