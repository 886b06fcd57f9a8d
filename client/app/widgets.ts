import { withoutKeyHints } from '../kit/keyboard.ts';
import { findGame } from '../../shared/games/index.ts';
import { lang, t } from '../i18n/index.ts';
import type { ClientMessageType, ClientPayloadArgs } from '../../shared/protocol/client-messages.ts';
import type { BoardMessage, MyRankMessage } from '../../shared/protocol/messages.ts';
import type { GameSession } from '../net/session.ts';
import { phaseRemainingMs, type SessionSnapshot } from '../net/snapshot.ts';
import { h, setText } from './dom.ts';
import { levelText, roundSetTitle } from './round-label.ts';

// Small pieces several session screens share.

/** What a screen inside a session may use. */
export interface SessionCtx {
  session: GameSession;
  /** Sends a message to the room (typed by the client message table). */
  send<K extends ClientMessageType>(type: K, ...payload: ClientPayloadArgs<K>): void;
  serverNow(): number;
  /** Leaves the session on purpose and goes home. */
  leave(): void;
  /** The latest week board of the company (host only; null before the first stored round). */
  board(): BoardMessage | null;
  /** The own week rank (card players only). */
  myRank(): MyRankMessage | null;
}

/** "noch 12 s" / "Pausiert" for the running phase, ticking by itself. */
export class PhaseClock {
  readonly el = h('p', { class: 'phase-clock' });
  private snapshot: SessionSnapshot | null = null;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly serverNow: () => number) {
    this.timer = setInterval(() => this.render(), 250);
  }

  update(s: SessionSnapshot): void {
    this.snapshot = s;
    this.render();
  }

  /** Whole seconds left (rounded up), or null when the phase waits for the host. */
  secondsLeft(): number | null {
    if (!this.snapshot) return null;
    const ms = phaseRemainingMs(this.snapshot, this.serverNow());
    return ms === null ? null : Math.ceil(ms / 1000);
  }

  private render(): void {
    const s = this.snapshot;
    if (!s) return;
    const left = this.secondsLeft();
    setText(this.el, s.paused ? t('common.paused') : left === null ? '' : t('common.seconds', { s: left }));
  }

  destroy(): void {
    clearInterval(this.timer);
  }
}

/** Title of a game in the current language (the id when unknown). */
export function gameTitle(gameId: string): string {
  return findGame(gameId)?.texts[lang()].title ?? gameId;
}

/** "Stufe 1: Sehen (Lichtsignal)", or "Aufgabensatz: …" for a company set (client/app/round-label.ts). */
export function levelLabel(gameId: string, level: number, setTitle = ''): string {
  return levelText(lang(), gameId, level, setTitle);
}

/** The company set title of the snapshot's current round ('' for a game's own levels). */
export function currentSetTitle(s: SessionSnapshot): string {
  return roundSetTitle(s.playlist, s.roundIndex, s.gameId);
}

/** "Runde 1 von 3 · Reaktion · Stufe 1: …" for the current round. */
export function roundLine(s: SessionSnapshot): string {
  const parts = [gameTitle(s.gameId), levelLabel(s.gameId, s.level, currentSetTitle(s))];
  if (s.mode !== 'solo' && s.roundCount > 0) parts.unshift(t('common.roundOf', { n: s.roundIndex + 1, total: s.roundCount }));
  return parts.join(' · ');
}

/** The debrief card of the level just played: what it taught, the one fact, the common mistake. */
export function debriefCard(gameId: string, level: number, setTitle = ''): HTMLElement {
  const texts = findGame(gameId)?.texts[lang()];
  const card = h('section', { class: 'card debrief', 'data-testid': 'debrief', 'aria-labelledby': 'debrief-title' },
    h('h2', { id: 'debrief-title', text: `${t('reveal.debrief')}: ${texts?.title ?? gameId} · ${levelLabel(gameId, level, setTitle)}` }));
  const d = texts?.debrief[level];
  if (d) {
    for (const [key, sentence] of [['reveal.taught', d.taught], ['reveal.fact', d.fact], ['reveal.mistake', d.mistake]] as const) {
      card.append(h('p', { class: `debrief-${key.slice(7)}` }, h('strong', { text: `${t(key)}: ` }), sentence));
    }
  }
  return card;
}

/** The how-to of a game as a short card (lobby and countdown). */
export function howToCard(gameId: string, level: number, setTitle = ''): HTMLElement {
  const texts = findGame(gameId)?.texts[lang()];
  return h('section', { class: 'card howto-card' },
    h('h2', { text: texts?.title ?? gameId }),
    h('p', { class: 'hint', text: levelLabel(gameId, level, setTitle) }),
    h('p', { text: withoutKeyHints(texts?.howTo ?? '') }));
}
