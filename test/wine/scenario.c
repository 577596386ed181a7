/*
 * The scenario reader and the console writer shared by the Windows stand-ins (see scenario.h).
 * Plain Win32 and no C runtime I/O, so the bytes written are exactly the converted text.
 */
#include "scenario.h"

#define MAX_ENTRIES 64

static struct {
  wchar_t *key;
  wchar_t *value;
} entries[MAX_ENTRIES];
static int entry_count;

static char *utf8_of(const wchar_t *text, int *length) {
  int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
  char *out = HeapAlloc(GetProcessHeap(), 0, n > 0 ? n : 1);
  if (n <= 0) {
    out[0] = 0;
    n = 1;
  } else {
    WideCharToMultiByte(CP_UTF8, 0, text, -1, out, n, NULL, NULL);
  }
  if (length) *length = n - 1;
  return out;
}

static wchar_t *wide_of(const char *utf8, int bytes) {
  int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, bytes, NULL, 0);
  if (n <= 0 && bytes > 0) return NULL;
  wchar_t *out = HeapAlloc(GetProcessHeap(), 0, (n + 1) * sizeof(wchar_t));
  if (n > 0) MultiByteToWideChar(CP_UTF8, 0, utf8, bytes, out, n);
  out[n > 0 ? n : 0] = 0;
  return out;
}

static void write_all(HANDLE handle, const char *bytes, DWORD size) {
  while (size > 0) {
    DWORD written = 0;
    if (!WriteFile(handle, bytes, size, &written, NULL) || written == 0) return;
    bytes += written;
    size -= written;
  }
}

void stop(DWORD code, const wchar_t *what, const wchar_t *detail) {
  wchar_t line[2048];
  wsprintfW(line, L"regroup stand-in: %s%s%s\r\n", what, detail ? L": " : L"", detail ? detail : L"");
  int length = 0;
  char *text = utf8_of(line, &length);
  write_all(GetStdHandle(STD_ERROR_HANDLE), text, (DWORD)length);
  ExitProcess(code);
}

char *read_whole_file(const wchar_t *path, DWORD *size) {
  HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                            OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  if (file == INVALID_HANDLE_VALUE) return NULL;
  DWORD length = GetFileSize(file, NULL);
  char *data = HeapAlloc(GetProcessHeap(), 0, length + 1);
  DWORD got = 0;
  BOOL ok = ReadFile(file, data, length, &got, NULL);
  CloseHandle(file);
  if (!ok || got != length) return NULL;
  data[length] = 0;
  if (size) *size = length;
  return data;
}

void scenario_load(void) {
  wchar_t path[MAX_PATH + 32];
  DWORD n = GetModuleFileNameW(NULL, path, MAX_PATH);
  if (n == 0 || n >= MAX_PATH) broken(L"cannot find its own path", NULL);
  wchar_t *slash = wcsrchr(path, L'\\');
  if (!slash) broken(L"its own path has no folder", path);
  lstrcpyW(slash + 1, SCENARIO_FILE);

  DWORD size = 0;
  char *raw = read_whole_file(path, &size);
  if (!raw) {
    /* Stand-ins below System32 (WindowsPowerShell\v1.0) share System32's scenario. */
    n = GetSystemDirectoryW(path, MAX_PATH);
    if (n == 0 || n >= MAX_PATH) broken(L"cannot find the system folder", NULL);
    lstrcatW(path, L"\\" SCENARIO_FILE);
    raw = read_whole_file(path, &size);
  }
  if (!raw) broken(L"cannot read the scenario", path);
  wchar_t *text = wide_of(raw, (int)size);
  if (!text) broken(L"the scenario is not UTF-8", path);

  wchar_t *line = text;
  while (line && *line) {
    wchar_t *next = wcschr(line, L'\n');
    if (next) *next++ = 0;
    size_t length = lstrlenW(line);
    if (length && line[length - 1] == L'\r') line[length - 1] = 0;
    wchar_t *equals = wcschr(line, L'=');
    if (line[0] != L'#' && equals && equals != line) {
      if (entry_count == MAX_ENTRIES) broken(L"the scenario has too many lines", path);
      *equals = 0;
      entries[entry_count].key = line;
      entries[entry_count].value = equals + 1;
      entry_count++;
    }
    line = next;
  }
}

const wchar_t *scenario_get(const wchar_t *key) {
  for (int i = 0; i < entry_count; i++) {
    if (lstrcmpW(entries[i].key, key) == 0) return entries[i].value;
  }
  return NULL;
}

UINT scenario_codepage(void) {
  const wchar_t *value = scenario_get(L"codepage");
  if (!value) return 437;
  UINT page = (UINT)wcstoul(value, NULL, 10);
  if (page == 0 || !IsValidCodePage(page)) broken(L"unknown code page", value);
  return page;
}

void write_in_codepage(const char *utf8, UINT codepage) {
  /* Console programs end lines with CRLF; the samples were saved with LF. */
  size_t length = lstrlenA(utf8);
  char *crlf = HeapAlloc(GetProcessHeap(), 0, length * 2 + 1);
  size_t used = 0;
  for (size_t i = 0; i < length; i++) {
    if (utf8[i] == '\n' && (i == 0 || utf8[i - 1] != '\r')) crlf[used++] = '\r';
    crlf[used++] = utf8[i];
  }
  crlf[used] = 0;

  wchar_t *wide = wide_of(crlf, (int)used);
  if (!wide) broken(L"a sample is not UTF-8", NULL);
  if (used == 0) return;
  BOOL lossy = FALSE;
  BOOL *lossy_ptr = codepage == CP_UTF8 || codepage == CP_UTF7 ? NULL : &lossy;
  int n = WideCharToMultiByte(codepage, 0, wide, -1, NULL, 0, NULL, lossy_ptr);
  char *bytes = HeapAlloc(GetProcessHeap(), 0, n > 0 ? n : 1);
  WideCharToMultiByte(codepage, 0, wide, -1, bytes, n, NULL, lossy_ptr);
  if (lossy) broken(L"a sample holds characters its code page cannot print", NULL);
  write_all(GetStdHandle(STD_OUTPUT_HANDLE), bytes, (DWORD)(n > 0 ? n - 1 : 0));
}

void log_line(const wchar_t *line) {
  const wchar_t *path = scenario_get(L"log");
  if (!path) return;
  HANDLE file = CreateFileW(path, FILE_APPEND_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                            OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
  if (file == INVALID_HANDLE_VALUE) broken(L"cannot write the call log", path);
  int length = 0;
  char *text = utf8_of(line, &length);
  write_all(file, text, (DWORD)length);
  write_all(file, "\n", 1);
  CloseHandle(file);
}

BOOL stand_in_elevated(void) {
  wchar_t value[8];
  DWORD n = GetEnvironmentVariableW(L"REGROUP_STAND_IN_ELEVATED", value, 8);
  return n == 1 && value[0] == L'1';
}
