import jsep from 'jsep';

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

const WORD_OPERATORS = new Set(['and', 'or', 'not', 'is', 'true', 'false', 'null', 'this']);
const TOKEN = /[A-Za-z_$][A-Za-z0-9_$]*|\d+(?:\.\d*)?|\.\d+/g;

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
  const withoutStrings = source.replace(/(["'])(?:\\.|(?!\1).)*\1/g, (match) => ' '.repeat(match.length));
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

export function parseExpression(source: string): ParseResult {
  try {
    const tree = jsep(source);
    return { ok: true, tree, offsets: assignOffsets(tree, source) };
  } catch (error) {
    const offset = typeof (error as { index?: unknown }).index === 'number' ? (error as { index: number }).index : 0;
    const message = error instanceof Error ? error.message.replace(/ at character \d+$/, '') : 'cannot parse';
    return { ok: false, message, offset: Math.min(offset, source.length) };
  }
}
