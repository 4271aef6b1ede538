import type { Scenario } from '../engine';
import { availableActions } from '../engine';
import { simulate, type SimulationReport } from './monte-carlo';
import type { Policy } from './policies';

/**
 * Single-minded players, for the balance report: if any of them wins most games, the scenario
 * has a dominant strategy and players will find it.
 */

/** Takes only actions of one family, in random order, while capital lasts. */
export function familyStrategy(family: string): Policy {
  return {
    name: `only ${family}`,
    choose(scenario, game, random) {
      const chosen: string[] = [];
      let left = game.capital;
      for (const action of random.shuffle(availableActions(scenario, game).filter((candidate) => candidate.family === family))) {
        if (action.cost <= left) {
          chosen.push(action.id);
          left -= action.cost;
        }
      }
      return chosen;
    },
  };
}

/** Takes one action whenever it is offered and affordable, and nothing else. */
export function oneActionStrategy(action: string): Policy {
  return {
    name: `always ${action}`,
    choose(scenario, game) {
      const open = availableActions(scenario, game).find((candidate) => candidate.id === action);
      return open !== undefined && open.cost <= game.capital ? [action] : [];
    },
  };
}

/** Plays the same decisions turn by turn in every game, skipping any that are not open. */
export function fixedSequence(sequence: readonly (readonly string[])[]): Policy {
  return {
    name: 'fixed sequence',
    choose(scenario, game) {
      const wanted = sequence[game.turn - 1] ?? [];
      const open = new Set(availableActions(scenario, game).map((action) => action.id));
      const chosen: string[] = [];
      let left = game.capital;
      for (const id of wanted) {
        const action = scenario.actions.find((candidate) => candidate.id === id);
        if (action !== undefined && open.has(id) && action.cost <= left) {
          chosen.push(id);
          left -= action.cost;
        }
      }
      return chosen;
    },
  };
}

/** The share of games that end well (an ending with a good tone). */
export function winShare(scenario: Scenario, report: SimulationReport): number {
  const good = new Set(scenario.endings.filter((ending) => ending.tone === 'good').map((ending) => ending.id));
  const played = report.runs - report.failures.length;
  return played === 0 ? 0 : report.endings.filter((row) => good.has(row.id)).reduce((sum, row) => sum + row.count, 0) / played;
}

export interface StrategyResult {
  readonly name: string;
  readonly winShare: number;
  readonly report: SimulationReport;
}

/**
 * The fixed sequence of decisions that wins most often: candidates are the decision sequences of
 * random games; each is replayed on other seeds, and the best is measured on the full run.
 */
export function bestFixedSequence(
  scenario: Scenario,
  options: { candidates: number; trialRuns: number; runs: number },
): StrategyResult & { sequence: string[][] } {
  let best: { sequence: string[][]; share: number } = { sequence: [], share: -1 };
  const candidateReport = (seed: number): string[][] => {
    const one = simulate(scenario, { runs: 1, seed, policy: 'random', engine: 'loop', keepGames: true });
    return (one.games?.[0]?.turns ?? []).map((turn) => [...turn.decisions]);
  };
  for (let candidate = 0; candidate < options.candidates; candidate += 1) {
    const sequence = candidateReport(1_000_000 + candidate);
    const trial = simulate(scenario, {
      runs: options.trialRuns,
      seed: 2_000_000,
      policy: 'random',
      engine: 'loop',
      custom: fixedSequence(sequence),
    });
    const share = winShare(scenario, trial);
    if (share > best.share) best = { sequence, share };
  }
  const report = simulate(scenario, {
    runs: options.runs,
    seed: 1,
    policy: 'random',
    engine: 'loop',
    custom: fixedSequence(best.sequence),
  });
  return { name: 'best fixed sequence', winShare: winShare(scenario, report), report, sequence: best.sequence };
}
