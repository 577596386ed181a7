/**
 * Chooses the Kerberos service for this operating system: Windows klist.exe, or the MIT / Heimdal
 * tools (Linux, macOS).
 */
import type { KerberosService } from './service';
import { createUnixService } from './unix/service';
import { createWindowsService } from './windows/service';

export interface CreateServiceOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
}

export function createKerberosService(options: CreateServiceOptions = {}): KerberosService {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  if (platform === 'win32') return createWindowsService({ env });
  return createUnixService({ env, platform });
}
