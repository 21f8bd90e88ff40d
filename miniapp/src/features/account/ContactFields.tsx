import { Button, Input, Text, View } from '@tarojs/components';
import { FieldProblem } from '../../shared/components/Sheet';
import { useState } from 'react';
import { messageFor, mutate } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import { BindWechatPhoneMutation } from './operations';
import { NAME_MAX, type Contact } from './contact';
import { setSessionUser } from './session';

interface Props {
  value: Contact;
  onChange: (next: Contact) => void;
  /** Problems by field (name, phone), shown under each box. */
  problems: Record<string, string>;
}

/**
 * Name and phone, prefilled from the profile. In WeChat a button fills the phone from the
 * number bound to WeChat (getPhoneNumber), so nobody has to type eleven digits.
 */
export function ContactFields({ value, onChange, problems }: Props) {
  const [wechatPhoneError, setWechatPhoneError] = useState<string | null>(null);

  const fromWechat = async (code: string | undefined) => {
    setWechatPhoneError(null);
    // No code: the villager declined, or WeChat could not give the number. Typing still works.
    if (!code) return;
    try {
      const data = await mutate(BindWechatPhoneMutation, { code });
      const { user, userErrors } = data.bindWechatPhone;
      if (userErrors.length) throw new UserErrorsError(userErrors);
      if (user) {
        setSessionUser(user);
        if (user.phone) onChange({ ...value, phone: user.phone });
      }
    } catch (e) {
      setWechatPhoneError(`${messageFor(e)}，也可以直接填写。`);
    }
  };

  return (
    <View className='form'>
      <View className='form__field' data-field='name'>
        <Text className='form__label'>姓名</Text>
        <Input
          className='form__input'
          type='text'
          value={value.name}
          maxlength={NAME_MAX}
          placeholder='怎么称呼你'
          placeholderClass='form__placeholder'
          aria-label='姓名'
          onInput={(e) => onChange({ ...value, name: String(e.detail.value ?? '') })}
        />
        <FieldProblem message={problems.name} />
      </View>
      <View className='form__field' data-field='phone'>
        <Text className='form__label'>手机号</Text>
        <Input
          className='form__input'
          type='number'
          value={value.phone}
          maxlength={11}
          placeholder='11位手机号'
          placeholderClass='form__placeholder'
          aria-label='手机号'
          onInput={(e) => onChange({ ...value, phone: String(e.detail.value ?? '') })}
        />
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='btn btn--small form__wechat-phone' openType='getPhoneNumber' onGetPhoneNumber={(e) => void fromWechat(e.detail.code)}>
            用微信绑定的手机号
          </Button>
        ) : null}
        <FieldProblem message={problems.phone} />
        <FieldProblem message={wechatPhoneError} />
      </View>
    </View>
  );
}
