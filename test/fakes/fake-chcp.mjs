#!/usr/bin/env node
// A stand-in for Windows chcp.com: prints the console code page in the layout of the English
// original ("Active code page: 850"); FAKE_CODEPAGE picks the number (437 by default).
process.stdout.write(`Active code page: ${process.env.FAKE_CODEPAGE ?? '437'}\r\n`);
