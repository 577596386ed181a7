/**
 * A stand-in KDC proxy for tests: a real HTTPS server on loopback with a self-signed certificate
 * made by openssl for this run (as an IT department's proxy with a certificate from its own CA,
 * which Node does not trust). It answers every request with 400, and counts TLS handshakes and
 * HTTP requests, so that a test can see that the pre-flight shook hands and sent nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface KdcProxyServer {
  port: number;
  /** Completed TLS handshakes. */
  handshakes(): number;
  /** HTTP requests received (the pre-flight must send none). */
  requests(): number;
  close(): Promise<void>;
}

export async function startKdcProxyServer(): Promise<KdcProxyServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-kdcproxy-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=kdcproxy.contoso.com',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  let handshakes = 0;
  let requests = 0;
  const server = https.createServer(
    { key: fs.readFileSync(key), cert: fs.readFileSync(cert) },
    (_request, response) => {
      requests += 1;
      response.writeHead(400).end();
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  server.on('secureConnection', () => (handshakes += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    handshakes: () => handshakes,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
