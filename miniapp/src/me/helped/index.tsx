import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MyDataGate } from '../../features/account/MyDataGate';
import { formatPhone } from '../../features/account/ProfileSummary';
import { RELATION_LABEL } from '../../features/on-behalf/on-behalf';
import { latestText, useHelpedPeople, type HelpedPerson } from '../../features/on-behalf/useHelped';
import { CallButton } from '../../shared/components/ContactActions';
import { EmptyState, SlowNotice } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { FormError } from '../../shared/components/Sheet';
import { openMePage } from '../../shared/navigation';

/**
 * The people the signed-in user applied for (代报名) who have not signed in yet; for a village
 * cadre, also every villager of her village she helped, with where each one stands.
 */
export default function HelpedPage() {
  const my = useHelpedPeople();
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });

  if (my.status !== 'ready' || !my.data) {
    return (
      <Screen>
        <MyDataGate my={my} what='帮别人报的名' />
      </Screen>
    );
  }
  const { helped, cadre, villagers } = my.data;
  return (
    <Screen>
      {my.slow ? <SlowNotice onRetry={my.reload} /> : null}
      <FormError message={my.error} />
      {helped.length === 0 && !cadre ? (
        <EmptyState
          title='还没有帮人报过名'
          tips={['在报名的时候打开“帮家人报名”，填上家人的姓名和手机号，就能替他报名。', '家人以后用这个手机号登录，就能自己看到报名。']}
          actionLabel='去找工作'
          onAction={() => void Taro.switchTab({ url: '/pages/jobs/index' })}
        />
      ) : null}
      {helped.length ? <Text className='list-title'>{`我帮报名的人（${helped.length}个）`}</Text> : null}
      {helped.map((p) => (
        <PersonCard key={p.id} person={p} list='helped' />
      ))}
      {helped.length ? (
        <Text className='section__text' onClick={() => openMePage('applications')}>
          每一条报名在“我的报名”里都能看到，标着“代报名”，需要时可以撤回。
        </Text>
      ) : null}
      {cadre ? (
        <View data-section='villagers'>
          <Text className='list-title'>{`${cadre.town}${cadre.village}：我帮过的村民（${villagers.length}个）`}</Text>
          {villagers.length === 0 ? <Text className='section__text'>还没有帮本村村民报过名。报名时关系选“村干部”。</Text> : null}
          {villagers.map((p) => (
            <PersonCard key={p.id} person={p} list='villagers' />
          ))}
        </View>
      ) : null}
    </Screen>
  );
}

function PersonCard({ person: p, list }: { person: HelpedPerson; list: string }) {
  return (
    <View className='card mine' data-person={p.name ?? ''} data-list={list}>
      <View className='card__top'>
        <Text className='card__title'>{p.name || '没留姓名'}</Text>
        <Text className='card__ago'>{`${RELATION_LABEL[p.relation]} · ${p.recordCount}条`}</Text>
      </View>
      <Text className='card__org'>{[formatPhone(p.phone), `${p.homeTown ?? ''}${p.homeVillage ?? ''}`].filter(Boolean).join(' · ')}</Text>
      <Text className='helped-mark' data-field='latest'>{`最近：${latestText(p.latest)}`}</Text>
      {p.claimed ? <Text className='helped-mark'>他已经自己登录，报名归他自己管了</Text> : null}
      {p.phone ? (
        <View className='actions'>
          <CallButton phone={p.phone} label='打电话' />
        </View>
      ) : null}
    </View>
  );
}
