import type { GameState, Scenario } from '../engine';
import { beginTurn, newGame, resolveTurn } from '../engine';
import type { CrisisMachine } from '../flow';
import { FlowPlayer } from './play-game';
import { policyByName, type Policy, type PolicyName } from './policies';
import { PolicyRandom } from './policy-random';

export interface SimulationOptions {
  readonly runs: number;
  readonly seed: number;
  readonly policy: PolicyName;
  /** 'loop' plays the engine's rules directly; 'flow' plays them through the XState turn flow. Both give the same games. */
  readonly engine: 'loop' | 'flow';
  /** Needed for engine 'flow'. */
  readonly machine?: CrisisMachine | undefined;
  /** A policy of the caller's own (the balance report's single-minded strategies) instead of a named one. */
  readonly custom?: Policy | undefined;
  /** Keep every finished game in the report (for small runs only). */
  readonly keepGames?: boolean | undefined;
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
  readonly endings: readonly { readonly id: string; readonly count: number; readonly share: number }[];
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

function playOne(scenario: Scenario, seed: number, player: FlowPlayer | null, policy: Policy): GameState {
  const check = (game: GameState): void => {
    const broken = brokenInvariant(scenario, game);
    if (broken !== null) throw new InvariantError(game.ending?.turn ?? game.turn - 1, broken);
  };
  if (player !== null) return player.play({ seed, policy }, check);
  const random = new PolicyRandom(seed);
  let game = newGame(scenario, seed);
  for (let turn = 0; turn <= scenario.turns; turn += 1) {
    game = beginTurn(scenario, game);
    game = resolveTurn(scenario, game, policy.choose(scenario, game, random));
    check(game);
    if (game.ending !== null) return game;
  }
  throw new InvariantError(game.turn, 'the game did not end when the calendar ran out');
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * (sorted.length - 1) + 0.5))] ?? 0;
}

const bump = (map: Map<string, Counter>, id: string, count: number): void => {
  const counter = map.get(id) ?? { count: 0, games: 0 };
  counter.count += count;
  counter.games += count > 0 ? 1 : 0;
  map.set(id, counter);
};

/** Plays `runs` seeded games (seeds seed, seed+1, ...) and aggregates what happened in them. */
export function simulate(scenario: Scenario, options: SimulationOptions): SimulationReport {
  const policy = options.custom ?? policyByName(options.policy);
  const games: GameState[] = [];
  const player = options.engine === 'flow' && options.machine !== undefined ? new FlowPlayer(options.machine, scenario) : null;
  const endings = new Map<string, number>();
  const actions = new Map<string, Counter>();
  const events = new Map<string, Counter>();
  const states = new Map<string, number>();
  const meterValues = new Map<string, number[][]>();
  const lengths: number[] = [];
  const failures: Failure[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const seed = (options.seed + run) >>> 0;
    let game: GameState;
    try {
      game = playOne(scenario, seed, player, policy);
    } catch (error) {
      failures.push({
        seed,
        turn: error instanceof InvariantError ? error.turn : 0,
        message: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    if (options.keepGames === true) games.push(game);
    endings.set(game.ending?.id ?? '', (endings.get(game.ending?.id ?? '') ?? 0) + 1);
    for (const action of scenario.actions) bump(actions, action.id, game.taken[action.id]?.length ?? 0);
    for (const event of scenario.events) bump(events, event.id, game.fired[event.id]?.length ?? 0);
    const entered = new Set(game.chronicle.flatMap((h) => (h.what.kind === 'storyline' ? [`${h.what.id}\u0000${h.what.state}`] : [])));
    for (const line of scenario.storylines) entered.add(`${line.id}\u0000${line.initial}`);
    for (const key of entered) states.set(key, (states.get(key) ?? 0) + 1);
    lengths.push(game.turns.length);
    for (const record of game.turns) {
      for (const meter of scenario.meters) {
        const perTurn = meterValues.get(meter.id) ?? [];
        (perTurn[record.turn - 1] ??= []).push(record.metersAfter[meter.id] ?? 0);
        meterValues.set(meter.id, perTurn);
      }
    }
  }
  player?.stop();
  const played = options.runs - failures.length;
  const sortedLengths = [...lengths].sort((a, b) => a - b);
  const findings: string[] = [];
  const endingRows = scenario.endings.map((ending) => {
    const count = endings.get(ending.id) ?? 0;
    if (count === 0) findings.push(`ending ${ending.id} was never reached`);
    return { id: ending.id, count, share: played === 0 ? 0 : count / played };
  });
  const actionRows = scenario.actions.map((action) => ({ id: action.id, ...(actions.get(action.id) ?? { count: 0, games: 0 }) }));
  for (const row of actionRows) if (row.count === 0) findings.push(`action ${row.id} was never taken`);
  const eventRows = scenario.events.map((event) => ({ id: event.id, ...(events.get(event.id) ?? { count: 0, games: 0 }) }));
  for (const row of eventRows) if (row.count === 0) findings.push(`event ${row.id} never fired`);
  const stateRows = scenario.storylines.flatMap((line) =>
    line.states.map((state) => ({ storyline: line.id, state: state.id, games: states.get(`${line.id}\u0000${state.id}`) ?? 0 })),
  );
  for (const row of stateRows) if (row.games === 0) findings.push(`storyline ${row.storyline} never reached ${row.state}`);
  const histogram = new Map<number, number>();
  for (const length of lengths) histogram.set(length, (histogram.get(length) ?? 0) + 1);
  return {
    scenario: { id: scenario.id, version: scenario.version },
    runs: options.runs,
    seed: options.seed,
    policy: options.policy,
    engine: options.engine,
    endings: endingRows,
    actions: actionRows,
    events: eventRows,
    states: stateRows,
    meters: scenario.meters.map((meter) => ({
      id: meter.id,
      turns: (meterValues.get(meter.id) ?? []).map((values, index) => {
        const sorted = [...values].sort((a, b) => a - b);
        return {
          turn: index + 1,
          games: sorted.length,
          min: sorted[0] ?? 0,
          p10: percentile(sorted, 0.1),
          median: percentile(sorted, 0.5),
          p90: percentile(sorted, 0.9),
          max: sorted.at(-1) ?? 0,
        };
      }),
    })),
    length: {
      min: sortedLengths[0] ?? 0,
      median: percentile(sortedLengths, 0.5),
      max: sortedLengths.at(-1) ?? 0,
      mean: lengths.length === 0 ? 0 : Math.round((lengths.reduce((a, b) => a + b, 0) / lengths.length) * 100) / 100,
      histogram: [...histogram.entries()].sort((a, b) => a[0] - b[0]).map(([turns, games]) => ({ turns, games })),
    },
    findings,
    failures,
    ...(options.keepGames === true ? { games } : {}),
  };
}
