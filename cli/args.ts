/**
 * The `regroup` command line, read into a typed command. Unknown options, missing values and
 * conflicting choices are usage errors (exit code 2) with a sentence saying what to type instead.
 */
import type { ParseFormat } from '../core/kerberos/parse';

export const USAGE = `Usage:
  regroup list [--computer] [--json]
  regroup refresh --user [--verify] [--dc HOST] [--password-stdin] [--force] [--json]
  regroup refresh --computer [--gpupdate] [--force] [--json]
  regroup parse [--format auto|windows|mit|heimdal] [FILE|-] [--json]
  regroup groups [--dc HOST] [--json]
  regroup --help | --version

Exit codes: 0 success, 1 the operation failed (the reason is on stderr, and in the JSON),
2 bad usage or unreadable input.`;

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'list'; computer: boolean; json: boolean }
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
  | { name: 'parse'; format: ParseFormat; file: string; json: boolean }
  | { name: 'groups'; dc: string | null; json: boolean };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FORMATS: readonly ParseFormat[] = ['auto', 'windows', 'mit', 'heimdal'];
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$/;

/** Options each command accepts; a value option takes the next word. */
const ALLOWED: Record<string, { flags: string[]; values: string[] }> = {
  list: { flags: ['--computer', '--json'], values: [] },
  refresh: {
    flags: [
      '--user',
      '--computer',
      '--gpupdate',
      '--force',
      '--verify',
      '--password-stdin',
      '--json',
    ],
    values: ['--dc'],
  },
  parse: { flags: ['--json'], values: ['--format'] },
  groups: { flags: ['--json'], values: ['--dc'] },
};

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help')
    return { name: 'help' };
  if (name === '--version' || name === '-v' || name === 'version') return { name: 'version' };
  const allowed = ALLOWED[name];
  if (!allowed) throw new UsageError(`Unknown command "${name}". Try "regroup --help".`);

  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] ?? '';
    const [option, inline] =
      word.startsWith('--') && word.includes('=') ? word.split(/=(.*)/s, 2) : [word, undefined];
    if (option === '--help' || option === '-h') return { name: 'help' };
    if (option === '-' || !option?.startsWith('-')) {
      positional.push(word);
    } else if (allowed.flags.includes(option)) {
      if (inline !== undefined) throw new UsageError(`${option} takes no value.`);
      flags.add(option);
    } else if (allowed.values.includes(option)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '')
        throw new UsageError(
          `${option} needs a value, for example ${option === '--dc' ? '--dc dc1.example.com' : '--format windows'}.`,
        );
      values.set(option, value);
    } else {
      throw new UsageError(`"regroup ${name}" has no option ${option}. Try "regroup --help".`);
    }
  }
  const json = flags.has('--json');
  const dc = values.get('--dc') ?? null;
  if (dc !== null && !HOST.test(dc))
    throw new UsageError(
      `"${dc}" is not a host name or address; --dc takes a name such as dc1.example.com.`,
    );

  switch (name) {
    case 'list':
      if (positional.length)
        throw new UsageError(`"regroup list" takes no file or word "${positional[0]}".`);
      return { name, computer: flags.has('--computer'), json };
    case 'refresh': {
      const user = flags.has('--user');
      const computer = flags.has('--computer');
      if (user === computer)
        throw new UsageError(
          'Say what to refresh: "regroup refresh --user" or "regroup refresh --computer".',
        );
      if (positional.length)
        throw new UsageError(`"regroup refresh" takes no word "${positional[0]}".`);
      if (computer && (flags.has('--verify') || flags.has('--password-stdin') || dc)) {
        throw new UsageError('--verify, --dc and --password-stdin go with --user only.');
      }
      if (user && flags.has('--gpupdate'))
        throw new UsageError('--gpupdate goes with --computer only.');
      if (dc && !flags.has('--verify')) {
        throw new UsageError('--dc goes with --verify (or with "regroup groups").');
      }
      return {
        name,
        scope: user ? 'user' : 'computer',
        gpupdate: flags.has('--gpupdate'),
        force: flags.has('--force'),
        verify: flags.has('--verify'),
        dc,
        passwordStdin: flags.has('--password-stdin'),
        json,
      };
    }
    case 'parse': {
      const format = (values.get('--format') ?? 'auto') as ParseFormat;
      if (!FORMATS.includes(format))
        throw new UsageError(`--format takes one of ${FORMATS.join(', ')}; not "${format}".`);
      if (positional.length > 1)
        throw new UsageError('"regroup parse" reads one file (or - for standard input).');
      return { name, format, file: positional[0] ?? '-', json };
    }
    default:
      if (positional.length)
        throw new UsageError(`"regroup groups" takes no word "${positional[0]}".`);
      return { name: 'groups', dc, json };
  }
}
