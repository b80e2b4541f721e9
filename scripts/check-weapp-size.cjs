#!/usr/bin/env node
// Checks the weapp build against WeChat's upload limits: 2 MB per package (the main package and each
// subpackage) and 20 MB in total. Run after `npm run build:weapp`; exits 1 when a limit is broken.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', 'miniprogram', 'dist', 'weapp');
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function main() {
  const appJsonPath = path.join(DIST, 'app.json');
  if (!fs.existsSync(appJsonPath)) {
    console.error(`No weapp build at ${path.relative(process.cwd(), DIST) || DIST} (app.json missing): run \`npm run build:weapp\` first.`);
    return 1;
  }
  const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'));
  const roots = (appJson.subPackages || appJson.subpackages || []).map((sub) => sub.root.replace(/^\/+|\/+$/g, ''));

  const sizes = new Map([['(main)', 0], ...roots.map((root) => [root, 0])]);
  for (const file of filesUnder(DIST)) {
    const rel = path.relative(DIST, file).split(path.sep).join('/');
    const owner = roots.find((root) => rel === root || rel.startsWith(`${root}/`)) ?? '(main)';
    sizes.set(owner, sizes.get(owner) + fs.statSync(file).size);
  }

  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(9);
  const problems = [];
  console.log(`${'package'.padEnd(24)}${'size (KB)'.padStart(9)}${'limit (KB)'.padStart(12)}`);
  for (const [name, size] of sizes) {
    console.log(`${name.padEnd(24)}${kb(size)}${kb(PACKAGE_LIMIT)}   ${size > PACKAGE_LIMIT ? 'TOO LARGE' : 'ok'}`);
    if (size > PACKAGE_LIMIT) problems.push(`package ${name} is ${kb(size).trim()} KB, over the 2048 KB limit`);
  }
  console.log(`${'total'.padEnd(24)}${kb(total)}${kb(TOTAL_LIMIT)}   ${total > TOTAL_LIMIT ? 'TOO LARGE' : 'ok'}`);
  if (total > TOTAL_LIMIT) problems.push(`total is ${kb(total).trim()} KB, over the 20480 KB limit`);

  for (const problem of problems) console.error(`weapp size check failed: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = main();
