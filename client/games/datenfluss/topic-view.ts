import { button, h } from '../../kit/dom.ts';
import { lockButtons, toggleButton, type MakeItemView } from './item-kit.ts';
import { dt } from './ui-texts.ts';

// Level 5 "Publish/Subscribe": a topic and six subscribers' filters; tap every subscriber
// that receives the message (keys 1–6 toggle, Enter sends).

/** Builds the view of one level-5 message from its cue data. */
export const topicView: MakeItemView = (show, ctx) => {
  const lang = ctx.lang();
  const filters = String(show.filters).split(' ');
  const chosen = new Set<number>();
  const toggles = filters.map((f, i) => toggleButton(
    h('span', { class: 'df-sub' },
      h('span', { class: 'df-key', 'aria-hidden': 'true', text: String(i + 1) }),
      h('span', { class: 'df-sub-name', text: dt(lang, 'subscriber', { n: i + 1 }) }),
      h('code', { class: 'df-filter', text: f })),
    (on) => (on ? chosen.add(i) : chosen.delete(i)),
    { 'data-key': String(i + 1) },
  ));
  const send = button(dt(lang, 'send'), () => {
    if (!send.disabled) ctx.submit({ receivers: [...chosen].sort((a, b) => a - b) });
  }, { class: 'btn btn-primary df-send' });
  const el = h('div', { class: 'df-item df-topic' },
    h('p', { class: 'df-prompt', text: dt(lang, 'topicPrompt') }),
    h('code', { class: 'df-topic-name', text: String(show.topic) }),
    h('div', { class: 'df-subs' }, ...toggles), send);
  const keys: Record<string, () => void> = { Enter: () => send.click() };
  toggles.forEach((t, i) => (keys[String(i + 1)] = () => t.click()));
  return {
    el,
    keys,
    keysHint: '1–6, Enter',
    lock: () => lockButtons(el),
    describe: (expected) => {
      const mask = Number(expected);
      const list = filters.flatMap((_, i) => ((mask >> i) & 1 ? [String(i + 1)] : []));
      return list.length ? list.join(', ') : '–';
    },
  };
};
