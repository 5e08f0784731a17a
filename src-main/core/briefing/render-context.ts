/**
 * What the parts of one briefing's HTML share while it is rendered: language, labels, options,
 * the themes by id, and the running endnote numbering.
 */
import type { BriefingOptions, Tag } from '../model/index.js';
import type { BriefingLabels, BriefingLocale } from './labels.js';
import type { Endnotes } from './endnotes.js';

/** The state one rendering of a briefing's HTML threads through its parts (made fresh per rendering). */
export interface RenderContext {
  locale: BriefingLocale;
  labels: BriefingLabels;
  options: BriefingOptions;
  tagsById: ReadonlyMap<string, Tag>;
  endnotes: Endnotes;
}
