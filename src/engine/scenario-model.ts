import type { Expr } from './expression';
import type { GameState } from './game-state';

/** Player-facing text by language code ("en", "fr"). */
export type Localized = Readonly<Record<string, string>>;

/** A condition or amount as written, its parsed tree, and the closure that evaluates it. */
export interface Condition {
  readonly source: string;
  readonly expr: Expr;
  readonly test: (game: GameState) => boolean;
}

export interface Amount {
  readonly source: string;
  readonly expr: Expr;
  readonly value: (game: GameState) => number;
}

export type Effect =
  | { readonly kind: 'adjust'; readonly meter: string; readonly amount: Amount }
  | { readonly kind: 'set-meter'; readonly meter: string; readonly value: Amount }
  | { readonly kind: 'set-flag'; readonly flag: string; readonly value: boolean }
  | { readonly kind: 'capital'; readonly amount: number }
  | { readonly kind: 'schedule'; readonly event: string; readonly delay: number; readonly chance: number }
  | { readonly kind: 'chance'; readonly chance: number; readonly then: readonly Effect[]; readonly otherwise: readonly Effect[] }
  | { readonly kind: 'if'; readonly condition: Condition; readonly then: readonly Effect[]; readonly otherwise: readonly Effect[] };

/** Where a piece of content comes from: a source, and optionally where in it. */
export interface Citation {
  readonly id: string;
  readonly at?: string;
}

export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly date?: string;
  readonly note?: string;
}

export interface MeterDef {
  readonly id: string;
  readonly label: Localized;
  readonly min: number;
  readonly max: number;
  readonly start: number;
  /** Which way is good for the player: drives colour, arrows and the greedy play-tester. */
  readonly better: 'higher' | 'lower';
  /** Named rungs make a meter an escalation ladder: value i is rung i. */
  readonly rungs: readonly Localized[];
  /** What the meter stands for, shown in the help so players know what they are steering. */
  readonly description: Localized | null;
}

export interface FlagDef {
  readonly id: string;
  readonly start: boolean;
  readonly label?: Localized;
}

export interface ActorDef {
  readonly id: string;
  readonly name: Localized;
  readonly role: Localized;
  /** A stakeholder is shown on action cards ("touches") and in reactions. */
  readonly stakeholder: boolean;
  readonly place?: string;
}

export interface FamilyDef {
  readonly id: string;
  readonly label: Localized;
}

export interface PlaceDef {
  readonly id: string;
  readonly name: Localized;
  readonly lon: number;
  readonly lat: number;
}

export interface ActionDef {
  readonly id: string;
  /** Position in the scenario's list of actions: where the game state records it. */
  readonly index: number;
  readonly family: string;
  readonly cost: number;
  readonly title: Localized;
  readonly text: Localized;
  readonly available: Condition | null;
  /** How many times in one game; null means no limit. */
  readonly limit: number | null;
  readonly cooldown: number;
  readonly touches: readonly string[];
  readonly effects: readonly Effect[];
  /** Ottawa really took this decision (for "your path vs what really happened"). */
  readonly historical: boolean;
  readonly sources: readonly Citation[];
}

export interface EventDef {
  readonly id: string;
  /** Position in the scenario's list of events: where the game state records it. */
  readonly index: number;
  /** Briefing events open a turn; resolution events react to the player's decisions. */
  readonly phase: 'briefing' | 'resolution';
  /** Null for events that only happen when an effect schedules them. */
  readonly when: Condition | null;
  readonly chance: number;
  readonly repeatable: boolean;
  readonly major: boolean;
  /** This really happened; false marks a what-if. */
  readonly historical: boolean;
  readonly title: Localized;
  readonly text: Localized;
  readonly actor?: string;
  readonly effects: readonly Effect[];
  readonly sources: readonly Citation[];
}

export interface StorylineTransition {
  readonly to: string;
  readonly when: Condition | null;
  readonly chance: number;
}

export interface StorylineStateDef {
  readonly id: string;
  readonly label: Localized;
  readonly text?: Localized;
  readonly final: boolean;
  readonly major: boolean;
  readonly historical: boolean;
  readonly entry: readonly Effect[];
  readonly transitions: readonly StorylineTransition[];
  readonly sources: readonly Citation[];
}

export interface StorylineDef {
  readonly id: string;
  readonly label: Localized;
  readonly initial: string;
  readonly states: readonly StorylineStateDef[];
}

export interface EndingDef {
  readonly id: string;
  readonly when: Condition | null;
  readonly priority: number;
  /** Only considered once the calendar has run out. */
  readonly atEnd: boolean;
  readonly tone: 'good' | 'mixed' | 'bad';
  readonly historical: boolean;
  readonly title: Localized;
  readonly text: Localized;
  readonly sources: readonly Citation[];
}

/** An adviser's memo, on the desk while its condition holds. */
export interface MemoDef {
  readonly id: string;
  readonly from: string;
  readonly when: Condition | null;
  readonly title: Localized;
  readonly text: Localized;
  readonly sources: readonly Citation[];
}

/** A designer's invariant: must hold after every turn, or the play-tester reports the game. */
export interface AssertionDef {
  readonly id: string;
  readonly always: Condition;
  readonly message: string;
}

export interface PredictionOption {
  readonly id: string;
  readonly label: Localized;
  /** True of the state after resolution when this option was the right call. */
  readonly when: Condition | null;
}

export interface PredictionDef {
  readonly question: Localized;
  readonly options: readonly PredictionOption[];
}

export interface HistoryEntry {
  readonly family: string;
  readonly date: string;
  readonly text: Localized;
  readonly sources: readonly Citation[];
}

export interface DebriefDef {
  readonly history: readonly HistoryEntry[];
  readonly questions: readonly Localized[];
  readonly contentNotes: readonly Localized[];
}

export interface CapitalRule {
  readonly label: Localized;
  readonly start: number;
  readonly perTurn: Amount;
  readonly max: number;
}

/** A loaded, validated scenario with every condition compiled: what the engine runs. */
export interface Scenario {
  readonly format: number;
  readonly id: string;
  readonly version: string;
  readonly languages: readonly string[];
  readonly title: Localized;
  readonly summary: Localized;
  readonly role: Localized;
  readonly startDate: string;
  readonly turns: number;
  readonly daysPerTurn: number;
  /** The opening date of each turn, turn 1 first. */
  readonly turnDates: readonly string[];
  readonly capital: CapitalRule;
  readonly meters: readonly MeterDef[];
  readonly flags: readonly FlagDef[];
  readonly actors: readonly ActorDef[];
  readonly places: readonly PlaceDef[];
  readonly families: readonly FamilyDef[];
  readonly actions: readonly ActionDef[];
  readonly events: readonly EventDef[];
  readonly storylines: readonly StorylineDef[];
  readonly endings: readonly EndingDef[];
  readonly memos: readonly MemoDef[];
  readonly assertions: readonly AssertionDef[];
  readonly prediction: PredictionDef | null;
  readonly debrief: DebriefDef;
  readonly sources: readonly SourceRef[];
}
