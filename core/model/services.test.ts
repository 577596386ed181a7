import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKlist } from '../kerberos/parse';
import { say } from '../../test/fakes/english';
import { parseSpn, serviceInWords } from './services';

const SAMPLES = path.resolve(__dirname, '../../../shared/klist-samples');
const named = (server: string): string => say(serviceInWords(server));

describe('friendly service names from the SPNs of real klist output', () => {
  // Every service ticket of the shared real samples, parsed as Regroup parses them.
  const servers = fs
    .readdirSync(SAMPLES)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => parseKlist(fs.readFileSync(path.join(SAMPLES, file), 'utf8')).tickets)
    .map((ticket) => ticket.server);

  it.each([
    ['cifs/dc.absolute.htb@ABSOLUTE.HTB', 'File share on dc'],
    ['cifs/jzfz15@JZFZ.LOCAL', 'File share on jzfz15'],
    ['HTTP/CorpWebServer.corp.com@CORP.COM', 'Website CorpWebServer.corp.com'],
    ['http/WS01.INLANEFREIGHT.LOCAL@INLANEFREIGHT.LOCAL', 'Website WS01.INLANEFREIGHT.LOCAL'],
    ['ldap/DC01.novacorp.test@NOVACORP.TEST', 'Directory (DC01)'],
    ['LDAP/JZFZDC10.jzfz.local/jzfz.local@JZFZ.LOCAL', 'Directory (JZFZDC10)'],
    ['host/sql01.test.local@TEST.LOCAL', 'Computer sql01'],
    ['krbtgt/TEST.LOCAL@TEST.LOCAL', 'Sign-in ticket'],
  ])('%s is "%s"', (server, words) => {
    expect(servers).toContain(server);
    expect(named(server)).toBe(words);
  });

  it('names every real sample ticket without falling back to a raw class it should know', () => {
    for (const server of servers) expect(named(server)).not.toMatch(/^(cifs|ldap|http|host) on /i);
  });
});

describe('friendly service names by service class (SPN formats as Microsoft documents them)', () => {
  it.each([
    ['MSSQLSvc/sql01.contoso.com:1433@CONTOSO.COM', 'SQL Server sql01'],
    ['MSSQLSvc/sql01.contoso.com@CONTOSO.COM', 'SQL Server sql01'],
    ['MSSQLSvc/sql01.contoso.com:SALES@CONTOSO.COM', 'SQL Server sql01\\SALES'],
    ['exchangeMDB/mail01.contoso.com@CONTOSO.COM', 'Mail'],
    ['exchangeAB/mail01.contoso.com@CONTOSO.COM', 'Mail'],
    ['exchangeRFR/mail01.contoso.com@CONTOSO.COM', 'Mail'],
    ['SMTP/mail01.contoso.com@CONTOSO.COM', 'Mail'],
    ['IMAP/mail01.contoso.com@CONTOSO.COM', 'Mail'],
    ['POP/mail01.contoso.com@CONTOSO.COM', 'Mail'],
    ['GC/DC01.contoso.com/contoso.com@CONTOSO.COM', 'Directory (DC01)'],
    ['TERMSRV/ts01.contoso.com@CONTOSO.COM', 'Remote Desktop on ts01'],
    ['RPCSS/fs01.contoso.com@CONTOSO.COM', 'Remote procedure calls on fs01'],
    ['WSMAN/fs01.contoso.com@CONTOSO.COM', 'Remote management on fs01'],
    ['krbtgt/CHILD.CONTOSO.COM@CONTOSO.COM', 'Sign-in to the domain CHILD.CONTOSO.COM'],
    ['cifs/10.0.0.5@CONTOSO.COM', 'File share on 10.0.0.5'],
    ['FTP/files.contoso.com@CONTOSO.COM', 'FTP on files'],
  ])('%s is "%s"', (server, words) => {
    expect(named(server)).toBe(words);
  });

  it('keeps every part of the SPN: class, host, port or instance, service name, realm', () => {
    expect(parseSpn('MSSQLSvc/sql01.contoso.com:1433@CONTOSO.COM')).toEqual({
      serviceClass: 'MSSQLSvc',
      host: 'sql01.contoso.com',
      port: '1433',
      serviceName: null,
      realm: 'CONTOSO.COM',
    });
    expect(parseSpn('ldap/dc01.contoso.com/contoso.com@CONTOSO.COM').serviceName).toBe(
      'contoso.com',
    );
  });
});
