/**
 * The API's entry names, with no dependencies: the sandboxed preload bundles this file alone
 * (it may not load zod or anything else at runtime), and contract.ts is checked against it.
 */
export const API_NAMES = [
  'app.info',
  'app.restoreBackup',
  'documents.list',
  'documents.get',
  'documents.import',
  'documents.setTags',
  'documents.delete',
  'documents.restore',
  'documents.deleted',
  'documents.purge',
  'documents.repair',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'annotations.export',
  'annotations.import',
  'annotations.query',
  'annotations.updateMany',
  'annotations.deleteMany',
  'annotations.restore',
  'annotations.review',
  'annotations.resolve',
  'tags.list',
  'tags.create',
  'tags.update',
  'tags.delete',
  'tags.merge',
  'tags.restore',
  'tags.stats',
  'search.query',
  'search.browse',
  'searches.list',
  'searches.save',
  'searches.delete',
  'briefings.list',
  'briefings.get',
  'briefings.create',
  'briefings.update',
  'briefings.duplicate',
  'briefings.delete',
  'briefings.restore',
  'briefings.addItems',
  'briefings.addTheme',
  'briefings.preview',
  'briefings.export',
] as const;

export type ApiName = (typeof API_NAMES)[number];

/** The IPC channel for an API name; the preload and main agree on it through this function. */
export function channelFor(name: ApiName): string {
  return `vraagbaak:${name}`;
}
