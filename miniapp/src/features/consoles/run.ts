import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { mutate } from '../../api/client';
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
