import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { ContactFields } from '../../features/account/ContactFields';
import { SignedOutState } from '../../features/account/SignedOutState';
import { TagPicker } from '../../features/account/TagPicker';
import { ITEM_MAX, LIST_MAX, PLACE_MAX, useProfileForm } from '../../features/account/useProfileForm';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError, FieldProblem } from '../../shared/components/Sheet';

const SKILLS = ['修脚', '足疗', '采茶制茶', '电工', '焊工', '厨师', '家政', '育婴养老', '开车', '建筑'];
const DESTINATIONS = ['紫阳县', '安康市', '西安市', '深圳市', '广州市', '上海市', '杭州市', '北京市'];

export default function ProfilePage() {
  const form = useProfileForm();

  if (!form.signedIn) {
    return (
      <Screen>
        <SignedOutState what='和修改自己的资料' />
      </Screen>
    );
  }

  const save = async () => {
    if (await form.save()) {
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setTimeout(() => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/me/index' })), 600);
    }
  };

  const { draft, problems } = form;
  return (
    // Taro's web Input fails when its value changes before it has drawn itself: a profile
    // that arrives from the server is drawn as a new form rather than changed in place.
    <Screen className='profile-edit' key={form.version}>
      <View className='section'>
        <Text className='section__title'>联系方式</Text>
        <Text className='section__note'>只有你报名的招工方、培训机构能看到，别人看不到。</Text>
        <ContactFields value={{ name: draft.name, phone: draft.phone }} onChange={(c) => form.change(c)} problems={problems} />
      </View>

      <View className='section'>
        <Text className='section__title'>家在哪里</Text>
        <View className='form__field' data-field='homeTown'>
          <Text className='form__label'>乡镇</Text>
          <Input className='form__input' type='text' value={draft.homeTown} maxlength={PLACE_MAX} placeholder='比如：高桥镇' placeholderClass='form__placeholder' aria-label='乡镇' onInput={(e) => form.change({ homeTown: String(e.detail.value ?? '') })} />
          <FieldProblem message={problems.homeTown} />
        </View>
        <View className='form__field' data-field='homeVillage'>
          <Text className='form__label'>村</Text>
          <Input className='form__input' type='text' value={draft.homeVillage} maxlength={PLACE_MAX} placeholder='比如：铁佛村' placeholderClass='form__placeholder' aria-label='村' onInput={(e) => form.change({ homeVillage: String(e.detail.value ?? '') })} />
          <FieldProblem message={problems.homeVillage} />
        </View>
        <View className='form__field' data-field='birthYear'>
          <Text className='form__label'>出生年份（可以不填）</Text>
          <Input className='form__input' type='number' value={draft.birthYear} maxlength={4} placeholder='比如：1968' placeholderClass='form__placeholder' aria-label='出生年份' onInput={(e) => form.change({ birthYear: String(e.detail.value ?? '') })} />
          <FieldProblem message={problems.birthYear} />
        </View>
      </View>

      <View className='section'>
        <TagPicker name='skills' title='会的手艺' suggestions={SKILLS} value={draft.skills} onChange={(skills) => form.change({ skills })} max={LIST_MAX} itemMax={ITEM_MAX} placeholder='别的手艺' problem={problems.skills} />
      </View>

      <View className='section'>
        <TagPicker
          name='preferredDestinations'
          title='想去哪里干活'
          suggestions={DESTINATIONS}
          value={draft.preferredDestinations}
          onChange={(preferredDestinations) => form.change({ preferredDestinations })}
          max={LIST_MAX}
          itemMax={ITEM_MAX}
          placeholder='别的城市'
          problem={problems.preferredDestinations}
        />
      </View>

      <View className='bottom-bar'>
        <FormError message={form.error} />
        <ActionButton tone='primary' block label='保存' busy={form.saving} busyLabel='正在保存…' action='save-profile' onTap={() => void save()} />
      </View>
    </Screen>
  );
}
