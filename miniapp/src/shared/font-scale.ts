import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

// 大字模式 multiplies every text size. WeChat's own font-size setting (我-设置-通用-字体大小)
// multiplies on top, so a villager who already enlarged WeChat's text keeps it here.
export const LARGE_TEXT_FACTOR = 1.3;
const STORAGE_KEY = 'ziyang.largeText';
// WeChat reports its standard size as 16 (px); larger settings report more.
const WECHAT_STANDARD_FONT = 16;

interface FontScaleState {
  largeText: boolean;
  systemScale: number;
}

let state: FontScaleState | null = null;
const listeners = new Set<(s: FontScaleState) => void>();

function readSystemScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1;
  try {
    // getAppBaseInfo (base library 2.20.1+) replaces the deprecated getSystemInfoSync; a
    // WeChat too old to have it keeps the standard size.
    if (typeof Taro.getAppBaseInfo !== 'function') return 1;
    // Taro's typing of the answer lacks fontSizeSetting; WeChat's has it.
    const setting = Number((Taro.getAppBaseInfo() as { fontSizeSetting?: number } | undefined)?.fontSizeSetting);
    if (!Number.isFinite(setting) || setting <= 0) return 1;
    // Never shrink below our own minimums; cap so a page still fits.
    return Math.min(Math.max(setting / WECHAT_STANDARD_FONT, 1), 1.6);
  } catch {
    return 1;
  }
}

function readLargeText(): boolean {
  try {
    return Taro.getStorageSync(STORAGE_KEY) === true || Taro.getStorageSync(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

function current(): FontScaleState {
  if (!state) state = { largeText: readLargeText(), systemScale: readSystemScale() };
  return state;
}

/** Reads the saved setting again (app launch, tests). */
export function initFontScale(): void {
  state = null;
  current();
}

export function currentLargeText(): boolean {
  return current().largeText;
}

export function setLargeText(on: boolean): void {
  state = { ...current(), largeText: on };
  try {
    Taro.setStorageSync(STORAGE_KEY, on);
  } catch {
    // Storage full or unavailable: the switch still works for this visit.
  }
  listeners.forEach((l) => l(state as FontScaleState));
}

export function fontScaleOf(s: FontScaleState): number {
  const scale = s.systemScale * (s.largeText ? LARGE_TEXT_FACTOR : 1);
  return Math.round(scale * 100) / 100;
}

/** The text scale for this screen, re-rendering when 大字模式 changes on another page. */
export function useFontScale(): { scale: number; largeText: boolean; setLargeText: (on: boolean) => void } {
  const [s, setS] = useState<FontScaleState>(current);
  useEffect(() => {
    listeners.add(setS);
    // The setting may have changed while this page was hidden.
    setS(current());
    return () => {
      listeners.delete(setS);
    };
  }, []);
  return { scale: fontScaleOf(s), largeText: s.largeText, setLargeText };
}
