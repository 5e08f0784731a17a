/**
 * Tweede Kamer open-data (gegevensmagazijn OData) `Document` JSON (SOURCES §E). It is metadata
 * only — no question or answer text — so Vraagbaak recognises it to say what to import instead.
 */

function isTkDocument(value: unknown): value is { Id: string } {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record['Id'] === 'string' && ('Soort' in record || 'DocumentNummer' in record);
}

/**
 * The `Id`s of the Tweede Kamer OData `Document` entities in `data` (one entity, or an OData
 * response `{ value: [...] }`); an empty list when `data` is not that shape.
 * @param data the parsed JSON
 */
export function tkOdataDocumentIds(data: unknown): string[] {
  if (isTkDocument(data)) return [data.Id];
  if (data !== null && typeof data === 'object' && Array.isArray((data as { value?: unknown }).value)) {
    const entities: unknown[] = (data as { value: unknown[] }).value;
    if (entities.length > 0 && entities.every(isTkDocument)) return entities.map((e) => e.Id);
  }
  return [];
}
