import { walkExpr, type CompareOp, type Expr } from './expression';
import type { Fact, GameState } from './game-state';

/**
 * Why a condition held, taken down when it held: the parts of it that were true, each as a fact
 * with the value it had then. The engine records these with each happening that fired on a
 * condition (an event, a storyline step, an ending), so "Why?" never has to replay the chronicle
 * to rebuild the past, and names the transition that actually fired.
 *
 * A small tree interpreter, not the compiled closures: it runs only when something fires.
 */

const MIRRORED: Record<CompareOp, CompareOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

function numberOf(expr: Expr, game: GameState): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'meter':
      return game.meters[expr.id] ?? 0;
    case 'turn':
      return game.turn;
    case 'capital':
      return game.capital;
    case 'day':
      return game.day;
    case 'span':
      return game.span;
    case 'turns-left':
      return game.lastTurn - game.turn;
    case 'count':
      return (expr.of === 'action' ? game.taken[expr.index] : game.fired[expr.index])?.length ?? 0;
    case 'since': {
      if (expr.of === 'storyline') return game.turn - (game.storylinesSince[expr.id] ?? 0);
      const last = (expr.of === 'action' ? game.taken[expr.index] : game.fired[expr.index])?.at(-1);
      return last === undefined ? 9999 : game.turn - last;
    }
    case 'change':
      return (game.meters[expr.meter] ?? 0) - (game.metersAtTurnStart[expr.meter] ?? 0);
    case 'neg':
      return -numberOf(expr.arg, game);
    case 'math': {
      const [a = 0, b = 0] = expr.args.map((arg) => numberOf(arg, game));
      return expr.fn === 'abs' ? Math.abs(a) : expr.fn === 'round' ? Math.round(a) : expr.fn === 'min' ? Math.min(a, b) : Math.max(a, b);
    }
    case 'arith': {
      const a = numberOf(expr.left, game);
      const b = numberOf(expr.right, game);
      return expr.op === '+' ? a + b : expr.op === '-' ? a - b : expr.op === '*' ? a * b : b === 0 ? 0 : a / b;
    }
    default:
      return truthOf(expr, game) ? 1 : 0;
  }
}

function compare(op: CompareOp, a: number, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function truthOf(expr: Expr, game: GameState): boolean {
  switch (expr.kind) {
    case 'boolean':
      return expr.value;
    case 'flag':
      return game.flags[expr.id] === true;
    case 'storyline-is':
      return game.storylines[expr.storyline] === expr.state;
    case 'chosen':
      return game.taken[expr.index]?.at(-1) === game.turn;
    case 'answered':
      return game.answered[expr.event] === expr.response;
    case 'not':
      return !truthOf(expr.arg, game);
    case 'logic':
      return expr.op === 'and'
        ? truthOf(expr.left, game) && truthOf(expr.right, game)
        : truthOf(expr.left, game) || truthOf(expr.right, game);
    case 'compare':
      return compare(expr.op, numberOf(expr.left, game), numberOf(expr.right, game));
    default:
      return numberOf(expr, game) !== 0;
  }
}

/** What lies behind a count or a "since": the action or event it counts. */
function countedFacts(expr: Expr): Fact[] {
  if (expr.kind === 'count' || expr.kind === 'since') {
    if (expr.of === 'action') return [{ kind: 'taken', action: expr.id }];
    if (expr.of === 'event') return [{ kind: 'fired', event: expr.id }];
    return [];
  }
  if (expr.kind === 'arith') return [...countedFacts(expr.left), ...countedFacts(expr.right)];
  if (expr.kind === 'math') return expr.args.flatMap(countedFacts);
  if (expr.kind === 'neg') return countedFacts(expr.arg);
  return [];
}

function factsOf(expr: Expr, game: GameState): Fact[] {
  switch (expr.kind) {
    case 'flag':
      return game.flags[expr.id] === true ? [{ kind: 'flag', flag: expr.id }] : [];
    case 'storyline-is':
      return game.storylines[expr.storyline] === expr.state ? [{ kind: 'state', storyline: expr.storyline, state: expr.state }] : [];
    case 'chosen':
      return truthOf(expr, game) ? [{ kind: 'taken', action: expr.action }] : [];
    case 'answered':
      return truthOf(expr, game) ? [{ kind: 'answer', event: expr.event, response: expr.response }] : [];
    case 'compare': {
      if (!truthOf(expr, game)) return [];
      const oriented =
        expr.left.kind === 'meter' && expr.right.kind === 'number'
          ? { meter: expr.left.id, op: expr.op, limit: expr.right.value }
          : expr.right.kind === 'meter' && expr.left.kind === 'number'
            ? { meter: expr.right.id, op: MIRRORED[expr.op], limit: expr.left.value }
            : null;
      if (oriented !== null && oriented.op !== '==' && oriented.op !== '!=') {
        const { meter, op, limit } = oriented;
        return [{ kind: 'meter', meter, op, limit, value: game.meters[meter] ?? 0 }];
      }
      // "count(x) >= 2", "since(y) >= 3": name what lies behind them without judging the arithmetic.
      return [...countedFacts(expr.left), ...countedFacts(expr.right)];
    }
    case 'logic': {
      if (expr.op === 'and') return truthOf(expr, game) ? [...factsOf(expr.left, game), ...factsOf(expr.right, game)] : [];
      // Of an "or", only the sides that held explain anything.
      return [expr.left, expr.right].filter((side) => truthOf(side, game)).flatMap((side) => factsOf(side, game));
    }
    default:
      return [];
  }
}

/** The facts behind a condition that holds in `game`, without repeats. */
export function triggerFacts(expr: Expr, game: GameState): Fact[] {
  const seen = new Set<string>();
  return factsOf(expr, game).filter((fact) => {
    const key =
      fact.kind === 'meter'
        ? `m|${fact.meter}|${fact.op}|${fact.limit}`
        : fact.kind === 'flag'
          ? `f|${fact.flag}`
          : fact.kind === 'state'
            ? `s|${fact.storyline}|${fact.state}`
            : fact.kind === 'taken'
              ? `t|${fact.action}`
              : fact.kind === 'fired'
                ? `e|${fact.event}`
                : `a|${fact.event}|${fact.response}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A condition about nothing but the calendar ("turn == 3"): what it describes was due on that date. */
export function onlyTheDate(expr: Expr): boolean {
  switch (expr.kind) {
    case 'turn':
    case 'day':
    case 'span':
    case 'turns-left':
    case 'number':
    case 'boolean':
      return true;
    case 'compare':
    case 'logic':
    case 'arith':
      return onlyTheDate(expr.left) && onlyTheDate(expr.right);
    case 'not':
    case 'neg':
      return onlyTheDate(expr.arg);
    default:
      return false;
  }
}

/** The meters an expression reads (a chance that depends on support names support), in order, once each. */
export function metersIn(expr: Expr): string[] {
  const found: string[] = [];
  for (const node of walkExpr(expr)) {
    const id = node.kind === 'meter' ? node.id : node.kind === 'change' ? node.meter : null;
    if (id !== null && !found.includes(id)) found.push(id);
  }
  return found;
}
