// Keyboard hints only where a keyboard is: a device with a fine pointer that can hover (a
// laptop, a PC) counts as having one, and so does any device once a key was pressed (a
// tablet with a keyboard). Touch phones get no "Tasten: 1–4" lines. The <html> element
// carries `has-keyboard` so CSS can hide key caps too.

const QUERY = '(hover: hover) and (pointer: fine)';
let keyPressed = false;

/** True when this device shows key hints. */
export function hasKeyboard(): boolean {
  if (keyPressed) return true;
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}

function mark(): void {
  document.documentElement.classList.toggle('has-keyboard', hasKeyboard());
}

if (typeof document !== 'undefined') {
  mark();
  addEventListener('keydown', (e) => {
    // Tab and the like come from on-screen keyboards' "next" too; a letter, digit, arrow or Space means a keyboard.
    if (keyPressed || (e.key.length > 1 && !e.key.startsWith('Arrow'))) return;
    keyPressed = true;
    mark();
  }, { capture: true, passive: true });
}

/** Key hints in brackets, "(Tasten: 0/1, A/R, Pfeile)", "(oder Leertaste)", cut from a text for touch devices. */
export function withoutKeyHints(text: string): string {
  return hasKeyboard() ? text : stripKeyHints(text);
}

/** The same cut, always: for the projector, which the class reads but nobody plays on. */
export function stripKeyHints(text: string): string {
  return text.replace(/\s*\((?:Tasten|Taste|keys|key|oder (?:drücke )?(?:die )?Leertaste|or (?:press )?(?:the )?space(?: bar)?)[^)]*\)/gi, '');
}
