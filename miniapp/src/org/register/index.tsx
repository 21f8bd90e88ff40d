import { Image, Text, View } from '@tarojs/components';
import { MyDataGate } from '../../features/account/MyDataGate';
import { ChoiceField, FormSection, TextField, AreaField } from '../../features/consoles/FormParts';
import { licenceName } from '../../features/organizations/LicencePhoto';
import { useRegistration } from '../../features/organizations/useRegistration';
import type { OrganizationKind } from '../../gql/graphql';
import { Badge } from '../../shared/components/Badge';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FieldProblem, FormError } from '../../shared/components/Sheet';

const KINDS: { value: OrganizationKind; label: string }[] = [
  { value: 'EMPLOYER', label: '招工单位' },
  { value: 'TRAINING_INSTITUTION', label: '培训机构' },
  { value: 'LABOUR_AGENCY', label: '劳务中介' },
  { value: 'SHOP_BRAND', label: '修脚品牌' },
];

const VERIFICATION: Record<string, { text: string; tone: 'good' | 'info' | 'warn' }> = {
  VERIFIED: { text: '认证通过', tone: 'good' },
  PENDING: { text: '等县人社局认证', tone: 'info' },
  REJECTED: { text: '认证没通过', tone: 'warn' },
};

export default function RegisterOrganizationPage() {
  const r = useRegistration();
  if (r.mine.status !== 'ready') return <Screen><MyDataGate my={r.mine} what='机构登记' /></Screen>;
  const organizations = (r.mine.data?.memberships ?? []).map((m) => m.organization);
  const d = r.draft;
  const photoName = licenceName(d.kind);
  return (
    <Screen className='console'>
      {organizations.length ? (
        <View className='section' data-section='my-organizations'>
          <Text className='section__title'>我的机构</Text>
          {organizations.map((o) => {
            const state = VERIFICATION[o.verification ?? ''] ?? VERIFICATION.PENDING;
            return (
              <View key={o.id} className='card' data-my-organization={o.id} data-verification={o.verification ?? ''}>
                <View className='card__top'>
                  <Text className='card__title'>{o.name}</Text>
                  <Badge tone={state.tone}>{state.text}</Badge>
                </View>
                {o.verification === 'REJECTED' && o.rejectionReason ? <Text className='form__problem' data-rejection>{`县人社局说：${o.rejectionReason}。改好后请联系县人社局再审。`}</Text> : null}
              </View>
            );
          })}
        </View>
      ) : null}

      {r.registered ? <Text className='section__note' data-state='registered'>{`「${r.registered}」已经登记，等县人社局认证。认证结果会发到消息里。`}</Text> : null}

      <FormSection title='登记一个机构'>
        <Text className='section__note'>照着执照填写。县人社局核对执照照片后认证，认证过的机构发的信息会标“已认证”。</Text>
        <ChoiceField field='kind' label='机构类型' value={d.kind} options={KINDS} onChange={(kind) => r.change({ kind })} problem={r.problems.kind} />
        <TextField field='name' label='机构名称（和执照上一样）' value={d.name} onChange={(name) => r.change({ name })} problem={r.problems.name} maxlength={50} placeholder='比如：紫阳县某某修脚服务有限公司' />
        <TextField field='creditCode' label='统一社会信用代码' value={d.creditCode} onChange={(creditCode) => r.change({ creditCode })} problem={r.problems.creditCode} maxlength={24} placeholder='执照上的 18 位代码' hint='小写字母也可以，会自动改成大写' />
        <TextField field='legalRepresentative' label='法定代表人' value={d.legalRepresentative} onChange={(legalRepresentative) => r.change({ legalRepresentative })} problem={r.problems.legalRepresentative} maxlength={20} />
        <TextField field='province' label='省份' value={d.province} onChange={(province) => r.change({ province })} problem={r.problems.province} maxlength={20} />
        <TextField field='city' label='城市' value={d.city} onChange={(city) => r.change({ city })} problem={r.problems.city} maxlength={20} />
        <TextField field='county' label='区县' value={d.county} onChange={(county) => r.change({ county })} problem={r.problems.county} maxlength={20} />
        <TextField field='town' label='乡镇（可不填）' value={d.town} onChange={(town) => r.change({ town })} problem={r.problems.town} maxlength={20} />
        <TextField field='address' label='详细地址' value={d.address} onChange={(address) => r.change({ address })} problem={r.problems.address} maxlength={60} placeholder='街道、门牌号' />
        <TextField field='contactPhone' label='联系电话' value={d.contactPhone} onChange={(contactPhone) => r.change({ contactPhone })} problem={r.problems.contactPhone} maxlength={20} hint='县人社局认证时打这个电话，别人看不到' />
        {d.kind === 'LABOUR_AGENCY' ? (
          <TextField field='licenceNumber' label='人力资源服务许可证编号' value={d.licenceNumber} onChange={(licenceNumber) => r.change({ licenceNumber })} problem={r.problems.licenceNumber} maxlength={40} placeholder='（陕）人服证字〔2021〕第0924000123号' />
        ) : null}
        <View className={`form__field ${r.problems.licenceImageId ? 'form__field--bad' : ''}`} data-field='licenceImageId'>
          <Text className='form__label'>{`${photoName}照片`}</Text>
          {r.photo.preview ? <Image className='licence__image' src={r.photo.preview} mode='aspectFit' aria-label={`${photoName}照片`} /> : null}
          <Text className='form__hint' data-photo-state={r.photo.sending ? 'sending' : r.photo.id ? 'sent' : 'none'}>
            {r.photo.sending ? '正在上传…' : r.photo.id ? '照片已上传，只有你的机构和县人社局能看' : '拍清楚四个角和红章，只有你的机构和县人社局能看'}
          </Text>
          <ActionButton label={r.photo.id ? '重新拍一张' : `拍${photoName}`} action='choose-licence' busy={r.photo.sending} busyLabel='正在上传…' onTap={() => void r.choosePhoto()} />
          <FieldProblem message={r.problems.licenceImageId} />
        </View>
        <AreaField field='description' label='简介（可不填）' value={d.description} onChange={(description) => r.change({ description })} problem={r.problems.description} maxlength={500} placeholder='做什么的，在哪里招人' />
      </FormSection>

      <View className='section'>
        <FormError message={r.error} />
        <ActionButton tone='primary' block label='提交认证' action='register' busy={r.saving} busyLabel='正在提交…' onTap={() => void r.submit()} />
      </View>
    </Screen>
  );
}
