import {
  ZAdminItemList,
  ZAdminItemListQuery,
  ZAdminVersion,
  ZCatalogStats,
  ZCatalogStatsQuery,
  ZCreateItemBody,
  ZImportQuery,
  ZImportReport,
  ZPublishBody,
  ZRetireBody,
  ZUpdateDraftBody,
  ZVersionChange,
} from '../schemas/catalog-admin';
import { endpoint } from './define';

/**
 * Catalogue maintenance (事项管理) for staff with the CATALOGUE_EDITOR or SYSTEM_ADMIN role, scoped by the
 * department/region of their grants. File endpoints (import, export, posters) are listed in catalog-files.
 */
export const catalogAdminApi = {
  adminListItems: endpoint({
    method: 'GET',
    path: '/admin/catalog/items',
    summary: '事项管理：事项列表（含最新版本状态）',
    query: ZAdminItemListQuery,
    response: ZAdminItemList,
    auth: 'staff',
  }),
  adminCreateItem: endpoint({
    method: 'POST',
    path: '/admin/catalog/items',
    summary: '事项管理：新建事项及其第一个草稿',
    body: ZCreateItemBody,
    response: ZAdminVersion,
    auth: 'staff',
  }),
  adminCreateDraft: endpoint({
    method: 'POST',
    path: '/admin/catalog/items/:itemId/drafts',
    summary: '事项管理：从已发布版本复制出新草稿',
    response: ZAdminVersion,
    auth: 'staff',
  }),
  adminRetireItem: endpoint({
    method: 'POST',
    path: '/admin/catalog/items/:itemId/retire',
    summary: '事项管理：下线事项（已发布版本转为已下线，内容不变）',
    body: ZRetireBody,
    response: ZVersionChange,
    auth: 'staff',
  }),
  adminGetVersion: endpoint({
    method: 'GET',
    path: '/admin/catalog/versions/:versionId',
    summary: '事项管理：某一版本的内容及待修正问题',
    response: ZAdminVersion,
    auth: 'staff',
  }),
  adminUpdateDraft: endpoint({
    method: 'PUT',
    path: '/admin/catalog/versions/:versionId',
    summary: '事项管理：保存草稿（须带上读取时的 revision）',
    body: ZUpdateDraftBody,
    response: ZAdminVersion,
    auth: 'staff',
  }),
  adminPublishVersion: endpoint({
    method: 'POST',
    path: '/admin/catalog/versions/:versionId/publish',
    summary: '事项管理：发布草稿（不符合要素规范时一次性列出全部问题）',
    body: ZPublishBody,
    response: ZVersionChange,
    auth: 'staff',
  }),
  adminImportCatalogue: endpoint({
    method: 'POST',
    path: '/admin/catalog/import',
    summary: '事项管理：导入国家事项要素表（请求体为 .xlsx 或 .csv 文件本身；有任何错误时不写入任何数据）',
    query: ZImportQuery,
    response: ZImportReport,
    auth: 'staff',
  }),
  catalogStats: endpoint({
    method: 'GET',
    path: '/catalog/stats',
    summary: '督查：按部门、地区统计已发布事项的“最多跑一次”等指标及达标情况',
    query: ZCatalogStatsQuery,
    response: ZCatalogStats,
    auth: 'staff',
  }),
} as const;
