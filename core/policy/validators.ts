/**
 * One validator per policy setting, compiled from the schema in settings.ts (the single source).
 *
 * This module is what the tests run: it compiles each setting with ajv the first time it is
 * checked. The built CLI and main process never load it: scripts/build.mjs replaces it with
 * validators generated from the same schema at build time by ajv's standalone code generation
 * (scripts/policy-validators.ts), so the app starts without ajv. ajv itself was about 270 KB of
 * each bundle and 8-10 ms of every start (issue 14, start-up), evaluated even on a machine with no
 * policy at all. policy-validators.test.ts runs the same accepted and rejected values through
 * these validators and the generated ones and requires the same verdicts and the same errors.
 */
import Ajv from 'ajv';
import { POLICY_SCHEMA, type PolicyName } from './settings';

/** A compiled check of one setting's value; `errors` says why the last value failed. */
export type SettingValidator = ((value: unknown) => boolean) & {
  errors?: readonly { keyword: string; message?: string }[] | null;
};

/** The options both ways of compiling share (the generated code is made with these too). */
export const POLICY_AJV_OPTIONS = { allErrors: true, strict: true } as const;

let ajv: Ajv | null = null;
const compiled = new Map<PolicyName, SettingValidator>();

/**
 * The schema is a constant checked against JSON Schema's meta-schema by a test (settings.test.ts),
 * so it is not checked again here.
 */
export function validatorOf(setting: PolicyName): SettingValidator {
  let validate = compiled.get(setting);
  if (!validate) {
    ajv ??= new Ajv({ ...POLICY_AJV_OPTIONS, validateSchema: false });
    validate = ajv.compile(POLICY_SCHEMA.properties[setting]);
    compiled.set(setting, validate);
  }
  return validate;
}
