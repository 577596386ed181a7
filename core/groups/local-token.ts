/**
 * View 1, "my sign-in token": the groups this computer's local permissions use until the next
 * sign-in. Windows: `%SystemRoot%\System32\whoami.exe /groups /fo csv /nh` (+ `/user`), read by
 * SID. Linux/macOS: `id`, whose groups are numeric ids with names; directory groups only appear
 * there when sssd or winbind map them, and then only by name.
 */
import { msg } from '../i18n/message';
import { runTool, toolName } from '../process/run';
import { GroupsError } from './errors';
import { runReader, type RunFn } from './tool-failure';
import { parseWhoami, type WhoamiGroup, type WhoamiUser } from '../token/whoami';

export interface IdGroup {
  id: number;
  name: string | null;
}

export interface IdReading {
  user: IdGroup | null;
  groups: IdGroup[];
}

/** Reads `uid=1000(alice) gid=1000(alice) groups=1000(alice),27(sudo),1105(finance@lab.test)`. */
export function parseIdOutput(text: string): IdReading {
  const pick = (key: string): string | null => {
    const match = new RegExp(`(?:^|\\s)${key}=(.*?)(?=\\s+[a-z]+=|$)`).exec(text.trim());
    return match?.[1] ?? null;
  };
  const list = (value: string | null): IdGroup[] => {
    if (!value) return [];
    const out: IdGroup[] = [];
    for (const m of value.matchAll(/(\d+)(?:\(([^)]*)\))?/g)) {
      out.push({ id: Number(m[1]), name: m[2] ?? null });
    }
    return out;
  };
  return { user: list(pick('uid'))[0] ?? null, groups: list(pick('groups')) };
}

export interface WindowsToken {
  user: WhoamiUser | null;
  groups: WhoamiGroup[];
}

/** `C:\Windows\System32\whoami.exe` (or the test's fake SystemRoot); never a PATH search. */
export function whoamiPath(systemRoot: string): string {
  const sep = systemRoot.includes('\\') ? '\\' : '/';
  return `${systemRoot.replace(/[\\/]+$/, '')}${sep}System32${sep}whoami.exe`;
}

export async function readWindowsToken(options: {
  systemRoot: string;
  run?: RunFn;
  env?: NodeJS.ProcessEnv;
  fallbackEncoding?: string;
}): Promise<WindowsToken> {
  const run = options.run ?? runTool;
  const file = whoamiPath(options.systemRoot);
  const tool = toolName(file);
  const call = async (args: string[]) => {
    const result = await runReader(
      run,
      file,
      args,
      { env: options.env, timeoutMs: 10_000, fallbackEncoding: options.fallbackEncoding },
      {
        missing: msg('insight.whoami.missing', { tool, path: file }),
        late: (seconds) => msg('insight.tool.timeout', { tool, seconds }),
        failed: (code) => msg('insight.whoami.failed', { tool, code }),
      },
    );
    return result.stdout;
  };
  const groupsText = await call(['/groups', '/fo', 'csv', '/nh']);
  const reading = parseWhoami(groupsText);
  if (reading.groups.length === 0) {
    throw new GroupsError(
      'unreadable-output',
      msg('insight.whoami.unreadable', { tool }),
      groupsText.trim().slice(0, 2000),
    );
  }
  let user: WhoamiUser | null = null;
  try {
    user = parseWhoami(await call(['/user', '/fo', 'csv', '/nh'])).user;
  } catch {
    user = null;
  }
  return { user, groups: reading.groups };
}

export async function readIdToken(options: {
  run?: RunFn;
  env?: NodeJS.ProcessEnv;
  id?: string;
}): Promise<IdReading> {
  const run = options.run ?? runTool;
  const file = options.id ?? 'id';
  const tool = toolName(file);
  const result = await runReader(
    run,
    file,
    [],
    { env: options.env, timeoutMs: 5_000 },
    {
      missing: msg('insight.id.missing', { tool }),
      late: (seconds) => msg('insight.tool.timeout', { tool, seconds }),
      failed: (code) => msg('insight.id.failed', { tool, code }),
    },
  );
  return parseIdOutput(result.stdout);
}
