// Steps of 0005-compute-weighted-authorship.zndsl and 0006-wrong-slot-seal.zndsl, one per
// js-script line: `with "<step>,<args>"`.
//
//   watch,<label>          records every head this node imports (also those that lose a fork)
//                          and when each block is imported and finalized, until `report`.
//   work,<client>,<name>:<jobs>,...  <client> keeps paying each named validator (as an operator)
//                          for <jobs> jobs a round, delivered and settled, until `report`: their
//                          verified work, hence their weights, differ.
//   bond,<name>:<AIT>,...  each named validator bonds that much more (Staking.bondExtra).
//   handover,<ahead>       sudo schedules the handover from Aura `ahead` sessions from now
//                          (ComputeAuthorship.scheduleHandover), then waits for the first
//                          weighted epoch; no gap between blocks around it may exceed 3 slots,
//                          and finality must keep up.
//   weighted,<label>       waits until the epoch's shares are the bonds' (not equal any more).
//   report,<from>,<to>     over the blocks between two marks: each validator's blocks against
//                          its weight (the shares of the epoch at each block's parent), the
//                          fork rate (imported heads off the final chain) and the empty-slot rate,
//                          and the mean time from import to finality. Prints one JSON line.
//   refused,<rogue>        a network where <rogue> seals every slot: waits for the wrong-slot
//                          report (an offence, a pending slash of <rogue>'s bond) and checks that
//                          no block of the final chain is sealed outside its author's slots.
const fs = require('fs');
const path = require('path');
const { connect, heads, waitUntil, markPath, readMark, slotClaim } = require('./common');

const NAMES = ['alice', 'bob', 'charlie', 'dave'];
const AIT = 10n ** 12n;
const uri = (name) => `//${name.charAt(0).toUpperCase()}${name.slice(1)}`;
const keyOf = (name) => new zombie.Keyring({ type: 'sr25519' }).addFromUri(uri(name));
const hex = (u8a) => '0x' + Buffer.from(u8a).toString('hex');

function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, { nonce: -1 }, (result) => {
      if (result.dispatchError) {
        let reason = result.dispatchError.toString();
        if (result.dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(result.dispatchError.asModule);
          reason = `${section}.${name}`;
        }
        reject(new Error(`${tx.method.section}.${tx.method.method} failed: ${reason}`));
      } else if (result.status.isInBlock) {
        const failed = result.events.find(({ event }) => api.events.sudo && api.events.sudo.Sudid.is(event) && event.data[0].isErr);
        if (failed) reject(new Error(`sudo call failed: ${failed.event.data[0].toString()}`));
        else resolve(result);
      }
    }).catch(reject);
  });
}

/** The slot a header's Aura pre-digest names. */
function slotOf(api, header) {
  const pre = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'aura');
  return api.createType('u64', pre.asPreRuntime[1].toU8a(true)).toBigInt();
}

/** The validator whose key sealed the header (its seal verifies with the key), or null. */
function sealerOf(api, header) {
  const logs = header.digest.logs;
  const seal = logs[logs.length - 1];
  if (!seal || !seal.isSeal) return null;
  const unsealed = api.createType('Header', {
    parentHash: header.parentHash,
    number: header.number,
    stateRoot: header.stateRoot,
    extrinsicsRoot: header.extrinsicsRoot,
    digest: { logs: logs.slice(0, -1) },
  });
  const signature = seal.asSeal[1].toU8a(true);
  for (const name of NAMES) {
    const key = keyOf(name);
    if (key.verify(unsealed.hash, signature, key.publicKey)) return name;
  }
  return null;
}

function nameOfKey(key) {
  const keyHex = typeof key === 'string' ? key : key.toHex();
  const found = NAMES.find((name) => hex(keyOf(name).publicKey) === keyHex);
  return found || keyHex;
}

/** `ComputeAuthorship.CurrentEpoch` at block `at` (the best block without it). */
async function currentEpoch(api, at) {
  const epoch = await (at ? await api.at(at) : api).query.computeAuthorship.currentEpoch();
  return epoch.unwrap();
}

function sharesOf(epoch) {
  const shares = {};
  for (const authority of epoch.authorities) shares[nameOfKey(authority.key)] = authority.share.toNumber() / 1e9;
  return shares;
}

const WATCH = new Map();
/** The background work loop of the `work` step, stopped by `report`. */
const WORK = { stop: false, done: null, jobs: {} };

/**
 * `client` pays each operator's jobs for as long as the test runs: a service of its own per
 * operator (tests/lib/market.mjs, the same helpers as the end-to-end tests), then rounds of
 * `jobs` jobs of 1,000 GPU units each, called by the client and delivered with a counter-signed
 * receipt that settles at once. So verified work differs by operator in every work session.
 */
async function startWork(api, clientName, plan) {
  const market = await import(path.resolve(__dirname, '..', '..', 'tests', 'lib', 'market.mjs'));
  const client = keyOf(clientName);
  for (const entry of plan) {
    const { serviceId } = await market.setupService(api, { owner: entry.operator, operators: [entry.operator], client, name: `work-${entry.name}` });
    entry.serviceId = serviceId;
    WORK.jobs[entry.name] = 0;
  }
  const deliver = async (entry) => {
    const job = await market.callJob(api, client, entry.serviceId, { units: 1000 });
    const calls = market.deliverCalls(api, entry.operator, { ...job, client: client.address, computeUnits: 1000, acceptedBy: client });
    await market.submit(api, api.tx.utility.batchAll(calls), entry.operator);
    WORK.jobs[entry.name] += 1;
  };
  WORK.done = (async () => {
    while (!WORK.stop) {
      for (const entry of plan) {
        for (let i = 0; i < entry.jobs && !WORK.stop; i++) {
          await deliver(entry).catch((e) => console.log(`work for ${entry.name}: ${e.message}`));
        }
      }
    }
  })();
  // The first round, so the work session under way has some.
  await waitUntil('a first settled job of each operator', async () => plan.every((e) => WORK.jobs[e.name] > 0), 300_000);
}

async function watch(api, networkInfo, label) {
  const file = markPath(networkInfo, `watch-${label}`);
  const seen = { heads: {}, finalizedAt: {} };
  await api.rpc.chain.subscribeAllHeads((header) => {
    seen.heads[header.hash.toHex()] = { number: header.number.toNumber(), at: Date.now() };
    fs.writeFileSync(file, JSON.stringify(seen));
  });
  await api.rpc.chain.subscribeFinalizedHeads((header) => {
    seen.finalizedAt[header.number.toNumber()] = Date.now();
    fs.writeFileSync(file, JSON.stringify(seen));
  });
  WATCH.set(label, seen);
  // zombienet waits for the script's promise; the subscriptions live on in this process while
  // the test runs, writing what they see to the mark file.
  return 1;
}

async function run(nodeName, networkInfo, args) {
  const [step, ...rest] = args;
  const api = await connect(networkInfo, nodeName);
  const sudoKey = keyOf('alice');
  try {
    if (step === 'watch') return await watch(api, networkInfo, rest[0]);
    if (step === 'work') {
      const [clientName, ...entries] = rest;
      const plan = entries.map((e) => {
        const [name, jobs] = e.split(':');
        return { name, operator: keyOf(name), jobs: Number(jobs) };
      });
      await startWork(api, clientName, plan);
      console.log(`work under way: ${JSON.stringify(WORK.jobs)}`);
      return 1;
    }
    if (step === 'bond') {
      for (const entry of rest) {
        const [name, ait] = entry.split(':');
        await send(api, api.tx.staking.bondExtra(BigInt(ait) * AIT), keyOf(name));
        console.log(`${name} bonded ${ait} AIT more`);
      }
      return 1;
    }
    if (step === 'handover') {
      const ahead = Number(rest[0]);
      const session = (await api.query.session.currentIndex()).toNumber() + ahead;
      await send(api, api.tx.sudo.sudo(api.tx.computeAuthorship.scheduleHandover(session)), sudoKey);
      const started = await waitUntil('the first weighted epoch', async () => {
        const epoch = await currentEpoch(api);
        return epoch.mode.isWeighted ? epoch : null;
      }, 600_000);
      const start = started.startBlock.toNumber();
      await waitUntil('five blocks after the handover', async () => (await heads(api)).best >= start + 5, 120_000);
      // No stall: consecutive blocks around the handover are at most 3 slots apart.
      let previous = null;
      for (let n = Math.max(1, start - 5); n <= start + 5; n++) {
        const header = await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(n));
        const slot = slotOf(api, header);
        if (previous !== null && slot - previous > 3n) throw new Error(`a gap of ${slot - previous} slots at block ${n}`);
        previous = slot;
      }
      const { best, finalized } = await heads(api);
      if (best - finalized > 12) throw new Error(`finality lags ${best - finalized} blocks after the handover`);
      // The Aura part ends with the block before the first weighted epoch's first child.
      fs.writeFileSync(markPath(networkInfo, 'handover'), JSON.stringify({ time: Date.now(), best: start, finalized }));
      console.log(`handed over at session ${session}, block ${start}; best ${best}, finalized ${finalized}`);
      return start;
    }
    if (step === 'weighted') {
      const epoch = await waitUntil('shares that follow the bonds', async () => {
        const e = await currentEpoch(api);
        const shares = Object.values(sharesOf(e));
        return e.mode.isWeighted && Math.max(...shares) - Math.min(...shares) > 0.05 ? e : null;
      }, 600_000);
      const mark = { time: Date.now(), ...(await heads(api)), shares: sharesOf(epoch) };
      fs.writeFileSync(markPath(networkInfo, rest[0]), JSON.stringify(mark));
      console.log(`weighted epoch ${epoch.index.toNumber()}: ${JSON.stringify(mark.shares)}`);
      return mark.best;
    }
    if (step === 'report') {
      const [fromLabel, toLabel, watchLabel, kind] = rest;
      if (kind === 'weighted' && WORK.done) {
        WORK.stop = true;
        await WORK.done;
        console.log(`jobs settled per operator: ${JSON.stringify(WORK.jobs)}`);
      }
      const from = readMark(networkInfo, fromLabel);
      const to = readMark(networkInfo, toLabel);
      const seen = JSON.parse(fs.readFileSync(markPath(networkInfo, `watch-${watchLabel}`), 'utf8'));
      const blocks = {};
      const expected = {};
      let firstSlot = null;
      let lastSlot = null;
      let finalityMs = 0;
      let finalityCount = 0;
      const canonical = new Set();
      for (let n = from.best + 1; n <= to.best; n++) {
        const hash = await api.rpc.chain.getBlockHash(n);
        canonical.add(hash.toHex());
        const header = await api.rpc.chain.getHeader(hash);
        const slot = slotOf(api, header);
        if (firstSlot === null) firstSlot = slot;
        lastSlot = slot;
        const author = sealerOf(api, header);
        blocks[author] = (blocks[author] || 0) + 1;
        const epoch = await currentEpoch(api, header.parentHash);
        if (epoch.mode.isWeighted) {
          // The schedule is exact: every block of a weighted epoch is its slot's drawn author's.
          const drawn = nameOfKey((await slotClaim(api, header.parentHash, slot)).author);
          if (author !== drawn) throw new Error(`block ${n} sealed by ${author}, its slot is ${drawn}'s`);
        }
        const shares = sharesOf(epoch);
        for (const [name, share] of Object.entries(shares)) {
          expected[name] = (expected[name] || 0) + (epoch.mode.isWeighted ? share : 1 / Object.keys(shares).length);
        }
        const imported = seen.heads[hash.toHex()];
        const finalized = seen.finalizedAt[n] || Object.entries(seen.finalizedAt).filter(([k]) => Number(k) >= n).map(([, t]) => t).sort((a, b) => a - b)[0];
        if (imported && finalized) {
          finalityMs += finalized - imported.at;
          finalityCount += 1;
        }
      }
      const total = to.best - from.best;
      const offFork = Object.entries(seen.heads).filter(([hash, h]) => h.number > from.best && h.number <= to.best && !canonical.has(hash)).length;
      const slots = Number(lastSlot - firstSlot) + 1;
      const shareRows = NAMES.map((name) => ({
        name,
        blocks: blocks[name] || 0,
        share: (blocks[name] || 0) / total,
        weight: (expected[name] || 0) / total,
      }));
      const distance = shareRows.reduce((d, r) => d + Math.abs(r.share - r.weight), 0) / 2;
      const report = {
        kind,
        blocks: total,
        slots,
        emptySlotRate: 1 - total / slots,
        forkRate: offFork / (total + offFork),
        meanTimeToFinalityS: finalityCount ? finalityMs / finalityCount / 1000 : null,
        totalVariationDistance: distance,
        perAuthority: shareRows,
      };
      console.log(`AUTHORSHIP-REPORT ${JSON.stringify(report)}`);
      fs.writeFileSync(markPath(networkInfo, `report-${kind}`), JSON.stringify(report));
      if (process.env.AITBC_AUTHORSHIP_REPORT) {
        fs.appendFileSync(process.env.AITBC_AUTHORSHIP_REPORT, JSON.stringify(report) + '\n');
      }
      if (kind === 'weighted' && distance > 0.2) throw new Error(`blocks do not follow the weights: distance ${distance}`);
      if (blocks.null) throw new Error(`${blocks.null} blocks sealed by no known validator`);
      return total;
    }
    if (step === 'refused') {
      const rogue = rest[0];
      const rogueAccount = keyOf(rogue).address;
      // The report lands within a few blocks of the first refused seal: scan every block so far.
      let scanned = 0;
      const found = await waitUntil('the wrong-slot report', async () => {
        const { best } = await heads(api);
        for (let n = scanned + 1; n <= best; n++) {
          const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
          const reported = events.find(({ event }) => api.events.computeAuthorship.WrongSlotReported.is(event));
          if (reported) return { n, events, reported };
          scanned = n;
        }
        return null;
      }, 400_000);
      console.log(`block ${found.n}: ${found.reported.event.data.toString()}`);
      if (found.reported.event.data.offender.toString() !== rogueAccount) throw new Error('another offender was reported');
      // In the same block: the offence, a deferred slash of the rogue's bond (the council may
      // veto it until it ripens), and its removal from the set.
      const slash = found.events.find(({ event }) => api.events.staking.SlashReported.is(event) && event.data.operator.toString() === rogueAccount);
      if (!slash) throw new Error(`no slash of ${rogue} reported with the offence`);
      if (!found.events.some(({ event }) => api.events.offences.Offence.is(event))) throw new Error('no offence recorded');
      console.log(`slash ${slash.event.data.slashId.toString()} of ${rogue}, vetoable until block ${slash.event.data.ripeAt.toString()}`);
      // Every finalized block was sealed by its slot's author.
      const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
      for (let n = Math.max(1, finalized - 30); n <= finalized; n++) {
        const header = await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(n));
        const claim = await slotClaim(api, header.parentHash, slotOf(api, header));
        const sealer = sealerOf(api, header);
        if (sealer !== nameOfKey(claim.author)) throw new Error(`block ${n} sealed by ${sealer}, its slot is ${nameOfKey(claim.author)}'s`);
      }
      const { best } = await heads(api);
      if (best - finalized > 12) throw new Error(`finality lags ${best - finalized} blocks`);
      return 1;
    }
    throw new Error(`unknown step ${step}`);
  } finally {
    if (step !== 'watch' && step !== 'work') await api.disconnect();
  }
}

module.exports = { run };
