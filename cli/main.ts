/**
 * `regroup`: the command line over the same Kerberos core as the tray app, for help desks, scripts
 * and tests. `runCli` is pure of process globals (everything comes through `CliContext`), so tests
 * drive it in-process; `regroup.ts` binds it to the real process.
 */
import { decodeOutput } from '../core/process/run';
import { parseKlist, unreadable as unreadableListing } from '../core/kerberos/parse';
import { buildRefreshResult } from '../core/kerberos/refresh-result';
import type { KerberosService } from '../core/kerberos/service';
import type { KlistListing, RefreshResult } from '../core/kerberos/types';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { formatListing, formatRefresh } from './format';
import type { PasswordAnswer } from './prompt';

/** Input larger than this is not klist output; reading it all would only waste memory. */
export const MAX_PARSE_BYTES = 16 * 1024 * 1024;

export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(limit: number): Promise<Buffer>;
  readFile(path: string, limit: number): Promise<Buffer>;
  /** Asks for a password without echo (TTY only). */
  promptPassword(question: string): Promise<PasswordAnswer>;
  service(): KerberosService;
  /** Optional `regroup groups` / `--verify` support. */
  groups?: GroupsCommands;
  version: string;
  now(): Date;
}

/** The group-insight commands, provided by core/groups (wired in regroup.ts). */
export interface GroupsCommands {
  report(options: {
    dc: string | null;
  }): Promise<{ json: unknown; text: string; ok: boolean; error?: string }>;
  verifyRefresh(options: {
    dc: string | null;
    refresh: () => Promise<RefreshResult>;
  }): Promise<{ result: RefreshResult; verdict: unknown; text: string }>;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function exitFor(listing: KlistListing): number {
  return listing.error ? 1 : 0;
}

async function list(ctx: CliContext, cmd: Extract<Command, { name: 'list' }>): Promise<number> {
  const listing = await ctx.service().list({ computer: cmd.computer });
  if (cmd.json) ctx.stdout(json(listing));
  else if (!listing.error || listing.tickets.length)
    ctx.stdout(`${formatListing(listing, ctx.now())}\n`);
  if (listing.error) ctx.stderr(`${listing.error.message}\n`);
  return exitFor(listing);
}

async function readPassword(
  ctx: CliContext,
  cmd: Extract<Command, { name: 'refresh' }>,
): Promise<string | undefined> {
  if (cmd.passwordStdin) {
    const raw = decodeOutput(await ctx.readStdin(64 * 1024));
    return raw.replace(/\r?\n$/, '');
  }
  return undefined;
}

async function refresh(
  ctx: CliContext,
  cmd: Extract<Command, { name: 'refresh' }>,
): Promise<number> {
  const service = ctx.service();
  let password = await readPassword(ctx, cmd);
  if (cmd.scope === 'user' && password === undefined) {
    const caps = await service.capabilities();
    if (caps.userRefreshNeedsPassword) {
      const typed = await ctx.promptPassword('Password for a fresh Kerberos ticket: ');
      if (typed.kind !== 'password') {
        const message =
          typed.kind === 'cancelled'
            ? 'Cancelled: nothing was changed.'
            : 'A fresh ticket needs your password, and there is no terminal to ask for it. ' +
              'Pipe it in with --password-stdin, or run the command in a terminal.';
        const result = buildRefreshResult({
          scope: cmd.scope,
          startedAt: ctx.now(),
          before: [],
          after: null,
          error: { code: 'password-required', message },
          now: ctx.now,
        });
        if (cmd.json) ctx.stdout(json(result));
        ctx.stderr(`${message}\n`);
        return 1;
      }
      password = typed.value;
    }
  }
  const run = (): Promise<RefreshResult> =>
    service.refresh(cmd.scope, { password, force: cmd.force, gpupdate: cmd.gpupdate });

  if (cmd.verify) {
    if (!ctx.groups) {
      ctx.stderr('Group verification is not available in this build.\n');
      return 1;
    }
    const verified = await ctx.groups.verifyRefresh({ dc: cmd.dc, refresh: run });
    if (cmd.json) ctx.stdout(json({ ...verified.result, verdict: verified.verdict }));
    else ctx.stdout(`${formatRefresh(verified.result, ctx.now())}\n\n${verified.text}\n`);
    if (!verified.result.ok) ctx.stderr(`${verified.result.message}\n`);
    return verified.result.ok ? 0 : 1;
  }

  const result = await run();
  if (cmd.json) ctx.stdout(json(result));
  // A failure is one sentence on stderr; a partial refresh also lists what changed on stdout.
  else if (result.ok || result.outcome === 'partial')
    ctx.stdout(`${formatRefresh(result, ctx.now())}\n`);
  if (!result.ok) {
    // Only Windows purges before it has new tickets, so only there does --force change anything.
    const hint =
      result.outcome === 'offline' && service.kind === 'windows'
        ? ' To purge anyway, add --force.'
        : '';
    ctx.stderr(`${result.message}${hint}\n`);
  }
  return result.ok ? 0 : 1;
}

async function parse(ctx: CliContext, cmd: Extract<Command, { name: 'parse' }>): Promise<number> {
  let bytes: Buffer;
  try {
    bytes =
      cmd.file === '-'
        ? await ctx.readStdin(MAX_PARSE_BYTES + 1)
        : await ctx.readFile(cmd.file, MAX_PARSE_BYTES + 1);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'there is no such file'
        : (error as Error).message;
    ctx.stderr(`Cannot read ${cmd.file}: ${reason}. Check the path and try again.\n`);
    return 2;
  }
  if (bytes.length > MAX_PARSE_BYTES) {
    const message =
      `The input is larger than ${MAX_PARSE_BYTES / 1024 / 1024} MB; klist output is a few kilobytes. ` +
      'Check that this is the right file.';
    if (cmd.json)
      ctx.stdout(json(unreadableListing(cmd.format === 'auto' ? 'windows' : cmd.format, message)));
    ctx.stderr(`${message}\n`);
    return 2;
  }
  const listing = parseKlist(decodeOutput(bytes, 'cp1252'), cmd.format);
  const unreadable =
    listing.error?.code === 'unreadable-output' || listing.error?.code === 'empty-output';
  if (cmd.json) ctx.stdout(json(listing));
  else if (!unreadable) ctx.stdout(`${formatListing(listing, ctx.now())}\n`);
  if (listing.error) ctx.stderr(`${listing.error.message}\n`);
  return unreadable ? 2 : 0;
}

async function groups(ctx: CliContext, cmd: Extract<Command, { name: 'groups' }>): Promise<number> {
  if (!ctx.groups) {
    ctx.stderr('Group insight is not available in this build.\n');
    return 1;
  }
  const report = await ctx.groups.report({ dc: cmd.dc });
  ctx.stdout(cmd.json ? json(report.json) : `${report.text}\n`);
  // The human report above already gives each view's reason; JSON readers get them on stderr.
  if (!report.ok) {
    ctx.stderr(
      cmd.json && report.error
        ? `${report.error}\n`
        : 'None of the three views of your groups could be read here.\n',
    );
  }
  return report.ok ? 0 : 1;
}

export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    switch (cmd.name) {
      case 'help':
        ctx.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
        ctx.stdout(`regroup ${ctx.version}\n`);
        return 0;
      case 'list':
        return await list(ctx, cmd);
      case 'refresh':
        return await refresh(ctx, cmd);
      case 'parse':
        return await parse(ctx, cmd);
      case 'groups':
        return await groups(ctx, cmd);
    }
  } catch (error) {
    // Never a stack trace: one sentence, and the detail for the help desk.
    ctx.stderr(
      `Regroup hit an unexpected problem: ${(error as Error).message ?? String(error)}. ` +
        'Nothing else was changed. Please report this with the command you ran.\n',
    );
    return 1;
  }
}
