/**
 * The start of a text, line by line, for the klist detectors: they decide from the first lines,
 * so a 10 MB paste is not split whole (nor copied) just to look at its top.
 */

/** The first `count` lines of `text` (CRLF, CR or LF ends), without splitting the rest. */
export function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end += 1;
    }
    lines.push(text.slice(start, end));
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}
