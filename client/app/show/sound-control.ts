import { t } from '../../i18n/index.ts';
import { h, setText } from '../dom.ts';
import { onSoundChange, setMuted, setVolume, soundSettings } from './sound.ts';

// Mute and volume of the game-show sounds, in the top bar of every screen (projector and
// phones). The choice is kept per device.

export class SoundControl {
  readonly el: HTMLElement;
  private readonly mute = h('button', { type: 'button', class: 'btn btn-small sound-toggle', 'aria-pressed': 'false' });
  private readonly range = h('input', { type: 'range', min: 0, max: 100, step: 5, class: 'sound-volume' });

  constructor() {
    this.mute.addEventListener('click', () => setMuted(!soundSettings().muted));
    this.range.addEventListener('input', () => {
      setVolume(Number(this.range.value) / 100);
      if (soundSettings().muted && Number(this.range.value) > 0) setMuted(false);
    });
    this.el = h('div', { class: 'sound-control' }, this.range, this.mute);
    onSoundChange(() => this.render());
    this.render();
  }

  /** Labels in the current language (called again after a language switch). */
  render(): void {
    const s = soundSettings();
    this.range.value = String(Math.round(s.volume * 100));
    this.range.setAttribute('aria-label', t('sound.volume'));
    this.range.setAttribute('aria-valuetext', `${Math.round(s.volume * 100)} %`);
    this.mute.setAttribute('aria-pressed', String(s.muted));
    this.mute.setAttribute('aria-label', s.muted ? t('sound.unmute') : t('sound.mute'));
    this.mute.title = s.muted ? t('sound.unmute') : t('sound.mute');
    // A speaker glyph; the accessible name above says what it does.
    setText(this.mute, s.muted ? '🔇' : '🔊');
  }
}
