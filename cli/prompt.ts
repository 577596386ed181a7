/** What the password prompt got: a password, no terminal to ask on, or Ctrl+C / Ctrl+D. */
export type PasswordAnswer =
  { kind: 'password'; value: string } | { kind: 'no-terminal' } | { kind: 'cancelled' };

/** Asks for a password on the terminal without echoing it. */
export function promptHidden(question: string): Promise<PasswordAnswer> {
  const input = process.stdin;
  if (!input.isTTY || !process.stderr.isTTY) return Promise.resolve({ kind: 'no-terminal' });
  return new Promise((resolve) => {
    let value = '';
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (result: PasswordAnswer): void => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      resolve(result);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish({ kind: 'password', value });
        if (ch === '\u0003' || ch === '\u0004') return finish({ kind: 'cancelled' }); // Ctrl+C, Ctrl+D
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on('data', onData);
  });
}
