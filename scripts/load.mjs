#!/usr/bin/env node
// Load script: signs and submits extrinsics through @polkadot/api against a real aitbc-node and
// reports how many per second the chain includes. Later capabilities add workloads here so their
// throughput is compared with plain transfers in the same run.
//
//   node scripts/load.mjs                        spawn a --dev node, measure startup, idle memory
//                                                and transfers per second
//   node scripts/load.mjs --url ws://127.0.0.1:9944 --duration 60 --senders 300
//   node scripts/load.mjs --workload receipts    compute receipts instead: jobs are called first,
//                                                then relayers submit the operators' signed receipts
//
// Every loop is bounded: it stops after --duration seconds of load or --max-tx extrinsics.

import { parseArgs } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { residentMiB, startDevNode, waitForBlock } from '../tests/lib/node.mjs';
import { receiptCall, requestApprovedService, setupService, submit } from '../tests/lib/market.mjs';

const AIT = 10n ** 12n;

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    duration: { type: 'string', default: '60' },
    senders: { type: 'string', default: '256' },
    'max-tx': { type: 'string', default: '200000' },
    'max-inflight': { type: 'string', default: '4096' },
    workload: { type: 'string', default: 'transfers' },
    jobs: { type: 'string', default: '6144' },
    json: { type: 'boolean', default: false },
  },
});

/** Workloads: how to prepare the chain and what each sender submits. */
const WORKLOADS = {
  transfers: {
    describe: 'Balances::transfer_keep_alive of 1 milli-AIT between funded accounts',
    async setup() {},
    build(api, sender, i, accounts) {
      const to = accounts[(i + 1) % accounts.length].address;
      return api.tx.balances.transferKeepAlive(to, AIT / 1000n);
    },
    isCounted(extrinsic) {
      return extrinsic.method.section === 'balances' && extrinsic.method.method === 'transferKeepAlive';
    },
  },
  receipts: {
    describe: 'Receipts::submit_receipt of an operator-signed receipt for a called job (1 unit)',
    receipts: [],
    async setup(api, senders, alice) {
      const keyring = new Keyring({ type: 'sr25519' });
      const jobs = Number(opts.jobs);
      const perService = api.consts.services.maxPendingJobsPerService.toNumber();
      const services = Math.ceil(jobs / perService);
      const operators = Array.from({ length: Math.min(4, services) }, (_, i) => keyring.addFromUri(`//Load//operator//${i}`));
      const client = keyring.addFromUri('//Load//client');
      await fundSenders(api, alice, [...operators, client], 20_000n * AIT);
      // One blueprint; each service is served by one operator, round robin.
      const first = await setupService(api, { owner: alice, operators: [operators[0]], client, maxInstances: 256 });
      const serviceOperators = [[first.serviceId, operators[0]]];
      const bond = api.consts.staking.minOperatorBond.toBigInt();
      for (const operator of operators.slice(1)) {
        await submit(api, api.tx.staking.bond(bond), operator);
        await submit(api, api.tx.services.registerOperator(first.blueprintId,
          { sessionKey: operator.publicKey, rpcEndpoint: 'http://127.0.0.1:0', capacity: 1_000_000 }, 256), operator);
      }
      for (let s = 1; s < services; s++) {
        const operator = operators[s % operators.length];
        const serviceId = await requestApprovedService(api, { blueprintId: first.blueprintId, operators: [operator], client });
        serviceOperators.push([serviceId, operator]);
      }
      log(`calling ${jobs} jobs on ${services} services`);
      let nonce = (await api.rpc.system.accountNextIndex(client.address)).toNumber();
      const batches = serviceOperators.map(([serviceId], s) => {
        const count = Math.min(perService, jobs - s * perService);
        const calls = Array.from({ length: count }, (_, j) => api.tx.services.callJob(serviceId, 0, `0x${String(j).padStart(64, '0')}`, 1, AIT));
        return submit(api, api.tx.utility.batchAll(calls), client, { nonce: nonce++ });
      });
      const operatorOf = new Map(serviceOperators.map(([id, op]) => [id, op]));
      for (const { events } of await Promise.all(batches)) {
        for (const { event } of events) {
          if (event.section !== 'services' || event.method !== 'JobCalled') continue;
          const [jobId, serviceId, , , price] = event.data;
          this.receipts.push(receiptCall(api, operatorOf.get(serviceId.toNumber()), {
            jobId: jobId.toNumber(), client: client.address, computeUnits: 1, price: price.toBigInt(),
          }));
        }
      }
      log(`${this.receipts.length} jobs called; receipts signed by their operators`);
      opts['max-tx'] = String(Math.min(Number(opts['max-tx']), this.receipts.length));
    },
    build(api, sender, i) {
      return this.receipts[i];
    },
    isCounted(extrinsic) {
      return extrinsic.method.section === 'receipts' && extrinsic.method.method === 'submitReceipt';
    },
  },
};

function log(...args) {
  if (!opts.json) console.error('[load]', ...args);
}

async function fundSenders(api, alice, senders, amount = 1000n * AIT) {
  const chunk = 128;
  for (let i = 0; i < senders.length; i += chunk) {
    const calls = senders.slice(i, i + chunk).map((s) => api.tx.balances.transferKeepAlive(s.address, amount));
    await new Promise((resolve, reject) => {
      api.tx.utility.batchAll(calls).signAndSend(alice, { nonce: -1 }, ({ status, dispatchError }) => {
        if (dispatchError) reject(new Error(dispatchError.toString()));
        else if (status.isInBlock) resolve();
        else if (status.isInvalid || status.isDropped) reject(new Error(`funding ${status.type}`));
      }).catch(reject);
    });
  }
}

async function main() {
  await cryptoWaitReady();
  const workload = WORKLOADS[opts.workload];
  if (!workload) throw new Error(`unknown workload '${opts.workload}'; known: ${Object.keys(WORKLOADS).join(', ')}`);
  const duration = Number(opts.duration) * 1000;
  const maxInflight = Number(opts['max-inflight']);
  const report = { workload: opts.workload };

  let node = null;
  let api;
  if (opts.url) {
    api = await ApiPromise.create({ provider: new WsProvider(opts.url), noInitWarn: true });
  } else {
    node = await startDevNode();
    api = node.api;
    const first = await waitForBlock(api, 1, { timeoutMs: 120_000 });
    report.startup_to_first_block_s = (Date.now() - node.startedAt) / 1000;
    log(`first block #${first.number} ${report.startup_to_first_block_s.toFixed(1)} s after spawning the node`);
    await new Promise((r) => setTimeout(r, 20_000));
    report.idle_rss_mib = Math.round(await residentMiB(node.process.pid));
    log(`idle resident memory after 20 s: ${report.idle_rss_mib} MiB`);
  }

  try {
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const senders = Array.from({ length: Number(opts.senders) }, (_, i) => keyring.addFromUri(`//Load//${i}`));
    log(`funding ${senders.length} senders`);
    await fundSenders(api, alice, senders);
    await workload.setup(api, senders, alice);
    const maxTx = Number(opts['max-tx']);

    const nonces = await Promise.all(senders.map((s) => api.rpc.system.accountNextIndex(s.address).then((n) => n.toNumber())));

    // Count what blocks include while the load runs.
    const blocks = [];
    const unsub = await api.rpc.chain.subscribeNewHeads(async (header) => {
      const hash = header.hash;
      const [block, now] = await Promise.all([api.rpc.chain.getBlock(hash), api.query.timestamp.now.at(hash)]);
      const counted = block.block.extrinsics.filter((x) => workload.isCounted(x)).length;
      blocks.push({ number: header.number.toNumber(), counted, timestamp: now.toNumber() });
      log(`block #${header.number}: ${counted} ${opts.workload}`);
    });

    let submitted = 0;
    let rejected = 0;
    let inflight = 0;
    const started = Date.now();
    let i = 0;
    log(`submitting ${workload.describe} for ${duration / 1000} s`);
    while (Date.now() - started < duration && i < maxTx) {
      if (inflight >= maxInflight) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      const k = i % senders.length;
      const tx = workload.build(api, senders[k], i, senders);
      const signed = await tx.signAsync(senders[k], { nonce: nonces[k]++, era: 0 });
      inflight++;
      api.rpc.author.submitExtrinsic(signed).then(
        () => { inflight--; submitted++; },
        (e) => { inflight--; rejected++; if (rejected <= 3) log(`rejected: ${e.message}`); },
      );
      i++;
      // Let the pool drain a little: the pool holds 8192 ready transactions by default.
      if (i % 512 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    const loadEnded = Date.now();
    // Blocks authored after the load ended still carry its transactions.
    await new Promise((r) => setTimeout(r, 14_000));
    unsub();

    const window = blocks.filter((b) => b.counted > 0);
    const included = window.reduce((sum, b) => sum + b.counted, 0);
    let perSecond = 0;
    if (window.length >= 2) {
      // Transactions of the blocks after the first, over the time from the first to the last.
      const span = (window.at(-1).timestamp - window[0].timestamp) / 1000;
      perSecond = (included - window[0].counted) / span;
    }
    Object.assign(report, {
      submitted,
      rejected,
      included,
      blocks_with_load: window.length,
      max_per_block: Math.max(0, ...window.map((b) => b.counted)),
      load_seconds: (loadEnded - started) / 1000,
      per_second: Math.round(perSecond * 10) / 10,
    });
    log(`${opts.workload}: ${report.per_second} per second included (${included} in ${window.length} blocks; submitted ${submitted}, rejected ${rejected})`);
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
