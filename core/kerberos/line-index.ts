/**
 * The lines of a text by position: where each line starts and ends (white space trimmed off both
 * ends, as `String#trim` trims), held in two typed arrays. No line is copied: a parser takes a
 * line's string only when it needs one, and tests most lines by their characters in the text.
 *
 * Why: splitting a 10 MB listing into an array of trimmed line strings, all alive until the end of
 * the parse, made about a third of the Windows parser's time garbage collection (issue 14).
 * Lines end at CRLF, CR or LF, as klist's output may use any of them.
 */

export class LineIndex {
  constructor(
    readonly text: string,
    /** The number of lines (an empty text has one empty line, as `''.split('\n')`). */
    readonly count: number,
    /** Index in `text` of line i's first character after leading white space. */
    readonly start: Int32Array,
    /** Index in `text` just after line i's last character before trailing white space. */
    readonly end: Int32Array,
  ) {}

  /** Line `i` as a string (trimmed). */
  line(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** True when line `i` is empty or white space only. */
  isEmpty(i: number): boolean {
    return this.start[i] === this.end[i];
  }
}

/** White space as `String#trim` removes it (WhiteSpace and LineTerminator of ECMAScript). */
export function isTrimSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Calls `visit` with the start and end (before its line break) of every line of `text`, in order.
 * Line ends are found by the engine's own search, far faster than a loop over characters; the
 * next CR and the next LF are each looked up again only once passed.
 */
export function eachLine(text: string, visit: (from: number, to: number) => void): void {
  const length = text.length;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let at = 0;
  for (;;) {
    if (nextLf >= 0 && nextLf < at) nextLf = text.indexOf('\n', at);
    if (nextCr >= 0 && nextCr < at) nextCr = text.indexOf('\r', at);
    const stop =
      nextCr < 0 ? (nextLf < 0 ? length : nextLf) : nextLf < 0 ? nextCr : Math.min(nextLf, nextCr);
    visit(at, stop);
    if (stop >= length) return;
    at = stop + (stop === nextCr && text.charCodeAt(stop + 1) === 0x0a ? 2 : 1);
  }
}

/**
 * The next occurrence of a string (or of a global expression's match) in a text, found by the
 * engine's own search and looked up again only once passed: a parser that asks each line "is
 * there a `:` (or `=`, or `klist`) in you?" searches the text once in all, not once per line, and
 * never past the next occurrence.
 */
export class NextOccurrence {
  private found = -1;

  constructor(
    private readonly text: string,
    /** A string, or an expression with the `g` flag. */
    private readonly what: string | RegExp,
  ) {}

  /**
   * Index of the first occurrence at or after `from` (the text's length when there is none);
   * `from` never goes back between calls (lines are read in order).
   */
  from(from: number): number {
    if (this.found < from && this.found !== this.text.length) {
      const next = this.search(from);
      this.found = next < 0 ? this.text.length : next;
    }
    return this.found;
  }

  private search(from: number): number {
    if (typeof this.what === 'string') return this.text.indexOf(this.what, from);
    this.what.lastIndex = from;
    return this.what.exec(this.text)?.index ?? -1;
  }
}

export function indexLines(text: string): LineIndex {
  let capacity = 64;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let count = 0;
  eachLine(text, (at, stop) => {
    let from = at;
    let to = stop;
    while (from < to && isTrimSpace(text.charCodeAt(from))) from += 1;
    while (to > from && isTrimSpace(text.charCodeAt(to - 1))) to -= 1;
    if (count === capacity) {
      capacity *= 2;
      const grownStart = new Int32Array(capacity);
      const grownEnd = new Int32Array(capacity);
      grownStart.set(start);
      grownEnd.set(end);
      start = grownStart;
      end = grownEnd;
    }
    start[count] = from;
    end[count] = to;
    count += 1;
  });
  return new LineIndex(text, count, start, end);
}
