/**
 * Figure 2: the Windows and MIT parsers over real tickets (see corpus.ts).
 * - Throughput: 10 MB of real ticket blocks, as listings of 1,000 tickets parsed one after the
 *   other; MB/s from the median CPU time of a few such passes (see cpuOnce: wall time on a loaded
 *   machine is the neighbours'). Not one listing of 10 MB: a listing keeps MAX_TICKETS tickets, so
 *   a parser that only reads past the rest would be timed mostly skipping them; here every ticket
 *   read is a ticket built.
 * - Linearity: the time per ticket of a 10,000-ticket listing against that of a 10-ticket one
 *   (the small one parsed many times per sample so the clock can see it).
 */
import { MAX_TICKETS } from '../core/kerberos/limits';
import type { KlistListing } from '../core/kerberos/types';
import { parseMitKlist } from '../core/kerberos/unix/mit-klist';
import { parseWindowsKlist } from '../core/kerberos/windows/klist';
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
  pass(); // warm
  const times: number[] = [];
  for (let r = 0; r < options.runs; r += 1) times.push(cpuOnce(pass));
  const t = median(times);
  const mbs = bytes / MB / (t / 1000);
  const small = perTicket(family, 10, 20, 7);
  const large = perTicket(family, options.many, 20, 5);
  const growth = large / small;
  return [
    figure(
      { name: `${family.name} parser throughput`, goal: '>= 50 MB/s', min: 50 },
      mbs,
      `${mbs.toFixed(1)} MB/s (${(bytes / MB).toFixed(1)} MB in ${ms(t)} CPU)`,
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

export function parserFigures(samples: Samples, options: ParserOptions): Figure[] {
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
