/**
 * Generates the policy validators the built app uses instead of ajv (issue 14, start-up): ajv's
 * standalone code generation, from the schema in core/policy/settings.ts, one exported function
 * per setting, as a CommonJS module with the same `validatorOf` as core/policy/validators.ts.
 * scripts/build.mjs runs this while bundling; core/policy/policy-validators.test.ts runs it too
 * and checks that the generated validators and ajv's own agree.
 *
 * The generated code may require ajv's small runtime helpers (`ajv/dist/runtime/ucs2length`:
 * string lengths in code points, as ajv counts them); the bundler includes just those.
 */
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { POLICY_NAMES, POLICY_SCHEMA } from '../core/policy/settings';
import { POLICY_AJV_OPTIONS } from '../core/policy/validators';

export function policyValidatorsCode(): string {
  const ajv = new Ajv({ ...POLICY_AJV_OPTIONS, code: { source: true } });
  for (const name of POLICY_NAMES) ajv.addSchema(POLICY_SCHEMA.properties[name], name);
  const exported = Object.fromEntries(POLICY_NAMES.map((name) => [name, name]));
  return [
    '// Generated at build time by scripts/policy-validators.ts from core/policy/settings.ts.',
    standaloneCode(ajv, exported),
    'const byName = Object.assign(Object.create(null), exports);',
    'exports.validatorOf = (setting) => byName[setting];',
    '',
  ].join('\n');
}
