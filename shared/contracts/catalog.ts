import {
  ZBundle,
  ZGuide,
  ZGuideSearchQuery,
  ZGuideSearchResponse,
  ZGuidesHome,
  ZMaterialAnswers,
  ZTailoredMaterials,
} from '../schemas/catalog';
import { endpoint } from './define';

/**
 * Citizen-facing service guides (public). Blank forms and samples are plain downloads at GET /api/v1/files/:id
 * (see fileUrl in shared/schemas/catalog.ts), outside this JSON contract.
 */
export const catalogApi = {
  guideSearch: endpoint({
    method: 'GET',
    path: '/guides/search',
    summary: '搜索办事指南：中文、拼音全拼/首字母、俗称、容错；按筛选条件过滤，分页',
    query: ZGuideSearchQuery,
    response: ZGuideSearchResponse,
    auth: 'public',
  }),
  guidesHome: endpoint({
    method: 'GET',
    path: '/guides/home',
    summary: '办事指南首页：热门事项、部门（含事项数）、生活主题、一件事',
    response: ZGuidesHome,
    auth: 'public',
  }),
  guide: endpoint({
    method: 'GET',
    path: '/guides/:code',
    summary: '办事指南详情（按实施编码，已发布版本）',
    response: ZGuide,
    auth: 'public',
  }),
  guideMaterials: endpoint({
    method: 'POST',
    path: '/guides/:code/materials',
    summary: '按情形回答生成材料清单',
    body: ZMaterialAnswers,
    response: ZTailoredMaterials,
    auth: 'public',
  }),
  bundle: endpoint({
    method: 'GET',
    path: '/bundles/:code',
    summary: '一件事详情：包含的事项与合并后的材料清单',
    response: ZBundle,
    auth: 'public',
  }),
} as const;
