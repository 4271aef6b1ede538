import { writeExport } from '../../src/app/game-record';
import type { GameState, Scenario } from '../../src/engine';
import { playWithLoop } from '../../src/sim/play-game';
import { randomPolicy } from '../../src/sim/policies';
import { recordedTurns } from '../../src/sim/replay';

/** Export files as students would hand them in: real games, played by the random policy. */
export function generatedExports(
  scenario: Scenario,
  count: number,
  options: { seed?: number; predictions?: boolean } = {},
): { name: string; text: string; game: GameState }[] {
  return Array.from({ length: count }, (_, index) => {
    const game = playWithLoop(scenario, {
      seed: options.seed ?? 4242,
      policy: randomPolicy,
      predictions: options.predictions ?? true,
      policySeed: index + 1,
    });
    const text = writeExport({
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: game.seed,
      predictions: options.predictions ?? true,
      turns: recordedTurns(game.turns),
      ending: game.ending,
      answers: [`Answer from student ${index + 1}`],
      player: `Student ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? index : ''}`,
      exportedAt: '2026-11-29T12:00:00.000Z',
    });
    return { name: `student-${index + 1}.json`, text, game };
  });
}
