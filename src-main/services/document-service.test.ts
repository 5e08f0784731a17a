/**
 * documents.get through the real handlers on a temp archive: the document comes with `related`,
 * the other documents of its question set (here the real corpus pair r34 questions / r55 answer,
 * tied by zaak 2024Z18792, and delay notice r25, whose question set is not in the corpus).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../core/api/dispatch.js';
import type { DocumentWithAnnotations } from '../core/api/types.js';
import { REPO_ROOT, useTempArchives } from './test-archives.js';

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/nl-text');
const FILES = [
  'kvl-r34-De_ontkoppeling_van_ontwikkelingshulp.pdf.txt',
  'kvl-r55-Antwoord_op_vragen_van_het_lid_Boswijk_o.docx.txt',
  'kvl-r25-Uitstel_beantwoording_vragen_van_de_lede.docx.txt',
];
const temp = useTempArchives('vraagbaak-documents-');

describe('documents.get', () => {
  it('returns the related documents of the question set, and none for a delay notice whose set is absent', async () => {
    const v = await temp.open();
    const report = await v.importer.importFiles(
      await Promise.all(FILES.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(resolve(CORPUS, name))) }))),
    );
    expect(report.failed).toEqual([]);
    const [questions, answer, notice] = report.imported;
    if (!questions || !answer || !notice) throw new Error('not imported');

    const got = await dispatch(v.handlers, 'documents.get', { id: answer.id });
    if (!got.ok) throw new Error(got.error.message);
    const value = got.value as DocumentWithAnnotations;
    expect(value.related).toEqual([{ documentId: questions.id, kind: 'questions', title: questions.title, receivedOn: null, via: 'case' }]);
    expect((await v.documents.get(questions.id)).related.map((r) => r.documentId)).toEqual([answer.id]);
    expect((await v.documents.get(notice.id)).related).toEqual([]);
  });
});
