// Shapes of the accounts HTTP API (docs/ACCOUNTS-API.md) that server and client share.
import type { TradeId } from '../games/trades.ts';

/** An apprentice profile as the API shows it: only what a board and a report need. */
export interface Apprentice {
  id: string;
  displayName: string;
  /** Free text as typed (older profiles; "Sonstiger Beruf": which one). */
  trade: string;
  /** The trade from the list (shared/games/trades.ts); null = not chosen yet ("Beruf wählen"). */
  tradeId: TradeId | null;
  trainingYear: number;
  hasCard: boolean;
  cardIssuedAt: string | null;
  createdAt: string;
}
