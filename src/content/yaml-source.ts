import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics';

/** Scenario files are small; anything bigger is refused before parsing. */
export const MAX_SCENARIO_BYTES = 1_000_000;

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Position {
  readonly line: number;
  readonly col: number;
}

/** A parsed YAML file that can map a path inside its data back to a line and column. */
export class YamlSource {
  private readonly lines: LineCounter;

  constructor(
    readonly file: string,
    private readonly doc: Document,
    lines: LineCounter,
  ) {
    this.lines = lines;
  }

  positionOf(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, col };
  }

  /** The deepest node along a path, and whether the whole path was found. */
  private nodeAt(path: Path): { node: Node | null; keyNode: Node | null; complete: boolean } {
    let node: unknown = this.doc.contents;
    let keyNode: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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
 * Parses a scenario file's YAML. Anchors and aliases are refused (they make content hard to
 * trace and are the vector of "billion laughs" attacks); so are oversized files.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      source: null,
      data: null,
      diagnostics: [refusal(file, 'file-too-large', `the file is ${text.length} characters; the limit is ${MAX_SCENARIO_BYTES}`)],
    };
  }
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  } catch (error) {
    return { source: null, data: null, diagnostics: [refusal(file, 'yaml-syntax', `the YAML parser gave up: ${describe(error)}`)] };
  }
  const source = new YamlSource(file, doc, lines);
  const diagnostics: Diagnostic[] = [];
  for (const problem of doc.errors) {
    const code = problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
    diagnostics.push({ file, ...source.positionOf(problem.pos[0]), severity: 'error', code, message: firstLine(problem.message) });
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
    return { source, data: null, diagnostics };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 0 });
    return { source, data, diagnostics };
  } catch (error) {
    diagnostics.push(refusal(file, 'yaml-syntax', `the YAML could not be read: ${describe(error)}`));
    return { source, data: null, diagnostics };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  return error instanceof Error ? firstLine(error.message) : 'unknown error';
}
