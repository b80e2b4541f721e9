/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Build target; compared as `process.env.TARO_ENV === 'weapp'` (never destructured, Taro replaces it textually). */
    TARO_ENV: 'weapp' | 'h5';
    /** API origin without trailing slash; '' on H5 (same origin). Set in config/index.ts. */
    TARO_APP_API_BASE?: string;
    /** WeChat appid of the current deployment, read by Taro into dist/weapp/project.config.json when set. */
    TARO_APP_ID?: string;
  }
}
