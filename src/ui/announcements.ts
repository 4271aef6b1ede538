import type { GameState, Happening, Scenario } from '../engine';
import { endingById, eventById, storylineById, storylineStateById, turnDate } from '../engine';
import type { TurnPhase } from '../flow';
import { stories } from './story-view';
import { formatDate, localize, translate, translateCount, type Language } from './i18n/translate';

/** Where the game stands, as the page last showed it. */
export interface FlowMoment {
  readonly game: GameState;
  readonly phase: TurnPhase;
}

/** What the page should do about a change of moment: speak, sound the sting, reset the turn's picks. */
export interface Announcement {
  /** For the live region, in order. */
  readonly texts: readonly string[];
  /** A major development happened (news of the turn just opened, or a reaction just revealed). */
  readonly sting: boolean;
  /** A new turn opened: the picks and class votes of the last one go. */
  readonly newTurn: boolean;
  /** The results of a turn were just revealed. */
  readonly resultsOpened: boolean;
}

const isMajor = (scenario: Scenario, happening: Happening): boolean => {
  const { what } = happening;
  if (what.kind === 'event') return eventById(scenario, what.id).major;
  if (what.kind === 'storyline') return storylineStateById(storylineById(scenario, what.id), what.state).major;
  return false;
};

const majorIn = (scenario: Scenario, game: GameState, turn: number, phase: Happening['phase']): boolean =>
  game.chronicle.some((happening) => happening.turn === turn && happening.phase === phase && isMajor(scenario, happening));

const NOTHING: Announcement = { texts: [], sting: false, newTurn: false, resultsOpened: false };

/**
 * What changed between two moments of the flow, for a player who cannot see the screen: a pure
 * function of the two, so that a restored game (which arrives as one moment, with no before)
 * announces where it stands once, and nothing about the turns that led there.
 */
export function announce(scenario: Scenario, before: FlowMoment | null, after: FlowMoment, language: Language): Announcement {
  const { game, phase } = after;
  if (before !== null && before.phase === phase && before.game === game) return NOTHING;
  // A turn opens when its decision is reached from the last turn's results (or from nothing: a
  // game just started or restored); going back from the prediction to the decision is the same turn.
  const opened = phase === 'decision' && (before === null || before.phase === 'resolution' || before.phase === 'ended');
  if (opened) {
    const news = stories(scenario, game, game.turn, 'briefing', language);
    const heading = translateCount(language, 'announce.briefing', news.length, {
      turn: game.turn,
      date: formatDate(language, turnDate(scenario, game, game.turn)),
    });
    return {
      texts: [`${heading} ${news.map((story) => story.title).join('. ')}`.trim()],
      sting: before !== null && majorIn(scenario, game, game.turn, 'briefing'),
      newTurn: true,
      resultsOpened: false,
    };
  }
  if (phase === 'resolution' && before?.phase !== 'resolution') {
    const record = game.turns.at(-1);
    const turn = record?.turn ?? game.turn;
    const outcome = stories(scenario, game, turn, 'resolution', language);
    const first = outcome[0];
    const firstText = first === undefined ? '' : ` ${first.title}. ${first.changes.map((change) => change.text).join(', ')}`;
    return {
      texts: [`${translateCount(language, 'announce.result', outcome.length, { turn })}${firstText}`],
      sting: majorIn(scenario, game, turn, 'resolution'),
      newTurn: false,
      resultsOpened: true,
    };
  }
  if (phase === 'ended' && game.ending !== null && before?.phase !== 'ended') {
    return {
      texts: [translate(language, 'announce.ending', { title: localize(endingById(scenario, game.ending.id).title, language) })],
      sting: false,
      newTurn: false,
      resultsOpened: false,
    };
  }
  return NOTHING;
}
