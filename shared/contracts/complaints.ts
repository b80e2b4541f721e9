import { ZComplaintCreate, ZComplaintList, ZComplaintReplyBody, ZComplaintView, ZStaffComplaintQuery } from '../schemas/complaints';
import { endpoint } from './define';

/** 咨询/投诉: citizens file and track them; the addressed department replies (the citizen is notified). */
export const complaintsApi = {
  meCreateComplaint: endpoint({ method: 'POST', path: '/me/complaints', summary: '提交咨询或投诉（针对办件、事项或部门，可附文件；有频率限制）', body: ZComplaintCreate, response: ZComplaintView, auth: 'citizen' }),
  meComplaints: endpoint({ method: 'GET', path: '/me/complaints', summary: '我的咨询投诉', response: ZComplaintList, auth: 'citizen' }),
  meComplaint: endpoint({ method: 'GET', path: '/me/complaints/:id', summary: '咨询投诉进度与答复', response: ZComplaintView, auth: 'citizen' }),
  staffComplaints: endpoint({ method: 'GET', path: '/staff/complaints', summary: '本部门咨询投诉（默认待处理，期限早的在前）', query: ZStaffComplaintQuery, response: ZComplaintList, auth: 'staff' }),
  staffComplaint: endpoint({ method: 'GET', path: '/staff/complaints/:id', summary: '咨询投诉详情（含内部备注）', response: ZComplaintView, auth: 'staff' }),
  staffComplaintReply: endpoint({ method: 'POST', path: '/staff/complaints/:id/reply', summary: '答复群众（通知申请人）或添加内部备注', body: ZComplaintReplyBody, response: ZComplaintView, auth: 'staff' }),
} as const;
