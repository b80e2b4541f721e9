import QRCode from 'qrcode';
import type { WeChatClient } from '../../adapters/wechat/wechat.port';
import type { Actor } from '../../domain/actor';
import { posterContent, type PosterContent } from '../../domain/catalog/poster-content';
import type { Db } from '../../db/client';
import { AppError, errors } from '../../errors';
import { assertCanManage } from '../catalog-admin/scope';
import { findCjkFont, type CjkFont } from './cjk-font';
import { renderPosterPdf, renderPosterPng } from './render-poster';

/** The mini-program page a poster opens. */
export const GUIDE_PAGE = 'pages/guide/index';
/** getwxacodeunlimit scene: ≤ 32 characters of this set. */
const SCENE_RE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

export interface PosterDeps {
  db: Db;
  wechat: WeChatClient;
  /** Origin of the H5 site for the plain-URL QR (PUBLIC_URL, or the request's origin). */
  publicUrl: string;
}

export type PosterFormat = 'png' | 'pdf';

/** The H5 address of an item's guide (what the plain QR holds). */
export function guideUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${GUIDE_PAGE}?code=${encodeURIComponent(code)}`;
}

/** 503 with a message that tells the operator what to install. */
function requireFont(): CjkFont {
  const font = findCjkFont();
  if (!font) throw new AppError('SERVICE_UNAVAILABLE', '服务器缺少中文字体，无法生成海报（请安装 fonts-wqy-microhei）');
  return font;
}

/** What the poster of one item says, from its published version; 404/409 when there is none. */
async function loadContent(deps: PosterDeps, actor: Extract<Actor, { kind: 'staff' }>, itemId: string, windowLabel?: string): Promise<PosterContent> {
  const item = await deps.db.serviceItem.findUnique({
    where: { id: itemId },
    include: { department: { select: { name: true } }, versions: { where: { status: 'PUBLISHED' }, take: 1 } },
  });
  if (!item) throw errors.notFound('找不到该事项');
  await assertCanManage(deps.db, actor, item);
  const v = item.versions[0];
  if (!v) throw errors.conflict('该事项尚未发布，不能生成海报');
  return posterContent({ ...v, implementationCode: item.implementationCode, departmentName: item.department.name }, windowLabel);
}

/**
 * The two codes of a poster: the mini-program code from WeChat (scene = the implementation code, opened on the
 * guide page) and a plain-URL QR for any phone camera.
 */
async function codesFor(deps: PosterDeps, code: string): Promise<{ wxa: Buffer; url: Buffer }> {
  if (!SCENE_RE.test(code)) throw errors.badRequest(`事项编码“${code}”超过32个字符或含有不支持的字符，无法生成小程序码`);
  const url = await QRCode.toBuffer(guideUrl(deps.publicUrl, code), { type: 'png', width: 430, margin: 2, errorCorrectionLevel: 'M' });
  const wxa = await deps.wechat.getWxaCodeUnlimit({ scene: code, page: GUIDE_PAGE, width: 430, checkPath: false }).catch((e: unknown) => {
    throw errors.unavailable(e);
  });
  return { wxa, url };
}

/** One poster file for an item (and optionally a window), ready to send. */
export async function makePoster(
  deps: PosterDeps,
  actor: Extract<Actor, { kind: 'staff' }>,
  itemId: string,
  opts: { format: PosterFormat; window?: string },
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const font = requireFont();
  const content = await loadContent(deps, actor, itemId, opts.window);
  return renderFile(deps, content, opts.format, font);
}

/** Render a poster whose content is known (the batch uses this directly). */
export async function renderFile(deps: PosterDeps, content: PosterContent, format: PosterFormat, font = requireFont()) {
  const codes = await codesFor(deps, content.code);
  const body = format === 'png' ? await renderPosterPng(content, codes, font) : await renderPosterPdf(content, codes, font);
  const safe = content.title.replace(/[\\/:*?"<>|]/g, '_').slice(0, 60);
  return { body, contentType: format === 'png' ? 'image/png' : 'application/pdf', filename: `${safe}-${content.code}.${format}` };
}
