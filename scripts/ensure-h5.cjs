#!/usr/bin/env node
// The server shows the H5 build of the mini-program, and the browser tests drive it: build it when it is missing
// or older than its sources (miniprogram/src, miniprogram/config, shared). Used before `npm start` (a failed build
// only warns there: the API still starts) and by `npm test` (a failed build fails the run).
// Skipped with SKIP_H5_BUILD=1, or when H5_DIR points elsewhere.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'miniprogram', 'dist', 'h5', 'index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Returns true when the H5 build is present and current (building it if needed). */
function ensureH5({ label }) {
  if (process.env.SKIP_H5_BUILD === '1' || process.env.H5_DIR) return true;
  const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
  const sources = Math.max(...['miniprogram/src', 'miniprogram/config', 'shared'].map((d) => newest(path.join(root, d))));
  if (built >= sources) return true;
  console.log(`[${label}] ${built ? 'H5 build is older than its sources: rebuilding' : 'building the H5 app once'} (about 15 s)…`);
  const r = spawnSync('npm', ['run', '--silent', 'build:h5'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status === 0) return true;
  console.error(`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n'));
  return false;
}

module.exports = { ensureH5 };

if (require.main === module) {
  if (!ensureH5({ label: 'start' })) {
    console.error('[start] H5 build failed (above); the API will still start. Run `npm run build:h5` to retry.');
  }
}
