import { invalidateSearchIndex } from '../catalog/search-index';

/**
 * What must follow a change to the published catalogue (publish, retire, import), after the transaction commits:
 * the citizens' search index is rebuilt from the database on its next use.
 */
export async function afterCatalogueChange(): Promise<void> {
  invalidateSearchIndex();
}
