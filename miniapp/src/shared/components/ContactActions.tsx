import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { formatPlaceFull } from '../format';



/** Calls the poster: WeChat's dialer sheet in the mini-program, a tel: link on the web. */
export function CallButton({ phone, label = '打电话' }: { phone: string; label?: string }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className='btn btn--call' href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-action='call'>
        {label}
      </a>
    );
  }
  return (
    <View className='btn btn--call' role='button' data-action='call' hoverClass='pressed' onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
      <Text>{label}</Text>
    </View>
  );
}

interface MapPlace {
  province: string;
  city: string;
  county?: string | null;
  town?: string | null;
  village?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** A web map address for the place: a marker when it has coordinates, else a search. */
export function webMapUrl(place: MapPlace, name: string): string {
  const full = formatPlaceFull(place);
  if (typeof place.latitude === 'number' && typeof place.longitude === 'number') {
    return `https://uri.amap.com/marker?position=${place.longitude},${place.latitude}&name=${encodeURIComponent(name || full)}&coordinate=wgs84&callnative=1`;
  }
  return `https://uri.amap.com/search?keyword=${encodeURIComponent(full)}&callnative=1`;
}

/** Shows the place on a map: WeChat's map page in the mini-program, a map link on the web. */
export function MapButton({ place, name }: { place: MapPlace; name: string }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className='btn' href={webMapUrl(place, name)} target='_blank' rel='noopener noreferrer' data-action='map'>
        看地图
      </a>
    );
  }
  if (typeof place.latitude !== 'number' || typeof place.longitude !== 'number') return null;
  const open = () =>
    void Taro.openLocation({
      latitude: place.latitude as number,
      longitude: place.longitude as number,
      name,
      address: formatPlaceFull(place),
      scale: 15,
    }).catch(() => undefined);
  return (
    <View className='btn' role='button' data-action='map' hoverClass='pressed' onClick={open}>
      <Text>看地图</Text>
    </View>
  );
}

/**
 * Share into a WeChat chat. In the mini-program this is WeChat's own share button (the page's
 * onShareAppMessage supplies title and path); on the web the page link is copied instead.
 */
export function ShareButton() {
  if (process.env.TARO_ENV === 'h5') {
    const copy = () => {
      Taro.setClipboardData({ data: window.location.href })
        .then(() => Taro.showToast({ title: '链接已复制，可以发给微信好友', icon: 'none', duration: 2500 }))
        .catch(() => Taro.showToast({ title: '请点右上角分享给好友', icon: 'none' }));
    };
    return (
      <View className='btn' role='button' data-action='share' hoverClass='pressed' onClick={copy}>
        <Text>分享给朋友</Text>
      </View>
    );
  }
  return (
    <Button className='btn btn--share' openType='share' data-action='share'>
      分享给朋友
    </Button>
  );
}
