import { Text, View } from '@tarojs/components';
import { formatPlaceFull } from '../../shared/format';
import { LicencePhoto, licenceName } from '../organizations/LicencePhoto';
import '../organizations/licence.scss';

export interface VerifiableOrganization {
  kind: string;
  creditCode?: string | null;
  legalRepresentative?: string | null;
  contactPhone?: string | null;
  licenceNumber?: string | null;
  licenceImageUrl?: string | null;
  place?: { province: string; city: string; county?: string | null; town?: string | null; address?: string | null } | null;
}

function Row({ label, value, name }: { label: string; value: string | null | undefined; name: string }) {
  return (
    <View className='verify__row' data-detail={name}>
      <Text className='verify__label'>{label}</Text>
      <Text className={`verify__value ${value ? '' : 'verify__value--missing'}`}>{value || '没有填'}</Text>
    </View>
  );
}

/**
 * What the bureau verifies an organisation from, next to the photo it is checked against:
 * the credit code, legal representative, address and phone on the left, the licence on the
 * right. A missing piece reads 没有填 in red, so it is asked for before 认证通过.
 */
export function VerificationDetails({ organization: o }: { organization: VerifiableOrganization }) {
  const place = o.place ? formatPlaceFull(o.place) || null : null;
  const photo = licenceName(o.kind);
  return (
    <View className='verify' data-verification-details>
      <View className='verify__details'>
        <Row name='creditCode' label='统一社会信用代码' value={o.creditCode} />
        <Row name='legalRepresentative' label='法定代表人' value={o.legalRepresentative} />
        <Row name='address' label='地址' value={place} />
        <Row name='contactPhone' label='联系电话' value={o.contactPhone} />
        {o.kind === 'LABOUR_AGENCY' ? <Row name='licenceNumber' label='许可证编号' value={o.licenceNumber} /> : null}
      </View>
      <View className='verify__photo'>
        <Text className='verify__label'>{photo}</Text>
        <LicencePhoto path={o.licenceImageUrl} label={photo} />
      </View>
    </View>
  );
}
