import type Router from '@koa/router';
import type { z } from 'zod';
import { API_PREFIX, type Endpoint } from '@shared/api';
import { errors } from '../errors';
import type { AppContext, AppState } from './context';
import { parseInput } from './validate';

/**
 * The contract's `auth` checked before any input is parsed: an anonymous caller learns nothing about the shape a
 * protected endpoint expects (401, never a 400 listing its fields), and a citizen never reaches a staff handler.
 * Handlers still check roles and scope.
 */
export function enforceContractAuth(ctx: AppContext, auth: Endpoint['auth']): void {
  if (auth === 'public') return;
  const kind = ctx.state.actor.kind;
  if (kind === 'anonymous') throw errors.unauthenticated();
  if (auth !== 'any' && kind !== auth) throw errors.forbidden();
}

export interface HandlerInput<Q, B> {
  query: Q;
  body: B;
  params: Record<string, string>;
  ctx: AppContext;
}

type Infer<T> = [NonNullable<T>] extends [z.ZodType] ? z.infer<NonNullable<T>> : undefined;

/**
 * Mount a handler for an endpoint of the shared contract: the query and body are parsed with the contract's
 * schemas before the handler runs, and (outside production) the response is checked against the contract so a
 * drift between server and client fails loudly in tests.
 */
export function mount<E extends Endpoint>(
  router: Router<AppState>,
  endpoint: E,
  handler: (input: HandlerInput<Infer<E['query']>, Infer<E['body']>>) => Promise<z.infer<E['response']>>,
  opts: { checkResponse: boolean },
): void {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  router[method](API_PREFIX + endpoint.path, async (ctx) => {
    enforceContractAuth(ctx, endpoint.auth);
    const query = endpoint.query ? parseInput(endpoint.query, ctx.query, 'query') : undefined;
    const body = endpoint.body ? parseInput(endpoint.body, (ctx.request as { body?: unknown }).body, 'body') : undefined;
    const result = await handler({ query, body, params: ctx.params, ctx } as HandlerInput<Infer<E['query']>, Infer<E['body']>>);
    ctx.body = opts.checkResponse ? endpoint.response.parse(result) : result;
  });
}
