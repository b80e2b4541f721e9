import {
  ZApplication,
  ZApplicationCreate,
  ZApplicationDeleted,
  ZApplicationUpdate,
  ZMaterialSupplyInput,
  ZMyCaseDetail,
  ZMyCaseList,
  ZWithdrawInput,
} from '../schemas/application';
import { endpoint } from './define';

/**
 * Applying online (citizen side of issue 5): a draft of an item's published version, its form and materials,
 * submission (header Idempotency-Key: a double tap or a retry makes one submission), withdrawal, resubmission after
 * a correction notice, and "my cases" with the timeline. Another citizen's case is 404.
 */
export const applicationsApi = {
  applicationCreate: endpoint({ method: 'POST', path: '/applications', summary: '开始申请（草稿）', body: ZApplicationCreate, response: ZApplication, auth: 'citizen' }),
  applicationUpdate: endpoint({ method: 'PATCH', path: '/applications/:id', summary: '填写申请表', body: ZApplicationUpdate, response: ZApplication, auth: 'citizen' }),
  applicationMaterialSet: endpoint({
    method: 'PUT',
    path: '/applications/:id/materials/:materialId',
    summary: '提供材料（本人上传的文件或材料库中的材料）',
    body: ZMaterialSupplyInput,
    response: ZApplication,
    auth: 'citizen',
  }),
  applicationSubmit: endpoint({ method: 'POST', path: '/applications/:id/submit', summary: '提交申请（需 Idempotency-Key）', response: ZApplication, auth: 'citizen' }),
  applicationWithdraw: endpoint({ method: 'POST', path: '/applications/:id/withdraw', summary: '撤回申请（受理前）', body: ZWithdrawInput, response: ZApplication, auth: 'citizen' }),
  applicationResubmit: endpoint({ method: 'POST', path: '/applications/:id/resubmit', summary: '提交补正材料', response: ZApplication, auth: 'citizen' }),
  applicationDelete: endpoint({ method: 'DELETE', path: '/applications/:id', summary: '删除草稿（连同其文件）', response: ZApplicationDeleted, auth: 'citizen' }),
  meCases: endpoint({ method: 'GET', path: '/me/cases', summary: '我的办件（最新在前）', response: ZMyCaseList, auth: 'citizen' }),
  meCaseDetail: endpoint({ method: 'GET', path: '/me/cases/:id', summary: '办件详情与进度', response: ZMyCaseDetail, auth: 'citizen' }),
} as const;
