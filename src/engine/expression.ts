import type { GameState } from './game-state';

/**
 * The expression tree that scenario conditions and computed amounts are parsed into.
 * It is a closed set of node kinds over declared names: there is no property access,
 * no call to anything but the named functions below, and no way to reach the host.
 * `at` is the character offset in the source text, for located error messages.
 */
export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly at: number }
  | { readonly kind: 'meter'; readonly id: string; readonly at: number }
  | { readonly kind: 'flag'; readonly id: string; readonly at: number }
  | { readonly kind: 'turn'; readonly at: number }
  | { readonly kind: 'capital'; readonly at: number }
  /** Days from the scenario's start to this turn's opening: `date >= '2021-06-01'` compares it with a day number. */
  | { readonly kind: 'day'; readonly at: number }
  /** How many days the current turn covers (`days`): chances per turn can scale with it. */
  | { readonly kind: 'span'; readonly at: number }
  | { readonly kind: 'turns-left'; readonly at: number }
  | { readonly kind: 'storyline-is'; readonly storyline: string; readonly state: string; readonly at: number }
  | { readonly kind: 'count'; readonly of: 'action' | 'event'; readonly id: string; readonly index: number; readonly at: number }
  | {
      readonly kind: 'since';
      readonly of: 'action' | 'event' | 'storyline';
      readonly id: string;
      readonly index: number;
      readonly at: number;
    }
  | { readonly kind: 'chosen'; readonly action: string; readonly index: number; readonly at: number }
  /** A question was settled with this response (the player's answer, or its default). */
  | { readonly kind: 'answered'; readonly event: string; readonly response: string; readonly at: number }
  | { readonly kind: 'change'; readonly meter: string; readonly at: number }
  | { readonly kind: 'math'; readonly fn: MathFunction; readonly args: readonly Expr[]; readonly at: number }
  | { readonly kind: 'not'; readonly arg: Expr; readonly at: number }
  | { readonly kind: 'neg'; readonly arg: Expr; readonly at: number }
  | { readonly kind: 'logic'; readonly op: 'and' | 'or'; readonly left: Expr; readonly right: Expr; readonly at: number }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: Expr; readonly right: Expr; readonly at: number }
  | { readonly kind: 'arith'; readonly op: ArithOp; readonly left: Expr; readonly right: Expr; readonly at: number };

export type MathFunction = 'min' | 'max' | 'abs' | 'round';
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithOp = '+' | '-' | '*' | '/';
export type ExprType = 'number' | 'boolean';

/** Turns since something that never happened: large enough for any "since >= n" test to pass. */
export const NEVER_SINCE = 9999;

/** The static type of an expression; the loader has already rejected ill-typed trees. */
export function typeOf(expr: Expr): ExprType {
  switch (expr.kind) {
    case 'boolean':
    case 'flag':
    case 'storyline-is':
    case 'chosen':
    case 'answered':
    case 'not':
    case 'logic':
    case 'compare':
      return 'boolean';
    default:
      return 'number';
  }
}

type Evaluator<T> = (game: GameState) => T;

/** Compiles a boolean tree into a closure tree: fast to run, and never a string turned into code. */
export function compileCondition(expr: Expr): Evaluator<boolean> {
  switch (expr.kind) {
    case 'boolean': {
      const value = expr.value;
      return () => value;
    }
    case 'flag': {
      const id = expr.id;
      return (g) => g.flags[id] === true;
    }
    case 'storyline-is': {
      const { storyline, state } = expr;
      return (g) => g.storylines[storyline] === state;
    }
    case 'chosen': {
      const { index } = expr;
      return (g) => (g.taken[index] ?? []).at(-1) === g.turn;
    }
    case 'answered': {
      const { event, response } = expr;
      return (g) => g.answered[event] === response;
    }
    case 'not': {
      const arg = compileCondition(expr.arg);
      return (g) => !arg(g);
    }
    case 'logic': {
      const left = compileCondition(expr.left);
      const right = compileCondition(expr.right);
      return expr.op === 'and' ? (g) => left(g) && right(g) : (g) => left(g) || right(g);
    }
    case 'compare':
      return compileComparison(expr.op, expr.left, expr.right);
    default:
      throw new TypeError(`expected a condition, got a ${expr.kind} expression`);
  }
}

function compileComparison(op: CompareOp, leftExpr: Expr, rightExpr: Expr): Evaluator<boolean> {
  if (typeOf(leftExpr) === 'boolean') {
    const left = compileCondition(leftExpr);
    const right = compileCondition(rightExpr);
    return op === '!=' ? (g) => left(g) !== right(g) : (g) => left(g) === right(g);
  }
  const left = compileAmount(leftExpr);
  const right = compileAmount(rightExpr);
  switch (op) {
    case '==':
      return (g) => left(g) === right(g);
    case '!=':
      return (g) => left(g) !== right(g);
    case '<':
      return (g) => left(g) < right(g);
    case '<=':
      return (g) => left(g) <= right(g);
    case '>':
      return (g) => left(g) > right(g);
    case '>=':
      return (g) => left(g) >= right(g);
  }
}

/** Compiles a numeric tree into a closure tree. */
export function compileAmount(expr: Expr): Evaluator<number> {
  switch (expr.kind) {
    case 'number': {
      const value = expr.value;
      return () => value;
    }
    case 'meter': {
      const id = expr.id;
      return (g) => g.meters[id] ?? 0;
    }
    case 'turn':
      return (g) => g.turn;
    case 'capital':
      return (g) => g.capital;
    case 'day':
      return (g) => g.day;
    case 'span':
      return (g) => g.span;
    case 'turns-left':
      return (g) => g.lastTurn - g.turn;
    case 'count': {
      const { index } = expr;
      return expr.of === 'action' ? (g) => (g.taken[index] ?? []).length : (g) => (g.fired[index] ?? []).length;
    }
    case 'since': {
      const { id, index } = expr;
      if (expr.of === 'storyline') return (g) => g.turn - (g.storylinesSince[id] ?? 0);
      const turnsOf = expr.of === 'action' ? (g: GameState) => g.taken[index] : (g: GameState) => g.fired[index];
      return (g) => {
        const turns = turnsOf(g);
        const last = turns === undefined || turns.length === 0 ? undefined : turns[turns.length - 1];
        return last === undefined ? NEVER_SINCE : g.turn - last;
      };
    }
    case 'change': {
      const id = expr.meter;
      return (g) => (g.meters[id] ?? 0) - (g.metersAtTurnStart[id] ?? 0);
    }
    case 'math':
      return compileMath(expr.fn, expr.args.map(compileAmount));
    case 'neg': {
      const arg = compileAmount(expr.arg);
      return (g) => -arg(g);
    }
    case 'arith': {
      const left = compileAmount(expr.left);
      const right = compileAmount(expr.right);
      switch (expr.op) {
        case '+':
          return (g) => left(g) + right(g);
        case '-':
          return (g) => left(g) - right(g);
        case '*':
          return (g) => left(g) * right(g);
        case '/':
          return (g) => {
            const divisor = right(g);
            return divisor === 0 ? 0 : left(g) / divisor;
          };
      }
      break;
    }
    default:
      throw new TypeError(`expected an amount, got a ${expr.kind} expression`);
  }
}

function compileMath(fn: MathFunction, args: Evaluator<number>[]): Evaluator<number> {
  const [first, second] = args;
  if (first === undefined) throw new TypeError(`${fn} needs an argument`);
  switch (fn) {
    case 'abs':
      return (g) => Math.abs(first(g));
    case 'round':
      return (g) => Math.round(first(g));
    case 'min':
    case 'max': {
      if (second === undefined) throw new TypeError(`${fn} needs two arguments`);
      const pick = fn === 'min' ? Math.min : Math.max;
      return (g) => pick(first(g), second(g));
    }
  }
}

/** Every node of a tree, depth first; used by the static checks. */
export function* walkExpr(expr: Expr): Generator<Expr> {
  yield expr;
  switch (expr.kind) {
    case 'math':
      for (const arg of expr.args) yield* walkExpr(arg);
      break;
    case 'not':
    case 'neg':
      yield* walkExpr(expr.arg);
      break;
    case 'logic':
    case 'compare':
    case 'arith':
      yield* walkExpr(expr.left);
      yield* walkExpr(expr.right);
      break;
    default:
      break;
  }
}
