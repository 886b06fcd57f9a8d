import { t } from '../../i18n/index.ts';
import { parseJsonObject, type SessionSnapshot } from '../../net/snapshot.ts';
import { h } from '../dom.ts';
import { soundCheckAnswer } from './sound-check.ts';

// Notes under a phone's own result that say why it looks as it does: the host ended the
// round early (it counts on no board, M2), or sound signals were missed on a phone that
// never confirmed the test tone (M4).

/** The notes for the own result of the last round (empty when there is nothing to explain). */
export function roundNotes(s: SessionSnapshot, playerId: string | null): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (s.roundEndedEarly) notes.push(h('p', { class: 'round-note', 'data-testid': 'note-ended-early', text: t('result.endedEarly') }));
  const me = playerId ? s.players[playerId] : undefined;
  const audioMisses = Number(parseJsonObject(me?.detail ?? '{}').audioMisses ?? 0);
  if (audioMisses > 0 && soundCheckAnswer() !== 'yes') {
    notes.push(h('p', { class: 'round-note warn', 'data-testid': 'note-sound-missed', text: t('soundCheck.missedWhy', { n: audioMisses }) }));
  }
  return notes;
}
