import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * Facts in the Ottawa scenario that were once wrong and corrected. Each test reads the shipped file's text as
 * players read it (every {en, fr} text, with the title beside its text) and fails if a wrong claim comes back,
 * in either language. Source titles are not player text and are left out.
 */

type Language = 'en' | 'fr';
interface Item {
  /** Where the text sits in the file: "events.3.text", "debrief.history.9". */
  readonly path: string;
  /** The item's title and text together, one string per language. */
  readonly en: string;
  readonly fr: string;
}

const data = parse(readFileSync('scenarios/ottawa-2021.yaml', 'utf8')) as Record<string, unknown>;

const isText = (value: unknown): value is { en: string; fr: string } =>
  typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string';

/** Every text of an object and its children, variants included: `{en, fr}` maps, and lists of `{when, text}`. */
function texts(value: unknown): { en: string; fr: string }[] {
  if (isText(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

/** One item per object that has a `text` (an action, a response, an event, a state, a history entry...). */
function items(value: unknown, path: string): Item[] {
  if (Array.isArray(value)) return value.flatMap((child, i) => items(child, `${path}.${i}`));
  if (typeof value !== 'object' || value === null || isText(value)) return [];
  const object = value as Record<string, unknown>;
  const own: Item[] = [];
  if ('text' in object || 'title' in object || 'brief' in object || 'role' in object) {
    const mine = texts([object.title, object.text, object.brief, object.role, object.summary, object.prompt, object.label]);
    own.push({ path, en: mine.map((t) => t.en).join(' '), fr: mine.map((t) => t.fr).join(' ') });
  }
  const children = Object.entries(object)
    .filter(([key]) => !['title', 'text', 'brief', 'role', 'summary', 'prompt', 'label'].includes(key))
    .flatMap(([key, child]) => items(child, path === '' ? key : `${path}.${key}`));
  return [...own, ...children];
}

const { sources, ...playerText } = data;
const all = items(playerText, '');
/** Every player-facing string of one language, each separately (so a regex cannot match across two texts). */
const strings = (language: Language): string[] => texts(playerText).map((text) => text[language]);
const matching = (pattern: RegExp, language: Language): string[] => strings(language).filter((text) => pattern.test(text));
const itemsWith = (pattern: RegExp, language: Language): Item[] => all.filter((item) => pattern.test(item[language]));

describe('the Ottawa scenario keeps its corrected facts', () => {
  it('has player text in both languages to check', () => {
    expect(strings('en').length).toBeGreaterThan(300);
    expect(strings('fr').length).toBe(strings('en').length);
  });

  it('dates the Hong Kong pathways (the "lifeboat") to their announcement of 12 November 2020', () => {
    const en = itemsWith(/Hong Kongers/, 'en').filter((item) => /pathway/i.test(item.en));
    const fr = itemsWith(/Hongkongais/, 'fr').filter((item) => /voies/i.test(item.fr));
    expect(en.length).toBeGreaterThan(0);
    expect(fr.length).toBe(en.length);
    for (const item of en) expect(item.en, item.path).toMatch(/12 November 2020/);
    for (const item of fr) expect(item.fr, item.path).toMatch(/12 novembre 2020/);
    expect(
      matching(/lifeboat|offers? Hong Kongers new|new pathways (for Hong Kongers )?from February|offre de nouvelles voies/i, 'en'),
    ).toEqual([]);
    expect(matching(/offre de nouvelles voies|nouvelles voies d'accueil aux Hongkongais à partir de février/i, 'fr')).toEqual([]);
  });

  it('tells the US talks with Meng as real and under way since December 2020, never as "in this game"', () => {
    const talks = (
      data.storylines as {
        id: string;
        file: { summary: { en: string; fr: string } };
        states: { id: string; hint?: { en: string; fr: string } }[];
      }[]
    ).find((line) => line.id === 'us_talks')!;
    expect(talks.file.summary.en).toMatch(/December 2020/);
    expect(talks.file.summary.fr).toMatch(/décembre 2020/);
    const underWay = talks.states.find((state) => state.id === 'under_way')!;
    for (const text of [talks.file.summary, underWay.hint!]) {
      expect(text.en).not.toMatch(/in this game/i);
      expect(text.fr).not.toMatch(/dans ce jeu/i);
    }
    expect(matching(/in this game[^.]*\btalks\b[^.]*(under way|go on|since December|reported|began|begin)/i, 'en')).toEqual([]);
    expect(matching(/dans ce jeu[^.]*\bpourparlers\b[^.]*(en cours|se poursuivent|depuis décembre|signalés|commenc)/i, 'fr')).toEqual([]);
  });

  it('opens after both trials: no option sends diplomats to a courthouse', () => {
    const options = [
      ...(data.actions as unknown[]),
      ...(data.events as { decision?: { responses: unknown[] } }[]).flatMap((event) => event.decision?.responses ?? []),
    ].flatMap((option) => items(option, 'option'));
    expect(options.length).toBeGreaterThan(40);
    for (const option of options) {
      expect(option.en).not.toMatch(/court ?house|\btrials?\b|outside the court/i);
      expect(option.fr).not.toMatch(/palais de justice|\bprocès\b|devant le tribunal/i);
    }
    expect((data.summary as { en: string }).en).toMatch(/have just been tried/);
  });

  it('gives Mary Ng her real title, Minister of Small Business, Export Promotion and International Trade', () => {
    expect(matching(/Mary Ng, Minister of Small Business, Export Promotion and International Trade/, 'en').length).toBeGreaterThan(0);
    expect(
      matching(/Mary Ng, ministre de la Petite Entreprise, de la Promotion des exportations et du Commerce international/, 'fr').length,
    ).toBeGreaterThan(0);
    for (const text of matching(/Mary Ng[^.]*\bMinister\b|\bMinister\b[^.]*Mary Ng/, 'en')) {
      expect(text).toMatch(/Minister of Small Business, Export Promotion and International Trade/);
    }
    for (const text of matching(/Mary Ng[^.]*\bministre\b|\bministre\b[^.]*Mary Ng/, 'fr')) {
      expect(text).toMatch(/ministre de la Petite Entreprise, de la Promotion des exportations et du Commerce international/);
    }
    expect(matching(/Minister of International Trade|International Trade Minister|trade minister,? Mary Ng/i, 'en')).toEqual([]);
    expect(matching(/ministre du Commerce international,? Mary Ng|ministre du Commerce,? Mary Ng/i, 'fr')).toEqual([]);
  });

  it("calls the Commons subcommittee's October 2020 text a statement", () => {
    const en = matching(/October 2020/, 'en').filter((text) => /subcommittee/i.test(text));
    const fr = matching(/octobre 2020/, 'fr').filter((text) => /sous-comité/i.test(text));
    expect(en.length).toBeGreaterThan(0);
    expect(fr.length).toBeGreaterThan(0);
    for (const text of en) expect(text).toMatch(/statement/);
    for (const text of fr) expect(text).toMatch(/déclaration/);
    expect(matching(/(report|motion)[^.]{0,40}October 2020|October 2020[^.]{0,20}(report|motion)/i, 'en')).toEqual([]);
    expect(matching(/(rapport|motion)[^.]{0,40}octobre 2020|octobre 2020[^.]{0,20}(rapport|motion)/i, 'fr')).toEqual([]);
  });

  it('limits the 2021 US customs orders to Xinjiang cotton and tomatoes', () => {
    expect(
      matching(/(all|every) (goods|imports|products) from Xinjiang|all Xinjiang (goods|imports|products)|region-wide ban/i, 'en'),
    ).toEqual([]);
    expect(matching(/tous les (biens|produits) (en provenance )?du Xinjiang|toutes les importations du Xinjiang/i, 'fr')).toEqual([]);
    const en = itemsWith(/US customs|customs orders/i, 'en');
    const fr = itemsWith(/douane américaine|ordonnances douanières/i, 'fr');
    expect(en.length).toBeGreaterThan(0);
    expect(fr.length).toBeGreaterThan(0);
    for (const item of en) expect(item.en, item.path).toMatch(/cotton[^.]*tomato/i);
    for (const item of fr) expect(item.fr, item.path).toMatch(/coton[^.]*tomates/i);
  });

  it('counts the diplomats outside the trials as about two dozen countries', () => {
    expect(matching(/about two dozen countries/, 'en').length).toBeGreaterThan(0);
    expect(matching(/environ deux douzaines de pays/, 'fr').length).toBeGreaterThan(0);
    expect(matching(/vingtaine/i, 'fr')).toEqual([]);
    expect(matching(/about (twenty|20) countries|a score of countries/i, 'en')).toEqual([]);
  });

  it("names Jim Nickel as deputy head of mission acting as chargé d'affaires, never as ambassador", () => {
    const en = matching(/Nickel/, 'en');
    const fr = matching(/Nickel/, 'fr');
    expect(en.length).toBeGreaterThan(0);
    expect(fr.length).toBe(en.length);
    for (const text of en) expect(text).toMatch(/deputy head of mission/);
    for (const text of fr) expect(text).toMatch(/chef de mission adjoint/);
    expect(matching(/deputy head of mission acting as chargé d'affaires/, 'en').length).toBeGreaterThan(0);
    expect(matching(/chef de mission adjoint faisant fonction de chargé d'affaires/, 'fr').length).toBeGreaterThan(0);
    expect(matching(/(ambassador|consul)[^.,;]{0,20}Jim Nickel|Jim Nickel,? (the |Canada's )?(ambassador|consul)/i, 'en')).toEqual([]);
    expect(matching(/(ambassadeur|consul)[^.,;]{0,20}Jim Nickel|Jim Nickel,? (l'|le )?(ambassadeur|consul)/i, 'fr')).toEqual([]);
  });

  it("calls the EU's measures its first human-rights sanctions on China since the 1989 arms embargo", () => {
    expect(matching(/first human-rights sanctions (on China )?since the 1989 arms embargo/, 'en').length).toBeGreaterThan(0);
    expect(
      matching(/premières sanctions (contre la Chine )?pour les droits de la personne depuis l'embargo (sur les armes )?de 1989/, 'fr')
        .length,
    ).toBeGreaterThan(0);
    expect(matching(/first (ever )?sanctions (on China )?since Tiananmen|first sanctions on China since 1989/i, 'en')).toEqual([]);
    expect(matching(/premières sanctions (contre la Chine )?depuis Tiananmen/i, 'fr')).toEqual([]);
  });

  it('speaks of potential unmarked graves detected by ground-penetrating radar, and never of bodies found', () => {
    const en = matching(/unmarked graves/, 'en');
    const fr = matching(/tombes anonymes/, 'fr');
    expect(en.length).toBeGreaterThan(0);
    expect(fr.length).toBe(en.length);
    for (const text of en) expect(text).toMatch(/potential unmarked graves detected by ground-penetrating radar/);
    for (const text of fr) expect(text).toMatch(/tombes anonymes potentielles détectées par géoradar/);
    expect(matching(/mass graves?|bodies (of|were)|remains (of|were) found/i, 'en')).toEqual([]);
    expect(matching(/charniers?|fosses? commune|corps (retrouvés|découverts)|restes (retrouvés|découverts)/i, 'fr')).toEqual([]);
  });

  it('points teachers to the OHCHR assessment of 31 August 2022 as the neutral reference', () => {
    const notes = (data.debrief as { content_notes: { en: string; fr: string }[] }).content_notes;
    const note = notes.find((candidate) => /neutral reference/.test(candidate.en));
    expect(note?.en).toMatch(/OHCHR/);
    expect(note?.en).toMatch(/31 August 2022/);
    expect(note?.fr).toMatch(/référence neutre/);
    expect(note?.fr).toMatch(/HCDH/);
    expect(note?.fr).toMatch(/31 août 2022/);
    const declared = new Set((sources as { id: string; date?: string }[]).map((source) => source.id));
    expect(declared.has('ohchr_assessment')).toBe(true);
  });

  it('cites, for every entry of what really happened, sources that the scenario declares', () => {
    const declared = new Set((sources as { id: string }[]).map((source) => source.id));
    const history = (data.debrief as { history: { date: string; sources: (string | { id: string })[] }[] }).history;
    expect(history.length).toBeGreaterThan(5);
    for (const entry of history) {
      expect(entry.sources.length, entry.date).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(declared, `${entry.date}: ${JSON.stringify(source)}`).toContain(typeof source === 'string' ? source : source.id);
      }
    }
  });
});
