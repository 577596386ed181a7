/**
 * `regroup groups` and `regroup refresh --user --verify`: the group-insight service behind the
 * command line, with its human output.
 */
import { createGroupsService, type GroupsService } from '../core/groups/service';
import type { GroupsReport, Verdict } from '../core/groups/types';
import { verifyRefresh } from '../core/groups/verify';
import type { GroupsCommands } from './main';

const mark = (value: boolean | null): string => (value === null ? ' - ' : value ? 'yes' : 'no ');

export function formatGroupsReport(report: GroupsReport): string {
  const lines = [
    `${report.principal ?? 'Unknown user'}${report.dc ? ` - domain controller ${report.dc}` : ''}`,
    '',
    'SIGN-IN  KERBEROS  DIRECTORY  GROUP',
  ];
  for (const g of report.groups) {
    lines.push(
      `  ${mark(g.signInToken)}      ${mark(g.kerberosServices)}       ${mark(g.directory)}     ${g.name ?? g.sid}` +
        (g.meaning ? `\n                              ${g.meaning}` : ''),
    );
  }
  const missing = Object.entries(report.views).filter(([, v]) => !v.available);
  if (missing.length) {
    lines.push('');
    const label = {
      signInToken: 'Sign-in token',
      kerberosServices: 'Kerberos services',
      directory: 'Directory',
    };
    for (const [name, v] of missing)
      lines.push(`${label[name as keyof typeof label]}: ${v.reason}`);
  }
  lines.push(
    '',
    'Sign-in token: what this computer uses for local permissions until you sign out.',
    'Kerberos services: what file shares and web apps see with your current tickets.',
    'Directory: your groups in Active Directory now (what your next ticket will carry).',
  );
  return lines.join('\n');
}

export function formatVerdict(verdict: Verdict): string {
  if (verdict.unverified) return `Not verified: ${verdict.unverified}`;
  const name = (g: { sid: string; name: string | null }): string => g.name ?? g.sid;
  const lines: string[] = [];
  lines.push(
    verdict.gained.length
      ? `Gained for Kerberos services: ${verdict.gained.map(name).join(', ')}`
      : 'No group was gained for Kerberos services.',
  );
  if (verdict.lost.length)
    lines.push(`Lost for Kerberos services: ${verdict.lost.map(name).join(', ')}`);
  if (verdict.needsSignOut.length) {
    lines.push(
      `Still needs a sign-out on this PC (local permissions): ${verdict.needsSignOut.map(name).join(', ')}`,
    );
  }
  for (const hint of verdict.hints)
    lines.push(`${hint.detected ? 'Found' : 'Note'}: ${hint.message}`);
  return lines.join('\n');
}

export interface GroupsCommandsOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Tests build the service with fake tools. */
  create?: (dc: string | null) => GroupsService;
}

export function createGroupsCommands(options: GroupsCommandsOptions = {}): GroupsCommands {
  const create =
    options.create ??
    ((dc: string | null) =>
      createGroupsService({
        platform: options.platform ?? process.platform,
        env: options.env ?? process.env,
        dc,
      }));
  return {
    async report({ dc }) {
      const report = await create(dc).read();
      const views = Object.values(report.views);
      const ok = views.some((v) => v.available);
      return {
        json: report,
        text: formatGroupsReport(report),
        ok,
        // Views that failed for the same reason say it once.
        error: ok
          ? undefined
          : [...new Set(views.map((v) => v.reason).filter((r): r is string => Boolean(r)))].join(
              ' ',
            ),
      };
    },
    async verifyRefresh({ dc, refresh }) {
      const { result, verdict } = await verifyRefresh(create(dc), refresh);
      return { result, verdict, text: formatVerdict(verdict) };
    },
  };
}
