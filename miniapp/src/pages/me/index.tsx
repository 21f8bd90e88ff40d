import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { ProfileSummary } from '../../features/account/ProfileSummary';
import { acknowledgeExpired, refreshMe, saveLargeText, signOut, useSession } from '../../features/account/session';
import { SignInSheet } from '../../features/account/SignInSheet';
import { canUseWechatLogin } from '../../features/account/sign-in';
import { useSignIn } from '../../features/account/useSignIn';
import { Screen } from '../../shared/components/Screen';
import { ActionButton } from '../../shared/components/Sheet';
import { LARGE_TEXT_FACTOR, useFontScale } from '../../shared/font-scale';
import { openConsolePage, openMePage } from '../../shared/navigation';
import { CertificateList } from '../../features/certificates/CertificateList';
import { useMyCertificates } from '../../features/certificates/useMyCertificates';
import { consoleOrganizations } from '../../features/consoles/useConsoleOrganization';
import { useUnreadCount } from '../../features/messages/useMessages';

const MENU = [
  { page: 'applications', title: '我的报名', desc: '报过的工作、想去的新店，对方看了没有' },
  { page: 'courses', title: '我的课程', desc: '报名的培训班、排队候补' },
  { page: 'favorites', title: '我的收藏', desc: '收藏的工作、课程和新店' },
  { page: 'savedSearches', title: '我的搜索', desc: '保存的搜索，有新工作每天提醒你' },
  { page: 'helped', title: '我帮谁报了名', desc: '替家人、村民报的名，他们登录前由你照看' },
] as const;

export default function MePage() {
  const { largeText, setLargeText } = useFontScale();
  const session = useSession();
  const { ensureSignedIn, signingIn, sheet } = useSignIn();
  const [leaving, setLeaving] = useState(false);
  const unread = useUnreadCount();
  const certificates = useMyCertificates();
  const memberships = session.user?.memberships as Parameters<typeof consoleOrganizations>[0];
  // Consoles show only to those who have one: members of an employer or trainer, bureau staff.
  const consoles = [
    ...(consoleOrganizations(memberships, 'recruiter').length ? [{ page: 'recruiter' as const, title: '招工管理', desc: '发招聘、看报名的人、打电话、安排面试' }] : []),
    ...(consoleOrganizations(memberships, 'trainer').length ? [{ page: 'trainer' as const, title: '培训管理', desc: '发课程、看学员名单、结业发证' }] : []),
    ...(session.user?.isAdmin ? [{ page: 'admin' as const, title: '县人社局', desc: '认证机构、处理举报、审核、全县数据' }] : []),
    ...(session.user?.isAdmin ? [{ page: 'callList' as const, title: '回访名单', desc: '按镇列出50岁以上、报名30天没找到活的村民' }] : []),
    ...(session.user?.isAdmin ? [{ page: 'cadres' as const, title: '村干部', desc: '认证村干部，他能替本村村民报名' }] : []),
    // Where an employer, trainer or agency registers, and sees what the bureau said.
    { page: 'registerOrganization' as const, title: '机构登记认证', desc: '招工单位、培训机构、劳务中介登记，拍执照，等县人社局认证' },
  ];

  // Coming back to the tab shows the profile as it is now (changed on another phone, say).
  useDidShow(() => void refreshMe().catch(() => undefined));

  const toggleLargeText = () => {
    const on = !largeText;
    setLargeText(on);
    // Signed in, the setting follows the villager to another phone.
    void saveLargeText(on);
  };

  return (
    <Screen>
      {session.signedIn ? (
        <ProfileSummary user={session.user} onEdit={() => openMePage('profile')} />
      ) : (
        <View className='section' data-state='signed-out'>
          <Text className='section__title'>还没有登录</Text>
          {session.expired ? (
            <View className='section__note' role='alert'>
              <Text>登录已过期，请重新登录。</Text>
            </View>
          ) : null}
          <Text className='section__text'>登录以后，能报名工作和课程，看报名进展，招工方也能联系到你。</Text>
          <ActionButton
            tone='primary'
            block
            label={canUseWechatLogin() ? '微信一键登录' : '登录'}
            busy={signingIn}
            busyLabel='正在登录…'
            action='sign-in'
            onTap={() => {
              acknowledgeExpired();
              void ensureSignedIn();
            }}
          />
        </View>
      )}

      <View className='section menu'>
        <View
          className='menu__row'
          role='link'
          data-menu='messages'
          hoverClass='pressed'
          onClick={() => {
            if (session.signedIn) openConsolePage('messages');
            else void ensureSignedIn().then((ok) => ok && openConsolePage('messages'));
          }}
        >
          <View className='menu__text'>
            <Text className='menu__title'>消息</Text>
            <Text className='menu__desc'>报名进展、面试通知、课程变化</Text>
          </View>
          {unread > 0 ? <Text className='menu__badge' data-unread={unread}>{unread > 99 ? '99+' : String(unread)}</Text> : null}
          <Text className='menu__arrow'>›</Text>
        </View>
        {MENU.map((m) => (
          <View
            key={m.page}
            className='menu__row'
            role='link'
            data-menu={m.page}
            hoverClass='pressed'
            onClick={() => {
              if (session.signedIn) openMePage(m.page);
              else void ensureSignedIn().then((ok) => ok && openMePage(m.page));
            }}
          >
            <View className='menu__text'>
              <Text className='menu__title'>{m.title}</Text>
              <Text className='menu__desc'>{m.desc}</Text>
            </View>
            <Text className='menu__arrow'>›</Text>
          </View>
        ))}
      </View>

      {session.signedIn ? <CertificateList certificates={certificates} /> : null}

      {session.signedIn && consoles.length ? (
        <View className='section menu' data-section='consoles'>
          {consoles.map((c) => (
            <View key={c.page} className='menu__row' role='link' data-menu={c.page} hoverClass='pressed' onClick={() => openConsolePage(c.page)}>
              <View className='menu__text'>
                <Text className='menu__title'>{c.title}</Text>
                <Text className='menu__desc'>{c.desc}</Text>
              </View>
              <Text className='menu__arrow'>›</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className='section'>
        <View
          className='setting'
          role='switch'
          aria-checked={largeText}
          aria-label='大字模式'
          data-setting='large-text'
          hoverClass='pressed'
          onClick={toggleLargeText}
        >
          <View className='setting__text'>
            <Text className='setting__title'>大字模式</Text>
            <Text className='setting__desc'>{`字放大${Math.round((LARGE_TEXT_FACTOR - 1) * 100)}%，看得更清楚`}</Text>
          </View>
          <View className={`toggle ${largeText ? 'toggle--on' : ''}`}>
            <Text className='toggle__text'>{largeText ? '开' : '关'}</Text>
            <View className='toggle__knob' />
          </View>
        </View>
        <Text className='section__note'>微信里把字调大（我 → 设置 → 通用 → 字体大小），这里的字也会跟着变大。</Text>
      </View>

      <View className='section section--warn'>
        <Text className='section__title'>防骗提醒</Text>
        <Text className='section__text'>正规招工和政府免费培训都不收钱。凡是让你先交押金、培训费、体检费的，都不要相信，可以向县人社局反映。</Text>
      </View>

      {session.signedIn ? (
        <View className='section'>
          <ActionButton
            block
            label='退出登录'
            busy={leaving}
            busyLabel='正在退出…'
            action='sign-out'
            onTap={() => {
              setLeaving(true);
              void signOut().finally(() => setLeaving(false));
            }}
          />
        </View>
      ) : null}

      <SignInSheet {...sheet} />
    </Screen>
  );
}
