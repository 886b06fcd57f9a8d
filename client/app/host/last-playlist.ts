import { parsePlaylist, type PlaylistEntry } from '../../../shared/protocol/messages.ts';

// m19: a new session starts with the playlist this device used last (it used to start
// again with "Reaktion · 3 Runden"). Kept in localStorage, checked with the protocol's own
// validator (a game removed since is dropped, the rest stays).

const STORE_KEY = 'arcade.lastPlaylist';
/** Sessions (by code) that got the remembered playlist already: a later change of the host wins. */
const applied = new Set<string>();

export function rememberPlaylist(items: readonly PlaylistEntry[]): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(items));
  } catch {
    // Private mode: nothing remembered.
  }
}

/** The remembered playlist, or null (none, or nothing valid left in it). */
export function rememberedPlaylist(): PlaylistEntry[] | null {
  try {
    const raw = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as unknown;
    if (!Array.isArray(raw)) return null;
    const parsed = parsePlaylist({ items: raw.filter((item) => parsePlaylist({ items: [item] }).ok) });
    return parsed.ok ? parsed.value : null;
  } catch {
    return null;
  }
}

/** The playlist a session's lobby should start with: once per session, the remembered one; else null (keep the session's). */
export function playlistForNewLobby(code: string, roundIndex: number, current: readonly PlaylistEntry[]): PlaylistEntry[] | null {
  if (applied.has(code) || roundIndex !== -1) return null;
  applied.add(code);
  const remembered = rememberedPlaylist();
  return remembered && JSON.stringify(remembered) !== JSON.stringify(current) ? remembered : null;
}
