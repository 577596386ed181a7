/**
 * A table that fits the terminal: columns padded to their widest cell by display width, two
 * spaces apart; when the row is wider than the terminal, the flexible column (the ticket's name)
 * gives up the columns, its long cells cut in the middle (`cutMiddle`), never at the end. The
 * other columns hold short values (times, durations) and keep their width.
 */
import { cutMiddle, displayWidth, padTo } from '../core/text/width';
import { paint, type Terminal, type Tone } from './terminal';

export interface Column {
  header: string;
  /** This column shrinks to make the table fit (one per table). */
  flexible?: boolean;
}

export interface Row {
  cells: string[];
  tone?: Tone | null;
}

const GAP = '  ';
/** The flexible column never gets narrower than this, even if the line must then wrap. */
const MIN_FLEXIBLE = 16;

export function fitTable(
  columns: readonly Column[],
  rows: readonly Row[],
  terminal: Terminal,
): string[] {
  const all = [columns.map((c) => c.header), ...rows.map((r) => r.cells)];
  const widths = columns.map((_, i) =>
    Math.max(...all.map((cells) => displayWidth(cells[i] ?? ''))),
  );
  const total = widths.reduce((a, b) => a + b, 0) + GAP.length * (columns.length - 1);
  const flex = columns.findIndex((c) => c.flexible);
  if (flex >= 0 && total > terminal.columns) {
    const others = total - (widths[flex] ?? 0);
    widths[flex] = Math.max(MIN_FLEXIBLE, terminal.columns - others);
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        const shown = i === flex ? cutMiddle(cell, width) : cell;
        return i === cells.length - 1 ? shown : padTo(shown, width);
      })
      .join(GAP)
      .trimEnd();
  return [line(all[0] ?? []), ...rows.map((r) => paint(terminal, r.tone ?? null, line(r.cells)))];
}
