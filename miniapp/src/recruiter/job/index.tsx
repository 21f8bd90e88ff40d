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

/** What saving said, by what the job was before and is now: an edit is 已保存, never 发布成功. */
function savedWords(before: JobStatus | null, after: JobStatus, editing: boolean): { title: string; text: string } {
  if (before === 'TAKEN_DOWN') return { title: '已申请恢复', text: '改好了，已经交给县人社局审核，通过后重新公开。审核结果会发到“消息”里。' };
  if (!editing || before === 'DRAFT') {
    const title = after === 'OPEN' ? '发布成功' : after === 'UNDER_REVIEW' ? '等待审核' : '已保存';
    return { title, text: DONE[after] ?? '已经保存。' };
  }
  if (after === 'UNDER_REVIEW' && before !== 'UNDER_REVIEW') return { title: '已保存，等待审核', text: DONE.UNDER_REVIEW };
  return { title: '已保存', text: after === 'OPEN' ? '改好了，村民看到的是新的内容。' : '改好了。' };
}

export default function JobFormPage() {
  const params = useRouter().params;
  const form = useJobForm(params.org ?? null, params.id);
  const [saved, setSaved] = useState<{ before: JobStatus | null; after: JobStatus } | null>(null);
  const editing = !!params.id;

  if (form.loading) {
    return (
      <Screen>
        <Skeleton rows={3} />
      </Screen>
    );
  }

  const save = async (kind: SaveKind) => {
    const before = form.status;
    const status = await form.save(kind);
    if (status) setSaved({ before, after: status });
  };
  const isDraft = !editing || form.status === 'DRAFT';
  const takenDown = editing && form.status === 'TAKEN_DOWN';
  const words = saved ? savedWords(saved.before, saved.after, editing) : null;

  return (
    <Screen className='console-page'>
      {takenDown ? (
        <View className='section' data-state='taken-down-edit'>
          <Text className='section__note'>这条招聘被县人社局下架了。把下架原因里说的问题改掉，点“修改后申请恢复”，县人社局审核通过就重新公开。</Text>
        </View>
      ) : null}
      <JobForm key={form.version} draft={form.draft} problems={form.problems} onChange={form.change} />
      <View className='section'>
        <FormError message={form.error} />
        <View className='actions'>
          {isDraft ? (
            <ActionButton tone='primary' label='发布' busy={form.saving === 'publish'} busyLabel='正在发布…' action='publish' onTap={() => void save('publish')} />
          ) : (
            <ActionButton tone='primary' label={takenDown ? '修改后申请恢复' : '保存修改'} busy={form.saving === 'update'} busyLabel='正在保存…' action='save' onTap={() => void save('update')} />
          )}
          {isDraft ? <ActionButton label='存草稿' busy={form.saving === 'draft'} busyLabel='正在保存…' action='save-draft' onTap={() => void save(editing ? 'update' : 'draft')} /> : null}
        </View>
      </View>
      <Sheet open={saved !== null} title={words?.title ?? ''} name='job-saved'>
        <Text className='sheet__text' data-state={`saved-${saved?.after ?? ''}`}>{words?.text ?? ''}</Text>
        <SheetActions>
          <ActionButton tone='primary' label='回到招工管理' action='back' onTap={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/recruiter/index/index' }))} />
        </SheetActions>
      </Sheet>
    </Screen>
  );
}
