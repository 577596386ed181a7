/**
 * The diagnosis as text a person pastes into a message to the help desk: `regroup diagnose`
 * prints it fitted to the terminal, the window copies it at 80 columns. Headings, then label and
 * value lines (labels padded by display width, values wrapped under themselves); a section that
 * could not be read says why (`Not read: ...`) and gives the detail. Names, times as read, ticket
 * names, SIDs and tool words are data and shown as they are; every other word is the translator's.
 */
import type { GroupViewName } from '../groups/types';
import type { Translator } from '../i18n';
import type { Message } from '../i18n/message';
import { displayWidth, hanging, padTo } from '../text/width';
import type { DiagnosedTicket, Diagnosis } from './types';

const VIEWS: readonly GroupViewName[] = ['signInToken', 'kerberosServices', 'directory'];
const INDENT = '  ';

interface Writer {
  lines: string[];
  tr: Translator;
  columns: number;
}

/**
 * A wrapped paragraph after `indent`; its further lines hang two columns deeper, so a line at the
 * indent always starts a new item (an encryption type or a time carried over is not read as one).
 */
function para(w: Writer, text: string, indent = INDENT, rest = indent + INDENT): void {
  w.lines.push(...hanging(text, w.columns, indent, rest));
}

/** Label / value rows after `indent`, labels padded to the widest. Null values are left out. */
function fields(
  w: Writer,
  rows: ReadonlyArray<readonly [string, string | null]>,
  indent = INDENT,
): void {
  const shown = rows.filter((r): r is readonly [string, string] => r[1] !== null);
  const width = Math.max(0, ...shown.map(([label]) => displayWidth(label)));
  for (const [label, value] of shown) {
    const first = `${indent}${padTo(label, width)}  `;
    para(w, value, first, ' '.repeat(displayWidth(first)));
  }
}

function problem(w: Writer, message: Message, detail?: string): void {
  para(w, w.tr.t('cli.diagnose.notRead', { problem: w.tr.format(message) }));
  if (detail) para(w, w.tr.t('cli.diagnose.detail', { detail }));
}

/** A ticket; its cache is named only when it is not the one under "Who" (`cache`). */
function ticket(w: Writer, t: DiagnosedTicket, cache: string | null): void {
  const { tr } = w;
  para(w, t.server || tr.t('cli.list.noName'));
  const unknown = tr.t('cli.list.unknown');
  fields(
    w,
    [
      [tr.t('cli.field.start'), tr.dateTime(t.startTime)],
      [tr.t('cli.field.end'), t.endTime ? tr.dateTime(t.endTime) : unknown],
      [tr.t('cli.field.renewUntil'), t.renewUntil ? tr.dateTime(t.renewUntil) : null],
      [
        tr.t('cli.field.encryption'),
        tr.t('cli.field.encryptionValue', {
          ticket: t.encryptionType ?? unknown,
          sessionKey: t.sessionKeyType ?? unknown,
        }),
      ],
      [tr.t('cli.field.flags'), t.flags.length ? t.flags.join(', ') : null],
      [tr.t('cli.field.kdcCalled'), t.kdcCalled],
      [tr.t('cli.field.cacheFlags'), t.cacheFlags.join(' ') || null],
      [tr.t('cli.field.cache'), t.cache === cache ? null : t.cache],
    ],
    INDENT + INDENT,
  );
}

function groups(w: Writer, report: Extract<Diagnosis['groups'], { ok: true }>['report']): void {
  const { tr } = w;
  for (const view of VIEWS) {
    const v = report.views[view];
    const name = tr.t(`cli.groups.view.${view}`);
    const text = v.available
      ? tr.t('cli.diagnose.groups.read', { view: name, source: v.source ?? '' })
      : tr.t('cli.groups.viewReason', { view: name, reason: v.reason ? tr.format(v.reason) : '' });
    para(w, text);
    if (!v.available && v.detail)
      para(w, tr.t('cli.diagnose.detail', { detail: v.detail }), INDENT + '  ');
  }
  if (!report.groups.length) return;
  const headers = VIEWS.map((v) => tr.t(`cli.groups.column.${v}`));
  const mark = (value: boolean | null): string =>
    value === null ? '-' : tr.t(value ? 'cli.groups.yes' : 'cli.groups.no');
  const widths = headers.map((h) =>
    Math.max(displayWidth(h), ...['-', mark(true), mark(false)].map(displayWidth)),
  );
  const row = (cells: string[], name: string): string =>
    `${INDENT}${cells.map((c, i) => padTo(c, widths[i] ?? 0)).join('  ')}  ${name}`;
  w.lines.push('', row(headers, tr.t('cli.groups.column.group')));
  for (const g of report.groups)
    w.lines.push(
      row(
        VIEWS.map((v) => mark(g[v])),
        g.name ?? g.sid,
      ),
    );
}

function refresh(w: Writer, last: Extract<Diagnosis['lastRefresh'], { ok: true }>): void {
  const { tr } = w;
  const { result, verdict } = last;
  fields(w, [
    [tr.t('cli.diagnose.label.finished'), tr.dateTime(result.finishedAt)],
    [tr.t('cli.diagnose.label.outcome'), result.outcome],
    [tr.t('cli.diagnose.label.result'), tr.format(result.message)],
    [tr.t('cli.diagnose.label.errorDetail'), result.error?.detail ?? null],
  ]);
  if (!verdict) return;
  const names = (refs: ReadonlyArray<{ name: string | null; sid: string }>): string =>
    refs.length ? refs.map((r) => r.name ?? r.sid).join(', ') : tr.t('cli.diagnose.none');
  fields(w, [
    [tr.t('cli.diagnose.label.gained'), names(verdict.gained)],
    [tr.t('cli.diagnose.label.lost'), names(verdict.lost)],
    [tr.t('cli.diagnose.label.needsSignOut'), names(verdict.needsSignOut)],
    [
      tr.t('cli.diagnose.label.unverified'),
      verdict.unverified ? tr.format(verdict.unverified) : null,
    ],
  ]);
}

/** The report as text, `columns` wide (80 for the clipboard). */
export function formatDiagnosis(report: Diagnosis, tr: Translator, columns: number): string {
  const w: Writer = { lines: [], tr, columns };
  const heading = (text: string): void => {
    w.lines.push('', text);
  };
  para(w, tr.t('cli.diagnose.title', { time: tr.dateTime(report.createdAt) }), '', '');
  if (report.redacted) para(w, tr.t('cli.diagnose.redacted'), '', '');
  const s = report.system;
  w.lines.push('');
  fields(w, [
    [tr.t('cli.diagnose.label.app'), report.app.version],
    [tr.t('cli.diagnose.label.system'), `${s.os} ${s.release} (${s.platform}, ${s.arch})`],
    [tr.t('cli.diagnose.label.computer'), s.computer],
  ]);

  heading(tr.t('cli.diagnose.heading.identity'));
  const id = report.identity;
  if (id.ok)
    fields(w, [
      [tr.t('cli.diagnose.label.principal'), id.principal ?? tr.t('cli.list.unknown')],
      [tr.t('cli.diagnose.label.realm'), id.realm ?? tr.t('cli.list.unknown')],
      [tr.t('cli.diagnose.label.logonSession'), id.logonSession],
      [tr.t('cli.diagnose.label.cache'), id.cache],
    ]);
  else problem(w, id.problem, id.detail);

  const tk = report.tickets;
  heading(tr.t('cli.diagnose.heading.tickets', { count: tk.ok ? tk.tickets.length : 0 }));
  if (tk.ok) {
    if (!tk.complete) para(w, tr.t('cli.list.incomplete'));
    tk.tickets.forEach((t) => ticket(w, t, id.ok ? id.cache : null));
  } else problem(w, tk.problem, tk.detail);

  heading(tr.t('cli.diagnose.heading.kdc'));
  const kdc = report.kdc;
  if (kdc.ok)
    para(
      w,
      tr.t('cli.diagnose.kdc.answered', {
        host: `${kdc.host}:${kdc.port}`,
        ms: kdc.answeredInMs,
        tried: kdc.tried.join(', '),
      }),
    );
  else problem(w, kdc.problem, kdc.detail);

  heading(tr.t('cli.diagnose.heading.clock'));
  const clock = report.clock;
  if (clock.ok) {
    // One reading a line: two ISO times and an offset in one sentence wrapped anywhere.
    fields(w, [
      [tr.t('cli.diagnose.label.kdcTime'), `${clock.kdcTime} (${clock.kdc})`],
      [tr.t('cli.diagnose.label.localTime'), clock.localTime],
      [
        tr.t('cli.diagnose.label.offset'),
        tr.t('cli.diagnose.clock.offset', {
          offset: `${clock.offsetSeconds >= 0 ? '+' : '-'}${Math.abs(clock.offsetSeconds).toFixed(1)}`,
          ms: clock.roundTripMs,
        }),
      ],
    ]);
    para(w, clock.warning ? tr.format(clock.warning) : tr.t('cli.diagnose.clock.withinLimit'));
  } else problem(w, clock.problem, clock.detail);

  heading(tr.t('cli.diagnose.heading.groups'));
  if (report.groups.ok) groups(w, report.groups.report);
  else problem(w, report.groups.problem, report.groups.detail);

  heading(tr.t('cli.diagnose.heading.lastRefresh'));
  if (report.lastRefresh.ok) refresh(w, report.lastRefresh);
  else problem(w, report.lastRefresh.problem, report.lastRefresh.detail);
  return w.lines.join('\n');
}
