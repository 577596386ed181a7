/**
 * From "the tool could not be run" (the runner's ToolError) to a GroupsError with a sentence about
 * the tool that failed. The runner knows nothing of groups; each reader says what its own tool is
 * and how to get it (ldapsearch is a package to install; whoami.exe and powershell.exe are part of
 * Windows), and this maps the runner's four reasons the same way for all of them:
 *
 *   not-found     -> tool-missing  the reader's own sentence (what to install, or "part of Windows")
 *   timeout       -> timeout       the reader's own sentence, with the limit in seconds
 *   spawn-failed  -> failed        "{tool} could not be started"
 *   exit          -> failed        "{tool} stopped with exit code {code}"
 *
 * Anything else that was thrown is `failed` with its text as detail (`toGroupsError`). The OS's
 * or the tool's own words always stay in `detail`, for the help desk.
 */
import { exitCodeText } from '../process/exit-codes';
import { msg, type Message } from '../i18n/message';
import { ToolError, type RunOptions, type RunResult } from '../process/run';
import { GroupsError, toGroupsError } from './errors';

/** The runner (runTool, or a test's stand-in). */
export type RunFn = (
  file: string,
  args: readonly string[],
  options?: RunOptions,
) => Promise<RunResult>;

export interface ToolWords {
  /** The sentence when the tool is not there. */
  missing: Message;
  /** The sentence when the tool did not finish within `seconds`. */
  late: (seconds: number) => Message;
}

export interface ReaderWords extends ToolWords {
  /** The sentence when the tool exited non-zero (`code` as `exitCodeText` writes it). */
  failed: (code: string) => Message;
}

export function groupsErrorFromTool(error: unknown, words: ToolWords): GroupsError {
  if (!(error instanceof ToolError)) return toGroupsError(error);
  const { tool, detail } = error;
  switch (error.reason) {
    case 'not-found':
      return new GroupsError('tool-missing', words.missing, detail);
    case 'timeout':
      return new GroupsError('timeout', words.late(error.number ?? 0), detail);
    case 'spawn-failed':
      return new GroupsError('failed', msg('insight.tool.notStarted', { tool }), detail);
    case 'exit':
      return new GroupsError(
        'failed',
        msg('insight.tool.exit', {
          tool,
          code: error.number === null ? '?' : exitCodeText(error.number),
        }),
        detail,
      );
  }
}

/** Runs a tool whose non-zero exit is a failure; every failure becomes a GroupsError. */
export async function runReader(
  run: RunFn,
  file: string,
  args: readonly string[],
  options: RunOptions,
  words: ReaderWords,
): Promise<RunResult> {
  let result: RunResult;
  try {
    result = await run(file, args, options);
  } catch (error) {
    throw groupsErrorFromTool(error, words);
  }
  if (result.exitCode !== 0) {
    throw new GroupsError(
      'failed',
      words.failed(exitCodeText(result.exitCode)),
      toolOutput(result),
    );
  }
  return result;
}

/** The tool's output for the help desk: standard error, then standard output, trimmed. */
export function toolOutput(result: { stdout: string; stderr: string }): string {
  return [result.stderr.trim(), result.stdout.trim()].filter(Boolean).join('\n');
}
