/** How the theme manager words a theme's use: "3 markeringen, 1 document", with sub-themes when they add to it. */
import type { TagStats } from '../../../src-main/core/api/types.js';
import { t } from '../../lib/locale.svelte.js';

/** "1 markering" / "3 markeringen". */
export function annotationCount(n: number): string {
  return n === 1 ? t('themes.count.annotationsOne') : t('themes.count.annotations', { n });
}

/** "1 document" / "3 documenten". */
export function documentCount(n: number): string {
  return n === 1 ? t('themes.count.documentsOne') : t('themes.count.documents', { n });
}

/** The counts of one theme in one line; the sub-theme totals follow only when they differ. Empty before the counts load. */
export function countsLine(stats: TagStats | undefined): string {
  if (!stats) return '';
  const own = `${annotationCount(stats.annotations)}, ${documentCount(stats.documents)}`;
  if (stats.annotationsWithSubthemes === stats.annotations && stats.documentsWithSubthemes === stats.documents) return own;
  const all = t('themes.count.withSub', { annotations: annotationCount(stats.annotationsWithSubthemes), documents: documentCount(stats.documentsWithSubthemes) });
  return `${own} (${all})`;
}
