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

/**
 * Player-facing text that can depend on the game: variants chosen by condition (the first whose
 * condition holds; the last has none), and {names} filled in with numbers (meters, capital, turn,
 * turns_left). Text that does neither is one variant and no slots.
 */
export interface RichText {
  readonly variants: readonly { readonly when: Condition | null; readonly text: Localized }[];
  /** The names in braces, in any variant: what must be recorded to show the text later as it read then. */
  readonly slots: readonly string[];
}

/** A chance: a probability, or an expression over the game (kept within 0..1 when it is read). */
export type Chance = Amount;

export type Effect =
  | { readonly kind: 'adjust'; readonly meter: string; readonly amount: Amount }
  | { readonly kind: 'set-meter'; readonly meter: string; readonly value: Amount }
  | { readonly kind: 'set-flag'; readonly flag: string; readonly value: boolean }
  | { readonly kind: 'capital'; readonly amount: number }
  | { readonly kind: 'schedule'; readonly event: string; readonly delay: number; readonly chance: Chance }
  | { readonly kind: 'chance'; readonly chance: Chance; readonly then: readonly Effect[]; readonly otherwise: readonly Effect[] }
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
  /** Lines drawn on the meter where something bites (an election cliff), with what happens there. */
  readonly marks: readonly MeterMark[];
}

export interface MeterMark {
  readonly at: number;
  readonly label: Localized;
  /** Which side of the line is the danger: 'below' for a cliff under which one falls, 'above' for a ceiling. */
  readonly danger: 'below' | 'above';
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

/** What a place is to the story: the player's own capital, the other side's, or somewhere else. */
export type PlaceRole = 'home' | 'counterpart' | 'other';

export interface PlaceDef {
  readonly id: string;
  readonly name: Localized;
  readonly lon: number;
  readonly lat: number;
  readonly role: PlaceRole;
}

/** The part of the world the board shows: a box in degrees. */
export interface MapView {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/** Who the player is: the debrief says "what <name> actually did" only when the scenario says who. */
export interface PlayerDef {
  readonly name: Localized;
  readonly actor: string | null;
}

export interface ActionDef {
  readonly id: string;
  /** Position in the scenario's list of actions: where the game state records it. */
  readonly index: number;
  readonly family: string;
  readonly cost: number;
  readonly title: Localized;
  readonly text: RichText;
  readonly available: Condition | null;
  /** How many times in one game; null means no limit. */
  readonly limit: number | null;
  readonly cooldown: number;
  readonly touches: readonly string[];
  readonly effects: readonly Effect[];
  /** The player's side really took this decision (for "your path vs what really happened"). */
  readonly historical: boolean;
  readonly sources: readonly Citation[];
  /** A standing move: always on the desk while open, apart from the hand and folded. */
  readonly standing: boolean;
  /** How strongly the moment calls for it: the hand is dealt from the highest. */
  readonly priority: Amount;
  /** Alternatives: once one of these is taken (or while one is picked) this one is closed. */
  readonly excludes: readonly string[];
  /** The same, as positions in the scenario's actions (where the game state records them). */
  readonly excludesAt: readonly number[];
}

/** How the turn's options are dealt: `size` options from what fits the moment, plus the standing moves. */
export interface HandRule {
  /** Null deals every open option (the format-2 menu). */
  readonly size: number | null;
}

/** One answer to an event that demands a decision. */
export interface ResponseDef {
  readonly id: string;
  readonly title: Localized;
  readonly text: RichText;
  readonly cost: number;
  readonly touches: readonly string[];
  readonly effects: readonly Effect[];
  readonly historical: boolean;
  readonly sources: readonly Citation[];
}

/** What an event asks of the player: a few answers, a deadline, and what happens if none is given. */
export interface DecisionDef {
  readonly prompt: Localized;
  readonly responses: readonly ResponseDef[];
  /** Turns after the one it fired on that the player may still answer (0: this turn). */
  readonly deadline: number;
  /** The response applied when the deadline passes unanswered. */
  readonly fallback: string;
}

export interface EventDef {
  readonly id: string;
  /** Position in the scenario's list of events: where the game state records it. */
  readonly index: number;
  /** Briefing events open a turn; resolution events react to the player's decisions. */
  readonly phase: 'briefing' | 'resolution';
  /** Null for events that only happen when an effect schedules them. */
  readonly when: Condition | null;
  readonly chance: Chance;
  readonly repeatable: boolean;
  readonly major: boolean;
  /** This really happened; false marks a what-if. */
  readonly historical: boolean;
  readonly title: Localized;
  readonly text: RichText;
  readonly actor?: string;
  readonly effects: readonly Effect[];
  readonly sources: readonly Citation[];
  /** A question the event puts to the player, or null for news that asks nothing. */
  readonly decision: DecisionDef | null;
}

export interface StorylineTransition {
  readonly to: string;
  readonly when: Condition | null;
  readonly chance: Chance;
}

export interface StorylineStateDef {
  readonly id: string;
  readonly label: Localized;
  readonly text?: RichText;
  /** On the storyline's file while it is in this state: what moves it, in the scenario's words. */
  readonly hint: Localized | null;
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
  /** Shown on the desk as a file (its state, what moves it); null keeps it behind the scenes. */
  readonly file: { readonly summary: Localized | null } | null;
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
  readonly text: RichText;
  readonly sources: readonly Citation[];
}

/** After the ending, what became of one stakeholder: text that depends on the state reached. */
export interface EpilogueDef {
  readonly id: string;
  readonly label: Localized;
  readonly text: RichText;
}

/**
 * A part of the cabinet a group of students can play (the PMO, Global Affairs, an opposition
 * critic): a private brief, and the interests it is judged by at the end.
 */
export interface RoleDef {
  readonly id: string;
  readonly name: Localized;
  readonly brief: Localized;
  readonly interests: readonly { readonly label: Localized; readonly when: Condition }[];
}

/** An adviser's memo, on the desk while its condition holds. */
export interface MemoDef {
  readonly id: string;
  readonly from: string;
  readonly when: Condition | null;
  readonly title: Localized;
  readonly text: RichText;
  readonly sources: readonly Citation[];
}

/** A length of game: its own calendar over the same story (a class period, or the full six months). */
export interface ModeDef {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized | null;
  /** The opening date of each turn, turn 1 first, and the day after the last turn ends. */
  readonly turnDates: readonly string[];
  readonly endDate: string;
  /** Each turn's place in the calendar, worked out by the loader: the rules do no date arithmetic. */
  readonly calendar: readonly TurnCalendar[];
}

export interface TurnCalendar {
  readonly opens: string;
  /** The last day the turn covers. */
  readonly closes: string;
  /** Days from the scenario's start to the opening, and days the turn covers. */
  readonly day: number;
  readonly span: number;
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

/**
 * What the player predicts on a turn: one track of reactions (Beijing's, the allies', the
 * public's), its question and options. A scenario can declare several; each turn asks about the
 * first whose `when` holds when the player decides, so the player is told what is being predicted.
 */
export interface PredictionDef {
  readonly id: string;
  readonly when: Condition | null;
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
  readonly player: PlayerDef | null;
  readonly startDate: string;
  /** The lengths of game on offer; the first is the default. Each has its own calendar. */
  readonly modes: readonly ModeDef[];
  readonly capital: CapitalRule;
  readonly hand: HandRule;
  readonly map: MapView | null;
  readonly meters: readonly MeterDef[];
  readonly flags: readonly FlagDef[];
  readonly actors: readonly ActorDef[];
  readonly places: readonly PlaceDef[];
  readonly families: readonly FamilyDef[];
  readonly actions: readonly ActionDef[];
  readonly events: readonly EventDef[];
  readonly storylines: readonly StorylineDef[];
  readonly endings: readonly EndingDef[];
  readonly epilogues: readonly EpilogueDef[];
  readonly roles: readonly RoleDef[];
  readonly memos: readonly MemoDef[];
  readonly assertions: readonly AssertionDef[];
  readonly predictions: readonly PredictionDef[];
  readonly debrief: DebriefDef;
  readonly sources: readonly SourceRef[];
}
