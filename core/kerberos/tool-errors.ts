/**
 * From "the tool could not be run" (the runner's ToolError) to a KerberosError with a sentence
 * that fits the platform. The runner knows nothing of Kerberos; this is the one place where its
 * four reasons become Kerberos error codes:
 *
 *   not-found     -> klist-missing  Windows: klist.exe comes with Windows, so a missing one means
 *                                   a damaged installation (no "install krb5-user" there).
 *                                   Unix: the Kerberos tools are a package to install.
 *   spawn-failed  -> klist-failed   the OS refused to start it
 *   timeout       -> timeout        stopped after the limit (usually a KDC that does not answer)
 *   exit          -> klist-failed   exited non-zero with nothing more specific to say
 *
 * Anything that is not a ToolError (a bug, an unexpected throw) is `klist-failed` with its text
 * in `detail`. The tool's own words always stay in `detail`, for the help desk.
 */
import { msg } from '../i18n/message';
import { exitCodeText } from '../process/exit-codes';
import { ToolError } from '../process/run';
import type { KerberosError } from './types';

export type ToolPlatform = 'windows' | 'unix';

function withDetail(error: KerberosError, detail: string): KerberosError {
  return detail ? { ...error, detail } : error;
}

/** The KerberosError for a failure to run a Kerberos tool (klist, kinit, kdestroy ...). */
export function kerberosErrorFromTool(error: unknown, platform: ToolPlatform): KerberosError {
  if (!(error instanceof ToolError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return withDetail({ code: 'klist-failed', message: msg('krb.tool.unexpected') }, detail);
  }
  const { tool, detail } = error;
  switch (error.reason) {
    case 'not-found':
      return withDetail(
        {
          code: 'klist-missing',
          message: msg(
            platform === 'windows' ? 'krb.tool.notFound.windows' : 'krb.tool.notFound.unix',
            { tool },
          ),
        },
        detail,
      );
    case 'spawn-failed':
      return withDetail(
        { code: 'klist-failed', message: msg('krb.tool.spawnFailed', { tool }) },
        detail,
      );
    case 'timeout':
      return withDetail(
        {
          code: 'timeout',
          message: msg('krb.tool.timeout', { tool, seconds: error.number ?? 0 }),
        },
        detail,
      );
    case 'exit':
      return withDetail(
        {
          code: 'klist-failed',
          message: msg('krb.tool.exit', {
            tool,
            code: error.number === null ? '?' : exitCodeText(error.number),
          }),
        },
        detail,
      );
  }
}
