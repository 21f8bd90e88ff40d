import { Text, View } from '@tarojs/components';
import type { MeFieldsFragment } from '../../gql/graphql';
import { Field } from '../../shared/components/DetailParts';
import { ActionButton } from '../../shared/components/Sheet';

/** 139 1234 5678: easier to read back than eleven digits in a row. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone;
}

/** The top of 我的 when signed in: who she is, and what employers will see. */
export function ProfileSummary({ user, onEdit }: { user: MeFieldsFragment | null; onEdit: () => void }) {
  const home = [user?.homeTown, user?.homeVillage].filter(Boolean).join('');
  return (
    <View className='section profile' data-state='signed-in'>
      <Text className='profile__name' data-field='profile-name'>{user?.name || '还没填姓名'}</Text>
      <Field label='手机号' value={formatPhone(user?.phone) || '还没填，报名前要填'} />
      <Field label='家在' value={home} />
      <Field label='会的手艺' value={user?.skills.join('、')} />
      <Field label='想去哪里' value={user?.preferredDestinations.join('、')} />
      {!user?.phone || !user?.name ? <Text className='section__note'>填好姓名和手机号，报名时就不用再填了。</Text> : null}
      <View className='actions'>
        <ActionButton label='修改资料' action='edit-profile' onTap={onEdit} />
      </View>
    </View>
  );
}
