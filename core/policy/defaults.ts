/**
 * The policy when IT set nothing: what core/policy resolves from no key or file, what the main
 * process starts from, and (through core/model/managed.ts) what the window's test bridge starts
 * from.
 */
import type { Policy, PolicyProblem } from './types';

export function defaultPolicy(source: string, problems: PolicyProblem[] = []): Policy {
  return {
    source,
    managed: [],
    hideComputerRefresh: false,
    gpupdate: 'person',
    helpDesk: null,
    startAtLogin: null,
    notifications: true,
    waitForGroup: true,
    dc: null,
    problems,
  };
}
