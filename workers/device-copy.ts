/**
 * This device's copy of the shipped snapshot, in the origin private file
 * system (OPFS).
 *
 * A repeat visit's worker reads the 18 MB snapshot before anything else.
 * From Cache Storage the bytes come over from the browser process in chunks
 * (about 100 ms on a 2-core machine); a dedicated worker reads an OPFS file
 * itself, in one synchronous call (about 10 ms, plus the directory lookup).
 * The first worker that restores the shipped snapshot from elsewhere writes
 * the copy once it is ready; it holds only this build's shipped snapshot
 * (its name carries the harness hash), and a copy that is missing, locked by
 * a writer or short is passed over: Python then starts from Cache Storage.
 */
const DIRECTORY = 'pydojo-python';
const PART = '.part';

interface SyncAccessHandle {
  getSize(): number;
  read(buffer: Uint8Array, options: { at: number }): number;
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}
type FileHandle = FileSystemFileHandle & {
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
  move?(name: string): Promise<void>;
};

async function folder(storage: StorageManager, create: boolean): Promise<FileSystemDirectoryHandle> {
  return (await storage.getDirectory()).getDirectoryHandle(DIRECTORY, { create });
}

/** The copy named `name`, or null (none, being written, unreadable, or no OPFS here). */
export async function readDeviceCopy(storage: StorageManager, name: string): Promise<ArrayBuffer | null> {
  try {
    const file = (await (await folder(storage, false)).getFileHandle(name)) as FileHandle;
    const handle = await file.createSyncAccessHandle();
    try {
      const size = handle.getSize();
      const bytes = new Uint8Array(size);
      return handle.read(bytes, { at: 0 }) === size ? bytes.buffer : null;
    } finally {
      handle.close();
    }
  } catch {
    return null;
  }
}

/**
 * Writes the copy `name` (under a temporary name, then renamed, so a reader
 * never finds half a file) and removes any other: an earlier build's, or a
 * write that never finished. Does nothing when the copy exists or another
 * worker is writing it; never throws.
 */
export async function writeDeviceCopy(storage: StorageManager, name: string, bytes: ArrayBuffer): Promise<void> {
  try {
    const dir = await folder(storage, true);
    const entries = (dir as unknown as { keys(): AsyncIterable<string> }).keys();
    const stale: string[] = [];
    for await (const entry of entries) {
      if (entry === name) return;
      if (entry !== name + PART) stale.push(entry);
    }
    const file = (await dir.getFileHandle(name + PART, { create: true })) as FileHandle;
    if (!file.move) return;
    const handle = await file.createSyncAccessHandle();
    try {
      handle.truncate(0);
      handle.write(new Uint8Array(bytes), { at: 0 });
      handle.flush();
    } finally {
      handle.close();
    }
    await file.move(name);
    for (const entry of stale) await dir.removeEntry(entry).catch(() => undefined);
  } catch {
    // Only a shortcut: the next visit reads Cache Storage instead.
  }
}

/** Removes the copy `name` (it did not restore). Never throws. */
export async function removeDeviceCopy(storage: StorageManager, name: string): Promise<void> {
  await folder(storage, false)
    .then((dir) => dir.removeEntry(name))
    .catch(() => undefined);
}
