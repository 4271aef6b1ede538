import type jsep from 'jsep';
import type { CompareOp, Expr, ExprType, MathFunction } from '../engine';
import { typeOf } from '../engine';
import { didYouMean } from './diagnostics';
import { parseExpression, type SyntaxNode } from './expression-parser';

/** The names an expression may use: everything the scenario declares. */
export interface NameTable {
  readonly meters: ReadonlyMap<string, { readonly min: number; readonly max: number }>;
  readonly flags: ReadonlySet<string>;
  readonly storylines: ReadonlyMap<string, ReadonlySet<string>>;
  /** Actions and events by id, with their position in the scenario's lists. */
  readonly actions: ReadonlyMap<string, number>;
  readonly events: ReadonlyMap<string, number>;
  /** Events that ask a question, with the ids of their responses. */
  readonly questions: ReadonlyMap<string, ReadonlySet<string>>;
  /** The scenario's first day: `date >= '2021-06-01'` becomes a count of days from it. */
  readonly start: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ExpressionProblem {
  readonly offset: number;
  readonly code: string;
  readonly message: string;
  readonly suggestion?: string;
}

const LOGIC_OPS: Record<string, 'and' | 'or'> = { and: 'and', '&&': 'and', or: 'or', '||': 'or' };
const COMPARE_OPS = new Set<string>(['==', '!=', '<', '<=', '>', '>=']);
const ARITH_OPS = new Set<string>(['+', '-', '*', '/']);
const OPERATOR_HINTS: Record<string, string> = {
  '===': "use '=='",
  '!==': "use '!='",
  '=': "use '==' to compare",
  '&': "use 'and'",
  '|': "use 'or'",
};
const FUNCTIONS = ['taken', 'fired', 'chosen', 'since', 'change', 'answered', 'min', 'max', 'abs', 'round'] as const;
type FunctionName = (typeof FUNCTIONS)[number];

class ExpressionCompiler {
  readonly problems: ExpressionProblem[] = [];

  constructor(
    private readonly names: NameTable,
    private readonly offsets: ReadonlyMap<SyntaxNode, number>,
  ) {}

  private at(node: SyntaxNode): number {
    return this.offsets.get(node) ?? 0;
  }

  private fail(node: SyntaxNode, code: string, message: string, suggestion?: string): null {
    this.problems.push({ offset: this.at(node), code, message, ...(suggestion === undefined ? {} : { suggestion }) });
    return null;
  }

  private valueNames(): string[] {
    return [...this.names.meters.keys(), ...this.names.flags, 'turn', 'capital', 'date', 'days', 'turns_left'];
  }

  compile(node: SyntaxNode): Expr | null {
    const at = this.at(node);
    switch (node.type) {
      case 'Literal': {
        const value = (node as jsep.Literal).value;
        if (typeof value === 'number') return { kind: 'number', value, at };
        if (typeof value === 'boolean') return { kind: 'boolean', value, at };
        return this.fail(
          node,
          'unsupported-syntax',
          typeof value === 'string'
            ? "text in quotes is only allowed as a date compared with date, e.g. date >= '2021-06-01'"
            : 'text, null and other literals are not allowed in expressions; use numbers, true or false',
        );
      }
      case 'Identifier':
        return this.identifier(node as jsep.Identifier);
      case 'UnaryExpression':
        return this.unary(node as jsep.UnaryExpression);
      case 'BinaryExpression':
        return this.binary(node as jsep.BinaryExpression);
      case 'CallExpression':
        return this.call(node as jsep.CallExpression);
      case 'MemberExpression':
        return this.fail(node, 'unsupported-syntax', 'property access (a.b or a[b]) is not allowed in expressions');
      default:
        return this.fail(node, 'unsupported-syntax', `this kind of expression (${node.type}) is not allowed`);
    }
  }

  private identifier(node: jsep.Identifier): Expr | null {
    const { name } = node;
    const at = this.at(node);
    if (name === 'turn') return { kind: 'turn', at };
    if (name === 'capital') return { kind: 'capital', at };
    if (name === 'date') return { kind: 'day', at };
    if (name === 'days') return { kind: 'span', at };
    if (name === 'turns_left') return { kind: 'turns-left', at };
    if (this.names.meters.has(name)) return { kind: 'meter', id: name, at };
    if (this.names.flags.has(name)) return { kind: 'flag', id: name, at };
    if (this.names.storylines.has(name)) {
      return this.fail(node, 'type-mismatch', `'${name}' is a storyline: test its state with '${name} is <state>'`);
    }
    if (this.names.actions.has(name)) {
      return this.fail(node, 'type-mismatch', `'${name}' is an action: use taken(${name}) or chosen(${name})`);
    }
    if (this.names.events.has(name)) return this.fail(node, 'type-mismatch', `'${name}' is an event: use fired(${name})`);
    return this.fail(node, 'unknown-name', `unknown name '${name}'`, didYouMean(name, this.valueNames()));
  }

  private unary(node: jsep.UnaryExpression): Expr | null {
    const arg = this.compile(node.argument);
    if (arg === null) return null;
    const at = this.at(node);
    if (node.operator === 'not' || node.operator === '!') {
      return this.expect(node.argument, arg, 'boolean', `'not'`) ? { kind: 'not', arg, at } : null;
    }
    if (node.operator === '-') return this.expect(node.argument, arg, 'number', `'-'`) ? { kind: 'neg', arg, at } : null;
    if (node.operator === '+') return this.expect(node.argument, arg, 'number', `'+'`) ? arg : null;
    return this.fail(node, 'unsupported-syntax', `the operator '${node.operator}' is not supported`);
  }

  private expect(node: SyntaxNode, expr: Expr, type: ExprType, context: string): boolean {
    if (typeOf(expr) === type) return true;
    const wanted = type === 'boolean' ? 'a condition (true or false)' : 'a number';
    this.fail(
      node,
      'type-mismatch',
      `${context} needs ${wanted} here, but this is ${typeOf(expr) === 'boolean' ? 'a condition' : 'a number'}`,
    );
    return false;
  }

  private binary(node: jsep.BinaryExpression): Expr | null {
    const op = node.operator;
    const at = this.at(node);
    if (op === 'is') return this.storylineIs(node);
    if (!(op in LOGIC_OPS) && !COMPARE_OPS.has(op) && !ARITH_OPS.has(op)) {
      return this.fail(node, 'unsupported-syntax', `the operator '${op}' is not supported`, OPERATOR_HINTS[op]);
    }
    if (COMPARE_OPS.has(op)) {
      const dated = this.dateComparison(node);
      if (dated !== undefined) return dated;
    }
    const left = this.compile(node.left);
    const right = this.compile(node.right);
    if (left === null || right === null) return null;
    const logic = LOGIC_OPS[op];
    if (logic !== undefined) {
      const ok = this.expect(node.left, left, 'boolean', `'${op}'`) && this.expect(node.right, right, 'boolean', `'${op}'`);
      return ok ? { kind: 'logic', op: logic, left, right, at } : null;
    }
    if (ARITH_OPS.has(op)) {
      const ok = this.expect(node.left, left, 'number', `'${op}'`) && this.expect(node.right, right, 'number', `'${op}'`);
      return ok ? { kind: 'arith', op: op as '+' | '-' | '*' | '/', left, right, at } : null;
    }
    if (op === '==' || op === '!=') {
      if (typeOf(left) !== typeOf(right)) return this.fail(node, 'type-mismatch', `'${op}' compares a number with a condition`);
    } else if (!(this.expect(node.left, left, 'number', `'${op}'`) && this.expect(node.right, right, 'number', `'${op}'`))) {
      return null;
    }
    return { kind: 'compare', op: op as CompareOp, left, right, at };
  }

  /** `date >= '2021-06-01'`: the one place a quoted date may appear, read as days from the scenario's start. */
  private dateComparison(node: jsep.BinaryExpression): Expr | null | undefined {
    const isDate = (side: SyntaxNode): boolean => side.type === 'Identifier' && (side as jsep.Identifier).name === 'date';
    const isText = (side: SyntaxNode): boolean => side.type === 'Literal' && typeof (side as jsep.Literal).value === 'string';
    const [dateSide, textSide] =
      isDate(node.left) && isText(node.right)
        ? [node.left, node.right]
        : isDate(node.right) && isText(node.left)
          ? [node.right, node.left]
          : [null, null];
    if (dateSide === null || textSide === null) return undefined;
    const text = String((textSide as jsep.Literal).value);
    const parsed = Date.parse(`${text}T00:00:00Z`);
    if (!ISO_DATE.test(text) || Number.isNaN(parsed)) {
      return this.fail(textSide, 'bad-date', `'${text}' is not a date: write it as 'YYYY-MM-DD', e.g. '2021-06-01'`);
    }
    const days = Math.round((parsed - Date.parse(`${this.names.start}T00:00:00Z`)) / 86_400_000);
    const day: Expr = { kind: 'day', at: this.at(dateSide) };
    const value: Expr = { kind: 'number', value: days, at: this.at(textSide) };
    const [left, right] = dateSide === node.left ? [day, value] : [value, day];
    return { kind: 'compare', op: node.operator as CompareOp, left, right, at: this.at(node) };
  }

  private storylineIs(node: jsep.BinaryExpression): Expr | null {
    if (node.left.type !== 'Identifier' || node.right.type !== 'Identifier') {
      return this.fail(node, 'unsupported-syntax', "'is' is written '<storyline> is <state>'");
    }
    const line = (node.left as jsep.Identifier).name;
    const state = (node.right as jsep.Identifier).name;
    const states = this.names.storylines.get(line);
    if (states === undefined) {
      return this.fail(node.left, 'unknown-name', `unknown storyline '${line}'`, didYouMean(line, this.names.storylines.keys()));
    }
    if (!states.has(state)) {
      return this.fail(node.right, 'unknown-state', `storyline '${line}' has no state '${state}'`, didYouMean(state, states));
    }
    return { kind: 'storyline-is', storyline: line, state, at: this.at(node) };
  }

  private call(node: jsep.CallExpression): Expr | null {
    if (node.callee.type !== 'Identifier') return this.fail(node, 'unsupported-syntax', 'only the named functions can be called');
    const name = (node.callee as jsep.Identifier).name;
    if (!(FUNCTIONS as readonly string[]).includes(name)) {
      return this.fail(node.callee, 'unknown-function', `unknown function '${name}'`, didYouMean(name, FUNCTIONS));
    }
    const fn = name as FunctionName;
    const at = this.at(node);
    const args = node.arguments;
    if (fn === 'min' || fn === 'max' || fn === 'abs' || fn === 'round') {
      const arity = fn === 'min' || fn === 'max' ? 2 : 1;
      if (args.length !== arity) return this.fail(node, 'wrong-arguments', `${fn}() takes ${arity} argument${arity === 1 ? '' : 's'}`);
      const compiled = args.map((arg) => this.compile(arg));
      if (compiled.some((arg) => arg === null)) return null;
      const numbers = compiled as Expr[];
      if (!numbers.every((arg, i) => this.expect(args[i] as SyntaxNode, arg, 'number', `${fn}()`))) return null;
      return { kind: 'math', fn: fn, args: numbers, at };
    }
    if (fn === 'answered') return this.answered(node);
    const [arg] = args;
    if (args.length !== 1 || arg === undefined || arg.type !== 'Identifier') {
      return this.fail(node, 'wrong-arguments', `${fn}() takes one name, e.g. ${fn}(${fn === 'change' ? 'allies' : 'some_id'})`);
    }
    return this.namedCall(fn, arg as jsep.Identifier, at);
  }

  /** `answered(spavor_verdict, condemn)`: the question was settled with that response. */
  private answered(node: jsep.CallExpression): Expr | null {
    const [eventNode, responseNode] = node.arguments;
    if (node.arguments.length !== 2 || eventNode?.type !== 'Identifier' || responseNode?.type !== 'Identifier') {
      return this.fail(node, 'wrong-arguments', 'answered() takes a question and a response, e.g. answered(spavor_verdict, condemn)');
    }
    const event = (eventNode as jsep.Identifier).name;
    const response = (responseNode as jsep.Identifier).name;
    const responses = this.names.questions.get(event);
    if (responses === undefined) {
      return this.fail(
        eventNode,
        'unknown-name',
        `unknown question '${event}': an event with a decision`,
        didYouMean(event, this.names.questions.keys()),
      );
    }
    if (!responses.has(response)) {
      return this.fail(responseNode, 'unknown-name', `question '${event}' has no response '${response}'`, didYouMean(response, responses));
    }
    return { kind: 'answered', event, response, at: this.at(node) };
  }

  private namedCall(fn: Exclude<FunctionName, MathFunction | 'answered'>, arg: jsep.Identifier, at: number): Expr | null {
    const id = arg.name;
    const { actions, events, meters, storylines } = this.names;
    const action = actions.get(id);
    const event = events.get(id);
    switch (fn) {
      case 'taken':
        return action !== undefined
          ? { kind: 'count', of: 'action', id, index: action, at }
          : this.fail(arg, 'unknown-name', `unknown action '${id}'`, didYouMean(id, actions.keys()));
      case 'chosen':
        return action !== undefined
          ? { kind: 'chosen', action: id, index: action, at }
          : this.fail(arg, 'unknown-name', `unknown action '${id}'`, didYouMean(id, actions.keys()));
      case 'fired':
        return event !== undefined
          ? { kind: 'count', of: 'event', id, index: event, at }
          : this.fail(arg, 'unknown-name', `unknown event '${id}'`, didYouMean(id, events.keys()));
      case 'since':
        if (action !== undefined) return { kind: 'since', of: 'action', id, index: action, at };
        if (event !== undefined) return { kind: 'since', of: 'event', id, index: event, at };
        if (storylines.has(id)) return { kind: 'since', of: 'storyline', id, index: -1, at };
        return this.fail(
          arg,
          'unknown-name',
          `unknown action, event or storyline '${id}'`,
          didYouMean(id, [...actions.keys(), ...events.keys(), ...storylines.keys()]),
        );
      case 'change':
        return meters.has(id)
          ? { kind: 'change', meter: id, at }
          : this.fail(arg, 'unknown-name', `unknown meter '${id}'`, didYouMean(id, meters.keys()));
    }
  }
}

/** Parses and checks an expression against the declared names and the type the context needs. */
export function compileExpression(
  source: string,
  names: NameTable,
  expected: ExprType,
): { expr: Expr | null; problems: ExpressionProblem[] } {
  const parsed = parseExpression(source);
  if (!parsed.ok) return { expr: null, problems: [{ offset: parsed.offset, code: 'expression-syntax', message: parsed.message }] };
  const compiler = new ExpressionCompiler(names, parsed.offsets);
  const expr = compiler.compile(parsed.tree);
  if (expr !== null && typeOf(expr) !== expected) {
    const message =
      expected === 'boolean'
        ? 'this should be a condition (true or false), but it is a number'
        : 'this should be a number, but it is a condition';
    compiler.problems.push({
      offset: 0,
      code: 'type-mismatch',
      message,
      ...(expected === 'boolean' ? { suggestion: "compare it, e.g. 'allies >= 50'" } : {}),
    });
    return { expr: null, problems: compiler.problems };
  }
  return { expr: compiler.problems.length > 0 ? null : expr, problems: compiler.problems };
}
