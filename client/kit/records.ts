// What games record for tests (trial timings, acks, the renderer in use). Games write here;
// the app installs a sink that mirrors it into its read-only test hook (window.__arcade), so
// games never import the app and the app decides where records go. Without a sink, records
// are kept in module memory and read by nobody.

/** Where records go: one list per game and name, and a few single values. */
export interface RecordSink {
  /** The live list of `name` for `gameId` (the same array on every call, so pushes land). */
  list(gameId: string, name: string): unknown[];
  /** A single value, e.g. 'renderType' (Phaser's renderer: 2 = WebGL). */
  set(key: string, value: unknown): void;
}

function memorySink(): RecordSink {
  const lists = new Map<string, unknown[]>();
  return {
    list(gameId, name) {
      const key = `${gameId}/${name}`;
      let l = lists.get(key);
      if (!l) lists.set(key, (l = []));
      return l;
    },
    set() {},
  };
}

let sink: RecordSink = memorySink();

/** The app's hook takes the records from now on. */
export function installRecordSink(next: RecordSink): void {
  sink = next;
}

/** The live record list `name` of a game (push to it; a test reads it). */
export function recordList<T>(gameId: string, name: string): T[] {
  return sink.list(gameId, name) as T[];
}

/** Records a single value (e.g. the renderer type). */
export function recordValue(key: string, value: unknown): void {
  sink.set(key, value);
}

/** Removes, in place, the entries of one round (a restarted round's old records would only mislead). */
export function dropRound(list: { round?: unknown }[], round: number): void {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]?.round === round) list.splice(i, 1);
}
