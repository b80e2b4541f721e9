import { CourierPushError } from '../../adapters/courier/courier.port';
import type { Db } from '../../db/client';
import type { Logger } from '../../logger';
import { recordAudit } from '../identity/record-audit';
import type { CourierDeps } from './courier-deps';
import { recordTracking } from './record-tracking';

export interface PushReply {
  status: number;
  body: { code: string; message: string };
}

/**
 * A tracking push from the carrier: verified over the raw body (signature, 5-minute window), recorded idempotently.
 * An unknown waybill is a clear 404 (the carrier stops retrying it and we hear about misrouted pushes).
 */
export async function handleCourierPush(deps: { db: Db; courier: CourierDeps; log: Logger }, rawBody: string, header: (name: string) => string | undefined): Promise<PushReply> {
  let push;
  try {
    push = deps.courier.client.openPush(rawBody, header);
  } catch (e) {
    if (!(e instanceof CourierPushError)) throw e;
    deps.log.warn({ problem: e.problem }, 'courier push refused');
    if (e.problem === 'bad_body') return { status: 400, body: { code: 'E400', message: '报文格式错误' } };
    await recordAudit(deps.db, { actor: { kind: 'system' }, action: 'SECURITY_EVENT', entity: 'courier-push', entityId: deps.courier.client.carrier, purpose: `物流推送验签失败（${e.problem}）` });
    return { status: 401, body: { code: 'E401', message: e.problem === 'stale' ? '时间戳超出允许范围' : '签名校验失败' } };
  }
  const r = await recordTracking(deps.db, deps.courier.client.carrier, push.waybillNo, push.events);
  if (r.kind === 'unknown') return { status: 404, body: { code: 'E404', message: `运单号${push.waybillNo}不存在` } };
  return { status: 200, body: { code: '0', message: 'ok' } };
}
