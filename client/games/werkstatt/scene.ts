import type { WerkstattPublicRound, WerkstattWire } from '../../../shared/games/werkstatt/wire.ts';
import type { GameContext, GameInstance } from '../../kit/contract.ts';
import { button, h, replace } from '../../kit/dom.ts';
import { recordValue } from '../../kit/records.ts';
import { timerBar } from '../../kit/timer-bar.ts';
import { taskInput, type TaskInput } from './task-input.ts';
import { taskPhoto } from './spot-input.ts';
import { wt } from './ui-texts.ts';
import './werkstatt.css';

// Werkstatt on the phone: words in the DOM, no canvas. The tasks come one after the other;
// each has its own time, after which it is skipped. Nothing here knows an answer.

export async function mount(ctx: GameContext<WerkstattWire>): Promise<GameInstance<WerkstattWire>> {
  const root = h('section', { class: 'ws-root', 'aria-live': 'polite' });
  const timer = timerBar(wt(ctx.lang(), 'time'));
  ctx.container.append(root);
  let round: WerkstattPublicRound | null = null;
  let index = 0;
  let input: TaskInput | null = null;
  let deadline: ReturnType<typeof setTimeout> | null = null;

  const clearDeadline = () => {
    if (deadline) clearTimeout(deadline);
    deadline = null;
  };

  const send = (field: ReturnType<TaskInput['read']> | { skip: true }) => {
    if (!round || !field || index >= round.tasks.length) return;
    ctx.answer({ task: index, ...field } as WerkstattWire['answer']);
    index += 1;
    show();
  };

  const show = () => {
    clearDeadline();
    const lang = ctx.lang();
    recordValue('werkstatt.task', index);
    if (!round) return replace(root, h('p', { class: 'ws-wait', text: wt(lang, 'wait') }));
    const task = round.tasks[index];
    if (!task) {
      timer.stop();
      return replace(root, h('p', { class: 'ws-done', text: wt(lang, 'done') }));
    }
    input = taskInput(task, lang);
    const error = h('p', { class: 'ws-error', role: 'alert' });
    const submit = button(wt(lang, 'send'), () => {
      const field = input?.read() ?? null;
      if (field) send(field);
      else error.textContent = wt(lang, task.kind === 'number' ? 'numberBad' : task.kind === 'spot' ? 'tapFirst' : 'pickOne');
    }, { class: 'btn btn-primary ws-send' });
    const form = h('form', { class: 'ws-task' },
      h('p', { class: 'ws-count', text: wt(lang, 'taskOf', { n: index + 1, total: round.tasks.length }) }),
      h('h2', { class: 'ws-prompt', text: task.prompt }),
      task.kind === 'spot' ? null : taskPhoto(task, lang),
      input.el, error,
      h('div', { class: 'ws-actions' }, submit, button(wt(lang, 'skip'), () => send({ skip: true }), { class: 'btn ws-skip' })));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit.click();
    });
    replace(root, timer.el, form);
    const ms = task.limitS * 1000;
    timer.run(performance.now() + ms, ms);
    deadline = setTimeout(() => send({ skip: true }), ms);
  };

  show();
  return {
    start(pub) {
      round = pub;
      index = Math.min(ctx.answeredSoFar(), pub.tasks.length);
      show();
    },
    relabel() {
      timer.label(wt(ctx.lang(), 'time'));
      show();
    },
    destroy() {
      clearDeadline();
      timer.destroy();
      root.remove();
    },
  };
}
