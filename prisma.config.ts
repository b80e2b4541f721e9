import { defineConfig } from 'prisma/config';

/**
 * Prisma 7 CLI configuration. The schema's datasource has no url: Prisma 7 takes it from here.
 *
 * `prisma generate` never connects, so a harmless local default keeps it working when DATABASE_URL is unset
 * (postinstall, CI type checks). The app itself reads DATABASE_URL through server/env.ts, not through this file.
 * Migrations are applied by server/db/migrate.ts and authored with tools/prisma-dev (Prisma 7's migrate commands need
 * a native engine that cannot be downloaded offline).
 */
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/onetrip',
  },
});
