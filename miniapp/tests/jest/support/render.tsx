import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createFakeApi, type FakeApi } from './fake-api';
import { setRequestHandler } from './taro-shim';
import { saveSessionToken } from '../../../src/api/session-token';
import { reloadSession } from '../../../src/features/account/session';
import type { FakeUser } from './fake-accounts';

/** Renders a page against a fresh fake API. */
export function renderWithApi(ui: ReactElement, configure?: (api: FakeApi) => void): { api: FakeApi; container: HTMLElement; unmount: () => void } {
  const api = createFakeApi();
  configure?.(api);
  setRequestHandler(api.handle);
  const { container, unmount } = render(ui);
  return { api, container, unmount };
}

/**
 * Renders a page as a villager who signed in earlier: the token is in storage before the page
 * mounts, as after a reload.
 */
export function renderSignedIn(ui: ReactElement, profile: Partial<FakeUser> = {}, configure?: (api: FakeApi) => void): ReturnType<typeof renderWithApi> {
  return renderWithApi(ui, (api) => {
    const token = api.accounts.signIn('villager-1', { name: '张秀英', phone: '13912345678', ...profile });
    saveSessionToken(token, null);
    reloadSession();
    configure?.(api);
  });
}

/** The tappable element whose text is exactly `text` (buttons are Views with role=button). */
export function tapTarget(container: HTMLElement, text: string | RegExp): HTMLElement {
  const all = [...container.querySelectorAll('[role="button"], [role="link"], [role="radio"], [role="switch"], button, a')] as HTMLElement[];
  const found = all.find((el) => (typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? '')));
  if (!found) throw new Error(`nothing to tap reading ${String(text)}; have: ${all.map((e) => e.textContent?.trim()).join(' | ')}`);
  return found;
}

/** Types into the Taro Input / Textarea inside `[data-field=name]`. */
export function typeInto(container: HTMLElement, field: string, value: string): void {
  const el = container.querySelector(`[data-field="${field}"] input, [data-field="${field}"] textarea`) as HTMLInputElement | null;
  if (!el) throw new Error(`no input for ${field}`);
  fireEvent.input(el, { target: { value } });
}

export function inputValue(container: HTMLElement, field: string): string {
  const el = container.querySelector(`[data-field="${field}"] input, [data-field="${field}"] textarea`) as HTMLInputElement | null;
  return el?.value ?? '';
}

/** The open sheet named `name` (sign-in, contact-form, applied, course-full …). */
export function sheet(container: HTMLElement, name: string): HTMLElement | null {
  return container.querySelector(`[data-sheet="${name}"]`);
}

/** Cards currently on screen, by their data attribute. */
export function cardIds(container: HTMLElement, attr: 'data-job-id' | 'data-course-id' | 'data-opening-id'): string[] {
  return [...container.querySelectorAll(`[${attr}]`)].map((el) => el.getAttribute(attr) ?? '');
}

export function totalShown(container: HTMLElement): number | null {
  const el = container.querySelector('[data-total]');
  return el ? Number(el.getAttribute('data-total')) : null;
}

export function chip(container: HTMLElement, label: string): HTMLElement {
  const el = container.querySelector(`[data-chip="${label}"]`);
  if (!el) throw new Error(`no chip ${label}`);
  return el as HTMLElement;
}

/** The number a chip shows, or null when it shows none. */
export function chipCount(container: HTMLElement, label: string): number | null {
  const count = chip(container, label).querySelector('.chip__count');
  return count ? Number(count.textContent) : null;
}

/**
 * What the villager can read must be plain Chinese: no English words, no raw codes, no
 * "undefined", "null" or "NaN".
 */
export function expectPlainChinese(container: HTMLElement): void {
  const text = container.textContent ?? '';
  expect(text).not.toMatch(/undefined|null|NaN|\[object/i);
  expect(text).not.toMatch(/[A-Za-z]{3,}/);
}

export async function waitForCards(container: HTMLElement, attr: Parameters<typeof cardIds>[1]): Promise<void> {
  await waitFor(() => expect(cardIds(container, attr).length).toBeGreaterThan(0));
}

export { screen, waitFor };
