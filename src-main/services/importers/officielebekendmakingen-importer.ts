/**
 * `.xml` and `.html` sources: the official publications of Kamervragen on officielebekendmakingen.nl
 * (SOURCES §D). Decoding is here; the reading is in core/parse.
 */
import { parseOfficieleBekendmakingenHtml } from '../../core/parse/html-officielebekendmakingen.js';
import { markupDepth, MAX_MARKUP_DEPTH } from '../../core/parse/markup-depth.js';
import { parseOfficieleBekendmakingenXml } from '../../core/parse/xml-officielebekendmakingen.js';
import { decodeTextFile, withDecodingWarnings } from './decode-text.js';
import { tooDeep } from './import-failures.js';
import type { SourceImporter } from './importer-types.js';

/** officielebekendmakingen XML (kv-tk-….xml, ah-tk-….xml). */
export const xmlImporter: SourceImporter = {
  format: 'xml',
  extensions: ['xml'],
  toDocuments(bytes, source) {
    return new Promise((resolve) => {
      const decoded = decodeTextFile(bytes, source.fileName);
      const document = withDecodingWarnings(parseOfficieleBekendmakingenXml(decoded.text, { ...source, format: 'xml' }), decoded);
      resolve([{ document, original: bytes }]);
    });
  },
};

/** officielebekendmakingen HTML pages (zoek.officielebekendmakingen.nl/<id>.html); markup nested deeper than MAX_MARKUP_DEPTH is refused as 'too-deep' before parsing. */
export const htmlImporter: SourceImporter = {
  format: 'html',
  extensions: ['html', 'htm'],
  toDocuments(bytes, source) {
    return new Promise((resolve) => {
      const decoded = decodeTextFile(bytes, source.fileName);
      if (markupDepth(decoded.text) > MAX_MARKUP_DEPTH) throw tooDeep(source.fileName);
      const document = withDecodingWarnings(parseOfficieleBekendmakingenHtml(decoded.text, { ...source, format: 'html' }), decoded);
      resolve([{ document, original: bytes }]);
    });
  },
};
