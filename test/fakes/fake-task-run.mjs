// The fake powershell.exe running one of Regroup's helper scripts (core/kerberos/windows/
// helper-task.ts `runScript`): only the exact scripts listed in FAKE_TASK_SCRIPTS (a JSON file
// the test writes from that module) are accepted. As on Windows, the task must exist and its
// descriptor must let the caller run it (Authenticated Users FX) unless the caller is elevated;
// then its one action runs as SYSTEM (FAKE_ELEVATED=1), `%SystemRoot%` being the fake Windows
// folder, and the script's line `regroup-task <State> <LastTaskResult>` is printed. The state's
// `hang` leaves the task running (State Running, LastTaskResult 0x41301) as a stuck task would.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import {
  callerElevated,
  loadTasks,
  saveTasks,
  taskAction,
  usersMay,
  WORDS,
} from './fake-task-scheduler.mjs';

export function runTaskScript(script) {
  const state = loadTasks('powershell');
  const words = WORDS[state.language ?? 'en'];
  const known = JSON.parse(fs.readFileSync(process.env.FAKE_TASK_SCRIPTS ?? '', 'utf8'));
  const finish = (code, out, err) => {
    saveTasks(state);
    if (out) process.stdout.write(`${out}\r\n`);
    if (err) process.stderr.write(`${err}\r\n`);
    return code;
  };
  if (!Object.values(known).includes(script)) {
    state.violations = [...(state.violations ?? []), 'powershell: unknown task script'];
    return finish(1, '', "fake powershell: not one of Regroup's helper scripts");
  }
  const folder = /\$p = '([^']*)'/.exec(script)?.[1] ?? '';
  const name = /\$n = '([^']*)'/.exec(script)?.[1] ?? '';
  const path = `${folder}${name}`;
  state.calls = [...(state.calls ?? []), { tool: 'powershell', task: path }];
  const task = state.tasks[path];
  if (!task) return finish(1, '', words.noTask(name));
  const elevated = callerElevated();
  if (!elevated && !usersMay(task.xml, 'FX')) return finish(1, '', words.psDenied);
  if (state.hang) return finish(0, `regroup-task Running ${0x41301}`);
  const action = taskAction(task.xml);
  const ran = spawnSync(action.file, action.args, {
    env: { ...process.env, FAKE_ELEVATED: '1' },
    encoding: 'utf8',
  });
  task.lastRunTime = Date.now();
  // A missing program: the Task Scheduler's ERROR_FILE_NOT_FOUND as an HRESULT.
  task.lastResult = ran.error ? 0x80070002 : (ran.status ?? 1);
  return finish(0, `regroup-task Ready ${task.lastResult}`);
}
