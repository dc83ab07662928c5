// End-to-end: a forkless runtime upgrade rehearsed on a real `aitbc-node --dev`.
//
// The chain runs the runtime the node embeds (spec_version 100) and holds what an upgrade must
// not lose: a service with its operator's bond, an open job escrow and a pending slash (missed
// heartbeats, deferred for the council's review). Every pallet's `try_state` runs on that live
// state through the runtime's TryRuntime API (`TryRuntime_on_runtime_upgrade`: migrations with
// their pre/post checks, a decode of the entire state, then `try_state`), the same call
// try-runtime-cli makes. Then sudo enacts `System::set_code` with the same runtime one
// `spec_version` later (built by runtime/build.rs with the `upgrade-rehearsal` feature), and the
// chain keeps producing and finalizing blocks on the new code, with the same state and
// `try_state` still holding; a new job goes through the market on the new runtime.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { rehearsalWasm, startDevNode, waitForBlock } from '../lib/node.mjs';
import { AIT, callJob, eventData, setupService, submit } from '../lib/market.mjs';

/**
 * Runs every migration's pre/post checks, decodes the whole state and runs every pallet's
 * `try_state` at `blockHash` through the TryRuntime API; rejects with the runtime's reason.
 * `UpgradeCheckSelect::All` is variant 1. Returns the reported weight bytes.
 */
async function tryRuntimeUpgrade(api, blockHash) {
  return api.rpc.state.call('TryRuntime_on_runtime_upgrade', '0x01', blockHash);
}

describe('forkless runtime upgrade on aitbc-node --dev', () => {
  let node;
  let api;
  let sudoKey;
  let operator;
  let client;
  let owner;
  let serviceId;
  let job;
  let slashId;
  let upgradedAt;
  let specBefore;
  /**
   * A client that connects after the upgrade, as a wallet opened later would. (The client
   * connected before it re-reads the metadata on the upgrade, but @polkadot/api 16 then loses
   * the runtime APIs it had from metadata v15, `api.call.stakingApi` among them.)
   */
  let fresh;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    sudoKey = keyring.addFromUri('//Alice');
    operator = keyring.addFromUri('//Dave');
    client = keyring.addFromUri('//Eve');
    owner = keyring.addFromUri('//Ferdie');
    node = await startDevNode();
    api = node.api;
  });

  after(async () => {
    if (fresh) await fresh.disconnect();
    if (node) await node.stop();
  });

  /** What the upgrade must keep, read at `blockHash` through the client `reader`. */
  async function snapshot(reader, blockHash) {
    const at = await reader.at(blockHash);
    const accounts = await Promise.all([operator, client, owner].map((k) => at.query.system.account(k.address)));
    const escrows = (await at.query.escrow.escrows.entries())
      .map(([key, value]) => [key.toHex(), value.toHex()]).sort();
    return {
      accounts: accounts.map((a) => a.toHex()),
      service: (await at.query.services.services(serviceId)).toHex(),
      job: (await at.query.services.jobs(job.jobId)).toHex(),
      escrows,
      bond: (await at.query.staking.operators(operator.address)).toHex(),
      pendingSlashes: (await at.call.stakingApi.pendingSlashes(operator.address)).toHex(),
      issuance: (await at.query.balances.totalIssuance()).toHex(),
    };
  }

  test('before: a service, an open job escrow and a pending slash on the chain', async () => {
    const interval = api.consts.services.minHeartbeatInterval.toNumber();
    ({ serviceId } = await setupService(api, { owner, operators: [operator], client, heartbeatInterval: interval }));
    job = await callJob(api, client, serviceId, { units: 10 });
    assert.ok(job.price > 0n, 'the job escrowed its price');

    // The operator never beats: once more than the threshold of intervals passed, anyone reports
    // the misses and staking defers a slash for the council's review.
    const threshold = api.consts.services.missedHeartbeatThreshold.toNumber();
    const start = (await api.rpc.chain.getHeader()).number.toNumber();
    await waitForBlock(api, start + interval * (threshold + 2) + 1, { timeoutMs: 300_000 });
    const reported = await submit(api, api.tx.services.reportMissedHeartbeats(serviceId, operator.address), owner);
    slashId = eventData(api, reported.events, 'staking', 'SlashReported').slashId.toNumber();
    const pending = await api.call.stakingApi.pendingSlashes(operator.address);
    assert.ok(pending.some(([id]) => id.toNumber() === slashId), 'the slash is pending');
  });

  test('before: every pallet\'s try_state holds on the live state (TryRuntime API)', async () => {
    const best = await api.rpc.chain.getFinalizedHead();
    const weights = await tryRuntimeUpgrade(api, best);
    assert.ok(weights.length > 0, 'the TryRuntime API answered');
  });

  test('sudo enacts System::set_code with spec_version + 1', async () => {
    specBefore = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
    const code = rehearsalWasm();
    const tx = api.tx.sudo.sudoUncheckedWeight(api.tx.system.setCode(u8aToHex(code)), { refTime: 0, proofSize: 0 });
    // Submitted without @polkadot/api's event decoding: at the upgrade it swaps its registry in
    // place, from the V16 metadata it started with to `state_getMetadata`'s V14, whose type ids
    // differ, and a read of the block's events in flight is decoded with the wrong one.
    await tx.signAsync(sudoKey);
    const blockHash = await new Promise((resolve, reject) => {
      api.rpc.author.submitAndWatchExtrinsic(tx, (status) => {
        if (status.isInBlock) resolve(status.asInBlock);
        else if (status.isInvalid || status.isDropped || status.isUsurped) reject(new Error(`set_code: ${status.type}`));
      }).catch(reject);
    });
    // The block's events, read by a client that connected after the swap.
    const reader = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${node.rpcPort}`), noInitWarn: true });
    try {
      const index = (await reader.rpc.chain.getBlock(blockHash)).block.extrinsics
        .findIndex((x) => x.hash.eq(tx.hash));
      const events = (await (await reader.at(blockHash)).query.system.events())
        .filter(({ phase }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index);
      const { sudoResult } = eventData(reader, events, 'sudo', 'Sudid');
      assert.ok(sudoResult.isOk, `set_code dispatched: ${sudoResult.toString()}`);
      assert.ok(events.some(({ event }) => reader.events.system.CodeUpdated.is(event)), 'System::CodeUpdated');
    } finally {
      await reader.disconnect();
    }
    upgradedAt = blockHash;
    const upgradedNumber = (await api.rpc.chain.getHeader(upgradedAt)).number.toNumber();
    // The new code runs from the next block on; its first block runs the migrations.
    const next = await waitForBlock(api, upgradedNumber + 1);
    const version = await api.rpc.state.getRuntimeVersion(next.hash);
    assert.equal(version.specVersion.toNumber(), specBefore + 1, 'the chain runs the new spec_version');
    const lastUpgrade = (await (await api.at(next.hash)).query.system.lastRuntimeUpgrade()).unwrap();
    assert.equal(lastUpgrade.specVersion.toNumber(), specBefore + 1, 'Executive ran the upgrade hooks');
  });

  test('after: blocks are produced and finalized on the new runtime, state intact', async () => {
    const upgradedNumber = (await api.rpc.chain.getHeader(upgradedAt)).number.toNumber();
    const finalized = await waitForBlock(api, upgradedNumber + 3, { finalized: true, timeoutMs: 120_000 });
    const finalizedVersion = await api.rpc.state.getRuntimeVersion(finalized.hash);
    assert.equal(finalizedVersion.specVersion.toNumber(), specBefore + 1, 'GRANDPA finalized blocks of the new runtime');

    fresh = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${node.rpcPort}`), noInitWarn: true });
    // The first block on the new code (which ran the migrations) left everything as it was.
    const firstNew = await api.rpc.chain.getBlockHash(upgradedNumber + 1);
    assert.deepEqual(await snapshot(fresh, firstNew), await snapshot(fresh, upgradedAt),
      'balances, the service, the job, its escrow, the bond and the pending slash survived the upgrade');
    const pending = await fresh.call.stakingApi.pendingSlashes(operator.address);
    assert.ok(pending.some(([id]) => id.toNumber() === slashId), 'the slash is still pending for review');
  });

  test('after: try_state still holds, and the market works on the new runtime', async () => {
    const best = await fresh.rpc.chain.getFinalizedHead();
    const weights = await tryRuntimeUpgrade(fresh, best);
    assert.ok(weights.length > 0, 'the TryRuntime API of the new runtime answered');

    const second = await callJob(fresh, client, serviceId, { units: 5, priceCap: 1000n * AIT, input: 'after-upgrade' });
    assert.equal(second.jobId, job.jobId + 1, 'a new job is called on the new runtime');
    const status = (await fresh.call.servicesApi.job(second.jobId)).unwrap().status.toString();
    assert.equal(status, 'Called');
  });
});
