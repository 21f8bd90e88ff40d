/** An expected failure of a mutation, returned in its payload's `userErrors`. */
export interface UserError {
  field: string | null;
  message: string;
  code: string;
}

export function userError(code: string, message: string, field: string | null = null): UserError {
  return { code, message, field };
}

/** A payload that carries only errors. */
export function failed<K extends string>(key: K, ...errors: UserError[]): { [P in K]: null } & { userErrors: UserError[] } {
  return { [key]: null, userErrors: errors } as { [P in K]: null } & { userErrors: UserError[] };
}
