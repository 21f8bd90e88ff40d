import type { UserErrorLike } from '../../api/user-errors';
import { userErrorText } from '../../api/user-errors';

// The posting forms' field rules, the same as the server's (server common/input-rules.ts and
// the posting services), with the same sentences, so the app and the server never disagree
// about what is valid. Problems are keyed by the field's path inside the input
// (`title`, `pay.min`, `place.city`, `requirements`), which is also where the form shows them.

export const MOBILE = /^1[3-9]\d{9}$/;
export const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type Problems = Record<string, string>;

const count = (s: string) => Array.from(s).length;

export class FormChecker {
  readonly problems: Problems = {};

  private add(field: string, message: string) {
    if (!this.problems[field]) this.problems[field] = message;
  }

  text(value: string, field: string, label: string, min: number, max: number): void {
    const v = value.trim();
    const n = count(v);
    if (CONTROL.test(v)) this.add(field, `${label}含有无法识别的字符`);
    else if (n < min) this.add(field, n === 0 ? `请填写${label}` : `${label}至少 ${min} 个字`);
    else if (n > max) this.add(field, `${label}最多 ${max} 个字`);
  }

  /** A whole number typed as text; empty is allowed only when `required` is false. */
  int(value: string, field: string, label: string, min: number, max: number, required = true): number | null {
    const v = value.trim();
    if (!v) {
      if (required) this.add(field, `请填写${label}`);
      return null;
    }
    const n = Number(v);
    if (!/^-?\d+$/.test(v) || n < min || n > max) this.add(field, `${label}应在 ${min} 到 ${max} 之间`);
    return Number.isInteger(n) ? n : null;
  }

  lines(values: string[], field: string, label: string, maxItems: number, maxLength: number): void {
    if (values.length > maxItems) this.add(field, `${label}最多 ${maxItems} 条`);
    for (const v of values) if (count(v.trim()) > maxLength) this.add(field, `${label}最多 ${maxLength} 个字`);
  }

  phone(value: string, field: string): void {
    const v = value.replace(/\s/g, '');
    if (!MOBILE.test(v) && !LANDLINE.test(v)) this.add(field, '联系电话应是手机号或带区号的座机');
  }

  day(value: string, field: string, label: string, required: boolean): boolean {
    const v = value.trim();
    if (!v) {
      if (required) this.add(field, `请填写${label}`);
      return false;
    }
    if (!DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
      this.add(field, `${label}请按 2026-12-31 这样填写`);
      return false;
    }
    return true;
  }

  rule(ok: boolean, field: string, message: string): void {
    if (!ok) this.add(field, message);
  }
}

/** Lines typed one per row in a text box; empty rows are dropped. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Today in China (the server's calendar for dates), as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The server's userErrors placed on the form: `input.pay.min` → `pay.min`, a line of a list
 * (`input.requirements.3`) → the list. Errors about a field the form does not show go to
 * `general`, so none is lost.
 */
export function placeServerErrors(errors: readonly UserErrorLike[], shown: readonly string[]): { fields: Problems; general: string[] } {
  const fields: Problems = {};
  const general: string[] = [];
  for (const e of errors) {
    let path = (e.field ?? '').replace(/^input\./, '');
    path = path.replace(/\.\d+$/, '');
    const text = userErrorText(e);
    if (path && shown.includes(path)) {
      if (!fields[path]) fields[path] = text;
    } else if (!general.includes(text)) general.push(text);
  }
  return { fields, general };
}
