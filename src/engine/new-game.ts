import type { GameState } from './game-state';
import type { Scenario } from './scenario-model';
import { calendarAt, modeById } from './calendar';
import { seedToRng } from './rng';

const NEVER: readonly number[] = Object.freeze([]);

/** The state before the first turn opens, in a length of game (the scenario's first when omitted). Call `beginTurn` next. */
export function newGame(scenario: Scenario, seed: number, modeId: string = scenario.modes[0]?.id ?? ''): GameState {
  const mode = modeById(scenario, modeId);
  const meters: Record<string, number> = {};
  for (const meter of scenario.meters) meters[meter.id] = meter.start;
  const flags: Record<string, boolean> = {};
  for (const flag of scenario.flags) flags[flag.id] = flag.start;
  const storylines: Record<string, string> = {};
  const storylinesSince: Record<string, number> = {};
  for (const line of scenario.storylines) {
    storylines[line.id] = line.initial;
    storylinesSince[line.id] = 0;
  }
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: seed >>> 0,
    rng: seedToRng(seed),
    mode: mode.id,
    lastTurn: mode.turnDates.length,
    turn: 1,
    ...calendarAt(scenario, mode, 1),
    capital: scenario.capital.start,
    meters,
    metersAtTurnStart: { ...meters },
    flags,
    storylines,
    storylinesSince,
    taken: scenario.actions.map(() => NEVER),
    fired: scenario.events.map(() => NEVER),
    scheduled: [],
    hand: [],
    asked: [],
    answered: {},
    chronicle: [],
    turns: [],
    ending: null,
  };
}
