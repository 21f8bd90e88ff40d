import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PostingKind } from '../../gql/graphql';
import { ActionButton } from '../../shared/components/Sheet';
import { SignInSheet } from '../account/SignInSheet';
import { useSignIn } from '../account/useSignIn';
import { ReasonForm } from '../consoles/ReasonForm';
import { runPayload } from '../consoles/run';
import { ReportPostingMutation } from './operations';

/**
 * 举报 on a detail page: a posting that asks for money or looks fake goes to the county bureau.
 * Signing in comes first (one report per person and posting).
 */
export function ReportButton({ kind, id }: { kind: PostingKind; id: string }) {
  const { ensureSignedIn, sheet } = useSignIn();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <View className='report' data-state='reported'>
        <Text className='section__note'>已经交给县人社局，谢谢你。核实后会处理。</Text>
      </View>
    );
  }
  return (
    <View className='report'>
      {open ? (
        <ReasonForm
          label='举报理由'
          min={4}
          max={500}
          placeholder='比如：电话里让先交押金，或者工资写得不实'
          confirmLabel='提交举报'
          action='report'
          onSubmit={async (reason) => {
            await runPayload(ReportPostingMutation, { kind, id, reason }, 'reportPosting');
            setDone(true);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <ActionButton label='举报' action='report' onTap={() => void ensureSignedIn().then((ok) => ok && setOpen(true))} />
      )}
      <SignInSheet {...sheet} />
    </View>
  );
}
