import type { Answers, GameState, MeterDef, Scenario } from '../engine';
import { actionById, affordableSelection, offeredActions, turnDates } from '../engine';
import { meterCliffs } from './help-view';
import { meterValueText } from './help-view';
import { formatDate, labelled, localize, translate, translateCount, type Language } from './i18n/translate';
import { textNowIn } from './scenario-text';
import { stories } from './story-view';

/** Read-only view models built from the engine's state: what the scenes and the DOM render. */

export interface MeterMarkView {
  readonly at: number;
  readonly label: string;
  readonly danger: 'below' | 'above';
  /** "45: Election cliff", typeset for the language. */
  readonly caption: string;
}

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
  /** Lines where something bites: the scenario's marks and the thresholds that end the game. */
  readonly marks: readonly MeterMarkView[];
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
  /** The places on the map the option touches: lit while it is hovered or focused. */
  readonly places: readonly string[];
  /** The options it excludes, by title: choosing it closes them. */
  readonly alternatives: readonly string[];
  readonly standing: boolean;
  readonly selected: boolean;
  readonly affordable: boolean;
}

const sign = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

function marksOf(scenario: Scenario, meter: MeterDef, language: Language): MeterMarkView[] {
  const declared = meter.marks.map((mark) => ({ at: mark.at, label: localize(mark.label, language), danger: mark.danger }));
  const cliffs = meterCliffs(scenario, meter.id)
    .filter((cliff) => !declared.some((mark) => mark.at === cliff.at))
    .map((cliff) => ({ at: cliff.at, label: localize(cliff.ending.title, language), danger: cliff.danger }));
  return [...declared, ...cliffs].map((mark) => ({
    ...mark,
    caption: labelled(language, meterValueText(meter, mark.at, language), mark.label),
  }));
}

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
    const marks = marksOf(scenario, meter, language);
    const nearest = marks.find((mark) => (mark.danger === 'below' ? value >= mark.at : value <= mark.at));
    const base =
      rung !== null
        ? translate(language, 'desk.ladder', { label, value: value - meter.min + 1, max: rungs.length, rung })
        : change !== 0
          ? translate(language, 'desk.meterChange', { label, value, change: sign(change) })
          : translate(language, 'desk.meterValue', { label, value });
    const spoken =
      nearest === undefined
        ? base
        : `${base} ${translate(language, 'desk.markSpoken', { label: nearest.label, at: meterValueText(meter, nearest.at, language) })}`;
    return { id: meter.id, label, value, min: meter.min, max: meter.max, change, better: meter.better, rung, rungs, marks, spoken };
  });
}

const placesOf = (scenario: Scenario, actors: readonly string[]): string[] => [
  ...new Set(actors.flatMap((id) => scenario.actors.find((actor) => actor.id === id)?.place ?? [])),
];

/** The options on the desk: the dealt hand, then the standing moves. */
export function actionCards(
  scenario: Scenario,
  game: GameState,
  selected: readonly string[],
  language: Language,
  answers: Answers = {},
): ActionCardView[] {
  const { left } = affordableSelection(scenario, game, selected, answers);
  return offeredActions(scenario, game).map((action) => {
    const isSelected = selected.includes(action.id);
    const family = scenario.families.find((candidate) => candidate.id === action.family);
    const blocked = action.excludes.some((other) => selected.includes(other));
    return {
      id: action.id,
      title: localize(action.title, language),
      text: textNowIn(action.text, game, language),
      family: action.family,
      familyLabel: localize(family?.label, language),
      cost: action.cost,
      touches: action.touches.map((id) => localize(scenario.actors.find((actor) => actor.id === id)?.name, language)),
      places: placesOf(scenario, action.touches),
      alternatives: action.excludes.map((id) => localize(actionById(scenario, id).title, language)),
      standing: action.standing,
      selected: isSelected,
      affordable: isSelected || (action.cost <= left && !blocked),
    };
  });
}

/** The capital the picks and answers leave: the engine's rule for what can be committed together. */
export function capitalLeft(scenario: Scenario, game: GameState, selected: readonly string[], answers: Answers = {}): number {
  return affordableSelection(scenario, game, selected, answers).left;
}

export interface TurnHeading {
  readonly turn: string;
  readonly date: string;
  /** "3 turns left", "last turn": so the player can pace the game. */
  readonly left: string;
}

export function turnHeading(scenario: Scenario, game: GameState, language: Language, turn = game.turn): TurnHeading {
  const shown = Math.min(turn, game.lastTurn);
  const { opens, closes } = turnDates(scenario, game, shown);
  const remaining = game.lastTurn - shown;
  return {
    turn: translate(language, 'desk.turn', { turn: shown, total: game.lastTurn }),
    // Scenarios choose their own turn lengths (a fortnight, a month, two days): the heading shows the days it covers.
    date: opens === closes ? formatDate(language, opens) : formatRange(language, opens, closes),
    left: remaining === 0 ? translate(language, 'desk.lastTurn') : translateCount(language, 'desk.turnsLeft', remaining),
  };
}

function formatRange(language: Language, first: string, last: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
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
      text: textNowIn(memo.text, game, language),
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
