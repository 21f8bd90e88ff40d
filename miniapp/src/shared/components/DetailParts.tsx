import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { Detail } from '../useDetail';
import { EmptyState, ErrorState, Skeleton, SlowNotice } from './ListStates';

export function Section({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <View className='section'>
      <Text className='section__title'>{title}</Text>
      {children}
    </View>
  );
}

/** One labelled fact. Rows with nothing to say are left out rather than showing a blank. */
export function Field({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <View className='field' data-field={label}>
      <Text className='field__label'>{label}</Text>
      <Text className='field__value'>{value}</Text>
    </View>
  );
}

export function Lines({ lines }: { lines: string[] }) {
  return (
    <View className='lines'>
      {lines.map((l, i) => (
        <Text key={`${i}-${l}`} className='lines__item'>
          {`· ${l}`}
        </Text>
      ))}
    </View>
  );
}

export function yesNo(flag: boolean | null | undefined, yes: string, no: string): string {
  return flag ? yes : no;
}

/** Loading, slow, failed and not-found states shared by the detail pages. */
export function DetailStates<T>({ detail, missingText }: { detail: Detail<T>; missingText: string }) {
  if (detail.status === 'loading') {
    return (
      <View>
        {detail.slow ? <SlowNotice onRetry={detail.reload} /> : null}
        <Skeleton rows={2} />
      </View>
    );
  }
  if (detail.status === 'error') return <ErrorState message={detail.error ?? '出了点问题，请稍后再试。'} onRetry={detail.reload} />;
  if (detail.status === 'missing') {
    return (
      <EmptyState
        title={missingText}
        tips={['可能已经招满或被删除了，看看别的吧。']}
        actionLabel='返回'
        onAction={() => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/jobs/index' }))}
      />
    );
  }
  return null;
}
