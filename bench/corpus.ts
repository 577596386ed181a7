/**
 * The texts the parser figures read: real klist output only (the shared samples and the MIT
 * captures in test/fixtures), never invented tickets.
 *
 * - `windowsListing(n)` / `mitListing(n)`: ONE listing of `n` tickets, made of the ticket blocks of
 *   every real listing of that family in turn (renumbered `#0>`..., and the count set to `n`), so
 *   the time per ticket can be compared between 10 and 10,000 tickets.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Samples {
  windows: string[];
  mit: string[];
}

function readTexts(dir: string, pick: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && pick(name))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
}

/** Real listings with tickets: Windows `win-*-list-*`, MIT `mit-list-*` and the MIT captures. */
export function loadSamples(root: string): Samples {
  const shared = path.resolve(root, '..', 'shared', 'klist-samples');
  const windows = readTexts(shared, (n) => /^win-[a-z]+-list-/.test(n)).filter((t) =>
    /^\s*#\d+>/m.test(t),
  );
  const mit = [
    ...readTexts(shared, (n) => n.startsWith('mit-list-')),
    ...readTexts(path.join(root, 'test', 'fixtures', 'mit-real'), (n) => !n.includes('error')),
  ];
  return { windows, mit };
}

/** The `#N>` ticket blocks of Windows listings, and the header of the first. */
function windowsBlocks(texts: string[]): { header: string; blocks: string[] } {
  const blocks: string[] = [];
  let header = '';
  for (const text of texts) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    let block: string[] | null = null;
    const top: string[] = [];
    for (const line of lines) {
      if (/^\s*#\d+>/.test(line)) {
        if (block) blocks.push(block.join('\n'));
        block = [line.replace(/#\d+>/, '#N>')];
      } else if (block) {
        if (line.trim() !== '') block.push(line);
      } else top.push(line);
    }
    if (block) blocks.push(block.join('\n'));
    if (header === '') header = top.join('\n');
  }
  return { header, blocks };
}

/** A Windows listing of `n` real ticket blocks, numbered and counted as klist prints them. */
export function windowsListing(texts: string[], n: number): string {
  const { header, blocks } = windowsBlocks(texts);
  const out: string[] = [header.replace(/\((\d+)\)/, `(${n})`)];
  for (let i = 0; i < n; i += 1) {
    out.push(`${(blocks[i % blocks.length] ?? '').replace('#N>', `#${i}>`)}\n`);
  }
  return out.join('\n');
}

/**
 * The ticket blocks (ticket line and its indented details) of the MIT listings printed
 * month-first (`11/25/26`, the C and en_US locales), so that one listing reads in one date order.
 */
function mitBlocks(texts: string[]): { header: string; blocks: string[] } {
  const blocks: string[] = [];
  let header = '';
  const ticketLine = /^\d{2}\/\d{2}\/\d{2,4} \d{2}:\d{2}:\d{2}\s+\d{2}\/\d{2}\//;
  for (const text of texts.filter((t) => !/^(?:1[3-9]|[23]\d)\/\d{2}\//m.test(t))) {
    const lines = text.split('\n');
    let block: string[] | null = null;
    const top: string[] = [];
    for (const line of lines) {
      if (ticketLine.test(line)) {
        if (block) blocks.push(block.join('\n'));
        block = [line];
      } else if (block && /^\s/.test(line) && line.trim() !== '') block.push(line);
      else if (block) {
        blocks.push(block.join('\n'));
        block = null;
      } else if (blocks.length === 0) top.push(line);
    }
    if (block) blocks.push(block.join('\n'));
    if (header === '' && blocks.length > 0) header = top.filter((l) => l.trim() !== '').join('\n');
  }
  return { header, blocks };
}

/** An MIT listing (one cache) of `n` real ticket blocks. */
export function mitListing(texts: string[], n: number): string {
  const { header, blocks } = mitBlocks(texts);
  const out: string[] = [header];
  for (let i = 0; i < n; i += 1) out.push(blocks[i % blocks.length] ?? '');
  return `${out.join('\n')}\n`;
}
