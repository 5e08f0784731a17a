import { describe, expect, it } from 'vitest';
import { chooseDocumentId, contentId } from './document-id.js';

describe('document ids', () => {
  it('hashes the normalised text', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(contentId('abc')).toBe('sha256:ba7816bf8f01cfea');
  });
  it('prefers the aanhangsel id, then the kamervragen id', () => {
    expect(chooseDocumentId({ aanhangsel: 'ah-tk-20242025-594', zaak: '2024Z18294' }, 'x')).toBe('ah-tk-20242025-594');
    expect(chooseDocumentId({ kamervragen: 'kv-tk-2024Z18796', zaak: '2024Z18796' }, 'x')).toBe('kv-tk-2024Z18796');
    expect(chooseDocumentId({ zaak: '2024Z18796' }, 'abc')).toBe('sha256:ba7816bf8f01cfea');
  });
});
