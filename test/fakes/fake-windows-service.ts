/**
 * The Windows service as the Windows system tests build it: over a fresh fake Windows (fake
 * klist.exe and friends, fake-windows.ts) and the UAC stand-in (fake-uac.ts), its pre-flight
 * searching only 127.0.0.1:`kdcPort` (no DNS SRV in a test), so the domain controller is a real
 * socket: a loopback listener, or the real MIT test KDC. `diagnoseOnKdc` does the same for
 * `regroup diagnose` on the fake Windows.
 */
import type { DiagnoserOptions } from '../../core/diagnose/diagnose';
import { createElevator } from '../../core/kerberos/elevate';
import { checkKdcReachable } from '../../core/kerberos/preflight';
import type { KerberosService } from '../../core/kerberos/service';
import {
  createWindowsService,
  type WindowsServiceOptions,
} from '../../core/kerberos/windows/service';
import { createFakeUac, type FakeUac } from './fake-uac';
import {
  createFakeWindows,
  domainState,
  type FakeKlistState,
  type FakeWindows,
} from './fake-windows';

export interface FakeWindowsService {
  win: FakeWindows;
  uac: FakeUac;
  service: KerberosService;
}

export function createFakeWindowsService(options: {
  kdcPort: number;
  state?: FakeKlistState;
  /** How long the pre-flight waits for the KDC (its default when absent). */
  timeoutMs?: number;
  /** The KDC clock probe (none by default once the pre-flight is replaced). */
  clock?: WindowsServiceOptions['clock'];
}): FakeWindowsService {
  const win = createFakeWindows(options.state ?? domainState());
  const uac = createFakeUac(win);
  const service = createWindowsService({
    env: win.env,
    klistPath: win.klistPath,
    elevate: createElevator({
      env: { SystemRoot: 'C:\\Windows' },
      platform: 'win32',
      run: uac.run,
    }),
    preflight: (realm) =>
      checkKdcReachable(realm, {
        resolveSrv: async () => [],
        configuredKdcs: [{ host: '127.0.0.1', port: options.kdcPort }],
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      }),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { win, uac, service };
}

/**
 * `regroup diagnose`'s probes on the fake Windows: the domain's DC01 is 127.0.0.1:`kdcPort` (the
 * real MIT test KDC: its search and clock are real), the computer is PC042 on Windows 11.
 */
export function diagnoseOnKdc(kdcPort: number): Pick<DiagnoserOptions, 'findKdc' | 'system'> {
  return {
    findKdc: (realm) =>
      checkKdcReachable(realm, {
        resolveSrv: async () => [],
        configuredKdcs: [{ host: '127.0.0.1', port: kdcPort }],
      }),
    system: () => ({ os: 'Windows_NT', release: '10.0.22631', arch: 'x64', computer: 'PC042' }),
  };
}
