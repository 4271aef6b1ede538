import { createStore } from 'zustand/vanilla';
import type { Diagnostic } from '../content';
import type { GameState, Scenario } from '../engine';
import type { TurnPhase } from '../flow';
import type { StudentGame } from './class-results';

export type Screen =
  | 'loading'
  | 'title'
  | 'desk'
  | 'ending'
  | 'scenario-error'
  | 'teacher'
  | 'results'
  | 'roles'
  | 'replay'
  | 'class-error'
  | 'live'
  | 'live-teacher';

/** How many named save slots the game offers. */
export const SLOT_COUNT = 3;

/** A scenario the title screen can offer. */
export interface CatalogItem {
  readonly id: string;
  readonly title: string;
  /** Its lengths of game, in the page's language. */
  readonly modes: readonly { readonly id: string; readonly label: string; readonly description: string; readonly turns: number }[];
}

/** A game re-opened from an export, shown turn by turn. */
export interface ReplayState {
  readonly label: string;
  readonly index: number;
  readonly total: number;
  readonly atDecision: readonly GameState[];
  readonly final: GameState;
}

/** What a save slot holds, for the saved-games dialog. */
export interface SlotSummary {
  readonly slot: number;
  readonly name: string;
  readonly turn: number;
  readonly savedAt: string;
}

export interface SessionState {
  readonly screen: Screen;
  readonly scenario: Scenario | null;
  readonly game: GameState | null;
  readonly phase: TurnPhase | null;
  /** Checker findings for the scenario: errors block play; warnings are shown to designers. */
  readonly diagnostics: readonly Diagnostic[];
  readonly savedTurn: number | null;
  /** The autosave is a finished game: the title offers its debrief rather than a turn. */
  readonly savedEnded: boolean;
  readonly slots: readonly (SlotSummary | null)[];
  readonly catalog: readonly CatalogItem[];
  /** The file a scenario came from, when the player loaded their own. */
  readonly customFile: string | null;
  /** Class results: the verified games, and the files that could not be used, with why. */
  readonly classGames: readonly StudentGame[];
  readonly rejected: readonly { readonly name: string; readonly reason: string }[];
  readonly replay: ReplayState | null;
  /** Why a class link could not be used. */
  readonly classProblem: string | null;
  /** The class code the page was opened with: a student's view (the class chose the scenario and its length). */
  readonly classCode: string | null;
}

/**
 * What the game shows, as the app last wrote it: scenes and DOM read it and never write it. The
 * game and its phase have one writer, the game controller; a replayed game lives in `replay`.
 */
export function createSessionStore() {
  return createStore<SessionState>(() => ({
    screen: 'loading',
    scenario: null,
    game: null,
    phase: null,
    diagnostics: [],
    savedTurn: null,
    savedEnded: false,
    slots: [],
    catalog: [],
    customFile: null,
    classGames: [],
    rejected: [],
    replay: null,
    classProblem: null,
    classCode: null,
  }));
}

export type SessionStore = ReturnType<typeof createSessionStore>;
