import { createStore } from 'zustand/vanilla';
import { LIMITS } from '../engine/limits';

export type PanelName = 'settings' | 'help' | 'saves';

export interface PanelState {
  /** The dialog open over the current screen, if any. */
  readonly open: PanelName | null;
  /** How many of this turn's consequences have been revealed in the resolution sequence. */
  readonly revealed: number;
  /** Class votes typed in by the teacher in projector mode, per action. */
  readonly votes: Readonly<Record<string, number>>;
  /** A message for the player that is not tied to a screen (a failed save, a bad file). */
  readonly notice: { readonly kind: 'info' | 'error'; readonly text: string } | null;
  /** The player's answers to the debrief's discussion questions (exported and printed with the report). */
  readonly answers: readonly string[];
  /** Optional: a name or initials for the teacher, recorded in exports. */
  readonly playerName: string;
  /** Print the turn-by-turn details with the report (a second, optional part). */
  readonly printDetails: boolean;
  readonly setPrintDetails: (on: boolean) => void;
  /** The part of the cabinet the player (or their group) plays, if the class plays in roles. */
  readonly role: string | null;
  readonly chooseRole: (role: string | null) => void;
  /** The length of game picked on the title screen (a mode id), or null for the scenario's first. */
  readonly mode: string | null;
  readonly chooseMode: (mode: string | null) => void;
  /** The places on the map an option or answer under the pointer (or focus) touches: the board lights them. */
  readonly lit: readonly string[];
  readonly light: (places: readonly string[]) => void;
  readonly show: (panel: PanelName | null) => void;
  readonly reveal: (count: number) => void;
  readonly vote: (action: string, count: number) => void;
  readonly clearVotes: () => void;
  readonly notify: (notice: PanelState['notice']) => void;
  readonly answer: (index: number, text: string) => void;
  readonly resetForNewGame: () => void;
  readonly setPlayerName: (name: string) => void;
}

/** Interface state around the game: open dialogs, the reveal sequence, class votes, notices. */
export function createPanelStore() {
  return createStore<PanelState>((set) => ({
    open: null,
    revealed: 0,
    votes: {},
    notice: null,
    answers: [],
    playerName: '',
    printDetails: false,
    setPrintDetails: (printDetails) => set({ printDetails }),
    role: null,
    chooseRole: (role) => set({ role }),
    mode: null,
    chooseMode: (mode) => set({ mode }),
    lit: [],
    light: (lit) => set((state) => (state.lit.join() === lit.join() ? {} : { lit })),
    show: (open) => set({ open }),
    reveal: (revealed) => set({ revealed }),
    vote: (action, count) => set((state) => ({ votes: { ...state.votes, [action]: Math.max(0, Math.min(999, Math.round(count))) } })),
    clearVotes: () => set({ votes: {} }),
    notify: (notice) => set({ notice }),
    answer: (index, text) =>
      set((state) => {
        if (!Number.isInteger(index) || index < 0 || index >= LIMITS.answers) return {};
        // Never a hole: a question skipped before this one is an empty answer, not a missing one.
        const answers = Array.from({ length: Math.max(state.answers.length, index + 1) }, (_, at) =>
          at === index ? text.slice(0, LIMITS.answer) : (state.answers[at] ?? ''),
        );
        return { answers };
      }),
    resetForNewGame: () => set({ open: null, revealed: 0, votes: {}, answers: [] }),
    setPlayerName: (playerName) => set({ playerName: playerName.slice(0, LIMITS.playerName) }),
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;
