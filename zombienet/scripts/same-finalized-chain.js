// Every named node has the same block hash at every height up to the lowest finalized head, and
// every named validator authored at least one finalized block.
const { connect, heads, authorOf, waitUntil } = require('./common');

async function run(nodeName, networkInfo, args) {
  const names = args;
  const apis = await Promise.all(names.map((name) => connect(networkInfo, name)));
  try {
    // Wait until all of them finalized past a height none had when we started.
    const start = Math.max(...(await Promise.all(apis.map(heads))).map((h) => h.best));
    await waitUntil(`every node to finalize #${start}`, async () => {
      const all = await Promise.all(apis.map(heads));
      return all.every((h) => h.finalized >= start);
    }, 220_000);
    const finalized = Math.min(...(await Promise.all(apis.map(heads))).map((h) => h.finalized));
    const authors = new Set();
    for (let n = 1; n <= finalized; n++) {
      const hashes = await Promise.all(apis.map((api) => api.rpc.chain.getBlockHash(n).then((h) => h.toHex())));
      if (new Set(hashes).size !== 1) {
        throw new Error(`nodes disagree at finalized height #${n}: ${names.map((m, i) => `${m}=${hashes[i]}`).join(' ')}`);
      }
      authors.add(await authorOf(apis[0], hashes[0], names));
    }
    for (const name of names) {
      if (!authors.has(name)) throw new Error(`${name} authored none of the ${finalized} finalized blocks (authors: ${[...authors].join(', ')})`);
    }
    console.log(`${names.join(', ')} agree on all ${finalized} finalized blocks; authors: ${[...authors].join(', ')}`);
    return finalized;
  } finally {
    await Promise.all(apis.map((api) => api.disconnect()));
  }
}

module.exports = { run };
