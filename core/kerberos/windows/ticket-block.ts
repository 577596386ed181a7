/**
 * One `#N>` ticket of Windows klist.exe output, read from its field lines in place: the fields are
 * positions in the listing's text (see ../line-index.ts), and only the values a Ticket keeps are
 * taken out as strings. Structure only, as the rest of the parser (./klist.ts): the fields come in
 * a fixed order (client, server, ticket encryption type, flags, start, end, renew time, session
 * key type, then on Windows 8+ cache flags and the KDC called); a label is whatever precedes the
 * first colon (`:` or `：`); values are checked by their shape.
 *
 * Read by characters rather than with regular expressions and arrays per field: a listing of
 * thousands of tickets is read at tens of MB/s, and makes little garbage beyond the tickets
 * themselves (issue 14).
 */
import { isTrimSpace as isSpace } from '../line-index';
import type { LocalIso } from '../time';
import type { Ticket } from '../types';
import { windowsCacheFlagNames, windowsTicketFlagNames } from './flags';

export interface TicketBlock {
  ticket: Ticket | null;
  /** Fields are missing at the end of the ticket, or a line was cut. */
  truncated: boolean;
  /** The ticket has a cache-flags line (Windows 8+ format). */
  modern: boolean;
  /** The ticket ends right after its session key type (Windows 7 format, or cut there). */
  endsAtSessionKey: boolean;
  /** How many of the block's fields were read as fields (their lines are consumed). */
  used: number;
}

/** The most field lines a ticket has (Windows 8+: ten). */
export const MAX_FIELDS = 10;

/** The most distinct strings remembered per listing. */
const MAX_INTERNED = 4096;

/** `[0-9a-z_]` without case. */
const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
/** The value of a hex digit, or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/**
 * The field lines of one ticket, as ranges of the text: field k runs from `from[k]` to `to[k]`
 * (the line's end). One per parse, reused for every ticket.
 */
export class TicketFields {
  count = 0;
  private readonly from = new Int32Array(MAX_FIELDS);
  private readonly to = new Int32Array(MAX_FIELDS);
  /** Where the last `valueStart` value ends. */
  private valueEnd = 0;
  /** The number and the end of the last `hexWordAt` / `digitsAt` read. */
  private number = 0;
  /**
   * The strings of this listing by their text: a listing repeats its client, realms and
   * encryption types ticket after ticket, and each ticket keeps the one string instead of its own
   * copy (most of a large listing's garbage was such copies; times: see createLocalIso).
   */
  private readonly strings = new Map<string, string>();
  /** `name@REALM` by the printed `name @ REALM`. */
  private readonly principals = new Map<string, string>();

  constructor(readonly text: string) {}

  /** The one string of this listing with the text of `text[from, to)`. */
  private intern(from: number, to: number): string {
    const key = this.text.slice(from, to);
    const known = this.strings.get(key);
    if (known !== undefined) return known;
    // A hostile listing of all-different values must not grow the table without bound.
    if (this.strings.size >= MAX_INTERNED) this.strings.clear();
    this.strings.set(key, key);
    return key;
  }

  reset(): void {
    this.count = 0;
  }

  add(from: number, to: number): void {
    this.from[this.count] = from;
    this.to[this.count] = to;
    this.count += 1;
  }

  /**
   * Where field k's value starts (after the first `:` or `：`, white space skipped), its end in
   * `valueEnd`; -1 when there is no field k or it has no colon.
   */
  private valueStart(k: number): number {
    if (k >= this.count) return -1;
    const text = this.text;
    const to = this.to[k] ?? 0;
    let at = this.from[k] ?? 0;
    while (at < to) {
      const c = text.charCodeAt(at);
      if (c === 0x3a || c === 0xff1a) break;
      at += 1;
    }
    if (at >= to) return -1;
    at += 1;
    let end = to;
    while (at < end && isSpace(text.charCodeAt(at))) at += 1;
    while (end > at && isSpace(text.charCodeAt(end - 1))) end -= 1;
    this.valueEnd = end;
    return at;
  }

  /** Field k's value: the text after its label, trimmed; null without a field or a label. */
  value(k: number): string | null {
    const at = this.valueStart(k);
    return at < 0 ? null : this.intern(at, this.valueEnd);
  }

  /** Field k's value is exactly `0` (a renew time that Windows leaves unset). */
  valueIsZero(k: number): boolean {
    const at = this.valueStart(k);
    return at >= 0 && this.valueEnd === at + 1 && this.text.charCodeAt(at) === 0x30;
  }

  /** Field k's value as a principal: `name @ REALM` -> `name@REALM` (the last `@` separates). */
  principal(k: number): string | null {
    const from = this.valueStart(k);
    if (from < 0) return null;
    const text = this.text;
    const end = this.valueEnd;
    let at = end - 1;
    while (at >= from && text.charCodeAt(at) !== 0x40) at -= 1;
    let nameEnd = at;
    while (nameEnd > from && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd -= 1;
    let realm = at + 1;
    while (realm < end && isSpace(text.charCodeAt(realm))) realm += 1;
    if (at < from || (nameEnd === at && realm === at + 1)) return this.intern(from, end);
    // `name @ REALM`: the joined form, once per distinct printed form.
    const printed = this.intern(from, end);
    const known = this.principals.get(printed);
    if (known !== undefined) return known;
    const joined = `${text.slice(from, nameEnd)}@${text.slice(realm, end)}`;
    if (this.principals.size >= MAX_INTERNED) this.principals.clear();
    this.principals.set(printed, joined);
    return joined;
  }

  /** The 1..`max` digits at `at` (in `number`), and where they end; -1 without a digit. */
  private digitsAt(at: number, max: number): number {
    const text = this.text;
    let value = 0;
    let end = at;
    while (end < this.valueEnd && end - at < max) {
      const c = text.charCodeAt(end);
      if (c < 0x30 || c > 0x39) break;
      value = value * 10 + (c - 0x30);
      end += 1;
    }
    this.number = value;
    return end === at ? -1 : end;
  }

  /**
   * Field k's value as klist's date, always month/day/year on a 24-hour clock:
   * `11/1/2024 13:33:39 (local)`, that is `M{1,2}/D{1,2}/YYYY<spaces>H{1,2}:MM:SS` followed by the
   * end, a space or `(` / `（`; null otherwise.
   */
  date(k: number, toIso: LocalIso): string | null {
    const from = this.valueStart(k);
    if (from < 0) return null;
    const text = this.text;
    const end = this.valueEnd;
    const monthEnd = this.digitsAt(from, 2);
    const month = this.number;
    if (monthEnd < 0 || text.charCodeAt(monthEnd) !== 0x2f) return null;
    const dayEnd = this.digitsAt(monthEnd + 1, 2);
    const day = this.number;
    if (dayEnd < 0 || dayEnd >= end || text.charCodeAt(dayEnd) !== 0x2f) return null;
    const yearEnd = this.digitsAt(dayEnd + 1, 4);
    const year = this.number;
    if (yearEnd < 0 || yearEnd - dayEnd - 1 !== 4) return null;
    let at = yearEnd;
    while (at < end && isSpace(text.charCodeAt(at))) at += 1;
    if (at === yearEnd) return null;
    const hourEnd = this.digitsAt(at, 2);
    const hour = this.number;
    if (hourEnd < 0 || hourEnd >= end || text.charCodeAt(hourEnd) !== 0x3a) return null;
    const minuteEnd = this.digitsAt(hourEnd + 1, 2);
    const minute = this.number;
    if (minuteEnd < 0 || minuteEnd - hourEnd - 1 !== 2 || minuteEnd >= end) return null;
    if (text.charCodeAt(minuteEnd) !== 0x3a) return null;
    const secondEnd = this.digitsAt(minuteEnd + 1, 2);
    const second = this.number;
    if (secondEnd < 0 || secondEnd - minuteEnd - 1 !== 2) return null;
    // Followed by the end, a space or `(local)` (half- or full-width), never by more digits.
    const next = text.charCodeAt(secondEnd);
    if (secondEnd < end && !isSpace(next) && next !== 0x28 && next !== 0xff08) return null;
    return toIso({ year, month, day, hour, minute, second });
  }

  /**
   * A flag word at `at` (`0x` and 1-8 hex digits, not followed by a letter, digit or `_`): its
   * value in `number`, and where it ends; -1 when there is none.
   */
  private hexWordAt(at: number, to: number): number {
    const text = this.text;
    const x = text.charCodeAt(at + 1);
    if (text.charCodeAt(at) !== 0x30 || (x !== 0x78 && x !== 0x58)) return -1;
    let value = 0;
    let end = at + 2;
    while (end < to && end - at - 2 < 9) {
      const digit = hexValue(text.charCodeAt(end));
      if (digit < 0) break;
      value = value * 16 + digit;
      end += 1;
    }
    const digits = end - at - 2;
    if (digits < 1 || digits > 8 || (end < to && isWordChar(text.charCodeAt(end)))) return -1;
    this.number = value;
    return end;
  }

  /**
   * The ticket flags of field k: the first flag word on the line (hex, or a bare `0` before the
   * arrow) and the names after the arrow, checked against the names the word spells.
   */
  flags(k: number): { hex: string; names: string[] } | null {
    if (k >= this.count) return null;
    const text = this.text;
    const from = this.from[k] ?? 0;
    const to = this.to[k] ?? 0;
    for (let at = from; at < to; at += 1) {
      if (text.charCodeAt(at) !== 0x30) continue;
      if (at > from && isWordChar(text.charCodeAt(at - 1))) continue;
      let end = this.hexWordAt(at, to);
      let word = this.number;
      if (end < 0) {
        // A bare `0` followed by spaces and the arrow.
        let arrow = at + 1;
        while (arrow < to && isSpace(text.charCodeAt(arrow))) arrow += 1;
        if (text.charCodeAt(arrow) !== 0x2d || text.charCodeAt(arrow + 1) !== 0x3e) continue;
        if (arrow + 1 >= to) continue;
        end = at + 1;
        word = 0;
      }
      const spelled = windowsTicketFlagNames(word);
      return { hex: this.intern(at, end), names: this.namesAfter(end, to, spelled) };
    }
    return null;
  }

  /** The cache flags of field k: `0x1 -> PRIMARY`, `0x41 -> PRIMARY FAST` or `0`; null otherwise. */
  cacheFlags(k: number): string[] | null {
    const from = this.valueStart(k);
    if (from < 0) return null;
    const to = this.valueEnd;
    let end = this.hexWordAt(from, to);
    let word = this.number;
    if (end < 0) {
      if (this.text.charCodeAt(from) !== 0x30) return null;
      if (from + 1 < to && isWordChar(this.text.charCodeAt(from + 1))) return null;
      end = from + 1;
      word = 0;
    }
    return this.namesAfter(end, to, windowsCacheFlagNames(word));
  }

  /**
   * The names to report for a flag word: with no arrow after it, the names it spells; else the
   * printed names after the arrow, unless they are the spelled ones or a token prefix of them (a
   * cut line, e.g. `... name_canonicaliz`): then the spelled ones.
   */
  private namesAfter(from: number, to: number, spelled: string[]): string[] {
    const text = this.text;
    let at = from;
    while (at < to && isSpace(text.charCodeAt(at))) at += 1;
    if (text.charCodeAt(at) !== 0x2d || text.charCodeAt(at + 1) !== 0x3e || at + 1 >= to) {
      return spelled;
    }
    at += 2;
    // Compare the printed tokens with the spelled names in place; make the printed list only when
    // they differ. Every token must equal its spelled name, the last may be a prefix of it.
    let k = 0;
    let prefixOnly = false;
    for (;;) {
      while (at < to && isSpace(text.charCodeAt(at))) at += 1;
      if (at >= to) return spelled;
      let end = at;
      while (end < to && !isSpace(text.charCodeAt(end))) end += 1;
      const want = spelled[k];
      const length = end - at;
      if (prefixOnly || want === undefined || length > want.length) break;
      let i = 0;
      while (i < length && text.charCodeAt(at + i) === want.charCodeAt(i)) i += 1;
      if (i < length) break;
      prefixOnly = length !== want.length;
      k += 1;
      at = end;
    }
    return this.printedNames(from, to);
  }

  /** The names after the arrow as printed, split at spaces. */
  private printedNames(from: number, to: number): string[] {
    const text = this.text;
    let at = from;
    while (at < to && isSpace(text.charCodeAt(at))) at += 1;
    at += 2;
    const names: string[] = [];
    while (at < to) {
      while (at < to && isSpace(text.charCodeAt(at))) at += 1;
      if (at >= to) break;
      let end = at;
      while (end < to && !isSpace(text.charCodeAt(end))) end += 1;
      names.push(this.intern(at, end));
      at = end;
    }
    return names;
  }
}
