/**
 * The policy schema is valid JSON Schema (draft-07, strict: no unknown keywords), so resolve.ts
 * may compile it without checking it against the meta-schema on every start.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { POLICY_NAMES, POLICY_SCHEMA, REGISTRY_TYPES } from './settings';

describe('the policy schema', () => {
  it('is valid JSON Schema and compiles in strict mode', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    expect(ajv.validateSchema(POLICY_SCHEMA), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(POLICY_SCHEMA)).not.toThrow();
  });

  it('names a registry type for every setting, DWORD for the booleans', () => {
    expect(Object.keys(REGISTRY_TYPES).sort()).toEqual([...POLICY_NAMES].sort());
    for (const name of POLICY_NAMES) {
      const dword = POLICY_SCHEMA.properties[name].type === 'boolean';
      expect(REGISTRY_TYPES[name], name).toBe(dword ? 'REG_DWORD' : 'REG_SZ');
    }
  });
});
