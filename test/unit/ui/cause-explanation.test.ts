import { describe, expect, it } from 'vitest';
import { beginTurn, newGame, resolveTurn, type GameState } from '../../../src/engine';
import { playWithLoop } from '../../../src/sim/play-game';
import { randomPolicy } from '../../../src/sim/policies';
import { endingTrace } from '../../../src/ui/cause-explanation';
import { stories } from '../../../src/ui/story-view';
import { shippedScenario } from '../../helpers/scenario';

const ottawa = shippedScenario('ottawa-2021');

/** Plays the article scenario with fixed decisions per turn (nothing after the list ends). */
function play(seed: number, decisions: readonly (readonly string[])[], turns: number): GameState {
  let game = newGame(ottawa, seed);
  for (let turn = 1; turn <= turns && game.ending === null; turn += 1) {
    game = beginTurn(ottawa, game);
    game = resolveTurn(ottawa, game, [...(decisions[turn - 1] ?? [])], null);
  }
  return game;
}

const story = (game: GameState, turn: number, phase: 'briefing' | 'resolution', title: string, language: 'en' | 'fr' = 'en') => {
  const found = stories(ottawa, game, turn, phase, language).find((view) => view.title === title);
  if (found === undefined) throw new Error(`no story "${title}" on turn ${turn}`);
  return found;
};

describe('"Why?" traces a happening back to what made it happen', () => {
  it("names the player's decision behind a reaction, and marks the story as traced to them", () => {
    const game = play(3, [['list_chen_quanguo']], 1);
    const reaction = story(game, 1, 'resolution', 'Beijing condemns the listing');
    expect(reaction.reasons).toEqual(['you chose “Sanction Chen Quanguo” (turn 1)']);
    expect(reaction.traced).toBe(true);
    const fr = story(game, 1, 'resolution', "Pékin condamne l'inscription", 'fr');
    expect(fr.reasons[0]).toMatch(/^vous avez choisi «\s.+\s» \(tour 1\)$/);
  });

  it('says when a dated event simply fell due, and whether it really happened then', () => {
    const game = play(3, [[]], 1);
    const trial = story(game, 1, 'briefing', 'Kovrig tried in Beijing');
    expect(trial.reasons).toEqual(['it was due on this date: it happened then in reality']);
    expect(trial.traced).toBe(false);
  });

  it('gives the threshold a storyline step needed, with the value at the time, and the odds of a gamble', () => {
    const game = play(3, [['list_chen_quanguo']], 2);
    const step = story(game, 2, 'briefing', "China's counter-measures: Trade pressure");
    expect(step.reasons).toContain('Escalation with Beijing at “Trade punishment” or above (it was “Trade punishment”)');
    const gamble = story(game, 2, 'briefing', 'Beijing lowers the volume a notch');
    expect(gamble.reasons.at(-1)).toBe('and the 80% chance came up');
  });

  it('tells a lost gamble behind an ending: the chance that did not come up and the meter it depended on', () => {
    // A game that ran to the election and lost it with support between the cliff and the safe margin: a gamble lost.
    const lost = Array.from({ length: 80 }, (_, i) => playWithLoop(ottawa, { seed: i + 1, policy: randomPolicy })).find(
      (game) => game.storylines['election'] === 'lost' && (game.meters['support'] ?? 0) >= 45 && game.ending?.id === 'stalemate',
    );
    expect(lost).toBeDefined();
    const en = endingTrace(ottawa, lost!, 'en').map((line) => line.text);
    expect(en).toContainEqual(
      expect.stringMatching(/^the \d+% chance of “Government returned” did not come up \(it depends on Public support: \d+\)$/),
    );
    const fr = endingTrace(ottawa, lost!, 'fr').map((line) => line.text);
    expect(fr).toContainEqual(
      expect.stringMatching(/^la chance de \d+\u00A0% d’aboutir à «\u00A0Gouvernement reconduit\u00A0» ne s’est pas réalisée/),
    );
  });
});
