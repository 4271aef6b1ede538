import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type StringKey } from '../../../src/ui/i18n/strings-en';
import { frenchSpacing, INTERFACE_LANGUAGES, translate, type Language } from '../../../src/ui/i18n/translate';

/**
 * The facilitator guide and the student handout ship as static pages in public/guide/, one folder a
 * language. The project has no HTML parser among its dependencies, so the pages are read by a strict
 * one below: every element closed in order, attributes quoted or plain, entities known. A page it
 * accepts is read the same way by a browser (the browser tests open the French guide for real).
 */

interface Element {
  readonly tag: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: (Element | string)[];
  readonly line: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements a browser would not keep inside a <p>: it closes the paragraph before them. */
const BLOCK = new Set(
  ['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'header', 'hr'].concat([
    'li',
    'main',
    'nav',
    'ol',
    'p',
    'pre',
    'section',
    'table',
    'ul',
  ]),
);
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function parseHtml(source: string, file: string): Element {
  const root: Element = { tag: '#document', attrs: new Map(), children: [], line: 1 };
  const stack: Element[] = [root];
  const lineAt = (at: number): number => source.slice(0, at).split('\n').length;
  const fail = (at: number, message: string): never => {
    throw new Error(`${file}:${lineAt(at)}: ${message}`);
  };
  const decode = (text: string, at: number): string =>
    text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? fail(at, `unknown entity &${name};`);
    });
  const openTag = /<([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/iy;
  const closeTag = /<\/([a-z][a-z0-9]*)\s*>/iy;
  const attribute = /([a-z][a-z0-9:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi;
  let at = 0;
  while (at < source.length) {
    const next = source.indexOf('<', at);
    const end = next === -1 ? source.length : next;
    if (end > at) stack.at(-1)!.children.push(decode(source.slice(at, end), at));
    if (next === -1) break;
    at = next;
    if (source.startsWith('<!--', at)) {
      const close = source.indexOf('-->', at);
      if (close === -1) fail(at, 'a comment is never closed');
      at = close + 3;
      continue;
    }
    if (/^<!doctype html>/i.test(source.slice(at, at + 15))) {
      at += 15;
      continue;
    }
    closeTag.lastIndex = at;
    const closing = closeTag.exec(source);
    if (closing !== null) {
      const name = closing[1]!.toLowerCase();
      const open = stack.pop()!;
      if (open.tag !== name) fail(at, `</${name}> closes <${open.tag}> (opened on line ${open.line})`);
      at += closing[0].length;
      continue;
    }
    openTag.lastIndex = at;
    const opening = openTag.exec(source);
    if (opening === null) return fail(at, `unreadable markup: ${source.slice(at, at + 40)}`);
    const tag = opening[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    for (const match of opening[2]!.matchAll(attribute)) {
      const name = match[1]!.toLowerCase();
      if (attrs.has(name)) fail(at, `<${tag}> has ${name} twice`);
      attrs.set(name, decode(match[2] ?? match[3] ?? match[4] ?? '', at));
    }
    const element: Element = { tag, attrs, children: [], line: lineAt(at) };
    const parent = stack.at(-1)!;
    if (parent.tag === 'p' && BLOCK.has(tag)) fail(at, `<${tag}> inside <p>: a browser would end the paragraph`);
    parent.children.push(element);
    at += opening[0].length;
    if (opening[3] === '/' && !VOID.has(tag)) fail(at, `<${tag} /> is not closed by its slash in HTML`);
    if (tag === 'script' || tag === 'style') {
      const close = source.toLowerCase().indexOf(`</${tag}`, at);
      if (close === -1) fail(at, `<${tag}> is never closed`);
      element.children.push(source.slice(at, close));
      at = close;
    }
    if (!VOID.has(tag)) stack.push(element);
  }
  if (stack.length > 1) fail(source.length, `<${stack.at(-1)!.tag}> (line ${stack.at(-1)!.line}) is never closed`);
  return root;
}

const elements = (node: Element): Element[] =>
  node.children.flatMap((child) => (typeof child === 'string' ? [] : [child, ...elements(child)]));
const textOf = (node: Element): string => node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
/** Text as read: runs of spaces and line breaks (non-breaking ones included) count as one space. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const byId = (root: Element, id: string): Element => {
  const found = elements(root).find((element) => element.attrs.get('id') === id);
  if (found === undefined) throw new Error(`no element #${id}`);
  return found;
};
/** Text nodes outside code and key names, each with its element: where typography rules apply. */
function prose(node: Element, out: string[] = []): string[] {
  if (node.tag === 'code' || node.tag === 'kbd' || node.tag === 'style' || node.tag === 'script') return out;
  for (const child of node.children) {
    if (typeof child === 'string') out.push(child);
    else prose(child, out);
  }
  return out;
}

const PUBLIC = resolve('public');
const PAGES = ['index.html', 'handout.html'] as const;
const pagePath = (language: Language, page: string): string => join(PUBLIC, 'guide', language, page);
const read = (language: Language, page: string): Element => {
  const path = pagePath(language, page);
  return parseHtml(readFileSync(path, 'utf8'), relative(process.cwd(), path));
};
const body = (page: Element): Element => elements(page).find((element) => element.tag === 'body')!;
const ids = (page: Element, selector: (element: Element) => boolean = () => true): string[] =>
  elements(page)
    .filter((element) => element.attrs.has('id') && selector(element))
    .map((element) => element.attrs.get('id')!);

/** The parts the guide must have, in this order; the handout's parts, likewise. */
const GUIDE_SECTIONS = [
  'at-a-glance',
  'before-class',
  'plan',
  'debrief',
  'early-finishers',
  'questions',
  'curriculum',
  'content-notes',
  'simplifies',
  'glossary',
  'offline',
  'accessibility',
  'troubleshooting',
  'live',
  'sources',
];
const HANDOUT_SECTIONS = ['h-role', 'h-situation', 'h-turn', 'h-ending', 'h-questions', 'h-glossary'];
const GLOSSARY = [
  'term-sema',
  'term-magnitsky',
  'term-xpcc',
  'term-dpa',
  'term-extradition',
  'term-arbitrary-detention',
  'term-counter-sanctions',
  'term-five-eyes',
  'term-coordinated-sanctions',
  'term-canola',
  'term-meng',
  'term-two-michaels',
];
/** Printed at 9.5 pt in two columns, this much fits one A4 or Letter page with room to spare. */
const HANDOUT_WORDS = 450;

describe('the facilitator guide and the student handout', () => {
  it('ship in every interface language', () => {
    for (const language of INTERFACE_LANGUAGES) {
      for (const page of PAGES) expect(existsSync(pagePath(language, page)), `${language}/${page}`).toBe(true);
    }
  });

  it.each(INTERFACE_LANGUAGES.flatMap((language) => PAGES.map((page) => [language, page] as const)))(
    '%s/%s is well formed, says its language, links the other language and the game, and runs no script',
    (language, page) => {
      const root = read(language, page);
      const html = elements(root).find((element) => element.tag === 'html')!;
      expect(html.attrs.get('lang')).toBe(language);
      const all = elements(root);
      expect(all.filter((element) => element.tag === 'script')).toEqual([]);
      for (const element of all) {
        for (const [name, value] of element.attrs) {
          expect(name.startsWith('on'), `<${element.tag} ${name}> on line ${element.line}`).toBe(false);
          expect(/^\s*javascript:/i.test(value), `<${element.tag} ${name}> on line ${element.line}`).toBe(false);
        }
      }
      const policy = all.find((element) => element.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(policy?.attrs.get('content')).toMatch(/default-src 'none'/);
      expect(policy?.attrs.get('content')).not.toMatch(/script-src/);
      expect(all.some((element) => element.tag === 'meta' && element.attrs.get('name') === 'viewport')).toBe(true);
      expect(all.some((element) => element.tag === 'link' && element.attrs.get('href') === '../guide.css')).toBe(true);
      expect(all.filter((element) => element.tag === 'style' || element.attrs.has('style'))).toEqual([]);
      const hrefs = all.filter((element) => element.tag === 'a').map((element) => element.attrs.get('href'));
      for (const other of INTERFACE_LANGUAGES.filter((candidate) => candidate !== language)) expect(hrefs).toContain(`../${other}/${page}`);
      expect(hrefs.some((href) => href === '../../' || href?.startsWith('../../#'))).toBe(true);
      expect(squash(textOf(elements(root).find((element) => element.tag === 'h1')!)).length).toBeGreaterThan(5);
    },
  );

  it.each([
    ['index.html', GUIDE_SECTIONS],
    ['handout.html', HANDOUT_SECTIONS],
  ] as const)('%s has the same sections, and the same anchors, in every language', (page, sections) => {
    const [first, ...others] = INTERFACE_LANGUAGES.map((language) => read(language, page));
    expect(ids(first!, (element) => element.tag === 'section')).toEqual(sections);
    for (const other of others) {
      expect(ids(other, (element) => element.tag === 'section')).toEqual(sections);
      expect(ids(other)).toEqual(ids(first!));
    }
    for (const root of [first!, ...others]) {
      for (const id of sections) {
        const heading = elements(byId(root, id)).find((element) => element.tag === 'h2');
        expect(squash(textOf(heading!)).length, id).toBeGreaterThan(3);
      }
    }
  });

  it('gives the 50-minute plan the time slots of the teacher page, in each language', () => {
    const slots = (Object.keys(en) as StringKey[]).filter((key) => /^teacher\.plan\d+\.time$/.test(key));
    expect(slots.length).toBeGreaterThanOrEqual(4);
    for (const language of INTERFACE_LANGUAGES) {
      const plan = byId(read(language, 'index.html'), 'plan');
      const times = elements(plan).filter((element) => element.attrs.get('class') === 'plan-time');
      expect(
        times.map((element) => squash(textOf(element))),
        language,
      ).toEqual(slots.map((key) => squash(translate(language, key))));
      expect(ids(plan, (element) => element.tag === 'li')).toEqual(slots.map((_, index) => `plan-${index + 1}`));
    }
  });

  it('defines every glossary term in every language, each with its explanation', () => {
    for (const [page, required] of [
      ['index.html', GLOSSARY],
      ['handout.html', []],
    ] as const) {
      const terms = INTERFACE_LANGUAGES.map((language) => {
        const list = elements(read(language, page)).find((element) => element.tag === 'dl' && element.attrs.get('class') === 'glossary');
        expect(list, `${language}/${page}`).toBeDefined();
        const items = list!.children.filter((child): child is Element => typeof child !== 'string');
        items.forEach((item, index) => {
          if (item.tag !== 'dt') return;
          const explanation = items[index + 1];
          expect(explanation?.tag, `${language}/${page} #${item.attrs.get('id')}`).toBe('dd');
          expect(squash(textOf(explanation!)).length).toBeGreaterThan(10);
        });
        return items.filter((item) => item.tag === 'dt').map((item) => item.attrs.get('id'));
      });
      for (const list of terms) {
        expect(list).toEqual(terms[0]);
        expect(list.every((id) => id !== undefined)).toBe(true);
        for (const id of required) expect(list).toContain(id);
      }
    }
  });

  it.each(INTERFACE_LANGUAGES.flatMap((language) => PAGES.map((page) => [language, page] as const)))(
    '%s/%s links only to https addresses, files that ship, and anchors that exist',
    (language, page) => {
      const root = read(language, page);
      const here = pagePath(language, page);
      for (const element of elements(root)) {
        for (const name of ['href', 'src']) {
          const value = element.attrs.get(name);
          if (value === undefined) continue;
          const where = `${language}/${page}:${element.line} ${name}="${value}"`;
          if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
            expect(value, where).toMatch(/^https:\/\/[^\s/]+\.[a-z]{2,}\//i);
            continue;
          }
          const [path = '', fragment] = value.split('#');
          if (path === '') {
            expect(ids(root), where).toContain(fragment);
            continue;
          }
          const target = resolve(dirname(here), path.split('?')[0]!);
          expect(target === PUBLIC || target.startsWith(`${PUBLIC}/`), where).toBe(true);
          // The game itself: public/ is copied beside the built index.html, whose routes are hashes.
          if (target === PUBLIC) {
            expect(existsSync('index.html'), where).toBe(true);
            continue;
          }
          const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
          expect(existsSync(file), where).toBe(true);
          if (fragment !== undefined && file.endsWith('.html')) {
            expect(ids(parseHtml(readFileSync(file, 'utf8'), file)), where).toContain(fragment);
          }
        }
      }
    },
  );

  it.each(INTERFACE_LANGUAGES)('keeps the %s handout short enough to print on one page', (language) => {
    const words = squash(textOf(body(read(language, 'handout.html'))))
      .split(' ')
      .filter((word) => /[\p{L}\p{N}]/u.test(word));
    expect(words.length).toBeGreaterThan(200);
    expect(words.length).toBeLessThanOrEqual(HANDOUT_WORDS);
  });

  it.each(PAGES)('sets fr/%s in Canadian French typography, as the game does', (page) => {
    for (const text of prose(body(read('fr', page)))) {
      const line = text.replace(/[ \t\r\n]+/g, ' ');
      expect(frenchSpacing(line), JSON.stringify(line)).toBe(line);
      expect(line, JSON.stringify(line)).not.toMatch(/[\u00A0\u202F][;?!]|[ ][:»%]|«[ ]/);
    }
  });
});
