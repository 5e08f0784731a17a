import { describe, expect, it } from 'vitest';
import { parseAddressees, parseAnsweredBy, parseAskers } from './people.js';

describe('parseAskers', () => {
  it('reads one member', () => {
    expect(parseAskers('het lid DaniëlleJansen (Nieuw Sociaal Contract)')).toEqual([{ name: 'Daniëlle Jansen', party: 'Nieuw Sociaal Contract' }]);
  });
  it('reads several members with their own parties', () => {
    expect(parseAskers('de leden Koekkoek (Volt), Van Nispen (SP) en Ceder (ChristenUnie)')).toEqual([
      { name: 'Koekkoek', party: 'Volt' },
      { name: 'Van Nispen', party: 'SP' },
      { name: 'Ceder', party: 'ChristenUnie' },
    ]);
  });
  it('applies "beiden"/"allen" to every name before it', () => {
    expect(parseAskers('de leden Kröger en Gabriëls (beiden GroenLinks-PvdA)')).toEqual([
      { name: 'Kröger', party: 'GroenLinks-PvdA' },
      { name: 'Gabriëls', party: 'GroenLinks-PvdA' },
    ]);
    expect(parseAskers('de leden Sneller , Bamenga , Rooderkerk (allen D66) en Gabriëls (GroenLinks-PvdA)').map((m) => `${m.name}/${m.party}`)).toEqual([
      'Sneller/D66',
      'Bamenga/D66',
      'Rooderkerk/D66',
      'Gabriëls/GroenLinks-PvdA',
    ]);
  });
  it('accepts the source typo "het leden" and a missing space before the bracket', () => {
    expect(parseAskers('het leden Yeşilgöz-Zegerius en Aartsen (beiden VVD)')).toEqual([
      { name: 'Yeşilgöz-Zegerius', party: 'VVD' },
      { name: 'Aartsen', party: 'VVD' },
    ]);
    expect(parseAskers('het lid Faber-van de Klashorst(PVV)')).toEqual([{ name: 'Faber-van de Klashorst', party: 'PVV' }]);
  });
});

describe('parseAddressees', () => {
  it('splits ministers at "en van" / ", voor" but not inside a portfolio', () => {
    expect(parseAddressees('de Minister van Volksgezondheid, Welzijn en Sport')).toEqual(['minister van Volksgezondheid, Welzijn en Sport']);
    expect(parseAddressees('de Ministers van Asiel en Migratie, voor Buitenlandse Handel en Ontwikkelingshulp en van Buitenlandse Zaken')).toEqual([
      'minister van Asiel en Migratie',
      'minister voor Buitenlandse Handel en Ontwikkelingshulp',
      'minister van Buitenlandse Zaken',
    ]);
  });
  it('reads mixed offices and shared portfolios', () => {
    expect(parseAddressees('de Staatssecretaris van Justitie en Veiligheid en de Minister van Asiel en migratie')).toEqual([
      'staatssecretaris van Justitie en Veiligheid',
      'minister van Asiel en migratie',
    ]);
    expect(parseAddressees('de Minister en de Staatssecretaris van Volksgezondheid, Welzijn en Sport')).toEqual([
      'minister van Volksgezondheid, Welzijn en Sport',
      'staatssecretaris van Volksgezondheid, Welzijn en Sport',
    ]);
    expect(parseAddressees('de Staatssecretarissen van Onderwijs, Cultuur en Wetenschap en Volksgezondheid, Welzijn en Sport')).toEqual([
      'staatssecretaris van Onderwijs, Cultuur en Wetenschap',
      'staatssecretaris van Volksgezondheid, Welzijn en Sport',
    ]);
    expect(parseAddressees('de Minister van Economische Zaken, bij afwezigheid van de Staatssecretaris van Financiën')).toEqual([
      'minister van Economische Zaken',
    ]);
  });
});

describe('parseAnsweredBy', () => {
  it('reads one minister', () => {
    expect(parseAnsweredBy('minister Blok (Buitenlandse Zaken)')).toEqual([{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }]);
  });
  it('reads "mede namens" officials, named by their office', () => {
    expect(parseAnsweredBy('Minister Faber – Van de Klashorst (Asiel en Migratie), mede namens de Ministers voor Buitenlandse Handel en Ontwikkelingshulp en van Buitenlandse Zaken')).toEqual([
      { name: 'Faber – Van de Klashorst', role: 'minister', portfolio: 'Asiel en Migratie' },
      { name: 'minister voor Buitenlandse Handel en Ontwikkelingshulp', role: 'minister', portfolio: 'Buitenlandse Handel en Ontwikkelingshulp' },
      { name: 'minister van Buitenlandse Zaken', role: 'minister', portfolio: 'Buitenlandse Zaken' },
    ]);
  });
  it('reads two named officials and a missing closing bracket', () => {
    expect(parseAnsweredBy('Minister Van Weel (Justitie en Veiligheid) en antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid)')).toEqual([
      { name: 'Van Weel', role: 'minister', portfolio: 'Justitie en Veiligheid' },
      { name: 'Coenradie', role: 'staatssecretaris', portfolio: 'Justitie en Veiligheid' },
    ]);
    expect(parseAnsweredBy('staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport')).toEqual([
      { name: 'Karremans', role: 'staatssecretaris', portfolio: 'Volksgezondheid, Welzijn en Sport' },
    ]);
  });
});

describe('source typos', () => {
  it('reads "Staatsecretaris" (one s) as staatssecretaris', () => {
    expect(parseAddressees('de Staatsecretaris van Volksgezondheid, Welzijn en Sport')).toEqual(['staatssecretaris van Volksgezondheid, Welzijn en Sport']);
  });
});
