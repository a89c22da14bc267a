import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { storeStorage } from './persistence';
import { StoredActiveTime } from '@/core/schemas/active-time';
import { addSpans, mergeActiveTime, migrateActiveTime } from '@/core/time/active-time';
import type { Span } from '@/core/time/tracker';
import { registerPersisted } from './registry';

const NAME = 'pydojo:active-time';

export interface ActiveTimeStore extends StoredActiveTime {
  /** Add spans of active time to this browser's record. */
  add(spans: readonly Span[]): void;
}

function migrateStored(persisted: unknown): StoredActiveTime {
  const device = (persisted as { device?: unknown } | null)?.device;
  return { ...migrateActiveTime(persisted), device: typeof device === 'string' && device.length > 0 && device.length <= 64 ? device : null };
}

/** A random id for this browser's record. */
function randomDeviceId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 2 ** 32).toString(36)}`;
}

export function createActiveTimeStore(
  storage: () => KeyValueStorage = storeStorage(StoredActiveTime),
  newDeviceId: () => string = randomDeviceId,
  offsetMinutes?: (at: number) => number,
) {
  /** The latest saved copy: another tab of this browser may have added time since this one last read it. */
  const saved = (): StoredActiveTime | null => {
    try {
      const raw = storage().getItem(NAME);
      return raw === null ? null : migrateStored((JSON.parse(raw) as { state?: unknown }).state);
    } catch {
      return null;
    }
  };
  return create<ActiveTimeStore>()(
    persist(
      (set) => ({
        devices: {},
        device: null,
        add: (spans) =>
          set((s) => {
            const stored = saved();
            const latest = stored ? mergeActiveTime({ devices: s.devices }, stored) : { devices: s.devices };
            const device = s.device ?? stored?.device ?? newDeviceId();
            return { device, ...addSpans(latest, device, spans, offsetMinutes) };
          }),
      }),
      {
        name: NAME,
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): StoredActiveTime => ({ devices: s.devices, device: s.device }),
        migrate: (persisted) => migrateStored(persisted),
        // Another tab's copy: each browser's record keeps its larger numbers; the saved device id wins.
        merge: (persisted, current) => {
          const stored = migrateStored(persisted);
          return { ...current, ...mergeActiveTime({ devices: current.devices }, stored), device: stored.device ?? current.device };
        },
      },
    ),
  );
}

export const useActiveTime = createActiveTimeStore();
registerPersisted(useActiveTime);
