import { Text, View } from '@tarojs/components';
import type { InterestFieldsFragment } from '../../gql/graphql';
import { CallButton } from '../../shared/components/ContactActions';
import { formatDay } from '../../shared/format';
import { formatPhone } from '../account/ProfileSummary';
import { HelperMark } from '../on-behalf/HelperMark';

/** One villager interested in a shop opening: who, what she wants, and a call button. */
export function InterestCard({ interest: i }: { interest: InterestFieldsFragment }) {
  return (
    <View className='card applicant' data-interest-id={i.id}>
      <View className='card__top'>
        <Text className='card__org' data-field='position'>{i.positionTitle ? `想做：${i.positionTitle}` : '想了解加盟'}</Text>
        <Text className='card__ago'>{`${formatDay(i.createdAt)}感兴趣`}</Text>
      </View>
      <Text className='card__title' data-field='person-name'>{i.person.name || '没留姓名'}</Text>
      <Text className='card__org' data-field='person-phone'>{formatPhone(i.person.phone) || '没留电话'}</Text>
      <HelperMark helper={i.helper} />
      {i.note ? <Text className='mine__note'>{`留言：${i.note}`}</Text> : null}
      {i.person.phone ? (
        <View className='actions'>
          <CallButton phone={i.person.phone} label='打电话' />
        </View>
      ) : null}
    </View>
  );
}
