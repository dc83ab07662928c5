// End-to-end on a real `aitbc-node --dev` (built with `fast-runtime`: dispute phases and the slash
// review take minutes): a client disputes two jobs, the operator answers, no arbiters are staked so
// both disputes go to the council, whose motion rules for the client; the escrows go back to the
// client and the operator is reported twice. The council vetoes one slash; the other is applied
// when its review period ends. Everything through @polkadot/api and metadata alone.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { startDevNode } from '../lib/node.mjs';
import {
  callJob, councilMotion, eventData, freeBalance, nextEvent, receiptCall, setupService, submit,
} from '../lib/market.mjs';

const held = async (api, who) => (await api.query.system.account(who)).data.reserved.toBigInt();

describe('disputes, the council and deferred slashes on aitbc-node --dev', () => {
  let node;
  let api;
  let council;
  let operator;
  let client;
  let serviceId;
  const jobs = [];
  const disputes = [];

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    council = ['//Alice', '//Bob', '//Charlie'].map((uri) => keyring.addFromUri(uri));
    operator = keyring.addFromUri('//Dave');
    client = keyring.addFromUri('//Eve');
    node = await startDevNode();
    api = node.api;
    ({ serviceId } = await setupService(api, { owner: keyring.addFromUri('//Ferdie'), operators: [operator], client }));
    jobs.push(await callJob(api, client, serviceId, { units: 10, input: 'a' }));
    jobs.push(await callJob(api, client, serviceId, { units: 10, input: 'b' }));
  });

  after(async () => {
    if (node) await node.stop();
  });

  test('a client files disputes with a bond; the escrow freezes and a receipt is refused', async () => {
    const bond = api.consts.disputes.filingBond.toBigInt();
    const heldBefore = await held(api, client.address);
    for (const job of jobs) {
      const { events } = await submit(api, api.tx.disputes.fileDispute(job.jobId, operator.address), client);
      const filed = eventData(api, events, 'disputes', 'DisputeFiled');
      assert.equal(filed.bond.toBigInt(), bond);
      disputes.push(filed.disputeId.toNumber());
    }
    assert.equal(await held(api, client.address) - heldBefore, 2n * bond, 'two bonds held');
    const escrowId = (await api.query.escrow.jobEscrows(jobs[0].jobId)).unwrap();
    assert.equal((await api.query.escrow.escrows(escrowId)).unwrap().frozen.isTrue, true, 'escrow frozen');
    const receipt = receiptCall(api, operator, { jobId: jobs[0].jobId, client: client.address, computeUnits: 10, price: jobs[0].price });
    await assert.rejects(submit(api, receipt, council[0]), /receipts\.EscrowFrozen/);
    // A stranger may not file on someone else's job.
    await assert.rejects(
      submit(api, api.tx.disputes.fileDispute(jobs[0].jobId, operator.address), council[1]),
      /disputes\.(NotAParty|AlreadyDisputed)/,
    );
  });

  test('the operator answers with evidence and its own bond', async () => {
    for (const id of disputes) {
      const { events } = await submit(api, api.tx.disputes.submitEvidence(id, u8aToHex(new Uint8Array(32).fill(7)), 'ipfs://logs'), operator);
      eventData(api, events, 'disputes', 'Responded');
    }
  });

  test('with no arbiters staked, both disputes go to the council when evidence closes', async () => {
    const seen = new Set();
    while (seen.size < disputes.length) {
      const data = await nextEvent(api, 'disputes', 'Escalated', (d) => disputes.includes(d[0].toNumber()) && !seen.has(d[0].toNumber()));
      seen.add(data[0].toNumber());
    }
    const status = (await api.call.disputesApi.dispute(disputes[0])).unwrap().status;
    assert.ok(status.isEscalated, `status ${status.type}`);
  });

  let slashes;
  test('a council motion rules for the client: escrows refunded, the operator bond forfeited and reported', async () => {
    const clientBefore = await freeBalance(api, client.address);
    const operatorHeldBefore = await held(api, operator.address);
    const ruling = api.tx.utility.batchAll(disputes.map((id) => api.tx.disputes.resolveEscalated(id, 'Client')));
    const { events } = await councilMotion(api, ruling, council);
    const resolved = events.filter(({ event }) => api.events.disputes.DisputeResolved.is(event));
    assert.equal(resolved.length, 2);
    const refunded = jobs.reduce((sum, job) => sum + job.price, 0n);
    const bond = api.consts.disputes.filingBond.toBigInt();
    // The client gets both escrows and both bonds back (it paid no fee here: the council did).
    assert.equal(await freeBalance(api, client.address) - clientBefore, refunded + 2n * bond);
    assert.equal(operatorHeldBefore - await held(api, operator.address), 2n * bond, 'the operator lost its bonds');
    const reported = events.filter(({ event }) => api.events.staking.SlashReported.is(event));
    assert.equal(reported.length, 2, 'each lost dispute reports an offence');
    slashes = reported.map(({ event }) => ({ id: event.data[0].toNumber(), ripeAt: event.data[2].toNumber() }));
    const pending = await api.call.stakingApi.pendingSlashes(operator.address);
    assert.equal(pending.length, 2);
  });

  test('the council vetoes one slash; the other is applied when its review ends', async () => {
    const bondBefore = (await api.query.staking.operators(operator.address)).unwrap().bond.toBigInt();
    const { events } = await councilMotion(api, api.tx.staking.cancelSlash(slashes[0].id), council);
    const cancelled = eventData(api, events, 'staking', 'SlashCancelled');
    assert.equal(cancelled.slashId.toNumber(), slashes[0].id);
    assert.equal(cancelled.vetoer.toString(), 'Council');
    // A stranger cannot veto.
    await assert.rejects(submit(api, api.tx.staking.cancelSlash(slashes[1].id), operator), /BadOrigin/);

    const applied = await nextEvent(api, 'staking', 'SlashApplied', (d) => d[0].toNumber() === slashes[1].id);
    const fraction = BigInt(api.consts.disputes.disputeLostFraction.toNumber()); // per billion
    const expected = (bondBefore * fraction) / 1_000_000_000n;
    assert.equal(applied[2].toBigInt(), expected, 'the slash took its fraction of the bond');
    const bondAfter = (await api.query.staking.operators(operator.address)).unwrap().bond.toBigInt();
    assert.equal(bondBefore - bondAfter, expected, 'only the slash that was not vetoed was applied');
    assert.equal((await api.call.stakingApi.pendingSlashes(operator.address)).length, 0);
  });
});
