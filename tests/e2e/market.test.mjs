// End-to-end: the compute market on a real `aitbc-node --dev`, through @polkadot/api with no
// custom types: an operator bonds and registers, a client requests a service and calls a job, the
// operator's signed receipt settles it, escrow pays, AIT is minted and the work score grows.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { startDevNode } from '../lib/node.mjs';
import {
  AIT, GPU, callJob, eventData, freeBalance, receiptCall, receiptId, setupService, submit,
  palletAccount,
} from '../lib/market.mjs';


/** The fee `tx` paid, from its TransactionFeePaid event. */
function feePaid(api, events) {
  return eventData(api, events, 'transactionPayment', 'TransactionFeePaid').actualFee.toBigInt();
}

describe('compute market on aitbc-node --dev', () => {
  let node;
  let api;
  let operator;
  let client;
  let owner;
  let relayer;
  let stranger;
  let serviceId;
  let treasury;
  /** A raw JSON-RPC connection, for the node's own methods (pricing_*, receipts_*). */
  let rpc;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    operator = keyring.addFromUri('//Dave');
    client = keyring.addFromUri('//Eve');
    owner = keyring.addFromUri('//Ferdie');
    relayer = keyring.addFromUri('//Charlie');
    stranger = keyring.addFromUri('//Bob');
    node = await startDevNode();
    api = node.api;
    treasury = palletAccount(api, api.consts.treasury.palletId);
    rpc = new WsProvider(`ws://127.0.0.1:${node.rpcPort}`);
    await rpc.isReady;
  });

  after(async () => {
    if (rpc) await rpc.disconnect();
    if (node) await node.stop();
  });

  test('an operator bonds, registers, and serves a service the client requested', async () => {
    const before = await freeBalance(api, operator.address);
    ({ serviceId } = await setupService(api, { owner, operators: [operator], client }));
    const minBond = api.consts.staking.minOperatorBond.toBigInt();
    const ledger = (await api.query.staking.operators(operator.address)).unwrap();
    assert.equal(ledger.bond.toBigInt(), minBond);
    // The bond is held, not spent: free balance fell by the bond and three fees.
    const spent = before - (await freeBalance(api, operator.address));
    assert.ok(spent >= minBond && spent < minBond + AIT, `operator spent ${spent}`);
    // Runtime APIs decode from metadata: the staking and services views.
    const bond = await api.call.stakingApi.operatorBond(operator.address);
    assert.equal(bond.unwrap().bond.toBigInt(), minBond);
    const services = await api.call.servicesApi.servicesByOperator(operator.address);
    assert.deepEqual(services.map((s) => s.toNumber()), [serviceId]);
  });

  test('a stranger may not call a job on the service', async () => {
    await assert.rejects(
      submit(api, api.tx.services.callJob(serviceId, 0, u8aToHex(new Uint8Array(32)), 10, 1000n * AIT), stranger),
      /services\.NotPermittedCaller/,
    );
  });

  let job;
  test('a job call escrows the quoted price from the client', async () => {
    const before = await freeBalance(api, client.address);
    job = await callJob(api, client, serviceId, { units: 10 });
    const quote = await rpc.send('pricing_quote', [GPU, 10, job.blockHash.toHex()]);
    assert.equal(job.price, BigInt(quote.total), 'the escrowed price is the quote for the units');
    const after = await freeBalance(api, client.address);
    assert.ok(before - after >= job.price, 'the price left the client');
    const view = (await api.call.servicesApi.job(job.jobId)).unwrap();
    assert.equal(view.status.toString(), 'Pending');
  });

  test('a stranger may not submit the result of another service\'s job', async () => {
    await assert.rejects(
      submit(api, api.tx.services.submitResult(job.jobId, u8aToHex(new Uint8Array(32).fill(1))), stranger),
      /services\.NotServiceOperator/,
    );
  });

  test('a receipt signed by someone else is refused and changes nothing', async () => {
    const before = await freeBalance(api, operator.address);
    const forged = receiptCall(api, stranger, {
      jobId: job.jobId, client: client.address, computeUnits: 10, price: job.price,
    });
    // Signed by Bob, who is not an operator of the job's service.
    await assert.rejects(submit(api, forged, relayer), /receipts\.NotJobOperator/);
    assert.equal(await freeBalance(api, operator.address), before);
  });

  test('the operator\'s signed receipt pays it from escrow, mints AIT and grows its work score', async () => {
    const mint = (await api.query.receipts.mintParams()).toJSON();
    const perUnit = BigInt(mint.mintPerUnit);
    const coordinatorShare = BigInt(mint.coordinatorShare); // parts per million
    assert.ok(perUnit > 0n, 'the dev chain mints for verified compute');
    const [operatorBefore, treasuryBefore, issuanceBefore] = await Promise.all([
      freeBalance(api, operator.address),
      freeBalance(api, treasury),
      api.query.balances.totalIssuance().then((x) => x.toBigInt()),
    ]);

    const units = 7;
    const call = receiptCall(api, operator, { jobId: job.jobId, client: client.address, computeUnits: units, price: job.price });
    const { events } = await submit(api, call, relayer);
    const accepted = eventData(api, events, 'receipts', 'ReceiptAccepted');
    assert.equal(accepted.jobId.toNumber(), job.jobId);
    assert.equal(accepted.computeUnits.toNumber(), units);

    const minted = perUnit * BigInt(units);
    const toOperator = (minted * coordinatorShare) / 1_000_000n;
    const toTreasury = minted - toOperator;
    const fee = feePaid(api, events);
    const [operatorAfter, treasuryAfter, issuanceAfter] = await Promise.all([
      freeBalance(api, operator.address),
      freeBalance(api, treasury),
      api.query.balances.totalIssuance().then((x) => x.toBigInt()),
    ]);
    const platformFee = BigInt((await api.query.escrow.platformFee()).toNumber()); // parts per billion
    assert.equal(operatorAfter - operatorBefore, job.price + toOperator - (job.price * platformFee) / 1_000_000_000n,
      'the operator got the price and its share of the mint');
    // The treasury gets its mint share and the relayer's fee.
    assert.equal(treasuryAfter - treasuryBefore, toTreasury + fee);
    assert.equal(issuanceAfter - issuanceBefore, minted, 'issuance grew by exactly the mint');

    const status = await rpc.send('receipts_status', [u8aToHex(receiptId(job.jobId)), null]);
    assert.equal(status.accepted, true);
    assert.equal(status.jobId, job.jobId);
    assert.equal(status.computeUnits, units);
    assert.equal(status.operator, operator.address);
    const score = await rpc.send('receipts_workScore', [operator.address, null]);
    assert.equal(score.totalWork, units);
    assert.equal(score.sessionWork, units);
    const view = (await api.call.servicesApi.job(job.jobId)).unwrap();
    assert.equal(view.status.toString(), 'Settled');
  });

  test('the same job cannot be claimed twice', async () => {
    const again = receiptCall(api, operator, {
      jobId: job.jobId, client: client.address, computeUnits: 1, price: job.price, label: 'second',
    });
    await assert.rejects(submit(api, again, relayer), /receipts\.JobAlreadySettled/);
  });
});
