#!/usr/bin/env node
// Prints a raw chain spec of the `local` chain whose genesis validators are the named development
// accounts, for a zombienet `chain_spec_command`:
//
//   node scripts/chain-spec.js alice,bob,charlie,dave
//
// Each validator gets the session keys zombienet puts in its node's keystore (//Name as the
// sr25519 Aura key and the ed25519 GRANDPA key), a seat in `ValidatorSet` and the operator bond
// `ValidatorSet` requires. The spec is raw so zombienet starts it as it is: its customisation of a
// plain spec assumes a relay chain's `staking` genesis, which this runtime does not have.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Keyring } = require('@polkadot/keyring');
const { cryptoWaitReady } = require('@polkadot/util-crypto');

async function main() {
  const names = (process.argv[2] || '').split(',').filter(Boolean);
  if (names.length === 0) throw new Error('usage: chain-spec.js alice,bob,...');
  await cryptoWaitReady();
  const sr = new Keyring({ type: 'sr25519' });
  const ed = new Keyring({ type: 'ed25519' });
  const uri = (name) => `//${name.charAt(0).toUpperCase()}${name.slice(1)}`;

  const plain = JSON.parse(
    execFileSync('aitbc-node', ['build-spec', '--chain', 'local', '--disable-default-bootnode'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    }),
  );
  const patch = plain.genesis.runtimeGenesis.patch;
  const bond = patch.staking.operators[0][1];
  const endowed = new Set(patch.balances.balances.map(([account]) => account));
  const accounts = names.map((name) => sr.addFromUri(uri(name)).address);
  for (const [i, account] of accounts.entries()) {
    if (!endowed.has(account)) throw new Error(`${names[i]} has no balance in the local genesis`);
  }
  patch.session.keys = names.map((name, i) => [
    accounts[i],
    accounts[i],
    { aura: sr.addFromUri(uri(name)).address, grandpa: ed.addFromUri(uri(name)).address },
  ]);
  patch.validatorSet.validators = accounts;
  patch.staking.operators = accounts.map((account) => [account, bond]);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aitbc-spec-'));
  try {
    const plainPath = path.join(dir, 'plain.json');
    fs.writeFileSync(plainPath, JSON.stringify(plain));
    process.stdout.write(
      execFileSync('aitbc-node', ['build-spec', '--chain', plainPath, '--raw', '--disable-default-bootnode'], {
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 << 20,
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
