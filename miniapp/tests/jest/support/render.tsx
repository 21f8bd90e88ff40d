import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createFakeApi, type FakeApi } from './fake-api';
import { setRequestHandler } from './taro-shim';

/** Renders a page against a fresh fake API. */
export function renderWithApi(ui: ReactElement, configure?: (api: FakeApi) => void): { api: FakeApi; container: HTMLElement } {
  const api = createFakeApi();
  configure?.(api);
  setRequestHandler(api.handle);
  const { container } = render(ui);
  return { api, container };
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
