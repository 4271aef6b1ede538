import type { Cause, Change, GameState, Happening, Scenario } from '../engine';
import {
  actionById,
  affordableSelection,
  availableActions,
  causeChain,
  eventById,
  storylineById,
  storylineStateById,
  turnDate,
} from '../engine';
import { triggerReasons } from './cause-explanation';
import { formatDateRange, localize, translate, type Language } from './i18n/translate';

/** Read-only view models built from the engine's state: what the scenes and the DOM render. */

export interface MeterView {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly change: number;
  readonly better: 'higher' | 'lower';
  /** For a ladder, the name of the current rung. */
  readonly rung: string | null;
  readonly rungs: readonly string[];
  /** A sentence that says it all, for screen readers. */
  readonly spoken: string;
}

export interface ActionCardView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly family: string;
  readonly familyLabel: string;
  readonly cost: number;
  readonly touches: readonly string[];
  readonly selected: boolean;
  readonly affordable: boolean;
}

export interface ChangeView {
  readonly text: string;
  readonly direction: 'good' | 'bad' | 'neutral';
}

export interface StoryView {
  readonly key: string;
  /** Where on the map it comes from (an event's actor) and where it goes (an action's stakeholders). */
  readonly from: string | null;
  readonly to: readonly string[];
  readonly meterChanges: readonly { readonly meter: string; readonly from: number; readonly to: number }[];
  readonly title: string;
  readonly text: string;
  readonly major: boolean;
  readonly why: string;
  /** What made it happen, when it was not simply chosen: earlier decisions, news, thresholds, odds. */
  readonly reasons: readonly string[];
  /** The cause leads back to one of the player's decisions (not just the situation). */
  readonly traced: boolean;
  readonly changes: readonly ChangeView[];
  readonly fromPlayer: boolean;
}

const sign = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export function meterViews(
  scenario: Scenario,
  game: GameState,
  language: Language,
  shown: { values: Readonly<Record<string, number>>; baseline: Readonly<Record<string, number>> } = {
    values: game.meters,
    baseline: game.metersAtTurnStart,
  },
): MeterView[] {
  return scenario.meters.map((meter) => {
    const value = shown.values[meter.id] ?? meter.start;
    const change = value - (shown.baseline[meter.id] ?? value);
    const label = localize(meter.label, language);
    const rungs = meter.rungs.map((rung) => localize(rung, language));
    const rung = rungs.length > 0 ? (rungs[value - meter.min] ?? null) : null;
    const spoken =
      rung !== null
        ? translate(language, 'desk.ladder', { label, value: value - meter.min + 1, max: rungs.length, rung })
        : change !== 0
          ? translate(language, 'desk.meterChange', { label, value, change: sign(change) })
          : translate(language, 'desk.meterValue', { label, value });
    return { id: meter.id, label, value, min: meter.min, max: meter.max, change, better: meter.better, rung, rungs, spoken };
  });
}

export function actionCards(scenario: Scenario, game: GameState, selected: readonly string[], language: Language): ActionCardView[] {
  const { left } = affordableSelection(scenario, game, selected);
  return availableActions(scenario, game).map((action) => {
    const isSelected = selected.includes(action.id);
    const family = scenario.families.find((candidate) => candidate.id === action.family);
    return {
      id: action.id,
      title: localize(action.title, language),
      text: localize(action.text, language),
      family: action.family,
      familyLabel: localize(family?.label, language),
      cost: action.cost,
      touches: action.touches.map((id) => localize(scenario.actors.find((actor) => actor.id === id)?.name, language)),
      selected: isSelected,
      affordable: isSelected || action.cost <= left,
    };
  });
}

/** The capital the picks leave: the engine's rule for what can be committed together. */
export function capitalLeft(scenario: Scenario, game: GameState, selected: readonly string[]): number {
  return affordableSelection(scenario, game, selected).left;
}

function describeCause(scenario: Scenario, cause: Cause, language: Language): string {
  if (cause.kind !== 'scheduled') return describeLink(scenario, cause, language);
  const root = causeChain(cause).at(-1) ?? cause;
  return translate(language, 'cause.scheduled', { origin: describeLink(scenario, root, language) });
}

function describeLink(scenario: Scenario, cause: Cause, language: Language): string {
  switch (cause.kind) {
    case 'action':
      return translate(language, 'cause.action', { turn: cause.turn, title: localize(actionById(scenario, cause.action).title, language) });
    case 'event':
      return translate(language, 'cause.event', { turn: cause.turn });
    case 'storyline':
      return translate(language, 'cause.storyline', {
        turn: cause.turn,
        storyline: localize(storylineById(scenario, cause.storyline).label, language),
      });
    case 'scheduled':
      return translate(language, 'cause.event', { turn: cause.turn });
    case 'calendar':
      return translate(language, 'cause.calendar');
  }
}

function changeView(scenario: Scenario, change: Change, language: Language): ChangeView | null {
  switch (change.kind) {
    case 'meter': {
      const meter = scenario.meters.find((candidate) => candidate.id === change.meter);
      if (meter === undefined) return null;
      const delta = change.to - change.from;
      const good = meter.better === 'higher' ? delta > 0 : delta < 0;
      const label = localize(meter.label, language);
      const text = translate(language, delta > 0 ? 'change.up' : 'change.down', { label, amount: Math.abs(delta) });
      return { text, direction: good ? 'good' : 'bad' };
    }
    case 'capital':
      return { text: translate(language, 'change.capital', { amount: sign(change.delta) }), direction: 'neutral' };
    case 'schedule':
      return null;
    case 'flag':
      return null;
  }
}

function storyTitleAndText(
  scenario: Scenario,
  happening: Happening,
  language: Language,
): { title: string; text: string; major: boolean } | null {
  const { what } = happening;
  switch (what.kind) {
    case 'action': {
      const action = actionById(scenario, what.id);
      return { title: localize(action.title, language), text: localize(action.text, language), major: false };
    }
    case 'event': {
      const event = eventById(scenario, what.id);
      return { title: localize(event.title, language), text: localize(event.text, language), major: event.major };
    }
    case 'storyline': {
      const line = storylineById(scenario, what.id);
      const state = storylineStateById(line, what.state);
      if (state.text === undefined) return null;
      return {
        title: `${localize(line.label, language)}: ${localize(state.label, language)}`,
        text: localize(state.text, language),
        major: state.major,
      };
    }
    case 'ending':
      return null;
  }
}

const storyMemo = new WeakMap<GameState, Map<string, readonly StoryView[]>>();

/**
 * The happenings of one turn and phase, as news stories with their consequences and their cause.
 * A state never changes, so each answer is kept with the state it was built from: the desk, the
 * board, the ticker and the announcements all ask for the same stories on every redraw.
 */
export function stories(
  scenario: Scenario,
  game: GameState,
  turn: number,
  phase: Happening['phase'],
  language: Language,
): readonly StoryView[] {
  let perGame = storyMemo.get(game);
  if (perGame === undefined) {
    perGame = new Map();
    storyMemo.set(game, perGame);
  }
  const key = `${scenario.id}|${turn}|${phase}|${language}`;
  let found = perGame.get(key);
  if (found === undefined) {
    found = buildStories(scenario, game, turn, phase, language);
    perGame.set(key, found);
  }
  return found;
}

function buildStories(scenario: Scenario, game: GameState, turn: number, phase: Happening['phase'], language: Language): StoryView[] {
  const views: StoryView[] = [];
  game.chronicle.forEach((happening, index) => {
    if (happening.turn !== turn || happening.phase !== phase) return;
    const story = storyTitleAndText(scenario, happening, language);
    if (story === null) return;
    const found = triggerReasons(scenario, game, index, language);
    const placeOf = (actorId: string | undefined): string | null => scenario.actors.find((actor) => actor.id === actorId)?.place ?? null;
    const { what } = happening;
    const from = what.kind === 'event' ? placeOf(eventById(scenario, what.id).actor) : null;
    const to =
      what.kind === 'action'
        ? actionById(scenario, what.id)
            .touches.map(placeOf)
            .filter((place): place is string => place !== null)
        : [];
    views.push({
      key: `h${index}`,
      from,
      to: [...new Set(to)],
      meterChanges: happening.changes.flatMap((change) =>
        change.kind === 'meter' ? [{ meter: change.meter, from: change.from, to: change.to }] : [],
      ),
      ...story,
      why: describeCause(scenario, happening.cause, language),
      reasons: found.map((reason) => reason.text),
      traced: causeChain(happening.cause).at(-1)?.kind === 'action' || found.some((reason) => reason.yours),
      changes: happening.changes
        .map((change) => changeView(scenario, change, language))
        .filter((view): view is ChangeView => view !== null),
      fromPlayer: happening.cause.kind === 'action',
    });
  });
  return views;
}

export function turnHeading(scenario: Scenario, game: GameState, language: Language, turn = game.turn): { turn: string; date: string } {
  const shown = Math.min(turn, scenario.turns);
  return {
    turn: translate(language, 'desk.turn', { turn: shown, total: scenario.turns }),
    // Scenarios choose their own turn length (a fortnight, two days...): the heading shows the days it covers.
    date: formatDateRange(language, turnDate(scenario, shown), scenario.daysPerTurn),
  };
}

export interface MemoView {
  readonly id: string;
  readonly from: string;
  readonly title: string;
  readonly text: string;
}

/** The advisers' memos on the desk this turn: those whose condition holds. */
export function memoViews(scenario: Scenario, game: GameState, language: Language): MemoView[] {
  return scenario.memos
    .filter((memo) => memo.when === null || memo.when.test(game))
    .map((memo) => ({
      id: memo.id,
      from: localize(scenario.actors.find((actor) => actor.id === memo.from)?.name, language),
      title: localize(memo.title, language),
      text: localize(memo.text, language),
    }));
}

/** Picks the most-voted options that the capital can pay for, most votes first (ties: the order on the desk). */
export function mostVoted(cards: readonly ActionCardView[], votes: Readonly<Record<string, number>>, capital: number): string[] {
  const ranked = cards.map((card, index) => ({ card, index, votes: votes[card.id] ?? 0 })).filter((entry) => entry.votes > 0);
  ranked.sort((a, b) => b.votes - a.votes || a.index - b.index);
  const chosen: string[] = [];
  let left = capital;
  for (const { card } of ranked) {
    if (card.cost <= left) {
      chosen.push(card.id);
      left -= card.cost;
    }
  }
  return chosen;
}

/**
 * The meters as the board should show them: during the resolution sequence, only the revealed
 * consequences count, so the bars move one consequence at a time. Also the baseline to measure
 * "this turn's change" from.
 */
export function shownMeters(
  scenario: Scenario,
  game: GameState,
  phase: string | null,
  revealed: number,
  language: Language,
): { values: Record<string, number>; baseline: Record<string, number> } {
  const values: Record<string, number> = { ...game.meters };
  const record = game.turns.at(-1);
  if (phase !== 'resolution' || record === undefined) return { values, baseline: { ...game.metersAtTurnStart } };
  const outcome = stories(scenario, game, record.turn, 'resolution', language);
  for (let index = outcome.length - 1; index >= Math.max(1, revealed); index -= 1) {
    for (const change of [...(outcome[index]?.meterChanges ?? [])].reverse()) values[change.meter] = change.from;
  }
  return { values, baseline: { ...record.metersBefore } };
}
