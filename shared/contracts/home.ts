import { ZHomeResponse } from '../schemas/home';
import { ZRegionChildrenQuery, ZRegionList } from '../schemas/region';
import { endpoint } from './define';

/** Home page and region tree (public). */
export const homeApi = {
  home: endpoint({ method: 'GET', path: '/home', summary: '首页：城市、县区、部门与统计', response: ZHomeResponse, auth: 'public' }),
  regionChildren: endpoint({
    method: 'GET',
    path: '/regions',
    summary: '地区树：某地区的下级地区（省略 parent 为顶级）',
    query: ZRegionChildrenQuery,
    response: ZRegionList,
    auth: 'public',
  }),
} as const;
