import {
  ZAppealBody,
  ZAppealDecisionBody,
  ZAppealEntry,
  ZAppealList,
  ZAppealQuery,
  ZCallbackBody,
  ZMyCaseRating,
  ZOutcomeBody,
  ZRatingBody,
  ZRectificationEntry,
  ZRectificationList,
  ZRectificationQuery,
} from '../schemas/ratings';
import { endpoint } from './define';

/** 好差评: the applicant's rating, the department's follow-up of bad ratings, and appeals decided by supervisors. */
export const ratingsApi = {
  meCaseRating: endpoint({ method: 'GET', path: '/me/cases/:id/rating', summary: '我的办件评价：能否评价、评价内容与差评整改结果', response: ZMyCaseRating, auth: 'citizen' }),
  meRateCase: endpoint({ method: 'POST', path: '/me/cases/:id/rating', summary: '评价办件（一事一评，送达后）', body: ZRatingBody, response: ZMyCaseRating, auth: 'citizen' }),
  staffRectifications: endpoint({ method: 'GET', path: '/staff/rectifications', summary: '本部门差评整改任务（默认未办结，逾期在前）', query: ZRectificationQuery, response: ZRectificationList, auth: 'staff' }),
  staffRectification: endpoint({ method: 'GET', path: '/staff/rectifications/:id', summary: '差评整改任务详情', response: ZRectificationEntry, auth: 'staff' }),
  staffRectificationCallback: endpoint({ method: 'POST', path: '/staff/rectifications/:id/callback', summary: '记录回访申请人', body: ZCallbackBody, response: ZRectificationEntry, auth: 'staff' }),
  staffRectificationOutcome: endpoint({ method: 'POST', path: '/staff/rectifications/:id/outcome', summary: '记录整改结果（已整改、限期整改或解释说明）', body: ZOutcomeBody, response: ZRectificationEntry, auth: 'staff' }),
  staffRatingAppeal: endpoint({ method: 'POST', path: '/staff/ratings/:id/appeal', summary: '对恶意评价提出申诉（部门负责人）', body: ZAppealBody, response: ZAppealEntry, auth: 'staff' }),
  staffRatingAppeals: endpoint({ method: 'GET', path: '/staff/rating-appeals', summary: '评价申诉列表（默认待审核）', query: ZAppealQuery, response: ZAppealList, auth: 'staff' }),
  staffRatingAppealDecision: endpoint({ method: 'POST', path: '/staff/rating-appeals/:id/decision', summary: '督查审核评价申诉（记录结论，不删除评价）', body: ZAppealDecisionBody, response: ZAppealEntry, auth: 'staff' }),
} as const;
