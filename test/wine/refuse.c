/*
 * A stand-in for the Windows tools whose Wine versions would mislead a test: Wine's powershell.exe
 * is a stub and its whoami.exe ignores its arguments, so either would answer something no real
 * Windows says. Copied over them in the Wine prefix, this records the call in the scenario's log
 * (`<tool>\tUNSCRIPTED\t<args>`) and exits 98, so a test that reaches them fails loudly instead.
 */
#include "scenario.h"

int wmain(int argc, wchar_t **argv) {
  scenario_load();
  wchar_t self[MAX_PATH];
  GetModuleFileNameW(NULL, self, MAX_PATH);
  const wchar_t *name = wcsrchr(self, L'\\') ? wcsrchr(self, L'\\') + 1 : self;
  wchar_t line[1024];
  wsprintfW(line, L"%s\tUNSCRIPTED", name);
  for (int i = 1; i < argc && lstrlenW(line) + lstrlenW(argv[i]) + 2 < 1024; i++) {
    lstrcatW(line, L"\t");
    lstrcatW(line, argv[i]);
  }
  log_line(line);
  broken(L"this tool is not part of the Wine tests' Windows", name);
  return STAND_IN_BROKEN;
}
