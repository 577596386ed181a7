/*
 * A stand-in for Windows chcp.com, built with mingw-w64 at test time and copied over
 * C:\windows\system32\chcp.com in a Wine prefix (Wine's own chcp answers Wine's code page, not the
 * one the scenario plays). It prints the scenario's `chcp` line (the words of the display language,
 * "Active code page: 850", "Page de codes active : 850", "活动代码页: 936") in that code page, as
 * the real chcp does. Regroup only asks; setting a code page (`chcp 65001`) is refused (exit 98).
 */
#include "scenario.h"

int wmain(int argc, wchar_t **argv) {
  scenario_load();
  if (argc > 1) {
    log_line(L"chcp\tUNSUPPORTED");
    broken(L"chcp may only be asked, never told", argv[1]);
  }
  const wchar_t *words = scenario_get(L"chcp");
  if (!words) broken(L"the scenario has no chcp line", NULL);
  wchar_t line[256];
  lstrcpynW(line, words, 254);
  lstrcatW(line, L"\n");
  int n = WideCharToMultiByte(CP_UTF8, 0, line, -1, NULL, 0, NULL, NULL);
  char *utf8 = HeapAlloc(GetProcessHeap(), 0, n);
  WideCharToMultiByte(CP_UTF8, 0, line, -1, utf8, n, NULL, NULL);
  log_line(L"chcp\t0x00000000");
  write_in_codepage(utf8, scenario_codepage());
  return 0;
}
