// In-app history: the app is one address, so without this Android's Back (and the browser's)
// would leave it. Every screen the user moves to gets a history entry; Back shows the
// previous screen again. Inside a session, Back first asks the app (`leaveSession`), which
// may refuse (the player chose to stay in a running round): the entry is then put back.

/** Shows a screen again (the factory that built it). */
type Show = () => void;

interface EntryState {
  arcade: number;
}

function depthOf(state: unknown): number {
  const d = (state as Partial<EntryState> | null)?.arcade;
  return typeof d === 'number' && Number.isInteger(d) && d >= 0 ? d : 0;
}

export interface HistoryHost {
  /** True while a session view is shown. */
  inSession(): boolean;
  /** Back was pressed in a session: leave it (true), or stay (false, e.g. the player said no). */
  leaveSession(): boolean;
  /** Where Back goes when no earlier screen is known. */
  fallback(): void;
}

export class AppHistory {
  private depth = 0;
  private readonly entries: (Show | null)[] = [];
  private restoring = false;

  constructor(private readonly host: HistoryHost) {
    history.replaceState({ arcade: 0 } satisfies EntryState, '', location.href);
    addEventListener('popstate', (e) => this.onPop(depthOf(e.state)));
  }

  /** A screen the user moved to: `show` builds it again when Back (or Forward) returns here. */
  push(show: Show | null): void {
    if (this.restoring) return;
    if (this.entries.length === 0) {
      // The first screen takes the page's own entry; a session entered at once (a reload, the
      // join link of a kept seat) goes on top of it, so Back from it still stays in the app.
      this.entries[0] = show;
      if (show) return;
    }
    this.depth += 1;
    this.entries.length = this.depth;
    this.entries.push(show);
    history.pushState({ arcade: this.depth } satisfies EntryState, '', location.href);
  }

  private onPop(target: number): void {
    if (this.host.inSession() && !this.host.leaveSession()) {
      // Stay: put the entry that Back took away back on top.
      history.pushState({ arcade: this.depth } satisfies EntryState, '', location.href);
      return;
    }
    this.depth = target;
    const show = this.entries[target];
    this.restoring = true;
    try {
      if (show) show();
      else this.host.fallback();
    } finally {
      this.restoring = false;
    }
  }
}
