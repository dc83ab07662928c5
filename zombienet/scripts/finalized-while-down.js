// Finality kept up while one validator was down: the finalized head moved past the blocks
// produced before the outage, without the stopped validator's vote.
const { connect, readMark } = require('./common');

async function run(nodeName, networkInfo, args) {
  const [beforeLabel, afterLabel] = args;
  const before = readMark(networkInfo, beforeLabel);
  const after = readMark(networkInfo, afterLabel);
  if (after.finalized < before.best + 2) {
    throw new Error(`finality stalled during the outage: finalized #${after.finalized}, best before #${before.best}`);
  }
  console.log(`finalized #${before.finalized} -> #${after.finalized} while a validator was down`);
  return after.finalized;
}

module.exports = { run };
