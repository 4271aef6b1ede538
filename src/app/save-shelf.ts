import type { StringKey } from '../ui/i18n/strings-en';
import { SLOT_COUNT, type SlotSummary } from '../ui/session-store';
import { readSave, writeSave, type SaveContent, type SaveFile } from './game-record';
import type { SafeStorage } from './safe-storage';

export interface ShelfDeps {
  readonly scenarioId: string;
  readonly storage: SafeStorage;
  /** Tells the player something about their saves (in their language: the caller translates). */
  readonly notify: (kind: 'info' | 'error', key: StringKey, params?: Record<string, string | number>) => void;
}

/**
 * The saved games of one scenario in the browser's storage: the autosave and the named slots.
 * Nothing a player saved is ever silently deleted: a save this version cannot read is moved
 * aside (and put back if a later version can read it), and the player is told either way.
 */
export function createSaveShelf(deps: ShelfDeps) {
  const { scenarioId, storage, notify } = deps;
  const autosaveKey = `crisis-desk.autosave.${scenarioId}`;
  const slotKey = (slot: number): string => `crisis-desk.slot.${scenarioId}.${slot}`;
  let warnedFull = false;

  /** A save an earlier version set aside as damaged but this one reads (a debrief with a blank answer was one). */
  const recoverSetAside = (key: string): string | null => {
    const text = storage.read(`${key}.damaged`);
    if (text === null) return null;
    const reading = readSave(text);
    if (!reading.ok || reading.file.scenarioId !== scenarioId || !storage.write(key, text)) return null;
    storage.remove(`${key}.damaged`);
    notify('info', 'saves.recovered');
    return text;
  };

  const read = (key: string): SaveFile | null => {
    const text = storage.read(key) ?? recoverSetAside(key);
    if (text === null) return null;
    const reading = readSave(text);
    if (reading.ok) return reading.file.scenarioId === scenarioId ? reading.file : null;
    if (reading.problem === 'too-new') {
      notify('error', 'saves.tooNew');
    } else {
      // Kept under another name for whoever wants to inspect it; if even that write fails, it stays where it is.
      if (storage.write(`${key}.damaged`, text)) storage.remove(key);
      notify('error', reading.problem === 'too-old' ? 'saves.tooOld' : 'saves.corrupt');
    }
    return null;
  };

  const write = (key: string, save: SaveContent): boolean => {
    const ok = storage.write(key, writeSave(save));
    if (!ok && !warnedFull) {
      warnedFull = true;
      notify('error', 'saves.storageFull');
    }
    return ok;
  };

  return {
    readAutosave: (): SaveFile | null => read(autosaveKey),
    writeAutosave: (save: SaveContent): boolean => write(autosaveKey, save),
    /** A save the scenario no longer accepts would be offered on every visit: it is moved aside, never deleted. */
    setAsideAutosave(): void {
      const text = storage.read(autosaveKey);
      if (text !== null && storage.write(`${autosaveKey}.unplayable`, text)) storage.remove(autosaveKey);
    },
    readSlot: (slot: number): SaveFile | null => read(slotKey(slot)),
    writeSlot: (slot: number, save: SaveContent): boolean => write(slotKey(slot), save),
    deleteSlot: (slot: number): void => storage.remove(slotKey(slot)),
    /** What each slot holds, for the saved-games dialog; `unnamed` names a slot saved without a name. */
    slots(unnamed: (slot: number) => string): (SlotSummary | null)[] {
      return Array.from({ length: SLOT_COUNT }, (_, index) => {
        const save = read(slotKey(index + 1));
        if (save === null) return null;
        return { slot: index + 1, name: save.name ?? unnamed(index + 1), turn: save.turns.length + 1, savedAt: save.savedAt ?? '' };
      });
    },
  };
}

export type SaveShelf = ReturnType<typeof createSaveShelf>;
