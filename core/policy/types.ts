/**
 * The policy as Regroup uses it: every setting resolved to what it controls (the defaults where
 * IT set nothing, or set something invalid), which settings IT manages, and what was wrong.
 */
import type { Message } from '../i18n/message';
import type { PolicyName } from './settings';

export type { PolicyName };

/** Who to ask, as IT wrote it (shown as data, never translated). Each part is optional. */
export interface HelpDeskContact {
  name?: string;
  phone?: string;
  url?: string;
  text?: string;
}

/** A setting (or the whole policy) that could not be used: the person's sentence, the detail. */
export interface PolicyProblem {
  /** The setting's name; null when the whole policy could not be read. */
  setting: PolicyName | string | null;
  message: Message;
  /** For the help desk: the value and the rule it broke, or the reader's error. */
  detail: string;
}

export interface Policy {
  /** Where it was read: the registry key or the file. */
  source: string;
  /** The settings IT set with a valid value, in the table's order. */
  managed: PolicyName[];
  hideComputerRefresh: boolean;
  /** 'person': the person ticks "re-apply computer policy"; 'default': ticked; 'forced': always. */
  gpupdate: 'person' | 'default' | 'forced';
  helpDesk: HelpDeskContact | null;
  /** true / false: forced on / off; null: the person chooses. */
  startAtLogin: boolean | null;
  notifications: boolean;
  waitForGroup: boolean;
  /** The domain controller for group reads (same meaning as REGROUP_DC); null: located. */
  dc: string | null;
  problems: PolicyProblem[];
}
