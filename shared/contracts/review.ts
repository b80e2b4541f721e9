import {
  ZCaseAfterAction,
  ZCaseQr,
  ZCorrectionNotice,
  ZCorrectionNoticeBody,
  ZLookupBody,
  ZLookupResult,
  ZQueue,
  ZQueueQuery,
  ZStaffCaseQuery,
  ZStaffCaseView,
  ZTransitionBody,
  ZVerdictBody,
  ZVerdictResult,
} from '../schemas/review';
import { endpoint } from './define';

/** Staff pre-review and handling of cases (scoped to the staff member's department and region), and the case QR. */
export const reviewApi = {
  staffQueue: endpoint({ method: 'GET', path: '/staff/queue', summary: '本部门预审队列（最早收件在前，含预审期限）', query: ZQueueQuery, response: ZQueue, auth: 'staff' }),
  staffCaseView: endpoint({
    method: 'GET',
    path: '/staff/cases/:id',
    summary: '办件详情：材料、申请人信息（承办人员完整并审计，督查脱敏）、时间线、可执行操作',
    query: ZStaffCaseQuery,
    response: ZStaffCaseView,
    auth: 'staff',
  }),
  staffMaterialVerdict: endpoint({
    method: 'PUT',
    path: '/staff/cases/:id/materials/:materialId/verdict',
    summary: '审查一项材料（合格或需补正）',
    body: ZVerdictBody,
    response: ZVerdictResult,
    auth: 'staff',
  }),
  staffCorrectionNotice: endpoint({
    method: 'POST',
    path: '/staff/cases/:id/correction-notice',
    summary: '一次性告知补正（列出全部需补正材料）并退回',
    body: ZCorrectionNoticeBody,
    response: ZCorrectionNotice,
    auth: 'staff',
  }),
  staffCaseTransition: endpoint({
    method: 'POST',
    path: '/staff/cases/:id/transition',
    summary: '受理、容缺受理、不予受理、办理、特别程序、办结、送达',
    body: ZTransitionBody,
    response: ZCaseAfterAction,
    auth: 'staff',
  }),
  staffCaseLookup: endpoint({
    method: 'POST',
    path: '/staff/cases/lookup',
    summary: '窗口扫码或输入办件编号查找办件，可登记到场',
    body: ZLookupBody,
    response: ZLookupResult,
    auth: 'staff',
  }),
  meCaseQr: endpoint({ method: 'GET', path: '/me/cases/:id/qr', summary: '我的办件二维码（短时有效，窗口扫码用）', response: ZCaseQr, auth: 'citizen' }),
} as const;
