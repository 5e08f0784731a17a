/**
 * The highlight legend: which underline goes with which colour (cues.ts), printed once, for the
 * colours the briefing actually shows, so the colours can be told apart in black and white.
 */
import type { HighlightColor } from '../model/index.js';
import { SECTION_ANCHORS } from './anchors.js';
import type { BriefingContent } from './content.js';
import { CUE_ORDER, HIGHLIGHT_CUES } from './cues.js';
import { escapeHtml } from './escape-html.js';
import type { BriefingLabels } from './labels.js';

/** The highlight colours `content` prints, in palette order. */
export function usedColors(content: BriefingContent): HighlightColor[] {
  const used = new Set<HighlightColor>();
  const add = (annotations: readonly { color: HighlightColor }[]): void => annotations.forEach((a) => used.add(a.color));
  for (const item of content.items) {
    if (item.kind === 'excerpt') {
      used.add(item.color);
      add(item.fullPart?.text.marks ?? []);
    } else if (item.kind === 'qa') {
      add(item.question.text.marks);
      add(item.answer?.text.marks ?? []);
    } else if (item.kind === 'document') {
      add(item.annotations);
    }
  }
  for (const a of content.appendix) add(a.annotations);
  return CUE_ORDER.filter((c) => used.has(c));
}

/** `<aside class="legend">` explaining the cue of each colour in `colors`; '' for none. */
export function renderLegend(colors: readonly HighlightColor[], labels: BriefingLabels): string {
  if (colors.length === 0) return '';
  const items = colors.map(
    (c) => `<li><mark class="hl hl-${c}">${escapeHtml(labels.colors[c])}</mark>: ${escapeHtml(labels.underlines[HIGHLIGHT_CUES[c].underline])}</li>`,
  );
  return `<aside class="legend" id="${SECTION_ANCHORS.legend}"><p class="legend-title">${escapeHtml(labels.legend)}</p><p>${escapeHtml(labels.legendHint)}</p><ul>${items.join('')}</ul></aside>`;
}
