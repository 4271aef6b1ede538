import { createStore } from 'zustand/vanilla';

export interface SelectionState {
  /** Options picked for this turn, in the order they were picked: they resolve in that order. */
  readonly selected: readonly string[];
  /** Answers chosen for the questions on the desk, by event. */
  readonly answers: Readonly<Record<string, string>>;
  readonly toggle: (id: string) => void;
  /** Chooses a response to a question; the same response again takes the answer back. */
  readonly answer: (event: string, response: string) => void;
  readonly clear: () => void;
}

/** The player's picks and answers before committing: interface state, not game state, so it lives here. */
export function createSelectionStore() {
  return createStore<SelectionState>((set) => ({
    selected: [],
    answers: {},
    toggle: (id) =>
      set((state) => ({
        selected: state.selected.includes(id) ? state.selected.filter((other) => other !== id) : [...state.selected, id],
      })),
    answer: (event, response) =>
      set((state) => {
        if (state.answers[event] === response) {
          const { [event]: _dropped, ...rest } = state.answers;
          return { answers: rest };
        }
        return { answers: { ...state.answers, [event]: response } };
      }),
    clear: () => set({ selected: [], answers: {} }),
  }));
}

export type SelectionStore = ReturnType<typeof createSelectionStore>;
