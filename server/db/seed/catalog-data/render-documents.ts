import fs from 'node:fs';
import path from 'node:path';
import { SEED_ITEMS } from '../catalog';
import { buildDocumentSpecs } from '../catalog-rows';
import { renderDocument } from './documents';

/**
 * Regenerate the committed blank forms and samples (prisma/seed/documents/<key>.pdf) after changing a template or
 * the layout: `npx tsx server/db/seed/catalog-data/render-documents.ts`. Rendering CJK PDFs takes ~80 ms each, too
 * slow for every start, so the seed copies these files and renders only what is missing.
 */
const SEED_DOCUMENTS_DIR = path.resolve(__dirname, '../../../../prisma/seed/documents');

async function main(): Promise<void> {
  fs.mkdirSync(SEED_DOCUMENTS_DIR, { recursive: true });
  const specs = buildDocumentSpecs(SEED_ITEMS);
  for (const spec of specs) {
    const doc = await renderDocument(spec);
    fs.writeFileSync(path.join(SEED_DOCUMENTS_DIR, `${spec.key}.${doc.ext}`), doc.data);
  }
  process.stdout.write(`${specs.length} documents written to ${SEED_DOCUMENTS_DIR}\n`);
}

if (require.main === module) void main();
