import { PRIVACY_POLICY_VERSION } from '@shared/domain/identity/privacy';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '@shared/domain/identity/masking';
import type { TMeProfileResponse, TProfileInput } from '@shared/schemas/identity';
import type { z } from 'zod';
import type { ZProfileInput } from '@shared/schemas/identity';
import { WX_ERR, WeChatApiError, type WeChatClient } from '../../adapters/wechat/wechat.port';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db, DbTx } from '../../db/client';
import { AppError, errors } from '../../errors';
import { aad, presentProfile } from '../../presenters/profile.presenter';

type Deps = { db: Db; pii: FieldCrypto; wechat: WeChatClient };

async function hasCurrentConsent(db: Db | DbTx, userId: string): Promise<boolean> {
  const c = await db.privacyConsent.findFirst({ where: { userId, kind: 'PRIVACY_POLICY', policyVersion: PRIVACY_POLICY_VERSION, withdrawnAt: null } });
  return Boolean(c);
}

/** The caller's own profile, unmasked (the owner is the one viewer who needs no masking). */
export async function getMyProfile(deps: Pick<Deps, 'db' | 'pii'>, userId: string): Promise<TMeProfileResponse> {
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: userId }, include: { profile: true } });
  return {
    accountId: user.id,
    profile: user.profile ? presentProfile(user.profile, { enc: user.phoneEnc, masked: user.phoneMasked }, { full: true, pii: deps.pii }) : null,
    privacy: { currentVersion: PRIVACY_POLICY_VERSION, consented: await hasCurrentConsent(deps.db, userId) },
  };
}

/** City → county → township (→ village) names of a region code, or a 400 when it is not in the tree. */
export async function regionPath(db: Db | DbTx, code: string) {
  const path: { code: string; name: string; level: 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE' }[] = [];
  let cur: string | null = code;
  while (cur && path.length < 6) {
    const r: { code: string; name: string; level: 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE'; parentCode: string | null } | null = await db.region.findUnique({ where: { code: cur } });
    if (!r) break;
    path.unshift(r);
    cur = r.parentCode;
  }
  if (path.length === 0 || path[path.length - 1]!.code !== code || !['TOWNSHIP', 'VILLAGE'].includes(path[path.length - 1]!.level)) {
    throw errors.validation([{ path: 'body.address.regionCode', message: '请选择到乡镇或村（社区）' }]);
  }
  return path;
}

async function resolvePhone(wechat: WeChatClient, input: TProfileInput): Promise<string | undefined> {
  if (input.phone !== undefined) return input.phone;
  if (input.phoneCode === undefined) return undefined;
  try {
    const info = await wechat.getUserPhoneNumber(input.phoneCode);
    if (info.countryCode !== '86') throw errors.validation([{ path: 'body.phoneCode', message: '目前仅支持中国大陆手机号' }]);
    return info.purePhoneNumber;
  } catch (e) {
    if (e instanceof WeChatApiError && e.errcode === WX_ERR.INVALID_CODE) throw errors.validation([{ path: 'body.phoneCode', message: '手机号授权已失效，请重新授权' }]);
    if (e instanceof AppError) throw e;
    throw errors.unavailable(e);
  }
}

/**
 * Save the real-name profile: encrypted at rest (AES-256-GCM bound to the row), keyed hashes for lookups, masked
 * copies for every non-owner view. Needs consent to the current privacy notice first (PIPL Art. 13/14).
 */
export async function updateMyProfile(deps: Deps, userId: string, input: z.output<typeof ZProfileInput>): Promise<TMeProfileResponse> {
  if (!(await hasCurrentConsent(deps.db, userId))) throw errors.forbidden('请先阅读并同意《隐私保护指引》');
  const phone = await resolvePhone(deps.wechat, input);
  const path = input.address ? await regionPath(deps.db, input.address.regionCode) : undefined;
  const { pii } = deps;
  const profile = {
    nameEnc: pii.encrypt(input.name, aad.name(userId)),
    nameMasked: maskName(input.name),
    idType: input.idType,
    idNumberEnc: pii.encrypt(input.idNumber, aad.idNumber(userId)),
    idNumberHash: pii.hash(`${input.idType}:${input.idNumber}`),
    idNumberMasked: maskIdNumber(input.idNumber),
    addressEnc: input.address ? pii.encrypt(input.address.detail, aad.address(userId)) : null,
    addressMasked: path ? maskAddress(path) : null,
    addressRegionCode: input.address?.regionCode ?? null,
    verificationMethod: 'SELF_DECLARED' as const,
    verifiedAt: new Date(),
  };
  await deps.db.$transaction(async (tx) => {
    await tx.realNameProfile.upsert({ where: { userId }, create: { userId, ...profile }, update: profile });
    if (phone !== undefined) {
      await tx.user.update({
        where: { id: userId },
        data: { phoneEnc: pii.encrypt(phone, aad.phone(userId)), phoneHash: pii.hash(`phone:${phone}`), phoneMasked: maskPhone(phone) },
      });
    }
  });
  return getMyProfile(deps, userId);
}

/** Record consent to a notice; only the version currently shown can be consented to. */
export async function recordConsent(
  db: Db,
  userId: string,
  body: { kind: 'USER_AGREEMENT' | 'PRIVACY_POLICY' | 'REAL_NAME_VERIFICATION' | 'DATA_SHARING'; policyVersion: string },
  meta: { ip?: string; userAgent?: string },
) {
  if (body.policyVersion !== PRIVACY_POLICY_VERSION) throw errors.conflict('隐私保护指引已更新，请阅读最新版本后再同意');
  const row = await db.privacyConsent.create({
    data: { userId, kind: body.kind, policyVersion: body.policyVersion, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 300) ?? null },
  });
  return { kind: row.kind, policyVersion: row.policyVersion, grantedAt: row.grantedAt.toISOString() };
}
