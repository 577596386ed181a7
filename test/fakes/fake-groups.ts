/**
 * A typed stand-in for the groups service for controller and verify tests: each read answers with
 * the next report the test queued (or throws, or waits until the test lets it go); the verdict is
 * the real one (computeVerdict).
 */
import type { GroupsService } from '../../core/groups/service';
import type { GroupRow, GroupsReport } from '../../core/groups/types';
import { computeVerdict } from '../../core/groups/verdict';

export const DOMAIN = 'S-1-5-21-1004336348-1177238915-682003330';

/**
 * A Windows reading (groups named `LAB\<name>`): what Kerberos services see, what the directory
 * lists, and what the sign-in token holds (by default the same as the Kerberos services).
 */
export function groupsReport(
  kerberos: string[],
  directory: string[] = kerberos,
  signIn: string[] = kerberos,
): GroupsReport {
  const names = [...new Set([...kerberos, ...directory, ...signIn])];
  const groups = names.map((name, index): GroupRow => ({
    sid: `${DOMAIN}-${1100 + index}`,
    name: `LAB\\${name}`,
    signInToken: signIn.includes(name),
    kerberosServices: kerberos.includes(name),
    directory: directory.includes(name),
    scope: 'domain',
    meaning: null,
  }));
  return {
    principal: 'dyork@LAB.TEST',
    dc: 'dc1.lab.test',
    groups,
    views: {
      signInToken: { available: true, reason: null, source: 'whoami /groups' },
      kerberosServices: { available: true, reason: null, source: 'ADSI rootDSE tokenGroups' },
      directory: { available: true, reason: null, source: 'ADSI tokenGroups' },
    },
    tokenSidCount: kerberos.length + 1,
    readAt: '2025-12-07T12:00:00.000Z',
  };
}

type Answer = GroupsReport | Error | 'hang';

export function fakeGroups(...answers: Answer[]) {
  const queue = [...answers];
  let reads = 0;
  let release: () => void = () => undefined;
  const service: GroupsService = {
    async read() {
      reads += 1;
      const next = queue.length > 1 ? queue.shift() : queue[0];
      if (next === undefined) throw new Error('the test queued no report');
      if (next === 'hang') {
        await new Promise<void>((resolve) => (release = resolve));
        return groupsReport([]);
      }
      if (next instanceof Error) throw next;
      return next;
    },
    verdict: computeVerdict,
  };
  return { service, reads: () => reads, release: () => release() };
}
