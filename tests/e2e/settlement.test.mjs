// Cross-chain settlement between two real AITBC dev chains on this machine: `--dev` (settlement
// chain id 1) and `--chain dev-peer` (chain id 2, another genesis). Each chain's
// `BridgeAitbcGrandpa` is initialized (sudo) with the other's finalized header and GRANDPA
// authority set, and each allows both adapters on the route to the other.
//
//  1. Jobs settle on chain 1 (Polkadot.js drives the market); fees are quoted by the runtime API
//     from Polkadot.js and by `aitbc settlement quote`, and the messages requested with
//     `aitbc settlement request` and with Polkadot.js.
//  2. `aitbc relayer run --adapter grandpa` (a real process) imports chain 1's finalized headers
//     into chain 2's light client and proves the messages with storage proofs. It is killed
//     (SIGKILL) after its first delivery; an attested relayer (two committee keys, 2 of 2) then
//     delivers the next message; the restarted light-client relayer resumes from chain 2's
//     inbound nonce. Each message is accepted on chain 2 exactly once, in order.
//  3. A relayer the other way carries chain 2's acknowledgements back: the messages are
//     delivered on chain 1 and their fees paid to that relayer; `aitbc settlement status` and
//     the runtime API from Polkadot.js show it.
//  4. A forged message (a bigger amount under a real proof), a replay, too few attestations
//     and a message addressed to another chain are refused on the real chain with named errors.
// It prints messages per block, latency from the request to acceptance, and what a delivery
// costs on each side (weight and fee).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, ethereumEncode, secp256k1PairFromSeed } from '@polkadot/util-crypto';
import { nodeBinary, run, startDevNode, waitFor } from '../lib/node.mjs';
import {
  AIT, callJob, eventData, receiptCall, resultCall, setupService, submit, sudo,
} from '../lib/market.mjs';

const aitbcBinary = join(dirname(nodeBinary()), 'aitbc');
// A route's fee pays the relayer for both legs (delivery there, acknowledgement back); at 10 mAIT
// it covers what relaying costs in transaction fees on the dev chains (see the report).
const FEE = AIT / 100n;
/** //Eve, who relays both ways. */
const EVE = '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw';
/** Two committee keys of chain 1's messages on chain 2 (2 of 2). */
const ATTESTER_SEEDS = [new Uint8Array(32).fill(0x11), new Uint8Array(32).fill(0x22)];

/** A relayer process; `log()` is what it printed so far. */
function relayer(args) {
  const child = spawn(aitbcBinary, ['relayer', 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, log: () => log, exited };
}

/** Every `section.method` event chain `api` recorded from block `from` to its best block. */
async function eventsSince(api, from, section, method) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const found = [];
  for (let n = from; n <= best; n += 1) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const records = await (await api.at(hash)).query.system.events();
    for (const { event, phase } of records) {
      if (event.section === section && event.method === method) found.push({ block: n, hash, event, phase });
    }
  }
  return found;
}

/**
 * What the transactions that carried `received` (MessageReceived events) cost: per transaction,
 * the messages it carried, its weight (ref time), length and fee.
 */
async function deliveryCosts(api, received) {
  const byTransaction = new Map();
  for (const { hash, phase } of received) {
    const key = `${hash.toHex()}:${phase.asApplyExtrinsic.toNumber()}`;
    const entry = byTransaction.get(key) ?? { hash, index: phase.asApplyExtrinsic.toNumber(), messages: 0 };
    entry.messages += 1;
    byTransaction.set(key, entry);
  }
  const costs = [];
  for (const { hash, index, messages } of byTransaction.values()) {
    const records = await (await api.at(hash)).query.system.events();
    const mine = records.filter(({ phase: p }) => p.isApplyExtrinsic && p.asApplyExtrinsic.toNumber() === index);
    const success = mine.find(({ event }) => event.method === 'ExtrinsicSuccess');
    const fee = mine.find(({ event }) => event.section === 'transactionPayment' && event.method === 'TransactionFeePaid');
    const block = await api.rpc.chain.getBlock(hash);
    costs.push({
      messages,
      weight: success.event.data[0].weight.refTime.toBigInt(),
      length: block.block.extrinsics[index].encodedLength,
      fee: fee.event.data[1].toBigInt(),
    });
  }
  return costs;
}

/** How many messages, each as costly as the costliest in `costs`, fit in one block's normal class. */
async function fullBlock(api, costs) {
  const weights = api.consts.system.blockWeights;
  const normal = weights.perClass.normal;
  const maxWeight = normal.maxTotal.isSome ? normal.maxTotal.unwrap().refTime.toBigInt() : weights.maxBlock.refTime.toBigInt();
  const maxLength = api.consts.system.blockLength.max.normal.toNumber();
  // Each transaction also pays the base weight of an extrinsic.
  const base = normal.baseExtrinsic.refTime.toBigInt();
  const perWeight = costs.reduce((m, c) => {
    const each = (c.weight + base) / BigInt(c.messages);
    return each > m ? each : m;
  }, 0n);
  const perLength = costs.reduce((m, c) => Math.max(m, Math.ceil(c.length / c.messages)), 0);
  return { byWeight: Number(maxWeight / perWeight), byLength: Math.floor(maxLength / perLength) };
}

async function timestampAt(api, hash) {
  return (await (await api.at(hash)).query.timestamp.now()).toNumber();
}

/** Initializes `api`'s light client with `peer`'s finalized header and GRANDPA authorities. */
async function bridge(api, peer, sudoKey) {
  const finalized = await peer.rpc.chain.getFinalizedHead();
  const header = await peer.rpc.chain.getHeader(finalized);
  const authorities = await peer.query.grandpa.authorities();
  const setId = await peer.query.grandpa.currentSetId();
  await sudo(api, api.tx.bridgeAitbcGrandpa.initialize({
    header,
    authorityList: authorities,
    setId,
    operatingMode: 'Normal',
  }), sudoKey);
}

async function route(api, peerId, sudoKey) {
  await sudo(api, api.tx.settlement.setRoute(peerId, {
    adapters: [
      { adapter: 'Grandpa', fee: FEE, latency: 4 },
      { adapter: 'Attested', fee: 2n * FEE, latency: 2 },
    ],
    rateLimit: { window: 20, maxMessages: 50 },
  }), sudoKey);
}

describe('cross-chain settlement between two dev chains through both adapters, with a relayer killed halfway', {
  skip: !existsSync(aitbcBinary) && `no ${aitbcBinary}`,
}, () => {
  let one;
  let two;
  let alice;
  let client;
  let operator;
  let urlOne;
  let urlTwo;
  const jobs = [];
  const relayers = [];
  const requests = new Map(); // nonce -> { job, blockHash }
  let startTwo;
  let startOne;
  let forwardSpent = 0n;

  const aitbc = (url, suri, ...args) => run(aitbcBinary, ['--url', url, '--suri', suri, ...args]);

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    alice = keyring.addFromUri('//Alice');
    client = keyring.addFromUri('//Ferdie');
    operator = keyring.addFromUri('//Dave');
    [one, two] = await Promise.all([startDevNode(), startDevNode({ extraArgs: ['--chain', 'dev-peer'] })]);
    urlOne = `ws://127.0.0.1:${one.rpcPort}`;
    urlTwo = `ws://127.0.0.1:${two.rpcPort}`;
  });

  after(async () => {
    for (const r of relayers) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    await Promise.all([one?.stop(), two?.stop()]);
  });

  test('the chains have their ids, follow each other and route both adapters', async () => {
    const [idOne, idTwo] = await Promise.all([one.api.call.settlementApi.chainId(), two.api.call.settlementApi.chainId()]);
    assert.deepEqual([idOne.toNumber(), idTwo.toNumber()], [1, 2]);
    assert.notEqual(one.api.genesisHash.toHex(), two.api.genesisHash.toHex(), 'two genesis');
    assert.equal((await two.api.query.settlement.lightClientChain()).unwrap().toNumber(), 1);
    await waitFor('finalized blocks on both chains', async () => {
      const [a, b] = await Promise.all([one.api.rpc.chain.getFinalizedHead(), two.api.rpc.chain.getFinalizedHead()]);
      const [ha, hb] = await Promise.all([one.api.rpc.chain.getHeader(a), two.api.rpc.chain.getHeader(b)]);
      return ha.number.toNumber() > 0 && hb.number.toNumber() > 0;
    }, 120_000);
    await Promise.all([bridge(two.api, one.api, alice), bridge(one.api, two.api, alice)]);
    await Promise.all([route(one.api, 2, alice), route(two.api, 1, alice)]);
    const committee = ATTESTER_SEEDS.map((seed) => ethereumEncode(secp256k1PairFromSeed(seed).publicKey));
    await sudo(two.api, two.api.tx.settlement.setCommittee(1, committee, 2), alice);
    startTwo = (await two.api.rpc.chain.getHeader()).number.toNumber();
    startOne = (await one.api.rpc.chain.getHeader()).number.toNumber();
  });

  test('jobs settle on chain 1; the fee is quoted alike by Polkadot.js and aitbc; messages are requested with both', async () => {
    const { serviceId } = await setupService(one.api, { owner: alice, operators: [operator], client });
    for (let i = 0; i < 4; i += 1) {
      const job = await callJob(one.api, client, serviceId, { units: 10, input: `cross-chain ${i}` });
      const calls = [resultCall(one.api, job.jobId), receiptCall(one.api, operator, { ...job, client: client.address, computeUnits: 10, acceptedBy: client })];
      const { events } = await submit(one.api, one.api.tx.utility.batchAll(calls), operator);
      assert.ok(events.some(({ event }) => event.section === 'receipts' && event.method === 'ReceiptSettled'), `job ${job.jobId} settled`);
      jobs.push(job.jobId);
    }

    const quoted = (await one.api.call.settlementApi.quote(2, { Via: 'Grandpa' })).unwrap();
    const cli = JSON.parse(await aitbc(urlOne, '//Ferdie', '--json', 'settlement', 'quote', '--target', '2', '--routing', 'grandpa'));
    assert.equal(quoted.fee.toBigInt(), FEE);
    assert.equal(BigInt(cli.fee), quoted.fee.toBigInt(), 'the CLI quotes what the runtime API does');
    assert.equal(cli.adapter, 'grandpa');
    const cheapest = JSON.parse(await aitbc(urlOne, '//Ferdie', '--json', 'settlement', 'quote', '--target', '2'));
    assert.equal(cheapest.adapter, 'grandpa', 'the cheaper adapter');
    const fastest = (await one.api.call.settlementApi.quote(2, 'Fastest')).unwrap();
    assert.equal(fastest.adapter.toString(), 'Attested', 'the faster adapter');

    // The first through the CLI, the others through Polkadot.js.
    const requested = JSON.parse(await aitbc(urlOne, '//Ferdie', '--json', 'settlement', 'request', `${jobs[0]}`, '--target', '2', '--routing', 'grandpa'));
    assert.equal(requested.nonce, 1);
    requests.set(1, { job: jobs[0], blockHash: null });
    for (const job of jobs.slice(1)) {
      const { events, blockHash } = await submit(one.api, one.api.tx.settlement.requestSettlement(job, 2, { Via: 'Grandpa' }, u8aToHex(client.publicKey), 2n * FEE), client);
      const { nonce } = eventData(one.api, events, 'settlement', 'SettlementRequested');
      requests.set(nonce.toNumber(), { job, blockHash });
    }
    const first = await eventsSince(one.api, startOne, 'settlement', 'SettlementRequested');
    requests.get(1).blockHash = first.find(({ event }) => event.data.nonce.toNumber() === 1).hash;
    assert.deepEqual([...requests.keys()], [1, 2, 3, 4]);

    const status = await aitbc(urlOne, '//Ferdie', 'settlement', 'status', '--target', '2', '1');
    assert.match(status, /message 1 to chain 2 .*sent in block/);
  });

  test('the light-client relayer, killed after its first delivery, and an attested relayer deliver each message once', async () => {
    const eveBefore = (await two.api.query.system.account(EVE)).data.free.toBigInt();
    const keyFor = (seed) => u8aToHex(seed);
    const grandpa = () => relayer(['--from', urlOne, '--to', urlTwo, '--suri', '//Eve', '--adapter', 'grandpa', '--batch', '1']);
    const first = grandpa();
    relayers.push(first);
    await waitFor('the first delivery on chain 2', async () => (await two.api.query.settlement.inboundNonces(1)).toNumber() >= 1, 180_000)
      .catch((e) => { throw new Error(`${e.message}; relayer log:\n${first.log()}`); });
    first.child.kill('SIGKILL');
    await first.exited;
    const afterKill = (await two.api.query.settlement.inboundNonces(1)).toNumber();
    assert.ok(afterKill >= 1 && afterKill < 4, `killed halfway (${afterKill} of 4 delivered)`);

    // The next message through the committee.
    const attested = relayer(['--from', urlOne, '--to', urlTwo, '--suri', '//Eve', '--adapter', 'attested',
      '--attester-key', keyFor(ATTESTER_SEEDS[0]), '--attester-key', keyFor(ATTESTER_SEEDS[1]), '--max-messages', '1']);
    relayers.push(attested);
    const done = await attested.exited;
    assert.equal(done.code, 0, `the attested relayer finished: ${attested.log()}`);

    const resumed = relayer(['--from', urlOne, '--to', urlTwo, '--suri', '//Eve', '--adapter', 'grandpa', '--batch', '4']);
    relayers.push(resumed);
    await waitFor('every message on chain 2', async () => (await two.api.query.settlement.inboundNonces(1)).toNumber() >= 4, 180_000)
      .catch((e) => { throw new Error(`${e.message}; relayer log:\n${resumed.log()}`); });

    const received = await eventsSince(two.api, startTwo, 'settlement', 'MessageReceived');
    const nonces = received.map(({ event }) => event.data.nonce.toNumber());
    assert.deepEqual(nonces, [1, 2, 3, 4], 'each message accepted once, in order');
    const adapters = received.map(({ event }) => event.data.adapter.toString());
    assert.equal(adapters[afterKill], 'Attested', 'the committee proved the message after the kill');
    assert.ok(adapters.filter((a) => a === 'Grandpa').length === 3, `the light client proved the rest (${adapters})`);
    for (const [nonce, { job }] of requests) {
      const arrived = (await two.api.query.settlement.inbound(1, nonce)).unwrap();
      assert.equal(arrived.message.jobId.toNumber(), job, `message ${nonce} carries job ${job}`);
    }

    // Report: messages per block, latency, cost on chain 2.
    const perBlock = new Map();
    for (const { block } of received) perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
    const latencies = [];
    for (const { event, hash } of received) {
      const sent = requests.get(event.data.nonce.toNumber());
      if (sent.blockHash) latencies.push((await timestampAt(two.api, hash)) - (await timestampAt(one.api, sent.blockHash)));
    }
    const costs = await deliveryCosts(two.api, received);
    const full = await fullBlock(two.api, costs);
    console.log(`[settlement] chain 1 -> 2: messages per block ${JSON.stringify([...perBlock.values()])}; `
      + `latency request -> acceptance ${latencies.map((l) => (l / 1000).toFixed(1)).join(', ')} s; `
      + `receive on chain 2, per message: ${costs.map((c) => `${c.messages} in one transaction: ${(Number(c.weight) / c.messages / 1e9).toFixed(3)} ms weight, ${c.length / c.messages} bytes, ${c.fee / BigInt(c.messages)} plancks fee`).join('; ')}; `
      + `a full block holds ${full.byWeight} such messages by weight, ${full.byLength} by length`);
    forwardSpent = eveBefore - (await two.api.query.system.account(EVE)).data.free.toBigInt();
    if (4 - afterKill - 1 >= 2) {
      assert.ok(costs.some((c) => c.messages > 1), 'the resumed relayer delivered its backlog in one transaction');
    }
  });

  test('acknowledgements come back: delivered on chain 1, fees paid to the relayer, status in aitbc and Polkadot.js', async () => {
    const before = (await one.api.query.system.account(EVE)).data.free.toBigInt();
    const back = relayer(['--from', urlTwo, '--to', urlOne, '--suri', '//Eve', '--adapter', 'grandpa', '--batch', '4']);
    relayers.push(back);
    await waitFor('every acknowledgement on chain 1', async () => (await one.api.query.settlement.inboundNonces(2)).toNumber() >= 4, 180_000)
      .catch((e) => { throw new Error(`${e.message}; relayer log:\n${back.log()}`); });
    for (const nonce of requests.keys()) {
      const [, status] = (await one.api.call.settlementApi.outbound(2, nonce)).unwrap();
      assert.ok(status.isDelivered, `message ${nonce}: ${status.toString()}`);
    }
    const delivered = await eventsSince(one.api, startOne, 'settlement', 'MessageDelivered');
    const paid = delivered.reduce((sum, { event }) => sum + event.data.feePaid.toBigInt(), 0n);
    const requested = await eventsSince(one.api, startOne, 'settlement', 'SettlementRequested');
    const fees = requested.reduce((sum, { event }) => sum + event.data.fee.toBigInt(), 0n);
    // Each request paid a little more than the one before: the route's window filled up.
    assert.deepEqual(requested.map(({ event }) => event.data.fee.toBigInt()), [0n, 1n, 2n, 3n].map((i) => FEE + (FEE * i) / 50n));
    assert.equal(paid, fees, 'the four fees held went to the relayer');
    const after = (await one.api.query.system.account(EVE)).data.free.toBigInt();
    const acks = await deliveryCosts(one.api, await eventsSince(one.api, startOne, 'settlement', 'MessageReceived'));
    const receiveCosts = acks.map((c) => c.fee);
    const headerCosts = [];
    for (const { hash, phase } of await eventsSince(one.api, startOne, 'bridgeAitbcGrandpa', 'UpdatedBestFinalizedHeader')) {
      const records = await (await one.api.at(hash)).query.system.events();
      const index = phase.asApplyExtrinsic.toNumber();
      const fee = records.find(({ phase: p, event }) => p.isApplyExtrinsic && p.asApplyExtrinsic.toNumber() === index
        && event.section === 'transactionPayment' && event.method === 'TransactionFeePaid');
      headerCosts.push(fee.event.data[1].toBigInt());
    }
    const spent = receiveCosts.reduce((a, b) => a + b, 0n) + headerCosts.reduce((a, b) => a + b, 0n);
    assert.equal(after - before, paid - spent, 'the relayer earned the fees less what it paid to relay');
    console.log(`[settlement] chain 2 -> 1 acknowledgements: relayer paid ${paid} plancks in delivery fees; `
      + `spent ${acks.map((c) => `${c.fee} (${c.messages} message(s), ${(Number(c.weight) / 1e9).toFixed(3)} ms weight)`).join(', ')} plancks on receive `
      + `and ${headerCosts.join(', ')} on header imports; net ${after - before}`);
    const roundTrip = paid - spent - forwardSpent;
    console.log(`[settlement] the relayer (both ways): earned ${paid} plancks in delivery fees, spent ${forwardSpent} on chain 2 `
      + `and ${spent} on chain 1 in transaction fees; net ${roundTrip} (${(Number(spent + forwardSpent) / 4e9).toFixed(2)} mAIT a message)`);
    assert.ok(roundTrip > 0n, 'a route fee of 10 mAIT pays for relaying both ways');

    const status = JSON.parse(await aitbc(urlOne, '//Ferdie', '--json', 'settlement', 'status', '--target', '2', '2'));
    assert.match(status.statusText, /delivered/);
    assert.equal(status.sent, 4);
    assert.equal(status.accepted, 4, 'the four acknowledgements');
  });

  test('a forged message under a real proof, a replay, too few attestations and a message for another chain are refused on the real chain', async () => {
    const record = (await one.api.query.settlement.outbound(2, 1)).unwrap();
    // chain 2's light client has imported a header at least as new as the messages.
    // `HeaderId(number, hash)`.
    const imported = (await two.api.query.bridgeAitbcGrandpa.bestFinalized()).unwrap();
    const key = one.api.query.settlement.outbound.key(2, 1);
    const read = await one.api.rpc.state.getReadProof([key], imported[1]);
    const proof = two.api.createType('(H256, u32, u64, Vec<Bytes>)', [imported[1], 2, 1, read.proof]);
    const forged = { ...record.message.toJSON(), amount: record.message.amount.toBigInt() + 1n };
    const refused = async (message, adapter = 'Grandpa', bytes = proof.toHex()) => {
      try {
        await submit(two.api, two.api.tx.settlement.receive(message, adapter, bytes), alice);
      } catch (e) {
        return e.message;
      }
      throw new Error('accepted');
    };
    assert.match(await refused({ ...forged, nonce: 5 }), /settlement\.(NotCommitted|InvalidProof)/);
    assert.match(await refused(record.message), /settlement\.Replay/);
    // The committee is 2 of 2: no signatures (an empty SCALE vector) are too few.
    assert.match(await refused({ ...forged, nonce: 5 }, 'Attested', '0x00'), /settlement\.TooFewAttestations/);
    // A message chain 1 addressed to some other chain (3) is not chain 2's to accept.
    assert.match(await refused({ ...record.message.toJSON(), target: 3, nonce: 5 }), /settlement\.WrongTargetChain/);
  });
});

