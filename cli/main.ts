/**
 * `regroup`: the command line over the same Kerberos core as the tray app, for help desks, scripts
 * and tests. `runCli` is pure of process globals (everything comes through `CliContext`, the
 * environment included), so tests drive it in-process; `regroup.ts` binds it to the real process.
 *
 * Language: `--lang TAG` on any command, else `LC_ALL`, `LC_MESSAGES`, `LANG` from the context's
 * environment, else English. The translator is loaded once, before anything is said, and every
 * word of human output comes from it. `--json` keeps its stable `code`s; each Message in it is
 * written as its text in that language (`localize`).
 */
import {
  loadTranslator,
  localeFromEnv,
  matchLocale,
  msg,
  type Locale,
  type Message,
  type Translator,
} from '../core/i18n';
import { localize } from '../core/i18n/localize';
import type { GroupsReport, Verdict } from '../core/groups/types';
import { createDiagnoser, type DiagnoserOptions } from '../core/diagnose/diagnose';
import { formatDiagnosis } from '../core/diagnose/format';
import { redactDiagnosis } from '../core/diagnose/redact';
import { errorListing } from '../core/kerberos/error-listing';
import { parseKlist } from '../core/kerberos/parse';
import { MAX_LISTING_BYTES } from '../core/kerberos/limits';
import { buildRefreshResult } from '../core/kerberos/refresh-result';
import type { KerberosService } from '../core/kerberos/service';
import type { KlistKind, KlistListing, RefreshResult } from '../core/kerberos/types';
import { decodeOutput, decodeSaved } from '../core/process/decode';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../core/model/password';
import { headlineFor } from '../core/model/outcome';
import type { WindowsHelper } from '../core/kerberos/windows/helper';
import { asksHelpDesk, helpDeskLines, problemsLine } from '../core/model/managed';
import { chooseDc } from '../core/policy/dc';
import type { Policy } from '../core/policy/types';
import { parseArgs, takeLanguage, unknownLanguage, UsageError, type Command } from './args';
import { formatHeadline, formatListing, formatRefresh, type ListingView } from './format';
import { helpText, synopsis } from './help';
import { helperCommand } from './helper-command';
import { DEFAULT_COLUMNS, shownOn, type Terminal } from './terminal';
import { forTerminal, jsonForTerminal } from './terminal-safe';
import { wrap } from '../core/text/width';
import { formatGroupsReport, formatHints } from './groups-format';
import type { PasswordAnswer } from './prompt';
import type { WaitState, WaitTimers } from '../core/groups/group-waiter';
import { waitEndMessage } from '../core/model/wait';
import { realTimers, waitForGroup } from './wait-command';

/** `--wait-for`: the group did not arrive before the timeout. */
export const EXIT_NOT_ARRIVED = 3;

/** Input larger than this is not klist output; reading it all would only waste memory. */
export const MAX_PARSE_BYTES = MAX_LISTING_BYTES;

export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(limit: number): Promise<Buffer>;
  readFile(path: string, limit: number): Promise<Buffer>;
  /** Asks for a password without echo (TTY only). `question` is already in the person's language. */
  promptPassword(question: string): Promise<PasswordAnswer>;
  service(): KerberosService;
  /** `regroup helper`: the Windows helper's tasks; null (or absent) off Windows. */
  helper?: () => WindowsHelper | null;
  /** Optional `regroup groups` / `--verify` support. */
  groups?: GroupsCommands;
  version: string;
  now(): Date;
  /** The environment, read for the language only (`LC_ALL`, `LC_MESSAGES`, `LANG`). Absent: English. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Loads a language's translator: the catalogue's `loadTranslator` unless a test brings its own. */
  loadTranslator?: (locale: Locale) => Promise<Translator>;
  /** Width and colour of standard output (terminal.ts). Absent: 80 columns, no colour. */
  terminal?: Terminal;
  /**
   * Standard input is a terminal: `parse` says how to paste before it waits. A function, asked
   * only then: Node creates process.stdin's stream on first use (about 4 ms of every start).
   */
  stdinIsTTY?: () => boolean;
  /** The operating system (how to end a paste differs on Windows). Absent: not Windows. */
  platform?: NodeJS.Platform;
  /**
   * The IT department's policy (core/policy/read.ts), read by the commands it changes (list,
   * refresh, groups) and never by help, version or parse. Absent: no policy.
   */
  policy?: () => Promise<Policy>;
  /** `regroup diagnose`: the probes tests replace (the KDC search, its clock, the system). */
  diagnoseProbes?: Pick<DiagnoserOptions, 'findKdc' | 'clock' | 'system'>;
  /** Standard error is a terminal: `--wait-for` says each check there. */
  stderrIsTTY?: boolean;
  /** The clock and timers of `--wait-for` (tests bring a virtual clock). Absent: the real ones. */
  timers?: WaitTimers;
}

const PLAIN: Terminal = { columns: DEFAULT_COLUMNS, colour: false };

/**
 * The context of one run: the caller's, with the translator chosen for it. Its `stdout`/`stderr`
 * show controls from data as visible escapes; `json` writes them as JSON `\u` escapes (terminal-safe.ts).
 */
type Run = CliContext & {
  readonly tr: Translator;
  readonly json: (text: string) => void;
  /** The policy, once a command that uses it has read it (policyOf). */
  policyRead: Policy | null;
};

function startRun(ctx: CliContext, tr: Translator): Run {
  return {
    ...ctx,
    tr,
    stdout: (text) => ctx.stdout(shownOn(ctx.terminal ?? PLAIN, text, forTerminal)),
    stderr: (text) => ctx.stderr(shownOn(ctx.terminal ?? PLAIN, text, forTerminal)),
    json: (text) => ctx.stdout(jsonForTerminal(text)),
    policyRead: null,
  };
}

/**
 * Reads the policy for a command that uses it, once; a setting that could not be used is said on
 * standard error (the detail for the help desk with it), and the command goes on without it.
 */
async function policyOf(run: Run): Promise<Policy | null> {
  if (run.policyRead || !run.policy) return run.policyRead;
  const policy = await run.policy();
  run.policyRead = policy;
  const problems = problemsLine(policy);
  if (problems) {
    const details = policy.problems.map((p) => `  ${p.detail}`);
    run.stderr(
      `${[...wrap(run.tr.format(problems), terminalOf(run).columns), ...details].join('\n')}\n`,
    );
  }
  return policy;
}

/** The group-insight commands, provided by core/groups (wired in regroup.ts). */
export interface GroupsCommands {
  report(options: { dc: string | null }): Promise<GroupsReport>;
  verifyRefresh(options: {
    dc: string | null;
    refresh: () => Promise<RefreshResult>;
  }): Promise<{ result: RefreshResult; verdict: Verdict }>;
}

/** `--json` output: the data as it is, each Message written as its text in the run's language. */
function writeJson(run: Run, value: unknown): void {
  run.json(`${JSON.stringify(localize(value, run.tr), null, 2)}\n`);
}

/**
 * A sentence on standard error, wrapped to the terminal. When it (or the `cause` it wraps) tells
 * the person to ask their help desk and the policy names one, the contact follows it.
 */
function say(run: Run, message: Message, cause: Message = message): void {
  const columns = terminalOf(run).columns;
  const lines = wrap(run.tr.format(message), columns);
  const contact = run.policyRead?.helpDesk;
  if (contact && (asksHelpDesk(cause) || asksHelpDesk(message))) {
    for (const line of helpDeskLines(contact)) lines.push(...wrap(run.tr.format(line), columns));
    if (contact.text) lines.push(...wrap(contact.text, columns));
  }
  run.stderr(`${lines.join('\n')}\n`);
}

const terminalOf = (run: Run): Terminal => run.terminal ?? PLAIN;

function view(run: Run, verbose: boolean, captured: boolean): ListingView {
  return { tr: run.tr, now: run.now(), terminal: terminalOf(run), verbose, captured };
}

/** `--dc`, else `REGROUP_DC` when it is a host name, else the policy's, else null (the DC found). */
function dcOf(run: Run, dc: string | null): string | null {
  return chooseDc({ flag: dc, env: run.env, policy: run.policyRead });
}

async function list(run: Run, cmd: Extract<Command, { name: 'list' }>): Promise<number> {
  await policyOf(run);
  const listing = await run.service().list({ computer: cmd.computer });
  if (cmd.json) writeJson(run, listing);
  else if (!listing.error || listing.tickets.length)
    run.stdout(`${formatListing(listing, view(run, cmd.verbose, false))}\n`);
  if (listing.error) say(run, listing.error.message);
  return listing.error ? 1 : 0;
}

async function readPassword(
  run: Run,
  cmd: Extract<Command, { name: 'refresh' }>,
): Promise<string | null | undefined> {
  if (!cmd.passwordStdin) return undefined;
  // One line, as the window's password field: at most 4 bytes a character, and its line end.
  const raw = decodeOutput(await run.readStdin(MAX_PASSWORD_LENGTH * 4 + 3));
  const password = raw.replace(/\r?\n$/, '');
  return passwordProblem(password) ? null : password;
}

/** A refresh that did not start because no password could be had: refresh-shaped for `--json`. */
function noPassword(
  run: Run,
  kind: KlistKind,
  cmd: Extract<Command, { name: 'refresh' }>,
  message: Message,
): number {
  const result = buildRefreshResult({
    kind,
    scope: cmd.scope,
    startedAt: run.now(),
    before: [],
    after: null,
    error: { code: 'password-required', message },
    now: run.now,
  });
  if (cmd.json) writeJson(run, result);
  say(run, message);
  return 1;
}

/**
 * Already elevated (SYSTEM from Intune, an elevated administrator, root): HideComputerRefresh hides
 * the computer refresh from people, not from the IT department's own scripts.
 */
async function runsElevated(service: KerberosService): Promise<boolean> {
  const caps = await service.capabilities().catch(() => null);
  return caps?.computerRefresh.how === 'direct';
}

async function refresh(run: Run, cmd: Extract<Command, { name: 'refresh' }>): Promise<number> {
  const policy = await policyOf(run);
  const service = run.service();
  if (cmd.scope === 'computer' && policy?.hideComputerRefresh && !(await runsElevated(service))) {
    const message = msg('cli.policy.computerOff');
    if (cmd.json)
      writeJson(run, { ok: false, scope: 'computer', error: { code: 'policy', message } });
    say(run, message);
    return 1;
  }
  if (cmd.waitFor !== null && policy?.waitForGroup === false) {
    const message = msg('wait.notAllowed');
    if (cmd.json) writeJson(run, { ok: false, scope: 'user', error: { code: 'policy', message } });
    say(run, message);
    return 1;
  }
  const piped = await readPassword(run, cmd);
  if (piped === null) {
    const why = msg('cli.password.stdinInvalid', {
      option: '--password-stdin',
      max: MAX_PASSWORD_LENGTH,
    });
    return noPassword(run, service.kind, cmd, why);
  }
  let password = piped;
  // Windows renews the user's TGT from the sign-in session: it never needs a password, so it
  // does not ask the capabilities (which look for the computer-refresh route: whoami, schtasks).
  if (cmd.scope === 'user' && password === undefined && service.kind !== 'windows') {
    const caps = await service.capabilities();
    if (caps.userRefreshNeedsPassword) {
      // No ticket cache yet: say whom the refresh signs in, and ask for that account's password.
      // Without a default realm there is nobody to offer: the refresh itself says how to sign in.
      const offer = (await service.signInOffer?.()) ?? null;
      if (offer && offer.principal === null) return refreshAndReport(run, cmd, service);
      if (offer) say(run, offer.message);
      const question = offer?.principal
        ? run.tr.t('cli.password.signInPrompt', { principal: offer.principal })
        : run.tr.t('cli.password.prompt');
      const typed = await run.promptPassword(`${question} `);
      if (typed.kind !== 'password') {
        const why =
          typed.kind === 'cancelled'
            ? msg('cli.password.cancelled')
            : msg('cli.password.noTerminal', { option: '--password-stdin' });
        return noPassword(run, service.kind, cmd, why);
      }
      password = typed.value;
    }
  }
  return refreshAndReport(run, cmd, service, password);
}

/** Runs the refresh (with `--verify`, through the group check) and reports it. */
async function refreshAndReport(
  run: Run,
  cmd: Extract<Command, { name: 'refresh' }>,
  service: KerberosService,
  password?: string,
): Promise<number> {
  const refreshNow = (): Promise<RefreshResult> =>
    service.refresh(cmd.scope, {
      password,
      force: cmd.force,
      // A policy can make "re-apply computer policy" part of every computer refresh.
      gpupdate: cmd.gpupdate || (cmd.scope === 'computer' && run.policyRead?.gpupdate === 'forced'),
    });

  if (cmd.waitFor !== null) return waitThenRefresh(run, cmd, cmd.waitFor, refreshNow);
  if (cmd.verify) {
    if (!run.groups) {
      say(run, msg('cli.verify.unavailable'));
      return 1;
    }
    const verified = await run.groups.verifyRefresh({
      dc: dcOf(run, cmd.dc),
      refresh: refreshNow,
    });
    return reportVerified(run, cmd, service.kind, verified);
  }

  const result = await refreshNow();
  const headline = headlineFor({ result, platform: service.kind });
  if (cmd.json) writeJson(run, { ...result, headline });
  // A failure is one sentence on stderr; a partial refresh also lists what changed on stdout.
  else if (result.ok || result.outcome === 'partial') {
    const terminal = terminalOf(run);
    const verifyHint =
      headline.kind === 'unchecked'
        ? wrap(run.tr.t('cli.outcome.verifyHint', { option: '--verify' }), terminal.columns)
        : [];
    const top = [formatHeadline(headline, run.tr, terminal), ...verifyHint].join('\n');
    const details = formatRefresh(result, run.now(), run.tr, terminal);
    run.stdout(`${[top, details].filter(Boolean).join('\n\n')}\n`);
  }
  if (!result.ok) {
    // Only Windows purges before it has new tickets, so only there does --force change anything.
    const forceHelps = result.outcome === 'offline' && service.kind === 'windows';
    say(
      run,
      forceHelps
        ? msg('cli.refresh.forceHint', { reason: run.tr.format(result.message), option: '--force' })
        : result.message,
      result.message,
    );
  }
  return result.ok ? 0 : 1;
}

/** A verified refresh: the headline (the verdict), the details and the hints; or its JSON. */
function reportVerified(
  run: Run,
  cmd: Extract<Command, { name: 'refresh' }>,
  kind: KlistKind,
  { result, verdict }: { result: RefreshResult; verdict: Verdict },
  wait?: WaitState,
): number {
  const headline = headlineFor({ result, verdict, platform: kind });
  if (cmd.json) writeJson(run, { ...result, verdict, headline, ...(wait ? { wait } : {}) });
  else if (result.ok || result.outcome === 'partial') {
    const terminal = terminalOf(run);
    const parts = [
      wait ? wrap(run.tr.format(waitEndMessage(wait)), terminal.columns).join('\n') : '',
      formatHeadline(headline, run.tr, terminal),
      formatRefresh(result, run.now(), run.tr, terminal),
      formatHints(verdict, run.tr, terminal),
    ];
    run.stdout(`${parts.filter(Boolean).join('\n\n')}\n`);
  }
  if (!result.ok) say(run, result.message);
  return result.ok ? 0 : 1;
}

/**
 * `--wait-for GROUP`: wait (wait-command.ts), then say how it ended. Exit codes: 0 the group
 * arrived (refreshed and verified) or was already there, 1 the refresh needs the person (the
 * reason on stderr), 3 it did not arrive before the timeout.
 */
async function waitThenRefresh(
  run: Run,
  cmd: Extract<Command, { name: 'refresh' }>,
  group: string,
  refreshNow: () => Promise<RefreshResult>,
): Promise<number> {
  const groups = run.groups;
  if (!groups) {
    say(run, msg('cli.verify.unavailable'));
    return 1;
  }
  const dc = dcOf(run, cmd.dc);
  const state = await waitForGroup(
    {
      tr: run.tr,
      columns: terminalOf(run).columns,
      // A person watches a terminal's stderr, with or without --json on stdout.
      progress: run.stderrIsTTY ? run.stderr : null,
      timers: run.timers ?? realTimers,
      read: () => groups.report({ dc }),
      refreshAndVerify: () => groups.verifyRefresh({ dc, refresh: refreshNow }),
    },
    group,
    cmd.timeoutMs,
  );
  if (state.end === 'refresh-failed' && state.result) {
    if (cmd.json) writeJson(run, { ...state.result, wait: state });
    say(run, waitEndMessage(state));
    say(run, state.result.message);
    return 1;
  }
  const kind = run.service().kind;
  if (state.result && state.verdict)
    return reportVerified(run, cmd, kind, { result: state.result, verdict: state.verdict }, state);
  if (cmd.json) writeJson(run, { wait: state });
  if (state.end === 'already-there' || state.end === 'arrived') {
    const said = wrap(run.tr.format(waitEndMessage(state)), terminalOf(run).columns);
    if (!cmd.json) run.stdout(`${said.join('\n')}\n`);
    return 0;
  }
  say(run, waitEndMessage(state));
  return EXIT_NOT_ARRIVED;
}

/** Why a file could not be read, for the person; the OS's code is the detail. */
function unreadableFile(file: string, error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  if (file === '-')
    return msg('cli.parse.stdinUnreadable', { code, command: 'regroup parse klist.txt' });
  if (code === 'ENOENT') return msg('cli.parse.noSuchFile', { file });
  if (code === 'EACCES' || code === 'EPERM') return msg('cli.parse.noPermission', { file });
  if (code === 'EISDIR') return msg('cli.parse.isFolder', { file });
  return msg('cli.parse.cannotRead', { file, code });
}

/** On a terminal, `parse` without a file says how to paste and end the paste before it waits. */
function pasteHint(run: Run): void {
  const command = 'regroup parse klist.txt';
  const hint =
    run.platform === 'win32'
      ? run.tr.t('cli.parse.pasteHintWindows', { ctrlZ: 'Ctrl+Z', enter: 'Enter', command })
      : run.tr.t('cli.parse.pasteHint', { keys: 'Ctrl+D', command });
  run.stderr(`${wrap(hint, terminalOf(run).columns).join('\n')}\n`);
}

/** klist's own error output: the cause and what to check first, then klist's words. */
function diagnosis(run: Run, listing: KlistListing): string {
  const error = listing.error;
  if (!error) return '';
  const columns = terminalOf(run).columns;
  const lines = [
    ...wrap(run.tr.t('cli.parse.failed'), columns),
    ...wrap(run.tr.format(error.message), columns),
  ];
  if (error.detail) lines.push('', run.tr.t('cli.parse.toolSaid', { detail: error.detail }));
  return lines.join('\n');
}

async function parse(run: Run, cmd: Extract<Command, { name: 'parse' }>): Promise<number> {
  let bytes: Buffer;
  if (cmd.file === '-' && !cmd.json && run.stdinIsTTY?.()) pasteHint(run);
  try {
    bytes =
      cmd.file === '-'
        ? await run.readStdin(MAX_PARSE_BYTES + 1)
        : await run.readFile(cmd.file, MAX_PARSE_BYTES + 1);
  } catch (error) {
    say(run, unreadableFile(cmd.file, error));
    return 2;
  }
  if (bytes.length > MAX_PARSE_BYTES) {
    const message = msg('cli.parse.tooLarge', { megabytes: MAX_PARSE_BYTES / 1024 / 1024 });
    if (cmd.json) {
      const kind = cmd.format === 'auto' ? 'unknown' : cmd.format;
      writeJson(run, errorListing(kind, { code: 'unreadable-output', message }));
    }
    say(run, message);
    return 2;
  }
  // Saved by PowerShell (UTF-16), cmd (the OEM code page) or an editor: recognised unless named.
  const { text } = decodeSaved(bytes, cmd.encoding ?? undefined);
  const listing: KlistListing = parseKlist(text, cmd.format);
  const unreadable =
    listing.error?.code === 'unreadable-output' || listing.error?.code === 'empty-output';
  if (cmd.json) writeJson(run, listing);
  else if (unreadable) say(run, listing.error?.message ?? msg('krb.parse.notKlist'));
  else if (listing.error && !listing.tickets.length) {
    // klist's own failure, saved: the diagnosis is the answer, so it leads, on standard output.
    run.stdout(`${diagnosis(run, listing)}\n`);
    return 1;
  } else {
    run.stdout(`${formatListing(listing, view(run, cmd.verbose, true))}\n`);
    if (listing.error) say(run, listing.error.message);
  }
  if (cmd.json && listing.error) say(run, listing.error.message);
  if (unreadable) return 2;
  return listing.error && !listing.tickets.length ? 1 : 0;
}

async function groups(run: Run, cmd: Extract<Command, { name: 'groups' }>): Promise<number> {
  if (!run.groups) {
    say(run, msg('cli.groups.unavailable'));
    return 1;
  }
  await policyOf(run);
  const report = await run.groups.report({ dc: dcOf(run, cmd.dc) });
  if (cmd.json) writeJson(run, report);
  else run.stdout(`${formatGroupsReport(report, run.tr, terminalOf(run))}\n`);
  const views = Object.values(report.views);
  if (views.some((v) => v.available)) return 0;
  // The human report above already gives each view's reason; JSON readers get them on stderr,
  // once each when views failed for the same reason.
  const reasons = views.flatMap((v) => (v.reason ? [run.tr.format(v.reason)] : []));
  if (cmd.json && reasons.length) run.stderr(`${[...new Set(reasons)].join('\n')}\n`);
  else say(run, msg('cli.groups.noView'));
  return 1;
}

/**
 * `regroup diagnose`: the same report as the window's "Copy diagnostics" (core/diagnose), with no
 * last refresh (the command line keeps none). It always prints: a probe that fails is a section
 * that says why, so the exit code is 0 whenever the report was written.
 */
async function diagnose(run: Run, cmd: Extract<Command, { name: 'diagnose' }>): Promise<number> {
  const groups = run.groups;
  const diagnoser = createDiagnoser({
    service: run.service(),
    groups: groups ? () => groups.report({ dc: dcOf(run, null) }) : undefined,
    version: run.version,
    platform: run.platform ?? process.platform,
    env: { ...(run.env ?? {}) },
    now: run.now,
    ...run.diagnoseProbes,
  });
  const found = await diagnoser.diagnose();
  const report = cmd.redact ? redactDiagnosis(found) : found;
  if (cmd.json) writeJson(run, report);
  else run.stdout(`${formatDiagnosis(report, run.tr, terminalOf(run).columns)}\n`);
  return 0;
}

async function execute(run: Run, cmd: Command): Promise<number> {
  switch (cmd.name) {
    case 'help':
      run.stdout(`${helpText(run.tr, terminalOf(run), cmd.topic)}\n`);
      return 0;
    case 'version':
      run.stdout(`regroup ${run.version}\n`);
      return 0;
    case 'list':
      return list(run, cmd);
    case 'refresh':
      return refresh(run, cmd);
    case 'parse':
      return parse(run, cmd);
    case 'groups':
      return groups(run, cmd);
    case 'diagnose':
      return diagnose(run, cmd);
    case 'helper':
      return helperCommand(
        { tr: run.tr, stdout: run.stdout, stderr: run.stderr, json: (v) => writeJson(run, v) },
        cmd.action,
        run.helper?.() ?? null,
        cmd.json,
      );
  }
}

export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const load = ctx.loadTranslator ?? loadTranslator;
  const fromEnv = localeFromEnv(ctx.env ?? {});
  let run: Run | undefined;
  try {
    const { language, rest } = takeLanguage(argv);
    const locale = language === null ? fromEnv : matchLocale(language);
    if (locale === null) throw unknownLanguage(language ?? '');
    run = startRun(ctx, await load(locale));
    return await execute(run, parseArgs(rest));
  } catch (error) {
    // Before the language was chosen (a bad --lang), speak the environment's.
    run ??= startRun(ctx, await load(fromEnv));
    if (error instanceof UsageError) {
      const more = run.tr.t('cli.usage.more', {
        command: error.command ? `regroup help ${error.command}` : 'regroup help',
      });
      run.stderr(
        `${run.tr.format(error.sentence)}\n\n${synopsis(run.tr, error.command, terminalOf(run).columns)}\n${more}\n`,
      );
      return 2;
    }
    // Never a stack trace: one sentence, and the detail for the help desk.
    const detail = error instanceof Error ? error.message : String(error);
    say(run, msg('cli.unexpected', { detail }));
    return 1;
  }
}
