import { mutate } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import type { MeFieldsFragment, ProfileInput } from '../../gql/graphql';
import { UpdateProfileMutation } from './operations';
import { setSessionUser } from './session';

// The server's rules (schema/accounts.graphql, ProfileInput), checked here first so the
// villager hears about a mistake before anything is sent.

/** Mainland mobile: 11 digits starting with 1. */
export const PHONE_PATTERN = /^1\d{10}$/;
export const NAME_MAX = 20;
export const NOTE_MAX = 200;

/** Spaces and dashes people type between digit groups are not part of the number. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

export function phoneProblem(raw: string): string | null {
  const phone = normalizePhone(raw);
  if (!phone) return '请填写手机号，对方要打电话联系你';
  if (!PHONE_PATTERN.test(phone)) return '手机号要是1开头的11位数字';
  return null;
}

export function nameProblem(raw: string): string | null {
  const name = raw.trim();
  if (!name) return '请填写姓名';
  if (Array.from(name).length > NAME_MAX) return `姓名最多${NAME_MAX}个字`;
  return null;
}

export function noteProblem(raw: string): string | null {
  return Array.from(raw.trim()).length > NOTE_MAX ? `留言最多${NOTE_MAX}个字` : null;
}

/** Count characters the way the server does (a Chinese character is one). */
export function length(text: string): number {
  return Array.from(text).length;
}

export interface Contact {
  name: string;
  phone: string;
}

/** Field problems of a contact, by field name; empty when it can be sent. */
export function contactProblems(contact: Contact): Record<string, string> {
  const out: Record<string, string> = {};
  const name = nameProblem(contact.name);
  const phone = phoneProblem(contact.phone);
  if (name) out.name = name;
  if (phone) out.phone = phone;
  return out;
}

/** Saves a profile change; the answer's userErrors are thrown for the form to show. */
export async function updateProfile(input: ProfileInput): Promise<MeFieldsFragment> {
  const data = await mutate(UpdateProfileMutation, { input });
  const { user, userErrors } = data.updateProfile;
  if (userErrors.length) throw new UserErrorsError(userErrors);
  if (!user) throw new UserErrorsError([{ code: 'UNKNOWN', message: '' }]);
  setSessionUser(user);
  return user;
}

/** Saves name and phone when they differ from the profile (the employer sees these). */
export async function saveContactIfChanged(contact: Contact, profile: MeFieldsFragment | null): Promise<void> {
  const name = contact.name.trim();
  const phone = normalizePhone(contact.phone);
  const input: ProfileInput = {};
  if (name !== (profile?.name ?? '')) input.name = name;
  if (phone !== (profile?.phone ?? '')) input.phone = phone;
  if (Object.keys(input).length) await updateProfile(input);
}
