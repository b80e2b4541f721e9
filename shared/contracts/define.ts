import type { z } from 'zod';

/**
 * One endpoint of the API contract. The server mounts handlers against these entries, the OpenAPI document is
 * generated from them, and the mini-program's request client is typed by them.
 */
export interface Endpoint<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under /api/v1, with :params. */
  path: string;
  summary: string;
  query?: Q;
  body?: B;
  response: R;
  /** Who may call it: anyone, a signed-in citizen, or staff (the route still checks roles and scope). */
  auth: 'public' | 'citizen' | 'staff' | 'any';
}

export function endpoint<Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(e: Endpoint<Q, B, R>): Endpoint<Q, B, R> {
  return e;
}
