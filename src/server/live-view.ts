import type { GameState, Scenario, ShownText, TurnRecord } from '../engine';
import { actionById, predictionFor, shownText } from '../engine';
import { recordedTurns } from '../sim/replay';
import { classPrediction } from '../live/tally';
import { LIVE_PROTOCOL, type LivePhase, type LiveProposal, type LiveResult, type LiveView, type SessionSetup } from '../live/protocol';
import type { LoggedSeat } from './session-log';

/** A seat in the room: who sits there, which browser tabs are connected to it, and their vote and prediction this turn. */
export interface Seat extends Omit<LoggedSeat, 'role' | 'predictions'> {
  role: string | null;
  predictions: (string | null)[];
  readonly clients: Set<string>;
  vote: string | null;
  prediction: string | null;
}

/** What the room knows at one moment, for building every screen's view from the same facts. */
export interface RoomSnapshot {
  readonly code: string;
  readonly scenario: Scenario;
  readonly setup: SessionSetup;
  readonly phase: LivePhase;
  readonly turnGame: GameState;
  readonly game: GameState;
  readonly offered: readonly string[];
  readonly groups: readonly string[];
  readonly proposals: readonly LiveProposal[];
  readonly deadline: number | null;
  readonly seats: readonly Seat[];
  readonly voters: number;
  readonly votesCast: number;
  readonly result: LiveResult | null;
  readonly history: readonly LiveResult[];
}

/**
 * One screen's view. Students see the proposals, how many have voted, their own vote and
 * prediction, and the result once it is revealed; the teacher's view adds every seat, the vote as
 * it comes in, the predictions, and the session as a game record for the exports. Names are sent as
 * plain strings: the pages bind them as text.
 */
export function viewFor(room: RoomSnapshot, seat: Seat): LiveView {
  const { scenario, turnGame } = room;
  const track = predictionFor(scenario, turnGame);
  const options = track?.options.map((option) => option.id) ?? [];
  const students = room.seats.filter((candidate) => !candidate.teacher);
  const tally: Record<string, number> = {};
  for (const proposal of room.proposals) tally[proposal.role] = 0;
  for (const student of students) if (student.vote !== null && student.vote in tally) tally[student.vote] = (tally[student.vote] ?? 0) + 1;
  return {
    protocol: LIVE_PROTOCOL,
    code: room.code,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    setup: room.setup,
    phase: room.phase,
    turn: turnGame.turn,
    lastTurn: turnGame.lastTurn,
    capital: turnGame.capital,
    meters: room.phase === 'revealed' || room.phase === 'ended' ? room.game.meters : turnGame.meters,
    offered: room.offered,
    asked: turnGame.asked.map((asked) => asked.event),
    shown: shownTexts(scenario, turnGame, room.offered),
    groups: room.groups,
    proposals: room.proposals,
    deadline: room.deadline,
    serverNow: Date.now(),
    predictionTrack: setupAsks(room) ? (track?.id ?? null) : null,
    predictionOptions: setupAsks(room) ? options : [],
    votesCast: room.votesCast,
    voters: room.voters,
    result: room.result,
    history: room.history,
    ending: room.phase === 'ended' || room.phase === 'revealed' ? room.game.ending : null,
    record: {
      seed: room.game.seed,
      mode: room.game.mode,
      predictions: room.setup.predictions,
      turns: recordedTurns(room.game.turns),
    },
    you: { seat: seat.id, name: seat.name, role: seat.role, teacher: seat.teacher, vote: seat.vote, prediction: seat.prediction },
    teacher: seat.teacher
      ? {
          seats: room.seats.map((entry) => ({
            id: entry.id,
            name: entry.name,
            role: entry.role,
            connected: entry.clients.size > 0,
            voted: entry.vote !== null,
            predicted: entry.prediction !== null,
            teacher: entry.teacher,
          })),
          tally,
          predictions: classPrediction(
            options,
            students.flatMap((student) => (student.prediction === null ? [] : [student.prediction])),
          ).counts,
          studentPredictions: students.map((student) => ({ name: student.name, role: student.role, options: [...student.predictions] })),
        }
      : null,
  };
}

const setupAsks = (room: RoomSnapshot): boolean => room.setup.predictions;

/** The turn as the class decided it: the vote, the decisions, the prediction and how many saw it coming. */
export function turnResult(
  record: TurnRecord,
  students: readonly Seat[],
  vote: { readonly winner: string | null; readonly tally: Readonly<Record<string, number>> } | null,
): LiveResult {
  const predicted = students.filter((seat) => seat.prediction !== null);
  return {
    turn: record.turn,
    winner: vote?.winner ?? null,
    decisions: record.decisions,
    answers: record.answers,
    tally: vote?.tally ?? {},
    prediction:
      record.prediction === null
        ? null
        : {
            chosen: predicted.length === 0 ? null : record.prediction.option,
            correct: record.prediction.correct,
            right: predicted.filter((seat) => seat.prediction === record.prediction?.correct).length,
            total: predicted.length,
          },
    metersBefore: record.metersBefore,
    metersAfter: record.metersAfter,
  };
}

/** The variants and numbers the options and questions read with now, as the desk works them out. */
function shownTexts(scenario: Scenario, game: GameState, offered: readonly string[]): LiveView['shown'] {
  const actions: Record<string, ShownText> = {};
  for (const id of offered) {
    const shown = shownText(actionById(scenario, id).text, game);
    if (shown !== undefined) actions[id] = shown;
  }
  const events: Record<string, ShownText> = {};
  for (const { event } of game.asked) {
    const shown = game.chronicle.findLast((h) => h.what.kind === 'event' && h.what.id === event)?.shown;
    if (shown !== undefined) events[event] = shown;
  }
  return { actions, events };
}
