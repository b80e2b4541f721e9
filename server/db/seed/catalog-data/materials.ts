import type { SeedMaterial } from './types';

// Materials many items ask for. Government-issued ones are fetched from the licence platform instead of uploaded.
export const ID_CARD: SeedMaterial = {
  type: 'ID_CARD',
  name: '申请人居民身份证',
  orig: 'OC',
  src: 'G',
  srcDetail: '公安机关核发，可通过电子证照库调取',
  mistakes: '身份证已过有效期；复印件正反面不在同一页',
  standard: '在有效期内，信息清晰完整',
};
export const HUKOU: SeedMaterial = {
  type: 'HOUSEHOLD_REGISTER',
  name: '居民户口簿',
  orig: 'OC',
  src: 'G',
  srcDetail: '公安机关核发，可通过户籍系统核验',
  mistakes: '只复印了户主页，缺少本人页',
  standard: '户主页和本人页齐全',
};
export const LICENCE: SeedMaterial = {
  type: 'BUSINESS_LICENCE',
  name: '营业执照',
  orig: 'C',
  src: 'G',
  srcDetail: '市场监管部门核发，系统自动调取电子营业执照',
  standard: '处于存续状态',
};
export const AGENT_LETTER: SeedMaterial = {
  type: 'AUTHORISATION_LETTER',
  name: '授权委托书及代理人身份证',
  when: '委托他人代办时',
  form: true,
  mistakes: '委托事项写得笼统（如“全权代理”），未写明具体事项和期限',
  standard: '委托人签字或盖章，写明委托事项、权限和期限',
};
export const LEASE: SeedMaterial = {
  type: 'LEASE_CONTRACT',
  name: '经营场所租赁合同',
  when: '经营场所为租赁时',
  orig: 'C',
  mistakes: '缺少出租方签字页；租赁期限已过',
  standard: '出租方、承租方签字齐全，租期覆盖申请之日',
};
export const PROPERTY: SeedMaterial = {
  type: 'PROPERTY_CERT',
  name: '不动产权证书',
  orig: 'OC',
  src: 'G',
  srcDetail: '自然资源部门核发，可通过不动产登记系统查询',
  standard: '权利人与申请人一致',
};
export const PHOTO: SeedMaterial = {
  type: 'PHOTO',
  name: '近期免冠彩色照片',
  copies: 2,
  mistakes: '照片为自拍或美颜照片，背景不是白色',
  standard: '近6个月内白底证件照',
  minor: true,
};
export const BANK_CARD: SeedMaterial = {
  type: 'BANK_CARD',
  name: '本人银行卡或社会保障卡（金融账户）',
  orig: 'C',
  standard: '户名为申请人本人',
  minor: true,
};
