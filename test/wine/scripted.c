/*
 * A stand-in for the Windows tools that answer a fixed question with a fixed answer (whoami.exe,
 * schtasks.exe, gpupdate.exe), copied over them in the Wine prefix: Wine's whoami.exe ignores its
 * arguments and Wine's schtasks.exe knows no task, so they would answer something no real Windows
 * says. The scenario scripts each exact command line, keyed by the tool's name and its arguments
 * joined with spaces (`whoami /groups /fo csv /nh`):
 *   <key>.out   the Windows path of a file printed on standard output, in the console code page
 *   <key>.err   the same for standard error
 *   <key>.exit  the exit code (0 when absent)
 * A command line the scenario does not script is recorded as `<tool>\tUNSCRIPTED\t<args>` and exits
 * 98, so a test that reaches it fails loudly. Every call is logged as `<tool>\t0x<exit>\t<args>`
 * (`<tool>@elevated` when the powershell.exe stand-in started it after an approved prompt).
 */
#include "scenario.h"

static void print_file(const wchar_t *key, const wchar_t *suffix, DWORD stream) {
  wchar_t name[1100];
  wsprintfW(name, L"%s%s", key, suffix);
  const wchar_t *file = scenario_get(name);
  if (!file) return;
  char *text = read_whole_file(file, NULL);
  if (!text) broken(L"cannot read the scripted output", file);
  HANDLE saved = GetStdHandle(STD_OUTPUT_HANDLE);
  SetStdHandle(STD_OUTPUT_HANDLE, GetStdHandle(stream));
  write_in_codepage(text, scenario_codepage());
  SetStdHandle(STD_OUTPUT_HANDLE, saved);
}

int wmain(int argc, wchar_t **argv) {
  scenario_load();
  wchar_t self[MAX_PATH];
  GetModuleFileNameW(NULL, self, MAX_PATH);
  wchar_t tool[64];
  lstrcpynW(tool, wcsrchr(self, L'\\') ? wcsrchr(self, L'\\') + 1 : self, 64);
  CharLowerW(tool);
  wchar_t *dot = wcsrchr(tool, L'.');
  if (dot) *dot = 0;

  wchar_t key[1024];
  lstrcpyW(key, tool);
  for (int i = 1; i < argc && lstrlenW(key) + lstrlenW(argv[i]) + 2 < 1024; i++) {
    lstrcatW(key, L" ");
    lstrcatW(key, argv[i]);
  }
  wchar_t exit_key[1100], out_key[1100], err_key[1100];
  wsprintfW(exit_key, L"%s.exit", key);
  wsprintfW(out_key, L"%s.out", key);
  wsprintfW(err_key, L"%s.err", key);
  BOOL scripted = scenario_get(exit_key) || scenario_get(out_key) || scenario_get(err_key);
  const wchar_t *exit_text = scenario_get(exit_key);
  DWORD code = exit_text ? (DWORD)wcstoul(exit_text, NULL, 0) : 0;

  wchar_t line[1200];
  wchar_t status[16];
  wsprintfW(status, L"0x%08x", code);
  wsprintfW(line, L"%s%s\t%s", tool, stand_in_elevated() ? L"@elevated" : L"",
            scripted ? status : L"UNSCRIPTED");
  for (int i = 1; i < argc && lstrlenW(line) + lstrlenW(argv[i]) + 2 < 1200; i++) {
    lstrcatW(line, L"\t");
    lstrcatW(line, argv[i]);
  }
  log_line(line);
  if (!scripted) broken(L"this command line is not part of the scenario", key);
  print_file(key, L".out", STD_OUTPUT_HANDLE);
  print_file(key, L".err", STD_ERROR_HANDLE);
  ExitProcess(code);
}
