/**
 * Cuts the body of a Kamervragen text into blocks, one per printed heading: `Vraag N`,
 * `Antwoord …`, `Mededeling`, `Toelichting`, or a Word-style question number (`1.`, `1`, `1. …`).
 * Word question documents without numbers get one block per paragraph (see grouping.ts).
 */
import { parseHeading, parseNumberedQuestionStart, type HeadingKind } from './headings.js';
import type { Line } from './page-furniture.js';

export interface Block {
  /** 'preamble': body text before the first heading */
  kind: HeadingKind | 'preamble';
  /** numbers printed in the heading; null when none */
  numbers: number[] | null;
  /** the heading as printed ('' for preamble) */
  label: string;
  lines: Line[];
}

/** True when the lines from `start` up to the next heading contain a question mark. */
function hasQuestionMarkAhead(lines: readonly Line[], start: number, rest: string): boolean {
  if (rest.includes('?')) return true;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line?.kind !== 'text') continue;
    if (parseHeading(line.text) || parseNumberedQuestionStart(line.text)) return false;
    if (line.text.includes('?')) return true;
  }
  return false;
}

/**
 * Splits body lines into blocks at headings. Word-style numbers count as question headings only
 * when the document has no `Vraag N` heading at all, when the number is the next one expected,
 * when, inside an answer, it starts a paragraph, and when the question text holds a question mark
 * (so a numbered list in an answer is not taken for questions).
 * @param lines the body lines (after the header)
 * @returns blocks in document order
 */
export function segmentBlocks(lines: readonly Line[]): Block[] {
  const hasVraagHeadings = lines.some((l) => l.kind === 'text' && parseHeading(l.text)?.kind === 'question');
  const blocks: Block[] = [];
  let current: Block = { kind: 'preamble', numbers: null, label: '', lines: [] };
  let nextNumbered = 1;
  const start = (block: Block, rest: string): void => {
    blocks.push(current);
    current = block;
    if (rest !== '') current.lines.push({ kind: 'text', text: rest });
  };
  lines.forEach((line, i) => {
    if (line.kind !== 'text') {
      current.lines.push({ ...line });
      return;
    }
    const heading = parseHeading(line.text);
    if (heading) {
      start({ kind: heading.kind, numbers: heading.numbers, label: heading.label, lines: [] }, heading.rest);
      return;
    }
    if (!hasVraagHeadings) {
      const numbered = parseNumberedQuestionStart(line.text);
      // inside an answer, a new question starts a paragraph: "1. Bekostiging …" right under a line
      // of the answer is an item of a numbered list
      const startsParagraph = current.kind !== 'answer' || lines[i - 1]?.kind !== 'text';
      if (numbered && numbered.number === nextNumbered && startsParagraph && hasQuestionMarkAhead(lines, i, numbered.rest)) {
        nextNumbered++;
        start({ kind: 'question', numbers: [numbered.number], label: line.text.slice(0, line.text.length - numbered.rest.length).trim(), lines: [] }, numbered.rest);
        return;
      }
    }
    current.lines.push({ ...line });
  });
  blocks.push(current);
  return blocks.filter((b) => b.kind !== 'preamble' || b.lines.some((l) => l.kind === 'text'));
}
