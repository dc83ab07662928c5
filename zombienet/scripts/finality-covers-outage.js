// Once the stopped validator is back, finality reaches every block produced during the outage.
const { connect, readMark, heads, waitUntil } = require('./common');

async function run(nodeName, networkInfo, args) {
  const [afterLabel] = args;
  const after = readMark(networkInfo, afterLabel);
  const api = await connect(networkInfo, nodeName);
  const { finalized } = await waitUntil(
    `finality to reach #${after.best}`,
    async () => { const h = await heads(api); return h.finalized >= after.best ? h : null; },
    220_000,
  );
  console.log(`finalized #${finalized} covers the outage (best at restart: #${after.best})`);
  await api.disconnect();
  return finalized;
}

module.exports = { run };
