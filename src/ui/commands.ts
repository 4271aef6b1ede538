import type { CrisisEvent } from '../flow';

/** A file the player dropped or chose, as the page read it: its text, or null when it was too large to read. */
export interface DroppedFile {
  readonly name: string;
  readonly bytes: number;
  readonly text: string | null;
}

/**
 * What the view may ask for. The app implements these and hands them to the view with its
 * context: the view never touches the actor, and no command lives in store state.
 */
export interface Commands {
  send(event: CrisisEvent): void;
  startGame(): void;
  resumeGame(): void;
  backToTitle(): void;
  saveToSlot(slot: number, name: string): void;
  loadSlot(slot: number): void;
  deleteSlot(slot: number): void;
  /** Checks a scenario file the player dropped or chose, and plays it if it loads (an export opens its replay). */
  openFile(file: DroppedFile): void;
  /** Switches to another shipped scenario. */
  chooseScenario(id: string): void;
  printReport(): void;
  exportGame(): void;
  /** Class results: verify and add students' export files; clear them. */
  addExports(files: readonly DroppedFile[]): void;
  clearResults(): void;
  /** Downloads the class results as a spreadsheet. */
  exportClassCsv(): void;
  replayStudent(index: number): void;
  /** Moves the replay one turn back or forward (past the last turn: the ending). */
  replayStep(delta: number): void;
}
