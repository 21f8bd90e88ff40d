import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MyDataGate } from '../../features/account/MyDataGate';
import { useMessages } from '../../features/messages/useMessages';
import { EmptyState } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { formatDay } from '../../shared/format';

/** Only links to pages the app has are followed; anything else stays plain text. */
function openLink(link: string | null | undefined) {
  if (!link || !/^\/(job|course|opening|me)\//.test(link)) return;
  void Taro.navigateTo({ url: link }).catch(() => undefined);
}

export default function MessagesPage() {
  const my = useMessages();
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });
  if (my.status !== 'ready' || !my.data) return <Screen><MyDataGate my={my} what='消息' /></Screen>;
  return (
    <Screen>
      {my.data.length === 0 ? <EmptyState title='还没有消息' tips={['招工方看了你的报名、邀请面试，课程有变化，都会在这里告诉你。']} /> : null}
      {my.data.map((m) => (
        <View
          key={m.id}
          className={`card message ${m.readAt ? '' : 'message--unread'}`}
          data-message-id={m.id}
          data-kind={m.kind}
          role={m.link ? 'link' : undefined}
          hoverClass={m.link ? 'pressed' : 'none'}
          onClick={() => openLink(m.link)}
        >
          <View className='card__top'>
            <Text className='message__title'>{m.readAt ? m.title : `● ${m.title}`}</Text>
            <Text className='card__ago'>{formatDay(m.createdAt)}</Text>
          </View>
          <Text className='section__text'>{m.body}</Text>
        </View>
      ))}
    </Screen>
  );
}
