import { Text, View } from '@tarojs/components';
import type { OpeningCardFieldsFragment } from '../../gql/graphql';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { formatDay, formatPay, formatPlaceShort, formatPostedAgo } from '../../shared/format';

const MAX_POSITIONS_ON_CARD = 3;

/** The best-paid position's range: the figure a card leads with. */
export function topPay(positions: OpeningCardFieldsFragment['positions']) {
  return positions.reduce<OpeningCardFieldsFragment['positions'][number] | null>(
    (best, p) => (!best || p.pay.monthlyMax > best.pay.monthlyMax ? p : best),
    null,
  );
}

/** City, positions and pay first. */
export function OpeningCard({ opening, onOpen }: { opening: OpeningCardFieldsFragment; onOpen: (id: string) => void }) {
  const best = topPay(opening.positions);
  const opens = formatDay(opening.openingDate);
  return (
    <View className='card card--tappable' role='link' data-opening-id={opening.id} hoverClass='pressed' onClick={() => onOpen(opening.id)}>
      <View className='card__top'>
        <Text className='card__pay'>{best ? formatPay(best.pay) : '工资面议'}</Text>
        <Text className='card__place'>{formatPlaceShort(opening.place) || opening.place.city}</Text>
      </View>
      <View className='card__positions'>
        {opening.positions.slice(0, MAX_POSITIONS_ON_CARD).map((p) => (
          <Text key={p.title} className='card__position'>
            {p.title} {p.headcount}人 · {formatPay(p.pay)}
          </Text>
        ))}
        {opening.positions.length > MAX_POSITIONS_ON_CARD ? (
          <Text className='card__position'>还有{opening.positions.length - MAX_POSITIONS_ON_CARD}个岗位</Text>
        ) : null}
      </View>
      <View className='card__badges'>
        {opening.isFranchiseOffer ? <Badge tone='plain'>可加盟</Badge> : null}
        {opens ? <Badge tone='plain'>{`${opens}开业`}</Badge> : null}
      </View>
      <Text className='card__title'>{opening.title}</Text>
      <View className='card__meta'>
        <VerifiedBadge verified={opening.brand.verified} />
        <Text className='card__org'>{opening.brand.name}</Text>
      </View>
      <Text className='card__ago'>{formatPostedAgo(opening.publishedAt)}</Text>
    </View>
  );
}
