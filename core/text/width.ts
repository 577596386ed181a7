/**
 * Text measured as a terminal shows it: East Asian wide characters (Chinese, Japanese, full-width
 * forms) take two columns, combining marks none (`string-width`). Tables and wrapped help are
 * laid out in these columns, so Japanese and Chinese rows line up with English ones. Shared by the
 * command line and the diagnosis report (which the window copies too).
 */
import stringWidth from 'string-width';

/**
 * Characters of one column each, alone and in any sequence: printable ASCII, Latin-1 but for the
 * two that are emoji (© ®) and the soft hyphen (no column), and the dashes, quotes, bullets and
 * ellipsis of General Punctuation.
 * No escape, control, combining, wide or emoji character, and none that joins others into one
 * (U+200D, U+FE0F, U+20E3 are outside). width.test.ts checks each against string-width.
 */
export const ONE_COLUMN =
  /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u00ff\u2010-\u2027\u2030-\u203a]*$/;

/**
 * Columns of `text`. Text of one-column characters only (English, and most German, French and
 * Spanish) is its length: `string-width` runs its ANSI and emoji expressions over every string,
 * which was most of laying out `regroup --help` (issue 14: start-up); it measures everything else.
 */
export const displayWidth = (text: string): number =>
  ONE_COLUMN.test(text) ? text.length : stringWidth(text);

/** `text` padded with spaces to `width` columns (never cut). */
export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * `text` cut to at most `width` columns by taking characters out of its middle: the start (the
 * service) and the end (the realm) of a ticket's name are what tell tickets apart.
 */
export function cutMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  const chars = [...text];
  let head = '';
  let tail = '';
  let room = width - 1; // the ellipsis
  let front = 0;
  let back = chars.length - 1;
  // Alternate: one column from the front, one from the back, so both halves stay recognisable.
  for (let fromFront = true; front <= back; fromFront = !fromFront) {
    const next = fromFront ? (chars[front] ?? '') : (chars[back] ?? '');
    const w = displayWidth(next);
    if (w > room) break;
    room -= w;
    if (fromFront) {
      head += next;
      front++;
    } else {
      tail = next + tail;
      back--;
    }
  }
  return `${head}…${tail}`;
}

/** Words of `text` in lines of at most `width` columns (a word longer than that stays whole). */
export function wrap(text: string, width: number): string[] {
  // Chinese and Japanese have no spaces between words: break between any two wide characters.
  const words = text.split(
    /(?<=\s)|(?<=[\u3000-\u9fff\uff00-\uffef])(?=[\u3000-\u9fff\uff00-\uffef])/u,
  );
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && displayWidth((line + word).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** `text` wrapped to `columns`, its first line after `first`, the others after `rest` (hanging). */
export function hanging(text: string, columns: number, first = '', rest = first): string[] {
  const room = Math.max(20, columns - Math.max(displayWidth(first), displayWidth(rest)));
  return wrap(text, room).map((line, i) => `${i ? rest : first}${line}`);
}
