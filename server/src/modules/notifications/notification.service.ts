import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import { requireViewer } from '../accounts/account.service';
import type { Viewer } from '../accounts/viewer';
import { badInput } from '../../errors';
import { newId } from '../common/ids';
import { inAppVoice } from './notice-wording';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** The WeChat subscribe message for it, sent only if the user agreed to the template. */
  wechat?: { template: string; data: Record<string, string>; dedupeKey: string };
}

export interface MessageRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const TEMPLATE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * In-app messages and WeChat subscribe messages. Both are written in the transaction of the
 * change they announce, so a message exists exactly when the change does.
 */
export class NotificationService {
  constructor(
    private readonly db: Database,
    /** Template id per kind of notice, from configuration; kinds without one get no WeChat message. */
    private readonly templates: Record<string, string>,
  ) {}

  async notify(q: Knex, userId: string, notice: Notice): Promise<void> {
    const now = this.db.dateParam(new Date());
    await q('messages').insert({ id: newId(), user_id: userId, kind: notice.kind, title: inAppVoice(notice.title), body: inAppVoice(notice.body), link: notice.link ?? null, created_at: now, read_at: null });
    const template = notice.wechat ? this.templates[notice.kind] : undefined;
    if (!notice.wechat || !template) return;
    // A one-time subscription allows exactly one message: spend a credit or send nothing.
    const spent = await q('subscriptions').where({ user_id: userId, template }).where('credits', '>', 0).decrement('credits', 1);
    if (Number(spent) !== 1) return;
    await q('outbox')
      .insert({
        id: newId(), user_id: userId, template, payload: JSON.stringify(notice.wechat.data), page: notice.link ?? null,
        dedupe_key: notice.wechat.dedupeKey.slice(0, 100), status: 'PENDING', attempts: 0, next_attempt_at: now,
        locked_until: null, sent_at: null, last_error: null, created_at: now,
      })
      .onConflict('dedupe_key')
      .ignore();
  }

  async myMessages(viewer: Viewer | null): Promise<MessageRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.db.knex('messages').where('user_id', v.userId).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(100);
    return rows.map((r: any) => ({
      id: r.id, kind: r.kind, title: inAppVoice(r.title), body: inAppVoice(r.body), link: r.link,
      createdAt: this.db.readDate(r.created_at), readAt: r.read_at == null ? null : this.db.readDate(r.read_at),
    }));
  }

  async unreadCount(viewer: Viewer | null): Promise<number> {
    if (!viewer) return 0;
    const [{ n }] = await this.db.knex('messages').where('user_id', viewer.userId).whereNull('read_at').count({ n: '*' });
    return Number(n);
  }

  async markRead(viewer: Viewer | null, ids: readonly string[] | null | undefined): Promise<number> {
    const v = requireViewer(viewer);
    if (ids && ids.length > 100) throw badInput('一次最多标记 100 条消息', 'ids');
    const q = this.db.knex('messages').where('user_id', v.userId).whereNull('read_at');
    if (ids) q.whereIn('id', ids as string[]);
    return Number(await q.update({ read_at: this.db.dateParam(new Date()) }));
  }

  async acceptSubscriptions(viewer: Viewer | null, templates: readonly string[]): Promise<boolean> {
    const v = requireViewer(viewer);
    if (templates.length > 10 || templates.some((t) => !TEMPLATE.test(t))) throw badInput('templates 必须是最多 10 个模板 id', 'templates');
    for (const template of new Set(templates)) {
      // WeChat allows one message per acceptance; repeated acceptances add up.
      const bumped = await this.db.knex('subscriptions').where({ user_id: v.userId, template }).increment('credits', 1);
      if (Number(bumped) === 0) {
        await this.db.knex('subscriptions').insert({ user_id: v.userId, template, credits: 1 }).onConflict(['user_id', 'template']).merge({ credits: this.db.knex.raw('subscriptions.credits + 1') });
      }
    }
    return true;
  }
}
