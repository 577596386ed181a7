/**
 * Layout for a terminal: display width (East Asian wide characters take two columns), names cut
 * in the middle, tables that fit 80 or 120 columns with their columns lined up in Japanese and
 * Chinese too, and colour only where it is wanted (TTY, NO_COLOR, FORCE_COLOR).
 */
import { describe, expect, it } from 'vitest';
import { fitTable } from './table';
import { paint, shownOn, terminalFrom } from './terminal';
import { forTerminal } from './terminal-safe';
import { cutMiddle, displayWidth, wrap } from '../core/text/width';

describe('displayWidth and cutMiddle', () => {
  it('counts Chinese and Japanese characters as two columns', () => {
    expect(displayWidth('服务器')).toBe(6);
    expect(displayWidth('サインイン チケット')).toBe(19);
    expect(displayWidth('krbtgt')).toBe(6);
  });

  it('cuts a long name in the middle, keeping its start and its realm', () => {
    const name = 'HTTP/intranet-portal.department.example.com@EXAMPLE.COM';
    const cut = cutMiddle(name, 24);
    expect(displayWidth(cut)).toBe(24);
    expect(cut).toMatch(/^HTTP\/intran.*…EXAMPLE\.COM$/);
    expect(cutMiddle('short', 24)).toBe('short');
  });

  it('never cuts a wide character in half', () => {
    const cut = cutMiddle('共享文件夹服务器票证名称', 9);
    expect(displayWidth(cut)).toBeLessThanOrEqual(9);
    expect(cut).toMatch(/^共享….*称$/u);
  });

  it('wraps English at spaces and Chinese between characters', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    for (const line of wrap('显示你的票证以及登录票证的有效时长和剩余时间', 10))
      expect(displayWidth(line)).toBeLessThanOrEqual(10);
  });
});

describe('fitTable', () => {
  const columns = [{ header: 'SERVER', flexible: true }, { header: 'ISSUED' }, { header: 'LEFT' }];
  const rows = [
    {
      cells: [
        'cifs/very-long-file-server-name.branch-office.contoso.com@CONTOSO.COM',
        '8:50 PM',
        '9 hr 46 min',
      ],
    },
    {
      cells: ['krbtgt/CONTOSO.COM@CONTOSO.COM', '8:50 PM', '9 hr 46 min'],
      tone: 'expired' as const,
    },
  ];

  it.each([80, 40])('fits %i columns by cutting the flexible column', (width) => {
    const lines = fitTable(columns, rows, { columns: width, colour: false });
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines[1]).toContain('…');
    expect(lines[1]).toMatch(/^cifs\/ve.*….*\.COM\s+8:50 PM\s+9 hr 46 min$/);
  });

  it('keeps whole names when they fit (120 columns)', () => {
    const lines = fitTable(columns, rows, { columns: 120, colour: false });
    expect(lines[1]).toContain(rows[0]?.cells[0]);
  });

  it('lines up columns by display width in Chinese', () => {
    const lines = fitTable(
      [{ header: '服务器', flexible: true }, { header: '签发' }, { header: '剩余' }],
      [{ cells: ['krbtgt/SUNSET.COM@SUNSET.COM', '19:28', '10小时'] }],
      { columns: 80, colour: false },
    );
    const start = (line: string, text: string): number =>
      displayWidth(line.slice(0, line.indexOf(text)));
    expect(start(lines[0] ?? '', '签发')).toBe(start(lines[1] ?? '', '19:28'));
    expect(start(lines[0] ?? '', '剩余')).toBe(start(lines[1] ?? '', '10小时'));
  });

  it('colours a row only when the terminal wants colour', () => {
    const plain = fitTable(columns, rows, { columns: 80, colour: false });
    const coloured = fitTable(columns, rows, { columns: 80, colour: true });
    expect(plain[2]).not.toContain('\u001b[');
    expect(coloured[2]).toBe(`\u001b[31m${plain[2]}\u001b[39m`);
    expect(coloured[1]).toBe(plain[1]);
  });
});

describe('terminalFrom', () => {
  it.each([
    ['a TTY', { isTTY: true, columns: 120 }, {}, { columns: 120, colour: true }],
    ['a pipe', {}, {}, { columns: 80, colour: false }],
    ['a pipe with COLUMNS', {}, { COLUMNS: '100' }, { columns: 100, colour: false }],
    [
      'NO_COLOR on a TTY',
      { isTTY: true, columns: 90 },
      { NO_COLOR: '1' },
      { columns: 90, colour: false },
    ],
    ['FORCE_COLOR in a pipe', {}, { FORCE_COLOR: '1' }, { columns: 80, colour: true }],
    [
      'FORCE_COLOR=0 on a TTY',
      { isTTY: true, columns: 80 },
      { FORCE_COLOR: '0' },
      { columns: 80, colour: false },
    ],
    [
      'NO_COLOR over FORCE_COLOR',
      {},
      { FORCE_COLOR: '1', NO_COLOR: 'x' },
      { columns: 80, colour: false },
    ],
  ])('%s', (_name, stream, env, expected) => {
    expect(terminalFrom(stream, env)).toEqual(expected);
  });

  it('paints nothing without colour', () => {
    expect(paint({ columns: 80, colour: false }, 'expiring', 'x')).toBe('x');
    expect(paint({ columns: 80, colour: true }, 'expiring', 'x')).toBe('\u001b[33mx\u001b[39m');
  });
});

describe('shownOn', () => {
  const ESC = String.fromCharCode(27);
  const data = `evil${ESC}]0;retitled${String.fromCharCode(7)}${ESC}[2J`;

  it("keeps paint's colour codes on a colour terminal and escapes every control from data", () => {
    const colour = { columns: 80, colour: true };
    const text = paint(colour, 'expired', `krbtgt ${data}`);
    const shown = shownOn(colour, text, forTerminal);
    expect(shown).toBe(`${ESC}[31mkrbtgt evil\\x1B]0;retitled\\x07\\x1B[2J${ESC}[39m`);
  });

  it('escapes even colour codes without colour', () => {
    expect(shownOn({ columns: 80, colour: false }, `${ESC}[31mx`, forTerminal)).toBe('\\x1B[31mx');
  });
});
