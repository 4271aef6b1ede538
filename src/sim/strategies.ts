import type { GameState, Scenario } from '../engine';
import { offeredActions } from '../engine';
import { simulate, type SimulationReport } from './monte-carlo';
import { answerWith, spend, type Policy, type TurnChoice } from './policies';
import type { PolicyRandom } from './policy-random';

/**
 * Single-minded players, for the balance report: if any of them wins most games, the scenario
 * has a dominant strategy and players will find it.
 */

/** A single-minded player answers the questions on the desk as a coin would: the mind is on its one thing. */
const coinAnswers = (scenario: Scenario, game: GameState, random: PolicyRandom) =>
  answerWith(scenario, game, (responses) => random.pick(responses) ?? null);

/** Takes only options of one family, in random order, while capital lasts. */
export function familyStrategy(family: string): Policy {
  return {
    name: `only ${family}`,
    choose(scenario, game, random) {
      const { answers, left } = coinAnswers(scenario, game, random);
      const mine = random.shuffle(offeredActions(scenario, game).filter((candidate) => candidate.family === family));
      return { actions: spend(mine, left), answers };
    },
  };
}

/** Takes one option whenever it is on the desk and affordable, and nothing else. */
export function oneActionStrategy(action: string): Policy {
  return {
    name: `always ${action}`,
    choose(scenario, game, random) {
      const { answers, left } = coinAnswers(scenario, game, random);
      const open = offeredActions(scenario, game).find((candidate) => candidate.id === action);
      return { actions: open !== undefined && open.cost <= left ? [action] : [], answers };
    },
  };
}

/**
 * Means the same decisions turn by turn in every game: of each turn's list, what is on the desk
 * and affordable (with hands, what is dealt differs by seed), and the same answers where asked.
 */
export function fixedSequence(sequence: readonly TurnChoice[]): Policy {
  return {
    name: 'fixed sequence',
    choose(scenario, game) {
      const wanted = sequence[game.turn - 1] ?? { actions: [], answers: {} };
      const { answers, left } = answerWith(
        scenario,
        game,
        (responses, event) => responses.find((response) => response.id === wanted.answers[event]) ?? null,
      );
      const open = offeredActions(scenario, game);
      const ranked = wanted.actions.flatMap((id) => open.filter((action) => action.id === id));
      return { actions: spend(ranked, left), answers };
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
  options: { candidates: number; trialRuns: number; runs: number; mode?: string | undefined },
): StrategyResult & { sequence: TurnChoice[] } {
  let best: { sequence: TurnChoice[]; share: number } = { sequence: [], share: -1 };
  const candidateReport = (seed: number): TurnChoice[] => {
    const one = simulate(scenario, { runs: 1, seed, policy: 'random', engine: 'loop', keepGames: true, mode: options.mode });
    return (one.games?.[0]?.turns ?? []).map((turn) => ({ actions: [...turn.decisions], answers: { ...turn.answers } }));
  };
  for (let candidate = 0; candidate < options.candidates; candidate += 1) {
    const sequence = candidateReport(1_000_000 + candidate);
    const trial = simulate(scenario, {
      runs: options.trialRuns,
      seed: 2_000_000,
      policy: 'random',
      engine: 'loop',
      custom: fixedSequence(sequence),
      mode: options.mode,
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
    mode: options.mode,
  });
  return { name: 'best fixed sequence', winShare: winShare(scenario, report), report, sequence: best.sequence };
}
