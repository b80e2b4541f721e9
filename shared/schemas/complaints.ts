import { z } from 'zod';

/** 咨询 (enquiry) or 投诉 (complaint); the table also knows suggestions and praise. */
export const ZComplaintKind = z.enum(['COMPLAINT', 'ENQUIRY', 'SUGGESTION', 'PRAISE']);
export const ZComplaintStatus = z.enum(['OPEN', 'IN_PROGRESS', 'REPLIED', 'CLOSED']);

export const COMPLAINT_KIND_LABELS: Record<z.infer<typeof ZComplaintKind>, string> = { COMPLAINT: '投诉', ENQUIRY: '咨询', SUGGESTION: '建议', PRAISE: '表扬' };
export const COMPLAINT_STATUS_LABELS: Record<z.infer<typeof ZComplaintStatus>, string> = { OPEN: '待处理', IN_PROGRESS: '处理中', REPLIED: '已答复', CLOSED: '已办结' };

/** POST /me/complaints: about a case of mine, an item, or a department (exactly one). */
export const ZComplaintCreate = z
  .object({
    kind: ZComplaintKind.default('COMPLAINT'),
    caseId: z.uuid('办件编号无效').optional(),
    itemId: z.uuid('事项无效').optional(),
    departmentId: z.uuid('部门无效').optional(),
    title: z.string().trim().min(2, '请填写标题').max(60, '标题不能超过60个字'),
    content: z.string().trim().min(5, '请把情况写清楚（至少5个字）').max(2000, '内容不能超过2000个字'),
    /** Files uploaded first through POST /files (purpose ATTACHMENT), at most 6. */
    attachmentFileIds: z.array(z.uuid()).max(6, '附件最多6个').default([]),
    /** A phone to reach the citizen (stored encrypted); their profile phone otherwise. */
    contactPhone: z.string().regex(/^1\d{10}$/, '请输入11位手机号').optional(),
  })
  .refine((b) => [b.caseId, b.itemId, b.departmentId].filter(Boolean).length === 1, { path: ['caseId'], message: '请选择投诉或咨询的对象：办件、事项或部门之一' });

export const ZComplaintAttachment = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int() });
export const ZComplaintReplyView = z.object({
  id: z.string(),
  /** STAFF or USER. */
  authorKind: z.enum(['USER', 'STAFF', 'SYSTEM']),
  /** Department name for staff replies. */
  author: z.string().nullable(),
  body: z.string(),
  /** Internal notes are only in the staff view. */
  internal: z.boolean(),
  createdAt: z.string(),
});

export const ZComplaintView = z.object({
  id: z.string(),
  number: z.string(),
  kind: ZComplaintKind,
  kindLabel: z.string(),
  status: ZComplaintStatus,
  statusLabel: z.string(),
  title: z.string(),
  content: z.string(),
  /** What it is about, in words (case number, item or department name). */
  subject: z.string(),
  caseId: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** Reply deadline (YYYY-MM-DD) and whether it has passed without a reply. */
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  contactPhoneMasked: z.string().nullable(),
  attachments: z.array(ZComplaintAttachment),
  replies: z.array(ZComplaintReplyView),
  createdAt: z.string(),
});
export const ZComplaintSummary = ZComplaintView.omit({ content: true, attachments: true, replies: true });
export const ZComplaintList = z.object({ items: z.array(ZComplaintSummary) });

export const ZStaffComplaintQuery = z.object({ status: ZComplaintStatus.optional() });

/** POST /staff/complaints/:id/reply: an answer to the citizen (notified), or an internal note. */
export const ZComplaintReplyBody = z.object({
  body: z.string().trim().min(2, '请填写答复内容').max(2000, '答复不能超过2000个字'),
  internal: z.boolean().default(false),
});

export type TComplaintCreate = z.infer<typeof ZComplaintCreate>;
export type TComplaintView = z.infer<typeof ZComplaintView>;
export type TComplaintSummary = z.infer<typeof ZComplaintSummary>;
