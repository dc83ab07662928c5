// End-to-end: the compute market on a real `aitbc-node --dev`, through @polkadot/api with no
// custom types: an operator bonds and registers, a client requests a service and calls a job, the
// operator submits the result and claims the payment with its signed receipt, and the client's
// acceptance (or the end of the challenge window) settles it: escrow pays the operator the
// receipt's price and refunds the rest, AIT is minted and the work score grows. A job nobody
// delivers is cancelled by its client once the service's job timeout passed.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { startDevNode, waitForBlock } from '../lib/node.mjs';
import {
  AIT, GPU, acceptanceSignature, aroundBlock, blockEvents, callJob, closedJobs, eventData, freeBalance,
  outputHash, palletAccount, receiptBody, rewardFlows, receiptCall, receiptId, requestApprovedService, resultCall,
  serviceTerms, setupService, signReceipt, submit, waitEvent,
} from '../lib/market.mjs';

const PER_BILLION = 1_000_000_000n;
const PER_MILLION = 1_000_000n;

/** Fees (and tips) `who` paid in the event records `records` (all of them if `who` is null). */
function feesPaid(records, who = null) {
  let total = 0n;
  for (const { event } of records) {
    if (event.section === 'transactionPayment' && event.method === 'TransactionFeePaid'
      && (who === null || event.data[0].toString() === who)) {
      total += event.data[1].toBigInt() + event.data[2].toBigInt();
    }
  }
  return total;
}

describe('compute market on aitbc-node --dev', () => {
  let node;
  let api;
  let operator;
  let client;
  let owner;
  let relayer;
  let stranger;
  let blueprintId;
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

  /**
   * The mint of `units` under the parameters in force, at most the platform fee `burned` (both
   * shares scaled down alike): [total, operator's share, treasury's].
   */
  async function mintOf(units, burned) {
    const mint = (await api.query.receipts.mintParams()).toJSON();
    const perUnit = BigInt(mint.mintPerUnit);
    const perUnitOperator = (perUnit * BigInt(mint.coordinatorShare)) / PER_MILLION;
    let toOperator = perUnitOperator * BigInt(units);
    let toTreasury = (perUnit - perUnitOperator) * BigInt(units);
    const owed = toOperator + toTreasury;
    if (owed > burned) {
      toOperator = (toOperator * burned) / owed;
      toTreasury = (toTreasury * burned) / owed;
    }
    return [toOperator + toTreasury, toOperator, toTreasury];
  }

  async function platformFeeOn(amount) {
    return (amount * BigInt((await api.query.escrow.platformFee()).toNumber())) / PER_BILLION;
  }

  /**
   * Checks the settlement of `job` (escrowed `job.price`) in block `blockHash` for a claim of
   * `price` and `units`: the operator got the price less the platform fee and its mint share, the
   * client's hold went back and the rest of the escrow came back to it, the treasury got its mint
   * share and the block's fees, issuance grew by the mint less the burned platform fee. Returns
   * the ReceiptSettled data.
   */
  async function assertSettledIn(blockHash, job, { price, units }) {
    const records = await blockEvents(api, blockHash);
    const settled = records.find(({ event }) => api.events.receipts.ReceiptSettled.is(event)
      && event.data[1].toNumber() === job.jobId);
    assert.ok(settled, `job ${job.jobId} settled in this block`);
    const [, , payee, credited, paid, refunded] = settled.event.data;
    assert.equal(payee.toString(), operator.address);
    assert.equal(credited.toNumber(), units, 'all claimed units are credited when the whole price is paid');
    const platform = await platformFeeOn(price);
    assert.equal(paid.toBigInt(), price - platform, 'the operator is paid the price less the platform fee');
    assert.equal(refunded.toBigInt(), job.price - price, 'the rest of the escrow goes back to the client');
    assert.equal(closedJobs(records).get(job.jobId), 'Settled', 'the job closed as Settled in the same block');
    assert.ok(records.some(({ event }) => api.events.escrow.Settled.is(event)), 'escrow settled');

    const [minted, toOperator, toTreasury] = await mintOf(units, platform);
    assert.ok(minted > 0n && minted <= platform, 'a job mints at most the fee it burned');
    const [before, after] = await aroundBlock(api, blockHash, (at) => Promise.all([
      at.query.system.account(operator.address), at.query.system.account(client.address),
      at.query.system.account(treasury), at.query.balances.totalIssuance(),
    ]));
    const delta = (i, field = 'free') => after[i].data[field].toBigInt() - before[i].data[field].toBigInt();
    assert.equal(delta(0), price - platform + toOperator - feesPaid(records, operator.address),
      'the operator got the price, less the platform fee, and its mint share');
    assert.equal(delta(0, 'reserved'), 0n, 'nothing of the operator was held or released');
    assert.equal(-delta(1, 'reserved'), job.price, 'the client\'s escrow hold was released');
    assert.equal(delta(1), job.price - price - feesPaid(records, client.address), 'the client got the rest back');
    assert.equal(after[3].toBigInt() - before[3].toBigInt(), minted - platform,
      'issuance grew by the mint and shrank by the burned platform fee');
    assert.equal(delta(2), toTreasury + feesPaid(records) - rewardFlows(api, records),
      'the treasury got its mint share and the block\'s fees (the platform fee was burned)');
    return settled.event.data;
  }

  const jobStatus = async (jobId) => (await api.call.servicesApi.job(jobId)).unwrap().status.toString();
  const receiptStatus = (who, jobId, label) => rpc.send('receipts_status', [who, u8aToHex(receiptId(jobId, label)), null]);

  test('an operator bonds, registers, and serves a service the client requested', async () => {
    const before = await freeBalance(api, operator.address);
    ({ blueprintId, serviceId } = await setupService(api, { owner, operators: [operator], client }));
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
    const { terms } = (await api.query.services.services(serviceId)).unwrap();
    assert.equal(terms.jobTimeout.toNumber(), 600);
    assert.ok(terms.endsAt.isNone);
  });

  test('a service request with a job timeout out of range is refused', async () => {
    const min = api.consts.services.minJobTimeout.toNumber();
    const max = api.consts.services.maxJobTimeout.toNumber();
    // Two signers, so both go in one block.
    await Promise.all([[min - 1, client], [max + 1, stranger]].map(([jobTimeout, who]) => assert.rejects(
      submit(api, api.tx.services.requestService(blueprintId, serviceTerms({ operators: [operator], jobTimeout }), 600), who),
      /services\.InvalidJobTimeout/,
    )));
  });

  test('a stranger may not call a job on the service', async () => {
    await assert.rejects(
      submit(api, api.tx.services.callJob(serviceId, 0, u8aToHex(new Uint8Array(32)), 10, 1000n * AIT), stranger),
      /services\.NotPermittedCaller/,
    );
  });

  let job;
  let clientReservedBefore;
  test('a job call escrows the quoted price from the client', async () => {
    const before = await freeBalance(api, client.address);
    clientReservedBefore = (await api.query.system.account(client.address)).data.reserved.toBigInt();
    job = await callJob(api, client, serviceId, { units: 10 });
    const quote = await rpc.send('pricing_quote', [GPU, 10, job.blockHash.toHex()]);
    assert.equal(job.price, BigInt(quote.total), 'the escrowed price is the quote for the units');
    const after = await freeBalance(api, client.address);
    assert.ok(before - after >= job.price, 'the price left the client');
    const reserved = (await api.query.system.account(client.address)).data.reserved.toBigInt();
    assert.equal(reserved - clientReservedBefore, job.price, 'the price is held');
    const view = (await api.call.servicesApi.job(job.jobId)).unwrap();
    assert.equal(view.status.toString(), 'Called');
    assert.ok(view.result.isNone, 'no result yet');
  });

  test('a stranger may not submit the result of another service\'s job', async () => {
    await assert.rejects(
      submit(api, api.tx.services.submitResult(job.jobId, u8aToHex(new Uint8Array(32).fill(1))), stranger),
      /services\.NotServiceOperator/,
    );
  });

  test('a receipt before the job\'s result is refused', async () => {
    const early = receiptCall(api, operator, { jobId: job.jobId, client: client.address, computeUnits: 7, price: job.price });
    await assert.rejects(submit(api, early, relayer), /receipts\.NoResult/);
    assert.equal(await jobStatus(job.jobId), 'Called');
  });

  test('the operator submits the result; a receipt of another operator or another output is refused', async () => {
    const { events } = await submit(api, resultCall(api, job.jobId), operator);
    assert.ok(events.some(({ event }) => event.section === 'services' && event.method === 'ResultSubmitted'));
    const view = (await api.call.servicesApi.job(job.jobId)).unwrap();
    assert.equal(view.status.toString(), 'ResultSubmitted');
    const result = view.result.unwrap();
    assert.equal(result.operator.toString(), operator.address);
    assert.equal(result.outputHash.toHex(), u8aToHex(outputHash(job.jobId)));
    assert.ok(result.submittedAt.toNumber() > 0);

    const before = await freeBalance(api, operator.address);
    // Signed by Bob, who did not submit the result.
    const forged = receiptCall(api, stranger, { jobId: job.jobId, client: client.address, computeUnits: 10, price: job.price });
    const otherOutput = receiptCall(api, operator, {
      jobId: job.jobId, client: client.address, computeUnits: 10, price: job.price, output: 'something else',
    });
    await Promise.all([
      assert.rejects(submit(api, forged, relayer), /receipts\.NotResultOperator/),
      assert.rejects(submit(api, otherOutput, stranger), /receipts\.OutputMismatch/),
    ]);
    assert.equal(await freeBalance(api, operator.address), before);
    assert.equal(await jobStatus(job.jobId), 'ResultSubmitted');
  });

  const units = 7;
  let claimPrice;
  test('the operator\'s signed receipt claims the payment; nothing is paid yet', async () => {
    // The operator claims three quarters of the escrowed price; the rest goes back at settlement.
    claimPrice = (job.price * 3n) / 4n;
    const [operatorBefore, clientBefore] = await Promise.all([
      api.query.system.account(operator.address), api.query.system.account(client.address),
    ]);
    const call = receiptCall(api, operator, { jobId: job.jobId, client: client.address, computeUnits: units, price: claimPrice });
    const { events, blockHash } = await submit(api, call, relayer);
    const claimed = eventData(api, events, 'receipts', 'ReceiptClaimed');
    assert.equal(claimed.jobId.toNumber(), job.jobId);
    assert.equal(claimed.operator.toString(), operator.address);
    assert.equal(claimed.computeUnits.toNumber(), units);
    assert.equal(claimed.price.toBigInt(), claimPrice);
    assert.equal(claimed.receiptId.toHex(), u8aToHex(receiptId(job.jobId)));
    const claimedAt = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    const window = api.consts.receipts.challengeWindow.toNumber();
    assert.equal(claimed.maturesAt.toNumber(), claimedAt + window, 'the claim matures when the challenge window closes');
    assert.ok(!events.some(({ event }) => event.section === 'receipts' && ['ReceiptSettled', 'Minted'].includes(event.method)),
      'no settlement and no mint at claim time');

    const [operatorAfter, clientAfter] = await Promise.all([
      (await api.at(blockHash)).query.system.account(operator.address), (await api.at(blockHash)).query.system.account(client.address),
    ]);
    assert.equal(operatorAfter.data.free.toBigInt(), operatorBefore.data.free.toBigInt(), 'the operator was not paid yet');
    assert.equal(clientAfter.data.reserved.toBigInt(), clientBefore.data.reserved.toBigInt(), 'the escrow still holds the price');
    assert.equal(await jobStatus(job.jobId), 'Claimed');

    // Receipt ids are per operator: the status names the operator.
    const status = await receiptStatus(operator.address, job.jobId);
    assert.equal(status.state, 'pending');
    assert.equal(status.jobId, job.jobId);
    assert.equal(status.computeUnits, units);
    assert.equal(status.claimedAt, claimedAt);
    assert.equal(status.maturesAt, claimedAt + window);
    assert.equal(status.closedAt, null);
    assert.ok(status.prunableAt > claimedAt + window, 'remembered beyond the challenge window');
    const elsewhere = await receiptStatus(stranger.address, job.jobId);
    assert.equal(elsewhere.state, 'unknown', 'another operator never used this receipt id');
    assert.equal(elsewhere.jobId, null);
  });

  test('only the client may accept the claim; its acceptance settles it: escrow pays, refunds the rest, AIT is minted', async () => {
    await assert.rejects(submit(api, api.tx.receipts.accept(job.jobId), stranger), /receipts\.NotJobClient/);
    const { events, blockHash } = await submit(api, api.tx.receipts.accept(job.jobId), client);
    assert.ok(events.some(({ event }) => api.events.receipts.ReceiptSettled.is(event)));
    await assertSettledIn(blockHash, job, { price: claimPrice, units });
    assert.equal((await api.query.system.account(client.address)).data.reserved.toBigInt(), clientReservedBefore,
      'the client holds nothing for the job any more');

    const settledAt = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    const status = await receiptStatus(operator.address, job.jobId);
    assert.equal(status.state, 'settled');
    assert.equal(status.jobId, job.jobId);
    assert.equal(status.computeUnits, units);
    assert.equal(status.closedAt, settledAt);
    assert.equal(status.maturesAt, null);
    const score = await rpc.send('receipts_workScore', [operator.address, null]);
    assert.equal(score.totalWork, units);
    assert.equal(score.sessionWork, units);
    assert.equal(await jobStatus(job.jobId), 'Settled');
  });

  test('the same job cannot be claimed or accepted twice', async () => {
    const again = receiptCall(api, operator, {
      jobId: job.jobId, client: client.address, computeUnits: 1, price: job.price, label: 'second',
    });
    await Promise.all([
      assert.rejects(submit(api, again, relayer), /receipts\.JobAlreadySettled/),
      assert.rejects(submit(api, api.tx.receipts.accept(job.jobId), client), /receipts\.NoClaim/),
    ]);
  });

  test('a receipt the client counter-signed settles in its own block', async () => {
    const counter = await callJob(api, client, serviceId, { units: 10, input: 'counter-signed' });
    await submit(api, resultCall(api, counter.jobId), operator);
    const fields = { jobId: counter.jobId, client: client.address, computeUnits: 9, price: counter.price };
    // An acceptance signed by anyone but the job's client is refused; so is the client's
    // acceptance of another body (other units): it covers every field.
    const body = receiptBody({ ...fields, operator: operator.address });
    const wrong = acceptanceSignature(api, client, { ...body, computeUnits: 8 });
    await Promise.all([
      assert.rejects(submit(api, receiptCall(api, operator, { ...fields, acceptedBy: stranger }), relayer), /receipts\.BadAcceptance/),
      assert.rejects(
        submit(api, api.tx.receipts.submitReceipt(signReceipt(api, operator, body), 'Public', wrong), stranger),
        /receipts\.BadAcceptance/,
      ),
    ]);

    const { events, blockHash } = await submit(api, receiptCall(api, operator, { ...fields, acceptedBy: client }), relayer);
    const claimed = eventData(api, events, 'receipts', 'ReceiptClaimed');
    const settled = eventData(api, events, 'receipts', 'ReceiptSettled');
    assert.equal(claimed.jobId.toNumber(), counter.jobId);
    assert.equal(settled.jobId.toNumber(), counter.jobId, 'claimed and settled by the same extrinsic');
    await assertSettledIn(blockHash, counter, { price: counter.price, units: 9 });
    assert.equal(await jobStatus(counter.jobId), 'Settled');
    assert.equal((await receiptStatus(operator.address, counter.jobId)).state, 'settled');
  });

  test('a claim the client does not accept settles by itself when the challenge window closes', async () => {
    const waiting = await callJob(api, client, serviceId, { units: 10, input: 'window' });
    // The operator delivers and claims in one batch.
    const { events } = await submit(api, api.tx.utility.batchAll([
      resultCall(api, waiting.jobId),
      receiptCall(api, operator, { jobId: waiting.jobId, client: client.address, computeUnits: 10, price: waiting.price }),
    ]), operator);
    const maturesAt = eventData(api, events, 'receipts', 'ReceiptClaimed').maturesAt.toNumber();
    const settled = await waitEvent(api, 'receipts', 'ReceiptSettled', (d) => d[1].toNumber() === waiting.jobId, 120_000);
    const header = await api.rpc.chain.getHeader(settled.blockHash);
    assert.equal(header.number.toNumber(), maturesAt, 'settled in the block where the window closes');
    const records = await blockEvents(api, settled.blockHash);
    const record = records.find(({ event }) => api.events.receipts.ReceiptSettled.is(event) && event.data[1].toNumber() === waiting.jobId);
    assert.ok(record.phase.isInitialization, 'settled by the block\'s hook, not by a transaction');
    await assertSettledIn(settled.blockHash, waiting, { price: waiting.price, units: 10 });
    assert.equal(await jobStatus(waiting.jobId), 'Settled');
  });

  test('a client cancels a job nobody delivered once the service\'s job timeout passed and gets its payment back', async () => {
    const timeout = api.consts.services.minJobTimeout.toNumber();
    const shortService = await requestApprovedService(api, { blueprintId, operators: [operator], client, jobTimeout: timeout });
    const { terms } = (await api.query.services.services(shortService)).unwrap();
    assert.equal(terms.jobTimeout.toNumber(), timeout);
    const reservedBefore = (await api.query.system.account(client.address)).data.reserved.toBigInt();
    const late = await callJob(api, client, shortService, { units: 10, input: 'never delivered' });
    const calledAt = (await api.rpc.chain.getHeader(late.blockHash)).number.toNumber();

    await Promise.all([
      assert.rejects(submit(api, api.tx.services.cancelJob(late.jobId), client), /services\.JobNotTimedOut/),
      assert.rejects(submit(api, api.tx.services.cancelJob(late.jobId), stranger), /services\.NotJobClient/),
    ]);
    // The call is valid from the block `calledAt + timeout`, so it can be included in the next.
    await waitForBlock(api, calledAt + timeout - 1);
    const { events, blockHash } = await submit(api, api.tx.services.cancelJob(late.jobId), client);
    const cancelledAt = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.ok(cancelledAt >= calledAt + timeout);
    assert.equal(closedJobs(events).get(late.jobId), 'TimedOut');
    const refunded = eventData(api, events, 'escrow', 'Refunded');
    assert.equal(refunded.to.toString(), client.address);
    assert.equal(refunded.amount.toBigInt(), late.price);
    const [before, after] = await aroundBlock(api, blockHash, (at) => at.query.system.account(client.address));
    const records = await blockEvents(api, blockHash);
    assert.equal(after.data.free.toBigInt() - before.data.free.toBigInt(), late.price - feesPaid(records, client.address),
      'the whole price came back, less the cancellation\'s fee');
    assert.equal(after.data.reserved.toBigInt(), reservedBefore, 'nothing is held for the job any more');
    assert.equal(await jobStatus(late.jobId), 'TimedOut');
    // A result for a closed job comes too late.
    await assert.rejects(submit(api, resultCall(api, late.jobId), operator), /services\.JobClosed/);
  });

  test('Polkadot.js from metadata alone: a rental offered, accepted, priced by calculate_penalty, and cancelled', async () => {
    const blueprint = (await api.query.services.blueprints(blueprintId)).unwrap();
    const period = Math.max(api.consts.services.minRentalPeriod.toNumber(), blueprint.heartbeatInterval.toNumber());
    const terms = {
      blueprintId,
      capacity: 1,
      periodLength: period,
      periods: 2,
      paymentAsset: 'Native',
      sla: {
        minAvailabilityPpm: 900_000,
        maxResponseMs: 500,
        minAccuracyPpm: null,
        minDeliveredUnits: null,
        breachPenalty: 100_000_000, // 10%, in parts per billion
      },
      notice: 0,
    };
    const offered = await submit(api, api.tx.services.createRental(operator.address, terms, 1000n * AIT, 100), client);
    const created = eventData(api, offered.events, 'services', 'RentalCreated');
    const rentalId = created.rentalId.toNumber();
    const price = created.pricePerPeriod.toBigInt();
    assert.equal(created.total.toBigInt(), 2n * price);
    await assert.rejects(submit(api, api.tx.services.acceptRental(rentalId), stranger), /services\.NotRentalProvider/);
    const accepted = await submit(api, api.tx.services.acceptRental(rentalId), operator);
    const startedAt = (await api.rpc.chain.getHeader(accepted.blockHash)).number.toNumber();
    const rental = (await api.call.rentalsApi.rental(rentalId)).unwrap();
    assert.equal(rental.status.toString(), 'Active');
    assert.equal(rental.endsAt.unwrap().toNumber(), startedAt + 2 * period);
    assert.ok((await api.call.rentalsApi.rentalsOf(client.address)).map(Number).includes(rentalId));
    // Two terms broken (20%) and a fifth unavailable (20%): 40% of a period back to the client.
    const penalty = await api.call.rentalsApi.calculatePenalty(rentalId, {
      availabilityPpm: 800_000, responseMs: 600, accuracyPpm: 1_000_000, deliveredUnits: 0,
    });
    assert.equal(penalty.unwrap().toBigInt(), (price * 4n) / 10n);
    // Cancelled with no notice: the blocks it ran are paid, the rest comes back now.
    const cancelled = await submit(api, api.tx.services.cancelRental(rentalId), client);
    const cancelledAt = (await api.rpc.chain.getHeader(cancelled.blockHash)).number.toNumber();
    const event = eventData(api, cancelled.events, 'services', 'RentalCancelled');
    assert.equal(event.endsAt.toNumber(), cancelledAt);
    const ran = BigInt(cancelledAt - startedAt);
    assert.equal(event.refunded.toBigInt(), 2n * price - (price * ran) / BigInt(period));
  });
});
