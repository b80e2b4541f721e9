import { ZFileDeleted, ZFileLink, ZStoredFile } from '../schemas/files';
import { ZWallet, ZWalletQuery } from '../schemas/wallet';
import { endpoint } from './define';

/**
 * Uploads, short-lived links and the material wallet. Two endpoints are not JSON and so sit outside the typed
 * client: POST /files takes multipart/form-data (a part "file", fields uploadId and purpose; Taro.uploadFile
 * sends exactly that) and GET /files/:id/content returns the bytes (with a bearer token, or ?exp&sig from a link).
 */
export const filesApi = {
  fileUpload: endpoint({
    method: 'POST',
    path: '/files',
    summary: '上传文件（multipart/form-data；Idempotency-Key 相同的重试返回同一文件）',
    response: ZStoredFile,
    auth: 'any',
  }),
  fileLink: endpoint({ method: 'GET', path: '/files/:id/link', summary: '获取文件的短时访问链接（10 分钟内有效）', response: ZFileLink, auth: 'any' }),
  fileDelete: endpoint({ method: 'DELETE', path: '/files/:id', summary: '删除自己上传且未提交的文件', response: ZFileDeleted, auth: 'citizen' }),
  meWallet: endpoint({ method: 'GET', path: '/me/wallet', summary: '我的材料库（可按事项匹配材料）', query: ZWalletQuery, response: ZWallet, auth: 'citizen' }),
} as const;
