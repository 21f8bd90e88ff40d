import { Text, View } from '@tarojs/components';

/** The user belongs to no organisation of this kind. */
export function NoOrganization({ text }: { text: string }) {
  return (
    <View className='state' data-state='no-organization'>
      <Text className='state__title'>还没有机构</Text>
      <Text className='state__text'>{text}</Text>
    </View>
  );
}
