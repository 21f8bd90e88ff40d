// What the Taro build defines for H5, before any module loads.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.FRAMEWORK = 'react';
process.env.TARO_APP_API_URL = 'http://api.test/graphql';
global.defineAppConfig = (c) => c;
global.definePageConfig = (c) => c;
// Constants the H5 webpack build defines for the component library.
global.DEPRECATED_ADAPTER_COMPONENT = false;
process.env.SUPPORT_TARO_POLYFILL = 'disabled';
