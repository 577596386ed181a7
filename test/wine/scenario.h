/*
 * The scenario that the Wine tests hand to the Windows stand-ins (klist.exe, chcp.com): a UTF-8
 * file of `key=value` lines named `regroup-scenario.txt` next to the running executable (else in
 * System32). The test writes it before each run; the stand-ins only read it (and append to the
 * call log it names).
 *
 * Keys read by klist.exe (see klist.c): `codepage`, `log`, and one key per command and state whose
 * value is the Windows path of a real sample to print. chcp.com reads `codepage` and `chcp`.
 */
#ifndef REGROUP_WINE_SCENARIO_H
#define REGROUP_WINE_SCENARIO_H

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#define SCENARIO_FILE L"regroup-scenario.txt"

/* Loads the scenario next to this executable. Exits with STAND_IN_BROKEN when it cannot. */
void scenario_load(void);

/* The value of `key` (UTF-16), or NULL when the scenario does not set it. */
const wchar_t *scenario_get(const wchar_t *key);

/* The console code page the stand-ins write in (`codepage`, 437 when absent). */
UINT scenario_codepage(void);

/* Reads a whole file into a NUL-terminated buffer; NULL when it cannot be read. */
char *read_whole_file(const wchar_t *path, DWORD *size);

/*
 * Writes UTF-8 text to standard output as a console program writes it for the code page: LF
 * becomes CRLF, then the text is converted with WideCharToMultiByte. A character the code page
 * cannot hold is a broken scenario (the real tool would print '?'), so that exits loudly.
 */
void write_in_codepage(const char *utf8, UINT codepage);

/* Appends one line (UTF-8) to the call log named by `log`, when there is one. */
void log_line(const wchar_t *line);

/*
 * Whether this process plays one that UAC started elevated: the powershell.exe stand-in sets
 * REGROUP_STAND_IN_ELEVATED=1 only for what it starts after an approved prompt. Call logs name
 * such a process `<tool>@elevated`.
 */
BOOL stand_in_elevated(void);

/* Says on stderr what the stand-in will not do, and exits with `code`. */
void stop(DWORD code, const wchar_t *what, const wchar_t *detail);

/* Exit code of a stand-in whose scenario is broken (never a code the real tools use). */
#define STAND_IN_BROKEN 98
#define broken(what, detail) stop(STAND_IN_BROKEN, (what), (detail))

#endif
