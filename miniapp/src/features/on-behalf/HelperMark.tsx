import { Text } from '@tarojs/components';
import type { HelperRelation } from '../../gql/graphql';
import { formatPhone } from '../account/ProfileSummary';
import { helperLine } from './on-behalf';

/**
 * 由 张丽（子女）代报名 · 138 0000 1001 on an employer's, trainer's or brand's list: who
 * applied for the villager and how to reach her too (the server sends it to them only).
 */
export function HelperMark({ helper }: { helper: { name?: string | null; phone?: string | null; relation: HelperRelation } | null | undefined }) {
  if (!helper) return null;
  return <Text className='helped-mark' data-field='helper'>{`${helperLine(helper)}${helper.phone ? ` · ${formatPhone(helper.phone)}` : ''}`}</Text>;
}
