import jsep from 'jsep';
import { LIMITS } from '../engine/limits';

/**
 * Scenario expressions are parsed by jsep, configured here once, into its syntax tree; the
 * compiler then accepts only a closed set of node kinds. Words read better than symbols for
 * designers, so `and`, `or`, `not` and `is` are added beside `&&`, `||` and `!`.
 */
jsep.addBinaryOp('or', 1);
jsep.addBinaryOp('and', 2);
jsep.addBinaryOp('is', 6);
jsep.addUnaryOp('not');

export type SyntaxNode = jsep.Expression;

export type ParseResult =
  | { readonly ok: true; readonly tree: SyntaxNode; readonly offsets: ReadonlyMap<SyntaxNode, number> }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/**
 * Shipped expressions are under 150 characters and 6 levels deep. Longer or deeper ones are
 * refused before anything recurses over them: jsep recurses once per bracket and per unary
 * operator, and the compiler, the static checks and the engine once per level of the tree, so
 * a hostile `((((...` or `a + a + ...` would otherwise overflow the stack.
 */
export const MAX_EXPRESSION_LENGTH = LIMITS.expressionLength;
export const MAX_EXPRESSION_DEPTH = LIMITS.expressionDepth;

const WORD_OPERATORS = new Set(['and', 'or', 'not', 'is', 'true', 'false', 'null', 'this']);
const TOKEN = /[A-Za-z_$][A-Za-z0-9_$]*|\d+(?:\.\d*)?|\.\d+/g;
/**
 * A quoted string as jsep reads it. A backslash is only ever read as an escape, and `[^]` takes
 * newlines too: the former `(?:\\.|(?!\1).)*` could read a backslash two ways and backtracked
 * exponentially (`"\\\\...` followed by a newline took minutes).
 */
const QUOTED = /(["'])(?:\\[^]|(?!\1)[^\\])*\1/g;

/** The nodes that stand for one token, in source order: the leaves of an in-order walk. */
function leavesInOrder(node: SyntaxNode, out: SyntaxNode[]): void {
  switch (node.type) {
    case 'Identifier':
      out.push(node);
      return;
    case 'Literal':
      if (typeof (node as jsep.Literal).value === 'number') out.push(node);
      return;
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression;
      leavesInOrder(binary.left, out);
      leavesInOrder(binary.right, out);
      return;
    }
    case 'UnaryExpression':
      leavesInOrder((node as jsep.UnaryExpression).argument, out);
      return;
    case 'CallExpression': {
      const call = node as jsep.CallExpression;
      leavesInOrder(call.callee, out);
      for (const arg of call.arguments) leavesInOrder(arg, out);
      return;
    }
    case 'MemberExpression': {
      const member = node as jsep.MemberExpression;
      leavesInOrder(member.object, out);
      leavesInOrder(member.property, out);
      return;
    }
    default:
      return;
  }
}

/** The start of every name and number in the source, skipping the word operators. */
function tokenOffsets(source: string): number[] {
  const offsets: number[] = [];
  const withoutStrings = source.replace(QUOTED, (match) => ' '.repeat(match.length));
  for (const match of withoutStrings.matchAll(TOKEN)) {
    if (!WORD_OPERATORS.has(match[0])) offsets.push(match.index);
  }
  return offsets;
}

/** The offset of a node: its own for a leaf, its first leaf's for a compound node. */
function assignOffsets(tree: SyntaxNode, source: string): Map<SyntaxNode, number> {
  const leaves: SyntaxNode[] = [];
  leavesInOrder(tree, leaves);
  const starts = tokenOffsets(source);
  const offsets = new Map<SyntaxNode, number>();
  leaves.forEach((leaf, i) => offsets.set(leaf, starts[i] ?? 0));
  const firstOffset = (node: SyntaxNode): number => {
    const known = offsets.get(node);
    if (known !== undefined) return known;
    const inner: SyntaxNode[] = [];
    leavesInOrder(node, inner);
    const first = inner[0];
    const offset = first === undefined ? 0 : (offsets.get(first) ?? 0);
    offsets.set(node, offset);
    return offset;
  };
  const visit = (node: SyntaxNode): void => {
    firstOffset(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(tree);
  return offsets;
}

function isNode(value: unknown): value is SyntaxNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Where brackets first nest deeper than the limit, counted without parsing. */
function bracketsTooDeep(source: string): number | null {
  let depth = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    if (depth > MAX_EXPRESSION_DEPTH) return i;
  }
  return null;
}

/** The depth of a syntax tree, walked without recursion. */
function treeDepth(tree: SyntaxNode): number {
  let deepest = 0;
  const stack: [SyntaxNode, number][] = [[tree, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) stack.push([item, depth + 1]);
      } else if (isNode(value)) stack.push([value, depth + 1]);
    }
  }
  return deepest;
}

const TOO_DEEP = `this expression is nested more than ${MAX_EXPRESSION_DEPTH} levels deep; split it up`;

export function parseExpression(source: string): ParseResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      message: `this expression is ${source.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`,
      offset: MAX_EXPRESSION_LENGTH,
    };
  }
  const deepAt = bracketsTooDeep(source);
  if (deepAt !== null) return { ok: false, message: TOO_DEEP, offset: deepAt };
  try {
    const tree = jsep(source);
    if (treeDepth(tree) > MAX_EXPRESSION_DEPTH) return { ok: false, message: TOO_DEEP, offset: 0 };
    return { ok: true, tree, offsets: assignOffsets(tree, source) };
  } catch (error) {
    const offset = typeof (error as { index?: unknown }).index === 'number' ? (error as { index: number }).index : 0;
    // A stack overflow (should the limits above ever fall short) must not reach the designer as V8's wording.
    if (error instanceof RangeError) return { ok: false, message: TOO_DEEP, offset: 0 };
    const message = error instanceof Error ? error.message.replace(/ at character \d+$/, '') : 'cannot parse';
    return { ok: false, message, offset: Math.min(offset, source.length) };
  }
}
