import { Input, Text, View } from '@tarojs/components';
import { formatPhone } from '../../features/account/ProfileSummary';
import { useCadres, type CadreForm } from '../../features/on-behalf/useCadres';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FieldProblem, FormError } from '../../shared/components/Sheet';
import { formatDay } from '../../shared/format';

const FIELDS: { name: keyof CadreForm; label: string; placeholder: string; max: number }[] = [
  { name: 'phone', label: '手机号', placeholder: '他登录时用的手机号', max: 13 },
  { name: 'town', label: '镇', placeholder: '比如：高桥镇', max: 20 },
  { name: 'village', label: '村', placeholder: '比如：铁佛村', max: 20 },
];

/**
 * The bureau verifies village cadres (村干部): a cadre may apply for the villagers of her
 * village and sees the list of those she helped. Granting names the person by the mobile
 * number she signed in with; each grant and revoke is kept in the audit log.
 */
export default function CadresPage() {
  const c = useCadres();
  return (
    <Screen>
      <View className='section'>
        <Text className='section__title'>认证村干部</Text>
        <Text className='section__text'>先请村干部用微信登录一次，再填他的手机号和所在的镇、村。认证以后，他能替本村村民报名，看到帮过的人的进展。</Text>
        {FIELDS.map((f) => (
          <View key={f.name} className='form__field' data-field={f.name}>
            <Text className='form__label'>{f.label}</Text>
            <Input
              className='form__input'
              type={f.name === 'phone' ? 'number' : 'text'}
              value={c.form[f.name]}
              maxlength={f.max}
              placeholder={f.placeholder}
              placeholderClass='form__placeholder'
              aria-label={f.label}
              onInput={(e) => c.setForm({ ...c.form, [f.name]: String(e.detail.value ?? '') })}
            />
            <FieldProblem message={c.problems[f.name]} />
          </View>
        ))}
        <ActionButton tone='primary' block label='认证为村干部' busy={c.busy} busyLabel='正在认证…' action='grant-cadre' onTap={() => void c.grant()} />
        <FormError message={c.error} />
        {c.done ? <Text className='section__note' data-state='done'>{c.done}</Text> : null}
      </View>
      <View className='section'>
        <Text className='section__title'>{c.cadres ? `已认证的村干部（${c.cadres.length}位）` : '已认证的村干部'}</Text>
        {c.cadres && c.cadres.length === 0 ? <Text className='section__text' data-state='empty'>还没有认证过村干部。</Text> : null}
      </View>
      {(c.cadres ?? []).map((cadre) => (
        <View key={cadre.user.id} className='card mine' data-cadre={cadre.user.name ?? ''}>
          <View className='card__top'>
            <Text className='card__title'>{cadre.user.name || '没留姓名'}</Text>
            <Text className='card__ago'>{`${formatDay(cadre.grantedAt)}认证`}</Text>
          </View>
          <Text className='card__org'>{[`${cadre.town}${cadre.village}`, formatPhone(cadre.user.phone)].filter(Boolean).join(' · ')}</Text>
          <View className='actions'>
            <ActionButton label='撤销认证' action='revoke-cadre' onTap={() => void c.revoke(cadre)} />
          </View>
        </View>
      ))}
    </Screen>
  );
}
