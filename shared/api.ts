import type { z } from 'zod';
import { ZHomeResponse } from './schemas/home';
import { ZRegionChildrenQuery, ZRegionList } from './schemas/region';

/**
 * The API contract: every endpoint the clients call, with its zod schemas. The server mounts handlers against
 * these entries, the OpenAPI document is generated from them, and the mini-program's request client is typed by them.
 */
export interface Endpoint<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under /api/v1, with :params. */
  path: string;
  summary: string;
  query?: Q;
  body?: B;
  response: R;
  /** Whether a signed-in user is required. */
  auth: boolean;
}

function endpoint<Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(e: Endpoint<Q, B, R>): Endpoint<Q, B, R> {
  return e;
}

export const api = {
  home: endpoint({ method: 'GET', path: '/home', summary: '首页：城市、县区、部门与统计', response: ZHomeResponse, auth: false }),
  regionChildren: endpoint({
    method: 'GET',
    path: '/regions',
    summary: '地区树：某地区的下级地区（省略 parent 为顶级）',
    query: ZRegionChildrenQuery,
    response: ZRegionList,
    auth: false,
  }),
} as const;

export type Api = typeof api;
export type ApiName = keyof Api;
export type ApiResponse<N extends ApiName> = z.infer<Api[N]['response']>;
export type ApiQuery<N extends ApiName> = Api[N] extends { query?: infer Q } ? ([Q] extends [z.ZodObject] ? z.input<Q> : undefined) : undefined;

export const API_PREFIX = '/api/v1';
