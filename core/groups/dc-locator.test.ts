import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { readKdcHostsFromKrb5Conf } from '../kerberos/unix/krb5-conf';
import { locateDc } from './dc-locator';
import { baseDnFromRealm, escapeFilterValue, isValidHost } from './ldap';

const noSrv = () => Promise.reject(new Error('NXDOMAIN'));

describe('finding the domain controller', () => {
  it('uses --dc first, and refuses a name that is not a host', async () => {
    expect(
      await locateDc({ explicit: 'dc2.lab.test', platform: 'linux', env: {}, realm: 'LAB.TEST' }),
    ).toEqual({
      host: 'dc2.lab.test',
      source: 'option',
      reason: null,
    });
    const bad = await locateDc({
      explicit: 'dc1 -H ldap://evil',
      platform: 'linux',
      env: {},
      realm: 'LAB.TEST',
    });
    expect(bad.host).toBeNull();
    expect(say(bad.reason)).toBe(
      '"dc1 -H ldap://evil" is not a valid domain controller name. Give a DNS name or an IP address.',
    );
  });

  it('on Windows shows the logon server with the DNS domain', async () => {
    const found = await locateDc({
      platform: 'win32',
      env: { LOGONSERVER: '\\\\DC1', USERDNSDOMAIN: 'CONTOSO.COM' },
      realm: null,
    });
    expect(found).toEqual({ host: 'DC1.contoso.com', source: 'windows-locator', reason: null });
  });

  it('prefers the DNS SRV record with the lowest priority', async () => {
    const found = await locateDc({
      platform: 'linux',
      env: {},
      realm: 'LAB.TEST',
      resolveSrv: async (name) => {
        expect(name).toBe('_ldap._tcp.lab.test');
        return [
          { name: 'dc9.lab.test', port: 389, priority: 10, weight: 100 },
          { name: 'dc1.lab.test', port: 389, priority: 0, weight: 100 },
        ];
      },
    });
    expect(found).toEqual({ host: 'dc1.lab.test', source: 'dns-srv', reason: null });
  });

  it('falls back to the KDC hosts of the realm in krb5.conf (Debian krb5-config default file)', async () => {
    const text = fs.readFileSync('/etc/krb5.conf', 'utf8');
    expect(readKdcHostsFromKrb5Conf(text, 'ATHENA.MIT.EDU').map((k) => k.host)).toEqual([
      'kerberos.mit.edu',
      'kerberos-1.mit.edu',
      'kerberos-2.mit.edu',
    ]);
    const found = await locateDc({
      platform: 'linux',
      env: { KRB5_CONFIG: '/etc/krb5.conf' },
      realm: 'ATHENA.MIT.EDU',
      resolveSrv: noSrv,
    });
    expect(found).toEqual({ host: 'kerberos.mit.edu', source: 'krb5.conf', reason: null });
  });

  it('skips a KDC proxy URL of krb5.conf: a proxy is a web server, not a domain controller', async () => {
    const conf = [
      '[realms]',
      ' LAB.TEST = {',
      '  kdc = https://kdcproxy.lab.test/KdcProxy',
      '  kdc = dc2.lab.test',
      ' }',
    ].join('\n');
    const found = await locateDc({
      platform: 'linux',
      env: { KRB5_CONFIG: '/lab/krb5.conf' },
      realm: 'LAB.TEST',
      resolveSrv: noSrv,
      readFile: (file) => (file === '/lab/krb5.conf' ? conf : null),
    });
    expect(found).toEqual({ host: 'dc2.lab.test', source: 'krb5.conf', reason: null });
  });

  it('says how to continue when nothing is found', async () => {
    const found = await locateDc({
      platform: 'linux',
      env: { KRB5_CONFIG: '/nonexistent' },
      realm: 'LAB.TEST',
      resolveSrv: noSrv,
    });
    expect(found.host).toBeNull();
    expect(say(found.reason)).toBe(
      'No domain controller of LAB.TEST was found (no DNS SRV record _ldap._tcp.lab.test, no KDC in krb5.conf). Name one with --dc HOST.',
    );
  });
});

describe('inputs that reach ldapsearch', () => {
  it('accepts host names and IPs only', () => {
    expect(isValidHost('dc1.lab.test')).toBe(true);
    expect(isValidHost('127.0.0.1')).toBe(true);
    expect(isValidHost('[::1]')).toBe(true);
    expect(isValidHost('-H')).toBe(false);
    expect(isValidHost('dc1/x')).toBe(false);
    expect(isValidHost('')).toBe(false);
  });

  it('derives the base DN from the realm and escapes filter values', () => {
    expect(baseDnFromRealm('LAB.TEST')).toBe('DC=lab,DC=test');
    expect(baseDnFromRealm('LAB,DC=x')).toBeNull();
    expect(escapeFilterValue('bob*)(uid=*')).toBe('bob\\2a\\29\\28uid=\\2a');
  });
});
