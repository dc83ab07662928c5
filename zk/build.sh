#!/usr/bin/env bash
# Builds the AITBC private-receipt circuits and regenerates the test fixtures of
# pallet-zk-verifier from them.
#
#   zk/build.sh            install the pinned npm tools, compile, set up, prove, convert
#
# Steps: npm ci (circom2 = circom 2 compiled to wasm, snarkjs, circomlib, circomlibjs; all local to
# zk/node_modules) -> a small local powers of tau (2^12, one contribution, nothing downloaded) ->
# per circuit: compile, Groth16 setup, one phase-2 contribution (so delta is not the generator),
# export the verifying key -> per test statement: witness, proof, snarkjs verify -> convert key,
# proofs and public inputs to arkworks bytes -> pallets/zk-verifier/src/fixtures/ (and, for the
# receipts_* statements, pallets/receipts/src/fixtures/).
#
# THE SETUP IS FOR TESTS ONLY: one machine made every contribution, so whoever ran this script
# could forge proofs. A production key needs a multi-party ceremony (a public powers of tau and a
# phase 2 with independent contributors); its verification_key.json is converted the same way.
#
# Takes about 4 minutes on a shared 2-core machine (most of it the powers of tau's phase-2
# preparation).
set -euo pipefail

ZK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FIXTURES="$ZK_DIR/../pallets/zk-verifier/src/fixtures"
# Statements named receipts_* are proven for pallet-receipts' mock jobs and go there.
RECEIPTS_FIXTURES="$ZK_DIR/../pallets/receipts/src/fixtures"
BUILD="$ZK_DIR/build"
POWER=12
CIRCUITS=(receipt_basic receipt_enhanced)

cd "$ZK_DIR"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
snarkjs() { node "$ZK_DIR/node_modules/snarkjs/build/cli.cjs" "$@"; }
circom() { node "$ZK_DIR/node_modules/circom2/cli.js" "$@"; }

rm -rf "$BUILD"
mkdir -p "$BUILD" "$FIXTURES" "$RECEIPTS_FIXTURES"

echo "== powers of tau (bn128, 2^$POWER), local and for tests only"
snarkjs powersoftau new bn128 "$POWER" "$BUILD/pot_0000.ptau"
snarkjs powersoftau contribute "$BUILD/pot_0000.ptau" "$BUILD/pot_0001.ptau" \
	--name="aitbc test phase 1" -e="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
snarkjs powersoftau prepare phase2 "$BUILD/pot_0001.ptau" "$BUILD/pot_final.ptau"

for circuit in "${CIRCUITS[@]}"; do
	echo "== $circuit: compile, setup, phase-2 contribution"
	circom "circuits/$circuit.circom" --r1cs --wasm -l node_modules/circomlib/circuits -o "$BUILD"
	snarkjs groth16 setup "$BUILD/$circuit.r1cs" "$BUILD/pot_final.ptau" "$BUILD/${circuit}_0000.zkey"
	snarkjs zkey contribute "$BUILD/${circuit}_0000.zkey" "$BUILD/$circuit.zkey" \
		--name="aitbc test phase 2" -e="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
	snarkjs zkey export verificationkey "$BUILD/$circuit.zkey" "$BUILD/$circuit.vk.json"
	cp "$BUILD/$circuit.vk.json" "$FIXTURES/$circuit.vk.json"
	node scripts/to_arkworks.mjs vk "$BUILD/$circuit.vk.json" "$FIXTURES/$circuit.vk.bin"
	cp "$FIXTURES/$circuit.vk.bin" "$RECEIPTS_FIXTURES/$circuit.vk.bin"
done

echo "== test statements: witness, proof, verify, convert"
statements=$(node scripts/inputs.mjs "$BUILD/inputs")
for statement in $statements; do
	circuit="receipt_$(cat "$BUILD/inputs/$statement.circuit")"
	out="$FIXTURES"
	case "$statement" in receipts_*) out="$RECEIPTS_FIXTURES" ;; esac
	node "$BUILD/${circuit}_js/generate_witness.js" "$BUILD/${circuit}_js/$circuit.wasm" \
		"$BUILD/inputs/$statement.input.json" "$BUILD/$statement.wtns"
	snarkjs groth16 prove "$BUILD/$circuit.zkey" "$BUILD/$statement.wtns" \
		"$out/$statement.proof.json" "$out/$statement.public.json"
	snarkjs groth16 verify "$BUILD/$circuit.vk.json" "$out/$statement.public.json" \
		"$out/$statement.proof.json"
	node scripts/to_arkworks.mjs proof "$out/$statement.proof.json" "$out/$statement.proof.bin"
	node scripts/to_arkworks.mjs public "$out/$statement.public.json" "$out/$statement.public.bin"
done

echo "== fixtures written to $FIXTURES and $RECEIPTS_FIXTURES"
ls -l "$FIXTURES" "$RECEIPTS_FIXTURES"
