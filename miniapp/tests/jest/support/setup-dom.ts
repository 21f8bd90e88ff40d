import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime';
import { resetTaroShim } from './taro-shim';
import { forgetRememberedState } from '../../../src/shared/useRememberedState';
import { initFontScale } from '../../../src/shared/font-scale';
import { reloadSession } from '../../../src/features/account/session';

// Taro's H5 components call back into React through the framework runtime; connect it once.
createH5NativeComponentConfig(null, React, ReactDOM);

beforeEach(() => {
  resetTaroShim();
  forgetRememberedState();
  initFontScale();
  // Storage was just emptied: start each test signed out.
  reloadSession();
});
