#!/usr/bin/env node
// A stand-in for Windows klist.exe, for tests on machines without Windows. The tests copy or link
// it as `<SystemRoot>/System32/klist.exe` and point FAKE_KLIST_STATE at a JSON file holding the
// ticket caches of each logon session. It prints exactly the layouts of the real outputs in
// ../shared/klist-samples/ (labels per language as the samples show them, tabs after `#N>` and
// before each field, CRLF line ends, `(local)` suffix, `M/D/YYYY H:MM:SS`), and exits non-zero on
// failures. Every call is appended to the state's `calls` so tests can check exactly what ran.
//
// Linux exit codes have 8 bits, so where Windows klist returns an NTSTATUS the fake exits 1.
import fs from 'node:fs';

const statePath = process.env.FAKE_KLIST_STATE;
if (!statePath) {
  process.stderr.write('fake klist: FAKE_KLIST_STATE is not set\n');
  process.exit(70);
}
const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
const args = process.argv.slice(2);
state.calls = [...(state.calls ?? []), { args, elevated: Boolean(process.env.FAKE_ELEVATED) }];

/** Labels as printed by klist.exe in each language (taken from the samples). */
const LABELS = {
  en: {
    current: (id) => `Current LogonId is ${id}`,
    targeted: (id) => `Targeted LogonId is ${id}`,
    cached: (n) => `Cached Tickets: (${n})`,
    client: 'Client: ',
    server: 'Server: ',
    etype: 'KerbTicket Encryption Type: ',
    flags: 'Ticket Flags ',
    start: 'Start Time: ',
    end: 'End Time:   ',
    renew: 'Renew Time: ',
    skey: 'Session Key Type: ',
    cacheFlags: 'Cache Flags: ',
    kdc: 'Kdc Called: ',
    local: '(local)',
    deleting: 'Deleting all tickets:',
    purged: 'Ticket(s) purged!',
    retrieved: (name) => `A ticket to ${name} has been retrieved successfully.`,
  },
  fr: {
    current: (id) => `LogonId est ${id}`,
    targeted: (id) => `LogonId ciblé est ${id}`,
    cached: (n) => `Tickets mis en cache : (${n})`,
    client: 'Client : ',
    server: 'Serveur : ',
    etype: 'Type de chiffrement KerbTicket : ',
    flags: 'Indicateurs de tickets ',
    start: 'Heure de démarrage : ',
    end: 'Heure de fin :   ',
    renew: 'Heure de renouvellement : ',
    skey: 'Type de clé de session : ',
    cacheFlags: 'Indicateurs de cache : ',
    kdc: 'KDC appelé : ',
    local: '(Local)',
    deleting: 'Suppression de tous les tickets :',
    purged: 'ticket(s) supprimé(s) !',
    retrieved: (name) => `Un ticket pour ${name} a été récupéré.`,
  },
  es: {
    current: (id) => `El id. de inicio de sesión actual es ${id}`,
    targeted: (id) => `El id. de inicio de sesión de destino es ${id}`,
    cached: (n) => `Vales almacenados en caché: (${n})`,
    client: 'Cliente: ',
    server: 'Servidor: ',
    etype: 'Tipo de cifrado de vale Kerberos: ',
    flags: 'Marcas de vale ',
    start: 'Hora de inicio: ',
    end: 'Hora de finalización:   ',
    renew: 'Hora de renovación: ',
    skey: 'Tipo de clave de sesión: ',
    cacheFlags: 'Marcas de caché: ',
    kdc: 'KDC llamado: ',
    local: '(local)',
    deleting: 'Eliminando todos los vales:',
    purged: '¡Vales purgados!',
    retrieved: (name) => `Se recuperó correctamente un vale para ${name}.`,
  },
  zh: {
    current: (id) => `当前登录 ID 是 ${id}`,
    targeted: (id) => `目标登录 ID 是 ${id}`,
    cached: (n) => `缓存的票证: (${n})`,
    client: '客户端: ',
    server: '服务器: ',
    etype: 'Kerberos 票证加密类型: ',
    flags: '票证标志 ',
    start: '开始时间: ',
    end: '结束时间:   ',
    renew: '续订时间: ',
    skey: '会话密钥类型: ',
    cacheFlags: '缓存标志: ',
    kdc: '调用的 KDC: ',
    local: '(本地)',
    deleting: '正在删除所有票证:',
    purged: '已清除票证!',
    retrieved: (name) => `已成功检索到 ${name} 的票证。`,
  },
};

const FLAG_BITS = [
  [0x80000000, 'reserved'],
  [0x40000000, 'forwardable'],
  [0x20000000, 'forwarded'],
  [0x10000000, 'proxiable'],
  [0x08000000, 'proxy'],
  [0x04000000, 'may_postdate'],
  [0x02000000, 'postdated'],
  [0x01000000, 'invalid'],
  [0x00800000, 'renewable'],
  [0x00400000, 'initial'],
  [0x00200000, 'pre_authent'],
  [0x00100000, 'hw_authent'],
  [0x00080000, 'transited_policy_checked'],
  [0x00040000, 'ok_as_delegate'],
  [0x00010000, 'name_canonicalize'],
];
const CACHE_FLAG_BITS = [
  [0x1, 'PRIMARY'],
  [0x2, 'DELEGATION'],
  [0x4, 'S4U'],
  [0x8, 'ASC'],
];

const L = LABELS[state.language ?? 'en'] ?? LABELS.en;
const legacy = state.format === 'legacy'; // Windows 7 / 2008 R2: no Cache Flags, no Kdc Called
const EOL = '\r\n';
const lines = [];
const say = (line = '') => lines.push(line);

function now() {
  return state.now ? new Date(state.now) : new Date();
}
function klistDate(ms) {
  const d = new Date(ms);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} ${d.getHours()}:${two(d.getMinutes())}:${two(d.getSeconds())} ${L.local}`;
}
function names(value, table) {
  const out = [];
  let rest = value;
  for (const [bit, name] of table) {
    if (value & bit) {
      out.push(name);
      rest &= ~bit;
    }
  }
  if (rest) out.push(`0x${(rest >>> 0).toString(16)}`);
  return out;
}
function principal(name) {
  const at = name.lastIndexOf('@');
  return at < 0 ? name : `${name.slice(0, at)} @ ${name.slice(at + 1)}`;
}
function session(id) {
  state.sessions ??= {};
  state.sessions[id] ??= { tickets: [] };
  return state.sessions[id];
}
function header(targetId) {
  say();
  say(L.current(state.currentLogonId));
  if (targetId) say(L.targeted(targetId));
}
function printTickets(tickets) {
  say();
  say(L.cached(tickets.length));
  tickets.forEach((t, i) => {
    say();
    say(`#${i}>\t${L.client}${principal(t.client)}`);
    say(`\t${L.server}${principal(t.server)}`);
    const etype = t.encryptionType ?? 'AES-256-CTS-HMAC-SHA1-96';
    say(`\t${L.etype}${etype}`);
    say(`\t${L.flags}0x${(t.flags >>> 0).toString(16)} -> ${names(t.flags, FLAG_BITS).join(' ')} `);
    say(`\t${L.start}${klistDate(t.start)}`);
    say(`\t${L.end}${klistDate(t.end)}`);
    say(`\t${L.renew}${t.renew ? klistDate(t.renew) : '0'}`);
    say(`\t${L.skey}${t.sessionKeyType ?? etype}`);
    if (!legacy) {
      const cf = t.cacheFlags ?? 0;
      say(
        `\t${L.cacheFlags}${cf ? `0x${cf.toString(16)} -> ${names(cf, CACHE_FLAG_BITS).join(' ')} ` : '0'}`,
      );
      say(`\t${L.kdc}${t.kdcCalled ?? ''}`);
    }
  });
}
function fail(substatusApi, substatus, ntstatus, message) {
  if (substatusApi)
    say(`Error calling API LsaCallAuthenticationPackage (${substatusApi} substatus): ${substatus}`);
  say();
  const signed = ntstatus | 0;
  say(
    `klist failed with 0x${(ntstatus >>> 0).toString(16)}/${signed}${message ? `: ${message}` : ''}`,
  );
  return 1;
}
const ACCESS_DENIED = () => fail(null, null, 0xc0000022, '{Access Denied}');
const NO_LOGON_SERVERS = () => fail('GetTicket', '0x51f', 0xc000005e, '');

/** Issues a ticket as the KDC would, with the state's realm, client and clock. */
function issue(sessionState, server, extra = {}) {
  const start = now().getTime();
  const lifetime = (state.ticketLifetimeMinutes ?? 600) * 60_000;
  const t = {
    client: sessionState.client ?? state.client,
    server,
    encryptionType: 'AES-256-CTS-HMAC-SHA1-96',
    sessionKeyType: 'AES-256-CTS-HMAC-SHA1-96',
    flags: server.startsWith('krbtgt/') ? 0x40e10000 : 0x40a10000,
    start,
    end: start + lifetime,
    renew: start + 7 * 24 * 3600_000,
    cacheFlags: server.startsWith('krbtgt/') ? 0x1 : 0,
    kdcCalled: state.kdc ?? 'DC01.contoso.com',
    ...extra,
  };
  sessionState.tickets.push(t);
  return t;
}

function main() {
  if (state.hang) {
    setTimeout(() => {}, 3_600_000);
    return null;
  }
  let targetId = null;
  let rest = [...args];
  if (rest[0]?.toLowerCase() === '-li') {
    const luid = (rest[1] ?? '').toLowerCase();
    targetId = `0:${luid.startsWith('0x') ? luid : `0x${luid}`}`;
    rest = rest.slice(2);
  }
  const command = (rest[0] ?? 'tickets').toLowerCase();
  const elevated = Boolean(process.env.FAKE_ELEVATED) || state.elevated === true;
  const sessionId = targetId ?? state.currentLogonId;

  if (command === 'tgt') {
    // Regroup must never run `klist tgt`: it prints the session key. Make that loud.
    state.violations = [...(state.violations ?? []), 'klist tgt was run'];
    process.stderr.write('fake klist: `klist tgt` must never be run by Regroup\n');
    return 99;
  }
  header(targetId);
  if (targetId && targetId !== state.currentLogonId && !elevated) return ACCESS_DENIED();
  const s = session(sessionId);

  switch (command) {
    case 'tickets':
      if (state.failList)
        return fail(
          'ShowTickets',
          '1312',
          0xc000005f,
          'A specified logon session does not exist. It may already have been terminated.',
        );
      printTickets(s.tickets);
      return 0;
    case 'purge': {
      // `failPurge`: the purge is refused as Windows refuses it without the rights to a session.
      if (state.failPurge) return ACCESS_DENIED();
      s.tickets = [];
      lines.push(`\t${L.deleting}`, `\t${L.purged}`);
      return 0;
    }
    case 'get': {
      const name = rest[1];
      if (!name)
        return fail(
          'GetTicket',
          '0x57',
          0xc000000d,
          'An invalid parameter was passed to a service or function.',
        );
      if (state.kdcReachable === false) return NO_LOGON_SERVERS();
      const realm = (s.client ?? state.client).split('@').pop();
      const server =
        name.toLowerCase() === 'krbtgt' ? `krbtgt/${realm}@${realm}` : `${name}@${realm}`;
      const hadTgt = s.tickets.some((t) => t.server.startsWith('krbtgt/'));
      if (!hadTgt && !server.startsWith('krbtgt/')) issue(s, `krbtgt/${realm}@${realm}`);
      issue(s, server);
      say(L.retrieved(name));
      printTickets(s.tickets);
      return 0;
    }
    default:
      lines.length = 0;
      say(
        `Usage: klist [-lh <LogonId.HighPart>] [-li <LogonId.LowPart>] tickets | tgt | purge | sessions | kcd_cache | get <service_name> | add_bind <domain_name> <kdc_name> | query_bind | purge_bind`,
      );
      return 1;
  }
}

const code = main();
if (code !== null) {
  fs.writeFileSync(statePath, JSON.stringify(state, null, 2));
  const text = lines.join(EOL) + EOL;
  const encoding = state.encoding ?? 'utf8';
  if (encoding === 'utf8') process.stdout.write(text);
  else {
    const { default: iconv } = await import('iconv-lite');
    process.stdout.write(iconv.encode(text, encoding));
  }
  process.exitCode = code;
}
