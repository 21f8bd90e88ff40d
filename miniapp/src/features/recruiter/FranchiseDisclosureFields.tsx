import { Text, View } from '@tarojs/components';
import { ActionButton, FieldProblem } from '../../shared/components/Sheet';
import type { Problems } from '../consoles/form-rules';
import { SwitchRow, TextField } from '../consoles/FormParts';
import { DISCLOSURE, investmentSums, type OpeningDraft } from './opening-form';
import type { useOpeningForm } from './useOpeningForm';

type Form = ReturnType<typeof useOpeningForm>;

/** 两店一年 is worked out by the server from the shops; this says so, and what it found last. */
function TwoShopsOneYearLine({ answer }: { answer: boolean | null }) {
  return (
    <View className='form__hint' data-state='two-shops-one-year'>
      <Text>
        {answer === null
          ? '两店一年不用自己填：保存后按上面的直营店算，至少两家开满一年才算符合。'
          : answer
            ? '两店一年：符合（按你填的直营店算，至少两家开满一年）。'
            : '两店一年：还不符合（按你填的直营店算，开满一年的不到两家）。'}
      </Text>
    </View>
  );
}

/** A problem with a whole list (none given, too many, the sums), where the server's error on the list lands. */
function ListProblem({ field, problems }: { field: string; problems: Problems }) {
  return (
    <View data-field={field}>
      <FieldProblem message={problems[field]} />
    </View>
  );
}

function AddRow({ count, max, what, action, onTap }: { count: number; max: number; what: string; action: string; onTap: () => void }) {
  if (count >= max) return <Text className='form__hint'>{`最多 ${max} ${what}`}</Text>;
  return <ActionButton label='添加一行' action={action} onTap={onTap} />;
}

/**
 * What the franchise rules oblige a brand to disclose: its own shops, every fee, the investment
 * broken down. Each row's boxes carry the path the server names (`franchise.disclosure.fees.2.amount`).
 */
export function FranchiseDisclosureFields({ draft: d, problems: p, form }: { draft: OpeningDraft; problems: Problems; form: Form }) {
  const at = (list: string, i: number, f: string) => `${DISCLOSURE}.${list}.${i}.${f}`;
  const sums = investmentSums(d.investmentItems);
  return (
    <View>
      <Text className='section__title'>品牌自己开的直营店</Text>
      <ListProblem field={`${DISCLOSURE}.ownShops`} problems={p} />
      {d.ownShops.map((row, i) => (
        <View key={row.key} className='console-form__group' data-shop={i}>
          <View className='form__pair'>
            <TextField field={at('ownShops', i, 'city')} label={`直营店${i + 1} 城市`} value={row.city} maxlength={20} placeholder='西安市' problem={p[at('ownShops', i, 'city')]} onChange={(city) => form.changeRow('ownShops', i, { city })} />
            <TextField field={at('ownShops', i, 'openedOn')} label='开业日期' value={row.openedOn} maxlength={10} placeholder='2020-05-01' problem={p[at('ownShops', i, 'openedOn')]} onChange={(openedOn) => form.changeRow('ownShops', i, { openedOn })} />
          </View>
          <TextField field={at('ownShops', i, 'address')} label='地址或店名（可不填）' value={row.address} maxlength={50} problem={p[at('ownShops', i, 'address')]} onChange={(address) => form.changeRow('ownShops', i, { address })} />
          <ActionButton label='删除' action='remove-shop' onTap={() => form.removeRow('ownShops', i)} />
        </View>
      ))}
      <AddRow count={d.ownShops.length} max={form.limits.ownShops} what='家' action='add-shop' onTap={() => form.addRow('ownShops')} />
      <TwoShopsOneYearLine answer={form.twoShopsOneYear} />

      <Text className='section__title'>加盟商要交的每一笔钱</Text>
      <ListProblem field={`${DISCLOSURE}.fees`} problems={p} />
      {d.fees.map((row, i) => (
        <View key={row.key} className='console-form__group' data-fee={i}>
          <View className='form__pair'>
            <TextField field={at('fees', i, 'name')} label={`费用${i + 1} 名称`} value={row.name} maxlength={20} placeholder='加盟费' problem={p[at('fees', i, 'name')]} onChange={(name) => form.changeRow('fees', i, { name })} />
            <TextField field={at('fees', i, 'amount')} label='金额（元）' type='number' value={row.amount} maxlength={8} problem={p[at('fees', i, 'amount')]} onChange={(amount) => form.changeRow('fees', i, { amount })} />
          </View>
          <View className='choices'>
            <SwitchRow field={at('fees', i, 'refundable')} label='可退' on={row.refundable} onChange={(refundable) => form.changeRow('fees', i, { refundable })} />
          </View>
          {row.refundable ? (
            <TextField field={at('fees', i, 'refundWhen')} label='什么时候退、怎么退（4–60个字）' value={row.refundWhen} maxlength={60} placeholder='合同期满没有违约，30天内全额退还' problem={p[at('fees', i, 'refundWhen')]} onChange={(refundWhen) => form.changeRow('fees', i, { refundWhen })} />
          ) : null}
          <ActionButton label='删除' action='remove-fee' onTap={() => form.removeRow('fees', i)} />
        </View>
      ))}
      <AddRow count={d.fees.length} max={form.limits.fees} what='笔' action='add-fee' onTap={() => form.addRow('fees')} />

      <Text className='section__title'>投资明细（加起来要等于上面的总投资）</Text>
      <ListProblem field={`${DISCLOSURE}.investmentItems`} problems={p} />
      {d.investmentItems.map((row, i) => (
        <View key={row.key} className='console-form__group' data-investment-item={i}>
          <TextField field={at('investmentItems', i, 'name')} label={`项目${i + 1}`} value={row.name} maxlength={20} placeholder='装修' problem={p[at('investmentItems', i, 'name')]} onChange={(name) => form.changeRow('investmentItems', i, { name })} />
          <View className='form__pair'>
            <TextField field={at('investmentItems', i, 'min')} label='最少（元）' type='number' value={row.min} maxlength={8} problem={p[at('investmentItems', i, 'min')]} onChange={(min) => form.changeRow('investmentItems', i, { min })} />
            <TextField field={at('investmentItems', i, 'max')} label='最多（元）' type='number' value={row.max} maxlength={8} problem={p[at('investmentItems', i, 'max')]} onChange={(max) => form.changeRow('investmentItems', i, { max })} />
          </View>
          <ActionButton label='删除' action='remove-investment-item' onTap={() => form.removeRow('investmentItems', i)} />
        </View>
      ))}
      <AddRow count={d.investmentItems.length} max={form.limits.investmentItems} what='项' action='add-investment-item' onTap={() => form.addRow('investmentItems')} />
      {sums ? <Text className='form__hint' data-state='investment-sums'>{`明细加起来：${sums.min} 到 ${sums.max} 元`}</Text> : null}
    </View>
  );
}
