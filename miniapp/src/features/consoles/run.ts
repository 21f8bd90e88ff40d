import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { messageFor, mutate } from '../../api/client';
import { placeServerErrors, type Problems } from './form-rules';
import { UserErrorsError, type UserErrorLike } from '../../api/user-errors';

/**
 * Runs a console mutation and returns its payload; a payload with userErrors is thrown as
 * UserErrorsError, for the form to place next to the fields they are about.
 */
export async function runPayload<TData, TVariables, K extends keyof TData>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  key: K,
): Promise<TData[K]> {
  const data = await mutate(document, variables);
  const payload = data[key] as TData[K] & { userErrors?: readonly UserErrorLike[] };
  if (payload?.userErrors?.length) throw new UserErrorsError(payload.userErrors);
  return payload;
}

/** The server's answer when someone else changed the record's status first (nothing changed). */
export const STALE_STATUS = 'STALE_STATUS';

export function isStaleStatus(e: unknown): boolean {
  return e instanceof UserErrorsError && e.codes.includes(STALE_STATUS);
}

/**
 * Runs a console mutation that changes a status, as `runPayload` does. When the server answers
 * STALE_STATUS — a colleague decided first, or the screen was loaded before a change made
 * elsewhere — `reload` is called before the error is thrown, so the console shows the record
 * as it now is (and the buttons that status allows) next to the sentence saying why nothing
 * happened. Callers reload after a success themselves, as before.
 */
export async function runStatusChange<TData, TVariables, K extends keyof TData>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  key: K,
  reload: () => void,
): Promise<TData[K]> {
  try {
    return await runPayload(document, variables, key);
  } catch (e) {
    if (isStaleStatus(e)) reload();
    throw e;
  }
}

const FIX_FIELDS = '有几项没填好，请看红字';

/**
 * Sends a console form the same way everywhere: the app's own checks first (nothing is sent
 * while a field is wrong), then the server, whose refusals land on the same fields. Resolves to
 * what `send` returned, or null when nothing was saved.
 */
export async function submitForm<T>(
  found: Problems,
  shownFields: readonly string[],
  send: () => Promise<T>,
  show: { setProblems(p: Problems): void; setError(e: string | null): void; setSaving(on: boolean): void },
): Promise<T | null> {
  show.setProblems(found);
  if (Object.keys(found).length) {
    show.setError(FIX_FIELDS);
    return null;
  }
  show.setError(null);
  show.setSaving(true);
  try {
    return await send();
  } catch (e) {
    if (e instanceof UserErrorsError) {
      const placed = placeServerErrors(e.errors, shownFields);
      show.setProblems(placed.fields);
      show.setError(placed.general.join('；') || FIX_FIELDS);
    } else show.setError(messageFor(e));
    return null;
  } finally {
    show.setSaving(false);
  }
}
