// Shapes of the accounts HTTP API (docs/ACCOUNTS-API.md) that server and client share.

/** An apprentice profile as the API shows it: only what a board and a report need. */
export interface Apprentice {
  id: string;
  displayName: string;
  trade: string;
  trainingYear: number;
  hasCard: boolean;
  cardIssuedAt: string | null;
  createdAt: string;
}
