// Blocks kept coming while a validator was down, authored by the validators still up.
// args: label before the outage, label after the restart, then the names of the validators up.
const { connect, readMark, authorOf } = require('./common');

async function run(nodeName, networkInfo, args) {
  const [beforeLabel, afterLabel, ...up] = args;
  const before = readMark(networkInfo, beforeLabel);
  const after = readMark(networkInfo, afterLabel);
  const api = await connect(networkInfo, nodeName);
  const seconds = (after.time - before.time) / 1000;
  const produced = after.best - before.best;
  // Aura gives each validator one slot in N; with one of N down, (N-1)/N of slots still get a
  // block. Ask for at least half of the slots to allow for the restart's own delay.
  const slots = Math.floor(seconds / 6);
  if (produced < Math.max(3, Math.floor(slots / 2))) {
    throw new Error(`only ${produced} blocks in ${seconds}s of outage (${slots} slots)`);
  }
  const authors = new Set();
  // The first block may still be the stopped validator's, authored just before it went down.
  for (let n = before.best + 2; n <= after.best; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    authors.add(await authorOf(api, hash, ['alice', 'bob', 'charlie', 'dave']));
  }
  for (const name of authors) {
    if (!up.includes(name)) throw new Error(`block authored by ${name}, which was down`);
  }
  if (authors.size < 2) throw new Error(`only ${[...authors]} authored during the outage`);
  console.log(`${produced} blocks in ${seconds}s of outage, authored by ${[...authors].join(', ')}`);
  await api.disconnect();
  return produced;
}

module.exports = { run };
