import type { GameRegistry } from '../../shared/games/registry.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { PlaylistEntry } from '../../shared/protocol/messages.ts';

/** A stored set as a session plays it: the version current when the playlist was set. */
export interface PinnedContent {
  setId: string;
  version: number;
  title: string;
  /** Checked again by the game (`authored.check`). */
  content: unknown;
}

/** Where a session's company's stored sets come from (the task-set repository). */
export interface ContentSource {
  find(setId: string, companyId: string): Promise<{ version: number; title: string; content: unknown } | null>;
  /** The public round of stored content with its photos' signed links, valid a while past `playEndsMs` (absent: unchanged). */
  linkPhotos?(publicRound: unknown, playEndsMs: number): unknown;
}

/**
 * The stored content a session's playlist names, pinned per set at the version current
 * when the host chose it: editing the set later changes no round of this session, and each
 * stored round notes the version it played. Only the session's own company's sets load: a
 * set of another company is refused exactly like a missing one (PLAYLIST_INVALID).
 */
export class ContentPins {
  private readonly pins = new Map<string, PinnedContent>();

  constructor(
    private readonly source: ContentSource | undefined,
    /** The server's games (its injected registry). */
    private readonly games: GameRegistry,
  ) {}

  /** Loads and checks every set the items name; returns the items with titles, or the refusal. */
  async pin(items: PlaylistEntry[], companyId: string | null): Promise<PlaylistEntry[] | ErrorCode> {
    const loaded = new Map<string, PinnedContent>();
    for (const item of items) {
      if (!item.setId) continue;
      const game = this.games.find(item.gameId);
      if (!game?.authored || !this.source || companyId === null) return 'PLAYLIST_INVALID';
      const stored = await this.source.find(item.setId, companyId);
      const content = stored ? game.authored.check(stored.content) : null;
      if (!stored || content === null) return 'PLAYLIST_INVALID';
      loaded.set(item.setId, { setId: item.setId, version: stored.version, title: stored.title, content });
    }
    for (const [id, pinned] of loaded) this.pins.set(id, pinned);
    return items.map((item) => (item.setId ? { ...item, setTitle: loaded.get(item.setId)?.title ?? '' } : item));
  }

  get(setId: string): PinnedContent | undefined {
    return this.pins.get(setId);
  }
}
