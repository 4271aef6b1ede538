import type { Expr, GameState, Happening, Scenario } from '../engine';
import { actionById, eventById, storylineById, storylineStateById } from '../engine';
import { meterValueText } from './help-view';
import { localize, translate, type Language } from './i18n/translate';

/** The state of the world just before a happening, rebuilt from the chronicle: meters, flags, storylines. */
interface Moment {
  readonly meters: Map<string, number>;
  readonly flags: Map<string, { value: boolean; by: number }>;
  readonly storylines: Map<string, { state: string; by: number }>;
  /** For actions and events: the indexes in the chronicle where they happened. */
  readonly happened: Map<string, number[]>;
}

function momentBefore(scenario: Scenario, game: GameState, index: number): Moment {
  const moment: Moment = {
    meters: new Map(scenario.meters.map((meter) => [meter.id, meter.start])),
    flags: new Map(scenario.flags.map((flag) => [flag.id, { value: flag.start, by: -1 }])),
    storylines: new Map(scenario.storylines.map((line) => [line.id, { state: line.initial, by: -1 }])),
    happened: new Map(),
  };
  game.chronicle.slice(0, index).forEach((happening, at) => {
    const { what } = happening;
    if (what.kind === 'storyline') moment.storylines.set(what.id, { state: what.state, by: at });
    if (what.kind === 'action' || what.kind === 'event') {
      const key = `${what.kind}:${what.id}`;
      moment.happened.set(key, [...(moment.happened.get(key) ?? []), at]);
    }
    for (const change of happening.changes) {
      if (change.kind === 'meter') moment.meters.set(change.meter, change.to);
      if (change.kind === 'flag') moment.flags.set(change.flag, { value: change.to, by: at });
    }
  });
  return moment;
}

/** One reason, and whether it is one of the player's own decisions (the trace the game is about). */
export interface Reason {
  readonly text: string;
  readonly yours: boolean;
}

/** A happening in a few words, for "because ..." lines: "you chose «X» (turn 2)". */
function named(scenario: Scenario, happening: Happening, language: Language): Reason {
  const { what } = happening;
  switch (what.kind) {
    case 'action':
      return {
        text: translate(language, 'why.youChose', { title: localize(actionById(scenario, what.id).title, language), turn: happening.turn }),
        yours: true,
      };
    case 'event':
      return {
        text: translate(language, 'why.news', { title: localize(eventById(scenario, what.id).title, language), turn: happening.turn }),
        yours: false,
      };
    case 'storyline': {
      const line = storylineById(scenario, what.id);
      const text = translate(language, 'why.reached', {
        storyline: localize(line.label, language),
        state: localize(storylineStateById(line, what.state).label, language),
        turn: happening.turn,
      });
      return { text, yours: false };
    }
    case 'ending':
      return { text: '', yours: false };
  }
}

const MIRRORED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' } as const;
const THRESHOLD_KEY = { '<=': 'help.atMost', '<': 'help.below', '>=': 'help.atLeast', '>': 'help.above' } as const;

type Verdict = { readonly holds: boolean | null; readonly reasons: readonly Reason[] };

/**
 * Why a condition held at a moment: the parts of it that are true, each in words, with the
 * happening behind it where there is one. Parts that cannot be judged after the fact (sums,
 * counts compared with numbers) are left out rather than guessed.
 */
function explain(scenario: Scenario, game: GameState, moment: Moment, expr: Expr, language: Language): Verdict {
  const unknown: Verdict = { holds: null, reasons: [] };
  switch (expr.kind) {
    case 'flag': {
      const flag = moment.flags.get(expr.id);
      if (flag === undefined) return unknown;
      const by = game.chronicle[flag.by];
      const label = scenario.flags.find((candidate) => candidate.id === expr.id)?.label;
      const reason =
        by !== undefined ? named(scenario, by, language) : { text: label === undefined ? '' : localize(label, language), yours: false };
      return { holds: flag.value, reasons: flag.value && reason.text !== '' ? [reason] : [] };
    }
    case 'storyline-is': {
      const line = moment.storylines.get(expr.storyline);
      if (line === undefined) return unknown;
      const holds = line.state === expr.state;
      const by = game.chronicle[line.by];
      return { holds, reasons: holds && by !== undefined ? [named(scenario, by, language)] : [] };
    }
    case 'chosen':
    case 'count':
    case 'since': {
      const kind = expr.kind === 'chosen' || expr.of === 'action' ? 'action' : expr.of;
      const id = expr.kind === 'chosen' ? expr.action : expr.id;
      const last = moment.happened.get(`${kind}:${id}`)?.at(-1);
      const by = last === undefined ? undefined : game.chronicle[last];
      return { holds: null, reasons: by === undefined ? [] : [named(scenario, by, language)] };
    }
    case 'compare': {
      const [meterSide, numberSide, op] =
        expr.left.kind === 'meter' && expr.right.kind === 'number'
          ? [expr.left, expr.right, expr.op]
          : expr.right.kind === 'meter' && expr.left.kind === 'number'
            ? [expr.right, expr.left, MIRRORED[expr.op]]
            : [null, null, null];
      if (meterSide === null || op === '==' || op === '!=') {
        // "count(x) >= 2", "since(y) >= 3": say what lies behind them without judging the arithmetic.
        const inner = [explain(scenario, game, moment, expr.left, language), explain(scenario, game, moment, expr.right, language)];
        return { holds: null, reasons: inner.flatMap((verdict) => verdict.reasons) };
      }
      const value = moment.meters.get(meterSide.id);
      const meter = scenario.meters.find((candidate) => candidate.id === meterSide.id);
      if (value === undefined || meter === undefined) return unknown;
      const limit = numberSide.value;
      const holds = op === '<=' ? value <= limit : op === '<' ? value < limit : op === '>=' ? value >= limit : value > limit;
      const reason = translate(language, THRESHOLD_KEY[op], {
        meter: localize(meter.label, language),
        value: meterValueText(meter, limit, language),
      });
      const now = meterValueText(meter, value, language);
      return { holds, reasons: holds ? [{ text: translate(language, 'why.meter', { threshold: reason, value: now }), yours: false }] : [] };
    }
    case 'not': {
      const inner = explain(scenario, game, moment, expr.arg, language);
      return { holds: inner.holds === null ? null : !inner.holds, reasons: [] };
    }
    case 'logic': {
      const left = explain(scenario, game, moment, expr.left, language);
      const right = explain(scenario, game, moment, expr.right, language);
      if (expr.op === 'and') {
        const holds = left.holds === false || right.holds === false ? false : left.holds === true && right.holds === true ? true : null;
        return { holds, reasons: [...left.reasons, ...right.reasons] };
      }
      // Of an "or", only the sides that held explain anything.
      const sides = [left, right].filter((side) => side.holds !== false);
      const holds = left.holds === true || right.holds === true ? true : sides.length === 0 ? false : null;
      return { holds, reasons: sides.flatMap((side) => side.reasons) };
    }
    default:
      return unknown;
  }
}

/** A condition about nothing but the calendar ("turn == 3"): the event was due on that date. */
function onlyTheDate(expr: Expr): boolean {
  switch (expr.kind) {
    case 'turn':
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

/** The condition that made a happening fire, or the storyline step that it is: null for decisions and schedules. */
function triggerOf(scenario: Scenario, game: GameState, index: number): { expr: Expr | null; chance: number; historical: boolean } | null {
  const happening = game.chronicle[index];
  if (happening === undefined) return null;
  const { cause } = happening;
  if (cause.kind === 'event') {
    const event = eventById(scenario, cause.event);
    return { expr: event.when?.expr ?? null, chance: event.chance, historical: event.historical };
  }
  if (cause.kind === 'storyline' && happening.what.kind === 'storyline') {
    const line = storylineById(scenario, cause.storyline);
    const before = momentBefore(scenario, game, index).storylines.get(line.id)?.state ?? line.initial;
    const target = happening.what.state;
    const transition = storylineStateById(line, before).transitions.find((candidate) => candidate.to === target);
    const historical = storylineStateById(line, target).historical;
    return transition === undefined ? null : { expr: transition.when?.expr ?? null, chance: transition.chance, historical };
  }
  return null;
}

/**
 * The reasons behind a happening that the player did not choose: which earlier decisions, news
 * and thresholds made its condition true, and the odds if it was a gamble. Empty when there is
 * nothing more to say than its cause.
 */
export function triggerReasons(scenario: Scenario, game: GameState, index: number, language: Language): Reason[] {
  const trigger = triggerOf(scenario, game, index);
  if (trigger === null) return [];
  const reasons = trigger.expr === null ? [] : explain(scenario, game, momentBefore(scenario, game, index), trigger.expr, language).reasons;
  const unique = reasons.filter((reason, at) => reasons.findIndex((other) => other.text === reason.text) === at);
  if (trigger.expr !== null && onlyTheDate(trigger.expr)) {
    unique.push({ text: translate(language, trigger.historical ? 'why.dateHistorical' : 'why.date'), yours: false });
  }
  if (trigger.chance < 1) {
    unique.push({ text: translate(language, 'why.chance', { percent: Math.round(trigger.chance * 100) }), yours: false });
  }
  return unique;
}
