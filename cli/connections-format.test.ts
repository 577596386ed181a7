import { describe, expect, it } from 'vitest';
import { createTranslator } from '../core/i18n/translator';
import { en } from '../core/i18n/catalogue';
import { refreshResultOf } from '../test/fakes/kerberos-data';
import { caveatsFor } from '../core/kerberos/caveats';
import { formatRefresh } from './format';

const tr = createTranslator('en', en);
const terminal = { columns: 100, colour: false };

describe('regroup refresh --user on Windows: open connections', () => {
  it('lists the open connections after the caveats, with what keeps the old groups', () => {
    const result = refreshResultOf('user', {
      caveats: caveatsFor('windows', 'user', 'refreshed'),
      openConnections: [
        { remote: '\\\\fs01.contoso.com\\Finance', server: 'fs01.contoso.com', local: 'Z:' },
        { remote: '\\\\fs02\\Projects', server: 'fs02', local: null },
      ],
    });
    const text = formatRefresh(result, new Date(), tr, terminal);
    // The last block, after the caveats: the sentence (wrapped to the terminal), then each one.
    expect(text.replace(/\n(?! )/g, ' ')).toContain(
      '2 connections to file servers are open. They keep your old groups until they have been unused for 15 minutes or you sign out.',
    );
    expect(text.endsWith('  Z:  \\\\fs01.contoso.com\\Finance\n  \\\\fs02\\Projects')).toBe(true);
    const caveat = text.indexOf('Connections that are already open');
    expect(caveat).toBeGreaterThan(0);
    expect(text.indexOf('connections to file servers are open')).toBeGreaterThan(caveat);
  });

  it('says none is open, and says nothing where net use was not read', () => {
    const none = formatRefresh(
      refreshResultOf('user', { openConnections: [] }),
      new Date(),
      tr,
      terminal,
    );
    expect(none).toContain(
      'No connection to a file server is open: the next one you open gets your new groups.',
    );
    const unread = formatRefresh(refreshResultOf('user'), new Date(), tr, terminal);
    expect(unread).not.toMatch(/connection to a file server|connections to file servers/);
  });
});
