/** The `--part` option of `vraagbaak annotate`: which part of a document, as printed. */
import type { PartType } from '../core/model/index.js';
import { UsageError } from './usage-error.js';

/** `--part answer:3`: a part type and the number printed in the document (none for the title). */
export interface PartSpec {
  type: PartType;
  /** question number, number of a question the answer covers, or footnote number; null for title */
  number: number | null;
}

/**
 * Parses `--part` values: `question:N`, `answer:N`, `footnote:N`, `title`.
 * @throws UsageError for anything else
 */
export function parsePartSpec(value: string): PartSpec {
  const match = /^(question|answer|footnote|title)(?::(\d+))?$/.exec(value.trim().toLowerCase());
  const type = match?.[1] as PartType | undefined;
  const number = match?.[2] === undefined ? null : Number(match[2]);
  if (type === undefined || (type === 'title') !== (number === null)) {
    throw new UsageError(
      `Option --part must be question:N, answer:N, footnote:N or title, not "${value}".`,
      'annotate',
    );
  }
  return { type, number };
}
