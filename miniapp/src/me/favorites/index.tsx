import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { MyDataGate } from '../../features/account/MyDataGate';
import { CourseCard } from '../../features/courses/CourseCard';
import { favoriteTargetId, useMyFavorites, type MyFavorite } from '../../features/favorites/useMyFavorites';
import { JobCard } from '../../features/jobs/JobCard';
import { OpeningCard } from '../../features/openings/OpeningCard';
import { EmptyState, SlowNotice } from '../../shared/components/ListStates';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError } from '../../shared/components/Sheet';
import { openDetail } from '../../shared/navigation';

export default function MyFavoritesPage() {
  const my = useMyFavorites();
  const [error, setError] = useState<string | null>(null);
  usePullDownRefresh(() => {
    my.reload();
    Taro.stopPullDownRefresh();
  });

  if (my.status !== 'ready' || !my.data) {
    return (
      <Screen>
        <MyDataGate my={my} what='收藏' />
      </Screen>
    );
  }

  const remove = (f: MyFavorite) => {
    const id = favoriteTargetId(f);
    if (!id) return;
    setError(null);
    my.remove(f.kind, id).catch((e: unknown) => setError(messageFor(e)));
  };

  return (
    <Screen>
      {my.slow ? <SlowNotice onRetry={my.reload} /> : null}
      <FormError message={error ?? my.error} />
      {my.data.length === 0 ? (
        <EmptyState title='还没有收藏' tips={['看到合适的工作、课程或新店，点“收藏”，以后在这里就能找到。']} actionLabel='去找工作' onAction={() => void Taro.switchTab({ url: '/pages/jobs/index' })} />
      ) : null}
      {my.data.map((f) => {
        const id = favoriteTargetId(f);
        if (!id) return null;
        return (
          <View key={`${f.kind}-${id}`} className='favorite' data-favorite={`${f.kind}:${id}`}>
            {f.job ? <JobCard job={f.job} onOpen={(jobId) => openDetail('job', jobId)} /> : null}
            {f.course ? <CourseCard course={f.course} onOpen={(courseId) => openDetail('course', courseId)} /> : null}
            {f.franchiseOpening ? <OpeningCard opening={f.franchiseOpening} onOpen={(openingId) => openDetail('opening', openingId)} /> : null}
            <View className='favorite__actions'>
              <Text className='favorite__kind'>{f.kind === 'JOB' ? '工作' : f.kind === 'COURSE' ? '课程' : '新店'}</Text>
              <ActionButton label='取消收藏' action='unfavorite' onTap={() => remove(f)} />
            </View>
          </View>
        );
      })}
    </Screen>
  );
}
