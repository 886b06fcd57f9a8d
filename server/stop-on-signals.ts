/** Anything with an async close: the app from server/app.ts. */
interface Closable {
  close(): Promise<unknown>;
}

/**
 * Closes `app` once on SIGTERM or SIGINT and exits 0 (1 when close fails). Never hangs: a stuck
 * connection must not keep the trainer waiting, so the process exits 1 after 8 s regardless.
 */
export function stopOnSignals(app: Closable): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    setTimeout(() => process.exit(1), 8000).unref();
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
