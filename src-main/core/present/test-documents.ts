/**
 * Document metadata shaped after real Kamervragen, shared by the core/present tests: enough of a
 * QaDocument for titles and citations.
 */
import type { CitedDocument } from './citation.js';
import type { TitledDocument } from './title.js';

/** What the present tests need of a document. */
export type PresentedDocument = CitedDocument & TitledDocument;

/** kvl-r03: Boswijk (CDA) → minister Veldkamp, Aanhangsel 2024/25 nr. 575, subject in lower case. */
export const boswijk: PresentedDocument = {
  kind: 'answer',
  title: 'het bezoek van de Secretaris-Generaal van de Verenigde Naties aan de top van de BRICS-landen',
  askedBy: [{ name: 'Boswijk', party: 'CDA' }],
  answeredBy: [{ name: 'Veldkamp', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
  submittedOn: null,
  receivedOn: '2024-11-18',
  identifiers: { aanhangsel: 'ah-tk-20242025-575' },
  source: { fileName: 'kvl-r03.txt' },
};

/** The founding document (ah-tk-20202021-1682): two askers, answered by minister Blok, no subject. */
export const founding: PresentedDocument = {
  kind: 'answer',
  title: null,
  askedBy: [
    { name: 'Sjoerdsma', party: 'D66' },
    { name: 'Van Helvert', party: 'CDA' },
  ],
  answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
  submittedOn: '2021-01-20',
  receivedOn: '2021-02-15',
  identifiers: { zaak: '2021Z00843', aanhangsel: 'ah-tk-20202021-1682' },
  source: { fileName: '000_c9bbddca1680c246.txt' },
};
