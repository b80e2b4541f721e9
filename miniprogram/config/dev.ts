import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    // `taro build --type h5 --watch` serves the app itself; /api is forwarded to the Koa server.
    devServer: { proxy: [{ context: ['/api'], target: process.env.ONETRIP_API_PROXY ?? 'http://127.0.0.1:3000' }] },
  },
} satisfies UserConfigExport<'webpack5'>;
