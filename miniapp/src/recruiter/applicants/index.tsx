import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MyDataGate } from '../../features/account/MyDataGate';
import { ApplicantCard } from '../../features/recruiter/ApplicantCard';
import { useApplicants } from '../../features/recruiter/useApplicants';
import { countsLine } from '../../features/recruiter/usePostings';
import { EmptyState } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { JOB_STATUS_LABEL, label } from '../../shared/labels';

export default function ApplicantsPage() {
  const id = useRouter().params.id;
  const my = useApplicants(id);
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });
  if (my.status !== 'ready' || !my.data) {
    return (
      <Screen>
        {my.status === 'ready' ? <EmptyState title='这条招聘找不到了' tips={['可能已经删除，或者你不是这家单位的成员。']} /> : <MyDataGate my={my} what='报名的人' />}
      </Screen>
    );
  }
  const job = my.data;
  // Withdrawing tells her 撤回以后招工方就看不到你的报名了: a withdrawn application is only a
  // number here (the server sends it without her name, phone or note anyway).
  const applications = (job.applications ?? []).filter((a) => a.status !== 'WITHDRAWN');
  const withdrawn = job.applicationCounts?.withdrawn ?? 0;
  return (
    <Screen className='console'>
      <View className='section'>
        <Text className='section__title'>{job.title}</Text>
        <Text className='section__text'>{`${label(JOB_STATUS_LABEL, job.status)} · ${countsLine(job.applicationCounts)}`}</Text>
        <Text className='section__note'>村民的电话只给你用来联系招工，不要外传。</Text>
      </View>
      {applications.length === 0 && withdrawn === 0 ? <EmptyState title='还没有人报名' tips={['村民报名后会出现在这里，可以直接打电话。']} /> : null}
      {withdrawn > 0 ? (
        <Text className='section__note console__withdrawn' data-state='withdrawn-count'>
          {`${withdrawn}人已撤回，撤回的人看不到了。`}
        </Text>
      ) : null}
      {applications.map((a) => (
        <ApplicantCard key={a.id} application={a} onSetStatus={my.setStatus} />
      ))}
    </Screen>
  );
}
