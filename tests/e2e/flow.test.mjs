// The whole marketplace flow of one operator and one client, end to end on a real
// `aitbc-node --dev` (built with `fast-runtime`, so dispute phases and slash reviews take
// minutes). Polkadot.js's own library (@polkadot/api, metadata only, no custom types) drives the
// client and the council and checks every balance; the operator uses the `aitbc` command line
// and the `aitbc miner run` daemon (real binaries, separate processes):
//
//  1. the operator bonds and registers (aitbc), the client requests a service, the operator
//     approves it (aitbc);
//  2. the client calls a job; the daemon runs it, submits its result and claims the payment with
//     its receipt; the client accepts the claim (aitbc client accept): escrow pays, refunds the
//     rest, AIT is minted, the work score grows, and the daemon keeps the service's heartbeats;
//  3. the client calls a job privately (a commitment on chain, the opening handed to the
//     operator); the daemon claims it with a Groth16 proof (zk/scripts/private-receipt.mjs), and
//     the claim settles by itself when the challenge window closes;
//  4. with the daemon stopped, three more jobs go undelivered; the client disputes two, the
//     operator answers with evidence (aitbc);
//  5. no arbiters are staked, so the disputes escalate and a council motion rules for the
//     client: escrows and bonds back, the operator reported twice;
//  6. the client cancels the third job once the service's job timeout passed (aitbc client
//     cancel) and gets its payment back;
//  7. the council vetoes one slash (aitbc governance propose-veto / vote / close); the other is
//     applied when its deferral ends.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { nodeBinary, run, startDevNode, waitFor } from '../lib/node.mjs';
import {
  AIT, GPU, aroundBlock, closedJobs, councilMotion, eventData, freeBalance, palletAccount, rewardFlows, serviceTerms,
  submit, sudo, waitEvent,
} from '../lib/market.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const aitbcBinary = join(dirname(nodeBinary()), 'aitbc');
const PROVER = ['node', join(ROOT, 'zk', 'scripts', 'private-receipt.mjs')];
const PER_BILLION = 1_000_000_000n;
/** The service's job timeout, in blocks: short, so an undelivered job can be cancelled in step 6. */
const JOB_TIMEOUT = 10;

const account = async (api, who) => (await api.query.system.account(who)).data;
const held = async (api, who) => (await account(api, who)).reserved.toBigInt();

/** Fees (and tips) the block's events say `who` paid. */
function feesPaidBy(records, who) {
  let total = 0n;
  for (const { event } of records) {
    if (event.section === 'transactionPayment' && event.method === 'TransactionFeePaid' && event.data[0].toString() === who) {
      total += event.data[1].toBigInt() + event.data[2].toBigInt();
    }
  }
  return total;
}

describe('the marketplace end to end: aitbc operator and miner, @polkadot/api client and council', {
  skip: !existsSync(aitbcBinary) && `no ${aitbcBinary}`,
}, () => {
  let node;
  let api;
  let rpc;
  let url;
  let work;
  let miner;
  let minerLog = '';
  let council;
  let operator;
  let client;
  let owner;
  let treasury;
  let blueprintId;
  let serviceId;

  const aitbc = (suri, ...args) => run(aitbcBinary, ['--url', url, '--suri', suri, ...args]);

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    council = ['//Alice', '//Bob', '//Charlie'].map((uri) => keyring.addFromUri(uri));
    operator = keyring.addFromUri('//Dave');
    client = keyring.addFromUri('//Eve');
    owner = keyring.addFromUri('//Ferdie');
    node = await startDevNode();
    api = node.api;
    url = `ws://127.0.0.1:${node.rpcPort}`;
    rpc = new WsProvider(url);
    await rpc.isReady;
    work = mkdtempSync(join(tmpdir(), 'aitbc-flow-'));
    treasury = palletAccount(api, api.consts.treasury.palletId);
  });

  after(async () => {
    if (miner && miner.exitCode === null) miner.kill('SIGTERM');
    if (rpc) await rpc.disconnect();
    if (node) await node.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('1. the operator bonds and registers with aitbc; the client requests; the operator approves', async () => {
    const minBond = api.consts.staking.minOperatorBond.toBigInt();
    const freeBefore = await freeBalance(api, operator.address);
    await aitbc('//Dave', 'operator', 'bond', `${minBond}p`);
    assert.equal(await held(api, operator.address), minBond, 'the bond is held');
    const spent = freeBefore - (await freeBalance(api, operator.address));
    assert.ok(spent > minBond && spent < minBond + AIT / 10n, `the bond and one fee left the free balance (${spent})`);

    // A blueprint whose services beat every 10 blocks, so the daemon's heartbeats show.
    const created = await submit(api, api.tx.services.createBlueprint(
      'flow', u8aToHex(blake2AsU8a('flow')), [{ name: 'run' }], GPU, 1, 10,
    ), owner);
    blueprintId = eventData(api, created.events, 'services', 'BlueprintCreated').blueprintId.toNumber();
    await aitbc('//Dave', 'operator', 'register', '--blueprint', `${blueprintId}`);
    assert.ok((await api.query.services.operators(blueprintId, operator.address)).isSome, 'registered for the blueprint');

    const requested = await submit(api, api.tx.services.requestService(
      blueprintId, serviceTerms({ operators: [operator], jobTimeout: JOB_TIMEOUT }), 600,
    ), client);
    const requestId = eventData(api, requested.events, 'services', 'ServiceRequested').requestId.toNumber();
    const approved = await aitbc('//Dave', 'operator', 'approve', `${requestId}`);
    serviceId = Number(/service (\d+) created/.exec(approved)?.[1]);
    assert.ok(Number.isInteger(serviceId), approved);
    const services = await api.call.servicesApi.servicesByOperator(operator.address);
    assert.deepEqual(services.map((s) => s.toNumber()), [serviceId]);
  });

  test('2. the miner daemon runs a job: escrow pays, AIT is minted, the work score grows, heartbeats are kept', async () => {
    const privateDir = join(work, 'openings');
    mkdirSync(privateDir);
    miner = spawn(aitbcBinary, [
      '--url', url, '--suri', '//Dave', 'miner', 'run', '--executor', 'matmul:8',
      '--state', join(work, 'miner.json'), '--private-dir', privateDir, '--prover', PROVER.join(' '),
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    miner.stdout.on('data', (d) => { minerLog += d; });
    miner.stderr.on('data', (d) => { minerLog += d; });
    const withLog = (e) => { throw new Error(`${e.message}; miner log:\n${minerLog}`); };

    const clientBefore = await account(api, client.address);
    const { events, blockHash: calledIn } = await submit(api, api.tx.services.callJob(serviceId, 0, u8aToHex(blake2AsU8a('job one')), 64, 1000n * AIT), client);
    const called = eventData(api, events, 'services', 'JobCalled');
    const job = { jobId: called.jobId.toNumber(), price: called.price.toBigInt() };
    const quote = await rpc.send('pricing_quote', [GPU, 64, calledIn.toHex()]);
    assert.equal(job.price, BigInt(quote.total), 'the escrowed price is the quote');
    const clientAfter = await account(api, client.address);
    assert.equal(clientAfter.reserved.toBigInt() - clientBefore.reserved.toBigInt(), job.price, 'the price is held in escrow');
    assert.equal(clientBefore.free.toBigInt() - clientAfter.free.toBigInt(), job.price + feesPaidBy(events, client.address));

    // The daemon delivers and claims; nothing is paid until the client accepts (or the challenge
    // window closes, which would also settle it).
    const claimed = await waitEvent(api, 'receipts', 'ReceiptClaimed', (d) => d[1].toNumber() === job.jobId, 240_000).catch(withLog);
    const units = BigInt(claimed.data[3].toNumber());
    const claimPrice = claimed.data[4].toBigInt();
    assert.ok(units > 0n && units <= 64n, `units within the job's cap (${units})`);
    assert.ok(claimPrice > 0n && claimPrice <= job.price, `the claimed price within the escrow (${claimPrice})`);
    const claimRecords = await (await api.at(claimed.blockHash)).query.system.events();
    assert.ok(!claimRecords.some(({ event }) => api.events.receipts.ReceiptSettled.is(event)), 'claimed, not settled');
    assert.equal((await api.call.servicesApi.job(job.jobId)).unwrap().status.toString(), 'Claimed');

    const settling = waitEvent(api, 'receipts', 'ReceiptSettled', (d) => d[1].toNumber() === job.jobId, 120_000);
    const acceptedOut = await aitbc('//Eve', 'client', 'accept', '--job', `${job.jobId}`);
    assert.match(acceptedOut, new RegExp(`job ${job.jobId}: accepted`));
    const settled = await settling;
    const records = await (await api.at(settled.blockHash)).query.system.events();
    const acceptedBy = records.find(({ event, phase }) => phase.isApplyExtrinsic && api.events.receipts.ReceiptSettled.is(event)
      && event.data[1].toNumber() === job.jobId);
    assert.ok(acceptedBy, 'settled by the client\'s acceptance, not by the end of the window');
    assert.equal(BigInt(settled.data[3].toNumber()), units, 'all claimed units credited');
    const mint = (await api.query.receipts.mintParams()).toJSON();
    const platform = (claimPrice * BigInt((await api.query.escrow.platformFee()).toNumber())) / PER_BILLION;
    // A job mints units x rate, but at most the platform fee it burned (both shares scaled alike).
    let toOperator = ((BigInt(mint.mintPerUnit) * BigInt(mint.coordinatorShare)) / 1_000_000n) * units;
    let toTreasury = BigInt(mint.mintPerUnit) * units - toOperator;
    if (toOperator + toTreasury > platform) {
      const owed = toOperator + toTreasury;
      toOperator = (toOperator * platform) / owed;
      toTreasury = (toTreasury * platform) / owed;
    }
    const minted = toOperator + toTreasury;
    assert.ok(minted > 0n, 'AIT was minted for the work');
    assert.equal(settled.data[4].toBigInt(), claimPrice - platform, 'paid the claimed price less the platform fee');
    assert.equal(settled.data[5].toBigInt(), job.price - claimPrice, 'refunded the rest of the escrow');
    assert.equal(closedJobs(records).get(job.jobId), 'Settled');
    const [before, after] = await aroundBlock(api, settled.blockHash, (at) => Promise.all([
      at.query.system.account(operator.address), at.query.system.account(client.address),
      at.query.system.account(treasury), at.query.balances.totalIssuance(),
    ]));
    const delta = (i, field = 'free') => after[i].data?.[field].toBigInt() - before[i].data?.[field].toBigInt();
    assert.equal(delta(0), claimPrice - platform + toOperator - feesPaidBy(records, operator.address), 'the operator got the price, less the platform fee, and its mint share');
    assert.equal(-delta(1, 'reserved'), job.price, 'the client\'s escrow hold was released');
    assert.equal(after[1].data.reserved.toBigInt(), clientBefore.reserved.toBigInt(), 'the client holds nothing for the job any more');
    assert.equal(delta(1), job.price - claimPrice - feesPaidBy(records, client.address), 'the rest came back to the client, less its fee to accept');
    assert.equal(after[3].toBigInt() - before[3].toBigInt(), minted - platform,
      'issuance grew by the mint and shrank by the burned platform fee');
    const allFees = records.filter(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event))
      .reduce((sum, { event }) => sum + event.data[1].toBigInt() + event.data[2].toBigInt(), 0n);
    assert.equal(delta(2), toTreasury + allFees - rewardFlows(api, records),
      'the treasury got its mint share and the fees (less session rewards it funded); the platform fee was burned');

    const score = await rpc.send('receipts_workScore', [operator.address, null]);
    assert.equal(BigInt(score.totalWork), units, 'the work score grew by the verified units');
    assert.equal((await api.call.servicesApi.job(job.jobId)).unwrap().status.toString(), 'Settled');

    const beat = await waitEvent(api, 'services', 'HeartbeatReceived', (d) => d[0].toNumber() === serviceId && d[1].toString() === operator.address, 180_000).catch(withLog);
    assert.equal(beat.data[2].toNumber(), 0, 'no heartbeat missed');
  });

  test('3. a private job: the client commits, the daemon claims it with a Groth16 proof, the claim settles when the window closes', async () => {
    const withLog = (e) => { throw new Error(`${e.message}; miner log:\n${minerLog}`); };
    // Governance approves the basic circuit's key for pallet-receipts (sudo in the dev chain): no
    // nullifier input (a job settles once), consumer Receipts, so the open ZkVerifier calls
    // refuse it. The key id covers the consumer: read it from the event.
    const { verifying_key: vk } = JSON.parse(await run(PROVER[0], [PROVER[1], 'vk', 'basic']));
    const registered = await sudo(api, api.tx.zkVerifier.registerKeyForEveryone(vk, null, 'Receipts'), council[0]);
    const keyId = eventData(api, registered.events, 'zkVerifier', 'KeyRegistered').keyId.toHex();
    await sudo(api, api.tx.receipts.setPrivacyKey('Basic', keyId), council[0]);

    // The opening stays between client and operator; only commitments go on chain: the job is
    // called with its commitment where a public job has its input hash.
    const jobId = (await api.query.services.nextJobId()).toNumber();
    const opening = {
      job_id: jobId,
      model_hash: u8aToHex(blake2AsU8a('model: matmul-8')),
      input_hash: u8aToHex(blake2AsU8a('private input')),
      salt: u8aToHex(blake2AsU8a(`salt ${Date.now()}`)),
    };
    const { commitment } = JSON.parse(await run(PROVER[0], [PROVER[1], 'commit'], { input: JSON.stringify(opening) }));
    writeFileSync(join(work, 'openings', `${jobId}.json`), JSON.stringify(opening));
    const scoreBefore = BigInt((await rpc.send('receipts_workScore', [operator.address, null])).totalWork);
    const calledAt = Date.now();
    const { events } = await submit(api, api.tx.utility.batchAll([
      api.tx.services.callJob(serviceId, 0, commitment, 32, 1000n * AIT),
      api.tx.receipts.commitJob(jobId, commitment, null),
    ]), client);
    assert.equal(eventData(api, events, 'services', 'JobCalled').jobId.toNumber(), jobId);
    assert.equal(eventData(api, events, 'receipts', 'JobCommitted').commitment.toHex(), commitment);
    for (const secret of [opening.model_hash, opening.input_hash, opening.salt]) {
      assert.ok(!events.some(({ event }) => event.toHex().includes(secret.slice(2))), 'no event shows the opening');
    }

    const claimed = await waitEvent(api, 'receipts', 'ReceiptClaimed', (d) => d[1].toNumber() === jobId, 240_000).catch(withLog);
    const claimedAt = Date.now();
    const records = await (await api.at(claimed.blockHash)).query.system.events();
    const verified = records.find(({ event }) => api.events.zkVerifier.ProofVerified.is(event));
    assert.ok(verified, 'the receipt was claimed with a verified proof');
    assert.equal(verified.event.data.consumer.toString(), 'Receipts');
    assert.ok(verified.event.data.nullifier.isNone, 'the claim is the uniqueness: no nullifier recorded');
    const units = BigInt(claimed.data[3].toNumber());
    const maturesAt = claimed.data[5].toNumber();
    // Nobody accepts: the claim settles when the challenge window closes.
    const settled = await waitEvent(api, 'receipts', 'ReceiptSettled', (d) => d[1].toNumber() === jobId, 120_000).catch(withLog);
    console.log(`[measure] basic private receipt: called to claimed (execution, Groth16 proof, claim) ${((claimedAt - calledAt) / 1000).toFixed(1)} s; to settled (challenge window closed) ${((Date.now() - calledAt) / 1000).toFixed(1)} s`);
    assert.equal((await api.rpc.chain.getHeader(settled.blockHash)).number.toNumber(), maturesAt, 'settled where the window closes');
    assert.equal(BigInt(settled.data[3].toNumber()), units);
    assert.equal((await api.call.servicesApi.job(jobId)).unwrap().status.toString(), 'Settled');
    const score = BigInt((await rpc.send('receipts_workScore', [operator.address, null])).totalWork);
    assert.equal(score - scoreBefore, units, 'basic privacy hides the computation, not the units: they count');
    // The daemon logs once its own wait for inclusion ends, which may be after we saw the event.
    await waitFor('the daemon to report the private receipt', () => minerLog.includes(`job ${jobId}: private receipt claimed`), 60_000)
      .catch(withLog);
  });

  test('3b. an enhanced private job: units and rate hidden, the proven price paid, the rest refunded', async () => {
    const withLog = (e) => { throw new Error(`${e.message}; miner log:\n${minerLog}`); };
    const { verifying_key: vk } = JSON.parse(await run(PROVER[0], [PROVER[1], 'vk', 'enhanced']));
    const registered = await sudo(api, api.tx.zkVerifier.registerKeyForEveryone(vk, null, 'Receipts'), council[0]);
    const keyId = eventData(api, registered.events, 'zkVerifier', 'KeyRegistered').keyId.toHex();
    await sudo(api, api.tx.receipts.setPrivacyKey('Enhanced', keyId), council[0]);

    const jobId = (await api.query.services.nextJobId()).toNumber();
    const unitPrice = 3n * 10n ** 6n; // 3 µAIT per unit, the client's rate
    const opening = {
      job_id: jobId,
      model_hash: u8aToHex(blake2AsU8a('model: matmul-8')),
      input_hash: u8aToHex(blake2AsU8a('private input, enhanced')),
      salt: u8aToHex(blake2AsU8a(`enhanced salt ${Date.now()}`)),
      unit_price: unitPrice.toString(),
    };
    const committed = JSON.parse(await run(PROVER[0], [PROVER[1], 'commit'], { input: JSON.stringify(opening) }));
    writeFileSync(join(work, 'openings', `${jobId}.json`), JSON.stringify({ ...opening, unit_price: Number(unitPrice) }));
    const calledAt = Date.now();
    const { events } = await submit(api, api.tx.utility.batchAll([
      api.tx.services.callJob(serviceId, 0, committed.commitment, 32, 1000n * AIT),
      api.tx.receipts.commitJob(jobId, committed.commitment, committed.rate_commitment),
    ]), client);
    const escrowed = eventData(api, events, 'services', 'JobCalled').price.toBigInt();
    for (const secret of [opening.model_hash, opening.input_hash, opening.salt]) {
      assert.ok(!events.some(({ event }) => event.toHex().includes(secret.slice(2))), 'no event shows the opening');
    }

    const claimed = await waitEvent(api, 'receipts', 'ReceiptClaimed', (d) => d[1].toNumber() === jobId, 240_000).catch(withLog);
    console.log(`[measure] enhanced private receipt: called to claimed (execution, Groth16 proof, claim) ${((Date.now() - calledAt) / 1000).toFixed(1)} s`);
    assert.equal(claimed.data[3].toNumber(), 0, 'the units are hidden');
    const price = claimed.data[4].toBigInt();
    assert.equal(price % unitPrice, 0n, 'the price is whole units at the committed rate');
    assert.ok(price / unitPrice >= 1n && price / unitPrice <= 32n, 'within the job\'s units');
    assert.ok(price < escrowed);

    // The client accepts at once: the operator is paid the proven price, the rest comes back.
    const { events: acceptEvents } = await submit(api, api.tx.receipts.accept(jobId), client);
    const settled = eventData(api, acceptEvents, 'receipts', 'ReceiptSettled');
    const fee = (await api.query.escrow.platformFee()).toBigInt() * price / 1_000_000_000n;
    assert.equal(settled.paid.toBigInt(), price - fee, 'the proven price, less the burned platform fee');
    assert.equal(settled.refunded.toBigInt(), escrowed - price, 'the rest of the escrow back to the client');
    assert.equal(settled.computeUnits.toNumber(), 0, 'hidden units mint nothing');
  });

  const jobs = [];
  const disputes = [];
  /** The undelivered job the client cancels in step 6. */
  let abandoned;
  test('4. the daemon stops; three jobs go undelivered; the client disputes two and the operator answers with aitbc', async () => {
    miner.kill('SIGTERM');
    await waitFor('the daemon to stop', () => miner.exitCode !== null || miner.signalCode !== null, 30_000);
    for (const input of ['undelivered a', 'undelivered b', 'undelivered c']) {
      const { events, blockHash } = await submit(api, api.tx.services.callJob(serviceId, 0, u8aToHex(blake2AsU8a(input)), 10, 1000n * AIT), client);
      const called = eventData(api, events, 'services', 'JobCalled');
      const calledAt = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
      jobs.push({ jobId: called.jobId.toNumber(), price: called.price.toBigInt(), calledAt });
    }
    abandoned = jobs.pop();
    const bond = api.consts.disputes.filingBond.toBigInt();
    const heldBefore = await held(api, client.address);
    for (const job of jobs) {
      const { events } = await submit(api, api.tx.disputes.fileDispute(job.jobId, operator.address), client);
      const filed = eventData(api, events, 'disputes', 'DisputeFiled');
      assert.equal(filed.jobId.toNumber(), job.jobId);
      disputes.push(filed.disputeId.toNumber());
    }
    assert.equal(await held(api, client.address) - heldBefore, 2n * bond, 'two filing bonds held');
    const escrowId = (await api.query.escrow.jobEscrows(jobs[0].jobId)).unwrap();
    assert.equal((await api.query.escrow.escrows(escrowId)).unwrap().frozen.isTrue, true, 'the escrow froze');

    const operatorHeld = await held(api, operator.address);
    for (const id of disputes) {
      const out = await aitbc('//Dave', 'dispute', 'evidence', `${id}`, '--hash', u8aToHex(blake2AsU8a('gpu logs')), '--uri', 'ipfs://gpu-logs');
      assert.match(out, new RegExp(`added to dispute ${id}`));
    }
    assert.equal(await held(api, operator.address) - operatorHeld, 2n * bond, 'the operator bonded to answer');
    const shown = await aitbc('//Dave', 'dispute', 'show', `${disputes[0]}`);
    assert.match(shown, /EvidenceSubmitted/);
  });

  let slashes;
  test('5. the disputes escalate; a council motion rules for the client: escrows and bonds back, two slashes reported', async () => {
    for (const id of disputes) {
      if (!(await api.call.disputesApi.dispute(id)).unwrap().status.isEscalated) {
        await waitEvent(api, 'disputes', 'Escalated', (d) => d[0].toNumber() === id, 400_000);
      }
    }
    const clientBefore = await account(api, client.address);
    const operatorHeldBefore = await held(api, operator.address);
    const ruling = api.tx.utility.batchAll(disputes.map((id) => api.tx.disputes.resolveEscalated(id, 'Client')));
    const { events } = await councilMotion(api, ruling, council);
    assert.equal(events.filter(({ event }) => api.events.disputes.DisputeResolved.is(event)).length, 2);
    const refunded = jobs.reduce((sum, job) => sum + job.price, 0n);
    const bond = api.consts.disputes.filingBond.toBigInt();
    const clientAfter = await account(api, client.address);
    assert.equal(clientAfter.free.toBigInt() - clientBefore.free.toBigInt(), refunded + 2n * bond, 'escrows and bonds back to the client');
    assert.equal(clientBefore.reserved.toBigInt() - clientAfter.reserved.toBigInt(), refunded + 2n * bond, 'nothing of the client is held any more');
    assert.equal(operatorHeldBefore - await held(api, operator.address), 2n * bond, 'the operator lost its answer bonds');
    slashes = events.filter(({ event }) => api.events.staking.SlashReported.is(event)).map(({ event }) => event.data[0].toNumber());
    assert.equal(slashes.length, 2, 'each lost dispute reports an offence');
    assert.equal((await api.call.stakingApi.pendingSlashes(operator.address)).length, 2);
    for (const job of jobs) assert.equal((await api.call.servicesApi.job(job.jobId)).unwrap().status.toString(), 'Resolved');
  });

  test('6. the client cancels the third undelivered job with aitbc once the job timeout passed; its payment comes back', async () => {
    // Steps 4 and 5 took far longer than the timeout (the disputes had to escalate).
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    assert.ok(best >= abandoned.calledAt + JOB_TIMEOUT, `the timeout passed (#${best}, called at #${abandoned.calledAt})`);
    const clientBefore = await account(api, client.address);
    const closing = waitEvent(api, 'services', 'JobClosed', (d) => d[0].toNumber() === abandoned.jobId, 60_000);
    const out = await aitbc('//Eve', 'client', 'cancel', '--job', `${abandoned.jobId}`);
    assert.match(out, new RegExp(`job ${abandoned.jobId}: cancelled`));
    const closed = await closing;
    assert.equal(closed.data[1].toString(), 'TimedOut');
    const [before, after] = await aroundBlock(api, closed.blockHash, (at) => at.query.system.account(client.address));
    const records = await (await api.at(closed.blockHash)).query.system.events();
    assert.equal(after.data.free.toBigInt() - before.data.free.toBigInt(), abandoned.price - feesPaidBy(records, client.address),
      'the price came back, less the fee to cancel');
    assert.equal(before.data.reserved.toBigInt() - after.data.reserved.toBigInt(), abandoned.price, 'the escrow hold was released');
    assert.equal(clientBefore.reserved.toBigInt() - (await held(api, client.address)), abandoned.price);
    assert.equal((await api.call.servicesApi.job(abandoned.jobId)).unwrap().status.toString(), 'TimedOut');
  });

  test('7. the council vetoes one slash with aitbc governance; the other is applied after its deferral', async () => {
    const bondBefore = (await api.query.staking.operators(operator.address)).unwrap().bond.toBigInt();
    const proposed = await aitbc('//Alice', 'governance', 'propose-veto', '--slash', `${slashes[0]}`, '--threshold', '3');
    const [, index, hash] = /proposal (\d+) \(hash (0x[0-9a-f]{64})\)/.exec(proposed) ?? [];
    assert.ok(hash, proposed);
    for (const member of ['//Alice', '//Bob', '//Charlie']) await aitbc(member, 'governance', 'vote', '--hash', hash, '--index', index);
    const cancelled = waitEvent(api, 'staking', 'SlashCancelled', (d) => d[0].toNumber() === slashes[0], 60_000);
    await aitbc('//Alice', 'governance', 'close', '--hash', hash, '--index', index);
    assert.equal((await cancelled).data[1].toString(), 'Council', 'vetoed by the council');
    // The operator cannot veto its own slash.
    await assert.rejects(submit(api, api.tx.staking.cancelSlash(slashes[1]), operator), /BadOrigin/);

    const applied = await waitEvent(api, 'staking', 'SlashApplied', (d) => d[0].toNumber() === slashes[1], 400_000);
    const fraction = BigInt(api.consts.disputes.disputeLostFraction.toNumber());
    const expected = (bondBefore * fraction) / PER_BILLION;
    assert.equal(applied.data[2].toBigInt(), expected, 'the slash took its fraction of the bond');
    const [heldBefore, heldAfter] = await aroundBlock(api, applied.blockHash, (at) => at.query.system.account(operator.address).then((a) => a.data.reserved.toBigInt()));
    assert.equal(heldBefore - heldAfter, expected, 'the slashed AIT left the operator\'s held bond');
    assert.equal(bondBefore - (await api.query.staking.operators(operator.address)).unwrap().bond.toBigInt(), expected, 'only the slash not vetoed was applied');
    assert.equal((await api.call.stakingApi.pendingSlashes(operator.address)).length, 0);
  });
});
