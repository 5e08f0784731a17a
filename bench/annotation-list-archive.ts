/**
 * The archive of the annotations-view bench: the synthetic Dutch documents (synthetic-archive.ts)
 * stored through the real archive (Archive.addDocument), a theme tree of 8 themes with 4
 * sub-themes each, and annotations on real passages of about a third of the documents, written
 * through archive.updateAnnotations (one durable write per document, as the app does). The search
 * index is built while importing and saved, so opening the archive afterwards loads it.
 */
import { Archive } from '../src-main/archive/index.js';
import { describeRange } from '../src-main/core/anchoring/index.js';
import { HIGHLIGHT_COLORS, type Annotation, type PartRef, type QaDocument, type Tag } from '../src-main/core/model/index.js';
import { partText } from '../src-main/core/model/parts.js';
import { createSearchEngine } from '../src-main/core/search/index.js';
import { generateDocuments, loadCorpus, prng } from './synthetic-archive.js';

const PARENTS = ['Stikstof', 'Financiën', 'Migratie', 'Zorg', 'Defensie', 'Onderwijs', 'Klimaat', 'Rechtsstaat'];
const CHILDREN = ['beleid', 'uitvoering', 'toezeggingen', 'cijfers'];

/** What the bench archive holds. */
export interface AnnotationArchive {
  documents: number;
  annotations: number;
  annotatedDocuments: number;
  /** the top-level themes (each with 4 sub-themes) */
  parentThemeIds: string[];
  buildSeconds: { documents: number; annotations: number; indexSave: number };
}

/** The theme tree: 8 themes with 4 sub-themes each (40 themes). */
function themeTree(): Tag[] {
  const tags: Tag[] = [];
  for (const [p, name] of PARENTS.entries()) {
    const id = `theme-${String(p)}`;
    tags.push({ id, name, color: '#1d4ed8', parentId: null, description: '' });
    for (const [c, child] of CHILDREN.entries()) tags.push({ id: `${id}-${String(c)}`, name: `${name}: ${child}`, color: '#b45309', parentId: id, description: '' });
  }
  return tags;
}

/** `count` annotations on real passages (40–160 characters from a word start) of `document`. */
function annotationsOn(document: QaDocument, count: number, rand: () => number, tags: readonly Tag[], serial: { n: number }): Annotation[] {
  const out: Annotation[] = [];
  for (let k = 0; k < count; k++) {
    const part: PartRef = document.answers.length > 0 && rand() < 0.7
      ? { type: 'answer', index: Math.floor(rand() * document.answers.length) }
      : { type: 'question', index: Math.floor(rand() * document.questions.length) };
    const text = partText(document, part) ?? '';
    if (text.length < 200) continue;
    let start = Math.floor(rand() * (text.length - 170));
    start = text.indexOf(' ', start) + 1;
    const end = Math.min(text.length, start + 40 + Math.floor(rand() * 120));
    const n = serial.n++;
    const themeCount = rand() < 0.2 ? 0 : rand() < 0.7 ? 1 : 2;
    const created = new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString();
    out.push({
      id: `ann-${String(n)}`,
      documentId: document.id,
      target: { part, ...describeRange(text, start, end) },
      note: rand() < 0.3 ? `Notitie ${String(n)}: vergelijk met eerdere antwoorden over ${tags[Math.floor(rand() * tags.length)]?.name ?? ''}.` : '',
      color: HIGHLIGHT_COLORS[Math.floor(rand() * HIGHLIGHT_COLORS.length)] ?? 'yellow',
      tagIds: [...new Set(Array.from({ length: themeCount }, () => tags[Math.floor(rand() * tags.length)]?.id ?? ''))],
      createdAt: created,
      updatedAt: created, revision: 1,
    });
  }
  return out;
}

/**
 * Builds the bench archive in the empty folder `dir` and closes it.
 * @param documentCount documents to generate (30,000 for the figures)
 * @param annotationCount annotations to spread over about a third of them (20,000)
 */
export async function buildAnnotationArchive(dir: string, documentCount: number, annotationCount: number): Promise<AnnotationArchive> {
  const archive = await Archive.open(dir);
  const engine = createSearchEngine({ textSource: (id) => archive.readDocumentSync(id) });
  const rand = prng(4242);
  const tags = themeTree();
  const perDocument = 3;
  const annotatedEvery = Math.max(1, Math.floor(documentCount / Math.ceil(annotationCount / perDocument)));
  const serial = { n: 0 };
  const pending: Annotation[][] = [];
  let start = performance.now();
  try {
    await archive.updateWorkspace((w) => ({ ...w, tags }));
    let i = -1;
    for (const { document, bytes } of generateDocuments(loadCorpus(), documentCount)) {
      i++;
      await archive.addDocument(document, { fileName: document.source.fileName, bytes });
      engine.upsert({ document, annotations: [], documentTagIds: [] }, tags);
      if (i % annotatedEvery === 0 && serial.n < annotationCount) {
        pending.push(annotationsOn(document, Math.min(perDocument, annotationCount - serial.n), rand, tags, serial));
      }
    }
    const documentsS = (performance.now() - start) / 1000;
    start = performance.now();
    for (const list of pending) if (list[0]) await archive.updateAnnotations(list[0].documentId, () => list);
    const annotationsS = (performance.now() - start) / 1000;
    start = performance.now();
    await archive.saveSearchIndex(engine.exportIndex());
    const indexSaveS = (performance.now() - start) / 1000;
    return {
      documents: documentCount,
      annotations: serial.n,
      annotatedDocuments: pending.length,
      parentThemeIds: tags.filter((t) => t.parentId === null).map((t) => t.id),
      buildSeconds: { documents: documentsS, annotations: annotationsS, indexSave: indexSaveS },
    };
  } finally {
    await archive.close();
  }
}
