import { Text, View } from '@tarojs/components';
import { formatDay } from '../../shared/format';
import type { Certificate } from './useMyCertificates';

/** 我的证书 on 我的: what she can show an employer. */
export function CertificateList({ certificates }: { certificates: Certificate[] }) {
  if (!certificates.length) return null;
  return (
    <View className='section' data-section='certificates'>
      <Text className='section__title'>我的证书</Text>
      {certificates.map((c) => (
        <View key={c.id} className='certificate' data-certificate-id={c.id}>
          <Text className='certificate__name'>{c.name}</Text>
          <Text className='section__text'>{`编号 ${c.number}`}</Text>
          <Text className='section__note'>{`${c.trainer.name} · ${formatDay(c.issuedOn)}结业`}</Text>
        </View>
      ))}
      <Text className='section__note'>报名工作时可以附上证书，招工方能看到。</Text>
    </View>
  );
}

/** Ticking certificates to attach to an application. */
export function CertificatePicker({ certificates, chosen, onChange }: { certificates: Certificate[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  if (!certificates.length) return null;
  return (
    <View className='form__field' data-field='certificates'>
      <Text className='form__label'>附上证书（招工方能看到）</Text>
      <View className='choices'>
        {certificates.map((c) => {
          const on = chosen.includes(c.id);
          return (
            <View
              key={c.id}
              className={`choice ${on ? 'choice--on' : ''}`}
              role='switch'
              aria-checked={on}
              data-certificate-id={c.id}
              hoverClass='pressed'
              onClick={() => onChange(on ? chosen.filter((x) => x !== c.id) : [...chosen, c.id].slice(0, 5))}
            >
              <Text className='choice__mark'>{on ? '☑' : '☐'}</Text>
              <Text>{c.name}</Text>
            </View>
          );
        })}
      </View>
    </View>
  );
}
