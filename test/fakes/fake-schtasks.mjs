#!/usr/bin/env node
// A stand-in for Windows schtasks.exe (the Task Scheduler in fake-task-scheduler.mjs). It accepts
// only the command lines Regroup's helper uses, and answers as schtasks.exe does, in the state's
// display language, with exit code 1 on every failure:
//   /create /tn <\path> /xml <file> /f   (elevated only; the file UTF-16LE with a byte-order mark)
//   /query /tn <\path> /xml              (the stored XML; readable when the descriptor lets the caller)
//   /delete /tn <\path> /f               (elevated only)
// Anything else is schtasks' "Invalid argument" and is recorded in `violations`.
import fs from 'node:fs';
import { callerElevated, loadTasks, saveTasks, usersMay, WORDS } from './fake-task-scheduler.mjs';

const state = loadTasks('schtasks');
const args = process.argv.slice(2);
state.calls = [...(state.calls ?? []), { tool: 'schtasks', args }];
const words = WORDS[state.language ?? 'en'];
const elevated = callerElevated();

function done(code, text, stream = code === 0 ? process.stdout : process.stderr) {
  saveTasks(state);
  if (text) stream.write(`${text}\r\n`);
  process.exit(code);
}
function invalid(word) {
  state.violations = [...(state.violations ?? []), `schtasks ${args.join(' ')}`];
  done(1, words.invalid(word));
}

const [verb, tnSwitch, tn, ...rest] = args;
if (tnSwitch?.toLowerCase() !== '/tn' || !tn?.startsWith('\\')) invalid(tnSwitch ?? verb ?? '');
const task = state.tasks[tn];

switch (verb?.toLowerCase()) {
  case '/create': {
    if (rest.length !== 3 || rest[0] !== '/xml' || rest[2] !== '/f') invalid(rest[0] ?? '');
    if (!elevated) done(1, words.denied);
    const bytes = fs.readFileSync(rest[1]);
    const xml = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : '';
    if (!xml.includes('<Task ') || !xml.includes('</Task>')) done(1, words.malformed);
    state.tasks[tn] = { xml, lastRunTime: 0, lastResult: 0x41303 };
    done(0, words.created(tn.split('\\').pop()));
    break;
  }
  case '/query':
    if (rest.length !== 1 || rest[0] !== '/xml') invalid(rest[0] ?? '');
    if (!task) done(1, words.notFound);
    if (!elevated && !usersMay(task.xml, 'FR')) done(1, words.denied);
    // schtasks prints the stored definition.
    done(0, task.xml.trimEnd());
    break;
  case '/delete':
    if (rest.length !== 1 || rest[0] !== '/f') invalid(rest[0] ?? '');
    if (!task) done(1, words.notFound);
    if (!elevated) done(1, words.denied);
    delete state.tasks[tn];
    done(0, words.deleted(tn));
    break;
  default:
    invalid(verb ?? '');
}
