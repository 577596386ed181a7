/**
 * `--redact`: the diagnosis with user, host and domain names replaced by placeholders, so it can
 * be pasted where others read it. Replacement is consistent: one name gets one placeholder
 * everywhere, whatever its case and wherever it stands (a principal `alice@LAB.TEST`, an SPN
 * `cifs/fs1.lab.test@LAB.TEST`, a DN `CN=alice,CN=Users,DC=lab,DC=test`, a group `LAB\Finance`,
 * a cache path `/home/alice/...`, a tool's own words in a detail), so the help desk can still
 * follow which ticket came from which host.
 *
 * The names come from the report itself: principals and ticket clients (users), service hosts,
 * the KDC, DC and this computer (hosts: the first label; the rest of a dotted name is a domain),
 * the realm and NetBIOS domains (domains). Placeholders: `user1`, `host1`, `domain1.example`
 * (upper case where the name was: `DOMAIN1.EXAMPLE`), `DOMAIN1` for a NetBIOS name. IP addresses,
 * group names, SIDs, times and message IDs stay as they are.
 */
import { isMessage } from '../i18n/message';
import type { Diagnosis } from './types';

type Kind = 'user' | 'host' | 'domain' | 'netbios';

/** Characters that continue a name: a match must not be part of a longer word. */
const NAME_CHAR = '[\\p{L}\\p{N}_$-]';
const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:]*)$/i;
const NOT_NAMES = new Set(['localhost', 'krbtgt', 'regroup-clock-check']);

class Names {
  readonly map = new Map<string, { kind: Kind; placeholder: string }>();
  private readonly counts: Record<Kind, number> = { user: 0, host: 0, domain: 0, netbios: 0 };

  add(kind: Kind, raw: string | null | undefined): void {
    const name = (raw ?? '').trim().replace(/\.$/, '');
    const key = name.toLowerCase();
    if (name.length < 2 || IP.test(name) || NOT_NAMES.has(key) || this.map.has(key)) return;
    const n = ++this.counts[kind];
    const placeholder =
      kind === 'user'
        ? `user${n}`
        : kind === 'host'
          ? `host${n}`
          : kind === 'domain'
            ? `domain${n}.example`
            : `DOMAIN${n}`;
    this.map.set(key, { kind, placeholder });
  }

  /** `fs1.lab.test`: host `fs1`, domain `lab.test`; a single label is a host. */
  addHost(raw: string | null | undefined): void {
    const name = (raw ?? '').replace(/^\\\\/, '').replace(/:\d+$/, '');
    if (!name || IP.test(name)) return;
    const dot = name.indexOf('.');
    if (dot < 0) return this.add('host', name);
    this.add('host', name.slice(0, dot));
    this.add('domain', name.slice(dot + 1));
  }

  /** `alice@LAB.TEST`: user `alice`, domain `LAB.TEST`; `cifs/fs1.lab.test@LAB.TEST`: the host. */
  addPrincipal(raw: string | null | undefined): void {
    if (!raw) return;
    const at = raw.lastIndexOf('@');
    const name = at >= 0 ? raw.slice(0, at) : raw;
    if (at >= 0) this.add('domain', raw.slice(at + 1));
    const parts = name.split('/');
    if (parts.length === 1) this.add('user', parts[0]);
    else if (parts[0] !== 'krbtgt') this.addHost(parts[1]);
  }
}

function collect(report: Diagnosis): Names {
  const names = new Names();
  // Realm first, so the domain most seen becomes domain1.
  if (report.identity.ok) {
    names.add('domain', report.identity.realm);
    names.addPrincipal(report.identity.principal);
  }
  names.addHost(report.system.computer);
  if (report.tickets.ok)
    for (const t of report.tickets.tickets) {
      names.addPrincipal(t.client);
      names.addPrincipal(t.server);
      names.addHost(t.kdcCalled);
    }
  if (report.kdc.ok) names.addHost(report.kdc.host);
  if (report.groups.ok) {
    const groups = report.groups.report;
    names.addPrincipal(groups.principal);
    names.addHost(groups.dc);
    for (const row of groups.groups) {
      const slash = row.name?.indexOf('\\') ?? -1;
      if (row.name && slash > 0) names.add('netbios', row.name.slice(0, slash));
    }
  }
  if (report.lastRefresh.ok)
    for (const t of [...report.lastRefresh.result.removed, ...report.lastRefresh.result.acquired]) {
      names.addPrincipal(t.client);
      names.addPrincipal(t.server);
    }
  return names;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The placeholder in the case the name was written in. */
const cased = (found: string, placeholder: string): string =>
  found === found.toUpperCase() && found !== found.toLowerCase()
    ? placeholder.toUpperCase()
    : placeholder;

/** A function that replaces every known name in a string, in one pass (longest names first). */
function replacer(names: Names): (text: string) => string {
  if (names.map.size === 0) return (text) => text;
  const keys = [...names.map.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<!${NAME_CHAR})(?:${keys.join('|')})(?!${NAME_CHAR})`, 'giu');
  const domains = [...names.map.entries()].filter(([, v]) => v.kind === 'domain');
  // DC=lab,DC=test: the labels of a known domain, each replaced by the placeholder's labels.
  const dn = /DC=[^,\s]+(?:,\s*DC=[^,\s]+)*/giu;
  return (text) =>
    text
      .replace(dn, (found) => {
        const labels = found.split(',').map((part) => part.trim().slice(3));
        const domain = domains.find(([key]) => key === labels.join('.').toLowerCase());
        if (!domain) return found;
        return cased(labels.join('.'), domain[1].placeholder)
          .split('.')
          .map((label) => `DC=${label}`)
          .join(',');
      })
      .replace(pattern, (found) => {
        const entry = names.map.get(found.toLowerCase());
        return entry ? cased(found, entry.placeholder) : found;
      });
}

function walk(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item: unknown) => walk(item, replace));
  if (typeof value !== 'object' || value === null) return value;
  // A Message's ID is not data; its values are.
  if (isMessage(value))
    return value.values ? { id: value.id, values: walk(value.values, replace) } : value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, key === 'code' ? item : walk(item, replace)]),
  );
}

/** The report with user, host and domain names replaced consistently; the input is not changed. */
export function redactDiagnosis(report: Diagnosis): Diagnosis {
  const replace = replacer(collect(report));
  const redacted = walk(report, replace) as Diagnosis;
  return { ...redacted, format: report.format, redacted: true };
}
