import type Router from '@koa/router';
import type { AppDeps, AppState } from '../http/context';
import { catalogRoutes } from './catalog.routes';
import { healthRoutes } from './health.routes';
import { openapiRoutes } from './openapi.routes';

/** Every router of the API, in mount order. Add one line per resource. */
export const routeFactories: ((deps: AppDeps) => Router<AppState>)[] = [healthRoutes, openapiRoutes, catalogRoutes];
