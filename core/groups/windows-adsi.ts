/**
 * Views 2 and 3 on Windows, through PowerShell and ADSI with a constant script (no string built
 * from input: the only input, an explicitly named DC, is validated and passed in an environment
 * variable). ADSI binds with Negotiate (Kerberos) and the current logon session's tickets.
 * - `krb`: `tokenGroups` of the rootDSE: the token the DC built from the PAC of the ticket just used.
 * - `dir`: `tokenGroups` of the signed-in user's own object (`<SID=...>` binding).
 * A view that fails prints `err`, the view, the HRESULT of the innermost exception and its
 * (localized) message: the HRESULT decides the code and the sentence, the message is the detail.
 */
import { msg } from '../i18n/message';
import { runTool, toolName } from '../process/run';
import { GroupsError } from './errors';
import { isSid } from './sids';
import { runReader, type RunFn } from './tool-failure';

export const ADSI_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  'function Sid($b) { (New-Object System.Security.Principal.SecurityIdentifier($b, 0)).Value }',
  "function Err($k, $x) { $e = $x.Exception; while ($e.InnerException) { $e = $e.InnerException }; \"err`t$k`t\" + ('0x{0:X8}' -f $e.HResult) + \"`t\" + ($e.Message -replace '\\s+', ' ').Trim() }",
  'function Nm($s) { try { (New-Object System.Security.Principal.SecurityIdentifier($s)).Translate([System.Security.Principal.NTAccount]).Value } catch { "" } }',
  "$p = 'LDAP://'",
  "if ($env:REGROUP_DC -match '^[A-Za-z0-9.-]+$') { $p = 'LDAP://' + $env:REGROUP_DC + '/' }",
  "try { $r = [ADSI]($p + 'RootDSE'); $r.RefreshCache([string[]]@('tokenGroups','dnsHostName')); \"dc`t\" + $r.Properties['dnsHostName'][0]",
  "  foreach ($b in $r.Properties['tokenGroups']) { $s = Sid $b; \"krb`t$s`t\" + (Nm $s) } } catch { Err 'krb' $_ }",
  'try { $me = [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value; "user`t$me`t" + (Nm $me)',
  "  $u = [ADSI]($p + '<SID=' + $me + '>'); $u.RefreshCache([string[]]@('tokenGroups'))",
  "  foreach ($b in $u.Properties['tokenGroups']) { $s = Sid $b; \"dir`t$s`t\" + (Nm $s) } } catch { Err 'dir' $_ }",
].join('\n');

export interface AdsiReading {
  dc: string | null;
  userSid: string | null;
  kerberosSids: string[] | null;
  /** Why `kerberosSids` is null. */
  kerberosError: GroupsError | null;
  directorySids: string[] | null;
  /** Why `directorySids` is null. */
  directoryError: GroupsError | null;
  names: Map<string, string>;
}

/**
 * HRESULTs that mean no domain controller answered: ERROR_DS_SERVER_DOWN ("The server is not
 * operational") and ERROR_NO_SUCH_DOMAIN (the domain could not be contacted: off the network).
 */
const UNREACHABLE = new Set(['0x8007203A', '0x8007054B']);

/** The error of an `err` line: `0x8007203A` and the exception's message. */
export function adsiError(hresult: string, message: string): GroupsError {
  const code = /^0x[0-9A-F]{8}$/i.test(hresult) ? hresult.toUpperCase().replace(/^0X/, '0x') : '';
  const detail = [code, code ? message : `${hresult} ${message}`.trim()].filter(Boolean).join(' ');
  return UNREACHABLE.has(code)
    ? new GroupsError('dc-unreachable', msg('insight.adsi.unreachable'), detail)
    : new GroupsError('failed', msg('insight.adsi.failed'), detail);
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
    const [kind, a = '', b = '', ...rest] = line.split('\t');
    if (kind === 'dc') out.dc = a.trim() || null;
    else if (kind === 'user' && isSid(a)) out.userSid = a;
    else if ((kind === 'krb' || kind === 'dir') && isSid(a)) {
      const key = kind === 'krb' ? 'kerberosSids' : 'directorySids';
      out[key] = [...(out[key] ?? []), a];
      if (b.trim()) out.names.set(a, b.trim());
    } else if (kind === 'err' && (a === 'krb' || a === 'dir')) {
      out[a === 'krb' ? 'kerberosError' : 'directoryError'] = adsiError(
        b.trim(),
        rest.join('\t').trim(),
      );
    }
  }
  if (out.userSid && out.kerberosSids)
    out.kerberosSids = out.kerberosSids.filter((s) => s !== out.userSid);
  // Neither groups nor an error for a view: say so, with what the script did print.
  const noAnswer = () =>
    new GroupsError('failed', msg('insight.adsi.noAnswer'), text.trim().slice(0, 2000));
  if (!out.kerberosSids) out.kerberosError ??= noAnswer();
  if (!out.directorySids) out.directoryError ??= noAnswer();
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
  const tool = toolName(powershell);
  const result = await runReader(
    run,
    powershell,
    ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded],
    { env, timeoutMs: 30_000 },
    {
      missing: msg('insight.adsi.powershellMissing', { path: powershell }),
      late: (seconds) => msg('insight.adsi.timeout', { seconds }),
      failed: (code) => msg('insight.tool.exit', { tool, code }),
    },
  );
  return parseAdsiOutput(result.stdout);
}
