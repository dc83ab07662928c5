// End-to-end: a real snarkjs Groth16 proof (from zk/circuits/receipt_basic.circom, made by
// zk/build.sh) converted with `aitbc-node zk convert` and verified by the `ZkVerifier` pallet of
// a real `aitbc-node --dev`, through the node's native host function, from @polkadot/api.
//
// Keys name their consumer (`Open`, `Receipts`, `Escrow`): the open `verify_proof` call only
// takes `Open` keys, so nobody can spend a pallet's statements through it. The key id covers the
// canonical key bytes, the nullifier input and the consumer; it is read from `KeyRegistered`.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { nodeBinary, startDevNode } from '../lib/node.mjs';
import { eventData, submit, sudo } from '../lib/market.mjs';

const FIXTURES = join(import.meta.dirname, '..', '..', 'pallets', 'zk-verifier', 'src', 'fixtures');

function convert(...args) {
  const run = spawnSync(nodeBinary(), ['zk', 'convert', ...args], { encoding: 'utf8' });
  return { ...run, json: run.status === 0 ? JSON.parse(run.stdout) : null };
}

/** `hex` with the bits `mask` of byte `index` flipped. */
function flipped(hex, index, mask) {
  const bytes = Buffer.from(hex.slice(2), 'hex');
  bytes[index] ^= mask;
  return `0x${bytes.toString('hex')}`;
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
    assert.equal(converted.publicInputs.length, 4, '[job_id, job_commitment, output_hash, units]: no nullifier');
    const wrong = convert('--vk', join(FIXTURES, 'basic_job7.proof.json'));
    assert.notEqual(wrong.status, 0, 'a proof is not a key');
    assert.match(wrong.stderr, /vk/);
  });

  test('an open key without a nullifier input verifies a proof, and refuses a changed input', async () => {
    const registered = await submit(api, api.tx.zkVerifier.registerKey(converted.verifyingKey, null, 'Open'), alice);
    const key = eventData(api, registered.events, 'zkVerifier', 'KeyRegistered');
    const keyId = key.keyId.toHex();
    assert.ok(key.deposit.toBigInt() > 0n, 'a deposit is held for the key');

    // A changed public input is refused: the output hash with its lowest bit flipped (still a
    // canonical field element).
    const inputs = [...converted.publicInputs];
    inputs[2] = flipped(inputs[2], 0, 1);
    await assert.rejects(
      submit(api, api.tx.zkVerifier.verifyProof(keyId, converted.proof, inputs), alice),
      /zkVerifier\.ProofRejected/,
    );

    const verified = await submit(api, api.tx.zkVerifier.verifyProof(keyId, converted.proof, converted.publicInputs), alice);
    const ok = eventData(api, verified.events, 'zkVerifier', 'ProofVerified');
    assert.ok(ok.nullifier.isNone, 'no nullifier input, no nullifier');
  });

  test('with a nullifier input, an open key verifies a statement once and refuses its replay', async () => {
    // Input 0 (the job id) as the nullifier: one proof per job under this key.
    const registered = await submit(api, api.tx.zkVerifier.registerKey(converted.verifyingKey, 0, 'Open'), alice);
    const keyId = eventData(api, registered.events, 'zkVerifier', 'KeyRegistered').keyId.toHex();

    const verified = await submit(api, api.tx.zkVerifier.verifyProof(keyId, converted.proof, converted.publicInputs), alice);
    const ok = eventData(api, verified.events, 'zkVerifier', 'ProofVerified');
    assert.equal(ok.nullifier.unwrap().toHex(), converted.publicInputs[0]);
    await assert.rejects(
      submit(api, api.tx.zkVerifier.verifyProof(keyId, converted.proof, converted.publicInputs), alice),
      /zkVerifier\.NullifierAlreadyUsed/,
    );
  });

  test('the same key for a pallet has another id, and the open calls refuse it', async () => {
    // Registered by an earlier test already: the same bytes, nullifier input and consumer are one key.
    await assert.rejects(
      submit(api, api.tx.zkVerifier.registerKey(converted.verifyingKey, null, 'Open'), alice),
      /zkVerifier\.KeyAlreadyRegistered/,
    );

    const registered = await sudo(api, api.tx.zkVerifier.registerKeyForEveryone(converted.verifyingKey, null, 'Receipts'), alice);
    const keyId = eventData(api, registered.events, 'zkVerifier', 'KeyRegistered').keyId.toHex();
    const again = await sudo(api, api.tx.zkVerifier.registerKeyForEveryone(converted.verifyingKey, null, 'Escrow'), alice);
    const escrowKeyId = eventData(api, again.events, 'zkVerifier', 'KeyRegistered').keyId.toHex();
    assert.notEqual(keyId, escrowKeyId, 'the consumer is part of the id');

    // A watcher cannot prove a pending receipt's statement first through the open calls.
    for (const id of [keyId, escrowKeyId]) {
      await assert.rejects(
        submit(api, api.tx.zkVerifier.verifyProof(id, converted.proof, converted.publicInputs), alice),
        /zkVerifier\.KeyServesAnotherConsumer/,
      );
      await assert.rejects(
        submit(api, api.tx.zkVerifier.verifyBatch(id, [[converted.proof, converted.publicInputs]]), alice),
        /zkVerifier\.KeyServesAnotherConsumer/,
      );
    }
  });

  test('only canonical key bytes register: no second id for the same key', async () => {
    // Bit 7 of a point's last byte says which root y is; uncompressed readers used to ignore it.
    // alpha is the first 64 bytes: flip its flag, and the key is not the canonical encoding.
    await assert.rejects(
      submit(api, api.tx.zkVerifier.registerKey(flipped(converted.verifyingKey, 63, 0x80), 1, 'Open'), alice),
      /zkVerifier\.KeyNotCanonical/,
    );
    // Bit 6 (the infinity flag) on IC[0] (after alpha, beta, gamma, delta and the count).
    await assert.rejects(
      submit(api, api.tx.zkVerifier.registerKey(flipped(converted.verifyingKey, 64 + 3 * 128 + 8 + 63, 0x40), 1, 'Open'), alice),
      /zkVerifier\.(KeyNotCanonical|MalformedKey)/,
    );
  });
});
