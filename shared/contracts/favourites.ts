import { ZFavouriteBody, ZFavouriteList, ZFavouriteMergeBody } from '../schemas/favourites';
import { endpoint } from './define';

/** A signed-in citizen's favourite guides and bundles (收藏), kept on the account so they follow the citizen. */
export const favouritesApi = {
  favouritesList: endpoint({ method: 'GET', path: '/me/favourites', summary: '我的收藏（最新在前）', response: ZFavouriteList, auth: 'citizen' }),
  favouritesAdd: endpoint({ method: 'POST', path: '/me/favourites', summary: '收藏事项或一件事', body: ZFavouriteBody, response: ZFavouriteList, auth: 'citizen' }),
  favouritesRemove: endpoint({ method: 'DELETE', path: '/me/favourites/:kind/:code', summary: '取消收藏', response: ZFavouriteList, auth: 'citizen' }),
  favouritesMerge: endpoint({
    method: 'POST',
    path: '/me/favourites/merge',
    summary: '登录后合并本机收藏（未知编码忽略）',
    body: ZFavouriteMergeBody,
    response: ZFavouriteList,
    auth: 'citizen',
  }),
} as const;
