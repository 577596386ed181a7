import { describe, expect, it } from 'vitest';
import {
  classifyKinitFailure,
  classifyServiceFailure,
  kinitPasswordArgs,
  listArgs,
  requestableServer,
} from './tools';
import { say } from '../../../test/fakes/english';

// Every tool message below was printed by MIT krb5 1.20 or Heimdal 7.8 against the test realm.
describe('classifyKinitFailure', () => {
  it('reads a wrong password (MIT and Heimdal) and drops the password prompt', () => {
    const mit = classifyKinitFailure(
      'Password for alice@REGROUP.TEST: \nkinit: Password incorrect while getting initial credentials',
      'alice@REGROUP.TEST',
    );
    expect(mit.code).toBe('wrong-password');
    expect(mit.message.id).toBe('unix.kinit.wrongPassword');
    expect(say(mit.message)).toContain('alice@REGROUP.TEST');
    expect(say(mit.message)).toContain('left as they are');
    expect(mit.detail).toBe(
      'kinit: Password incorrect while getting initial credentials\n(KRB5KDC_ERR_PREAUTH_FAILED)',
    );
    expect(classifyKinitFailure('kinit: Password incorrect', 'alice@REGROUP.TEST').code).toBe(
      'wrong-password',
    );
  });

  it('reads an unreachable KDC (MIT and Heimdal) and a realm with no KDC', () => {
    for (const [text, comErr] of [
      [
        "kinit: Cannot contact any KDC for realm 'REGROUP.TEST' while getting initial credentials",
        'KRB5_KDC_UNREACH',
      ],
      [
        'kinit: krb5_get_init_creds: unable to reach any KDC in realm REGROUP.TEST',
        'KRB5_KDC_UNREACH',
      ],
      [
        'kinit: Cannot find KDC for realm "OTHER.REALM" while getting initial credentials',
        'KRB5_REALM_UNKNOWN',
      ],
    ]) {
      const e = classifyKinitFailure(text ?? '', 'alice@REGROUP.TEST');
      expect(e.code).toBe('kdc-unreachable');
      expect(e.detail).toBe(`${text}\n(${comErr})`);
      expect(say(e.message)).toMatch(/VPN/);
    }
  });

  it('reads an unknown account and a missing keytab', () => {
    const unknown = classifyKinitFailure(
      "kinit: Client 'nosuch@REGROUP.TEST' not found in Kerberos database while getting initial credentials",
      'nosuch@REGROUP.TEST',
    );
    expect(say(unknown.message)).toContain('does not know nosuch@REGROUP.TEST');
    expect(unknown.detail).toMatch(/\n\(KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN\)$/);
    expect(
      say(classifyKinitFailure('kinit: krb5_get_init_creds: CLIENT_NOT_FOUND', 'x@Y').message),
    ).toContain('does not know');
    const keytab = classifyKinitFailure(
      "kinit: Key table file '/tmp/rt3/missing.keytab' not found while getting initial credentials",
      'alice@REGROUP.TEST',
    );
    expect(say(keytab.message)).toMatch(/keytab could not be used/);
  });

  it("names the computer's own account when the host keytab was used", () => {
    const e = classifyKinitFailure(
      "kinit: Client 'host/ws1.regroup.test@REGROUP.TEST' not found in Kerberos database while getting initial credentials",
      null,
    );
    expect(e.message.id).toBe('unix.kinit.unknownPrincipal');
    expect(say(e.message)).toContain('The domain does not know this computer.');
  });

  it('names the password change command for an expired password', () => {
    const e = classifyKinitFailure(
      'kinit: Password has expired while getting initial credentials',
      'alice@REGROUP.TEST',
    );
    expect(e.code).toBe('kdc-error');
    expect(say(e.message)).toMatch(/^The password of alice@REGROUP.TEST has expired.*kpasswd/);
  });

  it('gives a general sentence with the details for anything else', () => {
    const e = classifyKinitFailure('kinit: something new', '');
    expect(e.code).toBe('kdc-error');
    expect(e.message.id).toBe('unix.kinit.failed');
    expect(say(e.message)).toContain('your account');
    expect(e.detail).toBe('kinit: something new');
  });
});

describe('classifyServiceFailure', () => {
  it('says when the domain no longer knows a service (MIT kvno, Heimdal kgetcred)', () => {
    const mit =
      'kvno: Server nosvc/x.regroup.test@REGROUP.TEST not found in Kerberos database while getting credentials for nosvc/x.regroup.test@REGROUP.TEST';
    expect(say(classifyServiceFailure(mit))).toMatch(/no longer knows this service/);
    expect(
      classifyServiceFailure(
        'kgetcred: krb5_get_creds: LOOKING_UP_SERVER (nosvc/x.regroup.test@REGROUP.TEST)',
      ).id,
    ).toBe('unix.service.unknown');
    expect(
      say(
        classifyServiceFailure(
          'kvno: Ticket expired while getting credentials for HTTP/web.regroup.test@REGROUP.TEST',
        ),
      ),
    ).toContain('Ticket expired');
    expect(classifyServiceFailure('').id).toBe('unix.service.failedNoReason');
  });
});

describe('argument lists', () => {
  it('never puts the password in argv; Heimdal reads it from STDIN by option', () => {
    expect(kinitPasswordArgs('mit', 'FILE:/t/c', 'alice@R')).toEqual([
      '-c',
      'FILE:/t/c',
      'alice@R',
    ]);
    expect(kinitPasswordArgs('heimdal', 'FILE:/t/c', 'alice@R')).toEqual([
      '--password-file=STDIN',
      '-c',
      'FILE:/t/c',
      'alice@R',
    ]);
  });

  it('lists all caches', () => {
    expect(listArgs('mit')).toContain('-A');
    expect(listArgs('heimdal')).toContain('-A');
  });

  it('asks for a referral ticket (printed `ldap/127.0.0.1@`) without the empty realm', () => {
    expect(requestableServer('ldap/127.0.0.1@')).toBe('ldap/127.0.0.1');
    expect(requestableServer('HTTP/web.regroup.test@REGROUP.TEST')).toBe(
      'HTTP/web.regroup.test@REGROUP.TEST',
    );
  });
});
