// End-to-end: a real `aitbc-node --dev` process, driven through @polkadot/api (Polkadot.js's own
// client library, as Polkadot.js Apps uses it).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, encodeAddress, mnemonicGenerate } from '@polkadot/util-crypto';
import { hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { nodeBinary, sendAndFinalize, startDevNode, waitForBlock } from '../lib/node.mjs';

const AIT = 10n ** 12n;

/** The treasury's account: `modl` ++ its PalletId, zero-padded to 32 bytes. */
function treasuryAccount(api) {
  const id = u8aConcat(stringToU8a('modl'), api.consts.treasury.palletId.toU8a(), new Uint8Array(32));
  return encodeAddress(id.subarray(0, 32), api.registry.chainSS58);
}

function indexOf(haystack, needle) {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe('aitbc-node --dev', () => {
  let node;
  let api;
  let alice;
  let keyring;

  before(async () => {
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519' });
    alice = keyring.addFromUri('//Alice');
    node = await startDevNode();
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
  });

  test('produces blocks within seconds and finalizes them', async () => {
    const best = await waitForBlock(api, 2, { timeoutMs: 60_000 });
    assert.ok(best.number.toNumber() >= 2);
    const finalized = await waitForBlock(api, 1, { finalized: true, timeoutMs: 60_000 });
    assert.ok(finalized.number.toNumber() >= 1, 'GRANDPA finalizes blocks');
  });

  test('shows the AIT token with 12 decimals, from metadata alone', async () => {
    const properties = await api.rpc.system.properties();
    assert.equal(properties.tokenSymbol.unwrap()[0].toString(), 'AIT');
    assert.equal(properties.tokenDecimals.unwrap()[0].toNumber(), 12);
    assert.deepEqual(api.registry.chainTokens, ['AIT']);
    assert.deepEqual(api.registry.chainDecimals, [12]);
    assert.equal((await api.rpc.system.chain()).toString(), 'AITBC Development');
    // Every pallet the issue names is in the metadata, so Apps decodes them with no custom types.
    for (const pallet of ['system', 'timestamp', 'aura', 'grandpa', 'balances', 'transactionPayment',
      'sudo', 'assets', 'utility', 'multisig', 'scheduler', 'preimage', 'treasury', 'council',
      'safeMode', 'txPause', 'pricing', 'escrow']) {
      assert.ok(api.query[pallet] || api.tx[pallet], `pallet ${pallet} is in the metadata`);
    }
    assert.equal(api.runtimeVersion.specName.toString(), 'aitbc');
  });

  test('serves the system and transaction-payment RPCs', async () => {
    const { methods } = (await api.rpc.rpc.methods()).toJSON();
    for (const method of ['system_accountNextIndex', 'payment_queryInfo', 'payment_queryFeeDetails',
      'chain_getFinalizedHead', 'state_getMetadata', 'author_submitExtrinsic']) {
      assert.ok(methods.includes(method), `${method} is served`);
    }
  });

  test('a signed transfer moves the amount and charges the fee it quoted', async () => {
    const receiver = keyring.addFromUri(mnemonicGenerate());
    const amount = 10n * AIT;
    const treasury = treasuryAccount(api);
    const treasuryBefore = (await api.query.system.account(treasury)).data.free.toBigInt();

    const tx = api.tx.balances.transferKeepAlive(receiver.address, amount);
    const quote = await tx.paymentInfo(alice);
    const aliceBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();

    const { blockHash, events } = await sendAndFinalize(api, tx, alice);

    const feeEvent = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    assert.ok(feeEvent, 'TransactionFeePaid is emitted');
    const [who, actualFee, tip] = feeEvent.event.data;
    assert.equal(who.toString(), alice.address);
    assert.equal(tip.toBigInt(), 0n);
    const fee = actualFee.toBigInt();
    assert.ok(fee > 0n, 'a transfer is not free');
    // The fee charged is the one quoted before sending (same weight, length and multiplier range).
    const quoted = quote.partialFee.toBigInt();
    assert.ok(fee <= quoted * 11n / 10n && fee >= quoted * 9n / 10n, `fee ${fee} close to quote ${quoted}`);

    const at = await api.at(blockHash);
    const receiverAfter = (await at.query.system.account(receiver.address)).data.free.toBigInt();
    const aliceAfter = (await at.query.system.account(alice.address)).data.free.toBigInt();
    assert.equal(receiverAfter, amount, 'the receiver has exactly the amount');
    assert.equal(aliceBefore - aliceAfter, amount + fee, 'the sender paid the amount and the fee');
    const treasuryAfter = (await at.query.system.account(treasury)).data.free.toBigInt();
    assert.equal(treasuryAfter - treasuryBefore, fee, 'the fee goes to the treasury');
  });

  test('a badly signed extrinsic is refused with a clear reason and changes nothing', async () => {
    const receiver = keyring.addFromUri(mnemonicGenerate());
    const nonceBefore = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const freeBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();

    const tx = api.tx.balances.transferKeepAlive(receiver.address, AIT);
    await tx.signAsync(alice, { nonce: nonceBefore });
    const bytes = hexToU8a(tx.toHex());
    const signature = tx.signature.toU8a();
    const signatureOffset = indexOf(bytes, signature);
    assert.ok(signatureOffset > 0, 'the signature is inside the encoded extrinsic');
    bytes[signatureOffset + 7] ^= 0x01;
    await assert.rejects(
      api.rpc.author.submitExtrinsic(u8aToHex(bytes)),
      (err) => {
        assert.match(err.message, /1010|Invalid Transaction|bad signature|BadProof/i);
        return true;
      },
    );

    await waitForBlock(api, (await api.rpc.chain.getHeader()).number.toNumber() + 1);
    assert.equal((await api.rpc.system.accountNextIndex(alice.address)).toNumber(), nonceBefore);
    assert.equal((await api.query.system.account(receiver.address)).data.free.toBigInt(), 0n);
    assert.equal((await api.query.system.account(alice.address)).data.free.toBigInt(), freeBefore);
  });

  test('a malformed extrinsic is refused as undecodable', async () => {
    // Raw JSON-RPC: @polkadot/api would refuse to encode these bytes before sending them.
    const provider = new WsProvider(`ws://127.0.0.1:${node.rpcPort}`);
    await provider.isReady;
    try {
      const nonceBefore = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
      await assert.rejects(
        provider.send('author_submitExtrinsic', ['0x1234deadbeef']),
        (err) => {
          assert.match(err.message, /1001|invalid format|decode/i);
          return true;
        },
      );
      assert.equal((await api.rpc.system.accountNextIndex(alice.address)).toNumber(), nonceBefore);
    } finally {
      await provider.disconnect();
    }
  });

  test('pricing_quote prices a job before it is called', async () => {
    const provider = new WsProvider(`ws://127.0.0.1:${node.rpcPort}`);
    await provider.isReady;
    try {
      // Class 0 (CPU) starts at 100 micro-AIT per compute unit in the dev genesis.
      const quote = await provider.send('pricing_quote', [0, 10, null]);
      assert.equal(quote.resourceClass, 0);
      assert.equal(quote.units, 10);
      const perUnit = BigInt(quote.pricePerUnit);
      assert.equal(BigInt(quote.total), perUnit * 10n);
      const onChain = (await api.query.pricing.classes(0)).unwrap();
      assert.equal(perUnit, onChain.market.price.toBigInt(), 'the quote is the on-chain price');
      assert.equal(await provider.send('pricing_quote', [99, 10, null]), null, 'an unknown class has no quote');
    } finally {
      await provider.disconnect();
    }
  });

  test('serves Prometheus metrics', async () => {
    const res = await fetch(`http://127.0.0.1:${node.prometheusPort}/metrics`);
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /substrate_block_height\{status="best"/);
    assert.match(body, /substrate_block_height\{status="finalized"/);
  });
});

describe('aitbc-node command line', () => {
  test('refuses an unknown --chain with a clear message', () => {
    const run = spawnSync(nodeBinary(), ['--chain', 'no-such-chain', '--tmp'], { encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr + run.stdout, /Unknown chain 'no-such-chain': expected one of dev, dev-peer, local/);
  });

  test('build-spec carries the token properties and every preset', () => {
    for (const chain of ['dev', 'dev-peer', 'local']) {
      const run = spawnSync(nodeBinary(), ['build-spec', '--chain', chain], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
      assert.equal(run.status, 0, run.stderr);
      const spec = JSON.parse(run.stdout);
      assert.equal(spec.properties.tokenSymbol, 'AIT');
      assert.equal(spec.properties.tokenDecimals, 12);
      const patch = spec.genesis.runtimeGenesis.patch;
      // Aura's and GRANDPA's authorities come from the validators' session keys.
      const validators = chain === 'local' ? 3 : 1;
      // dev-peer is dev as a second chain: settlement chain id 2, its light client following 1.
      const [id, follows] = chain === 'dev-peer' ? [2, 1] : [1, 2];
      assert.equal(patch.settlement.chainId, id);
      assert.equal(patch.settlement.lightClientChain, follows);
      assert.equal(patch.validatorSet.validators.length, validators);
      assert.equal(patch.session.keys.length, validators);
      for (const [account, validator, keys] of patch.session.keys) {
        assert.equal(account, validator);
        assert.ok(patch.validatorSet.validators.includes(account));
        assert.ok(keys.aura && keys.grandpa, 'an Aura and a GRANDPA key');
        assert.ok(patch.staking.operators.some(([operator]) => operator === account), 'and an operator bond');
      }
    }
  });
});

describe('a public RPC node', () => {
  let node;
  before(async () => {
    node = await startDevNode({ extraArgs: ['--rpc-external'] });
  });
  after(async () => {
    if (node) await node.stop();
  });

  test('serves safe methods only', async () => {
    const api = node.api;
    assert.ok((await api.rpc.system.health()).peers !== undefined);
    // An unsafe method (it writes keys into the node's keystore) is refused.
    await assert.rejects(api.rpc.author.rotateKeys(), /unsafe/i);
  });
});
