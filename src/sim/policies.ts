import type { ActionDef, Effect, GameState, Scenario } from '../engine';
import { availableActions, meterById } from '../engine';
import type { PolicyRandom } from './policy-random';

/** How a simulated player decides: the actions to commit this turn, within its capital. */
export interface Policy {
  readonly name: string;
  choose(scenario: Scenario, game: GameState, random: PolicyRandom): string[];
}

export const POLICY_NAMES = ['random', 'greedy', 'least-used'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** Takes actions from a ranked list while capital lasts. */
function spend(ranked: readonly ActionDef[], capital: number): string[] {
  const chosen: string[] = [];
  let left = capital;
  for (const action of ranked) {
    if (action.cost <= left) {
      chosen.push(action.id);
      left -= action.cost;
    }
  }
  return chosen;
}

/** Random: a random order of the open actions, each taken with even odds while capital lasts. */
export const randomPolicy: Policy = {
  name: 'random',
  choose(scenario, game, random) {
    const order = random.shuffle(availableActions(scenario, game));
    return spend(
      order.filter(() => random.next() < 0.6),
      game.capital,
    );
  },
};

/** How much a meter needs help: 1 at its worst extreme, 0 at its best (plus a little, so no meter is ignored). */
function urgency(scenario: Scenario, game: GameState, meterId: string): number {
  const meter = meterById(scenario, meterId);
  const value = game.meters[meterId] ?? meter.start;
  const badness = meter.better === 'higher' ? (meter.max - value) / (meter.max - meter.min) : (value - meter.min) / (meter.max - meter.min);
  return 0.15 + badness;
}

/** The visible good effects do now, weighted towards the meters in most trouble; chances count at their odds. */
function effectsValue(scenario: Scenario, effects: readonly Effect[], game: GameState): number {
  let value = 0;
  for (const effect of effects) {
    if (effect.kind === 'adjust') {
      const meter = meterById(scenario, effect.meter);
      const sign = meter.better === 'higher' ? 1 : -1;
      value += ((sign * effect.amount.value(game)) / (meter.max - meter.min)) * urgency(scenario, game, effect.meter);
    } else if (effect.kind === 'chance') {
      value +=
        effect.chance * effectsValue(scenario, effect.then, game) + (1 - effect.chance) * effectsValue(scenario, effect.otherwise, game);
    } else if (effect.kind === 'if') {
      value += effectsValue(scenario, effect.condition.test(game) ? effect.then : effect.otherwise, game);
    }
  }
  return value;
}

function immediateValue(scenario: Scenario, action: ActionDef, game: GameState): number {
  return effectsValue(scenario, action.effects, game) / Math.max(1, action.cost);
}

/** Greedy: the best immediate value per unit of capital for the meters in most trouble, ties broken at random. */
export const greedyPolicy: Policy = {
  name: 'greedy',
  choose(scenario, game, random) {
    const scored = random
      .shuffle(availableActions(scenario, game))
      .map((action) => ({ action, value: immediateValue(scenario, action, game) }));
    scored.sort((a, b) => b.value - a.value);
    return spend(
      scored.filter((entry) => entry.value > 0).map((entry) => entry.action),
      game.capital,
    );
  },
};

/** Least-used (ChoiceScript's avoidUsedOptions): prefers the actions taken least so far in the whole run. */
export function leastUsedPolicy(): Policy {
  const uses = new Map<string, number>();
  return {
    name: 'least-used',
    choose(scenario, game, random) {
      const order = random.shuffle(availableActions(scenario, game));
      order.sort((a, b) => (uses.get(a.id) ?? 0) - (uses.get(b.id) ?? 0));
      const chosen = spend(order, game.capital);
      for (const id of chosen) uses.set(id, (uses.get(id) ?? 0) + 1);
      return chosen;
    },
  };
}

export function policyByName(name: PolicyName): Policy {
  switch (name) {
    case 'random':
      return randomPolicy;
    case 'greedy':
      return greedyPolicy;
    case 'least-used':
      return leastUsedPolicy();
  }
}
