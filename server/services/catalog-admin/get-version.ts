import type { TAdminVersion } from '@shared/schemas/catalog-admin';
import type { Actor } from '../../domain/actor';
import type { Db } from '../../db/client';
import { loadVersionRow, presentAdminVersion } from '../../presenters/admin-version.presenter';
import { assertCanManage } from './scope';

/** One version with its content and the rules it breaks, for an editor whose grants reach the item. */
export async function getVersion(db: Db, actor: Extract<Actor, { kind: 'staff' }>, versionId: string): Promise<TAdminVersion> {
  const row = await loadVersionRow(db, versionId);
  await assertCanManage(db, actor, row.item);
  return presentAdminVersion(row);
}
