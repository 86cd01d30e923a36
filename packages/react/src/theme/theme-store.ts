import type { DisplaySettings } from '@elder-ui/tokens/contract';
import { parseStoredSettings } from './settings';
import type { ThemeStorage } from './storage';

/** The settings a user chose and stored. Axes never chosen are absent. */
export type StoredSettings = Partial<DisplaySettings>;

const nothingStored: StoredSettings = Object.freeze({});

/**
 * Holds the stored settings for one provider, for `useSyncExternalStore`:
 * the snapshot keeps its identity until something really changes, and a failed
 * write still changes the theme for this page.
 */
export function createThemeStore(storage: ThemeStorage | null, key: string, serverSnapshot: StoredSettings = nothingStored) {
  let snapshot: StoredSettings | null = null;
  const listeners = new Set<() => void>();
  let unsubscribeStorage: (() => void) | undefined;

  const read = (): StoredSettings => (storage ? parseStoredSettings(storage.get(key)) : nothingStored);
  const emit = () => listeners.forEach((listener) => listener());

  return {
    getSnapshot(): StoredSettings {
      snapshot ??= read();
      return snapshot;
    },
    /** What the server rendered with: used on the server and while hydrating. */
    getServerSnapshot(): StoredSettings {
      return serverSnapshot;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      if (listeners.size === 1 && storage?.subscribe) {
        unsubscribeStorage = storage.subscribe(key, (raw) => {
          snapshot = parseStoredSettings(raw);
          emit();
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) unsubscribeStorage?.();
      };
    },
    set(changes: StoredSettings): void {
      const next = { ...(snapshot ?? read()), ...changes };
      snapshot = next;
      storage?.set(key, JSON.stringify(next));
      emit();
    },
  };
}

export type ThemeStore = ReturnType<typeof createThemeStore>;
