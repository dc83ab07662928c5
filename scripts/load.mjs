#!/usr/bin/env node
// Load script: signs and submits extrinsics through @polkadot/api against a real aitbc-node and
// reports how many per second the chain includes. Later capabilities add workloads here so their
// throughput is compared with plain transfers in the same run.
//
//   node scripts/load.mjs                        spawn a --dev node, measure startup, idle memory
//                                                and transfers per second
//   node scripts/load.mjs --url ws://127.0.0.1:9944 --duration 60 --senders 300
//   node scripts/load.mjs --workload receipts    compute receipts instead: jobs are called and
//                                                their results submitted first, then relayers
//                                                submit the operators' signed receipts (claims)
//   node scripts/load.mjs --workload settlements settlements: jobs are called, delivered and
//                                                claimed first (batched per operator), then their
//                                                clients settle them with receipts.acceptMany
//                                                batches of `receipts.maxBatch` job ids
//   node scripts/load.mjs --compare              transfers, then settlements, against the same
//   (= --workload compare)                       node in one run: both rates, their ratio, and
//                                                the weight of one settled job
//
// --jobs N (default 6144) jobs for receipts/settlements, one client per service of at most
// `services.maxPendingJobsPerService` jobs, --operators (default 4) operators. The JSON report
// gives per_second and max_per_block (settlements: settled_per_second, counted from the
// ReceiptSettled events of the transactions; settled_by_hook separately), the weight of one item
// from the runtime's fee estimate (weight_per_item_ref_time, max_per_block_by_weight: a batch's
// worst case, every job its own operator) and from the blocks (block_ref_time_per_item, normal
// class, after refunds; max_per_block_by_used_weight); compare adds the ratios.
//
// --presign N (default 16384): extrinsics signed before the load starts, so the signing client
// is not what limits the rate.
//
// Every loop is bounded: the load stops after --duration seconds or --max-tx extrinsics, every
// wait has a timeout, and setup resends a refused batch in a bounded number of waves. Only
// loopback addresses: --url must name 127.0.0.1, ::1 or localhost.

import { parseArgs } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { residentMiB, startDevNode, waitForBlock } from '../tests/lib/node.mjs';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import {
  GPU, eventData, receiptCall, resultCall, serviceTerms, submit,
} from '../tests/lib/market.mjs';

const AIT = 10n ** 12n;

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    duration: { type: 'string', default: '60' },
    senders: { type: 'string', default: '256' },
    'max-tx': { type: 'string', default: '200000' },
    'max-inflight': { type: 'string', default: '4096' },
    presign: { type: 'string', default: '16384' },
    workload: { type: 'string', default: 'transfers' },
    compare: { type: 'boolean', default: false },
    jobs: { type: 'string', default: '6144' },
    operators: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  },
});
if (opts.compare) opts.workload = 'compare';

/**
 * After the load, the script keeps counting until no block carried any of it for DRAIN_MS (two
 * blocks and more), at most DRAIN_MAX_MS: what the pool still holds lands in later blocks.
 */
const DRAIN_MS = 14_000;
const DRAIN_MAX_MS = 180_000;
/** Waves setup allows beyond twice the waves its work needs, for batches the chain refused. */
const SETUP_ATTEMPTS = 4;

function log(...args) {
  if (!opts.json) console.error('[load]', ...args);
}

/** Refuses any --url that is not on this machine. */
function loopbackUrl(url) {
  const { protocol, hostname } = new URL(url);
  if (!['ws:', 'wss:'].includes(protocol)) throw new Error(`--url must be ws:// or wss://, not ${protocol}`);
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(hostname)) {
    throw new Error(`--url must be a loopback address (127.0.0.1, ::1, localhost), not ${hostname}`);
  }
  return url;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** How long setup waits for one transaction to be in a block. */
const SETUP_TX_TIMEOUT_MS = 120_000;

/** `promise`, or a rejection after `ms` (the chain is stuck, or a nonce gap holds a batch back). */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `submit` (in a block, or the dispatch error) within SETUP_TX_TIMEOUT_MS. */
const send = (api, tx, signer, options) => withTimeout(submit(api, tx, signer, options), SETUP_TX_TIMEOUT_MS, `${tx.method.section}.${tx.method.method}`);

/** Sends Alice's transfers of `amount` to every account in `accounts`, in batches. */
async function fund(api, alice, accounts, amount = 1000n * AIT) {
  const chunk = 128;
  const pending = [];
  let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  for (let i = 0; i < accounts.length; i += chunk) {
    const calls = accounts.slice(i, i + chunk).map((s) => api.tx.balances.transferKeepAlive(s.address, amount));
    pending.push(send(api, api.tx.utility.batchAll(calls), alice, { nonce: nonce++ }));
  }
  await Promise.all(pending);
}

/**
 * Submits `work` ({ signer, calls, size }: one `utility.batchAll` each) in waves of at most
 * `perWave` size (e.g. claims, of which a block takes at most `receipts.maxReceiptsPerBlock`),
 * each wave all at once (consecutive nonces per signer), waiting for it before the next.
 * A refused batch (all or nothing) goes into the next wave; at most `maxWaves` waves.
 * Resolves with the events of every batch, in the order of `work`.
 */
async function submitInWaves(api, work, { perWave = Infinity, what = 'batches' } = {}) {
  const results = new Array(work.length);
  let todo = work.map((_, i) => i);
  const maxWaves = 2 * Math.ceil(work.reduce((sum, w) => sum + w.size, 0) / Math.min(perWave, 1e9)) + SETUP_ATTEMPTS;
  for (let wave = 1; todo.length > 0; wave++) {
    if (wave > maxWaves) throw new Error(`${todo.length} ${what} still refused after ${maxWaves} waves`);
    const now = [];
    let budget = perWave;
    // Round robin over signers, so every signer's batches go out at the same pace.
    const bySigner = new Map();
    for (const i of todo) {
      const key = work[i].signer.address;
      if (!bySigner.has(key)) bySigner.set(key, []);
      bySigner.get(key).push(i);
    }
    const queues = [...bySigner.values()];
    for (let progress = true; progress;) {
      progress = false;
      for (const queue of queues) {
        if (queue.length && work[queue[0]].size <= budget) {
          const i = queue.shift();
          budget -= work[i].size;
          now.push(i);
          progress = true;
        }
      }
    }
    if (now.length === 0) now.push(todo[0]);
    const nonces = new Map();
    for (const i of now) {
      const { address } = work[i].signer;
      if (!nonces.has(address)) nonces.set(address, (await api.rpc.system.accountNextIndex(address)).toNumber());
    }
    const outcomes = await Promise.allSettled(now.map((i) => {
      const { address } = work[i].signer;
      const nonce = nonces.get(address);
      nonces.set(address, nonce + 1);
      return withTimeout(submit(api, api.tx.utility.batchAll(work[i].calls), work[i].signer, { nonce }), SETUP_TX_TIMEOUT_MS, what);
    }));
    const failed = [];
    outcomes.forEach((o, k) => {
      if (o.status === 'fulfilled') results[now[k]] = o.value.events;
      else failed.push([now[k], o.reason]);
    });
    // A batch that never made it into a block may still: sending it again could run it twice.
    const lost = failed.find(([, e]) => /timed out after/.test(e.message));
    if (lost) throw lost[1];
    if (failed.length) log(`setup: ${failed.length} of ${now.length} ${what} refused (${failed[0][1].message}); they go again`);
    const done = new Set(now.filter((i) => results[i] !== undefined));
    todo = todo.filter((i) => !done.has(i));
  }
  return results;
}

/** `calls` in chunks of `chunk`, as `submitInWaves` work for `signer` (size: calls per item). */
function chunked(signer, calls, chunk, perItem = 1) {
  const work = [];
  for (let i = 0; i < calls.length; i += chunk) {
    const slice = calls.slice(i, i + chunk);
    work.push({ signer, calls: slice, size: slice.length / perItem });
  }
  return work;
}

/** The records of `section.method` events in `events`. */
const eventsOf = (events, section, method) => events.filter(({ event }) => event.section === section && event.method === method);

/**
 * Calls `count` jobs of one unit: one blueprint, `operatorCount` operators, one client per
 * service (each service holds at most `maxPendingJobsPerService` open jobs), each service served
 * by one operator, round robin. Requests, approvals and job calls go out in parallel. Returns
 * { jobs: [{ jobId, serviceId, price, client, operator }], clients, operators }.
 */
async function callJobs(api, alice, { count, operatorCount, label }) {
  const keyring = new Keyring({ type: 'sr25519' });
  const perService = api.consts.services.maxPendingJobsPerService.toNumber();
  const services = Math.ceil(count / perService);
  const maxServices = api.consts.services.maxServicesPerOperator.toNumber();
  const operatorsNeeded = Math.max(Math.min(operatorCount, services), Math.ceil(services / maxServices));
  const operators = Array.from({ length: operatorsNeeded }, (_, i) => keyring.addFromUri(`//Load//${label}//operator//${i}`));
  const clients = Array.from({ length: services }, (_, i) => keyring.addFromUri(`//Load//${label}//client//${i}`));
  const bond = api.consts.staking.minOperatorBond.toBigInt();
  log(`setup: ${count} jobs on ${services} services (one client each), ${operators.length} operators`);
  await fund(api, alice, operators, bond + 1000n * AIT);
  await fund(api, alice, clients, BigInt(perService) * AIT + 100n * AIT);

  // One blueprint; every operator bonds and registers for it.
  const name = `load-${label}`;
  const created = await send(api, api.tx.services.createBlueprint(name, u8aToHex(blake2AsU8a(name)), [{ name: 'run' }], GPU, 1, 600), alice);
  const { blueprintId } = eventData(api, created.events, 'services', 'BlueprintCreated');
  await Promise.all(operators.map(async (operator) => {
    await send(api, api.tx.staking.bond(bond), operator);
    await send(api, api.tx.services.registerOperator(blueprintId,
      { sessionKey: operator.publicKey, rpcEndpoint: 'http://127.0.0.1:0', capacity: 1_000_000 }, maxServices), operator);
  }));

  // Every client requests a service of its operator at once; each operator approves its requests in batches.
  const operatorOfClient = clients.map((_, s) => operators[s % operators.length]);
  const requested = await Promise.all(clients.map((client, s) => send(api, api.tx.services.requestService(
    blueprintId, serviceTerms({ operators: [operatorOfClient[s]] }), 600,
  ), client)));
  const requestIds = requested.map(({ events }) => eventsOf(events, 'services', 'ServiceRequested')[0].event.data[0].toNumber());
  const serviceOfRequest = new Map();
  const approvals = operators.flatMap((operator) => chunked(operator,
    requestIds.filter((_, s) => operatorOfClient[s] === operator).map((id) => api.tx.services.approve(id)), 64));
  for (const events of await submitInWaves(api, approvals, { what: 'approval batches' })) {
    for (const { event } of eventsOf(events, 'services', 'ServiceCreated')) {
      serviceOfRequest.set(event.data[1].toNumber(), event.data[0].toNumber());
    }
  }
  const serviceIds = requestIds.map((id) => serviceOfRequest.get(id));
  if (serviceIds.some((id) => id === undefined)) throw new Error('a service request was approved but no service was created');

  // Every client calls its jobs in one batch.
  const jobs = [];
  const calls = clients.map((client, s) => {
    const n = Math.min(perService, count - s * perService);
    return { signer: client, calls: Array.from({ length: n }, (_, j) => api.tx.services.callJob(serviceIds[s], 0, `0x${String(j).padStart(64, '0')}`, 1, AIT)), size: n };
  });
  const called = await submitInWaves(api, calls, { what: 'job call batches' });
  called.forEach((events, s) => {
    for (const { event } of eventsOf(events, 'services', 'JobCalled')) {
      jobs.push({ jobId: event.data[0].toNumber(), serviceId: serviceIds[s], price: event.data[4].toBigInt(), client: clients[s], operator: operatorOfClient[s] });
    }
  });
  jobs.sort((a, b) => a.jobId - b.jobId);
  log(`setup: ${jobs.length} jobs called`);
  return { jobs, clients, operators };
}

/** Groups `jobs` by their operator. */
function byOperator(jobs) {
  const groups = new Map();
  for (const job of jobs) {
    if (!groups.has(job.operator)) groups.set(job.operator, []);
    groups.get(job.operator).push(job);
  }
  return groups;
}

/** How many extrinsics of `block` are `section.method` and succeeded (by `records`). */
function succeeded(block, records, section, method) {
  const ok = new Set();
  for (const { event, phase } of records) {
    if (phase.isApplyExtrinsic && event.section === 'system' && event.method === 'ExtrinsicSuccess') ok.add(phase.asApplyExtrinsic.toNumber());
  }
  return block.block.extrinsics.filter((x, i) => ok.has(i) && x.method.section === section && x.method.method === method).length;
}

/** The records of ReceiptSettled events of `records`, split by who settled them. */
function settlementsIn(api, records) {
  let byTransactions = 0;
  let byHook = 0;
  for (const { event, phase } of records) {
    if (!api.events.receipts.ReceiptSettled.is(event)) continue;
    if (phase.isApplyExtrinsic) byTransactions++;
    else byHook++;
  }
  return { byTransactions, byHook };
}

/** Workloads: how to prepare the chain, what to submit next, and what a block counts. */
const WORKLOADS = {
  transfers: () => ({
    describe: 'Balances::transfer_keep_alive of 1 milli-AIT between funded accounts',
    unit: 'transfers',
    async setup() {},
    next(api, i, senders) {
      const k = i % senders.length;
      return { tx: api.tx.balances.transferKeepAlive(senders[(k + 1) % senders.length].address, AIT / 1000n), sender: senders[k] };
    },
    count(api, block, records) {
      return succeeded(block, records, 'balances', 'transferKeepAlive');
    },
    sample(api, senders) {
      return { tx: api.tx.balances.transferKeepAlive(senders[1].address, AIT / 1000n), sender: senders[0], items: 1 };
    },
  }),

  receipts: () => ({
    describe: 'Receipts::submit_receipt of an operator-signed receipt for a delivered job (1 unit): a claim; succeeded ones count',
    unit: 'receipts',
    receipts: [],
    async setup(api, senders, alice) {
      const { jobs } = await callJobs(api, alice, { count: Number(opts.jobs), operatorCount: Number(opts.operators), label: `receipts-${Date.now()}` });
      // A receipt claims a submitted result: the operators deliver every job first.
      await submitInWaves(api, [...byOperator(jobs)].flatMap(([operator, mine]) => chunked(operator, mine.map((job) => resultCall(api, job.jobId)), 64)),
        { what: 'result batches' });
      log(`setup: ${jobs.length} results submitted`);
      this.receipts = jobs.map((job) => receiptCall(api, job.operator, { jobId: job.jobId, client: job.client.address, computeUnits: 1, price: job.price }));
      log(`setup: ${this.receipts.length} receipts signed by their operators`);
    },
    next(api, i, senders) {
      if (i >= this.receipts.length) return null;
      return { tx: this.receipts[i], sender: senders[i % senders.length] };
    },
    count(api, block, records) {
      return succeeded(block, records, 'receipts', 'submitReceipt');
    },
  }),

  settlements: () => ({
    describe: 'Receipts::accept_many by each job\'s client of `maxBatch` claimed jobs: settlements',
    unit: 'settled jobs',
    batches: [],
    async setup(api, senders, alice) {
      const maxBatch = api.consts.receipts.maxBatch.toNumber();
      const { jobs } = await callJobs(api, alice, { count: Number(opts.jobs), operatorCount: Number(opts.operators), label: `settlements-${Date.now()}` });
      // Each operator delivers and claims its jobs: result and receipt, `maxBatch` jobs per batch, at
      // most `maxReceiptsPerBlock` claims a wave (a block takes no more).
      const perBlock = api.consts.receipts.maxReceiptsPerBlock.toNumber();
      const work = [...byOperator(jobs)].flatMap(([operator, mine]) => chunked(operator, mine.flatMap((job) => [
        resultCall(api, job.jobId),
        receiptCall(api, operator, { jobId: job.jobId, client: job.client.address, computeUnits: 1, price: job.price }),
      ]), 2 * maxBatch, 2));
      const claimed = [];
      for (const events of await submitInWaves(api, work, { perWave: perBlock, what: 'claim batches' })) {
        for (const { event } of eventsOf(events, 'receipts', 'ReceiptClaimed')) {
          claimed.push({ jobId: event.data[1].toNumber(), maturesAt: event.data[5].toNumber() });
        }
      }
      const jobOf = new Map(jobs.map((job) => [job.jobId, job]));
      // Claims that matured during the setup may already be settled by the hook: drop those.
      const stillOpen = [];
      for (let k = 0; k < claimed.length; k += 1024) {
        const chunk = claimed.slice(k, k + 1024);
        const found = await api.query.receipts.claims.multi(chunk.map((c) => c.jobId));
        chunk.forEach((c, j) => { if (found[j].isSome) stillOpen.push(c); });
      }
      if (stillOpen.length < claimed.length) log(`setup: the hook settled ${claimed.length - stillOpen.length} matured claims during the setup`);
      this.claimedCount = claimed.length;
      claimed.splice(0, claimed.length, ...stillOpen);
      // The hook settles matured claims in claim order, 64 a block: accept the latest claims
      // first, so the two meet only at the end (a batch with a job the hook settled fails whole).
      claimed.sort((a, b) => b.maturesAt - a.maturesAt || b.jobId - a.jobId);
      const open = new Map();
      for (const { jobId } of claimed) {
        const { client } = jobOf.get(jobId);
        if (!open.has(client)) open.set(client, []);
        const batch = open.get(client);
        batch.push(jobId);
        if (batch.length === maxBatch) {
          this.batches.push({ client, jobIds: batch });
          open.set(client, []);
        }
      }
      for (const [client, jobIds] of open) if (jobIds.length) this.batches.push({ client, jobIds });
      this.maxBatch = maxBatch;
      log(`setup: ${this.claimedCount} jobs delivered and claimed, ${claimed.length} still open; ${this.batches.length} acceptMany batches signed by ${new Set(this.batches.map((b) => b.client)).size} clients`);
    },
    next(api, i) {
      if (i >= this.batches.length) return null;
      const { client, jobIds } = this.batches[i];
      return { tx: api.tx.receipts.acceptMany(jobIds), sender: client };
    },
    count(api, block, records) {
      return settlementsIn(api, records).byTransactions;
    },
    sample(api) {
      const { client, jobIds } = this.batches[0] ?? {};
      if (!client) return null;
      const full = Array.from({ length: this.maxBatch }, (_, k) => jobIds[k % jobIds.length]);
      return { tx: api.tx.receipts.acceptMany(full), sender: client, items: this.maxBatch };
    },
  }),
};

/**
 * Runs one workload against `api`: setup, then `--duration` seconds (at most `--max-tx`
 * extrinsics) of load, then a drain; returns its report.
 */
async function runWorkload(api, name, senders, alice) {
  const workload = WORKLOADS[name]();
  const duration = Number(opts.duration) * 1000;
  const maxTx = Number(opts['max-tx']);
  const maxInflight = Number(opts['max-inflight']);
  await workload.setup(api, senders, alice);

  // The weight of one item (transfer, settled job), from the runtime's own fee estimate.
  let weightPerItem = null;
  const sample = workload.sample?.(api, senders);
  if (sample) {
    const info = await sample.tx.paymentInfo(sample.sender);
    weightPerItem = { refTime: info.weight.refTime.toBigInt() / BigInt(sample.items), proofSize: info.weight.proofSize.toBigInt() / BigInt(sample.items) };
  }

  const nonces = new Map();
  const nonceOf = async (who) => {
    if (!nonces.has(who.address)) nonces.set(who.address, (await api.rpc.system.accountNextIndex(who.address)).toNumber());
    const n = nonces.get(who.address);
    nonces.set(who.address, n + 1);
    return n;
  };

  // Count what blocks include while the load runs.
  const blocks = [];
  let failedInBlocks = 0;
  let lastCountedAt = 0;
  const unsub = await api.rpc.chain.subscribeNewHeads(async (header) => {
    const hash = header.hash;
    const at = await api.at(hash);
    const [block, now, records, weight] = await Promise.all([
      api.rpc.chain.getBlock(hash), at.query.timestamp.now(), at.query.system.events(), at.query.system.blockWeight(),
    ]);
    const counted = workload.count(api, block, records);
    if (counted > 0) lastCountedAt = Date.now();
    const { byHook } = settlementsIn(api, records);
    const failed = records.filter(({ event, phase }) => phase.isApplyExtrinsic && api.events.system.ExtrinsicFailed.is(event)).length;
    failedInBlocks += failed;
    blocks.push({ number: header.number.toNumber(), counted, timestamp: now.toNumber(), byHook, failed, normalRefTime: weight.normal.refTime.toBigInt() });
    log(`block #${header.number}: ${counted} ${workload.unit}${byHook ? ` (+${byHook} settled by the hook)` : ''}${failed ? `, ${failed} failed` : ''}`);
  });

  // Sign everything before the clock starts: one process signing as it submits cannot keep up
  // with what a block includes, and a client-bound rate would flatter whatever it is compared to.
  const presignLimit = Math.min(maxTx, Number(opts.presign));
  const presigned = [];
  for (let k = 0; k < presignLimit; k++) {
    const item = workload.next(api, k, senders);
    if (!item) break;
    presigned.push(await item.tx.signAsync(item.sender, { nonce: await nonceOf(item.sender), era: 0 }));
  }
  log(`${name}: ${presigned.length} extrinsics signed in advance`);

  let submitted = 0;
  let rejected = 0;
  let inflight = 0;
  const started = Date.now();
  let i = 0;
  log(`${name}: submitting ${workload.describe} for at most ${duration / 1000} s`);
  while (Date.now() - started < duration && i < maxTx) {
    if (inflight >= maxInflight) {
      await sleep(20);
      continue;
    }
    let signed = presigned[i];
    if (!signed) {
      const item = workload.next(api, i, senders);
      if (!item) break;
      signed = await item.tx.signAsync(item.sender, { nonce: await nonceOf(item.sender), era: 0 });
    }
    inflight++;
    api.rpc.author.submitExtrinsic(signed).then(
      () => { inflight--; submitted++; },
      (e) => { inflight--; rejected++; if (rejected <= 3) log(`rejected: ${e.message}`); },
    );
    i++;
    // Let the pool drain a little: the pool holds 8192 ready transactions by default.
    if (i % 512 === 0) await sleep(0);
  }
  const loadEnded = Date.now();
  // Blocks authored after the load ended still carry its transactions.
  const drainUntil = loadEnded + DRAIN_MAX_MS;
  for (;;) {
    await sleep(500);
    const quiet = Date.now() - Math.max(loadEnded, lastCountedAt) >= DRAIN_MS;
    if ((quiet && inflight === 0) || Date.now() >= drainUntil) break;
  }
  unsub();

  const window = blocks.filter((b) => b.counted > 0);
  const included = window.reduce((sum, b) => sum + b.counted, 0);
  let perSecond = 0;
  if (window.length >= 2) {
    // Items of the blocks after the first, over the time from the first to the last.
    const span = (window.at(-1).timestamp - window[0].timestamp) / 1000;
    perSecond = (included - window[0].counted) / span;
  } else if (window.length === 1) {
    // One block: its items over one block time.
    perSecond = (window[0].counted * 1000) / (2 * api.consts.timestamp.minimumPeriod.toNumber());
  }
  const report = {
    workload: name,
    submitted,
    rejected,
    failed_in_blocks: failedInBlocks,
    included,
    blocks_with_load: window.length,
    max_per_block: Math.max(0, ...window.map((b) => b.counted)),
    load_seconds: (loadEnded - started) / 1000,
    per_second: Math.round(perSecond * 10) / 10,
  };
  if (weightPerItem) {
    report.weight_per_item_ref_time = Number(weightPerItem.refTime);
    report.weight_per_item_proof_size = Number(weightPerItem.proofSize);
    const maxNormal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
    report.max_per_block_by_weight = Number(maxNormal / weightPerItem.refTime);
  }
  if (included > 0) {
    // What the blocks with load really used (normal class, every extrinsic in them).
    const used = window.reduce((sum, b) => sum + b.normalRefTime, 0n);
    report.block_ref_time_per_item = Number(used / BigInt(included));
    // A batch is charged its worst case and refunded what it did not use: what a full block
    // holds follows the weight the blocks really used.
    const maxNormal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
    if (used > 0n) report.max_per_block_by_used_weight = Number((maxNormal * BigInt(included)) / used);
  }
  if (name === 'settlements') {
    const settledByHook = blocks.reduce((sum, b) => sum + b.byHook, 0);
    Object.assign(report, {
      jobs_claimed: workload.claimedCount,
      settled_jobs: included,
      settled_by_hook: settledByHook,
      settled_per_second: report.per_second,
      accept_batch: workload.maxBatch,
    });
  }
  log(`${name}: ${report.per_second} ${workload.unit} per second included (${included} in ${window.length} blocks, at most ${report.max_per_block} in one; submitted ${submitted}, rejected ${rejected}, failed in blocks ${failedInBlocks})`);
  return report;
}

async function main() {
  await cryptoWaitReady();
  const runs = opts.workload === 'compare' ? ['transfers', 'settlements'] : [opts.workload];
  for (const name of runs) {
    if (!WORKLOADS[name]) throw new Error(`unknown workload '${name}'; known: ${[...Object.keys(WORKLOADS), 'compare'].join(', ')}`);
  }
  const report = { workload: opts.workload };

  let node = null;
  let api;
  if (opts.url) {
    api = await ApiPromise.create({ provider: new WsProvider(loopbackUrl(opts.url), 1000), noInitWarn: true, throwOnConnect: true });
  } else {
    // A pool big enough for the pre-signed load, so blocks stay full while it lasts.
    node = await startDevNode({ extraArgs: ['--pool-limit', '32768', '--pool-kbytes', '131072'] });
    api = node.api;
    const first = await waitForBlock(api, 1, { timeoutMs: 120_000 });
    report.startup_to_first_block_s = (Date.now() - node.startedAt) / 1000;
    log(`first block #${first.number} ${report.startup_to_first_block_s.toFixed(1)} s after spawning the node`);
    await sleep(20_000);
    report.idle_rss_mib = Math.round(await residentMiB(node.process.pid));
    log(`idle resident memory after 20 s: ${report.idle_rss_mib} MiB`);
  }

  try {
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const senders = Array.from({ length: Number(opts.senders) }, (_, i) => keyring.addFromUri(`//Load//${i}`));
    log(`funding ${senders.length} senders`);
    await fund(api, alice, senders);
    const results = [];
    for (const name of runs) results.push(await runWorkload(api, name, senders, alice));
    if (results.length === 1) {
      Object.assign(report, results[0]);
    } else {
      const [transfers, settlements] = results;
      report.transfers = transfers;
      report.settlements = settlements;
      report.transfers_per_second = transfers.per_second;
      report.settled_per_second = settlements.per_second;
      report.ratio_settlements_to_transfers = transfers.per_second > 0
        ? Math.round((settlements.per_second / transfers.per_second) * 1000) / 1000 : null;
      report.ratio_max_per_block = transfers.max_per_block > 0
        ? Math.round((settlements.max_per_block / transfers.max_per_block) * 1000) / 1000 : null;
      if (transfers.weight_per_item_ref_time && settlements.weight_per_item_ref_time) {
        report.weight_ratio_settled_job_to_transfer = Math.round((settlements.weight_per_item_ref_time / transfers.weight_per_item_ref_time) * 100) / 100;
      }
      if (transfers.max_per_block_by_used_weight && settlements.max_per_block_by_used_weight) {
        // Settled jobs a full block holds over the transfers it holds, from the weight used.
        report.ratio_full_block_by_used_weight = Math.round((settlements.max_per_block_by_used_weight / transfers.max_per_block_by_used_weight) * 100) / 100;
      }
      log(`compare: ${report.transfers_per_second} transfers/s, ${report.settled_per_second} settled jobs/s, ratio ${report.ratio_settlements_to_transfers}`);
    }
  } finally {
    if (node) await node.stop();
    else await api.disconnect();
  }
  console.log(JSON.stringify(report));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
