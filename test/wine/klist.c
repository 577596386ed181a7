/*
 * A stand-in for Windows klist.exe, built with mingw-w64 at test time and copied over
 * C:\windows\system32\klist.exe in a Wine prefix. It prints REAL klist outputs (the samples in
 * ../shared/klist-samples, read through Wine's Z: drive) in the console code page, as the real
 * tool does, and exits as the real tool does: 0, or the NTSTATUS of its "failed with 0x.../-..."
 * line as the process exit code.
 *
 * What it prints comes from regroup-scenario.txt next to it (scenario.h). A command's key is
 *   [li.]tickets | [li.]purge | [li.]get      ("li." for `-li <LUID>`, the computer's session)
 * looked up first as `<key>@<state>`, then as `<key>`. The state of a session is `purged` after a
 * successful purge of it and `got` after a successful get, read back from the call log, so a
 * refresh sees its tickets go and come back. A command the scenario does not cover exits 98.
 *
 * Every call is appended to the log as `klist\t0x<exit code>\t<arg>\t<arg>...` (`klist@elevated`
 * when the powershell.exe stand-in started it after an approved UAC prompt). `klist tgt` prints the
 * session key of the TGT; Regroup must never run it, so the stand-in refuses it (exit 99, log line
 * `klist\tREFUSED\t...`) instead of printing anything.
 */
#include "scenario.h"

#define STAND_IN_REFUSED 99
#define MAX_ARGS 16

static wchar_t call_line[1024];

static void record_args(int argc, wchar_t **argv, const wchar_t *status) {
  lstrcpyW(call_line, stand_in_elevated() ? L"klist@elevated\t" : L"klist\t");
  lstrcatW(call_line, status);
  for (int i = 1; i < argc && i < MAX_ARGS; i++) {
    if (lstrlenW(call_line) + lstrlenW(argv[i]) + 2 >= (int)(sizeof call_line / sizeof *call_line))
      break;
    lstrcatW(call_line, L"\t");
    lstrcatW(call_line, argv[i]);
  }
  log_line(call_line);
}

/* The NTSTATUS of a failure sample (`0xc000005e/-1073741730`), else 0. */
static DWORD exit_code_of(const char *text) {
  for (const char *p = text; *p; p++) {
    if (p[0] != '0' || (p[1] != 'x' && p[1] != 'X')) continue;
    int digits = 0;
    DWORD value = 0;
    while (digits < 9) {
      char c = p[2 + digits];
      int v = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (v < 0) break;
      value = value * 16 + (DWORD)v;
      digits++;
    }
    if (digits == 8 && p[10] == '/' && (p[11] == '-' || (p[11] >= '0' && p[11] <= '9')))
      return value;
  }
  return 0;
}

/* The command word of one logged call (`purge`, `get` ...) and whether it targeted a LUID. */
static void read_call(wchar_t *line, const wchar_t **status, const wchar_t **command, BOOL *li) {
  *status = L"";
  *command = L"tickets";
  *li = FALSE;
  wchar_t *field = wcschr(line, L'\t');
  if (!field) return;
  *field++ = 0;
  if (lstrcmpW(line, L"klist") != 0 && lstrcmpW(line, L"klist@elevated") != 0) return;
  *status = field;
  field = wcschr(field, L'\t');
  if (field) *field++ = 0;
  while (field) {
    wchar_t *next = wcschr(field, L'\t');
    if (next) *next++ = 0;
    if (lstrcmpiW(field, L"-li") == 0 || lstrcmpiW(field, L"-lh") == 0) {
      *li = TRUE;
      field = next ? wcschr(next, L'\t') : NULL;
      if (field) field++;
      continue;
    }
    *command = field;
    return;
  }
}

/* `purged` or `got` after the last successful purge or get of the session, else NULL. */
static const wchar_t *session_state(BOOL li) {
  const wchar_t *path = scenario_get(L"log");
  DWORD size = 0;
  char *raw = path ? read_whole_file(path, &size) : NULL;
  if (!raw || size == 0) return NULL;
  int n = MultiByteToWideChar(CP_UTF8, 0, raw, (int)size, NULL, 0);
  wchar_t *text = HeapAlloc(GetProcessHeap(), 0, (n + 1) * sizeof(wchar_t));
  MultiByteToWideChar(CP_UTF8, 0, raw, (int)size, text, n);
  text[n] = 0;
  const wchar_t *state = NULL;
  for (wchar_t *line = text; line && *line;) {
    wchar_t *next = wcschr(line, L'\n');
    if (next) *next++ = 0;
    const wchar_t *status, *command;
    BOOL line_li;
    read_call(line, &status, &command, &line_li);
    if (line_li == li && lstrcmpW(status, L"0x00000000") == 0) {
      if (lstrcmpiW(command, L"purge") == 0) state = L"purged";
      if (lstrcmpiW(command, L"get") == 0) state = L"got";
    }
    line = next;
  }
  return state;
}

int wmain(int argc, wchar_t **argv) {
  scenario_load();
  UINT codepage = scenario_codepage();

  BOOL li = FALSE;
  int i = 1;
  while (i + 1 < argc && (lstrcmpiW(argv[i], L"-li") == 0 || lstrcmpiW(argv[i], L"-lh") == 0)) {
    li = TRUE;
    i += 2;
  }
  const wchar_t *command = i < argc ? argv[i] : L"tickets";
  const wchar_t *name = NULL;
  if (lstrcmpiW(command, L"tgt") == 0) {
    record_args(argc, argv, L"REFUSED");
    stop(STAND_IN_REFUSED, L"`klist tgt` prints the session key and must never be run", NULL);
  }
  if (lstrcmpiW(command, L"tickets") == 0) {
    command = L"tickets";
  } else if (lstrcmpiW(command, L"purge") == 0) {
    command = L"purge";
  } else if (lstrcmpiW(command, L"get") == 0 && i + 1 < argc) {
    command = L"get";
    name = argv[i + 1];
  } else {
    record_args(argc, argv, L"UNSUPPORTED");
    broken(L"this klist command is not part of the scenario", command);
  }
  int expected = i + (name ? 2 : 1);
  if (argc > expected) {
    record_args(argc, argv, L"UNSUPPORTED");
    broken(L"unexpected words after the command", argv[expected]);
  }

  wchar_t key[64];
  wsprintfW(key, L"%s%s", li ? L"li." : L"", command);
  const wchar_t *state = session_state(li);
  const wchar_t *sample = NULL;
  if (state) {
    wchar_t stateful[96];
    wsprintfW(stateful, L"%s@%s", key, state);
    sample = scenario_get(stateful);
  }
  if (!sample) sample = scenario_get(key);
  if (!sample) {
    record_args(argc, argv, L"UNSCRIPTED");
    broken(L"the scenario has no sample for", key);
  }
  char *text = read_whole_file(sample, NULL);
  if (!text) broken(L"cannot read the sample", sample);

  DWORD code = exit_code_of(text);
  wchar_t status[16];
  wsprintfW(status, L"0x%08x", code);
  record_args(argc, argv, status);
  write_in_codepage(text, codepage);
  ExitProcess(code);
}
