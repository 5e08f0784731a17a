/**
 * `.xml` and `.html` sources: the official publications of Kamervragen on officielebekendmakingen.nl
 * (SOURCES §D). Decoding is here; the reading is in core/parse.
 */
import { parseOfficieleBekendmakingenHtml } from '../../core/parse/html-officielebekendmakingen.js';
import { parseOfficieleBekendmakingenXml } from '../../core/parse/xml-officielebekendmakingen.js';
import { decodeText } from './decode-text.js';
import type { SourceImporter } from './index.js';

/** officielebekendmakingen XML (kv-tk-….xml, ah-tk-….xml). */
export const xmlImporter: SourceImporter = {
  format: 'xml',
  extensions: ['xml'],
  toDocuments(bytes, source) {
    return new Promise((resolve) => {
      const document = parseOfficieleBekendmakingenXml(decodeText(bytes, source.fileName), { ...source, format: 'xml' });
      resolve([{ document, original: bytes }]);
    });
  },
};

/** officielebekendmakingen HTML pages (zoek.officielebekendmakingen.nl/<id>.html). */
export const htmlImporter: SourceImporter = {
  format: 'html',
  extensions: ['html', 'htm'],
  toDocuments(bytes, source) {
    return new Promise((resolve) => {
      const document = parseOfficieleBekendmakingenHtml(decodeText(bytes, source.fileName), { ...source, format: 'html' });
      resolve([{ document, original: bytes }]);
    });
  },
};
