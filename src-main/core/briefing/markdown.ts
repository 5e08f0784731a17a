/**
 * The analyst's own text (text items and the intro) is a small Markdown subset: paragraphs,
 * bullet and numbered lists, bold and italic. markdown-it parses it with everything else switched
 * off, so headings, links, HTML, code and images stay the characters that were typed.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { TextBlock, TextRun } from './content.js';

// 'zero' enables only paragraphs and plain text; html stays off, so `<script>` is text. Backslash
// escapes are on so that a literal asterisk can be typed (`\*not italic\*`).
const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(['list', 'emphasis', 'newline', 'escape']);

/** Appends `text` to `runs`, joining it to the last run when the style is the same. */
function pushRun(runs: TextRun[], text: string, bold: boolean, italic: boolean): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last !== undefined && last.bold === bold && last.italic === italic) last.text += text;
  else runs.push({ text, bold, italic });
}

/** The runs of one inline token: emphasis nesting counted, soft and hard line breaks as "\n". */
function inlineRuns(inline: Token, runs: TextRun[]): void {
  let strong = 0;
  let em = 0;
  for (const t of inline.children ?? []) {
    switch (t.type) {
      case 'strong_open':
        strong++;
        break;
      case 'strong_close':
        strong--;
        break;
      case 'em_open':
        em++;
        break;
      case 'em_close':
        em--;
        break;
      case 'softbreak':
      case 'hardbreak':
        // a line break typed in the composer's text box is meant as one: both kinds are kept
        pushRun(runs, '\n', strong > 0, em > 0);
        break;
      default:
        pushRun(runs, t.content, strong > 0, em > 0);
    }
  }
}

/** Appends the paragraph runs of a list item, a line break between its paragraphs. */
function appendParagraph(item: TextRun[], inline: Token): void {
  if (item.length > 0) pushRun(item, '\n', false, false);
  inlineRuns(inline, item);
}

/**
 * Parses the analyst's text into blocks: paragraphs (blank-line separated) and lists (`-`, `*`,
 * `+`, `1.`); `**bold**`/`__bold__` and `*italic*`/`_italic_` as run styles; a line break inside a
 * paragraph as "\n" in a run; `\*` for a literal asterisk. Nested lists are flattened into their
 * outer list. Anything else (`# heading`, `[link](url)`, `<b>`, `` `code` ``, `![img](x)`, tables,
 * `&amp;`) is literal text.
 *
 * @param text - Markdown as typed (any line endings)
 * @returns the blocks in order; [] for empty or blank text. Runs are plain, unescaped text.
 */
export function parseBriefingText(text: string): TextBlock[] {
  const tokens = md.parse(text, {});
  const blocks: TextBlock[] = [];
  let list: { type: 'list'; ordered: boolean; items: TextRun[][] } | null = null;
  let listDepth = 0;
  let item: TextRun[] | null = null;
  for (const t of tokens) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      if (listDepth === 0) {
        list = { type: 'list', ordered: t.type === 'ordered_list_open', items: [] };
        blocks.push(list);
      }
      listDepth++;
    } else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      listDepth--;
      if (listDepth === 0) list = null;
    } else if (t.type === 'list_item_open') {
      // a nested item starts a new item of the outer list (flattened)
      item = [];
      list?.items.push(item);
    } else if (t.type === 'list_item_close') {
      item = null;
    } else if (t.type === 'inline') {
      if (list !== null) {
        if (item === null) {
          // text after a nested list, still inside the outer item: continue as a new item
          item = [];
          list.items.push(item);
        }
        appendParagraph(item, t);
      } else {
        const runs: TextRun[] = [];
        inlineRuns(t, runs);
        if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
      }
    }
  }
  for (const b of blocks) if (b.type === 'list') b.items = b.items.filter((i) => i.length > 0);
  return blocks.filter((b) => b.type === 'paragraph' || b.items.length > 0);
}
