import { loadGame } from '../../games/index.ts';
import { soundCheckBox } from './sound-check.ts';
import { loadingBar, reportReady } from './ready-report.ts';
import type { GameContext, GameInstance } from '../../kit/contract.ts';
import { lang, t } from '../../i18n/index.ts';
import { parseJsonObject, type SessionSnapshot } from '../../net/snapshot.ts';
import type { AckMessage, CueMessage } from '../../../shared/protocol/messages.ts';
import { h, replace, setText } from '../dom.ts';
import type { ScreenId } from '../hook.ts';
import type { Screen } from '../shell.ts';
import { paintGame } from '../show/game-look.ts';
import { play } from '../show/sound.ts';
import { answerFlash } from './answer-flash.ts';
import { currentSetTitle, howToCard, PhaseClock, roundLine, type SessionCtx } from '../widgets.ts';

// A player's round, from countdown to the end of play. The game's scene is mounted during
// the countdown (WebGL and the sound are ready when play begins) under an overlay that
// shows the countdown; at play the overlay goes and the pad takes the whole screen.

export interface RoundScreen extends Screen {
  /** False when this view cannot show `s` (another round, or a restart after a pause). */
  accepts(s: SessionSnapshot): boolean;
}

export function roundView(ctx: SessionCtx, first: SessionSnapshot): RoundScreen {
  const round = first.roundIndex;
  const gameId = first.gameId;
  const level = first.level;
  const clock = new PhaseClock(ctx.serverNow);
  const stage = h('div', { class: 'stage' });
  const bigCount = h('p', { class: 'big-count', 'aria-hidden': 'true' });
  const pausedNote = h('p', { class: 'paused-note', role: 'status' });
  const failed = h('p', { class: 'alert', role: 'alert' });
  const overlay = h('div', { class: 'round-overlay' });
  /** The overlay's words, built again when the language changes. */
  let soundCheck: ReturnType<typeof soundCheckBox> = null;
  const fillOverlay = () => {
    // Sound rounds: the test tone and "Hörst du den Ton?" (sound-check.ts, M4).
    soundCheck?.destroy();
    soundCheck = soundCheckBox(gameId, level, true);
    const soundBox = soundCheck?.el ?? null;
    if (failed.textContent) failed.textContent = t('play.failed');
    replace(overlay,
      h('h1', { text: t('countdown.title') }),
      h('p', { class: 'round-line', text: roundLine(latest) }),
      bigCount, pausedNote, clock.el, soundBox, howToCard(gameId, level, currentSetTitle(latest)), failed);
  };
  const flash = answerFlash(gameId, level, round, first.phase === 'countdown');
  const el = h('section', { class: 'screen screen-round phone-stage' }, stage, overlay, flash.el);
  paintGame(el, gameId);
  const offFlash = ctx.session.on('ack', (ack: AckMessage) => {
    if (ack.round === round) flash.onAck(ack);
  });

  let id: ScreenId = first.phase === 'play' ? 'play' : 'countdown';
  let instance: GameInstance | null = null;
  let destroyed = false;
  let playStarted = false;
  let latest = first;
  fillOverlay();

  const gameCtx: GameContext = {
    container: stage,
    gameId,
    level,
    round,
    lang,
    toLocalMs: (serverMs) => ctx.session.clock.toPerformanceMs(serverMs),
    clockFresh: () => ctx.session.clock.fresh(),
    phaseEndsAt: () => latest.phaseEndsAt,
    answer: (data) => ctx.send('answer', { round, data }),
    answeredSoFar: () => {
      const me = ctx.session.playerId;
      const n = me ? latest.players[me]?.answered : undefined;
      return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
    },
    // The wire's cue and ack types are the game's; the session delivers them as they came.
    onCue: (fn) => {
      const mine = (cue: CueMessage) => {
        if (cue.round === round) fn(cue as Parameters<typeof fn>[0]);
      };
      for (const cue of ctx.session.cuesOf(round)) mine(cue);
      return ctx.session.on('cue', mine);
    },
    onAck: (fn) => ctx.session.on('ack', (ack: AckMessage) => {
      if (ack.round === round) fn(ack as Parameters<typeof fn>[0]);
    }),
  };

  const showFailure = () => {
    failed.textContent = t('play.failed');
    overlay.hidden = false;
  };

  const bar = loadingBar();
  stage.append(bar);
  // A phone that joined late reports too: the countdown waits (bounded) until it has loaded.
  reportReady(ctx, [gameId]);
  loadGame(gameId)
    .then((mod) => {
      bar.remove();
      return destroyed ? null : mod.mount(gameCtx);
    })
    .then((inst) => {
      if (!inst) return;
      if (destroyed) return inst.destroy();
      instance = inst;
      update(latest);
    })
    .catch(() => {
      if (!destroyed) showFailure();
    });

  const tick = setInterval(() => {
    const left = clock.secondsLeft();
    const text = latest.phase === 'countdown' && !latest.paused && left !== null ? String(Math.max(1, left)) : '';
    if (text === bigCount.textContent) return;
    setText(bigCount, text);
    if (!text) return;
    // Each new number pops in with a tick (no motion when reduced motion is asked for).
    bigCount.classList.remove('pop');
    void bigCount.offsetWidth;
    bigCount.classList.add('pop');
    play('tick');
  }, 100);

  function update(s: SessionSnapshot): void {
    latest = s;
    clock.update(s);
    setText(pausedNote, s.paused ? `${t('common.paused')} – ${t('countdown.pausedHint')}` : '');
    const playing = s.phase === 'play' && !s.paused;
    id = playing ? 'play' : 'countdown';
    overlay.hidden = playing && !failed.textContent;
    el.classList.toggle('is-playing', playing);
    if (playing && instance && !playStarted) {
      playStarted = true;
      instance.start(parseJsonObject(s.round));
    }
  }

  update(first);
  return {
    get id() {
      return id;
    },
    el,
    update,
    accepts: (s) => s.roundIndex === round && s.gameId === gameId && (s.phase === 'play' || (s.phase === 'countdown' && !playStarted)),
    relabel: () => {
      fillOverlay();
      update(latest);
      instance?.relabel();
    },
    destroy: () => {
      destroyed = true;
      clearInterval(tick);
      offFlash();
      flash.destroy();
      clock.destroy();
      soundCheck?.destroy();
      instance?.destroy();
      instance = null;
    },
  };
}
