// End-to-end: the marketplace with the `aitbc` miner daemon doing the operator's work. Through
// @polkadot/api (metadata only), against a real `aitbc-node --dev`: the operator bonds and
// registers, the client requests a service and the operator approves it, the client calls a job;
// `aitbc miner run` (the real binary, a separate process) sees it in a finalized block, runs it
// with its hash-chain executor and submits the result and its signed receipt; escrow pays the
// operator, AIT is minted and the work score grows. Balances are checked at each step.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { nodeBinary, startDevNode, waitFor } from '../lib/node.mjs';
import { callJob, eventData, freeBalance, nextEvent, setupService } from '../lib/market.mjs';

const aitbcBinary = join(dirname(nodeBinary()), 'aitbc');

describe('the aitbc miner daemon on aitbc-node --dev', { skip: !existsSync(aitbcBinary) && `no ${aitbcBinary}` }, () => {
  let node;
  let api;
  let rpc;
  let miner;
  let minerLog = '';
  let work;
  let operator;
  let client;
  let serviceId;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    operator = keyring.addFromUri('//Dave');
    client = keyring.addFromUri('//Eve');
    node = await startDevNode();
    api = node.api;
    rpc = new WsProvider(`ws://127.0.0.1:${node.rpcPort}`);
    await rpc.isReady;
    work = mkdtempSync(join(tmpdir(), 'aitbc-miner-'));
  });

  after(async () => {
    if (miner && miner.exitCode === null) miner.kill('SIGTERM');
    if (rpc) await rpc.disconnect();
    if (node) await node.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the operator bonds and registers, the client requests, the operator approves', async () => {
    const freeBefore = await freeBalance(api, operator.address);
    ({ serviceId } = await setupService(api, { owner: keyring().addFromUri('//Ferdie'), operators: [operator], client }));
    const bond = api.consts.staking.minOperatorBond.toBigInt();
    const held = (await api.query.system.account(operator.address)).data.reserved.toBigInt();
    assert.equal(held, bond, 'the bond is held');
    assert.ok(freeBefore - (await freeBalance(api, operator.address)) >= bond);
  });

  test('the miner daemon runs a called job and its receipt settles it', async () => {
    miner = spawn(aitbcBinary, [
      '--url', `ws://127.0.0.1:${node.rpcPort}`, '--suri', '//Dave',
      'miner', 'run', '--executor', 'hash-chain', '--state', join(work, 'miner.json'), '--max-jobs', '1',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    miner.stdout.on('data', (d) => { minerLog += d; });
    miner.stderr.on('data', (d) => { minerLog += d; });

    const operatorBefore = await freeBalance(api, operator.address);
    const clientBefore = await freeBalance(api, client.address);
    const job = await callJob(api, client, serviceId, { units: 40, input: 'miner e2e' });
    assert.ok(clientBefore - (await freeBalance(api, client.address)) >= job.price, 'the client paid into escrow');

    const accepted = await nextEvent(api, 'receipts', 'ReceiptAccepted', (d) => d[1].toNumber() === job.jobId, 240_000)
      .catch((e) => { throw new Error(`${e.message}; miner log:\n${minerLog}`); });
    const units = accepted[4].toNumber();
    assert.ok(units > 0 && units <= 40, `units within the job's cap (${units})`);

    await waitFor('the job settled', async () => (await api.call.servicesApi.job(job.jobId)).unwrap().status.toString() === 'Settled', 60_000);
    const score = await rpc.send('receipts_workScore', [operator.address, null]);
    assert.equal(score.totalWork, units, 'the work score grew by the receipt units');

    const mint = (await api.query.receipts.mintParams()).toJSON();
    const minted = BigInt(mint.mintPerUnit) * BigInt(units);
    const toOperator = (minted * BigInt(mint.coordinatorShare)) / 1_000_000n;
    // The operator paid fees for the result and the receipt; it gained the price and its mint share.
    const gained = (await freeBalance(api, operator.address)) - operatorBefore;
    const expected = job.price + toOperator;
    assert.ok(gained <= expected && gained > expected - 10n ** 10n, `operator gained ${gained}, expected about ${expected}`);

    await waitFor('the daemon to exit after its one job', () => miner.exitCode !== null, 60_000);
    assert.equal(miner.exitCode, 0, minerLog);
  });
});

function keyring() {
  return new Keyring({ type: 'sr25519' });
}
