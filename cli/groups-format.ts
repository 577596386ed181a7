/**
 * Human output of `regroup groups` and of the hints under the headline of
 * `regroup refresh --user --verify`, in the translator's language, fitted to the terminal. Group
 * names and SIDs are data and shown as they are.
 */
import type { Translator } from '../core/i18n';
import type { GroupViewName, GroupsReport, Verdict } from '../core/groups/types';
import { fitTable } from './table';
import type { Terminal } from './terminal';
import { displayWidth, hanging, wrap } from '../core/text/width';

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

/**
 * Under the headline of `refresh --verify`: what the views showed about why a refresh may not
 * help (found), and general advice (note), each wrapped to the terminal. The groups gained, lost
 * or waiting for a sign-out are the headline's (core/model/outcome.ts), not repeated here. Empty
 * when there is nothing to add.
 */
export function formatHints(verdict: Verdict, tr: Translator, terminal: Terminal): string {
  return verdict.hints
    .flatMap((hint) =>
      hanging(
        tr.t(hint.detected ? 'cli.verdict.found' : 'cli.verdict.note', {
          hint: tr.format(hint.message),
        }),
        terminal.columns,
        '',
        '  ',
      ),
    )
    .join('\n');
}
