import { z } from 'zod';
import { checkIdNumber, checkPersonName, normaliseIdNumber } from '../domain/identity/id-document';
import { ZIdType } from './identity';

const personName = z
  .string()
  .trim()
  .max(50, '姓名不能超过50个字符')
  .superRefine((v, ctx) => {
    const m = checkPersonName(v);
    if (m) ctx.addIssue({ code: 'custom', message: m });
  });

/** POST /me/companies: the legal representative registers their company (企业). */
export const ZCompanyInput = z
  .object({
    /** 统一社会信用代码, 18 characters with the GB 32100-2015 check character. */
    creditCode: z.string().max(30, '统一社会信用代码应为18位').transform(normaliseIdNumber),
    /** Registered name as on the business licence. */
    name: z.string().trim().min(2, '请填写企业名称').max(100, '企业名称不能超过100个字符'),
    /** Legal representative's name as on their ID document. */
    legalRepName: personName,
    legalRepIdType: ZIdType.default('RESIDENT_ID_CARD'),
    legalRepIdNumber: z.string().max(40, '证件号码过长').transform(normaliseIdNumber),
    /** Registered address (optional). */
    address: z.string().trim().max(200, '地址不能超过200个字符').optional(),
  })
  .superRefine((v, ctx) => {
    const c = checkIdNumber('UNIFIED_SOCIAL_CREDIT_CODE', v.creditCode);
    if (c) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: c });
    const p = checkIdNumber(v.legalRepIdType, v.legalRepIdNumber);
    if (p) ctx.addIssue({ code: 'custom', path: ['legalRepIdNumber'], message: p });
  });

/** Roles within a company: the legal representative, or staff they authorise (经办人). */
export const ZCompanyRole = z.enum(['LEGAL_REPRESENTATIVE', 'ADMIN', 'MEMBER']);
export type TCompanyRole = z.infer<typeof ZCompanyRole>;

/** POST /me/companies/:companyId/members: the legal representative authorises a person with a real-name account. */
export const ZCompanyMemberInput = z
  .object({
    name: personName,
    idType: ZIdType.default('RESIDENT_ID_CARD'),
    idNumber: z.string().max(40, '证件号码过长').transform(normaliseIdNumber),
    /** ADMIN may act for the company in every item; MEMBER likewise but is shown as 经办人. */
    role: z.enum(['ADMIN', 'MEMBER']),
  })
  .superRefine((v, ctx) => {
    const p = checkIdNumber(v.idType, v.idNumber);
    if (p) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: p });
  });

/** A person who may act for a company (names masked). */
export const ZCompanyMember = z.object({
  userId: z.string(),
  name: z.string(),
  role: ZCompanyRole,
  /** False once revoked. */
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});

/** A company as one of its people sees it. `members` only for the legal representative. */
export const ZCompany = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  /** Masked legal representative name (张*三). */
  legalRepName: z.string(),
  /** The caller's role in it. */
  myRole: ZCompanyRole,
  members: z.array(ZCompanyMember).nullable(),
  createdAt: z.iso.datetime(),
});
export type TCompany = z.infer<typeof ZCompany>;

export const ZCompanyList = z.object({ items: z.array(ZCompany) });

/** Someone the caller may act for when applying: themselves, a principal (代办), or a company. */
export const ZActingIdentity = z.object({
  kind: z.enum(['SELF', 'PRINCIPAL', 'COMPANY']),
  /** userId for SELF, authorisation id for PRINCIPAL, company id for COMPANY. */
  id: z.string(),
  /** Display name (masked for principals and legal representatives; company names are public). */
  name: z.string(),
  /** Masked ID number, or the credit code of a company. */
  idNumber: z.string().nullable(),
  /** Relationship (代办) or company role, for the label. */
  relation: z.string().nullable(),
});
export type TActingIdentity = z.infer<typeof ZActingIdentity>;

/** GET /me/identities: the "acting for" choices of the application form. SELF comes first when a profile exists. */
export const ZActingIdentityList = z.object({ items: z.array(ZActingIdentity) });
