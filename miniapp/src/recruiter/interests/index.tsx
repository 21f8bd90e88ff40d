import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MyDataGate } from '../../features/account/MyDataGate';
import { InterestCard } from '../../features/recruiter/InterestCard';
import { useInterests } from '../../features/recruiter/useInterests';
import { EmptyState } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { label, OPENING_STATUS_LABEL } from '../../shared/labels';

export default function InterestsPage() {
  const id = useRouter().params.id;
  const my = useInterests(id);
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });
  if (my.status !== 'ready' || !my.data) {
    return (
      <Screen>
        {my.status === 'ready' ? <EmptyState title='这条新店招人找不到了' tips={['可能已经删除，或者你不是这个品牌的成员。']} /> : <MyDataGate my={my} what='感兴趣的人' />}
      </Screen>
    );
  }
  const opening = my.data;
  const interests = opening.interests ?? [];
  return (
    <Screen className='console'>
      <View className='section'>
        <Text className='section__title'>{opening.title}</Text>
        <Text className='section__text'>{`${label(OPENING_STATUS_LABEL, opening.status)} · ${interests.length}人感兴趣`}</Text>
        <Text className='section__note'>村民的电话只给你用来联系开店招人，不要外传。</Text>
      </View>
      {interests.length === 0 ? <EmptyState title='还没有人感兴趣' tips={['村民点“我感兴趣”后会出现在这里，可以直接打电话。']} /> : null}
      {interests.map((i) => (
        <InterestCard key={i.id} interest={i} />
      ))}
    </Screen>
  );
}
