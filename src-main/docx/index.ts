/**
 * Word export of a briefing (issue 9): lays out the resolved briefing (`BriefingContent`, the same
 * structure the PDF is printed from) as a .docx with real Word headings, a TOC field, quotation
 * and note styles, real footnotes and "pagina N van M" footers, so ministries can edit it in Word.
 * Runs in Node (docx packs with JSZip); no Electron.
 */
import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { BriefingContent } from '../core/briefing/content.js';
import { PAGE_MARGINS } from '../core/briefing/print-css.js';
import { bodyParagraphs } from './body.js';
import { docxContext, type DocxContext } from './context.js';
import { briefingNumbering, briefingStyles, STYLE } from './styles.js';
import { contentsPage, titlePageParagraphs } from './title-page.js';
import { oneLine } from './text.js';

/** A4 with the PDF's margins; header and footer 10 mm from the edge. */
const PAGE: NonNullable<ISectionOptions['properties']>['page'] = {
  size: { width: 11906, height: 16838 },
  margin: { ...PAGE_MARGINS, header: '10mm', footer: '10mm' },
};

/** "pagina 3 van 9" / "page 3 of 9" as PAGE and NUMPAGES fields, which Word keeps current. */
function pageFooter(ctx: DocxContext): Footer {
  const { page, of } = ctx.labels.pageFooter;
  return new Footer({
    children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: [`${page} `, PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES] })] })],
  });
}

/** The classification line ("Intern") at the top of every page; null without one. */
function classificationHeader(content: BriefingContent): Header | null {
  const text = oneLine(content.classification);
  return text === '' ? null : new Header({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun(text)] })] });
}

/**
 * Renders `content` as a Word document: a title page (no page footer), the contents page (TOC
 * field over Heading 1–2 and the highlight legend), the intro and items in order, and the
 * appendix. Word is asked to update the fields on opening (`w:updateFields`), which fills in the
 * page numbers of the table of contents and the page count. The contents' entries are written
 * into the file too, so readers that do not update fields (LibreOffice) list them, without page
 * numbers until the reader updates the index: working the numbers out here (docx's
 * `estimatePageNumbers`) made an export of 40 excerpts 7× slower (62 → 426 ms, bench
 * briefing-export). Omitted items are not written.
 *
 * The file's language is nl-NL or en-GB (by `content.locale`); its core properties carry the
 * title, the subtitle as subject, and the author as creator ("Vraagbaak" when there is none).
 *
 * @returns the bytes of the .docx (a ZIP package)
 * @throws only on a bug in the layout or in docx (no I/O happens here)
 */
export async function renderBriefingDocx(content: BriefingContent): Promise<Uint8Array> {
  const ctx = docxContext(content);
  const header = classificationHeader(content);
  const headers = header === null ? {} : { headers: { default: header, first: header } };
  const footer = pageFooter(ctx);
  const body = bodyParagraphs(content, ctx);
  const author = oneLine(content.author) || 'Vraagbaak';
  const doc = new Document({
    title: oneLine(content.title),
    subject: oneLine(content.subtitle),
    creator: author,
    lastModifiedBy: author,
    features: { updateFields: true },
    styles: briefingStyles(content.locale),
    numbering: briefingNumbering,
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        ...headers,
        footers: { default: footer, first: new Footer({ children: [] }) },
        children: [...titlePageParagraphs(content, ctx), ...contentsPage(content, ctx)],
      },
      {
        properties: { page: PAGE },
        ...headers,
        footers: { default: footer },
        children: body.length > 0 ? body : [new Paragraph({})],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
