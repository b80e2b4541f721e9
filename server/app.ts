import { constants as zlibConstants } from 'node:zlib';
import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import cors from '@koa/cors';
import compress from 'koa-compress';
import helmet from 'koa-helmet';
import type { AppDeps, AppState } from './http/context';
import { errorHandler } from './http/error-handler';
import { requestContext } from './http/request-id';
import { serveH5 } from './http/static-h5';
import { authenticate } from './http/auth';
import { routeFactories } from './routes';

/** Wire the middleware chain. Nothing else happens here: routes are thin, logic lives in services/ and domain/. */
export function createApp(deps: AppDeps): Koa<AppState> {
  const app = new Koa<AppState>({ proxy: deps.env.NODE_ENV === 'production' });
  app.silent = true; // errors are logged once, by errorHandler, with the request id

  app.use(requestContext(deps.log));
  // Weak phones on rural networks: gzip/brotli everything over 1 KB (the H5 bundle shrinks about 3x).
  app.use(compress({ threshold: 1024, br: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } } }));
  app.use(errorHandler());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'script-src': ["'self'"],
          // blob: lets H5 uploads read the picked (and compressed) photo, which Taro.uploadFile fetches from a blob: URL.
          'connect-src': ["'self'", 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
      hsts: deps.env.NODE_ENV === 'production',
    }),
  );
  const allowed = new Set(deps.env.CORS_ORIGINS.map((o) => new URL(o).origin));
  app.use(
    cors({
      // Only configured origins get CORS headers; others get none, so browsers block them.
      origin: (ctx) => {
        const origin = ctx.get('Origin');
        return allowed.has(origin) ? origin : '';
      },
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposeHeaders: ['X-Request-Id'],
      maxAge: 600,
    }),
  );
  app.use(
    bodyParser({
      enableTypes: ['json'],
      jsonLimit: deps.env.JSON_BODY_LIMIT,
      encoding: 'utf-8',
      onError: (err) => {
        throw err; // errorHandler maps 400/413/415 from http-errors
      },
    }),
  );

  app.use(authenticate(deps.db));
  for (const router of routeFactories.map((f) => f(deps))) {
    app.use(router.routes());
    app.use(router.allowedMethods()); // sets 405 + Allow; errorHandler adds the error body
  }
  app.use(serveH5(deps.env.H5_DIR));
  return app;
}
