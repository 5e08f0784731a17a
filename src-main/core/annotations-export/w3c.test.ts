import { describe, expect, it } from 'vitest';
import { annotate, foundingDocument } from '../briefing/test-briefings.js';
import { isVraagbaakError, type Tag } from '../model/index.js';
import { annotationIdOf, annotationIri, documentIdOfUrn, documentUrn, partOfFragment, VB_NAMESPACE } from './vocabulary.js';
import { parseW3cAnnotations } from './w3c-read.js';
import { toW3cCollection, type JsonLdObject } from './w3c-write.js';

const doc = foundingDocument();
const noOfficial = { ...foundingDocument(), id: 'sha256:0123456789abcdef', identifiers: { zaak: '2021Z00843' } };
const TAGS: Tag[] = [
  { id: 't-mr', name: 'Mensenrechten', color: '#b45309', parentId: null, description: '' },
  { id: 't-oe', name: 'Oeigoeren', color: '#1d4ed8', parentId: 't-mr', description: '' },
];
const UUID = '3f2a4b7c-1d2e-4f50-8a9b-0c1d2e3f4a5b';
const withNote = annotate(doc, { type: 'answer', index: 1 }, 'de Chinese staat genocide heeft gepleegd', {
  id: UUID,
  note: 'Kern: "genocide"; zie ook vraag 4,\nen de Kamerbrief.',
  color: 'pink',
  tagIds: ['t-oe', 't-mr', 'onbekend'],
});
const plain = annotate(noOfficial, { type: 'question', index: 2 }, 'officiële standpunt', { id: 'eigen id/1' });

function collection(): JsonLdObject {
  return toW3cCollection({
    collectionId: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    pageId: 'urn:uuid:00000000-0000-4000-8000-000000000002',
    label: 'Vraagbaak – alle annotaties',
    generated: '2024-11-20T10:00:00.000Z',
    annotations: [withNote, plain, { ...plain, id: 'zonder-document', documentId: 'weg' }],
    documents: new Map([
      [doc.id, doc],
      [noOfficial.id, noOfficial],
    ]),
    tags: TAGS,
  });
}

const items = (c: JsonLdObject): JsonLdObject[] => (c['first'] as { items: JsonLdObject[] }).items;

/** The term names of http://www.w3.org/ns/anno.jsonld that this export may use. */
const W3C_TERMS = new Set([
  'id', 'type', 'body', 'target', 'source', 'selector', 'refinedBy', 'created', 'modified', 'generated', 'generator',
  'motivation', 'purpose', 'value', 'format', 'language', 'exact', 'prefix', 'suffix', 'start', 'end', 'label',
  'total', 'first', 'items', 'partOf', 'startIndex', 'name', 'conformsTo',
]);
const W3C_CLASSES_AND_VALUES = new Set([
  'Annotation', 'AnnotationCollection', 'AnnotationPage', 'TextualBody', 'SpecificResource', 'FragmentSelector',
  'TextQuoteSelector', 'TextPositionSelector', 'Text', 'Software', 'commenting', 'highlighting', 'tagging',
]);

/** Every key used anywhere, except inside the `vb:identifiers` JSON literal. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      if (k !== 'vb:identifiers' && k !== '@context') keysOf(v, into);
    }
  }
  return into;
}

describe('toW3cCollection: the Web Annotation Data Model shapes', () => {
  it('is an AnnotationCollection with context, id, label, total, generator and a first AnnotationPage', () => {
    const c = collection();
    expect(c['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { '@version': 1.1, vb: VB_NAMESPACE, 'vb:identifiers': { '@id': 'vb:identifiers', '@type': '@json' } }]);
    expect(c).toMatchObject({ id: 'urn:uuid:00000000-0000-4000-8000-000000000001', type: 'AnnotationCollection', label: 'Vraagbaak – alle annotaties', total: 2 });
    expect(c['generator']).toEqual({ type: 'Software', name: 'Vraagbaak' });
    expect(c['first']).toMatchObject({ id: 'urn:uuid:00000000-0000-4000-8000-000000000002', type: 'AnnotationPage', partOf: c['id'], startIndex: 0 });
    expect(items(c)).toHaveLength(2); // the annotation on a missing document is left out
  });

  it('writes an annotation with id, dates, motivation, commenting and tagging bodies, colour and a part-refined target', () => {
    const [a] = items(collection());
    expect(a).toMatchObject({ id: `urn:uuid:${UUID}`, type: 'Annotation', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', motivation: 'commenting', 'vb:color': 'pink' });
    expect(a?.['body']).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: withNote.note, format: 'text/plain', language: 'nl' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Oeigoeren', 'vb:tagId': 't-oe', 'vb:parentTheme': 'Mensenrechten' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Mensenrechten', 'vb:tagId': 't-mr' },
    ]);
    const part = { type: 'FragmentSelector', conformsTo: 'urn:vraagbaak:vocab:part', value: 'answer:1' };
    expect(a?.['target']).toEqual({
      type: 'SpecificResource',
      source: {
        id: 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1682.html',
        type: 'Text',
        'dcterms:title': 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
        'vb:documentId': doc.id,
        'vb:identifiers': doc.identifiers,
      },
      selector: [
        { ...part, refinedBy: { type: 'TextQuoteSelector', ...withNote.target.quote } },
        { ...part, refinedBy: { type: 'TextPositionSelector', ...withNote.target.position } },
      ],
    });
  });

  it('writes a plain highlight without body, with a urn source and a urn id when there is no official address or UUID', () => {
    const b = items(collection())[1];
    expect(b?.['motivation']).toBe('highlighting');
    expect(b).not.toHaveProperty('body');
    expect(b?.['id']).toBe('urn:vraagbaak:annotation:eigen%20id%2F1');
    expect((b?.['target'] as { source: { id: string } }).source.id).toBe('urn:vraagbaak:document:sha256%3A0123456789abcdef');
  });

  it('uses only terms of the W3C context, JSON-LD keywords and vb: terms of our own context', () => {
    const c = collection();
    for (const key of keysOf(c)) {
      const ok = W3C_TERMS.has(key) || key.startsWith('@') || key.startsWith('vb:') || key === 'dcterms:title';
      expect(ok, key).toBe(true);
    }
    const types = [...JSON.stringify(c).matchAll(/"(?:type|motivation|purpose)":"([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const t of types) expect(W3C_CLASSES_AND_VALUES.has(t), t).toBe(true);
  });
});

describe('vocabulary IRIs', () => {
  it('round-trips annotation ids, document urns and part keys', () => {
    for (const id of [UUID, 'eigen id/1', 'ü:#?']) expect(annotationIdOf(annotationIri(id))).toBe(id);
    expect(annotationIdOf('http://example.org/anno1')).toBeNull();
    expect(documentIdOfUrn(documentUrn('sha256:ab/c'))).toBe('sha256:ab/c');
    expect(partOfFragment('answer:3')).toEqual({ type: 'answer', index: 3 });
    expect(partOfFragment('title')).toEqual({ type: 'title', index: 0 });
    expect([partOfFragment('answer'), partOfFragment('title:2'), partOfFragment('para5')]).toEqual([null, null, null]);
  });
});

describe('parseW3cAnnotations', () => {
  it('reads back what toW3cCollection wrote', () => {
    const { candidates, unreadable } = parseW3cAnnotations(JSON.stringify(collection()));
    expect(unreadable).toEqual([]);
    expect(candidates[0]).toEqual({
      index: 0,
      id: UUID,
      documentId: doc.id,
      sourceIri: 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1682.html',
      identifiers: doc.identifiers,
      part: withNote.target.part,
      quote: withNote.target.quote,
      position: withNote.target.position,
      note: withNote.note,
      color: 'pink',
      themes: [
        { name: 'Oeigoeren', parent: 'Mensenrechten' },
        { name: 'Mensenrechten', parent: null },
      ],
      created: withNote.createdAt,
      modified: withNote.updatedAt,
    });
    expect(candidates[1]).toMatchObject({ id: 'eigen id/1', documentId: noOfficial.id, note: '', themes: [], color: 'yellow', part: plain.target.part });
  });

  it('is lenient: a single annotation, body and selector as objects, bodyValue, a quote without context', () => {
    const single = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno23',
      type: 'Annotation',
      bodyValue: 'Opmerking',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'Cafe\u0301' },
      target: { source: 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1682.html', selector: { type: 'TextQuoteSelector', exact: 'genocide' } },
    };
    const { candidates } = parseW3cAnnotations(`\uFEFF${JSON.stringify(single)}`);
    expect(candidates).toEqual([
      expect.objectContaining({ id: null, documentId: null, part: null, quote: { exact: 'genocide', prefix: '', suffix: '' }, position: null, note: 'Opmerking', themes: [{ name: 'Café', parent: null }], color: null }),
    ]);
  });

  it('is lenient: an array of annotations, an AnnotationPage, a refinedBy array, untyped bodies of a tagging annotation', () => {
    const hypothesisLike = {
      type: 'Annotation',
      motivation: 'tagging',
      body: [{ type: 'TextualBody', value: 'Stikstof' }, 'http://example.org/extern'],
      target: [{ source: documentUrn(doc.id), selector: [{ type: 'RangeSelector' }, { type: 'FragmentSelector', value: 'question:3', refinedBy: [{ type: 'TextPositionSelector', start: 0, end: 3 }] }] }],
    };
    const fromArray = parseW3cAnnotations(JSON.stringify([hypothesisLike]));
    const fromPage = parseW3cAnnotations(JSON.stringify({ type: 'AnnotationPage', items: [hypothesisLike] }));
    for (const { candidates } of [fromArray, fromPage]) {
      expect(candidates[0]).toMatchObject({ documentId: doc.id, part: { type: 'question', index: 3 }, quote: null, position: { start: 0, end: 3 }, themes: [{ name: 'Stikstof', parent: null }], note: '' });
    }
  });

  it('lists items without a text selector as unreadable, and refuses a file that is not JSON or not W3C', () => {
    const { candidates, unreadable } = parseW3cAnnotations(JSON.stringify([{ target: 'http://example.org/page1' }, { body: 'x' }]));
    expect(candidates).toEqual([]);
    expect(unreadable.map((u) => u.index)).toEqual([0, 1]);
    const reasonOf = (text: string) => {
      try {
        parseW3cAnnotations(text);
      } catch (e) {
        return isVraagbaakError(e, 'invalid-input') ? e.details['reason'] : 'other error';
      }
      return 'no error';
    };
    expect(reasonOf('{"items": [')).toBe('annotations-not-json');
    expect(reasonOf('{"hello": "world"}')).toBe('annotations-not-w3c');
    expect(reasonOf('{"type": "AnnotationCollection", "first": "http://example.org/page1"}')).toBe('annotations-not-w3c');
    expect(reasonOf('"text"')).toBe('annotations-not-w3c');
  });
});
