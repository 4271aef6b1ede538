import { NEVER_SINCE, typeOf, type Expr } from '../../engine';

/**
 * Evaluates expressions over what could be true in any game rather than in one: meters as
 * ranges, flags as maybe-true, storyline states as reachable or not. A condition that comes out
 * `false` here can never hold in play, so whatever it guards can never happen.
 */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export type Truth = 'true' | 'false' | 'unknown';

export interface AbstractWorld {
  readonly turn: Interval;
  /** Days from the start to the turn's opening, days the turn covers, turns left: over every length of game. */
  readonly day: Interval;
  readonly span: Interval;
  readonly turnsLeft: Interval;
  readonly capital: Interval;
  meter(id: string): Interval;
  change(id: string): Interval;
  flag(id: string): Truth;
  storylineIs(line: string, state: string): Truth;
  count(of: 'action' | 'event', id: string): Interval;
  chosen(action: string): Truth;
}

const interval = (lo: number, hi: number): Interval => ({ lo, hi });
const exact = (value: number): Interval => interval(value, value);
const UNBOUNDED = interval(-Infinity, Infinity);

function and(a: Truth, b: Truth): Truth {
  if (a === 'false' || b === 'false') return 'false';
  return a === 'true' && b === 'true' ? 'true' : 'unknown';
}

function or(a: Truth, b: Truth): Truth {
  if (a === 'true' || b === 'true') return 'true';
  return a === 'false' && b === 'false' ? 'false' : 'unknown';
}

const not = (a: Truth): Truth => (a === 'unknown' ? a : a === 'true' ? 'false' : 'true');

function compareIntervals(op: string, a: Interval, b: Interval): Truth {
  switch (op) {
    case '<':
      return a.hi < b.lo ? 'true' : a.lo >= b.hi ? 'false' : 'unknown';
    case '<=':
      return a.hi <= b.lo ? 'true' : a.lo > b.hi ? 'false' : 'unknown';
    case '>':
      return compareIntervals('<', b, a);
    case '>=':
      return compareIntervals('<=', b, a);
    case '==':
      if (a.lo === a.hi && b.lo === b.hi) return a.lo === b.lo ? 'true' : 'false';
      return a.hi < b.lo || b.hi < a.lo ? 'false' : 'unknown';
    case '!=':
      return not(compareIntervals('==', a, b));
    default:
      return 'unknown';
  }
}

function compareTruths(op: string, a: Truth, b: Truth): Truth {
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  const equal = a === b;
  return (op === '==' ? equal : !equal) ? 'true' : 'false';
}

function arithmetic(op: string, a: Interval, b: Interval): Interval {
  switch (op) {
    case '+':
      return interval(a.lo + b.lo, a.hi + b.hi);
    case '-':
      return interval(a.lo - b.hi, a.hi - b.lo);
    case '*': {
      const products = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi].map((p) => (Number.isNaN(p) ? 0 : p));
      return interval(Math.min(...products), Math.max(...products));
    }
    case '/': {
      // The engine treats division by zero as 0, so a divisor that may be 0 tells us little.
      if (b.lo <= 0 && b.hi >= 0) return UNBOUNDED;
      const quotients = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
      return interval(Math.min(...quotients), Math.max(...quotients));
    }
    default:
      return UNBOUNDED;
  }
}

export function truthOf(expr: Expr, world: AbstractWorld): Truth {
  switch (expr.kind) {
    case 'boolean':
      return expr.value ? 'true' : 'false';
    case 'flag':
      return world.flag(expr.id);
    case 'storyline-is':
      return world.storylineIs(expr.storyline, expr.state);
    case 'chosen':
      return world.chosen(expr.action);
    case 'not':
      return not(truthOf(expr.arg, world));
    case 'logic':
      return expr.op === 'and'
        ? and(truthOf(expr.left, world), truthOf(expr.right, world))
        : or(truthOf(expr.left, world), truthOf(expr.right, world));
    case 'compare': {
      if (typeOf(expr.left) === 'boolean') {
        return compareTruths(expr.op, truthOf(expr.left, world), truthOf(expr.right, world));
      }
      return compareIntervals(expr.op, rangeOf(expr.left, world), rangeOf(expr.right, world));
    }
    default:
      return 'unknown';
  }
}

export function rangeOf(expr: Expr, world: AbstractWorld): Interval {
  switch (expr.kind) {
    case 'number':
      return exact(expr.value);
    case 'meter':
      return world.meter(expr.id);
    case 'turn':
      return world.turn;
    case 'day':
      return world.day;
    case 'span':
      return world.span;
    case 'turns-left':
      return world.turnsLeft;
    case 'capital':
      return world.capital;
    case 'count':
      return world.count(expr.of, expr.id);
    case 'since':
      return interval(0, NEVER_SINCE);
    case 'change':
      return world.change(expr.meter);
    case 'neg': {
      const inner = rangeOf(expr.arg, world);
      return interval(-inner.hi, -inner.lo);
    }
    case 'arith':
      return arithmetic(expr.op, rangeOf(expr.left, world), rangeOf(expr.right, world));
    case 'math': {
      const [first, second] = expr.args.map((arg) => rangeOf(arg, world));
      if (first === undefined) return UNBOUNDED;
      switch (expr.fn) {
        case 'abs':
          return first.lo >= 0 ? first : first.hi <= 0 ? interval(-first.hi, -first.lo) : interval(0, Math.max(-first.lo, first.hi));
        case 'round':
          return interval(Math.round(first.lo), Math.round(first.hi));
        case 'min':
          return second === undefined ? first : interval(Math.min(first.lo, second.lo), Math.min(first.hi, second.hi));
        case 'max':
          return second === undefined ? first : interval(Math.max(first.lo, second.lo), Math.max(first.hi, second.hi));
      }
      break;
    }
    default:
      break;
  }
  return UNBOUNDED;
}

export { interval, exact };
