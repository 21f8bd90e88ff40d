import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { messageFor } from '../../api/client';
import type { DemoRole } from '../../gql/graphql';
import { ActionButton, FormError, Sheet, SheetActions } from '../../shared/components/Sheet';
import { canUseWechatLogin, demoLoginAvailable, signInAsDemo, signInWithWechat } from './sign-in';
import type { SignInSheetState } from './useSignIn';

interface DemoAccount {
  role: DemoRole;
  slot: number;
  label: string;
}

// Two villagers, so one can take the last seat of a course and the other see it full.
const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'VILLAGER', slot: 1, label: '演示村民1' },
  { role: 'VILLAGER', slot: 2, label: '演示村民2' },
  { role: 'RECRUITER', slot: 1, label: '招工方' },
  { role: 'TRAINER', slot: 1, label: '培训机构' },
  { role: 'ADMIN', slot: 1, label: '县人社局' },
];

type Availability = 'loading' | 'yes' | 'no' | 'error';

/**
 * The sign-in sheet. In WeChat: one 微信一键登录 button (shown when the silent sign-in failed,
 * or from 我的). On the web there is no WeChat sign-in: a development server offers clearly
 * marked demo accounts; a production one is told plainly to open the mini-program in WeChat.
 */
export function SignInSheet({ open, error, onSignedIn, onClose }: SignInSheetState) {
  const wechat = canUseWechatLogin();
  const [availability, setAvailability] = useState<Availability>('loading');
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const checkDemo = () => {
    setAvailability('loading');
    demoLoginAvailable().then(
      (yes) => setAvailability(yes ? 'yes' : 'no'),
      () => setAvailability('error'),
    );
  };

  useEffect(() => {
    if (!open) return;
    setFailure(null);
    if (!wechat) checkDemo();
  }, [open, wechat]);

  const run = async (key: string, signIn: () => Promise<void>) => {
    setBusy(key);
    setFailure(null);
    try {
      await signIn();
      onSignedIn();
    } catch (e) {
      setFailure(messageFor(e));
    } finally {
      setBusy(null);
    }
  };

  const message = failure ?? error;

  if (wechat) {
    return (
      <Sheet open={open} title='登录' name='sign-in' onClose={onClose}>
        <Text className='sheet__text'>用微信登录，不用记密码。登录后招工方和培训老师才能联系到你。</Text>
        <FormError message={message} />
        <SheetActions>
          <ActionButton tone='primary' label='微信一键登录' busy={busy === 'wechat'} busyLabel='正在登录…' action='wechat-login' onTap={() => void run('wechat', signInWithWechat)} />
          <ActionButton label='取消' onTap={onClose} />
        </SheetActions>
      </Sheet>
    );
  }

  return (
    <Sheet open={open} title={availability === 'yes' ? '演示登录' : '登录'} name='sign-in' onClose={onClose}>
      {availability === 'loading' ? <Text className='sheet__text'>正在准备登录…</Text> : null}
      {availability === 'error' ? (
        <View>
          <FormError message='网络没有连上，请检查网络后再试。' />
          <SheetActions>
            <ActionButton tone='primary' label='重新加载' onTap={checkDemo} />
            <ActionButton label='取消' onTap={onClose} />
          </SheetActions>
        </View>
      ) : null}
      {availability === 'no' ? (
        <View>
          <Text className='sheet__text' data-state='wechat-only'>
            登录要在微信里用：打开微信，搜索小程序“紫阳务工通”，点一下就能登录。网页版只能看，不能报名。
          </Text>
          <SheetActions>
            <ActionButton tone='primary' label='知道了' onTap={onClose} />
          </SheetActions>
        </View>
      ) : null}
      {availability === 'yes' ? (
        <View data-state='demo-login'>
          <View className='demo-note'>
            <Text className='badge badge--warn'>演示</Text>
            <Text className='demo-note__text'>这是试用版，选一个身份就能体验，不是真实账号。</Text>
          </View>
          <FormError message={message} />
          <Text className='sheet__label'>村民（找工作、报名上课）</Text>
          <View className='sheet__choices'>
            {DEMO_ACCOUNTS.filter((a) => a.role === 'VILLAGER').map((a) => (
              <DemoButton key={a.label} account={a} busy={busy} onTap={() => void run(a.label, () => signInAsDemo(a.role, a.slot))} />
            ))}
          </View>
          <Text className='sheet__label'>其他身份</Text>
          <View className='sheet__choices'>
            {DEMO_ACCOUNTS.filter((a) => a.role !== 'VILLAGER').map((a) => (
              <DemoButton key={a.label} account={a} busy={busy} onTap={() => void run(a.label, () => signInAsDemo(a.role, a.slot))} />
            ))}
          </View>
          <SheetActions>
            <ActionButton label='取消' onTap={onClose} />
          </SheetActions>
        </View>
      ) : null}
    </Sheet>
  );
}

function DemoButton({ account, busy, onTap }: { account: DemoAccount; busy: string | null; onTap: () => void }) {
  return (
    <View
      className={`btn ${account.role === 'VILLAGER' ? 'btn--primary' : ''}`}
      role='button'
      aria-disabled={busy !== null}
      data-demo-role={account.role}
      data-demo-slot={String(account.slot)}
      hoverClass='pressed'
      onClick={() => {
        if (busy === null) onTap();
      }}
    >
      <Text>{busy === account.label ? '正在登录…' : account.label}</Text>
    </View>
  );
}
