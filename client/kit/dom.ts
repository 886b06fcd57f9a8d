// A tiny element builder. Text always goes in through textContent, never innerHTML: a
// nickname like "<img onerror=…>" must show as text, not run.

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Creates `<tag>` with attributes and children. Attribute values go through setAttribute
 * (strings only, no event handlers); `text` sets textContent; `class` sets className.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') el.textContent = String(value);
    else if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Sets textContent only when it changed (keeps screen readers from re-announcing). */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** A button with a click handler. */
export function button(label: string, onClick: (ev: MouseEvent) => void, attrs: Attrs = {}): HTMLButtonElement {
  const el = h('button', { type: 'button', class: 'btn', ...attrs, text: label });
  el.addEventListener('click', onClick);
  return el;
}

let idCounter = 0;
/** A unique element id for label/input pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled <select>; options are [value, text] pairs. */
export function labelledSelect(label: string, options: [string, string][], value: string, attrs: Attrs = {}): { wrap: HTMLElement; select: HTMLSelectElement } {
  const id = uid('sel');
  const select = h('select', { id, ...attrs });
  for (const [v, text] of options) select.append(h('option', { value: v, text }));
  select.value = value;
  const wrap = h('div', { class: 'field' }, h('label', { for: id, text: label }), select);
  return { wrap, select };
}

/** Formats a six-digit code as "123 456" for reading from a distance. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** Replaces all children (null / false children are skipped). */
export function replace(parent: Element, ...children: Child[]): void {
  clear(parent);
  append(parent, ...children);
}

/** Removes all children. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
