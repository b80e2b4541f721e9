#!/usr/bin/env node
// Generates the Prisma client into server/generated/prisma (gitignored). Runs as the root `postinstall` and as
// `npm run db:generate`.
//
// Why not plain `prisma generate`: Prisma 7's CLI wants its native schema engine on start-up and tries to download
// it, which fails offline. `generate` never executes that engine, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing file (node itself) is enough; CHECKPOINT_DISABLE stops the update check phoning home.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const schema = path.join(root, 'prisma', 'schema.prisma');

function fail(message) {
  console.error(`prisma-generate: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(cli)) {
  fail(`Prisma CLI not found at ${path.relative(root, cli)}. Run \`npm install\` at the repository root first.`);
}
if (!fs.existsSync(schema)) {
  fail(`schema not found at ${path.relative(root, schema)}.`);
}

const env = {
  ...process.env,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  // Respect an explicit engine path (someone with the real binary); otherwise any existing file will do.
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
};

const result = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: 'inherit' });

if (result.error) {
  fail(`could not start the Prisma CLI: ${result.error.message}`);
}
if (result.status !== 0) {
  fail(
    `\`prisma generate\` exited with ${result.status ?? `signal ${result.signal}`}. ` +
      'Check prisma/schema.prisma (`npx prisma validate`) and the messages above.',
  );
}
