import type { ModeDef, Scenario } from '../engine';
import { simulate, type SimulationReport } from '../sim/monte-carlo';
import { largestAnswerShare, predictionTallies } from '../sim/prediction-tallies';
import { POLICY_NAMES } from '../sim/policies';
import { bestFixedSequence, familyStrategy, oneActionStrategy, winShare, type StrategyResult } from '../sim/strategies';

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

/**
 * Targets, printed as met or not, never silently assumed: no ending crowds out the others for a
 * random player; no single-minded strategy wins; what really happened can be played (the player's
 * side's real decisions reach an ending close to what happened in a good share of games).
 */
/**
 * A one-note player (one option, or one family of options, every turn) must not win often; a plan learned
 * by heart across turns may win more than that, since playing history well is meant to pay, but must not
 * win most games, or the game is solved.
 */
const TARGETS = {
  maxEndingShareRandom: 0.5,
  maxSingleMindedWin: 0.35,
  maxFixedPlanWin: 0.5,
  minHistoricalPlay: 0.35,
  /** A prediction answer that is right most of the time can be given without thinking. */
  maxPredictionAnswerShare: 0.5,
};
function topEnding(report: SimulationReport): string {
  const top = [...report.endings].sort((a, b) => b.count - a.count)[0];
  return top === undefined ? '' : `${top.id} ${pct(top.share)}`;
}

const met = (ok: boolean): string => (ok ? 'met' : 'NOT MET');

/** The share of games ending in one of the endings marked historical. */
function historicalShare(scenario: Scenario, report: SimulationReport): number {
  const historical = new Set(scenario.endings.filter((ending) => ending.historical).map((ending) => ending.id));
  return report.endings.filter((row) => historical.has(row.id)).reduce((sum, row) => sum + row.share, 0);
}

function strategiesFor(scenario: Scenario, mode: string, runs: number): StrategyResult[] {
  const run = (name: string, custom: Parameters<typeof simulate>[1]['custom']): StrategyResult => {
    const report = simulate(scenario, { runs, seed: 1, policy: 'random', engine: 'loop', custom, mode });
    return { name, winShare: winShare(scenario, report), report };
  };
  const strategies = [
    ...scenario.families.map((family) => run(`only ${family.id} options`, familyStrategy(family.id))),
    ...scenario.actions.map((action) => run(`always ${action.id}, nothing else`, oneActionStrategy(action.id))),
  ];
  return strategies.sort((a, b) => b.winShare - a.winShare);
}

function bestPlan(scenario: Scenario, mode: string, runs: number): StrategyResult {
  const best = bestFixedSequence(scenario, { candidates: 150, trialRuns: 200, runs, mode });
  return { ...best, name: 'best fixed sequence (the same decisions every game)' };
}

function modeSection(scenario: Scenario, mode: ModeDef, runs: number): string[] {
  const reports = POLICY_NAMES.map((policy) => simulate(scenario, { runs, seed: 1, policy, engine: 'loop', mode: mode.id }));
  const strategyRuns = Math.min(runs, 2000);
  const strategies = strategiesFor(scenario, mode.id, strategyRuns);
  const random = reports.find((report) => report.policy === 'random');
  const historical = reports.find((report) => report.policy === 'historical');
  const maxRandom = Math.max(...(random?.endings.map((row) => row.share) ?? [0]));
  const everyEnding = scenario.endings.every((ending) =>
    reports.some((report) => (report.endings.find((row) => row.id === ending.id)?.count ?? 0) > 0),
  );
  const explorers = reports.filter((report) => report.policy !== 'historical');
  // Greedy play skips options by design: what matters is that each thing happens under some explorer.
  const neverHappened = (explorers[0]?.findings ?? []).filter(
    (finding) => !finding.startsWith('ending ') && explorers.every((report) => report.findings.includes(finding)),
  );
  const allReached = neverHappened.length === 0 && explorers.every((report) => report.failures.length === 0);
  const topStrategy = strategies[0];
  const plan = bestPlan(scenario, mode.id, strategyRuns);
  const historicalPlay = historical === undefined ? 0 : historicalShare(scenario, historical);
  const historicalEndings = scenario.endings.filter((ending) => ending.historical).map((ending) => ending.id);
  const predictionRuns = Math.min(runs, 1000);
  const tallies = scenario.predictions.length === 0 ? [] : predictionTallies(scenario, mode.id, predictionRuns);
  // Varied play is what a class brings; a player who plays one line throughout may learn its reactions, and should.
  const worstAnswer = tallies.filter((tally) => tally.policy === 'random').sort((a, b) => largestAnswerShare(b) - largestAnswerShare(a))[0];
  return [
    `## ${Object.values(mode.label)[0] ?? mode.id} (mode \`${mode.id}\`, ${mode.turnDates.length} turns)`,
    '',
    '### Targets',
    '',
    `- Every ending is reached under some policy: **${met(everyEnding)}**`,
    `- Every action, event and storyline state happens under at least one of the random, greedy and least-used policies, with no broken assertion: **${met(allReached)}**${neverHappened.length === 0 ? '' : ` (never: ${neverHappened.join('; ')})`}`,
    `- No ending above ${pct(TARGETS.maxEndingShareRandom)} of games under the random policy: **${met(maxRandom <= TARGETS.maxEndingShareRandom)}** (largest: ${random === undefined ? '' : topEnding(random)})`,
    `- No single-minded strategy wins more than ${pct(TARGETS.maxSingleMindedWin)} of games: **${met((topStrategy?.winShare ?? 0) <= TARGETS.maxSingleMindedWin)}** (best: ${topStrategy?.name ?? ''}, ${pct(topStrategy?.winShare ?? 0)})`,
    `- No plan learned by heart (the best fixed sequence of decisions found) wins more than ${pct(TARGETS.maxFixedPlanWin)} of games: **${met(plan.winShare <= TARGETS.maxFixedPlanWin)}** (${pct(plan.winShare)}, most common ending ${topEnding(plan.report)})`,
    historicalEndings.length === 0
      ? '- Playing history: the scenario marks no ending as historical, so there is nothing to measure.'
      : `- Playing what really happened (the historical policy) reaches a historical ending (${historicalEndings.join(', ')}) in at least ${pct(TARGETS.minHistoricalPlay)} of games: **${met(historicalPlay >= TARGETS.minHistoricalPlay)}** (${pct(historicalPlay)})`,
    ...(worstAnswer === undefined
      ? []
      : [
          `- No prediction answer is right more than ${pct(TARGETS.maxPredictionAnswerShare)} of the times its question is asked under varied (random) play: **${met(largestAnswerShare(worstAnswer) <= TARGETS.maxPredictionAnswerShare)}** (largest: ${worstAnswer.track}, ${pct(largestAnswerShare(worstAnswer))})`,
        ]),
    '',
    '### Endings by policy',
    '',
    `| ending | tone | ${POLICY_NAMES.join(' | ')} |`,
    `|---|---|${POLICY_NAMES.map(() => '---:').join('|')}|`,
    ...scenario.endings.map(
      (ending) =>
        `| ${ending.id}${ending.historical ? ' (historical)' : ''} | ${ending.tone} | ${reports.map((report) => pct(report.endings.find((row) => row.id === ending.id)?.share ?? 0)).join(' | ')} |`,
    ),
    `| *median game length (turns)* | | ${reports.map((report) => String(report.length.median)).join(' | ')} |`,
    '',
    '### What led to each ending (random policy)',
    '',
    'Decisions made in at least 20% of the games with that ending, and more often than in all games (an answer is written `question:answer`).',
    '',
    ...(random?.drivers ?? []).map(
      (row) =>
        `- ${row.ending}: ${row.decisions.length === 0 ? 'no decision stands out' : row.decisions.map((driver) => `${driver.decision} ${pct(driver.inEnding)} (all games ${pct(driver.overall)})`).join(', ')}`,
    ),
    '',
    '### Findings by policy',
    '',
    ...reports.map(
      (report) =>
        `- ${report.policy}: ${report.findings.length === 0 && report.failures.length === 0 ? 'every ending, action, event and storyline state happened; no failures' : [...report.findings, ...report.failures.map((f) => `seed ${f.seed} failed: ${f.message}`)].join('; ')}`,
    ),
    '',
    ...(tallies.length === 0
      ? []
      : [
          '### Predictions',
          '',
          `Seeds 1..${predictionRuns}, the prediction step on. How often each answer turned out right when its question was asked.`,
          '',
          '| question | policy | asked | right answers |',
          '|---|---|---:|---|',
          ...tallies.map((tally) => {
            const track = scenario.predictions.find((candidate) => candidate.id === tally.track);
            const answers = (track?.options ?? []).map(
              (option) => `${option.id} ${pct(tally.asked === 0 ? 0 : (tally.right.get(option.id) ?? 0) / tally.asked)}`,
            );
            return `| ${tally.track} | ${tally.policy} | ${tally.asked} | ${answers.join(', ')} |`;
          }),
          '',
        ]),
    '### Single-minded strategies',
    '',
    `Seeds 1..${strategyRuns}. A single-minded player answers the questions on the desk at random. The plan learned by heart`,
    "replays one whole game's decisions and answers every game (the best of 150 tried).",
    '',
    '| strategy | wins | most common ending |',
    '|---|---:|---|',
    `| *${plan.name}* | ${pct(plan.winShare)} | ${topEnding(plan.report)} |`,
    ...strategies.slice(0, 12).map((strategy) => `| ${strategy.name} | ${pct(strategy.winShare)} | ${topEnding(strategy.report)} |`),
    '',
  ];
}

/**
 * The balance report (docs/balance.md): for every length of game, every policy over the full run
 * (the historical one included), what led to each ending, single-minded strategies, and whether
 * the targets are met.
 */
export function writeBalanceReport(scenario: Scenario, file: string, runs: number): string {
  const goodEndings = scenario.endings.filter((ending) => ending.tone === 'good').map((ending) => ending.id);
  return [
    `# Balance report: ${scenario.id} ${scenario.version}`,
    '',
    `Generated by \`npm run scenario -- balance ${file} --runs ${runs}\`: do not edit by hand. Policies play seeds 1..${runs}.`,
    `A "win" is a good-tone ending (${goodEndings.join(', ')}). The historical policy plays what the scenario marks as what really`,
    'happened: the historical options, when they are dealt, and the historical answers to its questions.',
    '',
    ...scenario.modes.flatMap((mode) => modeSection(scenario, mode, runs)),
  ].join('\n');
}
