import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { query } from '../../api/client';
import { topPay } from '../../features/openings/OpeningCard';
import { OpeningInterestBar } from '../../features/interests/OpeningInterestBar';
import { OpeningDetailQuery } from '../../features/openings/operations';
import { FranchiseChecklist } from '../../features/openings/FranchiseChecklist';
import { Badge, VerifiedBadge } from '../../shared/components/Badge';
import { CallButton, MapButton, ShareButton } from '../../shared/components/ContactActions';
import { DetailStates, Field, Lines, Section } from '../../shared/components/DetailParts';
import { Screen } from '../../shared/components/Screen';
import { FeeDemandButton } from '../../features/trust/FeeDemandButton';
import { ReportButton } from '../../features/trust/ReportButton';
import { formatDay, formatPay, formatPlaceFull, formatPlaceShort, formatPostedAgo, formatSettlement, formatYuan } from '../../shared/format';
import { OPENING_STATUS_LABEL, label } from '../../shared/labels';
import { detailPath } from '../../shared/navigation';
import { useDetail } from '../../shared/useDetail';

export default function OpeningDetailPage() {
  const id = useRouter().params.id;
  const detail = useDetail(id, async (openingId) => (await query(OpeningDetailQuery, { id: openingId })).franchiseOpening ?? null);
  const opening = detail.item;

  useShareAppMessage(() => {
    const best = opening ? topPay(opening.positions) : null;
    return {
      title: opening ? `${best ? formatPay(best.pay) : ''} ${opening.place.city} ${opening.title}`.trim() : '紫阳务工通：开店加盟',
      path: id ? detailPath('opening', id) : '/pages/openings/index',
    };
  });

  if (detail.status !== 'ready' || !opening) {
    return (
      <Screen>
        <DetailStates detail={detail} missingText='这个新店信息已经找不到了' />
      </Screen>
    );
  }
  const terms = opening.franchise;
  const best = topPay(opening.positions);

  return (
    <Screen className='detail'>
      <View className='section detail__head'>
        <Text className='detail__pay'>{best ? formatPay(best.pay) : '工资面议'}</Text>
        <Text className='detail__title'>{opening.title}</Text>
        <Text className='detail__place' data-field='place'>{formatPlaceShort(opening.place) || opening.place.city}</Text>
        <View className='card__badges'>
          <Badge tone={opening.status === 'OPEN' ? 'good' : 'warn'}>{label(OPENING_STATUS_LABEL, opening.status)}</Badge>
          {opening.isFranchiseOffer ? <Badge tone='plain'>可加盟</Badge> : null}
        </View>
        <Text className='card__ago'>{formatPostedAgo(opening.publishedAt)}</Text>
      </View>

      <Section title='招哪些人'>
        {opening.positions.length === 0 ? <Text className='section__text'>暂时不招人</Text> : null}
        {opening.positions.map((p) => (
          <View key={p.title} className='position' data-field='position'>
            <Text className='position__title'>{`${p.title}  ${p.headcount}人`}</Text>
            <Text className='position__pay'>{[formatPay(p.pay), formatSettlement(p.pay.settlement)].filter(Boolean).join(' · ')}</Text>
          </View>
        ))}
      </Section>

      <Section title='新店情况'>
        <Field label='开业日期' value={opening.openingDate ? formatDay(opening.openingDate) : '还没定'} />
        <Text className='section__text detail__description'>{opening.description}</Text>
      </Section>

      {terms ? (
        <Section title='加盟条件'>
          <Field label='投资' value={`${formatYuan(terms.investmentMin)}–${formatYuan(terms.investmentMax)}`} />
          <FranchiseChecklist terms={terms} />
          {terms.brandProvides.length ? <Text className='field__label'>品牌提供</Text> : null}
          <Lines lines={terms.brandProvides} />
        </Section>
      ) : null}

      <Section title='店铺地点'>
        <Text className='section__text'>{formatPlaceFull(opening.place)}</Text>
        <View className='actions'>
          <MapButton place={opening.place} name={opening.brand.name} />
        </View>
      </Section>

      <Section title='品牌'>
        <View className='card__meta'>
          <VerifiedBadge verified={opening.brand.verified} />
          <Text className='card__org'>{opening.brand.name}</Text>
        </View>
        <Text className='section__text'>{opening.brand.description}</Text>
        <Field label='总部' value={formatPlaceShort(opening.brand.place)} />
      </Section>

      <Section title='联系人'>
        <Field label='联系人' value={opening.contactName} />
        <Field label='电话' value={opening.contactPhone} />
        <View className='actions'>
          <CallButton phone={opening.contactPhone} />
          <ShareButton />
        </View>
      </Section>

      <Section title='信息不实或让交钱？'>
        <Text className='section__note'>正规招工和免费培训都不收钱。遇到要押金、培训费的，请举报给县人社局。</Text>
        <FeeDemandButton postingId={opening.id} />
        <ReportButton kind='FRANCHISE_OPENING' id={opening.id} />
      </Section>

      <OpeningInterestBar opening={opening} />
    </Screen>
  );
}
