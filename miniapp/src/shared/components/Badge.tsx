import { Text } from '@tarojs/components';

type Tone = 'good' | 'info' | 'warn' | 'plain';

export function Badge({ children, tone = 'good' }: { children: string; tone?: Tone }) {
  return <Text className={`badge badge--${tone}`}>{children}</Text>;
}

/** 中介: the job is posted by a labour agency (劳务中介 / 劳务派遣), not the employer itself. */
export function AgencyBadge() {
  return <Badge tone='warn'>中介</Badge>;
}

/** 已认证 / 未认证: unverified posters are labelled, as the labour bureau asks. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? <Badge tone='info'>已认证</Badge> : <Badge tone='warn'>未认证</Badge>;
}
