import { Input, Text, View } from '@tarojs/components';
import { formatPhone } from '../../features/account/ProfileSummary';
import { latestText, useCallList, type CallListEntry } from '../../features/on-behalf/useHelped';
import { CallButton } from '../../shared/components/ContactActions';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { formatDay } from '../../shared/format';

const REASON: Record<string, string> = { OVER_50: '50岁以上', WAITING_30_DAYS: '报名30天还没找到活' };

/**
 * The bureau's call list: the villagers of one town who are over 50 or have waited more
 * than 30 days without a hire, so that someone can ring them.
 */
export default function CallListPage() {
  const list = useCallList();
  return (
    <Screen>
      <View className='section'>
        <Text className='section__title'>按镇查回访名单</Text>
        <Text className='section__text'>列出家在这个镇、50岁以上，或者报名30天还没被录用的村民，方便打电话问问。</Text>
        <View className='form__field' data-field='town'>
          <Text className='form__label'>镇</Text>
          <Input
            className='form__input'
            value={list.town}
            maxlength={20}
            placeholder='比如：高桥镇'
            placeholderClass='form__placeholder'
            aria-label='镇'
            onInput={(e) => list.setTown(String(e.detail.value ?? ''))}
          />
        </View>
        <ActionButton tone='primary' block label='查名单' busy={list.busy} busyLabel='正在查…' action='search-call-list' onTap={() => void list.search()} />
        <FormError message={list.error} />
      </View>
      {list.asked && list.entries.length === 0 ? <Text className='section__text' data-state='empty'>这个镇现在没有需要回访的村民。</Text> : null}
      {list.entries.map((e) => (
        <EntryCard key={e.id} entry={e} />
      ))}
      {list.next ? <ActionButton block label='再看20个' busy={list.busy} busyLabel='正在查…' action='more' onTap={() => void list.more()} /> : null}
    </Screen>
  );
}

function EntryCard({ entry: e }: { entry: CallListEntry }) {
  return (
    <View className='card mine' data-person={e.name ?? ''}>
      <View className='card__top'>
        <Text className='card__title'>{e.name || '没留姓名'}</Text>
        <Text className='card__ago'>{e.age ? `${e.age}岁` : ''}</Text>
      </View>
      <Text className='card__org'>{[formatPhone(e.phone), e.homeVillage, e.helpedOnly ? '家人代报名' : ''].filter(Boolean).join(' · ')}</Text>
      <Text className='helped-mark' data-field='reasons'>{e.reasons.map((r) => REASON[r] ?? r).join('，')}</Text>
      {e.waitingSince ? <Text className='helped-mark'>{`${formatDay(e.waitingSince)}开始报名`}</Text> : null}
      <Text className='helped-mark'>{`最近：${latestText(e.latest)}`}</Text>
      {e.phone ? (
        <View className='actions'>
          <CallButton phone={e.phone} label='打电话' />
        </View>
      ) : null}
    </View>
  );
}
