import { describe, expect, it } from 'vitest';
import type { Line } from './page-furniture.js';
import { detectLayout, healGlue, joinLines, type Layout } from './text-layout.js';

const wrapped: Layout = { kind: 'wrapped', width: 78 };
const glued: Layout = { kind: 'glued', width: 200 };
const docx: Layout = { kind: 'paragraph-lines', width: 200 };
const t = (text: string): Line => ({ kind: 'text', text });
const blank: Line = { kind: 'blank', text: '' };
const pageBreak: Line = { kind: 'break', text: '' };

describe('joinLines', () => {
  it('joins a sentence broken over lines with a space', () => {
    expect(joinLines([t('Wat zijn de gevolgen van deze Amerikaanse'), t('stellingname?')], wrapped)).toBe(
      'Wat zijn de gevolgen van deze Amerikaanse stellingname?',
    );
  });
  it('heals a URL broken at a hyphen, keeping the hyphen', () => {
    const lines = [t("genocide' (https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-"), t('oeigoeren-is-genocide-a4028198).')];
    expect(joinLines(lines, wrapped)).toBe(
      "genocide' (https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198).",
    );
  });
  it('heals a URL broken after a slash', () => {
    expect(joinLines([t('«UN probing», https://'), t('www.reuters.com/world/africa/x/')], glued)).toBe('«UN probing», https://www.reuters.com/world/africa/x/');
  });
  it('drops the hyphen of a broken word but keeps real hyphens', () => {
    expect(joinLines([t('uitvoering Zorgak-'), t('koord, en meer')], glued)).toBe('uitvoering Zorgakkoord, en meer');
    expect(joinLines([t('het BDO-'), t('onderzoek')], glued)).toBe('het BDO-onderzoek');
    expect(joinLines([t('aanvullend zorg-'), t('en welzijnsakkoord')], glued)).toBe('aanvullend zorg- en welzijnsakkoord');
  });
  it('treats a page break as transparent', () => {
    expect(joinLines([t('met de nieuwe'), pageBreak, t('Amerikaanse regering?')], wrapped)).toBe('met de nieuwe Amerikaanse regering?');
  });
  it('keeps paragraph breaks: blank lines, short sentence-final lines, Word paragraphs', () => {
    expect(joinLines([t('Eerste alinea.'), blank, t('Tweede alinea.')], docx)).toBe('Eerste alinea.\n\nTweede alinea.');
    expect(joinLines([t('versterken en optimaliseren.'), t('Ten slotte zullen wij')], wrapped)).toBe('versterken en optimaliseren.\n\nTen slotte zullen wij');
    expect(joinLines([t('Een regel die tot de rechterkantlijn doorloopt en eindigt met het woord.'), t('En dan verder')], wrapped)).toBe(
      'Een regel die tot de rechterkantlijn doorloopt en eindigt met het woord. En dan verder',
    );
    expect(joinLines([t('Ja, de rest.'), t('Het vervolg')], docx)).toBe('Ja, de rest.\n\nHet vervolg');
  });
  it('joins Word lines broken inside a sentence', () => {
    expect(joinLines([t('aandacht voor het beroep, zodat'), t('studenten bekend raken')], docx)).toBe('aandacht voor het beroep, zodat studenten bekend raken');
  });
});

describe('healGlue', () => {
  it('splits glued sentences into paragraphs and restores glued commas', () => {
    expect(healGlue('dit te veranderen.Verschillende componenten')).toBe('dit te veranderen.\n\nVerschillende componenten');
    expect(healGlue('Zo ja, wat vindt u hiervan?Deelt u de mening')).toBe('Zo ja, wat vindt u hiervan?\n\nDeelt u de mening');
    expect(healGlue('marges aan te pakken,zodat stijgende')).toBe('marges aan te pakken, zodat stijgende');
  });
  it('leaves URLs, abbreviations and numbers alone', () => {
    expect(healGlue('zie www.Telegraaf.nl/Nieuws.Html en t.a.v.De nr.32, 2,8 miljard')).toBe('zie www.Telegraaf.nl/Nieuws.Html en t.a.v.De nr.32, 2,8 miljard');
  });
});

describe('detectLayout', () => {
  it('recognises wrapped, glued and Word layouts', () => {
    const short = Array.from({ length: 20 }, (_, i) => t('x'.repeat(70 + (i % 8))));
    expect(detectLayout(short, false).kind).toBe('wrapped');
    const long = Array.from({ length: 20 }, (_, i) => t('x'.repeat(i % 2 ? 300 : 75)));
    expect(detectLayout(long, true).kind).toBe('glued');
    expect(detectLayout(long, false).kind).toBe('paragraph-lines');
  });
});

describe('healHyphens', async () => {
  const { healHyphens } = await import('./text-layout.js');
  it('removes syllable hyphens left in glued PDF text', () => {
    expect(['transforma-tiemiddelen', 'Commis-sie', 'regelge-ving', 'Neder-landse', 'internati-onaal', 'hooggespeci-aliseerd'].map(healHyphens)).toEqual([
      'transformatiemiddelen',
      'Commissie',
      'regelgeving',
      'Nederlandse',
      'internationaal',
      'hooggespecialiseerd',
    ]);
  });
  it('keeps real hyphens', () => {
    for (const word of ['btw-verhoging', 'ggz-patiënten', 'niet-commerciële', 'olie-industrie', 'stage-instellingen', 'macro-financiële', 'één-op-één', 'BDO-onderzoek', 'Noord-Holland']) {
      expect(healHyphens(word)).toBe(word);
    }
  });
});
