import { randomBytes } from 'node:crypto';
import type { TDraftContentInput } from '@shared/schemas/catalog-admin';
import type { Db } from '../../../server/db/client';
import type { TestServer } from '../../helpers/test-server';

/** A complete, consistent guide for 食品经营许可 that passes every publish rule. */
export function completeContent(patch: Partial<TDraftContentInput> = {}): TDraftContentInput {
  return {
    name: '食品经营许可（新办）',
    type: 'ADMINISTRATIVE_LICENSING',
    level: 'CITY',
    handlingType: 'PROMISED',
    statutoryLimit: 20,
    statutoryLimitUnit: 'WORKING_DAY',
    promisedLimit: 5,
    promisedLimitUnit: 'WORKING_DAY',
    visitsNeeded: 0,
    channels: ['ONLINE', 'WINDOW', 'POST'],
    onlineDepth: ['CONSULT', 'RECEIVE', 'PRE_REVIEW', 'ACCEPT', 'HANDLE', 'RESULT_FEEDBACK', 'E_LICENCE_FEEDBACK'],
    inServiceCentre: true,
    courierDelivery: true,
    conditions: '申请人应当取得营业执照等合法主体资格，有与经营的食品品种、数量相适应的经营场所。',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    address: '保山市隆阳区正阳北路市民服务中心二楼',
    officeHours: '周一至周五 9:00-12:00，14:30-17:30',
    enquiryPhone: '0875-2123456',
    complaintPhone: '0875-12345',
    resultName: '食品经营许可证',
    resultType: 'LICENCE',
    materials: [
      { name: '食品经营许可申请书', originality: 'ORIGINAL' },
      { name: '营业执照', source: 'GOVERNMENT', originality: 'COPY' },
    ],
    fees: [],
    faqs: [{ question: '可以全程网办吗？', answer: '可以，证照可邮寄到家。' }],
    ...patch,
  };
}

export const uniqueCode = (prefix = 'T') => `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;

/** A seeded department by name, with its region. */
export async function department(db: Db, name: string) {
  return db.department.findFirstOrThrow({ where: { name }, select: { id: true, regionCode: true, name: true } });
}

/** JSON request helper: returns status and parsed body. */
export async function send(server: TestServer, method: string, path: string, opts: { auth?: Record<string, string>; body?: unknown } = {}) {
  const res = await server.fetch(`/api/v1${path}`, {
    method,
    headers: { ...(opts.auth ?? {}), ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
