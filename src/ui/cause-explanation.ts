import type { Fact, GameState, Happening, Scenario, StorylineDef, Trigger } from '../engine';
import { actionById, eventById, responseOf, rootDecision, storylineById, storylineStateById } from '../engine';
import { meterValueText } from './help-view';
import { labelled, localize, translate, type Language } from './i18n/translate';

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
    case 'response': {
      const defaulted = happening.cause.kind === 'response' && happening.cause.defaulted;
      const title = localize(responseOf(scenario, what.event, what.response)?.title, language);
      return {
        text: translate(language, defaulted ? 'why.defaulted' : 'why.youAnswered', { title, turn: happening.turn }),
        yours: !defaulted,
      };
    }
    case 'ending':
      return { text: '', yours: false };
  }
}

const THRESHOLD_KEY = { '<=': 'help.atMost', '<': 'help.below', '>=': 'help.atLeast', '>': 'help.above' } as const;

/** The last happening before `index` that matches: who set a flag, entered a state, took an action. */
function lastBefore(game: GameState, index: number, matches: (happening: Happening) => boolean): Happening | undefined {
  for (let at = index - 1; at >= 0; at -= 1) {
    const happening = game.chronicle[at];
    if (happening !== undefined && matches(happening)) return happening;
  }
  return undefined;
}

function factReason(scenario: Scenario, game: GameState, index: number, fact: Fact, language: Language): Reason | null {
  const by = (matches: (happening: Happening) => boolean): Reason | null => {
    const found = lastBefore(game, index, matches);
    return found === undefined ? null : named(scenario, found, language);
  };
  switch (fact.kind) {
    case 'meter': {
      const meter = scenario.meters.find((candidate) => candidate.id === fact.meter);
      if (meter === undefined) return null;
      const threshold = translate(language, THRESHOLD_KEY[fact.op], {
        meter: localize(meter.label, language),
        value: meterValueText(meter, fact.limit, language),
      });
      return { text: translate(language, 'why.meter', { threshold, value: meterValueText(meter, fact.value, language) }), yours: false };
    }
    case 'flag': {
      const setter = by((h) => h.changes.some((change) => change.kind === 'flag' && change.flag === fact.flag && change.to));
      if (setter !== null) return setter;
      const label = scenario.flags.find((candidate) => candidate.id === fact.flag)?.label;
      return label === undefined ? null : { text: localize(label, language), yours: false };
    }
    case 'state':
      return by((h) => h.what.kind === 'storyline' && h.what.id === fact.storyline && h.what.state === fact.state);
    case 'taken':
      return by((h) => h.what.kind === 'action' && h.what.id === fact.action);
    case 'fired':
      return by((h) => h.what.kind === 'event' && h.what.id === fact.event);
    case 'answer':
      return by((h) => h.what.kind === 'response' && h.what.event === fact.event && h.what.response === fact.response);
  }
}

/** The gambles a storyline step passed over because their chance did not come up. */
function missedReasons(scenario: Scenario, happening: Happening, language: Language): Reason[] {
  if (happening.what.kind !== 'storyline') return [];
  const line = storylineById(scenario, happening.what.id);
  return (happening.trigger?.missed ?? []).map((gamble) => ({ text: missedGamble(scenario, line, gamble, language), yours: false }));
}

/** "the 41% chance of “Government returned” did not come up (it depends on Public support: 52)". */
function missedGamble(scenario: Scenario, line: StorylineDef, gamble: NonNullable<Trigger['missed']>[number], language: Language): string {
  const state = localize(storylineStateById(line, gamble.to).label, language);
  const percent = Math.round(gamble.chance * 100);
  const meters = Object.entries(gamble.meters).flatMap(([id, value]) => {
    const meter = scenario.meters.find((candidate) => candidate.id === id);
    return meter === undefined ? [] : [labelled(language, localize(meter.label, language), meterValueText(meter, value, language))];
  });
  return meters.length === 0
    ? translate(language, 'why.missedChance', { percent, state })
    : translate(language, 'why.missedChanceFrom', { percent, state, meters: meters.join('; ') });
}

function isHistorical(scenario: Scenario, happening: Happening): boolean {
  const { what } = happening;
  if (what.kind === 'event') return eventById(scenario, what.id).historical;
  if (what.kind === 'storyline') return storylineStateById(storylineById(scenario, what.id), what.state).historical;
  return false;
}

/**
 * The reasons behind a happening that the player did not choose: which earlier decisions, news
 * and thresholds made its condition true, and the odds if it was a gamble. They come from what
 * the engine recorded when it fired; empty when there is nothing more to say than its cause.
 */
export function triggerReasons(scenario: Scenario, game: GameState, index: number, language: Language): Reason[] {
  const happening = game.chronicle[index];
  const trigger = happening?.trigger;
  if (happening === undefined || trigger === undefined) return [];
  const reasons: Reason[] = [];
  for (const fact of trigger.facts) {
    const reason = factReason(scenario, game, index, fact, language);
    if (reason !== null && reason.text !== '' && !reasons.some((other) => other.text === reason.text)) reasons.push(reason);
  }
  if (trigger.dated) {
    reasons.push({ text: translate(language, isHistorical(scenario, happening) ? 'why.dateHistorical' : 'why.date'), yours: false });
  }
  if (trigger.chance < 1) {
    reasons.push({ text: translate(language, 'why.chance', { percent: Math.round(trigger.chance * 100) }), yours: false });
  }
  reasons.push(...missedReasons(scenario, happening, language));
  return reasons;
}

/** One line of "why this ending": a reason, whether it is the player's own doing, and how far back it lies. */
export interface TraceLine extends Reason {
  readonly depth: 0 | 1;
}

/**
 * Why the game ended as it did: the conditions of the ending that held, each with what brought it
 * about, and one step further back (the decisions and thresholds behind a storyline's last move).
 * For an ending reached because time ran out, the states the files were left in say it.
 */
export function endingTrace(scenario: Scenario, game: GameState, language: Language): TraceLine[] {
  const index = game.chronicle.findIndex((happening) => happening.what.kind === 'ending');
  const happening = game.chronicle[index];
  if (happening === undefined || happening.trigger === undefined) return [];
  const lines: TraceLine[] = [];
  const add = (reason: Reason, depth: 0 | 1): void => {
    if (reason.text !== '' && !lines.some((line) => line.text === reason.text)) lines.push({ ...reason, depth });
  };
  for (const fact of happening.trigger.facts) {
    const reason = factReason(scenario, game, index, fact, language);
    if (reason === null) continue;
    add(reason, 0);
    const behind = producerOf(game, index, fact);
    if (behind >= 0) {
      for (const deeper of triggerReasons(scenario, game, behind, language)) add(deeper, 1);
      for (const deeperFact of game.chronicle[behind]?.trigger?.facts ?? []) {
        if (deeperFact.kind === 'meter') for (const mover of meterMovers(scenario, game, behind, deeperFact, language)) add(mover, 1);
      }
    }
    if (fact.kind === 'meter') for (const mover of meterMovers(scenario, game, index, fact, language)) add(mover, 1);
  }
  if (lines.length === 0) {
    add({ text: translate(language, 'why.timeRanOut'), yours: false }, 0);
    for (const line of scenario.storylines) {
      if (line.file === null) continue;
      const entered = lastBefore(game, index, (h) => h.what.kind === 'storyline' && h.what.id === line.id);
      if (entered === undefined) continue;
      add(named(scenario, entered, language), 1);
      for (const missed of missedReasons(scenario, entered, language)) add(missed, 1);
    }
  }
  return lines;
}

/**
 * The player's decisions that pushed a meter past a threshold most: every change to it up to the
 * moment, summed by the decision at its root (a delayed consequence counts for the decision that
 * scheduled it), the two largest in the direction of the threshold.
 */
function meterMovers(
  scenario: Scenario,
  game: GameState,
  index: number,
  fact: Extract<Fact, { kind: 'meter' }>,
  language: Language,
): Reason[] {
  const upwards = fact.op === '>' || fact.op === '>=';
  const totals = new Map<string, number>();
  for (const happening of game.chronicle.slice(0, index)) {
    const root = rootDecision(happening.cause);
    if (root === null) continue;
    for (const change of happening.changes) {
      if (change.kind === 'meter' && change.meter === fact.meter) {
        totals.set(root.action, (totals.get(root.action) ?? 0) + change.to - change.from);
      }
    }
  }
  const meter = scenario.meters.find((candidate) => candidate.id === fact.meter);
  return [...totals.entries()]
    .filter(([, delta]) => (upwards ? delta > 0 : delta < 0))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 2)
    .map(([action, delta]) => ({
      text: translate(language, 'why.moved', {
        title: localize(actionById(scenario, action).title, language),
        meter: localize(meter?.label, language),
        amount: delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`,
      }),
      yours: true,
    }));
}

/** Where in the chronicle the happening that made a fact true is (-1 when nothing did: it was so from the start). */
function producerOf(game: GameState, index: number, fact: Fact): number {
  for (let at = index - 1; at >= 0; at -= 1) {
    const h = game.chronicle[at];
    if (h === undefined) continue;
    if (fact.kind === 'state' && h.what.kind === 'storyline' && h.what.id === fact.storyline && h.what.state === fact.state) return at;
    if (fact.kind === 'flag' && h.changes.some((change) => change.kind === 'flag' && change.flag === fact.flag && change.to)) return at;
  }
  return -1;
}
