/** The de catalogue: one file per area, each with exactly the keys of its English file. */
import type { Catalogue } from '../catalogue';
import { app } from './app';
import { cli } from './cli';
import { groups } from './groups';
import { kerberos } from './kerberos';
import { kerberosUnix } from './kerberos-unix';

export const de: Catalogue = { ...app, ...kerberos, ...kerberosUnix, ...groups, ...cli };
