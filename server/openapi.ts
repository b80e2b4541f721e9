import { z } from 'zod';
import { API_PREFIX, api, type Endpoint } from '@shared/api';
import { ZErrorBody } from '@shared/errors';
import { ZHealth } from '@shared/schemas/health';

type Json = Record<string, unknown>;

const toSchema = (s: z.ZodType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(s, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Json;

function queryParameters(schema: z.ZodType): Json[] {
  const js = toSchema(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: js.required?.includes(name) ?? false,
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The OpenAPI 3 document, generated from the same zod schemas the server validates with. */
export function buildOpenApi(version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  const add = (path: string, method: string, op: Json) => {
    (paths[path] ??= {})[method] = op;
  };
  for (const [name, e] of Object.entries(api) as [string, Endpoint][]) {
    const oasPath = (API_PREFIX + e.path).replace(/:([A-Za-z_]+)/g, '{$1}');
    const pathParams = [...e.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    add(oasPath, e.method.toLowerCase(), {
      operationId: name,
      summary: e.summary,
      parameters: [...pathParams, ...(e.query ? queryParameters(e.query) : [])],
      ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(e.body, 'input') } } } } : {}),
      ...(e.auth !== 'public' ? { security: [{ bearer: [] }] } : {}),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: toSchema(e.response, 'output') } } },
        400: errorResponse('输入有误 (VALIDATION_FAILED / BAD_REQUEST)'),
        ...(e.auth !== 'public' ? { 401: errorResponse('未登录'), 403: errorResponse('无权限') } : {}),
        404: errorResponse('不存在'),
        500: errorResponse('系统错误'),
        503: errorResponse('服务暂不可用'),
      },
    });
  }
  for (const p of ['/healthz', '/readyz']) {
    add(p, 'get', {
      operationId: p.slice(1),
      summary: p === '/healthz' ? 'Liveness' : 'Readiness (database checked)',
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: toSchema(ZHealth, 'output') } } },
        ...(p === '/readyz' ? { 503: { description: 'A dependency is down', content: { 'application/json': { schema: toSchema(ZHealth, 'output') } } } } : {}),
      },
    });
  }
  return {
    openapi: '3.0.3',
    info: { title: 'OneTrip 最多跑一次 API', version },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: toSchema(ZErrorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
