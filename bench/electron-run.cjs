// Runs the built main process (dist/main/main.js) against a recording stand-in for Electron, in a
// child of the benchmark, and prints one JSON line: how long evaluating main.js and starting took,
// and, with --idle, what the app did during 10 minutes of fake time with its window hidden (timer
// wake-ups, klist spawns). No Electron binary exists here, so Electron is what this replaces:
// every call into it is recorded, and the answers are those of a hidden window on a quiet desktop.
'use strict';
const started = process.hrtime.bigint();
const Module = require('node:module');
const childProcess = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const idle = process.argv.includes('--idle');
const calls = [];

/** A recording stand-in: any property is another stand-in, any call is recorded. */
function stub(name, answers) {
  const fn = function () {};
  return new Proxy(fn, {
    get(_target, key) {
      if (key === 'then') return undefined; // not a promise
      if (typeof key === 'symbol') return undefined;
      const full = `${name}.${key}`;
      if (Object.hasOwn(answers, full)) {
        const answer = answers[full];
        return typeof answer === 'function'
          ? (...args) => (calls.push(full), answer(...args))
          : answer;
      }
      return stub(full, answers);
    },
    apply() {
      calls.push(name);
      return stub(`${name}()`, answers);
    },
    construct() {
      calls.push(`new ${name}`);
      return stub(`${name}#`, answers);
    },
  });
}

const answers = {
  'electron.app.requestSingleInstanceLock': () => true,
  'electron.app.whenReady': () => Promise.resolve(),
  'electron.app.getLocale': () => 'en',
  'electron.app.getAppPath': () => root,
  'electron.app.getLoginItemSettings': () => ({ openAtLogin: false }),
  'electron.nativeTheme.shouldUseDarkColors': false,
  'electron.BrowserWindow#.isDestroyed': () => false,
  'electron.BrowserWindow#.isVisible': () => false,
  'electron.BrowserWindow#.getSize': () => [400, 560],
  'electron.BrowserWindow#.loadFile': () => Promise.resolve(),
  'electron.BrowserWindow#.webContents': {
    id: 1,
    send: (...args) => calls.push(`webContents.send ${args[0]}`),
    on: () => undefined,
    setWindowOpenHandler: () => undefined,
    isDestroyed: () => false,
  },
  'electron.Tray#.getBounds': () => ({ x: 0, y: 0, width: 0, height: 0 }),
};
const electron = stub('electron', answers);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron' : resolve.call(this, request, ...rest);
};
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron };

// Every tool the app starts is counted (klist, kinit ...).
const spawned = [];
const realSpawn = childProcess.spawn;
childProcess.spawn = function (file, args, ...rest) {
  spawned.push({ at: clock.now(), file: path.basename(String(file)), args });
  return realSpawn.call(this, file, args, ...rest);
};

// Fake time for the idle run: timers wait for `advance`, Date.now follows the fake clock.
const realNow = Date.now;
const clock = { offset: 0, now: () => realNow() + clock.offset };
const timers = new Map();
let nextId = 1;
if (idle) {
  const add = (fn, ms, repeat, args) => {
    const id = nextId++;
    const delay = Math.max(1, Number(ms) || 0);
    timers.set(id, { fn, args, delay, at: clock.now() + delay, repeat });
    return {
      id,
      unref() {
        return this;
      },
      ref() {
        return this;
      },
      hasRef: () => true,
      [Symbol.toPrimitive]: () => id,
    };
  };
  const clear = (handle) =>
    timers.delete(typeof handle === 'object' && handle ? handle.id : handle);
  global.setTimeout = (fn, ms, ...args) => add(fn, ms, false, args);
  global.setInterval = (fn, ms, ...args) => add(fn, ms, true, args);
  global.clearTimeout = clear;
  global.clearInterval = clear;
  Date.now = () => clock.now();
}

async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

async function main() {
  const beforeMain = process.hrtime.bigint();
  require(path.join(root, 'dist', 'main', 'main.js'));
  const evaluated = process.hrtime.bigint();
  if (process.argv.includes('--evaluate-only')) process.exit(0);
  await settle();
  // Wait (really) for the start-up list to finish: the app spawns klist once when it starts.
  const deadline = realNow() + 20_000;
  while (realNow() < deadline && !calls.some((c) => c.startsWith('webContents.send'))) {
    await new Promise((r) => setImmediate(r));
  }
  const result = {
    processToMainMs: Number(beforeMain - started) / 1e6,
    evaluateMs: Number(evaluated - beforeMain) / 1e6,
    startSpawns: spawned.length,
    electronCalls: calls.length,
  };
  if (idle) {
    const spawnsBefore = spawned.length;
    const wakeups = [];
    const idleStart = clock.now();
    const end = idleStart + 10 * 60_000;
    for (;;) {
      let next = null;
      for (const [id, t] of timers) if (!next || t.at < next[1].at) next = [id, t];
      if (!next || next[1].at > end) break;
      const [id, t] = next;
      clock.offset += Math.max(0, t.at - clock.now());
      if (t.repeat) t.at += t.delay;
      else timers.delete(id);
      wakeups.push(Math.round((clock.now() - idleStart) / 1000));
      t.fn(...(t.args ?? []));
      await settle();
    }
    result.idleWakeups = wakeups.length;
    result.idleWakeupSeconds = wakeups;
    result.idleSpawns = spawned.length - spawnsBefore;
    result.idleMinutes = 10;
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error) => {
  process.stdout.write(`${JSON.stringify({ error: String(error && error.stack) })}\n`);
  process.exit(1);
});
