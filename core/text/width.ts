/**
 * Text measured as a terminal shows it: East Asian wide characters (Chinese, Japanese, full-width
 * forms) take two columns, combining marks none (`string-width`). Tables and wrapped help are
 * laid out in these columns, so Japanese and Chinese rows line up with English ones. Shared by the
 * command line and the diagnosis report (which the window copies too).
 */
import stringWidth from 'string-width';

/** Printable ASCII only: one column per character, no escape, no emoji, nothing wide. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Columns of `text`. Plain ASCII (all of English) is its length: `string-width` builds its ANSI
 * and emoji expressions anew on every call, which was most of laying out `regroup --help`
 * (issue 14: start-up); it still measures everything else.
 */
export const displayWidth = (text: string): number =>
  PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);

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
