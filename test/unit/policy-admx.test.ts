// @vitest-environment jsdom
/**
 * The administrative template IT imports (deploy/policy/Regroup.admx and its ADML files), parsed
 * with a real XML parser (jsdom's DOMParser, a strict XML 1.0 parser, through vitest's jsdom
 * environment: jsdom is a dev dependency already, without type declarations): every setting Regroup reads
 * (core/policy/settings.ts) is in the ADMX, with the registry type and limits Regroup checks, and
 * nothing else is; every policy writes HKLM\Software\Policies\Regroup; every $(string.X) and
 * $(presentation.X) resolves in each language's ADML; each presentation shows exactly its
 * policy's elements. What this cannot check: Microsoft's own ADMX XSD is not available offline,
 * so the schema's element order and attributes are checked by these rules, not by the XSD.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_NAMES, POLICY_SCHEMA, REGISTRY_TYPES } from '../../core/policy/settings';

const DIR = path.resolve(__dirname, '../../deploy/policy');
const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const LANGUAGES = ['en-US', 'de-DE', 'fr-FR'];

function parseXml(file: string): Document {
  const doc = new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`${file} is not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

const all = (node: Document | Element, name: string): Element[] => [
  ...node.getElementsByTagNameNS(NS, name),
];
const children = (node: Element, name: string): Element[] =>
  [...node.children].filter((c) => c.localName === name && c.namespaceURI === NS);
const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';

const admx = parseXml(path.join(DIR, 'Regroup.admx'));
const policies = all(admx, 'policy');

/** Each registry value the ADMX writes: its name, type and (for text) maximum length. */
function valuesWritten(): Map<string, { type: string; maxLength?: number; strings?: string[] }> {
  const values = new Map<string, { type: string; maxLength?: number; strings?: string[] }>();
  for (const policy of policies) {
    const own = attr(policy, 'valueName');
    if (own) {
      const decimals = [...children(policy, 'enabledValue'), ...children(policy, 'disabledValue')]
        .flatMap((v) => children(v, 'decimal'))
        .map((d) => attr(d, 'value'));
      expect(decimals.sort(), own).toEqual(['0', '1']);
      values.set(own, { type: 'REG_DWORD' });
    }
    for (const elements of children(policy, 'elements')) {
      for (const element of [...elements.children]) {
        const name = attr(element, 'valueName');
        if (element.localName === 'text') {
          values.set(name, { type: 'REG_SZ', maxLength: Number(attr(element, 'maxLength')) });
        } else if (element.localName === 'enum') {
          const strings = all(element, 'string').map((s) => s.textContent ?? '');
          values.set(name, { type: 'REG_SZ', strings });
        } else {
          throw new Error(`unexpected element ${element.localName} in ${attr(policy, 'name')}`);
        }
      }
    }
  }
  return values;
}

describe('the ADMX template', () => {
  it('is a policyDefinitions file with its own namespace, a category and a supportedOn', () => {
    const root = admx.documentElement;
    expect(root.localName).toBe('policyDefinitions');
    expect(root.namespaceURI).toBe(NS);
    expect(attr(all(admx, 'target')[0]!, 'namespace')).toBe('Regroup.Policies.Regroup');
    const categories = all(admx, 'category').map((c) => attr(c, 'name'));
    const supported = all(admx, 'definition').map((d) => attr(d, 'name'));
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const name = attr(policy, 'name');
      expect(attr(policy, 'class'), name).toBe('Machine');
      expect(attr(policy, 'key'), name).toBe('Software\\Policies\\Regroup');
      const [parent] = children(policy, 'parentCategory');
      expect(categories, name).toContain(attr(parent!, 'ref'));
      const [on] = children(policy, 'supportedOn');
      expect(supported, name).toContain(attr(on!, 'ref'));
      // The order the ADMX schema requires: parentCategory, supportedOn, values, elements.
      const order = [...policy.children].map((c) => c.localName);
      const rank = ['parentCategory', 'supportedOn', 'enabledValue', 'disabledValue', 'elements'];
      expect(
        order.map((o) => rank.indexOf(o)),
        name,
      ).toEqual([...order.map((o) => rank.indexOf(o))].sort((a, b) => a - b));
      expect(
        order.every((o) => rank.includes(o)),
        name,
      ).toBe(true);
    }
  });

  it('writes exactly the settings Regroup reads, with the type and limits Regroup checks', () => {
    const written = valuesWritten();
    expect([...written.keys()].sort()).toEqual([...POLICY_NAMES].sort());
    for (const name of POLICY_NAMES) {
      const value = written.get(name)!;
      expect(value.type, name).toBe(REGISTRY_TYPES[name]);
      const rule = POLICY_SCHEMA.properties[name] as { maxLength?: number; enum?: string[] };
      if (value.maxLength !== undefined && rule.maxLength !== undefined)
        expect(value.maxLength, name).toBe(rule.maxLength);
      if (value.strings) expect(value.strings, name).toEqual(rule.enum);
    }
  });
});

describe.each(LANGUAGES)('the %s ADML', (language) => {
  const adml = parseXml(path.join(DIR, language, 'Regroup.adml'));
  const strings = new Map(all(adml, 'string').map((s) => [attr(s, 'id'), s.textContent ?? '']));
  const presentations = new Map(all(adml, 'presentation').map((p) => [attr(p, 'id'), p]));

  it('resolves every $(string.X) and $(presentation.X) of the ADMX', () => {
    expect(adml.documentElement.localName).toBe('policyDefinitionResources');
    expect(adml.documentElement.namespaceURI).toBe(NS);
    const text = fs.readFileSync(path.join(DIR, 'Regroup.admx'), 'utf8');
    const stringRefs = [...text.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]!);
    const presentationRefs = [...text.matchAll(/\$\(presentation\.([^)]+)\)/g)].map((m) => m[1]!);
    expect(stringRefs.length).toBeGreaterThan(10);
    for (const id of stringRefs) expect(strings.get(id)?.trim(), id).toBeTruthy();
    for (const id of presentationRefs) expect(presentations.has(id), id).toBe(true);
    // Nothing defined that the ADMX does not use.
    expect([...strings.keys()].sort()).toEqual([...new Set(stringRefs)].sort());
    expect([...presentations.keys()].sort()).toEqual([...new Set(presentationRefs)].sort());
  });

  it("shows each policy's elements, no more, no fewer", () => {
    for (const policy of policies) {
      const ref = /^\$\(presentation\.(.+)\)$/.exec(attr(policy, 'presentation'))?.[1];
      const elements = children(policy, 'elements').flatMap((e) => [...e.children]);
      if (!ref) {
        expect(elements, attr(policy, 'name')).toEqual([]);
        continue;
      }
      const shown = [...presentations.get(ref)!.children].map((c) => attr(c, 'refId'));
      expect(shown.sort()).toEqual(elements.map((e) => attr(e, 'id')).sort());
    }
  });
});

it.each(['de-DE', 'fr-FR'])(
  'the %s ADML is translated: no sentence is left in English',
  (language) => {
    const strings = (lang: string) =>
      new Map(
        all(parseXml(path.join(DIR, lang, 'Regroup.adml')), 'string').map((s) => [
          attr(s, 'id'),
          s.textContent ?? '',
        ]),
      );
    const english = strings('en-US');
    const same = [...strings(language)].filter(
      ([id, text]) => english.get(id) === text && text.length > 10,
    );
    expect(same).toEqual([]);
  },
);
