/**
 * Human output of `regroup groups` and of the verdict of `regroup refresh --user --verify`, in the
 * translator's language. Group names and SIDs are data and shown as they are.
 */
import type { Translator } from '../core/i18n';
import type { GroupViewName, GroupsReport, Verdict } from '../core/groups/types';
import { listOf } from './format';
import { fitTable } from './table';
import type { Terminal } from './terminal';
import { displayWidth, hanging, wrap } from './text-width';

const VIEWS: readonly GroupViewName[] = ['signInToken', 'kerberosServices', 'directory'];

function mark(value: boolean | null, tr: Translator): string {
  if (value === null) return '-';
  return tr.t(value ? 'cli.groups.yes' : 'cli.groups.no');
}

export function formatGroupsReport(
  report: GroupsReport,
  tr: Translator,
  terminal: Terminal,
): string {
  const principal = report.principal ?? tr.t('cli.groups.unknownUser');
  const lines = [report.dc ? tr.t('cli.groups.who', { principal, dc: report.dc }) : principal, ''];

  const groupHeader = tr.t('cli.groups.column.group');
  const rows = fitTable(
    [
      ...VIEWS.map((v) => ({ header: tr.t(`cli.groups.column.${v}`) })),
      { header: groupHeader, flexible: true },
    ],
    report.groups.map((g) => ({ cells: [...VIEWS.map((v) => mark(g[v], tr)), g.name ?? g.sid] })),
    terminal,
  );
  // The meaning of a row goes on the lines below it, under the group's name, wrapped to fit.
  const header = rows[0] ?? '';
  const indent = displayWidth(header.slice(0, header.lastIndexOf(groupHeader)));
  const room = Math.max(20, terminal.columns - indent);
  lines.push(header);
  report.groups.forEach((g, i) => {
    lines.push(rows[i + 1] ?? '');
    if (g.meaning)
      lines.push(...wrap(tr.format(g.meaning), room).map((l) => `${' '.repeat(indent)}${l}`));
  });

  const missing = VIEWS.filter((v) => !report.views[v].available);
  if (missing.length) {
    lines.push('');
    for (const v of missing) {
      const reason = report.views[v].reason;
      const view = tr.t(`cli.groups.view.${v}`);
      const text = reason
        ? tr.t('cli.groups.viewReason', { view, reason: tr.format(reason) })
        : view;
      lines.push(...hanging(text, terminal.columns, '', '  '));
    }
  }
  lines.push('', ...VIEWS.flatMap((v) => wrap(tr.t(`cli.groups.legend.${v}`), terminal.columns)));
  return lines.join('\n');
}

export function formatVerdict(verdict: Verdict, tr: Translator, terminal: Terminal): string {
  if (verdict.unverified)
    return wrap(
      tr.t('cli.verdict.unverified', { reason: tr.format(verdict.unverified) }),
      terminal.columns,
    ).join('\n');
  const names = (groups: ReadonlyArray<{ sid: string; name: string | null }>): string =>
    listOf(
      groups.map((g) => g.name ?? g.sid),
      tr,
    );
  const lines = [
    verdict.gained.length
      ? tr.t('cli.verdict.gained', { groups: names(verdict.gained) })
      : tr.t('cli.verdict.noneGained'),
  ];
  if (verdict.lost.length) lines.push(tr.t('cli.verdict.lost', { groups: names(verdict.lost) }));
  if (verdict.needsSignOut.length)
    lines.push(tr.t('cli.verdict.needsSignOut', { groups: names(verdict.needsSignOut) }));
  for (const hint of verdict.hints) {
    const id = hint.detected ? 'cli.verdict.found' : 'cli.verdict.note';
    lines.push(tr.t(id, { hint: tr.format(hint.message) }));
  }
  return lines.flatMap((line) => hanging(line, terminal.columns, '', '  ')).join('\n');
}
