import { randomBytes } from 'node:crypto';
import { badInput } from '../../errors';

/** Opaque, unguessable ids: 12 url-safe characters from 9 random bytes. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

const ID_SHAPE = /^[A-Za-z0-9_-]{1,16}$/;

/** A malformed id is a client error; a well-formed unknown id is simply "not found". */
export function checkId(id: string, argument = 'id'): string {
  if (!ID_SHAPE.test(id)) throw badInput('id 格式不对', argument);
  return id;
}
