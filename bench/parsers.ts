/**
 * Figure 2: the Windows and MIT parsers over real tickets (see corpus.ts).
 * - Throughput: 10 MB of real ticket blocks, as listings of 1,000 tickets parsed one after the
 *   other; MB/s from the CPU time of the fastest of several such passes after three to warm up
 *   (see cpuOnce: wall time on a loaded machine is the neighbours'; so is most of the spread of
 *   CPU time between passes of the same work), the median next to it. Not one listing of 10 MB: a listing keeps MAX_TICKETS tickets, so
 *   a parser that only reads past the rest would be timed mostly skipping them; here every ticket
 *   read is a ticket built.
 * - Linearity: the time per ticket of a 10,000-ticket listing against that of a 10-ticket one
 *   (the small one parsed many times per sample so the clock can see it).
 *
 * The parsers are timed as the app ships them: bundled by esbuild into one CommonJS file, as
 * scripts/build.mjs bundles them. Run through bench/register.cjs instead (each module compiled on
 * its own, every imported function read through an export getter at each call), the getters were
 * 6-9% of the MIT parser's profile, time the shipped code does not spend.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { MAX_TICKETS } from '../core/kerberos/limits';
import type { KlistListing } from '../core/kerberos/types';
import { mitListing, windowsListing, type Samples } from './corpus';
import { cpuOnce, figure, median, ms, ratio, skipped, type Figure } from './measure';

const MB = 1024 * 1024;

interface Family {
  name: 'Windows' | 'MIT';
  parse(text: string): KlistListing;
  listing(n: number): string;
}

export interface ParserOptions {
  /** Size of the throughput text. */
  bytes: number;
  /** Parses of it (median). */
  runs: number;
  /** The large listing of the linearity figure. */
  many: number;
}

function perTicket(family: Family, n: number, budgetMs: number, samples: number): number {
  const text = family.listing(n);
  const listing = family.parse(text);
  // Every ticket is read; a listing keeps MAX_TICKETS of them (core/kerberos/limits.ts).
  if (listing.tickets.length !== Math.min(n, MAX_TICKETS)) {
    throw new Error(`${family.name}: read ${listing.tickets.length} of ${n} tickets`);
  }
  // Enough parses per sample to take about budgetMs.
  const once = Math.max(
    cpuOnce(() => family.parse(text)),
    0.001,
  );
  const repeat = Math.max(1, Math.round(budgetMs / once));
  const times: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    times.push(
      cpuOnce(() => {
        for (let r = 0; r < repeat; r += 1) family.parse(text);
      }) / repeat,
    );
  }
  return median(times) / n;
}

/** Tickets in each listing of the throughput pass: all of them kept (below MAX_TICKETS). */
const THROUGHPUT_LISTING = 1000;

function familyFigures(family: Family, options: ParserOptions): Figure[] {
  const text = family.listing(THROUGHPUT_LISTING);
  const size = Buffer.byteLength(text);
  const listings = Math.max(1, Math.round(options.bytes / size));
  const bytes = size * listings;
  const pass = (): void => {
    for (let i = 0; i < listings; i += 1) family.parse(text);
  };
  // Warm: V8 optimises the parser over the first passes (the first runs at about two thirds of the
  // speed of the fifth); the figure is the steady speed of reading many listings.
  for (let w = 0; w < 3; w += 1) pass();
  const times: number[] = [];
  for (let r = 0; r < options.runs; r += 1) times.push(cpuOnce(pass));
  // The fastest pass is what the parser costs: the same work on the same text, and what slows a
  // pass is the neighbours (on this kind of shared virtual machine the very same process measured
  // 42 and 68 MB/s a minute apart). The median is shown next to it.
  const t = Math.min(...times);
  const mbs = bytes / MB / (t / 1000);
  const mid = bytes / MB / (median(times) / 1000);
  const small = perTicket(family, 10, 20, 7);
  const large = perTicket(family, options.many, 20, 5);
  const growth = large / small;
  return [
    figure(
      { name: `${family.name} parser throughput`, goal: '>= 50 MB/s', min: 50 },
      mbs,
      `${mbs.toFixed(1)} MB/s (best of ${times.length} pass${times.length === 1 ? '' : 'es'} of ${(bytes / MB).toFixed(1)} MB: ${ms(t)} CPU; median ${mid.toFixed(1)} MB/s)`,
    ),
    figure(
      {
        name: `${family.name} parser: per ticket at ${options.many} vs 10`,
        goal: '<= 1.20x',
        max: 1.2,
      },
      growth,
      `${ratio(growth)} (${(large * 1000).toFixed(2)} vs ${(small * 1000).toFixed(2)} µs)`,
    ),
  ];
}

interface ShippedParsers {
  parseWindowsKlist(text: string): KlistListing;
  parseMitKlist(text: string): KlistListing;
}

/** The two parsers bundled as the app bundles them (scripts/build.mjs), loaded from a temp file. */
function shippedParsers(root: string): ShippedParsers {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-bench-parsers-'));
  try {
    const file = path.join(dir, 'parsers.js');
    buildSync({
      stdin: {
        contents:
          "export { parseWindowsKlist } from './core/kerberos/windows/klist';\n" +
          "export { parseMitKlist } from './core/kerberos/unix/mit-klist';\n",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: file,
      logLevel: 'warning',
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as ShippedParsers;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function parserFigures(root: string, samples: Samples, options: ParserOptions): Figure[] {
  const { parseWindowsKlist, parseMitKlist } = shippedParsers(root);
  const families: Family[] = [
    {
      name: 'Windows',
      parse: parseWindowsKlist,
      listing: (n) => windowsListing(samples.windows, n),
    },
    { name: 'MIT', parse: parseMitKlist, listing: (n) => mitListing(samples.mit, n) },
  ];
  const figures: Figure[] = [];
  for (const family of families) {
    const have = family.name === 'Windows' ? samples.windows.length : samples.mit.length;
    if (have === 0) {
      figures.push(
        skipped(
          { name: `${family.name} parser throughput`, goal: '>= 50 MB/s' },
          'no real samples found',
        ),
      );
      continue;
    }
    figures.push(...familyFigures(family, options));
  }
  return figures;
}
