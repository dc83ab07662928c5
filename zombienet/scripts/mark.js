// Records the node's best and finalized heights under a label, for later scripts to compare.
const fs = require('fs');
const { connect, markPath, heads } = require('./common');

async function run(nodeName, networkInfo, args) {
  const [label] = args;
  const api = await connect(networkInfo, nodeName);
  const mark = { time: Date.now(), ...(await heads(api)) };
  fs.writeFileSync(markPath(networkInfo, label), JSON.stringify(mark));
  console.log(`mark ${label}: ${JSON.stringify(mark)}`);
  await api.disconnect();
  return mark.best;
}

module.exports = { run };
