import { createStore } from 'zustand/vanilla';

export interface SelectionState {
  /** Actions picked for this turn, in the order they were picked: they resolve in that order. */
  readonly selected: readonly string[];
  readonly toggle: (id: string) => void;
  readonly clear: () => void;
}

/** The player's picks before committing: interface state, not game state, so it lives here. */
export function createSelectionStore() {
  return createStore<SelectionState>((set) => ({
    selected: [],
    toggle: (id) =>
      set((state) => ({
        selected: state.selected.includes(id) ? state.selected.filter((other) => other !== id) : [...state.selected, id],
      })),
    clear: () => set({ selected: [] }),
  }));
}

export type SelectionStore = ReturnType<typeof createSelectionStore>;
