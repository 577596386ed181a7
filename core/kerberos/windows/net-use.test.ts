import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNetUse, readOpenConnections } from './net-use';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/net-use');
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

describe('reading net use', () => {
  it("reads Microsoft's own sample: one mapped drive", () => {
    expect(parseNetUse(read('net-use-en-ms-docs.txt'))).toEqual([
      { remote: '\\\\Server01\\Public', server: 'Server01', local: 'G:' },
    ]);
  });

  it('reads a real run whose long remote paths pushed the provider onto the next line', () => {
    expect(parseNetUse(read('net-use-en-wrapped.txt'))).toEqual([
      { remote: '\\\\pars01110240\\software', server: 'pars01110240', local: 'E:' },
      { remote: '\\\\infsapps\\applications', server: 'infsapps', local: 'F:' },
      {
        remote: '\\\\londata002.uk.net.intra\\EM-IT',
        server: 'londata002.uk.net.intra',
        local: 'H:',
      },
      { remote: '\\\\LONSHR-IRG\\IRG', server: 'LONSHR-IRG', local: 'S:' },
      {
        remote: '\\\\LONDATA001.uk.net.intra\\UK936025',
        server: 'LONDATA001.uk.net.intra',
        local: 'U:',
      },
    ]);
  });

  it('takes nothing from the words: another language, an implicit connection, a share with a space', () => {
    // Built from the layout of the real samples with German words, CRLF line ends, an implicit
    // connection (empty Local column) and a two-word status.
    const german = [
      'Neue Verbindungen werden gespeichert.',
      '',
      'Status           Lokal     Remote                               Netzwerk',
      '',
      '-------------------------------------------------------------------------------',
      'OK               P:        \\\\fs01\\Finanzen                      Microsoft Windows-Netzwerk',
      'Nicht verfügbar  Y:        \\\\fs02\\long name                     Microsoft Windows-Netzwerk',
      'OK                         \\\\dc01.contoso.com\\IPC$             Microsoft Windows-Netzwerk',
      'Der Befehl wurde erfolgreich ausgeführt.',
    ].join('\r\n');
    expect(parseNetUse(german)).toEqual([
      { remote: '\\\\fs01\\Finanzen', server: 'fs01', local: 'P:' },
      { remote: '\\\\fs02\\long name', server: 'fs02', local: 'Y:' },
      { remote: '\\\\dc01.contoso.com\\IPC$', server: 'dc01.contoso.com', local: null },
    ]);
  });

  it('finds none in the empty list, and says nothing (null) when net use fails', async () => {
    expect(
      parseNetUse(
        'New connections will be remembered.\r\n\r\nThere are no entries in the list.\r\n',
      ),
    ).toEqual([]);
    const failed = await readOpenConnections({
      netPath: 'C:\\Windows\\System32\\net.exe',
      env: {},
      run: async () =>
        ({ stdout: '', stderr: 'System error 5 has occurred.', exitCode: 2 }) as never,
    });
    expect(failed).toBeNull();
    const calls: Array<readonly string[]> = [];
    await readOpenConnections({
      netPath: 'C:\\Windows\\System32\\net.exe',
      env: {},
      run: async (file, args) => {
        calls.push([file, ...args]);
        return { stdout: read('net-use-en-ms-docs.txt'), stderr: '', exitCode: 0 } as never;
      },
    });
    // Listing only, by absolute path: nothing else is ever passed to net.exe.
    expect(calls).toEqual([['C:\\Windows\\System32\\net.exe', 'use']]);
  });
});
