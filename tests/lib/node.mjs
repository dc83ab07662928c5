// Starts a real aitbc-node process and connects @polkadot/api to it.
// Used by the end-to-end tests and by scripts/load.mjs.

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';

/** The node binary: $AITBC_NODE, or the shared target directory's release build. */
export function nodeBinary() {
  if (process.env.AITBC_NODE) return process.env.AITBC_NODE;
  const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache', 'aitbc-target');
  return join(target, 'release', 'aitbc-node');
}

/** Runs a helper program (`aitbc`, the prover); resolves with its stdout, rejects with its stderr. */
export function run(program, args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${program} ${args.join(' ')} exited ${code}: ${err}`))));
    child.stdin.end(input ?? '');
  });
}

/** The rehearsal runtime runtime/build.rs writes beside the runtime the node embeds. */
export function rehearsalWasm() {
  const path = process.env.AITBC_UPGRADE_WASM ?? join(
    dirname(nodeBinary()), 'wbuild', 'aitbc-runtime', 'aitbc_runtime_upgrade_rehearsal.compact.compressed.wasm',
  );
  if (!existsSync(path)) throw new Error(`${path} is missing (build with AITBC_UPGRADE_REHEARSAL=1, as scripts/lib.sh does)`);
  return readFileSync(path);
}

/** A TCP port on loopback that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `predicate` returns a truthy value, polling; rejects after `timeoutMs`. */
export async function waitFor(what, predicate, timeoutMs = 60_000, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Spawns `aitbc-node --dev` (single validator Alice, temporary storage) on free loopback ports.
 * Returns { api, process, rpcPort, prometheusPort, logFile, startedAt, stop() }.
 */
export async function startDevNode({ extraArgs = [], connect = true } = {}) {
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const prometheusPort = await freePort();
  const basePath = mkdtempSync(join(tmpdir(), 'aitbc-node-'));
  const logFile = join(basePath, 'node.log');
  const args = [
    '--dev',
    '--base-path', basePath,
    '--rpc-port', String(rpcPort),
    '--port', String(p2pPort),
    '--prometheus-port', String(prometheusPort),
    '--no-telemetry',
    '--no-mdns',
    ...extraArgs,
  ];
  const startedAt = Date.now();
  const child = spawn(nodeBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const stop = async () => {
    if (api) await api.disconnect().catch(() => {});
    if (exited === null) {
      child.kill('SIGINT');
      await waitFor('node exit', () => exited !== null, 30_000).catch(() => child.kill('SIGKILL'));
    }
    rmSync(basePath, { recursive: true, force: true });
  };

  let api = null;
  if (connect) {
    const url = `ws://127.0.0.1:${rpcPort}`;
    try {
      await waitFor('the node RPC port', async () => {
        if (exited !== null) throw new Error(`aitbc-node exited early (${JSON.stringify(exited)}); see ${logFile}`);
        return portOpen(rpcPort);
      }, 120_000);
      api = await ApiPromise.create({ provider: new WsProvider(url, 1000), noInitWarn: true, throwOnConnect: true });
    } catch (e) {
      await stop();
      throw e;
    }
  }
  return { api, process: child, rpcPort, prometheusPort, basePath, logFile, startedAt, stop, exited: () => exited };
}

function portOpen(port) {
  return new Promise((resolve) => {
    import('node:net').then(({ connect }) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
  });
}

/** Resident memory of a process, in MiB, from /proc. */
export async function residentMiB(pid) {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Resolves with the first header whose number is at least `n` (best or finalized). */
export function waitForBlock(api, n, { finalized = false, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    const timer = setTimeout(() => {
      if (unsub) unsub();
      reject(new Error(`no ${finalized ? 'finalized ' : ''}block #${n} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscribe = finalized ? api.rpc.chain.subscribeFinalizedHeads : api.rpc.chain.subscribeNewHeads;
    subscribe((header) => {
      if (header.number.toNumber() >= n) {
        clearTimeout(timer);
        if (unsub) unsub();
        resolve(header);
      }
    }).then((u) => { unsub = u; });
  });
}

/**
 * Signs and sends `tx`, resolving when it is in a finalized block (or rejecting on a dispatch
 * error) with { blockHash, events }.
 */
export function sendAndFinalize(api, tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    tx.signAndSend(signer, options, (result) => {
      const { status, dispatchError, events } = result;
      if (dispatchError) {
        if (unsub) unsub();
        if (dispatchError.isModule) {
          const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
          reject(new Error(`${section}.${name}: ${docs.join(' ')}`));
        } else {
          reject(new Error(dispatchError.toString()));
        }
        return;
      }
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        if (unsub) unsub();
        reject(new Error(`transaction ${status.type}`));
      }
      if (status.isFinalized) {
        if (unsub) unsub();
        resolve({ blockHash: status.asFinalized, events });
      }
    }).then((u) => { unsub = u; }, reject);
  });
}
