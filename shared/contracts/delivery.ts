import {
  ZAddressBook,
  ZAddressBookDetail,
  ZAddressBookEntry,
  ZAddressBookInput,
  ZBatchDispatchBody,
  ZBatchDispatchResult,
  ZDeliveryChoiceBody,
  ZDeliveryView,
  ZDispatchList,
  ZMyPayments,
  ZPaymentView,
  ZPostageOrder,
  ZShipmentView,
} from '../schemas/delivery';
import { ZOk } from '../schemas/identity';
import { endpoint } from './define';

/**
 * Result delivery (window pickup or EMS courier), postage paid with WeChat Pay, tracking; staff dispatch.
 * WeChat Pay notifications and courier pushes are not part of this contract: those callers sign raw bodies.
 */
export const deliveryApi = {
  meAddresses: endpoint({ method: 'GET', path: '/me/addresses', summary: '我的地址簿（脱敏列表）', response: ZAddressBook, auth: 'citizen' }),
  meAddressCreate: endpoint({ method: 'POST', path: '/me/addresses', summary: '新增收件地址（按地区逐级选择）', body: ZAddressBookInput, response: ZAddressBookEntry, auth: 'citizen' }),
  meAddress: endpoint({ method: 'GET', path: '/me/addresses/:id', summary: '查看本人的一条地址（完整，用于修改）', response: ZAddressBookDetail, auth: 'citizen' }),
  meAddressUpdate: endpoint({ method: 'PUT', path: '/me/addresses/:id', summary: '修改收件地址', body: ZAddressBookInput, response: ZAddressBookEntry, auth: 'citizen' }),
  meAddressDelete: endpoint({ method: 'DELETE', path: '/me/addresses/:id', summary: '删除收件地址', response: ZOk, auth: 'citizen' }),
  meCaseDelivery: endpoint({ method: 'GET', path: '/me/cases/:id/delivery', summary: '办件的结果送达方式、邮费与物流轨迹', response: ZDeliveryView, auth: 'citizen' }),
  meCaseDeliveryChoose: endpoint({
    method: 'PUT',
    path: '/me/cases/:id/delivery',
    summary: '选择窗口领取或邮寄（收件地址按地区逐级选择）',
    body: ZDeliveryChoiceBody,
    response: ZDeliveryView,
    auth: 'citizen',
  }),
  meCasePostagePay: endpoint({ method: 'POST', path: '/me/cases/:id/postage/pay', summary: '微信支付邮费（同一未付订单重复使用）', response: ZPostageOrder, auth: 'citizen' }),
  mePaymentSync: endpoint({ method: 'POST', path: '/me/payments/:id/sync', summary: '向微信支付查询订单状态（未收到通知时）', response: ZPaymentView, auth: 'citizen' }),
  mePayments: endpoint({ method: 'GET', path: '/me/payments', summary: '我的订单（邮费支付凭证与退款）', response: ZMyPayments, auth: 'citizen' }),
  staffDispatchList: endpoint({ method: 'GET', path: '/staff/dispatch', summary: '本部门待寄出与已寄出的办理结果', response: ZDispatchList, auth: 'staff' }),
  staffCaseWaybill: endpoint({ method: 'POST', path: '/staff/cases/:id/waybill', summary: '为办件生成EMS运单（寄出结果）', response: ZShipmentView, auth: 'staff' }),
  staffDispatchBatch: endpoint({ method: 'POST', path: '/staff/dispatch/batch', summary: '批量寄出本部门的办理结果', body: ZBatchDispatchBody, response: ZBatchDispatchResult, auth: 'staff' }),
} as const;
