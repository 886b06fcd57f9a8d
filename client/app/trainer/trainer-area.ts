import { t, type MessageKey } from '../../i18n/index.ts';
import type { Me } from '../../net/accounts-api.ts';
import { button, h } from '../dom.ts';
import type { Screen } from '../shell.ts';
import type { AreaCtx, PrintedCard, SectionId } from './area-context.ts';
import { apprenticesSection } from './apprentices-section.ts';
import { boardSection } from './board-section.ts';
import { boxesSection } from './boxes-section.ts';
import { cardsSection } from './cards-section.ts';
import { companiesSection } from './companies-section.ts';
import { coverageSection } from './coverage-section.ts';
import { reportsSection } from './reports-section.ts';
import { settingsSection } from './settings-section.ts';
import { taskSetsSection } from './task-sets-section.ts';
import { trainersSection } from './trainers-section.ts';
import './trainer.css';

// The trainer area ("Ausbilderbereich"): who is signed in, a row of sections, and the chosen
// section below. Company admins see two more sections; the platform admin sees companies only.

export interface TrainerAreaActions {
  home(): void;
  host(): void;
  signOut(): void;
  go(section: SectionId, param: string | null): void;
  print(cards: PrintedCard[]): void;
  authLost(): void;
}

const SECTIONS: { id: SectionId; label: MessageKey; build: (ctx: AreaCtx, param: string | null) => HTMLElement; admin?: boolean }[] = [
  { id: 'apprentices', label: 'area.apprentices', build: apprenticesSection },
  { id: 'cards', label: 'area.cards', build: cardsSection },
  { id: 'board', label: 'area.board', build: boardSection },
  { id: 'reports', label: 'area.reports', build: reportsSection },
  { id: 'coverage', label: 'area.coverage', build: coverageSection },
  { id: 'task-sets', label: 'area.taskSets', build: taskSetsSection },
  { id: 'boxes', label: 'area.boxes', build: boxesSection },
  { id: 'trainers', label: 'area.trainers', build: trainersSection, admin: true },
  { id: 'settings', label: 'area.settings', build: settingsSection, admin: true },
];

/**
 * Where a long label may break in the phone's three-column menu (soft hyphens; Chromium on
 * a laptop has no German hyphenation dictionary, so `hyphens: auto` alone would not do).
 */
const BREAKS: Record<string, string> = {
  Bestenliste: 'Besten\u00adliste', Übungsstand: 'Übungs\u00adstand', Aufgabensätze: 'Aufgaben\u00adsätze',
  Einstellungen: 'Ein\u00adstel\u00adlungen', Ausbilder: 'Aus\u00adbilder',
  Apprentices: 'Appren\u00adtices', Leaderboard: 'Leader\u00adboard',
};

/** The label with its break points for the menu; unchanged when it has none. */
function withBreaks(label: string): string {
  return BREAKS[label] ?? label;
}

/** The sections this trainer may open, in menu order. */
function sectionsFor(me: Me) {
  if (me.trainer.role === 'platform') return [{ id: 'companies' as const, label: 'area.companies' as const, build: companiesSection }];
  return SECTIONS.filter((s) => !s.admin || me.trainer.role === 'admin');
}

export function trainerAreaScreen(me: Me, wanted: SectionId, param: string | null, actions: TrainerAreaActions): Screen {
  const allowed = sectionsFor(me);
  const current = allowed.find((s) => s.id === wanted) ?? allowed[0];
  const ctx: AreaCtx = {
    me,
    isAdmin: me.trainer.role === 'admin',
    go: (section, p = null) => actions.go(section, p),
    print: actions.print,
    authLost: actions.authLost,
  };

  const nav = h('nav', { class: 'area-nav', 'aria-label': t('area.sections') });
  const list = h('ul', { class: 'area-tabs', role: 'list' });
  for (const s of allowed) {
    const label = t(s.label);
    const tab = button('', () => actions.go(s.id, null), {
      class: `btn btn-small area-tab${s === current ? ' is-current' : ''}`,
      ...(s === current ? { 'aria-current': 'page' } : {}),
    });
    // Seen: the label with its break points; read out: exactly the label (no soft hyphens in
    // the accessible name, and no aria-label that differs from the visible text).
    tab.append(h('span', { 'aria-hidden': 'true', text: withBreaks(label) }), h('span', { class: 'visually-hidden', text: label }));
    list.append(h('li', {}, tab));
  }
  nav.append(list);

  const who = me.company ? t('account.signedInAt', { name: me.trainer.displayName, company: me.company.name }) : t('account.signedInPlatform', { name: me.trainer.displayName });
  const el = h('section', { class: 'screen screen-trainer' },
    h('div', { class: 'area-head' },
      h('h1', { text: t('area.title') }),
      h('p', { class: 'hint', 'data-testid': 'signed-in-as', text: who }),
      h('div', { class: 'button-row' },
        me.company ? button(t('home.host'), () => actions.host(), { class: 'btn btn-primary btn-small' }) : null,
        button(t('common.home'), () => actions.home(), { class: 'btn btn-secondary btn-small' }),
        button(t('account.signOut'), () => actions.signOut(), { class: 'btn btn-secondary btn-small' }))),
    nav,
    current ? current.build(ctx, param) : null);
  return { id: 'trainer', el };
}
