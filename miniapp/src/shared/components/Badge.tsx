import { Text } from '@tarojs/components';

type Tone = 'good' | 'info' | 'warn' | 'plain';

export function Badge({ children, tone = 'good' }: { children: string; tone?: Tone }) {
  return <Text className={`badge badge--${tone}`}>{children}</Text>;
}

/** 已认证 / 未认证: unverified posters are labelled, as the labour bureau asks. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? <Badge tone='info'>已认证</Badge> : <Badge tone='warn'>未认证</Badge>;
}
