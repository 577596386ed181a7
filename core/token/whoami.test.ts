import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellWidth, parseWhoami, splitCsvLine } from './whoami';

const SAMPLES = path.resolve(__dirname, '../../../shared/whoami-samples');
const read = (file: string) => parseWhoami(fs.readFileSync(path.join(SAMPLES, file), 'utf8'));
const sids = (file: string) => read(file).groups.map((g) => g.sid);
const nameOf = (file: string, sid: string) => read(file).groups.find((g) => g.sid === sid)?.name;

/** Expected SIDs of every sample, in order, copied by hand from the files. */
const EXPECTED: Record<string, string[]> = {
  'whoami-en-all-1.txt': [
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-6',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-113',
    'S-1-2-0',
    'S-1-5-64-10',
    'S-1-16-12288',
  ],
  'whoami-en-all-2.txt': [
    'S-1-16-12288',
    'S-1-1-0',
    'S-1-5-32-558',
    'S-1-5-32-545',
    'S-1-5-6',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
    'S-1-5-80-0',
  ],
  'whoami-en-all-3.txt': [
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-32-554',
    'S-1-5-32-574',
    'S-1-5-6',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-80-3880006512-4290199581-1648723128-3569869737-3631323133',
    'S-1-2-0',
    'S-1-18-1',
    'S-1-5-21-548670397-972687484-3496335370-1128',
    'S-1-5-21-548670397-972687484-3496335370-1129',
    'S-1-16-12288',
  ],
  'whoami-en-all-4.txt': [
    'S-1-16-12288',
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-6',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-32-568',
    'S-1-2-0',
    'S-1-5-82-0',
  ],
  'whoami-en-all-5.txt': [
    'S-1-1-0',
    'S-1-5-114',
    'S-1-5-32-544',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-113',
    'S-1-5-64-10',
    'S-1-16-12288',
  ],
  'whoami-en-all-6.txt': [
    'S-1-16-8192',
    'S-1-1-0',
    'S-1-5-114',
    'S-1-5-32-544',
    'S-1-5-32-545',
    'S-1-5-32-559',
    'S-1-5-4',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-11-96-3623454863-58364-18864-2661722203-1597581903-3158937479-2778085403-3651782251-2842230462-2314292098',
    'S-1-5-113',
    'S-1-2-0',
    'S-1-5-64-36',
  ],
  'whoami-en-all-7.txt': [
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-32-554',
    'S-1-5-32-580',
    'S-1-5-32-548',
    'S-1-5-2',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-21-3072663084-364016917-1341370565-1149',
    'S-1-5-21-3072663084-364016917-1341370565-1148',
    'S-1-5-64-10',
    'S-1-16-8192',
  ],
  'whoami-en-groups-1.txt': [
    'S-1-1-0',
    'S-1-5-32-549',
    'S-1-5-32-550',
    'S-1-5-32-580',
    'S-1-5-32-545',
    'S-1-5-32-554',
    'S-1-5-2',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-64-10',
    'S-1-16-12288',
  ],
  'whoami-en-groups-2.txt': [
    'S-1-16-8192',
    'S-1-1-0',
    'S-1-5-32-555',
    'S-1-5-32-545',
    'S-1-5-32-544',
    'S-1-5-14',
    'S-1-5-4',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
    'S-1-12-1-788341310-1134859379-3309005462-3346259773',
    'S-1-5-64-36',
  ],
  'whoami-es-all-1.txt': [
    'S-1-16-12288',
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-6',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-32-568',
    'S-1-2-0',
    'S-1-5-82-0',
  ],
  'whoami-es-all-2.txt': [
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-32-580',
    'S-1-5-2',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-113',
    'S-1-5-64-10',
    'S-1-16-8192',
  ],
  'whoami-es-all-3.txt': [
    'S-1-1-0',
    'S-1-5-21-2519875556-2276787807-2868128514-1002',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-113',
    'S-1-5-64-10',
    'S-1-16-8192',
  ],
  'whoami-es-all-4.txt': [
    'S-1-16-12288',
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-6',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
  ],
  'whoami-fr-groups-1.txt': ['S-1-5-32-544', 'S-1-1-0', 'S-1-5-11', 'S-1-16-16384'],
  'whoami-fr-groups-2.txt': [
    'S-1-1-0',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
    'S-1-5-21-3751794092-3013587998-2465217153-1113',
    'S-1-18-1',
    'S-1-16-8192',
  ],
  'whoami-ja-groups-1.txt': ['S-1-5-32-544'],
  'whoami-ja-groups-list-1.txt': [
    'S-1-1-0',
    'S-1-5-114',
    'S-1-5-21-400220949-3334754570-1221178460-1003',
    'S-1-5-21-400220949-3334754570-1221178460-1001',
    'S-1-5-32-544',
    'S-1-5-32-559',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-113',
    'S-1-2-0',
    'S-1-5-64-10',
    'S-1-16-8192',
  ],
  'whoami-ja-user-list-1.txt': [],
  'whoami-ru-groups-1.txt': [
    'S-1-16-8192',
    'S-1-1-0',
    'S-1-5-114',
    'S-1-5-32-544',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-11-96-3623454863-58364-18864-2661722203-1597581903-2115156820-4294215291-1466442587-2335343980-3061770256',
    'S-1-5-113',
    'S-1-2-0',
    'S-1-5-64-36',
  ],
  'whoami-zh-all-1.txt': [
    'S-1-1-0',
    'S-1-5-32-555',
    'S-1-5-32-580',
    'S-1-5-32-545',
    'S-1-5-32-554',
    'S-1-5-2',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-21-298176814-2846777796-698167141-1101',
    'S-1-5-64-10',
    'S-1-16-8448',
  ],
  'whoami-zh-all-2.txt': [
    'S-1-1-0',
    'S-1-5-32-580',
    'S-1-5-32-545',
    'S-1-5-32-554',
    'S-1-5-2',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-64-10',
    'S-1-16-8448',
  ],
  'whoami-zh-all-3.txt': [
    'S-1-16-12288',
    'S-1-1-0',
    'S-1-5-21-4088072006-1921831747-1237773115-1003',
    'S-1-5-32-558',
    'S-1-5-32-545',
    'S-1-5-6',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
    'S-1-5-80-0',
  ],
  'whoami-zh-all-4.txt': [
    'S-1-1-0',
    'S-1-5-32-544',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-2-1',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
    'S-1-5-21-3977539503-3587586693-2971573549-24272',
    'S-1-5-21-3977539503-3587586693-2971573549-472641',
    'S-1-5-21-3977539503-3587586693-2971573549-553488',
  ],
  'whoami-zh-all-5.txt': [
    'S-1-1-0',
    'S-1-5-32-544',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
    'S-1-5-64-10',
  ],
  'whoami-zh-all-list-1.txt': [
    'S-1-1-0',
    'S-1-5-32-544',
    'S-1-5-32-545',
    'S-1-5-4',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-2-0',
    'S-1-5-64-10',
  ],
  'whoami-zh-groups-1.txt': [
    'S-1-1-0',
    'S-1-5-32-555',
    'S-1-5-32-545',
    'S-1-5-14',
    'S-1-5-4',
    'S-1-5-11',
    'S-1-5-15',
    'S-1-5-113',
    'S-1-2-0',
    'S-1-5-64-10',
    'S-1-16-8192',
  ],
};

describe('parseWhoami on every real sample', () => {
  it('has an expectation for every sample file', () => {
    const files = fs
      .readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`finds every group SID of ${file}, in order`, () => {
      expect(sids(file)).toEqual(expected);
    });
  }
});

describe('names, types and attributes by column position, in any language', () => {
  it('reads English rows with padding intact (en-all-1) and the label row with no attributes', () => {
    const groups = read('whoami-en-all-1.txt').groups;
    expect(groups[1]).toEqual({
      sid: 'S-1-5-32-545',
      name: 'BUILTIN\\Users',
      type: 'Alias',
      attributes: 'Mandatory group, Enabled by default, Enabled group',
    });
    expect(groups[9]).toEqual({
      sid: 'S-1-16-12288',
      name: 'Mandatory Label\\High Mandatory Level',
      type: 'Label',
      attributes: '',
    });
  });

  it('reads domain groups with padding stripped (en-all-7, Evil-WinRM)', () => {
    expect(nameOf('whoami-en-all-7.txt', 'S-1-5-21-3072663084-364016917-1341370565-1149')).toBe(
      'HTB\\Privileged IT Accounts',
    );
    expect(read('whoami-en-all-7.txt').groups[8]?.type).toBe('Group');
  });

  it('reads a name exactly as wide as its column (en-all-3, extra trailing spaces)', () => {
    const row = read('whoami-en-all-3.txt').groups[2];
    expect(row).toMatchObject({
      name: 'BUILTIN\\Pre-Windows 2000 Compatible Access',
      type: 'Alias',
    });
    expect(read('whoami-en-all-3.txt').groups[11]?.attributes).toBe(
      'Mandatory group, Enabled by default, Enabled group, Local Group',
    );
  });

  it('gives null for the empty name of an "Unknown SID type" row (en-all-4, en-groups-2, es-all-1)', () => {
    expect(read('whoami-en-all-4.txt').groups[9]).toMatchObject({
      sid: 'S-1-5-82-0',
      name: null,
      type: 'Unknown SID type',
    });
    expect(
      nameOf('whoami-en-groups-2.txt', 'S-1-12-1-788341310-1134859379-3309005462-3346259773'),
    ).toBeNull();
    expect(read('whoami-es-all-1.txt').groups[9]).toMatchObject({ sid: 'S-1-5-82-0', name: null });
  });

  it('keeps the 109-character Microsoft-account SID whole (en-all-6, ru-groups-1)', () => {
    expect(
      nameOf(
        'whoami-en-all-6.txt',
        'S-1-11-96-3623454863-58364-18864-2661722203-1597581903-3158937479-2778085403-3651782251-2842230462-2314292098',
      ),
    ).toBe('MicrosoftAccount\\cpolop@outlook.com');
  });

  it('reads Russian headers, types and attributes (ru-groups-1)', () => {
    const groups = read('whoami-ru-groups-1.txt').groups;
    expect(groups[3]).toEqual({
      sid: 'S-1-5-32-544',
      name: 'BUILTIN\\Администраторы',
      type: 'Псевдоним',
      attributes: 'Группа, используемая только для запрета',
    });
    expect(groups[2]?.name).toBe(
      'NT AUTHORITY\\Локальная учетная запись и член группы "Администраторы"',
    );
  });

  it('reads French rows with label type "Nom" and a U+2019 name (fr-groups-1, fr-groups-2)', () => {
    expect(read('whoami-fr-groups-1.txt').groups[3]).toMatchObject({
      sid: 'S-1-16-16384',
      name: 'Étiquette obligatoire\\Niveau obligatoire système',
      type: 'Nom',
    });
    expect(nameOf('whoami-fr-groups-2.txt', 'S-1-18-1')).toBe(
      'Identité déclarée par une autorité d’authentification',
    );
    expect(nameOf('whoami-fr-groups-2.txt', 'S-1-5-21-3751794092-3013587998-2465217153-1113')).toBe(
      'TSSR-MEN\\GG-ADMINISTRATIF',
    );
  });

  it('counts CJK characters as two cells (zh-all-1, zh-all-4, zh-groups-1)', () => {
    expect(cellWidth('已知组')).toBe(6);
    expect(read('whoami-zh-all-1.txt').groups[8]).toEqual({
      sid: 'S-1-5-21-298176814-2846777796-698167141-1101',
      name: 'BICKER\\DnsAdmins',
      type: '别名',
      attributes: '必需的组, 启用于默认, 启用的组, 本地组',
    });
    expect(nameOf('whoami-zh-all-4.txt', 'S-1-5-21-3977539503-3587586693-2971573549-472641')).toBe(
      'JZFZ\\节点入库-正式',
    );
    expect(nameOf('whoami-zh-groups-1.txt', 'S-1-5-113')).toBe('NT AUTHORITY\\本地帐户');
  });

  it('joins rows the console wrapped at 80 columns (zh-all-5)', () => {
    expect(read('whoami-zh-all-5.txt').groups[1]).toEqual({
      sid: 'S-1-5-32-544',
      name: 'BUILTIN\\Administrators',
      type: '别名',
      attributes: '必需的组, 启用于默认, 启用的组, 组的所有者',
    });
  });

  it('survives CP850 mojibake and U+FFFD (es-all-2, es-all-3)', () => {
    expect(nameOf('whoami-es-all-2.txt', 'S-1-5-32-580')).toBe(
      'BUILTIN\\Usuarios de administraci¢n remota',
    );
    expect(nameOf('whoami-es-all-3.txt', 'S-1-5-21-2519875556-2276787807-2868128514-1002')).toBe(
      'WIN-IURF14RBVGV\\Idministritirs',
    );
    expect(read('whoami-es-all-3.txt').groups[4]?.type).toBe('Grupo conocido');
  });

  it('reads a single row with no header (ja-groups-1, Select-String)', () => {
    expect(read('whoami-ja-groups-1.txt').groups).toEqual([
      {
        sid: 'S-1-5-32-544',
        name: 'BUILTIN\\Administrators',
        type: 'エイリアス',
        attributes: '固定グループ, 既定で有効, 有効なグループ, グループ所有者',
      },
    ]);
  });

  it('reads /fo list blocks by position, with stray spaces in labels (ja-groups-list-1, zh-all-list-1)', () => {
    const ja = read('whoami-ja-groups-list-1.txt');
    expect(ja.format).toBe('list');
    expect(ja.groups[2]).toEqual({
      sid: 'S-1-5-21-400220949-3334754570-1221178460-1003',
      name: 'Matsuolab7910PC\\docker-users',
      type: 'エイリアス',
      attributes: '固定グループ, 既定で有効, 有効なグループ',
    });
    expect(ja.groups[14]).toMatchObject({ sid: 'S-1-16-8192', attributes: '' });
    expect(read('whoami-zh-all-list-1.txt').user).toEqual({
      name: 'root-5de52ac98b\\administrator',
      sid: 'S-1-5-21-1911985068-4225083820-4011728908-500',
    });
  });

  it('reads the user row of /all and /user outputs', () => {
    expect(read('whoami-en-all-7.txt').user).toEqual({
      name: 'htb\\svc-alfresco',
      sid: 'S-1-5-21-3072663084-364016917-1341370565-1147',
    });
    expect(read('whoami-es-all-4.txt').user).toEqual({
      name: 'nt authority\\iusr',
      sid: 'S-1-5-17',
    });
    expect(read('whoami-ja-user-list-1.txt').user).toEqual({
      name: 'matsuolab7910pc\\matsuolab7910',
      sid: 'S-1-5-21-400220949-3334754570-1221178460-1000',
    });
    expect(read('whoami-en-groups-1.txt').user).toBeNull();
  });
});

describe('CSV (/fo csv /nh), read by column position', () => {
  it('splits quoted fields with embedded commas and doubled quotes', () => {
    expect(
      splitCsvLine(
        '"NT AUTHORITY\\Локальная учетная запись и член группы ""Администраторы""","Хорошо известная группа","S-1-5-114","Группа, используемая только для запрета"',
      ),
    ).toEqual([
      'NT AUTHORITY\\Локальная учетная запись и член группы "Администраторы"',
      'Хорошо известная группа',
      'S-1-5-114',
      'Группа, используемая только для запрета',
    ]);
    expect(splitCsvLine('"unclosed,x')).toBeNull();
  });

  it('reads rows with or without a (localized) header, CRLF line ends, empty name and attributes', () => {
    const text =
      '"Nombre de grupo","Tipo","SID","Atributos"\r\n' +
      '"Todos","Grupo conocido","S-1-1-0","Grupo obligatorio, Habilitado de manera predeterminada, Grupo habilitado"\r\n' +
      '"","Tipo SID no válido","S-1-5-82-0","Grupo obligatorio, Habilitado de manera predeterminada, Grupo habilitado"\r\n' +
      '"Etiqueta obligatoria\\Nivel obligatorio alto","Etiqueta","S-1-16-12288",""\r\n';
    const reading = parseWhoami(text);
    expect(reading.format).toBe('csv');
    expect(reading.groups.map((g) => g.sid)).toEqual(['S-1-1-0', 'S-1-5-82-0', 'S-1-16-12288']);
    expect(reading.groups[1]?.name).toBeNull();
    expect(reading.groups[0]?.attributes).toBe(
      'Grupo obligatorio, Habilitado de manera predeterminada, Grupo habilitado',
    );
  });

  it('reads the /user CSV row as the user', () => {
    expect(parseWhoami('"lab\\bob","S-1-5-21-1-2-3-1105"\r\n').user).toEqual({
      name: 'lab\\bob',
      sid: 'S-1-5-21-1-2-3-1105',
    });
  });
});
