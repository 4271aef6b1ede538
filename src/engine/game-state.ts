/**
 * Why something happened. Every change the engine applies carries one, so the game and the
 * reports can answer "why?" and point back to the turn and the decision behind it.
 */
export type Cause =
  | { readonly kind: 'action'; readonly action: string; readonly turn: number }
  | { readonly kind: 'event'; readonly event: string; readonly turn: number }
  | { readonly kind: 'storyline'; readonly storyline: string; readonly state: string; readonly turn: number }
  | { readonly kind: 'scheduled'; readonly event: string; readonly turn: number; readonly origin: Cause }
  | { readonly kind: 'calendar'; readonly turn: number }
  /** The player's answer to an event's question; `defaulted` when the deadline passed with none. */
  | { readonly kind: 'response'; readonly event: string; readonly response: string; readonly turn: number; readonly defaulted: boolean };

export type Change =
  | { readonly kind: 'meter'; readonly meter: string; readonly from: number; readonly to: number }
  | { readonly kind: 'flag'; readonly flag: string; readonly to: boolean }
  | { readonly kind: 'capital'; readonly delta: number }
  | { readonly kind: 'schedule'; readonly event: string; readonly dueTurn: number };

/** One part of a condition that was true when something fired, with the value it had then. */
export type Fact =
  | { readonly kind: 'meter'; readonly meter: string; readonly op: '<' | '<=' | '>' | '>='; readonly limit: number; readonly value: number }
  | { readonly kind: 'flag'; readonly flag: string }
  | { readonly kind: 'state'; readonly storyline: string; readonly state: string }
  | { readonly kind: 'taken'; readonly action: string }
  | { readonly kind: 'answer'; readonly event: string; readonly response: string }
  | { readonly kind: 'fired'; readonly event: string };

/** What made a happening fire on its own: recorded when it fired, so "Why?" need not rebuild the past. */
export interface Trigger {
  readonly facts: readonly Fact[];
  /** The odds it had (1 when it was certain once its condition held). */
  readonly chance: number;
  /** Its condition is about the calendar alone: it was due on that date. */
  readonly dated: boolean;
  /** For a storyline step: the state it left and the transition taken (its place in that state's list). */
  readonly from?: string;
  readonly transition?: number;
  /**
   * For a storyline step: the gambles listed before the move taken whose condition held but whose
   * chance did not come up (a lost election is told as the re-election chance that failed).
   */
  readonly missed?: readonly {
    readonly to: string;
    readonly chance: number;
    /** The meters the chance was drawn from, with their values then. */
    readonly meters: Readonly<Record<string, number>>;
  }[];
}

/** One thing that happened: an action taken, an event fired, a storyline moved, the game ended. */
export interface Happening {
  readonly turn: number;
  readonly phase: 'briefing' | 'resolution';
  readonly what: HappeningSubject;
  readonly cause: Cause;
  readonly changes: readonly Change[];
  /** Why it fired, when it fired on a condition (events, storyline steps, the ending). */
  readonly trigger?: Trigger;
  /** How its text read when it happened: the variant chosen and the numbers filled in. */
  readonly shown?: ShownText;
}

/** Text as it read at a moment: which variant held, and the values of its {names}. */
export interface ShownText {
  readonly variant: number;
  readonly values: Readonly<Record<string, number>>;
}

export type HappeningSubject =
  | { readonly kind: 'action'; readonly id: string }
  | { readonly kind: 'event'; readonly id: string }
  | { readonly kind: 'storyline'; readonly id: string; readonly state: string }
  | { readonly kind: 'response'; readonly event: string; readonly response: string }
  | { readonly kind: 'ending'; readonly id: string };

/** A question an event put to the player, waiting for an answer. */
export interface Asked {
  readonly event: string;
  /** The turn it was asked on, and the last turn on which it can be answered. */
  readonly turn: number;
  readonly due: number;
}

/** A delayed consequence waiting for its turn. */
export interface Scheduled {
  readonly event: string;
  readonly dueTurn: number;
  /** The chance it happens when it falls due (a chance written as an expression is read when it is scheduled). */
  readonly chance: number;
  readonly origin: Cause;
}

export interface Prediction {
  readonly option: string;
  readonly reason: string;
}

export interface TurnRecord {
  readonly turn: number;
  /** The actions that were open to the player (the hand and the standing moves): the roads not taken come from here. */
  readonly offered: readonly string[];
  readonly decisions: readonly string[];
  /** The player's answers to events' questions this turn, by event (defaults, which follow from the rules, are not here). */
  readonly answers: Readonly<Record<string, string>>;
  /** The track asked about, the option predicted and the one that turned out right. */
  readonly prediction: (Prediction & { readonly track: string; readonly correct: string | null }) | null;
  /** Meters when the turn opened (before storylines and news) and after it resolved. */
  readonly metersBefore: Readonly<Record<string, number>>;
  readonly metersAfter: Readonly<Record<string, number>>;
}

/** The whole game, as plain serialisable data. Engine functions never mutate it. */
export interface GameState {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seed: number;
  /** The random generator's state; every draw returns a new one. */
  readonly rng: number;
  /** The length of game being played (a mode of the scenario), and its last turn. */
  readonly mode: string;
  readonly lastTurn: number;
  readonly turn: number;
  /** Days from the scenario's start to this turn's opening, and how many days this turn covers. */
  readonly day: number;
  readonly span: number;
  readonly capital: number;
  readonly meters: Readonly<Record<string, number>>;
  readonly metersAtTurnStart: Readonly<Record<string, number>>;
  readonly flags: Readonly<Record<string, boolean>>;
  readonly storylines: Readonly<Record<string, string>>;
  /** The turn on which each storyline entered its current state (0 for the initial state). */
  readonly storylinesSince: Readonly<Record<string, number>>;
  /**
   * The turns on which each action was taken, in the order of the scenario's actions (and each
   * event fired, in the order of its events). Arrays rather than records by id: they are copied
   * at every step, and copying a list is many times cheaper than copying a record of thirty
   * names, which is what lets the play-tester run ten thousand games in seconds. Read them by id
   * with `turnsTaken` and `turnsFired`.
   */
  readonly taken: readonly (readonly number[])[];
  readonly fired: readonly (readonly number[])[];
  readonly scheduled: readonly Scheduled[];
  /** The options dealt for this turn (standing moves apart): the only non-standing ones the player may take. */
  readonly hand: readonly string[];
  /** Questions put to the player that are still open. */
  readonly asked: readonly Asked[];
  /** How each question that was settled was answered (the default, when the player gave none), by event. */
  readonly answered: Readonly<Record<string, string>>;
  readonly chronicle: readonly Happening[];
  readonly turns: readonly TurnRecord[];
  readonly ending: { readonly id: string; readonly turn: number } | null;
}
