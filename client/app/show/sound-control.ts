import { t } from '../../i18n/index.ts';
import { h } from '../dom.ts';
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
    // A toggle keeps one name and says its state by aria-pressed (m18: "Ton an, gedrückt"
    // while the sound was off). It mutes music and effects only, never a game's signals (M4).
    this.mute.setAttribute('aria-pressed', String(s.muted));
    this.mute.setAttribute('aria-label', t('sound.mute'));
    this.mute.title = s.muted ? t('sound.mutedTitle') : t('sound.mute');
    // A speaker drawn in SVG (emoji fonts are missing on many projector laptops); the
    // accessible name above says what it does.
    this.mute.replaceChildren(speakerIcon(s.muted));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A speaker with sound waves, or crossed out when muted. */
function speakerIcon(muted: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'sound-icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', muted
    ? 'M3 9h4l5-4v14l-5-4H3z M16 9l6 6 M22 9l-6 6'
    : 'M3 9h4l5-4v14l-5-4H3z M16 8.5a5 5 0 0 1 0 7 M18.5 6a8.5 8.5 0 0 1 0 12');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  path.setAttribute('stroke-linejoin', 'round');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}
