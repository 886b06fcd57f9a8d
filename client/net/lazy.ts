import type { SessionRoom } from './connection.ts';

// The Colyseus SDK (~70 kB gzip with the schema decoder) loads on demand: the home page
// appears without it and fetches it in the background, so a tap on "Beitreten" needs no wait.

type Connection = typeof import('./connection.ts');
type SessionModule = typeof import('./session.ts');
export type Net = Connection & Pick<SessionModule, 'GameSession'>;
export type { SessionRoom };

let loading: Promise<Net> | null = null;

export function loadNet(): Promise<Net> {
  if (!loading) {
    loading = Promise.all([import('./connection.ts'), import('./session.ts')]).then(([c, s]) => ({ ...c, GameSession: s.GameSession }));
    // A failed download (Wi-Fi blip) may be tried again.
    loading.catch(() => (loading = null));
  }
  return loading;
}

const startLoading = () => void loadNet().catch(() => {});

/** Starts the download when the browser is idle (after the first screen is shown). */
export function prefetchNet(): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(startLoading, { timeout: 2000 });
  else setTimeout(startLoading, 500);
}
