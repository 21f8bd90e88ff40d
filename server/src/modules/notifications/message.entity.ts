import { EntitySchema } from '@mikro-orm/core';

/** An in-app message (消息). */
export interface Message {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * A WeChat subscribe message waiting to be sent. Rows are written in the same transaction as
 * the change they announce, so nothing is lost on a crash; a sender claims a row with a lease
 * before calling WeChat and marks it sent after, so it is not sent twice.
 */
export interface OutboxMessage {
  id: string;
  userId: string;
  template: string;
  /** JSON of the template's data fields. */
  payload: string;
  page: string | null;
  /** One message per event and recipient, even if the event is recorded twice. */
  dedupeKey: string;
  status: 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
  attempts: number;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
  sentAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

/** One-time subscriptions a user granted in WeChat's dialog: each allows one message. */
export interface Subscription {
  userId: string;
  template: string;
  credits: number;
}

export const MessageSchema = new EntitySchema<Message>({
  name: 'Message',
  tableName: 'messages',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    userId: { type: 'string', length: 16, fieldName: 'user_id' },
    kind: { type: 'string', length: 32 },
    title: { type: 'string', length: 40 },
    body: { type: 'text' },
    link: { type: 'string', length: 200, nullable: true },
    createdAt: { type: 'datetime' },
    readAt: { type: 'datetime', nullable: true },
  },
  indexes: [{ name: 'messages_user_idx', properties: ['userId', 'createdAt'] }],
});

export const OutboxMessageSchema = new EntitySchema<OutboxMessage>({
  name: 'OutboxMessage',
  tableName: 'outbox',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    userId: { type: 'string', length: 16, fieldName: 'user_id' },
    template: { type: 'string', length: 64 },
    payload: { type: 'text' },
    page: { type: 'string', length: 200, nullable: true },
    dedupeKey: { type: 'string', length: 100, unique: 'outbox_dedupe_unique' },
    status: { type: 'string', length: 8 },
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: { type: 'datetime' },
    lockedUntil: { type: 'datetime', nullable: true },
    sentAt: { type: 'datetime', nullable: true },
    lastError: { type: 'string', length: 200, nullable: true },
    createdAt: { type: 'datetime' },
  },
  indexes: [{ name: 'outbox_due_idx', properties: ['status', 'nextAttemptAt'] }],
});

export const SubscriptionSchema = new EntitySchema<Subscription>({
  name: 'Subscription',
  tableName: 'subscriptions',
  properties: {
    userId: { type: 'string', length: 16, primary: true, fieldName: 'user_id' },
    template: { type: 'string', length: 64, primary: true },
    credits: { type: 'integer' },
  },
});
