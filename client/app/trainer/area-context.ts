import type { Apprentice, IssuedCard, Me } from '../../net/accounts-api.ts';

// What every section of the trainer area gets from the area around it.

export type SectionId = 'apprentices' | 'cards' | 'board' | 'reports' | 'trainers' | 'settings' | 'companies' | 'task-sets' | 'coverage' | 'boxes';

/** A freshly issued card, ready to print (its code exists only in this reply). */
export interface PrintedCard {
  apprentice: Apprentice;
  card: IssuedCard;
}

export interface AreaCtx {
  me: Me;
  isAdmin: boolean;
  /** Goes to another section; `param` selects something in it (e.g. an apprentice's record). */
  go(section: SectionId, param?: string | null): void;
  /** Opens the print view of freshly issued cards. */
  print(cards: PrintedCard[]): void;
  /** A request answered AUTH_REQUIRED: the sign-in expired. */
  authLost(): void;
}
