// Steps of 0004-validator-set.zndsl, one per js-script line: `with "<step>,<args>"`.
//
//   join,<name>         <name>'s node rotates its keys for <name>'s account (author_rotateKeysWithOwner),
//                       <name> bonds as an operator and registers the keys (session.setKeys).
//   rotate,<name>       a validator's node makes new keys and <name> registers them.
//   add,<name>          a council motion (Alice proposes, Alice and Bob vote aye, Alice closes) adds <name>.
//   remove,<name>       a council motion removes <name>.
//   serving,<in>,<out>  waits until the validators named in <in> (separated by +) are the set with
//                       the keys they registered, none in <out> is, and each in <in> authored a
//                       block and voted in a GRANDPA round with those keys.
//   duplicate,<name>,<twin>  puts <name>'s registered keys in <twin>'s keystore too, then waits for
//                       the equivocation report: an offence, a pending (deferred) slash of <name>'s
//                       bond in Staking, <name> removed from the set.
//
// Every wait also watches finality: the finalized head must never fall more than MAX_LAG blocks
// behind the best block (a few blocks is normal; GRANDPA stalls only without two thirds of the
// voters, which every step keeps).
const { connect, heads, waitUntil } = require('./common');

const MAX_LAG = 12;
const uri = (name) => `//${name.charAt(0).toUpperCase()}${name.slice(1)}`;

function accountOf(name) {
  return new zombie.Keyring({ type: 'sr25519' }).addFromUri(uri(name));
}

function hex(u8a) {
  return '0x' + Buffer.from(u8a).toString('hex');
}

/** Signs and submits; resolves with the in-block result, rejects on a failed dispatch. */
function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsubscribe = null;
    let done = false;
    const finish = (fn, value) => {
      if (done) return;
      done = true;
      if (unsubscribe) unsubscribe();
      fn(value);
    };
    tx.signAndSend(signer, { nonce: -1 }, (result) => {
      if (result.dispatchError) {
        let reason = result.dispatchError.toString();
        if (result.dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(result.dispatchError.asModule);
          reason = `${section}.${name}`;
        }
        finish(reject, new Error(`${tx.method.section}.${tx.method.method} failed: ${reason}`));
      } else if (result.status.isInBlock) {
        finish(resolve, result);
      } else if (result.isError) {
        finish(reject, new Error(`${tx.method.section}.${tx.method.method}: ${result.status.type}`));
      }
    })
      .then((u) => {
        unsubscribe = u;
        if (done) u();
      })
      .catch((e) => finish(reject, e));
  });
}

/** A council motion that half the council (Alice and Bob of three members) votes for, closed at once. */
async function councilMotion(api, call) {
  const alice = accountOf('alice');
  const bob = accountOf('bob');
  const members = await api.query.council.members();
  const threshold = Math.ceil(members.length / 2);
  const length = call.method.encodedLength;
  const proposed = await send(api, api.tx.council.propose(threshold, call, length), alice);
  const event = proposed.events.find(({ event }) => api.events.council.Proposed.is(event));
  if (!event) throw new Error('no council.Proposed event');
  const { proposalIndex, proposalHash } = event.event.data;
  await send(api, api.tx.council.vote(proposalHash, proposalIndex, true), alice);
  await send(api, api.tx.council.vote(proposalHash, proposalIndex, true), bob);
  const closed = await send(
    api,
    api.tx.council.close(proposalHash, proposalIndex, { refTime: 10_000_000_000, proofSize: 1_000_000 }, length),
    alice,
  );
  const executed = closed.events.find(({ event }) => api.events.council.Executed.is(event));
  if (!executed) throw new Error('the motion was not executed');
  if (executed.event.data.result.isErr) {
    const error = executed.event.data.result.asErr;
    const { section, name } = error.isModule ? api.registry.findMetaError(error.asModule) : {};
    throw new Error(`the motion's call failed: ${section ? `${section}.${name}` : error.toString()}`);
  }
  console.log(`council motion ${call.method.section}.${call.method.method} executed at ${closed.status.asInBlock.toHex()}`);
}

/** Makes new session keys on `name`'s node for `name`'s account and registers them. */
async function registerNewKeys(networkInfo, name, bond) {
  const provider = new zombie.WsProvider(networkInfo.nodesByName[name].wsUri);
  const api = await zombie.ApiPromise.create({ provider, noInitWarn: true });
  try {
    const account = accountOf(name);
    const generated = await provider.send('author_rotateKeysWithOwner', [hex(account.publicKey)]);
    if (!generated.proof) throw new Error('the runtime gave no proof of possession');
    if (bond) {
      const amount = api.consts.staking.minOperatorBond;
      await send(api, api.tx.staking.bond(amount), account);
      console.log(`${name} bonded ${amount.toHuman()}`);
    }
    await send(api, api.tx.session.setKeys(generated.keys, generated.proof), account);
    const keys = (await api.query.session.nextKeys(account.address)).unwrap();
    if (keys.toHex() !== generated.keys) throw new Error(`${name}'s next keys are not the ones registered`);
    console.log(`${name} registered keys aura ${keys.aura.toHex()}, grandpa ${keys.grandpa.toHex()}`);
  } finally {
    await api.disconnect();
  }
}

/** Fails when finality falls behind; returns the heads. */
async function watchedHeads(api) {
  const h = await heads(api);
  if (h.best - h.finalized > MAX_LAG) {
    throw new Error(`finality stalled: best #${h.best}, finalized #${h.finalized}`);
  }
  return h;
}

async function waitWatching(api, what, predicate, timeoutMs) {
  return waitUntil(what, async () => {
    await watchedHeads(api);
    return predicate();
  }, timeoutMs);
}

/** The Aura key that sealed a block (the slot's authority at its parent). */
async function authorKey(api, hash) {
  const header = await api.rpc.chain.getHeader(hash);
  const preRuntime = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'aura');
  if (!preRuntime) return null;
  const slot = api.createType('u64', preRuntime.asPreRuntime[1].toU8a(true)).toBigInt();
  const authorities = await (await api.at(header.parentHash)).query.aura.authorities();
  return authorities[Number(slot % BigInt(authorities.length))].toHex();
}

function publicHex(address) {
  return hex(zombie.util.decodeAddress(address));
}

async function serving(networkInfo, nodeName, members, absent) {
  const provider = new zombie.WsProvider(networkInfo.nodesByName[nodeName].wsUri);
  const api = await zombie.ApiPromise.create({ provider, noInitWarn: true });
  try {
    const accounts = members.map((name) => accountOf(name).address);
    const expected = new Map();
    for (const [i, name] of members.entries()) {
      const keys = (await api.query.session.nextKeys(accounts[i])).unwrap();
      expected.set(name, { aura: keys.aura.toHex(), grandpa: keys.grandpa.toHex() });
    }
    // The set and its keys, as Session hands them to Aura and GRANDPA.
    const since = await waitWatching(api, `the set ${members.join(', ')}`, async () => {
      const validators = (await api.query.session.validators()).map((v) => v.toString());
      const want = new Set(accounts);
      if (validators.length !== want.size || !validators.every((v) => want.has(v))) return null;
      const aura = new Set((await api.query.aura.authorities()).map((k) => k.toHex()));
      const grandpa = new Set((await api.query.grandpa.authorities()).map(([k]) => k.toHex()));
      for (const keys of expected.values()) {
        if (!aura.has(keys.aura) || !grandpa.has(keys.grandpa)) return null;
      }
      return (await heads(api)).best;
    }, 300_000);
    for (const name of absent) {
      const validators = (await api.query.session.validators()).map((v) => v.toString());
      if (validators.includes(accountOf(name).address)) throw new Error(`${name} is still a validator`);
    }
    console.log(`from #${since} the set is ${members.join(', ')} with their registered keys`);

    // Each authors with its registered Aura key.
    const authored = new Set();
    let next = since + 1;
    await waitWatching(api, `blocks by each of ${members.join(', ')}`, async () => {
      const { best } = await heads(api);
      for (; next <= best; next++) {
        const key = await authorKey(api, await api.rpc.chain.getBlockHash(next));
        for (const [name, keys] of expected) if (keys.aura === key) authored.add(name);
      }
      return authored.size === members.length;
    }, 240_000);
    console.log(`${members.join(', ')} each authored a block from #${since + 1} to #${next - 1}`);

    // Each votes with its registered GRANDPA key: in a round of the set that has the key (the
    // node switches voter sets when the block that changed them is finalized), a voter absent
    // from the prevotes (or precommits) still missing has cast one. Rounds move on once two
    // thirds have voted, so the rounds still in the background count too.
    const voted = new Set();
    let polls = 0;
    await waitWatching(api, `GRANDPA votes of ${members.join(', ')}`, async () => {
      const state = await provider.send('grandpa_roundState', []);
      const finalized = await api.at(await api.rpc.chain.getFinalizedHead());
      const setId = (await finalized.query.grandpa.currentSetId()).toNumber();
      const voters = (await finalized.query.grandpa.authorities()).map(([k]) => k.toHex());
      if (polls++ % 30 === 0) {
        console.log(`round state: node set ${state.setId}, chain set ${setId}, voted so far: ${[...voted].join(', ')}`);
      }
      if (state.setId !== setId || !members.every((name) => voters.includes(expected.get(name).grandpa))) return false;
      for (const round of [state.best, ...state.background]) {
        for (const votes of [round.prevotes, round.precommits]) {
          if (votes.currentWeight === 0) continue;
          const missing = new Set(votes.missing.map(publicHex));
          for (const [name, keys] of expected) if (!missing.has(keys.grandpa)) voted.add(name);
        }
      }
      return voted.size === members.length;
    }, 180_000);
    const h = await watchedHeads(api);
    console.log(`${members.join(', ')} each voted in GRANDPA; best #${h.best}, finalized #${h.finalized}`);
  } finally {
    await api.disconnect();
  }
}

async function duplicate(networkInfo, name, twin) {
  const api = await connect(networkInfo, 'bob');
  const twinApi = await connect(networkInfo, twin);
  try {
    const account = accountOf(name);
    const keys = (await api.query.session.nextKeys(account.address)).unwrap();
    // The twin signs with the same keys: the development keys of `name`, which its node has.
    await twinApi.rpc.author.insertKey('aura', uri(name), keys.aura.toHex());
    await twinApi.rpc.author.insertKey('gran', uri(name), keys.grandpa.toHex());
    console.log(`${twin}'s node has ${name}'s Aura and GRANDPA keys`);

    const slash = await waitWatching(api, `a pending slash of ${name}`, async () => {
      for (const [id, slash] of await api.query.staking.unappliedSlashes.entries()) {
        const s = slash.unwrap();
        if (s.operator.toString() === account.address && s.kind.isEquivocation) return { id: id.args[0].toNumber(), s };
      }
      return null;
    }, 300_000);
    console.log(
      `pending slash #${slash.id} of ${name}: ${slash.s.fraction.toHuman()} of its bond, kind ${slash.s.kind}, ` +
        `applies from block #${slash.s.ripeAt} unless the council cancels it`,
    );
    // Offences keeps each report's kind (a 16-byte tag such as `aura:equivocatio`).
    const against = [];
    for (const [key, ids] of await api.query.offences.concurrentReportsIndex.entries()) {
      const kind = Buffer.from(key.args[0].toU8a()).toString('latin1');
      for (const id of ids) {
        const report = (await api.query.offences.reports(id)).unwrap();
        if (report.offender[0].toString() === account.address) against.push(kind);
      }
    }
    if (against.length === 0) throw new Error(`no offence report of ${name} in Offences`);
    console.log(`Offences holds reports against ${name} of kind ${against.join(', ')}`);

    await waitWatching(api, `${name} out of the set`, async () => {
      const validators = (await api.query.session.validators()).map((v) => v.toString());
      return !validators.includes(account.address);
    }, 300_000);
    const h = await watchedHeads(api);
    console.log(`${name} is out of the set; best #${h.best}, finalized #${h.finalized}`);
  } finally {
    await twinApi.disconnect();
    await api.disconnect();
  }
}

async function run(nodeName, networkInfo, args) {
  const [step, ...rest] = args;
  switch (step) {
    case 'join':
      await registerNewKeys(networkInfo, rest[0], true);
      break;
    case 'rotate':
      await registerNewKeys(networkInfo, rest[0], false);
      break;
    case 'add':
    case 'remove': {
      const api = await connect(networkInfo, 'alice');
      try {
        const who = accountOf(rest[0]).address;
        const call = step === 'add' ? api.tx.validatorSet.addValidator(who) : api.tx.validatorSet.removeValidator(who);
        await councilMotion(api, call);
      } finally {
        await api.disconnect();
      }
      break;
    }
    case 'serving':
      await serving(networkInfo, nodeName, rest[0].split('+'), (rest[1] || '').split('+').filter(Boolean));
      break;
    case 'duplicate':
      await duplicate(networkInfo, rest[0], rest[1]);
      break;
    default:
      throw new Error(`unknown step ${step}`);
  }
  return 1;
}

module.exports = { run };
