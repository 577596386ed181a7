/**
 * Views 2 and 3 on Windows, through PowerShell and ADSI with a constant script (no string built
 * from input: the only input, an explicitly named DC, is validated and passed in an environment
 * variable). ADSI binds with Negotiate (Kerberos) and the current logon session's tickets.
 * - `krb`: `tokenGroups` of the rootDSE: the token the DC built from the PAC of the ticket just used.
 * - `dir`: `tokenGroups` of the signed-in user's own object (`<SID=...>` binding).
 */
import { runTool, ToolError } from '../process/run';
import { GroupsError } from './errors';
import type { RunFn } from './ldap';
import { isSid } from './sids';

export const ADSI_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  'function Sid($b) { (New-Object System.Security.Principal.SecurityIdentifier($b, 0)).Value }',
  'function Nm($s) { try { (New-Object System.Security.Principal.SecurityIdentifier($s)).Translate([System.Security.Principal.NTAccount]).Value } catch { "" } }',
  "$p = 'LDAP://'",
  "if ($env:REGROUP_DC -match '^[A-Za-z0-9.-]+$') { $p = 'LDAP://' + $env:REGROUP_DC + '/' }",
  "try { $r = [ADSI]($p + 'RootDSE'); $r.RefreshCache([string[]]@('tokenGroups','dnsHostName')); \"dc`t\" + $r.Properties['dnsHostName'][0]",
  '  foreach ($b in $r.Properties[\'tokenGroups\']) { $s = Sid $b; "krb`t$s`t" + (Nm $s) } } catch { "err`tkrb`t" + $_.Exception.Message }',
  'try { $me = [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value; "user`t$me`t" + (Nm $me)',
  "  $u = [ADSI]($p + '<SID=' + $me + '>'); $u.RefreshCache([string[]]@('tokenGroups'))",
  '  foreach ($b in $u.Properties[\'tokenGroups\']) { $s = Sid $b; "dir`t$s`t" + (Nm $s) } } catch { "err`tdir`t" + $_.Exception.Message }',
].join('\n');

export interface AdsiReading {
  dc: string | null;
  userSid: string | null;
  kerberosSids: string[] | null;
  kerberosError: string | null;
  directorySids: string[] | null;
  directoryError: string | null;
  names: Map<string, string>;
}

/** Reads the script's tab-separated lines (`dc`, `user`, `krb`, `dir`, `err`). */
export function parseAdsiOutput(text: string): AdsiReading {
  const out: AdsiReading = {
    dc: null,
    userSid: null,
    kerberosSids: null,
    kerberosError: null,
    directorySids: null,
    directoryError: null,
    names: new Map(),
  };
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const [kind, a = '', b = ''] = line.split('\t');
    if (kind === 'dc') out.dc = a.trim() || null;
    else if (kind === 'user' && isSid(a)) out.userSid = a;
    else if ((kind === 'krb' || kind === 'dir') && isSid(a)) {
      const key = kind === 'krb' ? 'kerberosSids' : 'directorySids';
      out[key] = [...(out[key] ?? []), a];
      if (b.trim()) out.names.set(a, b.trim());
    } else if (kind === 'err' && (a === 'krb' || a === 'dir')) {
      out[a === 'krb' ? 'kerberosError' : 'directoryError'] = b.trim() || 'unknown error';
    }
  }
  if (out.userSid && out.kerberosSids)
    out.kerberosSids = out.kerberosSids.filter((s) => s !== out.userSid);
  return out;
}

export async function readAdsiViews(options: {
  systemRoot: string;
  dc?: string | null;
  run?: RunFn;
  env?: NodeJS.ProcessEnv;
}): Promise<AdsiReading> {
  const run = options.run ?? runTool;
  const sep = options.systemRoot.includes('\\') ? '\\' : '/';
  const root = options.systemRoot.replace(/[\\/]+$/, '');
  const powershell = [root, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'].join(sep);
  const encoded = Buffer.from(ADSI_SCRIPT, 'utf16le').toString('base64');
  const env = { ...(options.env ?? process.env) };
  if (options.dc) env.REGROUP_DC = options.dc;
  else delete env.REGROUP_DC;
  try {
    const result = await run(
      powershell,
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded],
      { env, timeoutMs: 30_000 },
    );
    return parseAdsiOutput(result.stdout);
  } catch (error) {
    if (error instanceof ToolError) {
      throw new GroupsError(
        error.code === 'timeout' ? 'timeout' : 'tool-missing',
        error.code === 'timeout'
          ? 'The domain controller did not answer in time. Check the network connection (VPN), then try again.'
          : `PowerShell could not be run from ${powershell}.`,
      );
    }
    throw error;
  }
}
