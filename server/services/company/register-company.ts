import type { z } from 'zod';
import { maskName } from '@shared/domain/identity/masking';
import type { TCompany, ZCompanyInput } from '@shared/schemas/company';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { presentCompany } from './present-company';

/** The AAD each encrypted company column is bound to (rotation rewrites with the same). */
export const companyAad = {
  legalRepName: (companyId: string) => `companies.legal_rep_name:${companyId}`,
  legalRepId: (companyId: string) => `companies.legal_rep_id:${companyId}`,
};

type Deps = { db: Db; pii: FieldCrypto };

/**
 * The legal representative registers their company. Only they may: the caller's real-name profile must carry the
 * representative's ID (matched by keyed hash, never by plain text), so nobody can claim a company by typing its
 * public credit code. Registering again is idempotent for the same representative; another one gets 409.
 */
export async function registerCompany(deps: Deps, userId: string, input: z.output<typeof ZCompanyInput>): Promise<TCompany> {
  const profile = await deps.db.realNameProfile.findUnique({ where: { userId } });
  if (!profile) throw errors.forbidden('请先填写您本人的实名信息');
  const repHash = deps.pii.hash(`${input.legalRepIdType}:${input.legalRepIdNumber}`);
  if (profile.idNumberHash !== repHash) throw errors.forbidden('只有法定代表人本人可以登记企业；经办人请由法定代表人授权');

  const existing = await deps.db.company.findUnique({ where: { creditCode: input.creditCode } });
  if (existing && existing.legalRepIdHash !== repHash) throw errors.conflict('该统一社会信用代码已由其他法定代表人登记，如有变更请到窗口办理');

  const id = await deps.db.$transaction(async (tx) => {
    let companyId = existing?.id;
    if (!companyId) {
      const created = await tx.company.create({
        data: {
          name: input.name,
          creditCode: input.creditCode,
          legalRepNameEnc: new Uint8Array(0),
          legalRepNameMasked: maskName(input.legalRepName),
          legalRepIdHash: repHash,
          address: input.address ?? null,
        },
      });
      companyId = created.id;
      // Ciphertexts are bound to the row id, known only now.
      await tx.company.update({
        where: { id: companyId },
        data: {
          legalRepNameEnc: deps.pii.encrypt(input.legalRepName, companyAad.legalRepName(companyId)),
          legalRepIdEnc: deps.pii.encrypt(input.legalRepIdNumber, companyAad.legalRepId(companyId)),
        },
      });
    }
    await tx.companyMember.upsert({
      where: { companyId_userId: { companyId, userId } },
      create: { companyId, userId, role: 'LEGAL_REPRESENTATIVE' },
      update: { role: 'LEGAL_REPRESENTATIVE', revokedAt: null },
    });
    return companyId;
  });
  return presentCompany(deps.db, id, 'LEGAL_REPRESENTATIVE');
}
