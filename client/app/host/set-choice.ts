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

/** A select of the company's sets (value = set id, '' = the game's own example); `onChange` on each choice, `onLoad` once the list is in. */
export function setChoice(initialSetId: string, onChange: () => void, onLoad?: () => void): SetChoice {
  const { wrap, select } = labelledSelect(t('host.taskSet'), [['', t('host.exampleSet')]], '');
  select.addEventListener('change', onChange);
  taskSetsApi.list().then((sets) => {
    for (const s of sets) select.append(h('option', { value: s.id, text: s.title }));
    if (sets.some((s) => s.id === initialSetId)) select.value = initialSetId;
    onLoad?.();
  }, () => {
    // Without the list the example set still plays; the lobby shows no error for it.
  });
  return { wrap, select };
}
