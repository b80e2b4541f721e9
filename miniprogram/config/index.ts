import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/** repo/shared: the contract both the server and the mini-program import as `@shared/...`. */
const SHARED_DIR = path.resolve(__dirname, '..', '..', 'shared');

/**
 * API origin baked into the bundle. H5 is served by the Koa server itself, so relative `/api/v1/...` URLs work.
 * WeChat only lets a mini-program call absolute https origins whitelisted in the admin console, so weapp needs
 * one; set TARO_APP_API_BASE at build time (shell or .env.production) per deployment.
 */
function apiBase(platform: string | undefined, isProduction: boolean): string {
  const fromEnv = process.env.TARO_APP_API_BASE;
  if (platform !== 'weapp') return fromEnv ?? '';
  const base = fromEnv ?? 'https://onetrip.example.gov.cn';
  if (isProduction && !/^https:\/\/[^/]+$/.test(base)) {
    throw new Error(`TARO_APP_API_BASE must be an https origin without a trailing slash for weapp, got "${base}"`);
  }
  return base;
}

/** Files outside src/ that must go through babel: shared/ is TypeScript, zod ships ES2020 syntax. */
const compileInclude = [SHARED_DIR, (filename: string) => /node_modules[\\/]zod[\\/]/.test(filename)];

export default defineConfig<'webpack5'>(async (merge) => {
  const isProduction = process.env.NODE_ENV !== 'development';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'onetrip',
    date: '2025-11-25',
    // Styles are written in CSS pixels of a 375-wide phone, so `44px` in scss is 44 CSS px there.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    alias: { '@shared': SHARED_DIR },
    env: { TARO_APP_API_BASE: JSON.stringify(apiBase(process.env.TARO_ENV, isProduction)) },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    // Prebundling is a dev-server speed-up that fetches nothing but has misbehaved on fresh offline machines.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: compileInclude },
      // Keep modules used only by subpackages (staff/) out of the 2 MB main package.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Browser-history URLs (/pages/index/index); the Koa server falls back to index.html for unknown paths.
      router: { mode: 'browser' },
      compile: { include: compileInclude },
      webpackChain(chain) {
        // Taro splits only initial chunks on H5, so every lazily loaded page would carry its own copy of zod,
        // shared/ and the request client. Pool what two or more pages use into one cached chunk.
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          cacheGroups: {
            ...chain.optimization.get('splitChunks')?.cacheGroups,
            pages: { name: 'pages-common', chunks: 'async', minChunks: 2, minSize: 0, priority: 5, reuseExistingChunk: true },
          },
        });
      },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        // Root font size follows the viewport between 20px (≤375 wide: 1 design px = 1 CSS px) and 24px, so
        // desktop browsers do not blow the phone layout up to twice its size.
        pxtransform: { enable: true, config: { maxRootSize: 24 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  return merge({}, baseConfig, isProduction ? prodConfig : devConfig);
});
