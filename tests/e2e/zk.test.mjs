// End-to-end: a real snarkjs Groth16 proof (from zk/circuits/receipt_basic.circom, made by
// zk/build.sh) converted with `aitbc-node zk convert` and verified by the `ZkVerifier` pallet of
// a real `aitbc-node --dev`, through the node's native host function, from @polkadot/api.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { nodeBinary, startDevNode } from '../lib/node.mjs';
import { eventData, submit } from '../lib/market.mjs';

const FIXTURES = join(import.meta.dirname, '..', '..', 'pallets', 'zk-verifier', 'src', 'fixtures');

function convert(...args) {
  const run = spawnSync(nodeBinary(), ['zk', 'convert', ...args], { encoding: 'utf8' });
  return { ...run, json: run.status === 0 ? JSON.parse(run.stdout) : null };
}

describe('ZkVerifier with a real snarkjs proof', () => {
  let node;
  let api;
  let alice;
  let converted;

  before(async () => {
    await cryptoWaitReady();
    alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    node = await startDevNode();
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
  });

  test('aitbc-node zk convert turns snarkjs JSON into arkworks bytes', () => {
    const run = convert(
      '--vk', join(FIXTURES, 'receipt_basic.vk.json'),
      '--proof', join(FIXTURES, 'basic_job7.proof.json'),
      '--public', join(FIXTURES, 'basic_job7.public.json'),
    );
    assert.equal(run.status, 0, run.stderr);
    converted = run.json;
    assert.equal((converted.proof.length - 2) / 2, 256, 'A ‖ B ‖ C, uncompressed');
    assert.equal(converted.publicInputs.length, 5);
    const wrong = convert('--vk', join(FIXTURES, 'basic_job7.proof.json'));
    assert.notEqual(wrong.status, 0, 'a proof is not a key');
    assert.match(wrong.stderr, /vk/);
  });

  test('a registered key refuses a changed input, verifies the proof once, and refuses a replay', async () => {
    const registered = await submit(api, api.tx.zkVerifier.registerKey(converted.verifyingKey, 4), alice);
    const key = eventData(api, registered.events, 'zkVerifier', 'KeyRegistered');
    assert.equal(key.keyId.toHex(), converted.keyId);
    assert.ok(key.deposit.toBigInt() > 0n, 'a deposit is held for the key');

    // A changed public input is refused (and, refused, records no nullifier).
    const inputs = [...converted.publicInputs];
    // The output hash input with its lowest bit flipped (still a canonical field element).
    const bytes = Buffer.from(inputs[2].slice(2), 'hex');
    bytes[0] ^= 1;
    inputs[2] = `0x${bytes.toString('hex')}`;
    await assert.rejects(
      submit(api, api.tx.zkVerifier.verifyProof(converted.keyId, converted.proof, inputs), alice),
      /zkVerifier\.ProofRejected/,
    );

    const verified = await submit(api, api.tx.zkVerifier.verifyProof(converted.keyId, converted.proof, converted.publicInputs), alice);
    const ok = eventData(api, verified.events, 'zkVerifier', 'ProofVerified');
    assert.equal(ok.nullifier.unwrap().toHex(), converted.publicInputs[4]);

    await assert.rejects(
      submit(api, api.tx.zkVerifier.verifyProof(converted.keyId, converted.proof, converted.publicInputs), alice),
      /zkVerifier\.NullifierAlreadyUsed/,
    );
  });
});
