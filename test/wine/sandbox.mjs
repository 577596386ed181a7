#!/usr/bin/env node
// Runs one Windows program under Wine inside a private network and mount namespace, for the Wine
// tests. Started as `unshare --net --mount -- node sandbox.mjs SPEC.json` (root); the namespace
// ends with this script, so nothing it starts can reach or outlive into the host's network.
//
// Inside: loopback comes up (the only interface); /etc/hosts, /etc/resolv.conf and /etc/localtime
// are replaced by the spec's files, privately (bind mounts in this mount namespace only); a TCP
// listener stands in for the domain controller's Kerberos port when the spec says the KDC is up;
// a small DNS server on 127.0.0.1 answers the domain's SRV and A records (or NXDOMAIN, or never
// answers, as the spec says: Wine reports no ICMP "port unreachable" to Windows programs, so a
// missing DNS server would look like one that drops queries). Then
// wine runs the program with its standard streams on FILES (Windows node.exe fails with EBADF on
// Unix pipes), `wineserver -k` ends every Wine process of the prefix, and the exit code and
// duration are written to the spec's result file.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

execFileSync('ip', ['link', 'set', 'lo', 'up']);
for (const [file, target] of Object.entries(spec.mounts ?? {})) {
  execFileSync('mount', ['--bind', file, target]);
}

const servers = [];
const listen = (server, ...args) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(...args, resolve);
    servers.push(server);
  });
for (const kdc of spec.kdcs ?? []) {
  // A Kerberos port that accepts connections: all the pre-flight asks of a domain controller.
  await listen(
    net.createServer((socket) => socket.destroy()),
    kdc.port,
    kdc.host,
  );
}
// The DNS server named in the namespace's resolv.conf (127.0.0.1:53).
const dns = dgram.createSocket('udp4');
await new Promise((resolve) => dns.bind(53, '127.0.0.1', resolve));
servers.push(dns);
dns.on('message', (query, peer) => {
  if (spec.dns.mode === 'drop') return; // a DNS server that never answers (VPN DNS unreachable)
  const answer = dnsAnswer(query, spec.dns.mode === 'answer' ? spec.dns.records : {});
  if (answer) dns.send(answer, peer.port, peer.address);
});

/** `_kerberos._tcp.contoso.com` -> its labels, as DNS writes names. */
function encodeName(name) {
  const parts = name
    .split('.')
    .filter(Boolean)
    .map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label, 'ascii')]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}

/**
 * The answer to one query: the SRV and A records of `records` (lower-case name -> records), or
 * NXDOMAIN. Enough DNS for a resolver asking one question; null for anything else.
 */
function dnsAnswer(query, records) {
  if (query.length < 12 || query.readUInt16BE(4) !== 1) return null;
  let at = 12;
  const labels = [];
  while (at < query.length && query[at] !== 0) {
    labels.push(query.subarray(at + 1, at + 1 + query[at]).toString('ascii'));
    at += query[at] + 1;
  }
  const questionEnd = at + 5;
  if (questionEnd > query.length) return null;
  const type = query.readUInt16BE(at + 1);
  const matching = (records[labels.join('.').toLowerCase()] ?? []).filter(
    (r) => (r.type === 'SRV' && type === 33) || (r.type === 'A' && type === 1),
  );
  const known = records[labels.join('.').toLowerCase()] !== undefined;
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8180 | (known ? 0 : 3), 2); // response, recursion; NXDOMAIN if unknown
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(matching.length, 6);
  const answers = matching.map((r) => {
    const data =
      r.type === 'SRV'
        ? Buffer.concat([
            Buffer.from([0, r.priority ?? 0, 0, r.weight ?? 100, r.port >> 8, r.port & 255]),
            encodeName(r.target),
          ])
        : Buffer.from(r.address.split('.').map(Number));
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0); // the question's name
    fixed.writeUInt16BE(r.type === 'SRV' ? 33 : 1, 2);
    fixed.writeUInt16BE(1, 4);
    fixed.writeUInt32BE(60, 6);
    fixed.writeUInt16BE(data.length, 10);
    return Buffer.concat([fixed, data]);
  });
  return Buffer.concat([header, query.subarray(12, questionEnd), ...answers]);
}

const started = Date.now();
const stdin = spec.stdin ? fs.openSync(spec.stdin, 'r') : 'ignore';
const child = spawn(spec.wine, spec.argv, {
  env: spec.env,
  cwd: spec.cwd,
  stdio: [stdin, fs.openSync(spec.stdout, 'w'), fs.openSync(spec.stderr, 'w')],
});
let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  spawnSync('wineserver', ['-k'], { env: spec.env });
}, spec.timeoutMs);

const [code, signal] = await new Promise((resolve) => child.on('close', (c, s) => resolve([c, s])));
clearTimeout(timer);
const seconds = (Date.now() - started) / 1000;
// Every Wine process of the prefix (services, the console host ...) ends here, with the namespace,
// and the wineserver is gone before the next run starts its own in a new namespace.
spawnSync('wineserver', ['-k'], { env: spec.env });
spawnSync('wineserver', ['-w'], { env: spec.env, timeout: 10_000 });
for (const server of servers) server.close();
fs.writeFileSync(spec.result, JSON.stringify({ code, signal, timedOut, seconds }));
