/**
 * The `regroup` command line, read into a typed command with Node's `util.parseArgs`, one option
 * table per subcommand (commands.ts). Unknown options, missing values and conflicting choices are
 * usage errors (exit code 2) with a sentence saying what to type instead.
 *
 * `parseArgs` runs non-strict with tokens: its own errors are English sentences, so this module
 * checks each token itself and words the error as a Message, which `runCli` formats in the
 * person's language. `--lang` is read before the rest (`takeLanguage`), because the language must
 * be known before anything else is said, usage errors included.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import type { ParseFormat } from '../core/kerberos/parse';
import { canDecode } from '../core/process/decode';
import { LOCALES, msg, type Message } from '../core/i18n';
import { commandSpec, GLOBAL_OPTIONS, type CommandName, type OptionSpec } from './commands';

export type Command =
  | { name: 'help'; topic: CommandName | null }
  | { name: 'version' }
  | { name: 'list'; computer: boolean; verbose: boolean; json: boolean }
  | {
      name: 'refresh';
      scope: 'user' | 'computer';
      gpupdate: boolean;
      force: boolean;
      verify: boolean;
      dc: string | null;
      passwordStdin: boolean;
      json: boolean;
    }
  | {
      name: 'parse';
      format: ParseFormat;
      encoding: string | null;
      file: string;
      verbose: boolean;
      json: boolean;
    }
  | { name: 'groups'; dc: string | null; json: boolean }
  | { name: 'diagnose'; redact: boolean; json: boolean }
  | { name: 'helper'; action: HelperAction; json: boolean };

/** `regroup helper ...`: the Windows helper's scheduled tasks (run by IT, elevated). */
export type HelperAction = 'install' | 'remove' | 'status';
const HELPER_ACTIONS: readonly HelperAction[] = ['install', 'remove', 'status'];

export class UsageError extends Error {
  /** The command whose synopsis follows the sentence (null: all of them). */
  constructor(
    readonly sentence: Message,
    readonly command: CommandName | null = null,
  ) {
    super(sentence.id);
    this.name = 'UsageError';
  }
}

const HELP = 'regroup --help';
const FORMATS: readonly ParseFormat[] = ['auto', 'windows', 'mit', 'heimdal'];
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$/;
const EXAMPLES: Readonly<Record<string, string>> = {
  '--dc': '--dc dc1.example.com',
  '--format': '--format windows',
  '--encoding': '--encoding cp850',
  '--lang': '--lang de',
};

const needsValue = (option: string, command: CommandName | null = null): UsageError =>
  new UsageError(
    msg('cli.usage.needsValue', { option, example: EXAMPLES[option] ?? option }),
    command,
  );

/**
 * Takes `--lang TAG` (or `--lang=TAG`) out of the arguments, wherever it stands: every command
 * accepts it. Returns the tag as typed (null without one) and the other arguments in order.
 */
export function takeLanguage(argv: readonly string[]): { language: string | null; rest: string[] } {
  let language: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word !== '--lang' && !word.startsWith('--lang=')) {
      rest.push(word);
      continue;
    }
    const value = word === '--lang' ? argv[++i] : word.slice('--lang='.length);
    if (value === undefined || value === '' || value.startsWith('--')) throw needsValue('--lang');
    language = value;
  }
  return { language, rest };
}

/** The usage error for a `--lang` value that names no language Regroup speaks. */
export function unknownLanguage(language: string): UsageError {
  return new UsageError(
    msg('cli.usage.badLanguage', { language, option: '--lang', languages: LOCALES.join(', ') }),
  );
}

interface Read {
  flags: Set<string>;
  values: Map<string, string>;
  positional: string[];
}

/** One command's words through `util.parseArgs`, every token checked against its table. */
function readOptions(name: CommandName, argv: readonly string[]): Read | 'help' {
  const spec = commandSpec(name);
  const table: readonly OptionSpec[] = [
    ...(spec?.options ?? []),
    ...GLOBAL_OPTIONS.filter((o) => o.name === 'help'),
  ];
  const options = Object.fromEntries(
    table.map((o) => [o.name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  const { tokens } = nodeParseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const read: Read = { flags: new Set(), values: new Map(), positional: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') read.positional.push(token.value);
    if (token.kind !== 'option') continue;
    const option = table.find((o) => o.name === token.name);
    if (!option)
      throw new UsageError(
        msg('cli.usage.unknownOption', {
          command: `regroup ${name}`,
          option: token.rawName,
          help: `regroup help ${name}`,
        }),
        name,
      );
    if (option.name === 'help') return 'help';
    const long = `--${option.name}`;
    if (option.type === 'boolean') {
      if (token.inlineValue) throw new UsageError(msg('cli.usage.noValue', { option: long }), name);
      read.flags.add(option.name);
    } else {
      const value = token.value;
      // `--dc --json` would take `--json` as the host: a missing value, said as such.
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-')))
        throw needsValue(long, name);
      read.values.set(option.name, value);
    }
  }
  return read;
}

function host(read: Read, name: CommandName): string | null {
  const dc = read.values.get('dc') ?? null;
  if (dc !== null && !HOST.test(dc))
    throw new UsageError(
      msg('cli.usage.badHost', { host: dc, option: '--dc', example: 'dc1.example.com' }),
      name,
    );
  return dc;
}

function noOperand(read: Read, name: CommandName): void {
  if (read.positional.length)
    throw new UsageError(
      msg('cli.usage.extraWord', { command: `regroup ${name}`, word: read.positional[0] ?? '' }),
      name,
    );
}

function refreshCommand(read: Read): Command {
  const has = (flag: string): boolean => read.flags.has(flag);
  const dc = host(read, 'refresh');
  const usage = (sentence: Message): UsageError => new UsageError(sentence, 'refresh');
  if (has('user') === has('computer'))
    throw usage(
      msg('cli.usage.refreshScope', {
        user: 'regroup refresh --user',
        computer: 'regroup refresh --computer',
      }),
    );
  noOperand(read, 'refresh');
  if (has('computer') && (has('verify') || has('password-stdin') || dc))
    throw usage(
      msg('cli.usage.userOnly', {
        verify: '--verify',
        dc: '--dc',
        passwordStdin: '--password-stdin',
        user: '--user',
      }),
    );
  if (has('user') && has('gpupdate'))
    throw usage(msg('cli.usage.computerOnly', { option: '--gpupdate', computer: '--computer' }));
  if (dc && !has('verify'))
    throw usage(
      msg('cli.usage.dcNeedsVerify', {
        option: '--dc',
        verify: '--verify',
        groups: 'regroup groups',
      }),
    );
  return {
    name: 'refresh',
    scope: has('user') ? 'user' : 'computer',
    gpupdate: has('gpupdate'),
    force: has('force'),
    verify: has('verify'),
    dc,
    passwordStdin: has('password-stdin'),
    json: has('json'),
  };
}

function parseCommand(read: Read): Command {
  const format = (read.values.get('format') ?? 'auto') as ParseFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(
      msg('cli.usage.badFormat', { option: '--format', formats: FORMATS.join(', '), format }),
      'parse',
    );
  const encoding = read.values.get('encoding') ?? null;
  if (encoding !== null && !canDecode(encoding))
    throw new UsageError(
      msg('cli.usage.badEncoding', { encoding, option: '--encoding', example: 'cp850, utf-16le' }),
      'parse',
    );
  if (read.positional.length > 1)
    throw new UsageError(
      msg('cli.usage.parseOneFile', { command: 'regroup parse', stdin: '-' }),
      'parse',
    );
  return {
    name: 'parse',
    format,
    encoding,
    file: read.positional[0] ?? '-',
    verbose: read.flags.has('verbose'),
    json: read.flags.has('json'),
  };
}

function helperCommand(read: Read): Command {
  const action = read.positional[0] as HelperAction | undefined;
  if (read.positional.length !== 1 || !action || !HELPER_ACTIONS.includes(action))
    throw new UsageError(
      msg('cli.usage.helperAction', {
        command: 'regroup helper',
        actions: HELPER_ACTIONS.join(', '),
      }),
      'helper',
    );
  return { name: 'helper', action, json: read.flags.has('json') };
}

function helpTopic(word: string | undefined): CommandName | null {
  if (word === undefined) return null;
  const spec = commandSpec(word);
  if (!spec) throw new UsageError(msg('cli.usage.unknownCommand', { command: word, help: HELP }));
  return spec.name;
}

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h')
    return { name: 'help', topic: null };
  if (name === '--version' || name === '-v') return { name: 'version' };
  const spec = commandSpec(name);
  if (!spec) throw new UsageError(msg('cli.usage.unknownCommand', { command: name, help: HELP }));
  const read = readOptions(spec.name, rest);
  if (read === 'help') return { name: 'help', topic: spec.name };

  switch (spec.name) {
    case 'help':
      if (read.positional.length > 1)
        noOperand({ ...read, positional: read.positional.slice(1) }, 'help');
      return { name: 'help', topic: helpTopic(read.positional[0]) };
    case 'version':
      noOperand(read, 'version');
      return { name: 'version' };
    case 'list':
      noOperand(read, 'list');
      return {
        name: 'list',
        computer: read.flags.has('computer'),
        verbose: read.flags.has('verbose'),
        json: read.flags.has('json'),
      };
    case 'refresh':
      return refreshCommand(read);
    case 'parse':
      return parseCommand(read);
    case 'groups':
      noOperand(read, 'groups');
      return { name: 'groups', dc: host(read, 'groups'), json: read.flags.has('json') };
    case 'diagnose':
      noOperand(read, 'diagnose');
      return { name: 'diagnose', redact: read.flags.has('redact'), json: read.flags.has('json') };
    case 'helper':
      return helperCommand(read);
  }
}
