import {
  ZApplication,
  ZApplicationCreate,
  ZApplicationDeleted,
  ZApplicationUpdate,
  ZBundleApplication,
  ZBundleApplicationCreate,
  ZBundleFormUpdate,
  ZMaterialSupplyInput,
  ZMyCaseDetail,
  ZMyCaseCounts,
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
  bundleApplicationCreate: endpoint({
    method: 'POST',
    path: '/bundle-applications',
    summary: '申请“一件事”（一次申请，按部门分为子办件并行审查）',
    body: ZBundleApplicationCreate,
    response: ZBundleApplication,
    auth: 'citizen',
  }),
  bundleApplicationGet: endpoint({ method: 'GET', path: '/bundle-applications/:id', summary: '“一件事”申请：总状态、各部门子办件、合并材料清单', response: ZBundleApplication, auth: 'citizen' }),
  bundleApplicationUpdate: endpoint({ method: 'PATCH', path: '/bundle-applications/:id', summary: '填写“一件事”的一张表', body: ZBundleFormUpdate, response: ZBundleApplication, auth: 'citizen' }),
  bundleApplicationMaterialSet: endpoint({
    method: 'PUT',
    path: '/bundle-applications/:id/materials/:materialId',
    summary: '提供共用材料（只需一次，用于所有需要它的事项）',
    body: ZMaterialSupplyInput,
    response: ZBundleApplication,
    auth: 'citizen',
  }),
  bundleApplicationDelete: endpoint({ method: 'DELETE', path: '/bundle-applications/:id', summary: '删除“一件事”草稿（连同其文件）', response: ZApplicationDeleted, auth: 'citizen' }),
  bundleApplicationSubmit: endpoint({ method: 'POST', path: '/bundle-applications/:id/submit', summary: '提交“一件事”（需 Idempotency-Key）', response: ZBundleApplication, auth: 'citizen' }),
  bundleApplicationWithdraw: endpoint({
    method: 'POST',
    path: '/bundle-applications/:id/withdraw',
    summary: '撤回整个“一件事”（各事项均未受理时；重复请求不再改变）',
    body: ZWithdrawInput,
    response: ZBundleApplication,
    auth: 'citizen',
  }),
  meCases: endpoint({ method: 'GET', path: '/me/cases', summary: '我的办件（最新在前）', response: ZMyCaseList, auth: 'citizen' }),
  meCaseCounts: endpoint({ method: 'GET', path: '/me/case-counts', summary: '我的办件计数（待补正、草稿、办理中、待领取）', response: ZMyCaseCounts, auth: 'citizen' }),
  meCaseDetail: endpoint({ method: 'GET', path: '/me/cases/:id', summary: '办件详情与进度', response: ZMyCaseDetail, auth: 'citizen' }),
} as const;
