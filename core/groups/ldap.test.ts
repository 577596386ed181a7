/**
 * What a person reads when ldapsearch cannot ask the domain controller, with the real ldapsearch
 * (OpenLDAP's ldap-utils) where the failure can be made here: not installed, its Kerberos (GSSAPI)
 * module missing, nothing listening, no answer in time. The test's `run` passes every call to the
 * real runner and only points `ldap://<dc>` at a port of the test's own (the DC's port 389 needs
 * root), so the output and exit codes are ldapsearch's own.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { runTool } from '../process/run';
import { GroupsError } from './errors';
import { ldapSearch, type LdapOptions } from './ldap';
import { createGroupsService } from './service';
import type { RunFn } from './tool-failure';

const DC = 'dc1.lab.test';
let server: net.Server;
let listening = 0;
let closed = 0;
const sockets = new Set<net.Socket>();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-ldap-'));

/** A free port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  // Accepts and never answers: enough for ldapsearch to reach its SASL step.
  server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  listening = (server.address() as net.AddressInfo).port;
  closed = await closedPort();
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The real runner, with `ldap://dc1.lab.test` pointed at 127.0.0.1:`port`. */
const toPort =
  (port: number): RunFn =>
  (file, args, options) =>
    runTool(
      file,
      args.map((a) => (a === `ldap://${DC}` ? `ldap://127.0.0.1:${port}` : a)),
      options,
    );

async function failure(options: LdapOptions): Promise<GroupsError> {
  const error = await ldapSearch(options, '', 'base', '(objectClass=*)', ['tokenGroups']).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof GroupsError))
    throw new Error(`expected a GroupsError, got ${String(error)}`);
  return error;
}

describe('ldapsearch failures, in words a person can act on', () => {
  it('names the packages to install when ldapsearch is not there (not the Kerberos tools)', async () => {
    const error = await failure({ dc: DC, ldapsearch: path.join(tmp, 'no', 'ldapsearch') });
    expect(error.code).toBe('tool-missing');
    expect(say(error.sentence)).toBe(
      'ldapsearch is not installed, so the directory cannot be asked. Install ldap-utils and ' +
        'libsasl2-modules-gssapi-mit (Debian, Ubuntu) or openldap-clients and cyrus-sasl-gssapi (Fedora, RHEL).',
    );
    expect(error.detail).toMatch(/ENOENT/);
  });

  it('names the SASL GSSAPI module when ldapsearch has no Kerberos mechanism (real ldapsearch)', async () => {
    const noModules = path.join(tmp, 'sasl2');
    fs.mkdirSync(noModules, { recursive: true });
    const error = await failure({
      dc: DC,
      run: toPort(listening),
      env: { ...process.env, SASL_PATH: noModules },
    });
    expect(error.code).toBe('tool-missing');
    expect(say(error.sentence)).toBe(
      'The Kerberos (GSSAPI) module of ldapsearch is not installed, so the directory cannot be asked. ' +
        'Install libsasl2-modules-gssapi-mit (Debian, Ubuntu) or cyrus-sasl-gssapi (Fedora, RHEL).',
    );
    expect(error.detail).toMatch(/SASL\(-4\): no mechanism available: No worthy mechs found/);
  });

  it('says the domain controller could not be reached, and keeps what ldapsearch said (real ldapsearch)', async () => {
    const error = await failure({ dc: DC, run: toPort(closed) });
    expect(error.code).toBe('dc-unreachable');
    expect(say(error.sentence)).toBe(
      'The domain controller dc1.lab.test could not be reached over LDAP. Check the network connection (VPN), ' +
        'or name another domain controller with --dc.',
    );
    expect(error.detail).toMatch(/Can't contact LDAP server/);
  });

  it('says how long it waited when the domain controller does not answer in time', async () => {
    const hangs = path.join(tmp, 'ldapsearch-hangs');
    fs.writeFileSync(hangs, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const error = await failure({ dc: DC, ldapsearch: hangs, timeoutMs: 1_000 });
    expect(error.code).toBe('timeout');
    expect(say(error.sentence)).toBe(
      'The domain controller dc1.lab.test did not answer within 1 second. Check the network connection (VPN), then try again.',
    );
  });

  it('refuses a domain controller name that is not a host, before running anything', async () => {
    let ran = 0;
    const error = await failure({
      dc: 'dc1 -H ldap://evil',
      run: async (file, args, options) => {
        ran += 1;
        return runTool(file, args, options);
      },
    });
    expect(ran).toBe(0);
    expect(error.code).toBe('no-dc');
    expect(error.sentence).toEqual({
      id: 'insight.dc.invalidName',
      values: { name: 'dc1 -H ldap://evil' },
    });
  });

  it('keeps the output of an unexplained failure for the help desk, with the exit code', async () => {
    const error = await failure({
      dc: DC,
      run: async () => ({
        exitCode: 50,
        stdout: '',
        stderr: 'ldap_search_ext: Insufficient access (50)',
        durationMs: 3,
        truncated: false,
      }),
    });
    expect(error.code).toBe('failed');
    expect(say(error.sentence)).toBe(
      'ldapsearch could not read from dc1.lab.test (exit code 50). Try again; if it keeps failing, ask your IT department.',
    );
    expect(error.detail).toBe('ldap_search_ext: Insufficient access (50)');
  });

  it("shows both directory views as not available with that reason and the tool's words (Linux service)", async () => {
    const service = createGroupsService({
      platform: 'linux',
      principal: async () => 'bob@LAB.TEST',
      dc: DC,
      run: toPort(closed),
    });
    const report = await service.read();
    for (const view of [report.views.kerberosServices, report.views.directory]) {
      expect(view).toMatchObject({
        available: false,
        code: 'dc-unreachable',
        reason: { id: 'insight.ldap.unreachable', values: { dc: DC, option: '--dc' } },
      });
      expect(view.detail).toMatch(/Can't contact LDAP server/);
    }
    // `id` here knows no directory group: the sign-in view says so, by its own code.
    expect(report.views.signInToken).toMatchObject({ available: false, code: 'not-mapped' });
    expect(say(report.views.signInToken.reason)).toMatch(
      /^This computer does not map directory groups/,
    );
    expect(service.verdict(report, report).hints.map((h) => h.code)).toEqual(['dc-unreachable']);
  });
});
