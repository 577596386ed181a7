/**
 * Exit codes and Windows status codes as people and help desks recognise them. Shared by every
 * service that reports a tool's failure (Kerberos, groups): it is about processes, not Kerberos.
 */

/** A Windows status code (NTSTATUS, HRESULT) as Windows documents it: `0xC000005F`. */
export function windowsStatusText(code: number): string {
  return `0x${(code >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * An exit code as a person (or a help desk) recognises it. Windows tools that die with an
 * NTSTATUS exit with codes such as 0xC000005F, which Node reports as the unsigned 3221225567 (or,
 * on some paths, the signed -1073741729): those are shown in hex, 8 digits, uppercase. Small
 * codes stay decimal (`1`, `127`).
 */
export function exitCodeText(code: number): string {
  if (!Number.isInteger(code)) return String(code);
  return code < 0 || code > 0xffff ? windowsStatusText(code) : String(code);
}
