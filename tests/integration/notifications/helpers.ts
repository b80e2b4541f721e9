import { randomBytes } from 'node:crypto';
import type { Db } from '../../../server/db/client';
import { applyTransition } from '../../../server/services/cases/apply-transition';
import type { CaseAction } from '@shared/domain/case/transitions';
import type { TestServer } from '../../helpers/test-server';
import { caseWorld } from '../cases/helpers';
import { call, simControl } from '../identity/helpers';

export { call, simControl };

export const TPL = {
  accepted: 'OT-case-accepted-0001',
  correction: 'OT-case-correction-required-0001',
  progress: 'OT-case-progress-0001',
  completed: 'OT-case-completed-0001',
} as const;

/** A submitted case whose applicant has an openid WeChat knows (the simulator saw a login code for it). */
export async function notifyWorld(server: TestServer) {
  const db = server.dbHandle.db;
  const w = await caseWorld(db, { promisedLimit: 5 });
  const openid = `ntf-${randomBytes(8).toString('hex')}`;
  await db.user.update({ where: { id: w.citizen.user.id }, data: { openid } });
  await simControl(server, 'login-code', { openid });
  const submitted = await applyTransition(db, { caseId: w.c.id, action: 'submit', actor: w.applicant });
  const act = async (action: CaseAction, input: Record<string, unknown> = {}) => {
    const actor = action === 'complete' ? w.approver : w.reviewer;
    return applyTransition(db, { caseId: w.c.id, action, actor, input });
  };
  return { ...w, c: submitted.case, openid, act };
}

/**
 * The user accepts templates in wx.requestSubscribeMessage: WeChat records the accept (simulator) and the
 * mini-program posts the results to our API.
 */
export async function subscribe(server: TestServer, w: { openid: string; citizen: { token: string } }, keys: string[], templateIds: string[]) {
  await simControl(server, 'subscribe-accept', { openid: w.openid, templateIds });
  const r = await call(server, 'POST', '/api/v1/me/subscriptions', {
    token: w.citizen.token,
    body: { templateKeys: keys, results: Object.fromEntries(templateIds.map((t) => [t, 'accept'])) },
  });
  if (r.status !== 200) throw new Error(`subscribe: ${r.status} ${JSON.stringify(r.body)}`);
}

export async function simSent(server: TestServer, openid: string): Promise<{ templateId: string; page?: string; data: Record<string, { value: string }> }[]> {
  const res = await fetch(`${server.wechatBaseUrl}/__sim/messages?touser=${encodeURIComponent(openid)}`);
  return ((await res.json()) as { items: { templateId: string; page?: string; data: Record<string, { value: string }> }[] }).items;
}

export async function simSendCalls(server: TestServer): Promise<number> {
  const res = await fetch(`${server.wechatBaseUrl}/__sim/calls`);
  return ((await res.json()) as { items: { path: string }[] }).items.filter((c) => c.path === '/cgi-bin/message/subscribe/send').length;
}

export async function waitFor<T>(fn: () => Promise<T | undefined | false | null>, what: string, timeoutMs = 20_000, everyMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** "Time passes": jobs waiting for a retry become due now (graphile-worker's backoff is seconds to hours). */
export async function makeRetriesDue(db: Db): Promise<number> {
  return db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE attempts > 0 AND locked_at IS NULL AND run_at > now()`;
}

/** graphile-worker jobs still queued for these dedupe keys. */
export async function jobsLeft(db: Db, keyPrefix: string): Promise<{ key: string; attempts: number; last_error: string | null }[]> {
  return db.$queryRaw`SELECT key, attempts, last_error FROM graphile_worker._private_jobs WHERE key LIKE ${keyPrefix + '%'}`;
}

export async function outboxDone(db: Db, caseId: string): Promise<boolean> {
  const open = await db.outboxMessage.count({ where: { dedupeKey: { startsWith: `case:${caseId}:` }, status: { notIn: ['DONE', 'DEAD'] } } });
  return open === 0;
}
