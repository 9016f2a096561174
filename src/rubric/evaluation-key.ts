// An evaluation's stable key: assigned once (when the row is created, imported or first read) and never changed, so
// a save finds its evaluation wherever sorting, filtering or deleted rows have moved it. Text that Excel cannot
// take for a number, date, boolean or formula ("ev-" and lowercase letters and digits).

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const LENGTH = 10;
const KEY = /^ev-[0-9a-z]{4,}$/;

/** A random number in [0, 1): the platform's cryptographic source where there is one. */
function secureRandom(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (crypto?.getRandomValues) return crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;
  return Math.random();
}

/** A key not among `taken` (compared as written). */
export function newEvaluationKey(taken: ReadonlySet<string>, random: () => number = secureRandom): string {
  for (;;) {
    let key = "ev-";
    for (let i = 0; i < LENGTH; i++) key += ALPHABET[Math.floor(random() * ALPHABET.length)];
    if (!taken.has(key)) return key;
  }
}

/** `count` new keys, distinct from each other and from `taken`. */
export function newEvaluationKeys(count: number, taken: ReadonlySet<string> = new Set()): string[] {
  const all = new Set(taken);
  return Array.from({ length: count }, () => {
    const key = newEvaluationKey(all);
    all.add(key);
    return key;
  });
}

/** Whether text has the form of a key the add-in writes. */
export function isEvaluationKey(value: unknown): value is string {
  return typeof value === "string" && KEY.test(value);
}
