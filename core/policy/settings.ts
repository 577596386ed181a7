/**
 * The settings an IT department can set for Regroup, in one table: each setting's name (the same
 * name is the registry value under `HKLM\Software\Policies\Regroup` and the key in policy.json),
 * and one JSON schema that says which values are valid. The ADMX template in deploy/policy/ names
 * exactly these settings (a test proves it both ways).
 *
 * Registry values arrive as REG_DWORD numbers and REG_SZ strings; policy.json as JSON. A boolean
 * setting is a REG_DWORD 0 or 1 (registry.ts turns exactly those into false / true, anything
 * else stays a number and fails the schema), so both sources are checked by the same schema.
 */

/** Host names only, as REGROUP_DC accepts them: no scheme, no port, no path. */
export const HOST_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$';
/** One line of text: no control characters (no line breaks, no terminal escapes). */
const ONE_LINE = '^[^\\u0000-\\u001f\\u007f]*$';

const text = (maxLength: number) =>
  ({ type: 'string', minLength: 1, maxLength, pattern: ONE_LINE }) as const;

/** The JSON schema of policy.json (and of the registry values, read into the same shape). */
export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Regroup policy',
  type: 'object',
  properties: {
    /** Hides "Refresh computer groups" (window, tray) and refuses `regroup refresh --computer`. */
    HideComputerRefresh: { type: 'boolean' },
    /** `default`: "Also re-apply computer policy" starts ticked; `forced`: always, not changeable. */
    GpupdateAfterComputerRefresh: { type: 'string', enum: ['default', 'forced'] },
    HelpDeskName: text(80),
    HelpDeskPhone: { ...text(40), pattern: '^[0-9A-Za-z+()./# -]+$' },
    HelpDeskUrl: { ...text(300), pattern: '^https?://[^\\s]+$' },
    HelpDeskText: text(300),
    /** true: Regroup always starts at login; false: never. Absent: the person chooses. */
    StartAtLogin: { type: 'boolean' },
    DisableNotifications: { type: 'boolean' },
    /** false: "wait for a group" is not offered. Absent: allowed. */
    AllowWaitForGroup: { type: 'boolean' },
    /** The domain controller group reads use, as REGROUP_DC. */
    DomainController: { type: 'string', pattern: HOST_NAME_PATTERN },
  },
  additionalProperties: false,
} as const;

export type PolicyName = keyof typeof POLICY_SCHEMA.properties;

export const POLICY_NAMES = Object.keys(POLICY_SCHEMA.properties) as PolicyName[];

/** How each setting is stored in the registry (what the ADMX writes). */
export const REGISTRY_TYPES: Record<PolicyName, 'REG_DWORD' | 'REG_SZ'> = {
  HideComputerRefresh: 'REG_DWORD',
  GpupdateAfterComputerRefresh: 'REG_SZ',
  HelpDeskName: 'REG_SZ',
  HelpDeskPhone: 'REG_SZ',
  HelpDeskUrl: 'REG_SZ',
  HelpDeskText: 'REG_SZ',
  StartAtLogin: 'REG_DWORD',
  DisableNotifications: 'REG_DWORD',
  AllowWaitForGroup: 'REG_DWORD',
  DomainController: 'REG_SZ',
};

export const isBooleanSetting = (name: PolicyName): boolean =>
  POLICY_SCHEMA.properties[name].type === 'boolean';
