// Loaded into the room server's process by test/e2e/lan-only.test.ts (NODE_OPTIONS=--import this file,
// with RU_NET_WATCH=<file>): writes one JSON line per network endpoint the process (and any worker or
// child it starts, which inherit NODE_OPTIONS) tries to reach or opens: TCP connects (net, http, https,
// tls and fetch/undici all end in net.Socket#connect), listening sockets, UDP sends and binds, and DNS
// look-ups (asking a resolver is itself traffic, and names a host outside the room).
//
// Why wrap the APIs rather than read /proc/<pid>/net/tcp: that table is the whole network namespace's,
// not this process's, and it is a snapshot, so a connection that fails at once (as any attempt past the
// LAN does on an offline machine) or lives for a millisecond is never seen. Wrapping records every
// attempt, successful or not, with the target as the code named it.
// Plain JavaScript so it needs no loader.
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';

const out = process.env.RU_NET_WATCH;
if (out) {
  const log = (entry) => {
    try {
      fs.appendFileSync(out, JSON.stringify({ pid: process.pid, ...entry }) + '\n');
    } catch {
      // The log is the test's; the server must not fail because of it.
    }
  };

  /** net.Socket#connect(options | port[, host] | path[, cb]), as normalised by Node's own argument rules. */
  const target = (args) => {
    const [first, second] = Array.isArray(args[0]) ? args[0] : args;
    // A path is a local pipe or Unix socket (tsx's loader talks to its parent over one): no host.
    if (first !== null && typeof first === 'object' && first.path) return { host: null, port: null, path: first.path };
    if (first !== null && typeof first === 'object') return { host: first.host ?? 'localhost', port: first.port ?? null, path: null };
    if (typeof first === 'string' && Number.isNaN(Number(first))) return { host: null, port: null, path: first };
    return { host: typeof second === 'string' ? second : 'localhost', port: Number(first), path: null };
  };

  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function watchedConnect(...args) {
    log({ kind: 'tcp-connect', ...target(args) });
    return connect.apply(this, args);
  };

  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function watchedListen(...args) {
    const [first, second] = args;
    if (first !== null && typeof first === 'object' && first.path) log({ kind: 'tcp-listen', host: null, port: null, path: first.path });
    else if (first !== null && typeof first === 'object') log({ kind: 'tcp-listen', host: first.host ?? '::', port: first.port ?? null, path: null });
    else if (typeof first === 'string' && Number.isNaN(Number(first))) log({ kind: 'tcp-listen', host: null, port: null, path: first });
    else log({ kind: 'tcp-listen', host: typeof second === 'string' ? second : '::', port: Number(first ?? 0), path: null });
    return listen.apply(this, args);
  };

  const send = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function watchedSend(...args) {
    // send(msg[, offset, length], port[, address][, cb])
    const rest = args.slice(1).filter((a) => typeof a !== 'function');
    const numbers = rest.filter((a) => typeof a === 'number');
    const address = rest.find((a) => typeof a === 'string');
    log({ kind: 'udp-send', host: address ?? 'localhost', port: numbers.length ? numbers[numbers.length - 1] : null, path: null });
    return send.apply(this, args);
  };
  const dgramConnect = dgram.Socket.prototype.connect;
  dgram.Socket.prototype.connect = function watchedUdpConnect(port, address, ...rest) {
    log({ kind: 'udp-connect', host: typeof address === 'string' ? address : 'localhost', port, path: null });
    return dgramConnect.call(this, port, address, ...rest);
  };

  const lookup = dns.lookup;
  dns.lookup = function watchedLookup(hostname, ...rest) {
    log({ kind: 'dns-lookup', host: hostname, port: null, path: null });
    return lookup.call(this, hostname, ...rest);
  };
  const promiseLookup = dns.promises.lookup;
  dns.promises.lookup = function watchedPromiseLookup(hostname, ...rest) {
    log({ kind: 'dns-lookup', host: hostname, port: null, path: null });
    return promiseLookup.call(this, hostname, ...rest);
  };
  for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveSrv', 'resolveTxt', 'reverse']) {
    const original = dns[name];
    if (typeof original !== 'function') continue;
    dns[name] = function watchedResolve(hostname, ...rest) {
      log({ kind: `dns-${name}`, host: hostname, port: null, path: null });
      return original.call(this, hostname, ...rest);
    };
  }
  log({ kind: 'watching', host: null, port: null, path: null, argv: process.argv.slice(1, 3) });
}
