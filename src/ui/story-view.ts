import type { Cause, Change, GameState, Happening, Scenario } from '../engine';
import { actionById, causeChain, eventById, responseOf, storylineById, storylineStateById } from '../engine';
import { triggerReasons } from './cause-explanation';
import { labelled, localize, translate, type Language } from './i18n/translate';
import { textAsShown } from './scenario-text';

/** The chronicle as news: what the desk, the results, the debrief and the replay show of each happening. */

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
    case 'response':
      return translate(language, cause.defaulted ? 'cause.defaulted' : 'cause.answered', {
        turn: cause.turn,
        question: localize(eventById(scenario, cause.event).title, language),
      });
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
      return { title: localize(action.title, language), text: textAsShown(action.text, happening.shown, language), major: false };
    }
    case 'event': {
      const event = eventById(scenario, what.id);
      return { title: localize(event.title, language), text: textAsShown(event.text, happening.shown, language), major: event.major };
    }
    case 'response': {
      const event = eventById(scenario, what.event);
      const response = responseOf(scenario, what.event, what.response);
      if (response === null) return null;
      return {
        title: labelled(language, localize(event.title, language), localize(response.title, language)),
        text: textAsShown(response.text, happening.shown, language),
        major: false,
      };
    }
    case 'storyline': {
      const line = storylineById(scenario, what.id);
      const state = storylineStateById(line, what.state);
      if (state.text === undefined) return null;
      return {
        title: labelled(language, localize(line.label, language), localize(state.label, language)),
        text: textAsShown(state.text, happening.shown, language),
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
    const touched =
      what.kind === 'action'
        ? actionById(scenario, what.id).touches
        : what.kind === 'response'
          ? (responseOf(scenario, what.event, what.response)?.touches ?? [])
          : [];
    const to = touched.map(placeOf).filter((place): place is string => place !== null);
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
      fromPlayer: happening.cause.kind === 'action' || (happening.cause.kind === 'response' && !happening.cause.defaulted),
    });
  });
  return views;
}
