/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** 'weapp' | 'h5', set by the Taro build. */
    TARO_ENV: 'weapp' | 'h5' | string;
    /** GraphQL endpoint; empty means same origin `/graphql` on H5. */
    TARO_APP_API_URL?: string;
    /** WeChat subscribe-message template ids, comma-separated; empty means never ask. */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string;
  }
}

// The framework runtime's H5 entry, used by the jest setup to connect Taro's components to React.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(component: unknown, react: unknown, reactDOM: unknown): unknown;
}
