import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readSave, writeSave } from '../../../src/app/game-record';
import {
  affordableSelection,
  offeredActions,
  openQuestions,
  predictionFor,
  responseOf,
  type GameState,
  type Scenario,
} from '../../../src/engine';
import { createCrisisMachine, turnPhase, type CrisisMachine } from '../../../src/flow';
import { recordedTurns, replayRecord } from '../../../src/sim/replay';
import { shippedScenario } from '../../helpers/scenario';

/**
 * One simulated player's whole game as data fast-check can generate and shrink: for each turn, a
 * bit mask over the open actions (kept while capital lasts), a prediction pick and a reason.
 */
interface Player {
  readonly seed: number;
  readonly predictions: boolean;
  readonly turns: readonly { readonly mask: number; readonly pick: number; readonly reason: string }[];
}

const playerArbitrary: fc.Arbitrary<Player> = fc.record({
  seed: fc.nat({ max: 0xffffffff }),
  predictions: fc.boolean(),
  turns: fc.array(fc.record({ mask: fc.nat(), pick: fc.nat(), reason: fc.string({ maxLength: 40 }) }), {
    minLength: 40,
    maxLength: 40,
  }),
});

/** The options on the desk the mask picks, trimmed to what can be committed together (capital, alternatives). */
function decisionsFor(scenario: Scenario, game: GameState, mask: number): string[] {
  const picked = offeredActions(scenario, game).filter((_, index) => (mask >>> (index % 31)) & 1);
  return [
    ...affordableSelection(
      scenario,
      game,
      picked.map((action) => action.id),
    ).kept,
  ];
}

/** Answers, from the same bits: each question on the desk answered with one of its responses, or left to its default. */
function answersFor(scenario: Scenario, game: GameState, pick: number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [index, question] of openQuestions(scenario, game).entries()) {
    const responses = question.def.decision?.responses ?? [];
    const choice = (pick >>> (index * 2)) % (responses.length + 1);
    const response = responses[choice];
    if (response !== undefined) answers[question.event] = response.id;
  }
  const spent = Object.entries(answers).reduce((sum, [event, id]) => sum + (responseOf(scenario, event, id)?.cost ?? 0), 0);
  return spent <= game.capital ? answers : {};
}

/** Drives a running actor with the player's choices from its current turn on, until the ending or `stopAfterTurn`. */
function drive(scenario: Scenario, actor: ReturnType<typeof start>, player: Player, stopAfterTurn = Infinity): GameState {
  for (let step = 0; step < 1000; step += 1) {
    const snapshot = actor.getSnapshot();
    const { game } = snapshot.context;
    const choice = player.turns[(game.turn - 1) % player.turns.length];
    if (choice === undefined) throw new Error('no choices generated');
    switch (turnPhase(snapshot)) {
      case 'decision':
        if (game.turn > stopAfterTurn) return game;
        {
          const answers = answersFor(scenario, game, choice.pick);
          const spare = {
            ...game,
            capital:
              game.capital - Object.entries(answers).reduce((sum, [event, id]) => sum + (responseOf(scenario, event, id)?.cost ?? 0), 0),
          };
          actor.send({ type: 'player.commit', actions: decisionsFor(scenario, spare, choice.mask), answers });
        }
        break;
      case 'predicting': {
        const options = predictionFor(scenario, game)?.options ?? [];
        actor.send({ type: 'player.predict', option: options[choice.pick % options.length]?.id ?? '', reason: choice.reason });
        break;
      }
      case 'resolution':
        actor.send({ type: 'player.continue' });
        break;
      case 'ended':
        return game;
    }
  }
  throw new Error('the game did not end');
}

const start = (machine: CrisisMachine, scenario: Scenario, player: Player) =>
  createActor(machine, { input: { scenario, seed: player.seed, predictions: player.predictions } }).start();

for (const id of ['ottawa-2021', 'cuban-missiles-1962']) {
  describe(`determinism of ${id}, over random seeds and decision sequences`, () => {
    const scenario = shippedScenario(id);
    const machine = createCrisisMachine();

    it('replaying the recorded decisions gives the identical final state, through the flow and through the rules', () => {
      fc.assert(
        fc.property(playerArbitrary, (player) => {
          const straight = drive(scenario, start(machine, scenario, player), player);
          expect(straight.ending).not.toBeNull();
          const record = recordedTurns(straight.turns);

          const byRules = replayRecord(scenario, { seed: player.seed, predictions: player.predictions, turns: record });
          expect(byRules.ok && byRules.game).toEqual(straight);
          expect(byRules.ok && byRules.resume).toEqual(straight);
        }),
        { numRuns: 60, seed: 20210322 },
      );
    });

    it('saving, loading and continuing gives the same game as playing straight through', () => {
      fc.assert(
        fc.property(playerArbitrary, fc.nat({ max: 20 }), (player, saveAfter) => {
          const straight = drive(scenario, start(machine, scenario, player), player);

          const first = start(machine, scenario, player);
          const partial = drive(scenario, first, player, saveAfter);
          first.stop();
          const text = writeSave({
            scenarioId: scenario.id,
            scenarioVersion: scenario.version,
            seed: partial.seed,
            predictions: player.predictions,
            turns: recordedTurns(partial.turns),
          });
          const reading = readSave(text);
          if (!reading.ok) throw new Error(`the save did not read back: ${reading.problem}`);

          // Resumed from the save alone, as the game does after the tab was closed.
          const { seed, predictions, turns } = reading.file;
          const replay = replayRecord(scenario, { seed, predictions, turns });
          if (!replay.ok) throw new Error(`the save did not replay: ${replay.reason}`);
          const resumed = createActor(machine, { input: { scenario, seed, predictions, game: replay.resume } }).start();
          expect(drive(scenario, resumed, player)).toEqual(straight);
        }),
        { numRuns: 60, seed: 19621022 },
      );
    });
  });
}
