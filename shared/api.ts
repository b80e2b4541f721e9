import type { z } from 'zod';
import { catalogApi } from './contracts/catalog';
import { identityApi } from './contracts/identity';
import { homeApi } from './contracts/home';
import { catalogAdminApi } from './contracts/catalog-admin';
import { favouritesApi } from './contracts/favourites';
import { filesApi } from './contracts/files';
import { companyApi } from './contracts/company';
import { sessionsApi } from './contracts/sessions';
import { applicationsApi } from './contracts/applications';
import { reviewApi } from './contracts/review';
import { deliveryApi } from './contracts/delivery';
import { notificationsApi } from './contracts/notifications';
import { staffAdminApi } from './contracts/staff-admin';
import { ratingsApi } from './contracts/ratings';
import { complaintsApi } from './contracts/complaints';
import { supervisionApi } from './contracts/supervision';

export { endpoint, type Endpoint } from './contracts/define';

/**
 * The API contract: every endpoint the clients call, grouped by resource in shared/contracts/<resource>.ts and
 * merged here (one spread line per resource).
 */
export const api = {
  ...homeApi,
  ...catalogApi,
  ...identityApi,
  ...catalogAdminApi,
  ...favouritesApi,
  ...filesApi,
  ...companyApi,
  ...sessionsApi,
  ...applicationsApi,
  ...reviewApi,
  ...deliveryApi,
  ...notificationsApi,
  ...staffAdminApi,
  ...ratingsApi,
  ...complaintsApi,
  ...supervisionApi,
} as const;

export type Api = typeof api;
export type ApiName = keyof Api;
export type ApiResponse<N extends ApiName> = z.infer<Api[N]['response']>;
export type ApiQuery<N extends ApiName> = Api[N] extends { query?: infer Q } ? ([Q] extends [z.ZodObject] ? z.input<Q> : undefined) : undefined;
export type ApiBody<N extends ApiName> = Api[N] extends { body?: infer B } ? ([B] extends [z.ZodObject] ? z.input<B> : undefined) : undefined;

export const API_PREFIX = '/api/v1';
