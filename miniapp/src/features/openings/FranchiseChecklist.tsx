import { Text, View } from '@tarojs/components';
import type { OpeningDetailQuery } from '../../gql/graphql';
import { COUNTY_BUREAU_HOTLINE } from '../../shared/bureau';
import { formatDay, formatYuan } from '../../shared/format';

type Terms = NonNullable<NonNullable<OpeningDetailQuery['franchiseOpening']>['franchise']>;

interface Check {
  key: string;
  ok: boolean;
  title: string;
  lines: string[];
}

const range = (min: number, max: number) => (min === max ? formatYuan(min) : `${formatYuan(min)}–${formatYuan(max)}`);

/** What the franchise rules ask a brand to disclose, one ✓ or ✗ line each. */
export function franchiseChecks(terms: Terms): Check[] {
  const d = terms.disclosure;
  if (!d) {
    return [
      { key: 'filing', ok: !!terms.filingNumber, title: terms.filingNumber ? `已备案（备案号 ${terms.filingNumber}）` : '没有备案号', lines: [] },
      { key: 'twoShops', ok: false, title: '没有说明自己开了几家店、开了多久（两店一年）', lines: [] },
      { key: 'fees', ok: false, title: '没有写明要交哪些钱', lines: [] },
      { key: 'investment', ok: false, title: '没有写明投资明细', lines: [] },
    ];
  }
  const first = d.ownShops[0];
  return [
    { key: 'filing', ok: true, title: `已备案（备案号 ${d.filingNumber}）`, lines: [] },
    {
      key: 'twoShops',
      ok: d.meetsTwoShopsOneYear,
      title: d.meetsTwoShopsOneYear ? '两店一年：符合（至少两家直营店开满一年）' : '两店一年：不符合（开满一年的直营店不到两家）',
      lines: [`直营店${d.ownShopCount}家，在${d.ownShopCities.join('、')}${first ? `，最早一家${formatDay(first.openedOn)}开业` : ''}`],
    },
    {
      key: 'fees',
      ok: d.fees.length > 0,
      title: '写明了要交的每一笔钱',
      lines: d.fees.map((f) => `${f.name} ${formatYuan(f.amount)}${f.refundable ? `，可退：${f.refundWhen ?? ''}` : '，不退'}`),
    },
    {
      key: 'investment',
      ok: d.investmentItems.length > 0,
      title: `写明了投资明细（共${range(terms.investmentMin, terms.investmentMax)}）`,
      lines: d.investmentItems.map((i) => `${i.name} ${range(i.min, i.max)}`),
    },
  ];
}

/** The 加盟 checklist on an opening's page, with a warning and the bureau's hotline. */
export function FranchiseChecklist({ terms }: { terms: Terms }) {
  const checks = franchiseChecks(terms);
  const allMet = checks.every((c) => c.ok);
  return (
    <View className='checklist' data-field='franchise-checklist'>
      {checks.map((c) => (
        <View key={c.key} className={`checklist__item checklist__item--${c.ok ? 'ok' : 'missing'}`} data-check={c.key} data-ok={c.ok ? 'yes' : 'no'}>
          <Text className='checklist__mark'>{c.ok ? '✓' : '✗'}</Text>
          <View className='checklist__body'>
            <Text className='checklist__title'>{c.title}</Text>
            {c.lines.map((l) => (
              <Text key={l} className='checklist__line'>{l}</Text>
            ))}
          </View>
        </View>
      ))}
      <Text className='section__note' data-field='franchise-warning'>
        {`${allMet ? '交钱之前，先到商务部门网站查一查备案号。' : '按国家规定，品牌要备案、开了两家直营店满一年，才能招加盟。有打✗的，千万别先交钱。'}拿不准就打${COUNTY_BUREAU_HOTLINE.name}电话 ${COUNTY_BUREAU_HOTLINE.phone} 问问。`}
      </Text>
    </View>
  );
}
