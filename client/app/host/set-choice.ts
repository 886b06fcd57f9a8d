import { t } from '../../i18n/index.ts';
import { taskSetsApi } from '../../net/task-sets-api.ts';
import { h, labelledSelect } from '../dom.ts';

// The host's choice of a company task set for a game with stored content (Werkstatt): the
// built-in example or one of the company's sets, loaded from the trainer API.

export interface SetChoice {
  wrap: HTMLElement;
  select: HTMLSelectElement;
}

/** The title of the chosen company set ('' for the built-in example). */
export function chosenSetTitle(select: HTMLSelectElement): string {
  return select.value ? select.selectedOptions[0]?.textContent ?? '' : '';
}

/** Fetches the list again at most this often (ms) when the select is focused or the page shown. */
const REFRESH_MS = 2000;

/**
 * A select of the company's sets (value = set id, '' = the game's own example); `onChange` on
 * each choice, `onLoad` once the list is in. The list is fetched again when the select gets
 * focus or the page becomes visible, so a set made meanwhile (in another tab) is there without
 * reloading the host page; the current choice stays.
 */
export function setChoice(initialSetId: string, onChange: () => void, onLoad?: () => void): SetChoice {
  const { wrap, select } = labelledSelect(t('host.taskSet'), [['', t('host.exampleSet')]], '');
  select.addEventListener('change', onChange);
  let fetchedAt = 0;
  const load = (first: boolean) => {
    fetchedAt = Date.now();
    taskSetsApi.list().then((sets) => {
      const keep = first ? initialSetId : select.value;
      select.replaceChildren(h('option', { value: '', text: t('host.exampleSet') }), ...sets.map((s) => h('option', { value: s.id, text: s.title })));
      select.value = sets.some((s) => s.id === keep) ? keep : '';
      if (first) onLoad?.();
      else if (select.value !== keep) onChange();
    }, () => {
      // Without the list the example set still plays; the lobby shows no error for it.
    });
  };
  const refresh = () => {
    if (Date.now() - fetchedAt >= REFRESH_MS && select.isConnected) load(false);
  };
  select.addEventListener('focus', refresh);
  select.addEventListener('pointerdown', refresh);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') refresh(); });
  load(true);
  return { wrap, select };
}
