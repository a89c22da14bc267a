/**
 * Whether PyDojo's own server answers at all: any HTTP status counts as
 * reachable, only a failed request does not. The manifest is small and never
 * answered by the service worker, so this asks the network itself.
 * `navigator.onLine` alone is not enough: it stays true on a network that
 * leads nowhere.
 */
export async function serverReachable(): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    await fetch('/manifest.webmanifest', { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}
