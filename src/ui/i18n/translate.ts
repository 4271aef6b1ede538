import type { Localized } from '../../engine';
import { en, type StringKey } from './strings-en';

export const INTERFACE_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof INTERFACE_LANGUAGES)[number];

type Table = Readonly<Record<string, string>>;

/**
 * English is always here (it is the fallback and the source of the keys); other languages are their
 * own chunk, loaded before the interface is first drawn in them, so a player downloads one language.
 */
const tables: Partial<Record<Language, Table>> = { en };
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Table>> = {
  fr: async () => (await import('./strings-fr')).fr,
};
/** Tables that load later still (the live screens' strings), per language. */
const added: Record<Language, Record<string, string>> = { en: {}, fr: {} };

export function hasInterfaceLanguage(language: Language): boolean {
  return tables[language] !== undefined;
}

/** Loads a language's interface strings; resolves at once when they are already here. */
export async function loadInterfaceLanguage(language: Language): Promise<void> {
  if (language === 'en' || tables[language] !== undefined) return;
  tables[language] = await loaders[language]();
}

/** Adds a table that loads later (the live screens' strings) to each language. */
export function addStrings(more: Record<Language, Readonly<Record<string, string>>>): void {
  for (const language of INTERFACE_LANGUAGES) Object.assign(added[language], more[language]);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/** Keys that come as a pair, "<key>.one" and "<key>.other", for text that counts something. */
type CountedBase<K> = K extends `${infer Base}.one` ? (`${Base}.other` extends StringKey ? Base : never) : never;
export type CountedKey = CountedBase<StringKey>;

/** Picks the form by the language's plural rules: French treats 0 and 1 as singular, English only 1. */
export function translateCount(
  language: Language,
  key: CountedKey,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(language === 'fr' ? 'fr-CA' : 'en-CA').select(count) === 'one' ? 'one' : 'other';
  return translate(language, `${key}.${form}` as StringKey, { ...params, count });
}

/** An interface string with {placeholders} filled in. */
export function translate(language: Language, key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  // A key of a table not loaded yet shows as itself, never as a crash.
  const template = tables[language]?.[key] ?? added[language][key] ?? en[key] ?? added.en[key] ?? key;
  const text = template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : formatValue(language, value);
  });
  return language === 'fr' ? frenchSpacing(text) : text;
}

/**
 * Canadian French typography, as the OQLF and the Translation Bureau write it: a space before the
 * colon and inside « », which must not break (a line that starts with a colon is a typesetting
 * error); no space before ; ? !; non-breaking spaces between the groups of a number and before %.
 * Writers type ordinary spaces (or none); this puts it right.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+([;?!])/g, '$1')
    .replace(/ ([:»%])/g, '\u00A0$1')
    .replace(/« /g, '«\u00A0')
    .replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00A0');
}

function formatValue(language: Language, value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA').format(value) : value;
}

/** The colon after a label: French puts a non-breaking space before it. */
export function colon(language: Language): string {
  return language === 'fr' ? '\u00A0:' : ':';
}

/** "Label: value", with the non-breaking space French puts before the colon. */
export function labelled(language: Language, label: string, value: string): string {
  return language === 'fr' ? `${label}\u00A0: ${value}` : `${label}: ${value}`;
}

/** Scenario text in the wanted language, else the scenario's first language, else any. */
export function localize(text: Localized | undefined, language: string): string {
  if (text === undefined) return '';
  const chosen = text[language];
  if (chosen !== undefined) return language === 'fr' ? frenchSpacing(chosen) : chosen;
  return Object.values(text)[0] ?? '';
}

/** A date such as "22 March 2021" / "22 mars 2021", formatted in UTC so it never shifts a day. */
/** The days a turn covers, as one localized range ("April 5 – 18, 2021"); a one-day turn is one date. */
export function formatDateRange(language: Language, firstIso: string, days: number): string {
  const first = new Date(`${firstIso}T00:00:00Z`);
  const last = new Date(first.getTime() + Math.max(days - 1, 0) * 86_400_000);
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(first, last);
}

export function formatDate(language: Language, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
