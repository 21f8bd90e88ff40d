import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { messageFor, mutate } from '../../api/client';
import { placeServerErrors, type Problems } from './form-rules';
import { UserErrorsError, type UserErrorLike } from '../../api/user-errors';
import { revealField } from '../../shared/field-focus';

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

/** A form's fields in the order they are on screen, with the name a person calls each. */
export type FieldNames = readonly (readonly [path: string, name: string])[];

/** The first wrong field on screen (or the first wrong one at all, when `names` does not list it). */
export function firstProblem(problems: Problems, names: FieldNames): string | null {
  return names.find(([path]) => problems[path])?.[0] ?? Object.keys(problems)[0] ?? null;
}

/** 最低工资没填好：最低工资不能高于最高工资（还有 2 项，请看红字）. */
export function problemsBanner(problems: Problems, names: FieldNames): string {
  const first = firstProblem(problems, names);
  if (!first) return FIX_FIELDS;
  const name = names.find(([path]) => path === first)?.[1];
  const more = Object.keys(problems).length - 1;
  const head = name ? `${name}没填好：${problems[first]}` : problems[first];
  return more > 0 ? `${head}（还有 ${more} 项，请看红字）` : head;
}

/**
 * Sends a console form the same way everywhere: the app's own checks first (nothing is sent
 * while a field is wrong), then the server, whose refusals land on the same fields. A wrong
 * field is never left out of sight: the banner by the button names the first one, and the page
 * scrolls to it and focuses its box. Resolves to what `send` returned, or null when nothing
 * was saved.
 */
export async function submitForm<T>(
  found: Problems,
  shownFields: readonly string[],
  send: () => Promise<T>,
  show: { setProblems(p: Problems): void; setError(e: string | null): void; setSaving(on: boolean): void },
  names: FieldNames = [],
): Promise<T | null> {
  const point = (problems: Problems) => {
    const first = firstProblem(problems, names);
    // After the problems are drawn, so the red text under the box is on screen with it.
    if (first) setTimeout(() => revealField(first), 0);
  };
  show.setProblems(found);
  if (Object.keys(found).length) {
    show.setError(problemsBanner(found, names));
    point(found);
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
      show.setError(placed.general.join('；') || problemsBanner(placed.fields, names));
      point(placed.fields);
    } else show.setError(messageFor(e));
    return null;
  } finally {
    show.setSaving(false);
  }
}
