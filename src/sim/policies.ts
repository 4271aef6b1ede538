import type { ActionDef, Answers, Effect, GameState, ResponseDef, Scenario } from '../engine';
import { meterById, offeredActions, openQuestions } from '../engine';
import type { PolicyRandom } from './policy-random';

/** What a player commits on a turn: the options taken and the answers to the questions on the desk. */
export interface TurnChoice {
  readonly actions: readonly string[];
  readonly answers: Answers;
}

/** How a simulated player decides, within its capital, from what is on the desk. */
export interface Policy {
  readonly name: string;
  choose(scenario: Scenario, game: GameState, random: PolicyRandom): TurnChoice;
}

export const POLICY_NAMES = ['random', 'greedy', 'least-used', 'historical'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** Takes actions from a ranked list while capital lasts, never two alternatives together. */
export function spend(ranked: readonly ActionDef[], capital: number): string[] {
  const chosen: string[] = [];
  let left = capital;
  for (const action of ranked) {
    if (action.cost <= left && !action.excludes.some((other) => chosen.includes(other))) {
      chosen.push(action.id);
      left -= action.cost;
    }
  }
  return chosen;
}

/** Answers each open question with `pick` (or leaves it to its default when `pick` gives null), paying what answers cost. */
export function answerWith(
  scenario: Scenario,
  game: GameState,
  pick: (responses: readonly ResponseDef[], event: string) => ResponseDef | null,
): { answers: Answers; left: number } {
  const answers: Record<string, string> = {};
  let left = game.capital;
  for (const question of openQuestions(scenario, game)) {
    const responses = (question.def.decision?.responses ?? []).filter((response) => response.cost <= left);
    const chosen = pick(responses, question.event);
    if (chosen === null) continue;
    answers[question.event] = chosen.id;
    left -= chosen.cost;
  }
  return { answers, left };
}

/** Random: answers at random (now and then leaving a question to its default), then a random order of the options on the desk. */
export const randomPolicy: Policy = {
  name: 'random',
  choose(scenario, game, random) {
    const { answers, left } = answerWith(scenario, game, (responses) => (random.next() < 0.15 ? null : (random.pick(responses) ?? null)));
    const order = random.shuffle(offeredActions(scenario, game));
    return {
      actions: spend(
        order.filter(() => random.next() < 0.6),
        left,
      ),
      answers,
    };
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
export function effectsValue(scenario: Scenario, effects: readonly Effect[], game: GameState): number {
  let value = 0;
  for (const effect of effects) {
    if (effect.kind === 'adjust') {
      const meter = meterById(scenario, effect.meter);
      const sign = meter.better === 'higher' ? 1 : -1;
      value += ((sign * effect.amount.value(game)) / (meter.max - meter.min)) * urgency(scenario, game, effect.meter);
    } else if (effect.kind === 'chance') {
      const chance = Math.min(1, Math.max(0, effect.chance.value(game)));
      value += chance * effectsValue(scenario, effect.then, game) + (1 - chance) * effectsValue(scenario, effect.otherwise, game);
    } else if (effect.kind === 'if') {
      value += effectsValue(scenario, effect.condition.test(game) ? effect.then : effect.otherwise, game);
    }
  }
  return value;
}

const immediateValue = (scenario: Scenario, item: { cost: number; effects: readonly Effect[] }, game: GameState): number =>
  effectsValue(scenario, item.effects, game) / Math.max(1, item.cost);

/** Greedy: the best immediate value per unit of capital for the meters in most trouble, ties broken at random. */
export const greedyPolicy: Policy = {
  name: 'greedy',
  choose(scenario, game, random) {
    const best = (responses: readonly ResponseDef[]): ResponseDef | null =>
      random
        .shuffle(responses)
        .map((response) => ({ response, value: effectsValue(scenario, response.effects, game) }))
        .sort((a, b) => b.value - a.value)[0]?.response ?? null;
    const { answers, left } = answerWith(scenario, game, best);
    const scored = random
      .shuffle(offeredActions(scenario, game))
      .map((action) => ({ action, value: immediateValue(scenario, action, game) }));
    scored.sort((a, b) => b.value - a.value);
    return {
      actions: spend(
        scored.filter((entry) => entry.value > 0).map((entry) => entry.action),
        left,
      ),
      answers,
    };
  },
};

/** Least-used (ChoiceScript's avoidUsedOptions): prefers the options and answers taken least so far in the whole run. */
export function leastUsedPolicy(): Policy {
  const uses = new Map<string, number>();
  const used = (id: string): number => uses.get(id) ?? 0;
  const use = (id: string): void => void uses.set(id, used(id) + 1);
  return {
    name: 'least-used',
    choose(scenario, game, random) {
      const { answers, left } = answerWith(scenario, game, (responses, event) => {
        const pick = [...random.shuffle(responses)].sort((a, b) => used(`${event}:${a.id}`) - used(`${event}:${b.id}`))[0] ?? null;
        if (pick !== null) use(`${event}:${pick.id}`);
        return pick;
      });
      const order = random.shuffle(offeredActions(scenario, game));
      order.sort((a, b) => used(a.id) - used(b.id));
      const chosen = spend(order, left);
      for (const id of chosen) use(id);
      return { actions: chosen, answers };
    },
  };
}

/**
 * What the player's side really did: the historical answer to each question (the default where
 * none is marked), and the historical options on the desk, in the order they are dealt, while
 * capital lasts. A scenario's "historical policy" is declared by marking those items.
 */
export const historicalPolicy: Policy = {
  name: 'historical',
  choose(scenario, game) {
    const { answers, left } = answerWith(scenario, game, (responses) => responses.find((response) => response.historical) ?? null);
    return {
      actions: spend(
        offeredActions(scenario, game).filter((action) => action.historical),
        left,
      ),
      answers,
    };
  },
};

export function policyByName(name: PolicyName): Policy {
  switch (name) {
    case 'random':
      return randomPolicy;
    case 'greedy':
      return greedyPolicy;
    case 'least-used':
      return leastUsedPolicy();
    case 'historical':
      return historicalPolicy;
  }
}
