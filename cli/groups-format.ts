/**
 * Human output of `regroup groups` and of the verdict of `regroup refresh --user --verify`, in the
 * translator's language. Group names and SIDs are data and shown as they are.
 */
import type { Translator } from '../core/i18n';
import type { GroupViewName, GroupsReport, Verdict } from '../core/groups/types';
import { table } from './format';

const VIEWS: readonly GroupViewName[] = ['signInToken', 'kerberosServices', 'directory'];

function mark(value: boolean | null, tr: Translator): string {
  if (value === null) return '-';
  return tr.t(value ? 'cli.groups.yes' : 'cli.groups.no');
}

export function formatGroupsReport(report: GroupsReport, tr: Translator): string {
  const principal = report.principal ?? tr.t('cli.groups.unknownUser');
  const lines = [report.dc ? tr.t('cli.groups.who', { principal, dc: report.dc }) : principal, ''];

  const rows = table([
    [...VIEWS.map((v) => tr.t(`cli.groups.column.${v}`)), tr.t('cli.groups.column.group')],
    ...report.groups.map((g) => [...VIEWS.map((v) => mark(g[v], tr)), g.name ?? g.sid]),
  ]);
  // The meaning of a row goes on the line below it, under the group's name.
  const indent = ' '.repeat(rows[0]?.lastIndexOf(tr.t('cli.groups.column.group')) ?? 0);
  lines.push(rows[0] ?? '');
  report.groups.forEach((g, i) => {
    lines.push(rows[i + 1] ?? '');
    if (g.meaning) lines.push(`${indent}${tr.format(g.meaning)}`);
  });

  const missing = VIEWS.filter((v) => !report.views[v].available);
  if (missing.length) {
    lines.push('');
    for (const v of missing) {
      const reason = report.views[v].reason;
      const view = tr.t(`cli.groups.view.${v}`);
      lines.push(
        reason ? tr.t('cli.groups.viewReason', { view, reason: tr.format(reason) }) : view,
      );
    }
  }
  lines.push('', ...VIEWS.map((v) => tr.t(`cli.groups.legend.${v}`)));
  return lines.join('\n');
}

/**
 * Under the headline of `refresh --verify`: what the views showed about why a refresh may not
 * help (found), and general advice (note). The groups gained, lost or waiting for a sign-out are
 * the headline's (core/model/outcome.ts), not repeated here. Empty when there is nothing to add.
 */
export function formatHints(verdict: Verdict, tr: Translator): string {
  return verdict.hints
    .map((hint) =>
      tr.t(hint.detected ? 'cli.verdict.found' : 'cli.verdict.note', {
        hint: tr.format(hint.message),
      }),
    )
    .join('\n');
}
