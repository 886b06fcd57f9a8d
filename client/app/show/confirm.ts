import { button, h } from '../dom.ts';

// A small modal question ("Anna entfernen?") on the native <dialog>: focus moves into it,
// Escape cancels, and the page behind cannot be clicked by mistake.

/**
 * Asks `question` (with an optional `detail`: what happens if confirmed); resolves true for
 * the confirming button, false for cancel or Escape.
 */
export function confirmAction(question: string, yes: string, no: string, detail?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm-dialog', 'aria-label': question });
    const finish = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    const cancel = button(no, () => finish(false), { class: 'btn btn-secondary' });
    dialog.append(
      h('p', { class: 'confirm-question', text: question }),
      ...(detail ? [h('p', { class: 'confirm-detail', text: detail })] : []),
      h('div', { class: 'button-row' }, button(yes, () => finish(true), { class: 'btn btn-danger', 'data-testid': 'confirm-yes' }), cancel),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus(); // the safe choice has the focus
  });
}
