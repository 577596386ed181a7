/*
 * A stand-in for Windows PowerShell behind Regroup's computer refresh (core/kerberos/
 * elevate-windows.ts), copied over C:\windows\system32\WindowsPowerShell\v1.0\powershell.exe in the
 * Wine prefix. It accepts ONLY the exact launcher the code sends: its own path, the working folder
 * and every argument (the constant script included) must equal, character for character, one of
 * the two launchers the test wrote with `launcherCommand` (scenario keys `launcher.purge` and
 * `launcher.purgeAndPolicy`: the Windows path of a UTF-8 file of lines: file, working folder, then
 * one argument per line). Anything else is logged as `powershell\tREFUSED\t<args>` and exits 98.
 *
 * Then it does what that script does on Windows, with the scenario's answer to each UAC prompt
 * (`uac.purge`, `uac.gpupdate`: `approve` or `decline`):
 *   approved: starts `<System32>\klist.exe -li 0x3e7 purge` (and, for the second launcher after a
 *     purge that exited 0, `<System32>\cmd.exe /d /s /c ""<System32>\gpupdate.exe" /target:computer
 *     /force /wait:100 <NUL"`) from System32 as the elevated process, with
 *     REGROUP_STAND_IN_ELEVATED=1 so the stand-ins log it as elevated; its output is LOST (an
 *     un-elevated launcher cannot read an elevated process's output); prints
 *     `REGROUP-STEP <step> exit <code>` with the code as .NET's Int32 ExitCode prints it (an
 *     NTSTATUS such as 0xc000005e is -1073741730);
 *   declined: prints `REGROUP-STEP <step> declined` (what the script prints for Win32 error 1223).
 * It exits 0, as the script's `exit 0`. The call is logged as `powershell\t<launcher key>`.
 */
#include "scenario.h"

#define MAX_LINES 16

/* Whether this run is exactly the launcher written in the file named by scenario key `key`. */
static BOOL is_launcher(const wchar_t *key, int argc, wchar_t **argv) {
  const wchar_t *file = scenario_get(key);
  if (!file) return FALSE;
  DWORD size = 0;
  char *raw = read_whole_file(file, &size);
  if (!raw) broken(L"cannot read the expected launcher", file);
  int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, raw, (int)size, NULL, 0);
  wchar_t *text = HeapAlloc(GetProcessHeap(), 0, (n + 1) * sizeof(wchar_t));
  MultiByteToWideChar(CP_UTF8, 0, raw, (int)size, text, n);
  text[n > 0 ? n : 0] = 0;
  wchar_t *lines[MAX_LINES];
  int count = 0;
  for (wchar_t *line = text; line && *line && count < MAX_LINES;) {
    wchar_t *next = wcschr(line, L'\n');
    if (next) *next++ = 0;
    lines[count++] = line;
    line = next;
  }
  if (count < 2 || count - 2 != argc - 1) return FALSE;
  wchar_t self[MAX_PATH], cwd[MAX_PATH];
  GetModuleFileNameW(NULL, self, MAX_PATH);
  GetCurrentDirectoryW(MAX_PATH, cwd);
  /* Windows paths compare without case (Wine names the folder `system32`); arguments exactly. */
  if (lstrcmpiW(self, lines[0]) != 0 || lstrcmpiW(cwd, lines[1]) != 0) return FALSE;
  for (int i = 1; i < argc; i++) {
    if (lstrcmpW(argv[i], lines[i + 1]) != 0) return FALSE;
  }
  return TRUE;
}

static void say(const char *line) {
  DWORD written;
  WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), line, lstrlenA(line), &written, NULL);
}

/* One step: the prompt's answer, then the elevated run. TRUE when it exited 0. */
static BOOL step(const char *name, const wchar_t *answer_key, const wchar_t *file,
                 wchar_t *command_line, const wchar_t *system) {
  char line[128];
  const wchar_t *answer = scenario_get(answer_key);
  if (!answer) broken(L"the scenario has no answer for", answer_key);
  if (lstrcmpW(answer, L"decline") == 0) {
    wsprintfA(line, "REGROUP-STEP %s declined\r\n", name);
    say(line);
    return FALSE;
  }
  if (lstrcmpW(answer, L"approve") != 0) broken(L"unknown answer", answer);
  SECURITY_ATTRIBUTES inherit = {sizeof inherit, NULL, TRUE};
  HANDLE nul = CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           &inherit, OPEN_EXISTING, 0, NULL);
  STARTUPINFOW start = {.cb = sizeof start, .dwFlags = STARTF_USESTDHANDLES};
  start.hStdInput = start.hStdOutput = start.hStdError = nul;
  PROCESS_INFORMATION process;
  SetEnvironmentVariableW(L"REGROUP_STAND_IN_ELEVATED", L"1");
  BOOL started = CreateProcessW(file, command_line, NULL, NULL, TRUE, CREATE_NO_WINDOW, NULL,
                                system, &start, &process);
  SetEnvironmentVariableW(L"REGROUP_STAND_IN_ELEVATED", NULL);
  if (!started) {
    wsprintfA(line, "REGROUP-STEP %s not-started %lu\r\n", name, GetLastError());
    say(line);
    return FALSE;
  }
  WaitForSingleObject(process.hProcess, INFINITE);
  DWORD code = 1;
  GetExitCodeProcess(process.hProcess, &code);
  wsprintfA(line, "REGROUP-STEP %s exit %d\r\n", name, (int)code);
  say(line);
  return code == 0;
}

int wmain(int argc, wchar_t **argv) {
  scenario_load();
  BOOL policy = is_launcher(L"launcher.purgeAndPolicy", argc, argv);
  if (!policy && !is_launcher(L"launcher.purge", argc, argv)) {
    wchar_t line[8192];
    lstrcpyW(line, L"powershell\tREFUSED");
    for (int i = 1; i < argc && lstrlenW(line) + lstrlenW(argv[i]) + 2 < 8192; i++) {
      lstrcatW(line, L"\t");
      lstrcatW(line, argv[i]);
    }
    log_line(line);
    broken(L"not the launcher of elevate-windows.ts", NULL);
  }
  log_line(policy ? L"powershell\tlauncher.purgeAndPolicy" : L"powershell\tlauncher.purge");

  wchar_t system[MAX_PATH], klist[MAX_PATH + 16], cmd[MAX_PATH + 16];
  wchar_t klist_line[MAX_PATH + 64], cmd_line[3 * MAX_PATH + 128];
  GetSystemDirectoryW(system, MAX_PATH);
  wsprintfW(klist, L"%s\\klist.exe", system);
  wsprintfW(klist_line, L"\"%s\" -li 0x3e7 purge", klist);
  BOOL ok = step("purge", L"uac.purge", klist, klist_line, system);
  if (policy && ok) {
    wsprintfW(cmd, L"%s\\cmd.exe", system);
    wsprintfW(cmd_line,
              L"\"%s\" /d /s /c \"\"%s\\gpupdate.exe\" /target:computer /force /wait:100 <NUL\"",
              cmd, system);
    step("gpupdate", L"uac.gpupdate", cmd, cmd_line, system);
  }
  return 0;
}
