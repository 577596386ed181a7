/**
 * Which domain controller group reads use, from the most specific to the most general:
 *
 *   1. `--dc HOST` on the command line (one run, typed by the person or the help desk);
 *   2. `REGROUP_DC` in the environment (a session, for troubleshooting);
 *   3. the policy's DomainController (the IT department's choice for every computer);
 *   4. none: the domain controller is located (DNS SRV records, LOGONSERVER).
 *
 * The policy is the fleet's default; the two above it exist so a help desk can point one run at
 * another DC while it investigates, and change nothing else. A REGROUP_DC that is not a host
 * name is ignored, as before.
 */
import { HOST_NAME_PATTERN } from './settings';
import type { Policy } from './types';

const HOST_NAME = new RegExp(HOST_NAME_PATTERN);

export function chooseDc(options: {
  flag: string | null;
  env: Readonly<Record<string, string | undefined>> | undefined;
  policy: Pick<Policy, 'dc'> | null;
}): string | null {
  if (options.flag) return options.flag;
  const fromEnv = options.env?.REGROUP_DC?.trim();
  if (fromEnv && HOST_NAME.test(fromEnv)) return fromEnv;
  return options.policy?.dc ?? null;
}
