/**
 * The pseudo-locale's letters: every ASCII letter with an accent (`Refresh` -> `Ŕéƒŕéšĥ`), still
 * readable by a developer, never mistaken for English that bypassed the catalogue.
 */
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀßÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

const TABLE: ReadonlyMap<string, string> = new Map(
  [...PLAIN].map((letter, i) => [letter, ACCENTED[i] ?? letter]),
);

/** Accents every ASCII letter of `text`. */
export function accent(text: string): string {
  let out = '';
  for (const c of text) out += TABLE.get(c) ?? c;
  return out;
}
