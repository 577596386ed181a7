import { describe, expect, it } from 'vitest';
import {
  decodeSidBytes,
  encodeSid,
  isMembershipSid,
  sidFilterValue,
  wellKnownSidName,
} from './sids';
import { parseLdif, ldifText } from './ldif';

// Real `ldapsearch -LLL -o ldif-wrap=no -Y GSSAPI -N` output from the Samba 4.17 AD DC of the
// system test (rootDSE after a GSSAPI bind as bob@LAB.TEST, then bob's own object).
const ROOT_DSE = `dn:
defaultNamingContext: DC=lab,DC=test
dnsHostName: vm.lab.test
tokenGroups:: AQUAAAAAAAUVAAAApm1/hm5v/Eqapl5wTwQAAA==
tokenGroups:: AQUAAAAAAAUVAAAApm1/hm5v/Eqapl5wAQIAAA==
tokenGroups:: AQEAAAAAABIBAAAA
tokenGroups:: AQEAAAAAAAEAAAAA
tokenGroups:: AQEAAAAAAAUCAAAA
tokenGroups:: AQEAAAAAAAULAAAA
tokenGroups:: AQIAAAAAAAUgAAAAIQIAAA==
tokenGroups:: AQIAAAAAAAUgAAAAKgIAAA==

`;
const USER = `dn: CN=bob,CN=Users,DC=lab,DC=test
primaryGroupID: 513
objectSid:: AQUAAAAAAAUVAAAApm1/hm5v/Eqapl5wTwQAAA==

# refldap://lab.test/CN=Configuration,DC=lab,DC=test

# refldap://lab.test/DC=DomainDnsZones,DC=lab,DC=test
`;

describe('binary SIDs from LDAP', () => {
  it('decodes the tokenGroups of a real rootDSE', () => {
    const [root] = parseLdif(ROOT_DSE);
    expect(root?.dn).toBe('');
    expect(root && ldifText(root, 'dnsHostName')).toBe('vm.lab.test');
    expect(root?.attributes.get('tokengroups')?.map((b) => decodeSidBytes(b))).toEqual([
      'S-1-5-21-2256498086-1258057582-1885251226-1103',
      'S-1-5-21-2256498086-1258057582-1885251226-513',
      'S-1-18-1',
      'S-1-1-0',
      'S-1-5-2',
      'S-1-5-11',
      'S-1-5-32-545',
      'S-1-5-32-554',
    ]);
  });

  it('reads the entry and skips the referral comments of a subtree search', () => {
    const entries = parseLdif(USER);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.dn).toBe('CN=bob,CN=Users,DC=lab,DC=test');
    const sid = entries[0]?.attributes.get('objectsid')?.[0];
    expect(sid && decodeSidBytes(sid)).toBe('S-1-5-21-2256498086-1258057582-1885251226-1103');
  });

  it('unfolds continuation lines of wrapped LDIF', () => {
    const [entry] = parseLdif(
      'dn: CN=Finance,CN=Users,DC=la\n b,DC=test\nobjectSid:: AQUAAAAAAAUVAAAApm1/hm5v/Eqapl5w\n UAQAAA==\n',
    );
    expect(entry?.dn).toBe('CN=Finance,CN=Users,DC=lab,DC=test');
    const sid = entry?.attributes.get('objectsid')?.[0];
    expect(sid && decodeSidBytes(sid)).toBe('S-1-5-21-2256498086-1258057582-1885251226-1104');
  });

  it('rejects malformed bytes and round-trips SIDs into escaped filter values', () => {
    expect(decodeSidBytes(Buffer.from([1, 5, 0, 0]))).toBeNull();
    expect(decodeSidBytes(Buffer.from([2, 0, 0, 0, 0, 0, 0, 5]))).toBeNull();
    const sid = 'S-1-5-21-2256498086-1258057582-1885251226-1104';
    expect(decodeSidBytes(encodeSid(sid) ?? new Uint8Array())).toBe(sid);
    expect(sidFilterValue('S-1-5-11')).toBe('\\01\\01\\00\\00\\00\\00\\00\\05\\0b\\00\\00\\00');
    expect(sidFilterValue('S-1-5-11)(objectClass=*')).toBeNull();
  });
});

describe('well-known SIDs', () => {
  it('names fixed SIDs and domain RIDs', () => {
    expect(wellKnownSidName('S-1-5-11')).toBe('NT AUTHORITY\\Authenticated Users');
    expect(wellKnownSidName('S-1-5-32-544')).toBe('BUILTIN\\Administrators');
    expect(wellKnownSidName('S-1-5-21-1-2-3-513', 'LAB')).toBe('LAB\\Domain Users');
    expect(wellKnownSidName('S-1-5-21-1-2-3-512')).toBe('Domain Admins');
    expect(wellKnownSidName('S-1-5-21-1-2-3-1105')).toBeNull();
  });

  it('treats only group memberships as comparable, not logon context or integrity labels', () => {
    expect(isMembershipSid('S-1-5-21-1-2-3-1105')).toBe(true);
    expect(isMembershipSid('S-1-5-32-545')).toBe(true);
    expect(isMembershipSid('S-1-12-1-788341310-1134859379-3309005462-3346259773')).toBe(true);
    for (const sid of [
      'S-1-1-0',
      'S-1-5-11',
      'S-1-16-12288',
      'S-1-18-1',
      'S-1-5-64-10',
      'S-1-5-80-0',
    ]) {
      expect(isMembershipSid(sid)).toBe(false);
    }
  });
});
