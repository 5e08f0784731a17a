import { describe, expect, it } from 'vitest';
import { joinList } from './labels.js';
import { formatMember, formatMembers, formatOfficial, formatOfficials } from './people.js';

const blok = { name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' };

describe('joinList', () => {
  it('joins with commas and the word for "and" before the last item', () => {
    expect(joinList([], 'en')).toBe('');
    expect(joinList(['a'], 'en')).toBe('a');
    expect(joinList(['a', 'b'], 'en')).toBe('a en b');
    expect(joinList(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });
});

describe('members', () => {
  it('prints a member with the party, when known', () => {
    expect(formatMember({ name: 'Sjoerdsma', party: 'D66' })).toBe('Sjoerdsma (D66)');
    expect(formatMember({ name: 'Bikker', party: null })).toBe('Bikker');
  });

  it('joins members as one phrase', () => {
    const members = [
      { name: 'Sjoerdsma', party: 'D66' },
      { name: 'Van Helvert', party: 'CDA' },
    ];
    expect(formatMembers(members, 'nl')).toBe('Sjoerdsma (D66) en Van Helvert (CDA)');
    expect(formatMembers(members, 'en')).toBe('Sjoerdsma (D66) and Van Helvert (CDA)');
    expect(formatMembers([], 'nl')).toBe('');
  });
});

describe('officials', () => {
  it('prints role, name and portfolio; the role in English for English readers', () => {
    expect(formatOfficial(blok, 'nl')).toBe('minister Blok (Buitenlandse Zaken)');
    expect(formatOfficial(blok, 'en')).toBe('Minister Blok (Buitenlandse Zaken)');
    expect(formatOfficial({ name: 'Van Rij', role: 'staatssecretaris', portfolio: null }, 'en')).toBe('State Secretary Van Rij');
    expect(formatOfficial({ name: 'Rutte', role: 'minister-president', portfolio: 'Algemene Zaken' }, 'en')).toBe('Prime Minister Rutte (Algemene Zaken)');
    expect(formatOfficial({ name: 'X', role: '', portfolio: null }, 'nl')).toBe('X');
  });

  it('prints an official known only by office once (sample ah-tk-20252026-214: "mede namens de Minister van …")', () => {
    const office = { name: 'minister van Justitie en Veiligheid', role: 'minister', portfolio: 'Justitie en Veiligheid' };
    expect(formatOfficial(office, 'nl')).toBe('minister van Justitie en Veiligheid');
    expect(formatOfficials([{ name: 'Lindeman', role: 'staatssecretaris', portfolio: 'Binnenlandse Zaken' }, office], 'nl')).toBe(
      'staatssecretaris Lindeman (Binnenlandse Zaken) en minister van Justitie en Veiligheid',
    );
  });

  it('joins officials as one phrase', () => {
    const officials = [blok, { name: 'Vijlbrief', role: 'staatssecretaris', portfolio: 'Financiën' }];
    expect(formatOfficials(officials, 'nl')).toBe('minister Blok (Buitenlandse Zaken) en staatssecretaris Vijlbrief (Financiën)');
    expect(formatOfficials([], 'en')).toBe('');
  });
});
