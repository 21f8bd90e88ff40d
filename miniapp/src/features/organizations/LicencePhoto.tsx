import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import './licence.scss';
import { downloadPrivateImage } from './uploads';

/**
 * An organisation's licence photo, for its members and the bureau: fetched with the session's
 * token (see `downloadPrivateImage`), then shown; tapping it opens it full screen to read.
 */
export function LicencePhoto({ path, label }: { path: string | null | undefined; label: string }) {
  const [file, setFile] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setFile(null);
    setProblem(null);
    if (!path) return;
    let live = true;
    downloadPrivateImage(path)
      .then((f) => live && setFile(f))
      .catch((e: Error) => live && setProblem(e.message));
    return () => {
      live = false;
    };
  }, [path]);
  if (!path) return <View className='licence licence--missing' data-licence='missing'><Text className='licence__text'>{`没有上传${label}照片`}</Text></View>;
  if (problem) return <View className='licence licence--missing' data-licence='failed'><Text className='licence__text'>{problem}</Text></View>;
  if (!file) return <View className='licence' data-licence='loading'><Text className='licence__text'>照片加载中…</Text></View>;
  return (
    <View className='licence' data-licence='shown'>
      <Image className='licence__image' src={file} mode='aspectFit' aria-label={`${label}照片`} onClick={() => void Taro.previewImage({ urls: [file], current: file }).catch(() => undefined)} />
    </View>
  );
}

/** What the photo is of, by kind of organisation. */
export function licenceName(kind: string): string {
  if (kind === 'TRAINING_INSTITUTION') return '办学许可证';
  if (kind === 'LABOUR_AGENCY') return '人力资源服务许可证';
  return '营业执照';
}
