/**
 * Names a part of a document in messages ("answer 3"); finding part texts is core/model/parts.ts.
 */
import type { PartRef } from '../core/model/index.js';

/** "answer 3" style label of a part for messages (1-based like the reader shows it). */
export function describePart(part: PartRef): string {
  return part.type === 'title' ? 'the title' : `${part.type} ${part.index + 1}`;
}
