import type { PersonalBestMessage } from '../../../shared/protocol/messages.ts';
import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, replace, setText } from '../dom.ts';
import { paintGame } from '../show/game-look.ts';
import { OwnResult } from './own-result.ts';
import { roundNotes } from './round-notes.ts';
import { lobbySoundCheck } from './sound-check.ts';
import { scoreboardList } from '../standings.ts';
import type { Screen } from '../shell.ts';
import { myRankLine } from '../week-board.ts';
import { currentSetTitle, debriefCard, howToCard, PhaseClock, roundLine, type SessionCtx } from '../widgets.ts';
import { reportReady } from './ready-report.ts';
import { notePoints, tallyOf } from './answer-flash.ts';
import { movePieces, roundMoment } from './round-moment.ts';
import { findGame } from '../../../shared/games/index.ts';

// A player's screens around the round itself (the round is round-view.ts): the lobby, the
// reveal with the own result and the debrief, the scoreboard and the podium.

// The player's waiting room. While the apprentice waits, the games of the playlist are
// downloaded in the background, so the first round starts without a loading pause.

export function playerLobbyScreen(ctx: SessionCtx, first: SessionSnapshot, playerId: string | null): Screen {
  const welcome = h('p', { class: 'lead' });
  const count = h('p', { class: 'phone-lobby-count', 'aria-live': 'polite' });
  const hostAway = h('p', { class: 'hint warn', role: 'status' });
  const upNext = h('div', { class: 'up-next' });
  const soundCheck = lobbySoundCheck();
  let shownGame = '';

  const el = h('section', { class: 'screen screen-lobby phone-stage' },
    h('h1', { text: t('lobby.title') }),
    welcome,
    count,
    hostAway,
    soundCheck.el, // above the game's how-to: on a 360×640 phone its warning stays on the first screen
    h('h2', { text: t('lobby.upNext') }),
    upNext,
    button(t('lobby.leave'), () => ctx.leave(), { class: 'btn btn-link' }),
  );

  const update = (s: SessionSnapshot) => {
    const me = playerId ? s.players[playerId] : undefined;
    setText(welcome, t('lobby.welcome', { name: me?.nickname ?? '' }));
    setText(hostAway, s.hostConnected ? '' : t('lobby.hostAway'));
    setText(count, t('lobby.count', { n: s.playerCount }));
    reportReady(ctx, s.playlist.map((item) => item.gameId));
    soundCheck.update(s.playlist);
    const next = s.playlist[0];
    const key = next ? `${next.gameId}:${next.level}:${next.setTitle ?? ''}` : '';
    if (key !== shownGame) {
      shownGame = key;
      if (next) paintGame(el, next.gameId);
      upNext.replaceChildren(next ? howToCard(next.gameId, next.level, next.setTitle) : '');
    }
  };
  update(first);
  return { id: 'lobby', el, update, destroy: () => soundCheck.destroy() };
}

// What a player sees after play: the own result with rank and the debrief card (reveal),
// the standings (scoreboard) and the final podium.

export interface PlayerResultCtx extends SessionCtx {
  playerId: string | null;
  personalBest(): PersonalBestMessage | null;
  /** Solo: leaves this practice and starts `gameId` at `level` (null: back to the practice choice). */
  practice?(gameId: string, level: number | null): void;
}

/** The own place after the last finished round, out of all seated players (null before any). */
export function placeOf(s: SessionSnapshot, playerId: string | null): { rank: number; n: number } | null {
  const me = playerId ? s.players[playerId] : undefined;
  return me && me.rank > 0 ? { rank: me.rank, n: Math.max(s.playerCount, me.rank) } : null;
}

export function playerRevealScreen(ctx: PlayerResultCtx, first: SessionSnapshot): Screen {
  const solo = first.mode === 'solo';
  const clock = new PhaseClock(ctx.serverNow);
  const result = new OwnResult();
  const best = h('p', { class: 'best', role: 'status' });
  const notes = h('div', { class: 'round-notes', role: 'status' });
  const next = solo
    ? h('div', { class: 'button-row' },
      button(t('solo.again'), () => ctx.send('next'), { class: 'btn btn-primary btn-large' }),
      button(t('solo.finish'), () => ctx.send('end'), { class: 'btn btn-secondary btn-large' }))
    : h('p', { class: 'hint', text: t('reveal.waiting') });
  const el = h('section', { class: 'screen screen-reveal phone-stage' },
    h('h1', { text: t('reveal.title') }),
    h('p', { class: 'round-line', text: roundLine(first) }),
    result.el, notes, best, debriefCard(first.gameId, first.level, currentSetTitle(first)), next, solo ? null : clock.el);
  paintGame(el, first.gameId);
  let moment = false;

  const update = (s: SessionSnapshot) => {
    clock.update(s);
    const place = solo ? null : placeOf(s, ctx.playerId);
    result.update(s, ctx.playerId, place);
    const me = ctx.playerId ? s.players[ctx.playerId] : undefined;
    if (me) notePoints(s.roundIndex, s.gameId, s.level, me.roundScore, me.detail);
    if (!moment && me) {
      // The moment right after the round: full screen, then the details below.
      moment = true;
      el.append(roundMoment({
        points: me.roundScore, maxScore: findGame(s.gameId)?.maxScore ?? 1, tally: tallyOf(s.roundIndex), items: s.expectedAnswers,
        ranked: place ? { me, of: place.n } : null,
      }));
    }
    replace(notes, ...roundNotes(s, ctx.playerId));
    const pb = ctx.personalBest();
    const newBest = pb && pb.best !== null && pb.score >= pb.best && pb.score > 0;
    setText(best, !pb || pb.best === null ? '' : newBest ? t('solo.newBest') : t('solo.bestSoFar', { n: pb.best }));
  };
  update(first);
  return { id: 'reveal', el, update, destroy: () => clock.destroy() };
}

export function playerScoreboardScreen(ctx: PlayerResultCtx, first: SessionSnapshot): Screen {
  const clock = new PhaseClock(ctx.serverNow);
  const place = h('p', { class: 'lead' });
  const move = h('p', { class: 'own-move' });
  const listHolder = h('div');
  const week = h('div', { 'aria-live': 'polite' });
  const el = h('section', { class: 'screen screen-scoreboard phone-stage' },
    h('h1', { text: t('scoreboard.title') }), place, move, week, listHolder, clock.el);
  paintGame(el, first.gameId);
  const update = (s: SessionSnapshot) => {
    clock.update(s);
    const p = placeOf(s, ctx.playerId);
    setText(place, p ? t('reveal.rank', p) : '');
    const me = ctx.playerId ? s.players[ctx.playerId] : undefined;
    const pieces = p && me ? movePieces(me, p.n) : [];
    move.replaceChildren(...pieces);
    move.hidden = pieces.length === 0;
    showMyRank(week, ctx);
    listHolder.replaceChildren(scoreboardList(s, ctx.playerId));
  };
  update(first);
  return { id: 'scoreboard', el, update, destroy: () => clock.destroy() };
}

/** The own week rank of a card player (nothing for guests), replaced only when it changed. */
export function showMyRank(holder: HTMLElement, ctx: PlayerResultCtx): void {
  const rank = ctx.myRank();
  const key = rank ? JSON.stringify(rank) : '';
  if (holder.dataset.key === key) return;
  holder.dataset.key = key;
  holder.replaceChildren(rank ? myRankLine(rank) : '');
}
