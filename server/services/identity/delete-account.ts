import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';

/**
 * Account deletion (PIPL Art. 47). Personal data goes: profile, phone, sessions, wallet, subscriptions,
 * notifications. Submitted cases are government records that must be kept (档案法), so they stay, detached from the
 * account: the encrypted applicant snapshot they carry is what the archive needs; contact details are dropped.
 * Drafts, which nobody has received, are emptied of personal data. The user row stays as a tombstone (other rows reference it)
 * with a random openid, so the same WeChat user starts afresh next time.
 */
export async function deleteAccount(db: Db, userId: string): Promise<{ deleted: true; casesKept: number }> {
  return db.$transaction(async (tx) => {
    const mine = { OR: [{ applicantUserId: userId }, { agentUserId: userId }] };
    // Drafts never reached the government: keep no personal data at all in them.
    await tx.case.updateMany({
      where: { ...mine, status: 'DRAFT' },
      data: {
        formData: Prisma.DbNull,
        applicantNameEnc: null,
        applicantIdEnc: null,
        applicantIdHash: null,
        legalRepNameEnc: null,
        addressEnc: null,
        contactPhoneEnc: null,
        contactPhoneMasked: null,
      },
    });
    const kept = await tx.case.updateMany({
      where: { applicantUserId: userId, status: { not: 'DRAFT' } },
      data: { applicantUserId: null, contactPhoneEnc: null, contactPhoneMasked: null },
    });
    const asAgent = await tx.case.updateMany({ where: { agentUserId: userId, status: { not: 'DRAFT' } }, data: { agentUserId: null } });
    await tx.case.updateMany({ where: { applicantUserId: userId }, data: { applicantUserId: null } });
    await tx.case.updateMany({ where: { agentUserId: userId }, data: { agentUserId: null } });
    // Authorisations either way end with the account; the rows stay (cases may reference them) but point nowhere.
    await tx.agentAuthorisation.updateMany({ where: { agentUserId: userId, status: { in: ['PENDING', 'ACTIVE'] } }, data: { status: 'REVOKED', revokedAt: new Date() } });
    await tx.agentAuthorisation.updateMany({ where: { principalUserId: userId, status: { in: ['PENDING', 'ACTIVE'] } }, data: { status: 'REVOKED', revokedAt: new Date() } });
    await tx.agentAuthorisation.updateMany({ where: { principalUserId: userId }, data: { principalUserId: null } });
    await tx.realNameProfile.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.walletItem.deleteMany({ where: { userId } });
    await tx.userAddress.deleteMany({ where: { userId } });
    await tx.subscriptionAccept.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    // Complaints stay (the department's record), without a way to reach the deleted account's owner.
    await tx.complaint.updateMany({ where: { userId }, data: { contactPhoneEnc: null, contactPhoneMasked: null } });
    await tx.user.update({
      where: { id: userId },
      data: {
        status: 'DELETED',
        openid: `deleted:${randomUUID()}`,
        unionid: null,
        nickname: null,
        phoneEnc: null,
        phoneHash: null,
        phoneMasked: null,
      },
    });
    return { deleted: true as const, casesKept: kept.count + asAgent.count };
  });
}
