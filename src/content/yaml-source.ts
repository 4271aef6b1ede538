import {
  Composer,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { LIMITS } from '../engine/limits';
import { fileTooLarge, type Diagnostic } from './diagnostics';

/** Scenario files are small; anything bigger is refused before parsing. */
export const MAX_SCENARIO_BYTES = LIMITS.scenarioBytes;

/**
 * Shipped scenarios nest about 10 levels deep. Deeper files are refused while they are read:
 * the YAML composer recurses once per level and overflows the stack at about 900 levels, and
 * in Node 20 a second parse after such an overflow can abort the whole process (V8 "RegExpCompiler
 * Allocation failed"); its parser also slows down sharply with depth (a megabyte of `[` took 20 s).
 */
export const MAX_NESTING = LIMITS.scenarioNesting;

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Position {
  readonly line: number;
  readonly col: number;
}

/**
 * Where each line of a text starts. Counted from the text itself: yaml's LineCounter only hears
 * of the newlines its parser reaches, and after some syntax errors it misses one, so every later
 * position landed a line too early, past the end of that line.
 */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, col: Math.max(0, offset - (starts[low] ?? 0)) + 1 };
}

/** A parsed YAML file that can map a path inside its data back to a line and column. */
export class YamlSource {
  private readonly lineStarts: number[];
  /** Pairs of each map by key: a linear search per finding is quadratic on a map with many bad keys. */
  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    readonly file: string,
    private readonly doc: Document,
    text: string,
  ) {
    this.lineStarts = lineStartsOf(text);
  }

  positionOf(offset: number): Position {
    return positionAt(this.lineStarts, offset);
  }

  /** The deepest node along a path, and whether the whole path was found. */
  private nodeAt(path: Path): { node: Node | null; keyNode: Node | null; complete: boolean } {
    let node: unknown = this.doc.contents;
    let keyNode: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = this.pairsOf(node).get(String(segment));
        if (pair === undefined) return { node: node, keyNode, complete: false };
        keyNode = pair.key as Node;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) return { node: node, keyNode, complete: false };
        keyNode = null;
        node = item;
      } else {
        return { node: (node as Node | null) ?? null, keyNode, complete: false };
      }
    }
    return { node: (node as Node | null) ?? null, keyNode, complete: true };
  }

  private pairsOf(map: YAMLMap): Map<string, Pair> {
    let pairs = this.pairIndex.get(map);
    if (pairs === undefined) {
      pairs = new Map();
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && !pairs.has(String(item.key.value))) pairs.set(String(item.key.value), item);
      }
      this.pairIndex.set(map, pairs);
    }
    return pairs;
  }

  /** Where the value at a path starts; for a missing key, where its parent starts. */
  locate(path: Path): Position {
    const { node } = this.nodeAt(path);
    return this.positionOf(node?.range?.[0] ?? 0);
  }

  /** Where the key of the last path segment starts: the place to point at for a bad key. */
  locateKey(path: Path): Position {
    const { node, keyNode, complete } = this.nodeAt(path);
    const target = complete && keyNode !== null ? keyNode : node;
    return this.positionOf(target?.range?.[0] ?? 0);
  }

  /** Where a character of a string value sits: used to point inside an expression. */
  locateInString(path: Path, offset: number): Position {
    const { node } = this.nodeAt(path);
    if (node === null || !isScalar(node) || node.range === undefined || node.range === null) return this.locate(path);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return this.positionOf(node.range[0] + (quoted ? 1 : 0) + offset);
  }
}

export interface ParsedYaml {
  readonly source: YamlSource | null;
  readonly data: unknown;
  readonly diagnostics: Diagnostic[];
}

function refusal(file: string, code: string, message: string, position: Position = { line: 1, col: 1 }): Diagnostic {
  return { file, ...position, severity: 'error', code, message };
}

/**
 * Reads the YAML into a document, refusing it as soon as the parser is nested deeper than
 * MAX_NESTING (what `parseDocument` does, one token at a time so that the depth can be checked).
 */
function readDocument(text: string): Document | { tooDeepAt: number } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_NESTING) return { tooDeepAt: parser.offset };
  }
  for (const token of parser.end()) tokens.push(token);
  // uniqueKeys is off because yaml checks it by a linear search per key (a 400 kB map of distinct
  // keys takes half a minute); duplicates are found below with a set instead. stringKeys makes
  // every key text, so `[a]: 1` or `{a: 1}: 2` is an error rather than a key stringified with a
  // console warning.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, stringKeys: true, keepSourceTokens: false });
  let doc: Document | null = null;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (doc === null) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'the file holds more than one YAML document'),
      );
      break;
    }
  }
  // compose(tokens, true) yields a document even for an empty text; parseYaml reports the impossible case.
  if (doc === null) throw new Error('no document');
  return doc;
}

/**
 * Keys that cannot be trusted: duplicates, and `__proto__`, which no part of the format uses
 * and which some code paths (object spreads, records) would treat as the prototype.
 */
function badKeys(doc: Document): { at: number; code: string; message: string }[] {
  const found: { at: number; code: string; message: string }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const at = pair.key.range?.[0] ?? 0;
        if (key === '__proto__') found.push({ at, code: 'unknown-key', message: `'__proto__' cannot be a key in a scenario file` });
        else if (seen.has(key)) found.push({ at, code: 'duplicate-key', message: 'Map keys must be unique' });
        seen.add(key);
      }
    },
  });
  return found;
}

/**
 * Parses a scenario file's YAML. Anchors and aliases are refused (they make content hard to
 * trace and are the vector of "billion laughs" attacks); so are oversized files and files nested
 * too deeply, before they are fully parsed.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  if (text.length > MAX_SCENARIO_BYTES) return { source: null, data: null, diagnostics: [fileTooLarge(file, text.length)] };
  let doc: Document | { tooDeepAt: number };
  try {
    doc = readDocument(text);
  } catch (error) {
    return { source: null, data: null, diagnostics: [refusal(file, 'yaml-syntax', `the YAML parser gave up: ${describe(error)}`)] };
  }
  if (!('contents' in doc)) {
    const message = `the file is nested more than ${MAX_NESTING} levels deep; a scenario needs far fewer`;
    const at = positionAt(lineStartsOf(text), doc.tooDeepAt);
    return { source: null, data: null, diagnostics: [refusal(file, 'yaml-syntax', message, at)] };
  }
  const source = new YamlSource(file, doc, text);
  const diagnostics: Diagnostic[] = [];
  for (const problem of doc.errors) {
    const code = problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
    diagnostics.push({ file, ...source.positionOf(problem.pos[0]), severity: 'error', code, message: messageOf(problem) });
  }
  for (const problem of doc.warnings) {
    diagnostics.push({
      file,
      ...source.positionOf(problem.pos[0]),
      severity: 'warning',
      code: 'yaml-warning',
      message: firstLine(problem.message),
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { source, data: null, diagnostics };
  for (const problem of badKeys(doc)) diagnostics.push(refusal(file, problem.code, problem.message, source.positionOf(problem.at)));
  let aliasAt: number | null = null;
  visit(doc, {
    Alias(_, node) {
      aliasAt = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
    Node(_, node) {
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor !== undefined && aliasAt === null) {
        aliasAt = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (aliasAt !== null) {
    diagnostics.push(
      refusal(file, 'yaml-alias', 'anchors (&name) and aliases (*name) are not allowed in scenario files', source.positionOf(aliasAt)),
    );
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { source, data: null, diagnostics };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 0 });
    return { source, data, diagnostics };
  } catch (error) {
    diagnostics.push(refusal(file, 'yaml-syntax', `the YAML could not be read: ${describe(error)}`));
    return { source, data: null, diagnostics };
  }
}

/** The library's message, except where it speaks of the library rather than of the file. */
function messageOf(problem: YAMLParseError): string {
  switch (problem.code) {
    case 'RESOURCE_EXHAUSTION': // a stack overflow in the composer, should MAX_NESTING ever fall short
      return 'the file is nested too deeply';
    case 'NON_STRING_KEY':
      return 'a key must be a name, not a list or a map';
    default:
      return firstLine(problem.message);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  return error instanceof Error ? firstLine(error.message) : 'unknown error';
}
