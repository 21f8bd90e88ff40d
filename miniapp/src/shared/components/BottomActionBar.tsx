import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  /** Left of the main button, e.g. the 收藏 toggle. */
  aside: ReactNode;
  /** `data-action` of the main button, for tests and analytics. */
  action: string;
  /** `data-state` of the main button: the villager's status, or 'none'. */
  state: string;
  /** The villager already holds it (已报名 …): shown as done. */
  done: boolean;
  /** Nothing more can be done here (closed): shown greyed. */
  off: boolean;
  label: string;
  onTap: () => void;
}

/** The bar at the bottom of a detail page: one big action (报名, 我要报名, 我感兴趣) and a side button. */
export function BottomActionBar({ aside, action, state, done, off, label, onTap }: Props) {
  return (
    <View className='bottom-bar__row'>
      {aside}
      <View
        className={`btn btn--primary bottom-bar__main ${done ? 'btn--done' : ''} ${off ? 'btn--off' : ''}`}
        role='button'
        data-action={action}
        data-state={state}
        hoverClass='pressed'
        onClick={onTap}
      >
        <Text>{label}</Text>
      </View>
    </View>
  );
}
