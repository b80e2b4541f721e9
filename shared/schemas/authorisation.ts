import { z } from 'zod';
import { checkIdNumber, checkPersonName, normaliseIdNumber } from '../domain/identity/id-document';
import { ZIdType } from './identity';

/** How the agent (代办人) relates to the person they act for. */
export const ZAgentRelationship = z.enum(['FAMILY', 'GUARDIAN', 'ENTRUSTED']);

/** POST /me/authorisations: the agent records whom they act for. */
export const ZAuthorisationInput = z
  .object({
    /** The principal's name as on their document. */
    principalName: z.string().trim().max(50, '姓名不能超过50个字符').superRefine((v, ctx) => {
      const m = checkPersonName(v);
      if (m) ctx.addIssue({ code: 'custom', message: m });
    }),
    principalIdType: ZIdType,
    principalIdNumber: z.string().max(40, '证件号码过长').transform(normaliseIdNumber),
    relationship: ZAgentRelationship,
    /** Last day the authorisation may be used; omit for no end. */
    validUntil: z.iso.datetime().optional(),
  })
  .superRefine((v, ctx) => {
    const p = checkIdNumber(v.principalIdType, v.principalIdNumber);
    if (p) ctx.addIssue({ code: 'custom', path: ['principalIdNumber'], message: p });
    if (v.validUntil && new Date(v.validUntil) <= new Date()) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: '有效期应晚于今天' });
  });

/** An authorisation as its agent or principal sees it (the principal's identifiers masked). */
export const ZAuthorisation = z.object({
  id: z.string(),
  status: z.enum(['PENDING', 'ACTIVE', 'REJECTED', 'REVOKED', 'EXPIRED']),
  relationship: ZAgentRelationship.or(z.literal('EMPLOYEE')),
  principalName: z.string(),
  principalIdNumber: z.string(),
  /** True when the principal has an account here and can confirm in the app; otherwise a window verifies it. */
  principalHasAccount: z.boolean(),
  /** The agent's masked name, for the principal's view. */
  agentName: z.string().nullable(),
  validUntil: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type TAuthorisation = z.infer<typeof ZAuthorisation>;

export const ZAuthorisationLists = z.object({
  /** Authorisations where the caller is the agent. */
  asAgent: z.array(ZAuthorisation),
  /** Authorisations naming the caller as principal. */
  asPrincipal: z.array(ZAuthorisation),
});
