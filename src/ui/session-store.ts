import { createStore } from 'zustand/vanilla';
import type { Diagnostic } from '../content';
import type { GameState, Scenario } from '../engine';
import type { CrisisEvent, TurnPhase } from '../flow';

export type Screen = 'loading' | 'title' | 'desk' | 'ending' | 'scenario-error';

/** What the view may ask for. The app implements these; the view never touches the actor. */
export interface SessionCommands {
  send(event: CrisisEvent): void;
  startGame(): void;
  resumeGame(): void;
  backToTitle(): void;
}

export interface SessionState {
  readonly screen: Screen;
  readonly scenario: Scenario | null;
  readonly game: GameState | null;
  readonly phase: TurnPhase | null;
  /** Checker findings for the scenario: errors block play; warnings are shown to designers. */
  readonly diagnostics: readonly Diagnostic[];
  readonly savedTurn: number | null;
  readonly commands: SessionCommands;
}

const noCommands: SessionCommands = {
  send: () => undefined,
  startGame: () => undefined,
  resumeGame: () => undefined,
  backToTitle: () => undefined,
};

/** The only bridge between the turn-flow actor and the view: the app writes it, scenes and DOM read it. */
export function createSessionStore() {
  return createStore<SessionState>(() => ({
    screen: 'loading',
    scenario: null,
    game: null,
    phase: null,
    diagnostics: [],
    savedTurn: null,
    commands: noCommands,
  }));
}

export type SessionStore = ReturnType<typeof createSessionStore>;
