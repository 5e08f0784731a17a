/**
 * Saved searches (issue 4): named queries kept in the workspace (DESIGN §3 `savedSearches`), so an
 * analyst's standing questions ("tag:Mensenrechten vertraagd:ja") are one click away.
 */
import { randomUUID } from 'node:crypto';
import { tagNameKey, VraagbaakError, type SavedSearch } from '../core/model/index.js';
import { parseQuery } from '../core/search/index.js';
import type { Archive } from '../archive/index.js';

export interface SavedSearchServiceDeps {
  archive: Archive;
  newId?: () => string;
}

export interface SavedSearchService {
  /** The saved searches, in the order they were first saved. */
  list(): readonly SavedSearch[];
  /**
   * Saves `query` under `name`; a saved search with the same name (ignoring case and spaces) is
   * replaced in place and keeps its id.
   * @throws VraagbaakError('search-syntax') when the query does not parse; 'invalid-input' for an
   *   empty name or query; 'archive-read-only'
   */
  save(name: string, query: string): Promise<SavedSearch>;
  /**
   * Deletes a saved search.
   * @returns the deleted search
   * @throws VraagbaakError('not-found'); 'archive-read-only'
   */
  delete(id: string): Promise<SavedSearch>;
}

/** Creates the saved-search service. */
export function createSavedSearchService({ archive, newId = randomUUID }: SavedSearchServiceDeps): SavedSearchService {
  return {
    list: () => archive.workspace.savedSearches,
    async save(name, query) {
      const cleanName = name.trim().replace(/\s+/g, ' ');
      const cleanQuery = query.trim();
      if (cleanName === '' || cleanQuery === '') {
        throw new VraagbaakError('invalid-input', 'A saved search needs a name and a query.', { name, query });
      }
      parseQuery(cleanQuery); // refuse a query that cannot run, with its position
      let saved: SavedSearch | null = null;
      await archive.updateWorkspace((w) => {
        const at = w.savedSearches.findIndex((s) => tagNameKey(s.name) === tagNameKey(cleanName));
        const list = [...w.savedSearches];
        saved = { id: at >= 0 ? list[at]!.id : newId(), name: cleanName, query: cleanQuery };
        if (at >= 0) list[at] = saved;
        else list.push(saved);
        return { ...w, savedSearches: list };
      });
      return saved!;
    },
    async delete(id) {
      let removed: SavedSearch | null = null;
      await archive.updateWorkspace((w) => {
        removed = w.savedSearches.find((s) => s.id === id) ?? null;
        if (!removed) throw new VraagbaakError('not-found', `There is no saved search with id "${id}".`, { savedSearchId: id });
        return { ...w, savedSearches: w.savedSearches.filter((s) => s.id !== id) };
      });
      return removed!;
    },
  };
}
