/**
 * localStorage that never throws: private windows, full disks and disabled storage all exist in
 * classrooms. A failed write is reported to the caller, so it can tell the player.
 */
export interface SafeStorage {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

/** The device's storage, or the tab's (`session`: gone when the tab closes, as a live seat should be). */
export function browserStorage(kind: 'local' | 'session' = 'local'): SafeStorage {
  const store = ((): Storage | null => {
    try {
      return kind === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return null;
    }
  })();
  return {
    read(key) {
      try {
        return store?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        if (store === null) return false;
        store.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        store?.removeItem(key);
      } catch {
        // Nothing to do: storage is unavailable, so there is nothing to remove either.
      }
    },
  };
}
