import { z } from 'zod';
import { CASE_ACTIONS, CASE_STATUSES, type CaseAction } from '../domain/case/transitions';

const ZCaseStatus = z.enum(CASE_STATUSES);
const ZCaseAction = z.enum(CASE_ACTIONS as [CaseAction, ...CaseAction[]]);
const ZId = z.string().min(1).max(64);

/** Whom the application is for: oneself, a principal (active agent authorisation id) or a company (its id). See GET /me/identities. */
export const ZActingFor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('SELF') }),
  z.object({ kind: z.literal('PRINCIPAL'), id: ZId }),
  z.object({ kind: z.literal('COMPANY'), id: ZId }),
]);
export type TActingFor = z.infer<typeof ZActingFor>;

/** Answers to the situation questions: { [questionId]: optionId[] }. */
export const ZSituationAnswers = z.record(z.string().max(64), z.array(z.string().max(64)).max(20));

/** POST /applications: start a draft of an item's current published version. */
export const ZApplicationCreate = z.object({
  /** 实施编码 of the item. */
  itemCode: z.string().min(1).max(100),
  answers: ZSituationAnswers.optional(),
  actingFor: ZActingFor.default({ kind: 'SELF' }),
});

/** Form values: field key → text, number or a list of chosen options. */
export const ZFormValues = z.record(z.string().max(64), z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(200)).max(50), z.null()]));
export type TFormValues = z.infer<typeof ZFormValues>;

/** PATCH /applications/:id: the form (and, in a draft, the situation answers), naming the version read. */
export const ZApplicationUpdate = z.object({
  version: z.number().int().nonnegative(),
  form: ZFormValues.optional(),
  answers: ZSituationAnswers.optional(),
});

/** PUT /applications/:id/materials/:materialId: the caller's own uploads, or one wallet entry. */
export const ZMaterialSupplyInput = z.union([
  z.object({ fileIds: z.array(z.uuid('文件编号不正确')).min(1, '请至少上传一个文件').max(20) }).strict(),
  z.object({ walletItemId: z.uuid('材料库编号不正确') }).strict(),
]);

/** POST /applications/:id/withdraw. */
export const ZWithdrawInput = z.object({ reason: z.string().trim().max(200).optional() });

/** A file of a material, as its owner sees it. */
export const ZMaterialFile = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int() });

/** One material of an application with what was handed in and the pre-review verdict. */
export const ZApplicationMaterial = z.object({
  id: z.string(),
  name: z.string(),
  materialTypeCode: z.string().nullable(),
  /** Provided (files or a wallet entry). */
  provided: z.boolean(),
  supply: z.string().nullable(),
  walletItemId: z.string().nullable(),
  files: z.array(ZMaterialFile),
  verdict: z.string(),
  verdictReason: z.string().nullable(),
  /** 常见错误 from the guide, shown next to the material. */
  commonMistakes: z.string().nullable(),
});

/** An application (办件) as its applicant sees it. */
export const ZApplication = z.object({
  id: z.string(),
  /** Case number; null until the case is accepted. */
  number: z.string().nullable(),
  status: ZCaseStatus,
  statusLabel: z.string(),
  /** Optimistic version: name it when changing the form. */
  version: z.number().int(),
  item: z.object({ code: z.string(), name: z.string(), versionId: z.string() }),
  applicantKind: z.enum(['PERSON', 'COMPANY']),
  /** Masked applicant name (the principal or company when acting for someone). */
  applicantName: z.string().nullable(),
  actingAsAgent: z.boolean(),
  answers: ZSituationAnswers,
  form: ZFormValues,
  /** Form fields of the item (from its form definition, or the generic contact block). */
  formFields: z.array(z.object({ key: z.string(), label: z.string(), type: z.string(), required: z.boolean(), options: z.array(z.string()).optional() })),
  materials: z.array(ZApplicationMaterial),
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
});
export type TApplication = z.infer<typeof ZApplication>;

/** DELETE /applications/:id. */
export const ZApplicationDeleted = z.object({ deleted: z.literal(true), filesRemoved: z.number().int() });

/** POST /bundle-applications: apply for a 一件事 bundle (one sub-case per item, each reviewed by its department). */
export const ZBundleApplicationCreate = z.object({
  bundleCode: z.string().min(1).max(64),
  actingFor: ZActingFor.default({ kind: 'SELF' }),
});

/** PATCH /bundle-applications/:id: the one form; each part keeps the fields its item asks for. */
export const ZBundleFormUpdate = z.object({ form: ZFormValues });

/** A 一件事 application as its applicant sees it: one status derived from the parts, one merged material list. */
export const ZBundleApplication = z.object({
  id: z.string(),
  bundle: z.object({ code: z.string(), name: z.string() }),
  /** bundleStanding of the parts: the least advanced part still going on. */
  status: ZCaseStatus,
  statusLabel: z.string(),
  /** Some parts were refused or withdrawn while others go on. */
  partial: z.boolean(),
  /** One sub-case per item, each with its department and own status (open one for its timeline and corrections). */
  parts: z.array(
    z.object({
      id: z.string(),
      itemCode: z.string(),
      itemName: z.string(),
      departmentName: z.string(),
      status: ZCaseStatus,
      statusLabel: z.string(),
      number: z.string().nullable(),
      dueDate: z.string().nullable(),
    }),
  ),
  /** Materials asked once: one entry per material type (or name) however many items need it. */
  materials: z.array(
    z.object({
      /** Use this id with PUT /bundle-applications/:id/materials/:materialId. */
      id: z.string(),
      name: z.string(),
      provided: z.boolean(),
      files: z.array(ZMaterialFile),
      /** Names of the items that need it. */
      forItems: z.array(z.string()),
      commonMistakes: z.string().nullable(),
    }),
  ),
  formFields: z.array(z.object({ key: z.string(), label: z.string(), type: z.string(), required: z.boolean(), options: z.array(z.string()).optional() })),
  form: ZFormValues,
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
});
export type TBundleApplication = z.infer<typeof ZBundleApplication>;

/** One line of "my cases". */
export const ZMyCaseSummary = z.object({
  id: z.string(),
  /** A 一件事 bundle (open it with GET /bundle-applications/:id); its status is derived from its parts. */
  isBundle: z.boolean(),
  number: z.string().nullable(),
  itemName: z.string(),
  status: ZCaseStatus,
  statusLabel: z.string(),
  /** Date the current step is due (YYYY-MM-DD), when a clock runs. */
  dueDate: z.string().nullable(),
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
});
export const ZMyCaseList = z.object({ items: z.array(ZMyCaseSummary) });

/** GET /me/case-counts: what the entry points (home, profile) show next to 我的办件. */
export const ZMyCaseCounts = z.object({
  /** All cases (a bundle counts once). */
  total: z.number().int(),
  /** Returned for correction: the applicant must act (待补正). */
  toCorrect: z.number().int(),
  /** Drafts not yet submitted. */
  drafts: z.number().int(),
  /** With the department (pre-review, accepted, in progress, paused). */
  inProgress: z.number().int(),
  /** Completed, the result not yet delivered or picked up. */
  resultReady: z.number().int(),
});
export type TMyCaseCounts = z.infer<typeof ZMyCaseCounts>;

/** A step of the timeline: a transition that happened, or a pause. */
export const ZTimelineStep = z.object({
  kind: z.enum(['EVENT', 'PAUSE']),
  action: z.string(),
  label: z.string(),
  status: ZCaseStatus.nullable(),
  at: z.iso.datetime(),
  /** For a pause: when it ended (null while the clock stands still). */
  endedAt: z.iso.datetime().nullable(),
  reason: z.string().nullable(),
});

/** The open correction notice: one complete list of what to correct. */
export const ZOpenCorrection = z.object({
  round: z.number().int(),
  message: z.string().nullable(),
  issuedAt: z.iso.datetime(),
  respondByDate: z.string().nullable(),
  items: z.array(
    z.object({ materialId: z.string().nullable(), materialName: z.string().nullable(), reason: z.string(), requirement: z.string().nullable(), commonMistakes: z.string().nullable() }),
  ),
});

/** GET /me/cases/:id: the application with its timeline and what the applicant can do now. */
export const ZMyCaseDetail = z.object({
  application: ZApplication,
  timeline: z.array(ZTimelineStep),
  current: z.object({
    status: ZCaseStatus,
    label: z.string(),
    clock: z.enum(['PRE_REVIEW', 'PROMISED', 'PAUSED', 'APPLICANT', 'NONE']),
    /** When the current step is expected to finish (YYYY-MM-DD). */
    dueDate: z.string().nullable(),
  }),
  promisedDueDate: z.string().nullable(),
  /** In-person visits recorded on the case (最多跑一次: at most one). */
  visitCount: z.number().int(),
  /** How the result reaches the applicant, once chosen (WINDOW_PICKUP: the one visit). */
  deliveryMethod: z.enum(['WINDOW_PICKUP', 'COURIER', 'ELECTRONIC']).nullable(),
  correction: ZOpenCorrection.nullable(),
  allowedActions: z.array(ZCaseAction),
});
export type TMyCaseDetail = z.infer<typeof ZMyCaseDetail>;
