import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { JobForm } from '../../features/recruiter/JobForm';
import { useJobForm, type SaveKind } from '../../features/recruiter/useJobForm';
import type { JobStatus } from '../../gql/graphql';
import { Screen } from '../../shared/components/Screen';
import { ActionButton, FormError, Sheet, SheetActions } from '../../shared/components/Sheet';
import { Skeleton } from '../../shared/components/ListStates';

const DONE: Record<string, string> = {
  OPEN: '已经发布，村民现在就能看到、报名。',
  UNDER_REVIEW: '内容提到了收费字样，要等县人社局审核通过才公开。审核结果会发到“消息”里。',
  DRAFT: '已存为草稿，村民还看不到。在招工管理里点“发布”就公开。',
};

export default function JobFormPage() {
  const params = useRouter().params;
  const form = useJobForm(params.org ?? null, params.id);
  const [saved, setSaved] = useState<JobStatus | null>(null);
  const editing = !!params.id;

  if (form.loading) {
    return (
      <Screen>
        <Skeleton rows={3} />
      </Screen>
    );
  }

  const save = async (kind: SaveKind) => {
    const status = await form.save(kind);
    if (status) setSaved(status);
  };
  const isDraft = !editing || form.status === 'DRAFT';

  return (
    <Screen className='console-page'>
      <JobForm key={form.version} draft={form.draft} problems={form.problems} onChange={form.change} />
      <View className='section'>
        <FormError message={form.error} />
        <View className='actions'>
          {isDraft ? (
            <ActionButton tone='primary' label='发布' busy={form.saving === 'publish'} busyLabel='正在发布…' action='publish' onTap={() => void save('publish')} />
          ) : (
            <ActionButton tone='primary' label='保存修改' busy={form.saving === 'update'} busyLabel='正在保存…' action='save' onTap={() => void save('update')} />
          )}
          {isDraft ? <ActionButton label='存草稿' busy={form.saving === 'draft'} busyLabel='正在保存…' action='save-draft' onTap={() => void save(editing ? 'update' : 'draft')} /> : null}
        </View>
      </View>
      <Sheet open={saved !== null} title={saved === 'OPEN' ? '发布成功' : saved === 'UNDER_REVIEW' ? '等待审核' : '已保存'} name='job-saved'>
        <Text className='sheet__text' data-state={`saved-${saved ?? ''}`}>{DONE[saved ?? ''] ?? '已经保存。'}</Text>
        <SheetActions>
          <ActionButton tone='primary' label='回到招工管理' action='back' onTap={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/recruiter/index/index' }))} />
        </SheetActions>
      </Sheet>
    </Screen>
  );
}
