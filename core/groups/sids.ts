/**
 * Security identifiers: the shape check, the binary form LDAP returns (`objectSid`, `tokenGroups`),
 * the LDAP filter escaping of that form, and the names of well-known SIDs (which are the same on
 * every Windows, so they are named by table and never by localized tool output).
 */

/** `S-1-5-21-...`: revision 1, authority, then 0..15 sub-authorities. */
export const SID_PATTERN = /^S-1-\d{1,15}(?:-\d{1,10}){0,15}$/;

export function isSid(text: string): boolean {
  return SID_PATTERN.test(text);
}

/** Decodes the binary SID of an LDAP value (`objectSid`, `tokenGroups`); null when malformed. */
export function decodeSidBytes(bytes: Uint8Array): string | null {
  if (bytes.length < 8) return null;
  const revision = bytes[0] ?? 0;
  const count = bytes[1] ?? 0;
  if (revision !== 1 || count > 15 || bytes.length !== 8 + 4 * count) return null;
  let authority = 0;
  for (let i = 2; i < 8; i += 1) authority = authority * 256 + (bytes[i] ?? 0);
  const parts = [`S-1-${authority}`];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < count; i += 1) parts.push(String(view.getUint32(8 + 4 * i, true)));
  return parts.join('-');
}

/** Encodes a SID string into its binary form; null when it is not a SID. */
export function encodeSid(sid: string): Uint8Array | null {
  if (!isSid(sid)) return null;
  const [, , authorityText, ...subs] = sid.split('-');
  const authority = Number(authorityText);
  if (!Number.isSafeInteger(authority) || authority >= 2 ** 48) return null;
  const bytes = new Uint8Array(8 + 4 * subs.length);
  bytes[0] = 1;
  bytes[1] = subs.length;
  let rest = authority;
  for (let i = 7; i >= 2; i -= 1) {
    bytes[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < subs.length; i += 1) {
    const value = Number(subs[i]);
    if (value > 0xffffffff) return null;
    view.setUint32(8 + 4 * i, value, true);
  }
  return bytes;
}

/** The binary SID as an RFC 4515 filter value: every byte `\xx`, so nothing in it is syntax. */
export function sidFilterValue(sid: string): string | null {
  const bytes = encodeSid(sid);
  if (!bytes) return null;
  return Array.from(bytes, (b) => `\\${b.toString(16).padStart(2, '0')}`).join('');
}

/** `S-1-5-21-a-b-c` of `S-1-5-21-a-b-c-rid`: the domain (or computer) the SID belongs to. */
export function sidDomain(sid: string): string | null {
  const match = /^(S-1-5-21-\d+-\d+-\d+)-\d+$/.exec(sid);
  return match?.[1] ?? null;
}

export function sidRid(sid: string): number | null {
  const match = /-(\d+)$/.exec(sid);
  return match && sid.split('-').length > 3 ? Number(match[1]) : null;
}

/** Integrity levels (`Mandatory Label\...`): part of the token, but not groups. */
export function isIntegrityLabel(sid: string): boolean {
  return sid.startsWith('S-1-16-');
}

/** Built-in aliases (`BUILTIN\Users`, `BUILTIN\Administrators`): local to each computer. */
export function isBuiltinAlias(sid: string): boolean {
  return /^S-1-5-32-\d+$/.test(sid);
}

/**
 * SIDs that stand for a membership someone can be given or lose: domain and computer accounts'
 * groups (`S-1-5-21-…`), Entra ID groups (`S-1-12-1-…`) and built-in aliases. Everything else in a
 * token (Everyone, Authenticated Users, NETWORK, logon type, integrity label, "asserted identity",
 * service SIDs ...) describes how the session was made, not a group membership.
 */
export function isMembershipSid(sid: string): boolean {
  return /^S-1-5-21-\d+-\d+-\d+-\d+$/.test(sid) || /^S-1-12-1-/.test(sid) || isBuiltinAlias(sid);
}

/** Names of SIDs that are the same everywhere (English; Windows localizes them, the SID does not change). */
const WELL_KNOWN: Record<string, string> = {
  'S-1-0-0': 'Nobody',
  'S-1-1-0': 'Everyone',
  'S-1-2-0': 'LOCAL',
  'S-1-2-1': 'CONSOLE LOGON',
  'S-1-3-0': 'CREATOR OWNER',
  'S-1-3-1': 'CREATOR GROUP',
  'S-1-3-4': 'OWNER RIGHTS',
  'S-1-5-1': 'NT AUTHORITY\\DIALUP',
  'S-1-5-2': 'NT AUTHORITY\\NETWORK',
  'S-1-5-3': 'NT AUTHORITY\\BATCH',
  'S-1-5-4': 'NT AUTHORITY\\INTERACTIVE',
  'S-1-5-6': 'NT AUTHORITY\\SERVICE',
  'S-1-5-7': 'NT AUTHORITY\\ANONYMOUS LOGON',
  'S-1-5-9': 'NT AUTHORITY\\ENTERPRISE DOMAIN CONTROLLERS',
  'S-1-5-10': 'NT AUTHORITY\\SELF',
  'S-1-5-11': 'NT AUTHORITY\\Authenticated Users',
  'S-1-5-12': 'NT AUTHORITY\\RESTRICTED',
  'S-1-5-13': 'NT AUTHORITY\\TERMINAL SERVER USER',
  'S-1-5-14': 'NT AUTHORITY\\REMOTE INTERACTIVE LOGON',
  'S-1-5-15': 'NT AUTHORITY\\This Organization',
  'S-1-5-17': 'NT AUTHORITY\\IUSR',
  'S-1-5-18': 'NT AUTHORITY\\SYSTEM',
  'S-1-5-19': 'NT AUTHORITY\\LOCAL SERVICE',
  'S-1-5-20': 'NT AUTHORITY\\NETWORK SERVICE',
  'S-1-5-32-544': 'BUILTIN\\Administrators',
  'S-1-5-32-545': 'BUILTIN\\Users',
  'S-1-5-32-546': 'BUILTIN\\Guests',
  'S-1-5-32-547': 'BUILTIN\\Power Users',
  'S-1-5-32-548': 'BUILTIN\\Account Operators',
  'S-1-5-32-549': 'BUILTIN\\Server Operators',
  'S-1-5-32-550': 'BUILTIN\\Print Operators',
  'S-1-5-32-551': 'BUILTIN\\Backup Operators',
  'S-1-5-32-552': 'BUILTIN\\Replicator',
  'S-1-5-32-554': 'BUILTIN\\Pre-Windows 2000 Compatible Access',
  'S-1-5-32-555': 'BUILTIN\\Remote Desktop Users',
  'S-1-5-32-556': 'BUILTIN\\Network Configuration Operators',
  'S-1-5-32-558': 'BUILTIN\\Performance Monitor Users',
  'S-1-5-32-559': 'BUILTIN\\Performance Log Users',
  'S-1-5-32-560': 'BUILTIN\\Windows Authorization Access Group',
  'S-1-5-32-561': 'BUILTIN\\Terminal Server License Servers',
  'S-1-5-32-562': 'BUILTIN\\Distributed COM Users',
  'S-1-5-32-568': 'BUILTIN\\IIS_IUSRS',
  'S-1-5-32-569': 'BUILTIN\\Cryptographic Operators',
  'S-1-5-32-573': 'BUILTIN\\Event Log Readers',
  'S-1-5-32-574': 'BUILTIN\\Certificate Service DCOM Access',
  'S-1-5-32-575': 'BUILTIN\\RDS Remote Access Servers',
  'S-1-5-32-576': 'BUILTIN\\RDS Endpoint Servers',
  'S-1-5-32-577': 'BUILTIN\\RDS Management Servers',
  'S-1-5-32-578': 'BUILTIN\\Hyper-V Administrators',
  'S-1-5-32-579': 'BUILTIN\\Access Control Assistance Operators',
  'S-1-5-32-580': 'BUILTIN\\Remote Management Users',
  'S-1-5-32-583': 'BUILTIN\\Device Owners',
  'S-1-5-64-10': 'NT AUTHORITY\\NTLM Authentication',
  'S-1-5-64-14': 'NT AUTHORITY\\SChannel Authentication',
  'S-1-5-64-21': 'NT AUTHORITY\\Digest Authentication',
  'S-1-5-64-36': 'NT AUTHORITY\\Cloud Account Authentication',
  'S-1-5-80-0': 'NT SERVICE\\ALL SERVICES',
  'S-1-5-113': 'NT AUTHORITY\\Local account',
  'S-1-5-114': 'NT AUTHORITY\\Local account and member of Administrators group',
  'S-1-5-1000': 'NT AUTHORITY\\Other Organization',
  'S-1-16-0': 'Mandatory Label\\Untrusted Mandatory Level',
  'S-1-16-4096': 'Mandatory Label\\Low Mandatory Level',
  'S-1-16-8192': 'Mandatory Label\\Medium Mandatory Level',
  'S-1-16-8448': 'Mandatory Label\\Medium Plus Mandatory Level',
  'S-1-16-12288': 'Mandatory Label\\High Mandatory Level',
  'S-1-16-16384': 'Mandatory Label\\System Mandatory Level',
  'S-1-16-20480': 'Mandatory Label\\Protected Process Mandatory Level',
  'S-1-18-1': 'Authentication authority asserted identity',
  'S-1-18-2': 'Service asserted identity',
  'S-1-18-3': 'Fresh public key identity',
  'S-1-18-4': 'Key trust identity',
  'S-1-18-5': 'Key property MFA',
  'S-1-18-6': 'Key property attestation',
};

/** Well-known relative IDs of every domain (`S-1-5-21-<domain>-<rid>`). */
const DOMAIN_RIDS: Record<number, string> = {
  498: 'Enterprise Read-only Domain Controllers',
  500: 'Administrator',
  501: 'Guest',
  502: 'krbtgt',
  512: 'Domain Admins',
  513: 'Domain Users',
  514: 'Domain Guests',
  515: 'Domain Computers',
  516: 'Domain Controllers',
  517: 'Cert Publishers',
  518: 'Schema Admins',
  519: 'Enterprise Admins',
  520: 'Group Policy Creator Owners',
  521: 'Read-only Domain Controllers',
  522: 'Cloneable Domain Controllers',
  525: 'Protected Users',
  526: 'Key Admins',
  527: 'Enterprise Key Admins',
  553: 'RAS and IAS Servers',
  571: 'Allowed RODC Password Replication Group',
  572: 'Denied RODC Password Replication Group',
};

/**
 * The English name of a well-known SID (`Everyone`, `BUILTIN\Administrators`, `Domain Users` for
 * `S-1-5-21-…-513`), or null. `domainName` (`LAB`) prefixes domain RIDs when known.
 */
export function wellKnownSidName(sid: string, domainName?: string | null): string | null {
  const fixed = WELL_KNOWN[sid];
  if (fixed) return fixed;
  if (sid.startsWith('S-1-5-80-')) return 'NT SERVICE\\(service)';
  if (sidDomain(sid)) {
    const rid = sidRid(sid);
    const name = rid === null ? undefined : DOMAIN_RIDS[rid];
    if (name) return domainName ? `${domainName}\\${name}` : name;
  }
  return null;
}
