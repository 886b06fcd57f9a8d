import { t } from '../../i18n/index.ts';
import { downTopic, upTopic } from '../../../shared/protocol/hardware.ts';
import { boxesApi, type BoxCredential, type BoxInfo, type BoxServerInfo } from '../../net/boxes-api.ts';
import { button, h } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { confirmPanel, formatDate, FormAlert, inputField, runAction } from './form-kit.ts';
import { loadInto, sectionEl } from './section-kit.ts';

// "Buzzer-Boxen": the company's boxes (docs/HARDWARE.md §Credentials). "Box anlegen" shows
// the new box's credential once — the server keeps only a hash and a derived key — with copy
// buttons and the lines for the firmware and for `npm run box`; "Sperren" asks first and
// takes the box out of a running round at once; "Entfernen" (admins) asks first and deletes
// the box with its keys. Both say that past results stay. With hardware off the section says
// how to switch it on.

export function boxesSection(ctx: AreaCtx): HTMLElement {
  const holder = h('div');
  const note = h('div');
  const shown = h('div', { 'aria-live': 'polite' });
  let hardware: BoxServerInfo = { on: false, broker: null };
  const reload = () => loadInto(holder, ctx, boxesApi.list, (data) => {
    hardware = data.hardware;
    note.replaceChildren(hardwareNote(data.hardware));
    return boxList(ctx, data.boxes, reload);
  });
  reload();
  const onCreated = (box: BoxInfo, cred: BoxCredential) => {
    shown.replaceChildren(credentialCard(box, cred, hardware, () => shown.replaceChildren()));
    reload();
  };
  return sectionEl(t('area.boxes'),
    h('p', { class: 'hint', text: t('boxes.intro') }),
    note,
    h('section', { class: 'card', 'aria-labelledby': 'box-new' }, h('h3', { id: 'box-new', text: t('boxes.new') }), createForm(ctx, onCreated)),
    shown,
    holder);
}

/** Hardware off: how to switch it on. On: where boxes connect. */
export function hardwareNote(hw: BoxServerInfo): HTMLElement {
  if (!hw.on || !hw.broker) {
    return h('div', { class: 'warn-box', 'data-testid': 'hardware-off' },
      h('p', { text: t('boxes.off') }),
      h('p', { text: t('boxes.offHow') }),
      h('pre', { class: 'box-code' }, h('code', { text: 'HARDWARE=on npm start' })),
      h('p', { class: 'hint', text: t('boxes.offExternal') }));
  }
  return h('p', { class: 'hint', 'data-testid': 'hardware-on', text: t(hw.broker.embedded ? 'boxes.onEmbedded' : 'boxes.onExternal', { url: brokerUrl(hw) }) });
}

/** Where boxes connect; while hardware is off, where the embedded broker will listen by default (this page's host, port 1883). */
const brokerHost = (hw: BoxServerInfo) => hw.broker?.host ?? location.hostname;
const brokerUrl = (hw: BoxServerInfo) => {
  const host = brokerHost(hw);
  return `mqtt://${host.includes(':') ? `[${host}]` : host}:${hw.broker?.port ?? 1883}`;
};

function createForm(ctx: AreaCtx, created: (box: BoxInfo, cred: BoxCredential) => void): HTMLElement {
  const label = inputField(t('boxes.label'), { autocomplete: 'off', maxlength: 20 }, { hint: t('boxes.labelHint') });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: t('boxes.create') });
  const form = h('form', { class: 'form', novalidate: true }, label.wrap, alert.el, submit, status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    let made: { box: BoxInfo; credential: BoxCredential } | null = null;
    void runAction({
      button: submit, status, alert, onAuthLost: ctx.authLost,
      fieldFor: (code) => (code === 'BOX_NAME_INVALID' ? label.input : null),
      work: async () => {
        made = await boxesApi.create(label.input.value.trim());
      },
    }).then((err) => {
      if (err || !made) return;
      label.input.value = '';
      created(made.box, made.credential);
    });
  });
  return form;
}

/** One value with its copy button. */
function copyRow(name: string, value: string, code = false): HTMLElement {
  const text = code ? h('pre', { class: 'box-code' }, h('code', { text: value })) : h('code', { class: 'box-value', text: value });
  const done = h('span', { class: 'hint', 'aria-live': 'polite' });
  const copy = button(t('boxes.copy'), () => {
    void navigator.clipboard?.writeText(value).then(() => (done.textContent = t('boxes.copied')), () => (done.textContent = t('boxes.copyFailed')));
  }, { class: 'btn btn-secondary btn-small', 'aria-label': `${t('boxes.copy')}: ${name}` });
  return h('div', { class: 'box-copy' }, h('span', { class: 'box-copy-name', text: name }), text, h('div', { class: 'button-row' }, copy, done));
}

/**
 * The new box's credential, shown this once: first the plain steps (the lines to copy into the
 * box's sketch), then — folded, for whoever builds or debugs a box — the single values, the
 * MQTT topics and the simulator's file and command (a newcomer found them "too technical").
 */
function credentialCard(box: BoxInfo, cred: BoxCredential, hw: BoxServerInfo, close: () => void): HTMLElement {
  const host = brokerHost(hw);
  const firmware = `BROKER = "${host}"\nBOX_ID, COMPANY, SECRET = "${cred.boxId}", "${cred.companyId}", b"${cred.secret}"`;
  const file = JSON.stringify([cred]);
  const sim = `npm run box -- --code <Sitzungscode> --url ${brokerUrl(hw)} --credentials arcade-boxes.json`;
  return h('section', { class: 'card box-credential', role: 'region', 'aria-labelledby': 'box-cred-title', 'data-testid': 'box-credential' },
    h('h3', { id: 'box-cred-title', text: t('boxes.credTitle', { label: box.label }) }),
    h('p', { class: 'warn-box', text: t('boxes.credOnce') }),
    h('h4', { text: t('boxes.stepsTitle') }),
    h('ol', { class: 'box-steps' },
      h('li', {}, h('p', { text: t('boxes.step1') }), copyRow(t('boxes.firmwareLines'), firmware, true)),
      h('li', { text: t('boxes.step2') }),
      h('li', { text: t('boxes.step3') })),
    h('details', { class: 'box-tech', 'data-testid': 'box-tech' },
      h('summary', { text: t('boxes.tech') }),
      copyRow(t('boxes.boxId'), cred.boxId),
      copyRow(t('boxes.companyId'), cred.companyId),
      copyRow(t('boxes.secret'), cred.secret),
      copyRow(t('boxes.broker'), brokerUrl(hw)),
      copyRow(t('boxes.topics'), `${upTopic(cred.companyId, cred.boxId)}\n${downTopic(cred.companyId, cred.boxId)}`, true),
      h('h4', { text: t('boxes.simulator') }),
      copyRow('arcade-boxes.json', file, true),
      copyRow(t('boxes.simCommand'), sim, true)),
    button(t('boxes.credDone'), close, { class: 'btn btn-primary' }));
}

/** A control acting on one box: asks first (what happens, that past results stay), then calls the API and reloads the list. */
function askingButton(ctx: AreaCtx, box: BoxInfo, panel: HTMLElement, alert: FormAlert, reload: () => void, o: {
  label: 'boxes.revoke' | 'boxes.remove'; ask: 'boxes.revokeAsk' | 'boxes.removeAsk'; what: 'boxes.revokeWhat' | 'boxes.removeWhat';
  yes: 'boxes.revokeYes' | 'boxes.removeYes'; danger: boolean; work: (id: string) => Promise<unknown>;
}): HTMLButtonElement {
  const control: HTMLButtonElement = button(t(o.label), () => panel.replaceChildren(confirmPanel({
    question: t(o.ask, { label: box.label }),
    details: [t(o.what), t('boxes.resultsStay')],
    confirm: o.yes,
    onCancel: () => panel.replaceChildren(),
    onConfirm: () => {
      void runAction({ button: control, alert, onAuthLost: ctx.authLost, work: () => o.work(box.id).then(() => undefined) })
        .then((err) => !err && reload());
    },
  })), { class: `btn ${o.danger ? 'btn-danger' : 'btn-secondary'} btn-small`, 'aria-label': `${t(o.label)}: ${box.label}` });
  return control;
}

function boxList(ctx: AreaCtx, list: BoxInfo[], reload: () => void): Node {
  if (list.length === 0) return h('p', { class: 'hint', text: t('boxes.none') });
  const ul = h('ul', { class: 'item-list', role: 'list', 'aria-label': t('area.boxes') });
  for (const box of list) {
    const alert = new FormAlert();
    const panel = h('div', { class: 'item-panel' });
    const revoke = box.revoked ? null : askingButton(ctx, box, panel, alert, reload, { label: 'boxes.revoke', ask: 'boxes.revokeAsk', what: 'boxes.revokeWhat', yes: 'boxes.revokeYes', danger: false, work: boxesApi.revoke });
    // Deleting is admin-only on the server (POST /api/boxes/:id/delete): only admins see the control.
    const remove = ctx.isAdmin ? askingButton(ctx, box, panel, alert, reload, { label: 'boxes.remove', ask: 'boxes.removeAsk', what: 'boxes.removeWhat', yes: 'boxes.removeYes', danger: true, work: boxesApi.remove }) : null;
    ul.append(h('li', { class: `item${box.revoked ? ' is-disabled' : ''}`, 'data-testid': 'box-item' },
      h('h3', { class: 'item-title', text: `▣ ${box.label}` }),
      h('p', { class: 'hint', text: [t('boxes.createdAt', { date: formatDate(box.createdAt) }), box.revoked ? t('boxes.revoked') : t('boxes.active')].join(' · ') }),
      revoke || remove ? h('div', { class: 'button-row' }, revoke, remove) : null,
      alert.el, panel));
  }
  return ctx.isAdmin ? ul : h('div', {}, ul, h('p', { class: 'hint', text: t('boxes.removeAdminOnly') }));
}
