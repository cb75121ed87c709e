// The words an interest is matched by: lower case, without accents, without the small words of English,
// French and Spanish, a word and its plural taken as one; so "Inspección laboral" and "inspecciones
// laborales" meet. Simple on purpose: the secretariat is shown which words matched, and judges.

const small = new Set(
  [
    'and the for with from into between about their this that other others more through', // English
    'les des dans pour avec entre leur leurs une aux sur par autre autres plus', // French
    'los las del para con entre sus una por otro otros otra otras mas sobre', // Spanish
  ].flatMap((words) => words.split(' ')),
);

/** A word as matching compares it. */
const stem = (word: string) => (word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word);

/** Each word of a text as typed, with the key it is compared by (none for a small word). */
function typedWords(text: string): { typed: string; key?: string }[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((typed) => {
      const bare = typed.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      return bare.length >= 3 && !small.has(bare) ? { typed, key: stem(bare) } : { typed };
    });
}

/** The words of a text that say something, each once, in the order they come. */
export function wordsOf(text: string): string[] {
  return [...new Set(typedWords(text).flatMap((w) => (w.key ? [w.key] : [])))];
}

/** The words of `text` whose keys are among `keys`, as typed there: what a reader is shown of a match. */
export function typedAs(text: string, keys: string[]): string[] {
  const found = typedWords(text).filter((w) => w.key && keys.includes(w.key));
  return [...new Map(found.map((w) => [w.key, w.typed])).values()];
}

/** Two words are one when one is the other with up to two more letters at its end: "inspección", "inspecciones". */
export const sameWord = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 2 && (short.length >= 4 || short === long);
};

/** Whether `words` holds `word`, as `sameWord` counts. */
export const holds = (words: string[], word: string) => words.some((w) => sameWord(w, word));

/**
 * The interest's words found in a text, if they are enough to say the text is about it: at least half of
 * them (one of one, two of three), so that "labour" alone does not match every text about labour.
 */
export function matchedWords(interest: string[], text: string): string[] {
  if (!interest.length) return [];
  const found = wordsOf(text);
  const matched = interest.filter((w) => holds(found, w));
  return matched.length >= Math.ceil(interest.length / 2) ? matched : [];
}

/** A short key of a text that two spellings of the same words share: its words, cut, and a hash of all of them. */
export function areaKey(text: string): string {
  const words = wordsOf(text);
  let hash = 0x811c9dc5; // FNV-1a: plain arithmetic, the same in a workflow, an activity and the portal
  for (const char of words.join(' ')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const readable = words
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${readable || 'area'}-${hash.toString(36)}`;
}
