import type { GameState, Scenario } from '../engine';
import { beginTurn, newGame, resolveTurn } from '../engine';
import { FlowPlayer } from './play-game';
import { policyByName, type Policy, type PolicyName } from './policies';
import { PolicyRandom } from './policy-random';

export interface SimulationOptions {
  readonly runs: number;
  readonly seed: number;
  readonly policy: PolicyName;
  /** 'loop' plays the engine's rules directly; 'flow' plays them through the XState turn flow. Both give the same games. */
  readonly engine: 'loop' | 'flow';
  /** A policy of the caller's own (the balance report's single-minded strategies) instead of a named one. */
  readonly custom?: Policy | undefined;
  /** Keep every finished game in the report (for small runs only). */
  readonly keepGames?: boolean | undefined;
  /** The length of game (a mode of the scenario); the scenario's first when omitted. */
  readonly mode?: string | undefined;
}

export interface Failure {
  readonly seed: number;
  readonly turn: number;
  readonly message: string;
}

interface Counter {
  count: number;
  games: number;
}

/** Everything a run of many seeded games tells a designer, in plain data (the CLI prints it). */
export interface SimulationReport {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly runs: number;
  readonly seed: number;
  readonly policy: PolicyName;
  readonly engine: 'loop' | 'flow';
  readonly mode: string | null;
  readonly endings: readonly { readonly id: string; readonly count: number; readonly share: number }[];
  /**
   * What led to each ending: the decisions (options taken, answers given) most over-represented in
   * the games that reached it, with the share of those games that made them and of all games.
   */
  readonly drivers: readonly { readonly ending: string; readonly decisions: readonly Driver[] }[];
  readonly actions: readonly { readonly id: string; readonly count: number; readonly games: number }[];
  readonly events: readonly { readonly id: string; readonly count: number; readonly games: number }[];
  readonly states: readonly { readonly storyline: string; readonly state: string; readonly games: number }[];
  readonly meters: readonly { readonly id: string; readonly turns: readonly MeterSpread[] }[];
  readonly length: {
    readonly min: number;
    readonly median: number;
    readonly max: number;
    readonly mean: number;
    readonly histogram: readonly { readonly turns: number; readonly games: number }[];
  };
  readonly findings: readonly string[];
  readonly failures: readonly Failure[];
  readonly games?: readonly GameState[];
}

export interface Driver {
  /** An action id, or `event:response` for an answer. */
  readonly decision: string;
  readonly inEnding: number;
  readonly overall: number;
}

export interface MeterSpread {
  readonly turn: number;
  readonly games: number;
  readonly min: number;
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
}

/** Invariants every game must keep, plus the designer's own assertions. */
function brokenInvariant(scenario: Scenario, game: GameState): string | null {
  for (const meter of scenario.meters) {
    const value = game.meters[meter.id];
    if (value === undefined || value < meter.min || value > meter.max || !Number.isFinite(value)) {
      return `meter ${meter.id} is ${String(value)}, outside ${meter.min}..${meter.max}`;
    }
  }
  if (game.capital < 0 || game.capital > scenario.capital.max) return `capital is ${game.capital}`;
  for (const assertion of scenario.assertions) {
    if (!assertion.always.test(game)) return `assertion ${assertion.id} failed: ${assertion.message}`;
  }
  return null;
}

class InvariantError extends Error {
  constructor(
    readonly turn: number,
    message: string,
  ) {
    super(message);
  }
}

function playOne(scenario: Scenario, seed: number, player: FlowPlayer | null, policy: Policy, mode: string | undefined): GameState {
  const check = (game: GameState): void => {
    const broken = brokenInvariant(scenario, game);
    if (broken !== null) throw new InvariantError(game.ending?.turn ?? game.turn - 1, broken);
  };
  if (player !== null) return player.play({ seed, policy, mode }, check);
  const random = new PolicyRandom(seed);
  let game = newGame(scenario, seed, mode);
  for (let turn = 0; turn <= game.lastTurn; turn += 1) {
    game = beginTurn(scenario, game);
    const choice = policy.choose(scenario, game, random);
    game = resolveTurn(scenario, game, choice.actions, null, choice.answers);
    check(game);
    if (game.ending !== null) return game;
  }
  throw new InvariantError(game.turn, 'the game did not end when the calendar ran out');
}

/**
 * What a block of games tells, in a form that adds up exactly: counts, and per-turn histograms
 * of meter values. Blocks played apart (in worker threads) merge into the same report as one run.
 */
export interface Aggregate {
  readonly endings: Record<string, number>;
  /** endingDecisions[ending][decision]: games with that ending in which the decision was made at least once. */
  readonly endingDecisions: Record<string, Record<string, number>>;
  readonly decisions: Record<string, number>;
  readonly actions: Record<string, Counter>;
  readonly events: Record<string, Counter>;
  readonly states: Record<string, number>;
  /** meters[id][turn - 1][value - min]: how many games had that value after that turn. */
  readonly meters: Record<string, number[][]>;
  readonly lengths: Record<number, number>;
  readonly failures: Failure[];
  readonly games: GameState[];
}

function emptyAggregate(): Aggregate {
  return {
    endings: {},
    endingDecisions: {},
    decisions: {},
    actions: {},
    events: {},
    states: {},
    meters: {},
    lengths: {},
    failures: [],
    games: [],
  };
}

const bump = (record: Record<string, Counter>, id: string, count: number): void => {
  const counter = (record[id] ??= { count: 0, games: 0 });
  counter.count += count;
  counter.games += count > 0 ? 1 : 0;
};

/** The decisions a game made, each once: options taken, and answers as `event:response`. */
function decisionsOf(game: GameState): Set<string> {
  const made = new Set<string>();
  for (const record of game.turns) {
    for (const id of record.decisions) made.add(id);
    for (const [event, response] of Object.entries(record.answers)) made.add(`${event}:${response}`);
  }
  return made;
}

function addGame(scenario: Scenario, aggregate: Aggregate, game: GameState): void {
  const ending = game.ending?.id ?? '';
  aggregate.endings[ending] = (aggregate.endings[ending] ?? 0) + 1;
  const byEnding = (aggregate.endingDecisions[ending] ??= {});
  for (const decision of decisionsOf(game)) {
    byEnding[decision] = (byEnding[decision] ?? 0) + 1;
    aggregate.decisions[decision] = (aggregate.decisions[decision] ?? 0) + 1;
  }
  for (const action of scenario.actions) bump(aggregate.actions, action.id, game.taken[action.index]?.length ?? 0);
  for (const event of scenario.events) bump(aggregate.events, event.id, game.fired[event.index]?.length ?? 0);
  const entered = new Set<string>(scenario.storylines.map((line) => `${line.id}.${line.initial}`));
  for (const happening of game.chronicle) {
    if (happening.what.kind === 'storyline') entered.add(`${happening.what.id}.${happening.what.state}`);
  }
  for (const key of entered) aggregate.states[key] = (aggregate.states[key] ?? 0) + 1;
  aggregate.lengths[game.turns.length] = (aggregate.lengths[game.turns.length] ?? 0) + 1;
  for (const meter of scenario.meters) {
    const perTurn = (aggregate.meters[meter.id] ??= []);
    for (const record of game.turns) {
      const histogram = (perTurn[record.turn - 1] ??= new Array<number>(meter.max - meter.min + 1).fill(0));
      const slot = (record.metersAfter[meter.id] ?? meter.min) - meter.min;
      histogram[slot] = (histogram[slot] ?? 0) + 1;
    }
  }
}

/** Plays games `from` to `from + count - 1` of the run (seeds `options.seed + index`). */
export function runGames(scenario: Scenario, options: SimulationOptions, from: number, count: number): Aggregate {
  const policy = options.custom ?? policyByName(options.policy);
  const player = options.engine === 'flow' ? new FlowPlayer(scenario) : null;
  const aggregate = emptyAggregate();
  for (let run = from; run < from + count; run += 1) {
    const seed = (options.seed + run) >>> 0;
    try {
      const game = playOne(scenario, seed, player, policy, options.mode);
      if (options.keepGames === true) aggregate.games.push(game);
      addGame(scenario, aggregate, game);
    } catch (error) {
      aggregate.failures.push({
        seed,
        turn: error instanceof InvariantError ? error.turn : 0,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  player?.stop();
  return aggregate;
}

const addCounts = (into: Record<string, number>, from: Record<string, number>): void => {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
};

/** Adds block `b` to block `a`, in place: counts add, histograms add, lists concatenate. */
export function mergeInto(a: Aggregate, b: Aggregate): Aggregate {
  addCounts(a.endings, b.endings);
  addCounts(a.decisions, b.decisions);
  for (const [ending, counts] of Object.entries(b.endingDecisions)) addCounts((a.endingDecisions[ending] ??= {}), counts);
  addCounts(a.states, b.states);
  addCounts(a.lengths, b.lengths);
  for (const [target, source] of [
    [a.actions, b.actions],
    [a.events, b.events],
  ] as const) {
    for (const [id, counter] of Object.entries(source)) {
      const into = (target[id] ??= { count: 0, games: 0 });
      into.count += counter.count;
      into.games += counter.games;
    }
  }
  for (const [id, turns] of Object.entries(b.meters)) {
    const into = (a.meters[id] ??= []);
    turns.forEach((histogram, turn) => {
      const target = (into[turn] ??= new Array<number>(histogram.length).fill(0));
      histogram.forEach((count, slot) => (target[slot] = (target[slot] ?? 0) + count));
    });
  }
  a.failures.push(...b.failures);
  a.games.push(...b.games);
  return a;
}

/** The value below which `share` of the counted games fall, read from a histogram. */
function histogramPercentile(histogram: readonly number[], min: number, share: number): number {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  const target = Math.floor(share * (total - 1) + 0.5);
  let seen = 0;
  for (let slot = 0; slot < histogram.length; slot += 1) {
    seen += histogram[slot] ?? 0;
    if (seen > target) return min + slot;
  }
  return min + histogram.length - 1;
}

/** Turns an aggregate into the report designers read. */
export function reportFrom(scenario: Scenario, options: SimulationOptions, aggregate: Aggregate): SimulationReport {
  const played = options.runs - aggregate.failures.length;
  const findings: string[] = [];
  const endingRows = scenario.endings.map((ending) => {
    const count = aggregate.endings[ending.id] ?? 0;
    if (count === 0) findings.push(`ending ${ending.id} was never reached`);
    return { id: ending.id, count, share: played === 0 ? 0 : count / played };
  });
  const drivers = endingRows.map((row) => {
    const inEnding = aggregate.endingDecisions[row.id] ?? {};
    const decisions = Object.entries(inEnding)
      .map(([decision, games]) => ({
        decision,
        inEnding: row.count === 0 ? 0 : games / row.count,
        overall: played === 0 ? 0 : (aggregate.decisions[decision] ?? 0) / played,
      }))
      .filter((driver) => driver.inEnding >= 0.2 && driver.inEnding > driver.overall * 1.15)
      .sort((a, b) => b.inEnding - b.overall - (a.inEnding - a.overall) || a.decision.localeCompare(b.decision))
      .slice(0, 5);
    return { ending: row.id, decisions };
  });
  const actionRows = scenario.actions.map((action) => ({ id: action.id, ...(aggregate.actions[action.id] ?? { count: 0, games: 0 }) }));
  for (const row of actionRows) if (row.count === 0) findings.push(`action ${row.id} was never taken`);
  const eventRows = scenario.events.map((event) => ({ id: event.id, ...(aggregate.events[event.id] ?? { count: 0, games: 0 }) }));
  for (const row of eventRows) if (row.count === 0) findings.push(`event ${row.id} never fired`);
  const stateRows = scenario.storylines.flatMap((line) =>
    line.states.map((state) => ({ storyline: line.id, state: state.id, games: aggregate.states[`${line.id}.${state.id}`] ?? 0 })),
  );
  for (const row of stateRows) if (row.games === 0) findings.push(`storyline ${row.storyline} never reached ${row.state}`);
  const lengths = Object.entries(aggregate.lengths)
    .map(([turns, games]) => ({ turns: Number(turns), games }))
    .sort((a, b) => a.turns - b.turns);
  const allLengths = lengths.flatMap((row) => new Array<number>(row.games).fill(row.turns));
  const meanLength = allLengths.length === 0 ? 0 : allLengths.reduce((a, b) => a + b, 0) / allLengths.length;
  return {
    scenario: { id: scenario.id, version: scenario.version },
    runs: options.runs,
    seed: options.seed,
    policy: options.policy,
    engine: options.engine,
    mode: options.mode ?? null,
    endings: endingRows,
    drivers,
    actions: actionRows,
    events: eventRows,
    states: stateRows,
    meters: scenario.meters.map((meter) => ({
      id: meter.id,
      turns: (aggregate.meters[meter.id] ?? []).map((histogram, index) => {
        const games = histogram.reduce((sum, count) => sum + count, 0);
        const first = histogram.findIndex((count) => count > 0);
        const last = histogram.length - 1 - [...histogram].reverse().findIndex((count) => count > 0);
        return {
          turn: index + 1,
          games,
          min: meter.min + first,
          p10: histogramPercentile(histogram, meter.min, 0.1),
          median: histogramPercentile(histogram, meter.min, 0.5),
          p90: histogramPercentile(histogram, meter.min, 0.9),
          max: meter.min + last,
        };
      }),
    })),
    length: {
      min: allLengths[0] ?? 0,
      median: allLengths[Math.floor((allLengths.length - 1) / 2 + 0.5)] ?? 0,
      max: allLengths.at(-1) ?? 0,
      mean: Math.round(meanLength * 100) / 100,
      histogram: lengths,
    },
    findings,
    failures: aggregate.failures,
    ...(options.keepGames === true ? { games: aggregate.games } : {}),
  };
}

/** Plays `runs` seeded games (seeds seed, seed+1, ...) and reports what happened in them. */
export function simulate(scenario: Scenario, options: SimulationOptions): SimulationReport {
  return reportFrom(scenario, options, runGames(scenario, options, 0, options.runs));
}
