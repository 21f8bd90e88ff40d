import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton, Sheet, SheetActions } from '../../shared/components/Sheet';
import { INTEREST_STATUS_LABEL, label } from '../../shared/labels';
import { openMePage } from '../../shared/navigation';
import { ContactSheet } from '../account/ContactSheet';
import { SignInSheet } from '../account/SignInSheet';
import { useSignIn } from '../account/useSignIn';
import { FavoriteButton } from '../favorites/FavoriteButton';
import { BottomActionBar } from '../../shared/components/BottomActionBar';
import { useOpeningInterest } from './useOpeningInterest';

/** The choice meaning "the franchise itself", not a position. */
const FRANCHISE = '__franchise__';

interface Props {
  opening: {
    id: string;
    title: string;
    status: string;
    isFranchiseOffer: boolean;
    positions: { title: string; headcount: number }[];
    brand: { name: string };
  };
}

/** The bottom bar of a shop opening: 收藏 and 我感兴趣 (a position, or the franchise). */
export function OpeningInterestBar({ opening }: Props) {
  const { ensureSignedIn, signingIn, sheet } = useSignIn();
  const { viewer, express, setFavorite } = useOpeningInterest(opening.id);
  const [formOpen, setFormOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [helped, setHelped] = useState<string | null>(null);

  const interest = viewer?.myInterest ?? null;
  const active = interest && interest.status !== 'WITHDRAWN';
  const open = (viewer?.status ?? opening.status) === 'OPEN';
  const choices = [
    ...opening.positions.map((p) => ({ value: p.title, text: `${p.title}（招${p.headcount}人）` })),
    ...(opening.isFranchiseOffer ? [{ value: FRANCHISE, text: '我想加盟开店' }] : []),
  ];

  const tap = async () => {
    if (active) return openMePage('applications');
    if (!open) return;
    if (!(await ensureSignedIn())) return;
    setChoice(choices.length === 1 ? choices[0].value : null);
    setFormOpen(true);
  };

  const forRelative = async () => {
    if (!open || !(await ensureSignedIn())) return;
    setChoice(choices.length === 1 ? choices[0].value : null);
    setFormOpen(true);
  };

  let mainLabel = '我感兴趣';
  if (active) mainLabel = `已表达意向 · ${label(INTEREST_STATUS_LABEL, interest.status)}`;
  else if (!open) mainLabel = '这家新店已经不招了';
  if (signingIn) mainLabel = '正在登录…';

  return (
    <View className='bottom-bar'>
      <BottomActionBar
        aside={<FavoriteButton kind='FRANCHISE_OPENING' id={opening.id} saved={viewer?.isFavorite ?? false} ensureSignedIn={ensureSignedIn} onChange={setFavorite} />}
        action='interest'
        state={active ? interest.status : 'none'}
        done={!!active}
        off={!open && !active}
        label={mainLabel}
        onTap={() => void tap()}
      />
      {active && open ? (
        <Text className='bottom-bar__helper' data-action='apply-for-relative' onClick={() => void forRelative()}>
          帮家人报名
        </Text>
      ) : null}

      <SignInSheet {...sheet} />

      <ContactSheet
        open={formOpen}
        title={`我感兴趣：${opening.title}`}
        intro='选一个想做的，留下电话，店里会联系你。'
        submitLabel='发给店里'
        allowOnBehalf
        notePlaceholder='比如：做过几年修脚，什么时候能到'
        check={() => (choices.length && choice === null ? '请先选一个想做的' : null)}
        onClose={() => setFormOpen(false)}
        onSubmit={async (values) => {
          await express({ ...values, positionTitle: choice === FRANCHISE || choice === null ? null : choice });
          setFormOpen(false);
          setHelped(values.onBehalf?.name ?? null);
          setDone(true);
        }}
      >
        {choices.length ? (
          <View className='choices' role='radiogroup' aria-label='想做什么'>
            {choices.map((c) => (
              <View
                key={c.value}
                className={`choice ${choice === c.value ? 'choice--on' : ''}`}
                role='radio'
                aria-checked={choice === c.value}
                data-choice={c.value === FRANCHISE ? 'franchise' : c.value}
                hoverClass='pressed'
                onClick={() => setChoice(c.value)}
              >
                <Text className='choice__mark'>{choice === c.value ? '●' : '○'}</Text>
                <Text>{c.text}</Text>
              </View>
            ))}
          </View>
        ) : null}
      </ContactSheet>

      <Sheet open={done} title='已经发给店里了' name='interested' onClose={() => setDone(false)}>
        <Text className='sheet__text' data-state='interested'>{helped ? `已经替${helped}发给“${opening.brand.name}”，店里会打电话给${helped}或你，请留意来电。` : `“${opening.brand.name}”看到以后会打电话联系你，请留意来电。`}</Text>
        <Text className='sheet__text'>进展可以在“我的 → 我的报名”里看。</Text>
        <SheetActions>
          <ActionButton tone='primary' label='好的' onTap={() => setDone(false)} />
        </SheetActions>
      </Sheet>
    </View>
  );
}
