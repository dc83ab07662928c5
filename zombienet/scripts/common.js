// Helpers for the zombienet js-scripts. They run inside zombienet's test runner, which provides
// the global `zombie` (ApiPromise, WsProvider, Keyring, util) and calls `run(node, network, args)`.

const fs = require('fs');
const path = require('path');

async function connect(networkInfo, name) {
  const node = networkInfo.nodesByName[name];
  if (!node) throw new Error(`no node named ${name}`);
  return zombie.ApiPromise.create({ provider: new zombie.WsProvider(node.wsUri), noInitWarn: true });
}

function markPath(networkInfo, label) {
  return path.join(networkInfo.tmpDir, `aitbc-mark-${label}.json`);
}

function readMark(networkInfo, label) {
  return JSON.parse(fs.readFileSync(markPath(networkInfo, label), 'utf8'));
}

async function heads(api) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const finalizedHash = await api.rpc.chain.getFinalizedHead();
  const finalized = (await api.rpc.chain.getHeader(finalizedHash)).number.toNumber();
  return { best, finalized };
}

/**
 * The name (alice, bob, ...) of the validator that authored the block: the key the runtime at
 * its parent gives its Aura slot (Aura's turn, or the weighted schedule after the handover).
 */
async function authorOf(api, hash, names) {
  const header = await api.rpc.chain.getHeader(hash);
  const preRuntime = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'aura');
  if (!preRuntime) throw new Error(`block ${hash} has no Aura pre-runtime digest`);
  const slot = api.createType('u64', preRuntime.asPreRuntime[1].toU8a(true)).toBigInt();
  // Aura keys are sr25519 public keys; compare them as hex.
  const author = (await slotClaim(api, header.parentHash, slot)).author;
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  for (const name of names) {
    const uri = `//${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    const publicKey = '0x' + Buffer.from(keyring.addFromUri(uri).publicKey).toString('hex');
    if (publicKey === author) return name;
  }
  return author;
}

/**
 * `ComputeAuthorshipApi::slot_claim(slot)` at block `at`: the key that may seal a child of `at`
 * in `slot` (hex), and whether the epoch is weighted. Called through `state_call` and decoded
 * here, since zombienet's @polkadot/api does not decorate runtime APIs from the metadata.
 */
async function slotClaim(api, at, slot) {
  // SCALE: the slot as 8 little-endian bytes (`toHex` would print the number big-endian).
  const input = '0x' + Buffer.from(api.createType('u64', slot).toU8a()).toString('hex');
  const raw = await api.rpc.state.call('ComputeAuthorshipApi_slot_claim', input, at);
  const claim = api.createType('Option<([u8;32],u8,u64,[u8;32])>', raw);
  if (claim.isNone) throw new Error(`slot ${slot} has no author at ${at}`);
  const [author, mode, epoch, randomness] = claim.unwrap();
  return { author: author.toHex(), weighted: mode.toNumber() === 1, epoch: epoch.toBigInt(), randomness: randomness.toHex() };
}

async function waitUntil(what, predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

module.exports = { connect, markPath, readMark, heads, authorOf, slotClaim, waitUntil };
