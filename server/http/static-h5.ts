import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Middleware } from 'koa';
import send from 'koa-send';
import type { AppState } from './context';

const HASHED = /\.[0-9a-f]{8,}\.(js|css|png|jpe?g|svg|webp|woff2?)$/;

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>OneTrip</title>
<body style="font:18px/1.6 sans-serif;padding:2em"><h1>H5 页面尚未构建</h1>
<p>API 正在运行。运行 <code>npm run build:h5</code> 后刷新本页即可看到小程序的 H5 版本。</p></body></html>`;

/** `'sha256-…'` sources for the inline scripts of an HTML page (CSP Level 2 hashes over the exact script text). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1]!) || m[2] === '') continue;
    hashes.push(`'sha256-${crypto.createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The policy with `sources` added to its script-src directive (the page's own inline scripts, nothing else). */
export function allowScripts(policy: string, sources: string[]): string {
  if (!policy || sources.length === 0) return policy;
  return policy
    .split(';')
    .map((d) => (/^\s*script-src\s/.test(d) ? `${d.trimEnd()} ${sources.join(' ')}` : d))
    .join(';');
}

/**
 * Serve the H5 build of the mini-program. Paths that are not files fall back to index.html (the H5 router uses
 * browser history, so /pages/... must load the app). API and health paths never reach here.
 */
export function serveH5(dir: string): Middleware<AppState> {
  const root = path.resolve(dir);
  // Taro's shell sets the root font size (20-24px, which every rem in the app scales from) with an inline script.
  // The CSP refuses inline scripts, so the shell's own are allowed by hash: nothing else inline runs. Cached per
  // build (mtime), since a rebuild while the server runs changes the script.
  let shell: { mtimeMs: number; hashes: string[] } | undefined;
  const shellHashes = (index: string): string[] => {
    const { mtimeMs } = fs.statSync(index);
    if (shell?.mtimeMs !== mtimeMs) shell = { mtimeMs, hashes: inlineScriptHashes(fs.readFileSync(index, 'utf8')) };
    return shell.hashes;
  };
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path.startsWith('/api/') || ctx.path === '/api') return next();
    const index = path.join(root, 'index.html');
    if (!fs.existsSync(index)) {
      ctx.status = 503;
      ctx.type = 'html';
      ctx.body = NOT_BUILT;
      return;
    }
    const rel = decodeURIComponent(ctx.path);
    const looksLikeFile = path.extname(rel) !== '' && rel !== '/index.html';
    if (looksLikeFile) {
      try {
        await send(ctx, rel, {
          root,
          index: false,
          hidden: false,
          setHeaders: (res, filePath) => {
            // Webpack output names carry content hashes (app.e8e1eb92.js): cache those for a year, the rest revalidates.
            res.setHeader('Cache-Control', HASHED.test(path.basename(filePath)) ? 'public, max-age=31536000, immutable' : 'no-cache');
          },
        });
        return;
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e;
        return next(); // a missing asset is a 404 in the error model, not the app shell
      }
    }
    ctx.set('Cache-Control', 'no-cache');
    const policy = ctx.response.get('Content-Security-Policy');
    if (policy) ctx.set('Content-Security-Policy', allowScripts(policy, shellHashes(index)));
    await send(ctx, 'index.html', { root });
  };
}
