#!/usr/bin/env bash
# Builds the proving and verifying keys of the AITBC private-receipt circuits (deterministically,
# into a cache outside the checkout) and, on request, regenerates the test fixtures from them.
#
#   zk/build.sh               make sure the keys exist (seconds when the cache is current)
#   zk/build.sh --fixtures    also prove the test statements of scripts/inputs.mjs and rewrite the
#                             fixtures of pallet-zk-verifier and pallet-receipts
#   zk/build.sh --force       rebuild the keys even when the cache is current (combines with
#                             --fixtures)
#
# Keys go to ${AITBC_ZK_BUILD:-$HOME/.cache/aitbc-zk}:
#   receipt_<level>_js/receipt_<level>.wasm   witness generator
#   receipt_<level>.zkey                      proving key
#   receipt_<level>.vk.json                   verifying key (snarkjs JSON)
#   receipt_<level>.r1cs, pot_final.ptau      to audit the key (snarkjs zkey verify)
#   stamp                                     sha256 of what the keys are made from
# The stamp covers this script, circuits/*.circom and package-lock.json; when it matches, the
# setup is skipped. A new build is made next to the cache and swapped in whole, so a reader never
# sees half a build; concurrent runs wait for each other (flock).
#
# Steps: npm ci (only when zk/node_modules is missing or was installed from another lock file;
# circom2 = circom 2 compiled to wasm, snarkjs, circomlib, circomlibjs) -> a small local powers of
# tau (2^12, nothing downloaded) with one beacon contribution -> per circuit: compile, Groth16
# setup, one phase-2 beacon contribution (so delta is not the generator), export the verifying key
# -> with --fixtures, per test statement: witness, proof, snarkjs verify -> convert key, proofs and
# public inputs to arkworks bytes -> pallets/zk-verifier/src/fixtures/ (and, for the receipts_*
# statements, pallets/receipts/src/fixtures/) -> rewrite zk/test/converter-cases.json from them.
#
# DETERMINISTIC, AND THEREFORE FOR TESTS ONLY. Both contributions are snarkjs beacons with fixed,
# published beacon hashes (sha256 of the phrases below), so every machine derives the same keys,
# byte for byte, and a fresh clone (CI) can reuse a cache. The flip side: the toxic waste (tau,
# alpha, beta, delta) follows from public data, so ANYONE can recompute it and FORGE PROOFS for
# these keys. Never register them on a chain holding value. A production key needs a multi-party
# ceremony (a public powers of tau and a phase 2 with independent, secret contributions); its
# verification_key.json is converted the same way, and AITBC_ZK_BUILD can point at its files.
#
# A cold build takes 3 to 4 minutes on a shared 2-core machine (most of it the powers of tau's
# phase-2 preparation); a current cache, well under a second; proving the fixtures, about 20 s.
set -euo pipefail

usage() { sed -n '5,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
FIXTURES_MODE=0
FORCE=0
for arg in "$@"; do
	case "$arg" in
	--fixtures) FIXTURES_MODE=1 ;;
	--force) FORCE=1 ;;
	-h | --help) usage; exit 0 ;;
	*) echo "build.sh: unknown argument $arg" >&2; usage >&2; exit 2 ;;
	esac
done

ZK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FIXTURES="$ZK_DIR/../pallets/zk-verifier/src/fixtures"
# Statements named receipts_* are proven for pallet-receipts' mock jobs and go there.
RECEIPTS_FIXTURES="$ZK_DIR/../pallets/receipts/src/fixtures"
BUILD="${AITBC_ZK_BUILD:-$HOME/.cache/aitbc-zk}"
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
while [ "$BUILD" != / ] && [ "${BUILD%/}" != "$BUILD" ]; do BUILD="${BUILD%/}"; done
POWER=12
CIRCUITS=(receipt_basic receipt_enhanced)
# The beacons: public on purpose (see above). 2^10 hash iterations, the least snarkjs takes.
BEACON_ITERATIONS_EXP=10
PHASE1_BEACON_PHRASE="aitbc test phase 1"
phase2_beacon_phrase() { echo "aitbc test phase 2 $1"; } # one per circuit: distinct deltas

started=$SECONDS
cd "$ZK_DIR"

sha256_files() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
sha256_text() { printf %s "$1" | sha256_files | cut -d' ' -f1; }
require() { for f in "$@"; do [ -s "$f" ] || { echo "build.sh: $f was not written" >&2; exit 1; }; done; }

mkdir -p "$(dirname "$BUILD")"
LOCKED=0
if command -v flock >/dev/null; then
	exec 9>"$BUILD.lock"
	flock 9
	LOCKED=1
fi
# The tools do not inherit the lock: one left running by a killed build must not hold it.
node() { command node "$@" 9>&-; }
npm() { command npm "$@" 9>&-; }

# npm ci wipes and reinstalls zk/node_modules: only when it is missing or from another lock file.
[ -f package-lock.json ] || { echo "build.sh: zk/package-lock.json is missing" >&2; exit 1; }
NPM_STAMP="node_modules/.aitbc-package-lock.sha256"
lock_hash="$(sha256_files package-lock.json | cut -d' ' -f1)"
if [ ! -f "$NPM_STAMP" ] || [ "$(cat "$NPM_STAMP")" != "$lock_hash" ]; then
	echo "== npm ci (zk/node_modules missing or stale)"
	npm ci --no-audit --no-fund
	echo "$lock_hash" >"$NPM_STAMP"
fi
snarkjs() { node "$ZK_DIR/node_modules/snarkjs/build/cli.cjs" "$@"; }
circom() { node "$ZK_DIR/node_modules/circom2/cli.js" "$@"; }

stamp="$(sha256_files build.sh circuits/*.circom package-lock.json)"
keys_present() {
	for circuit in "${CIRCUITS[@]}"; do
		[ -s "$BUILD/$circuit.zkey" ] && [ -s "$BUILD/$circuit.vk.json" ] &&
			[ -s "$BUILD/${circuit}_js/$circuit.wasm" ] || return 1
	done
}

setup() {
	new="$BUILD.new.$$"
	old="$BUILD.old.$$"
	# Leftovers of an interrupted run (with the lock held, no other build is under way).
	if [ "$LOCKED" = 1 ]; then rm -rf "$BUILD".new.* "$BUILD".old.*; fi
	mkdir -p "$new"
	trap 'rm -rf "$new"' EXIT

	local beacon1
	beacon1="$(sha256_text "$PHASE1_BEACON_PHRASE")"
	echo "== powers of tau (bn128, 2^$POWER): beacon sha256(\"$PHASE1_BEACON_PHRASE\") = $beacon1, FOR TESTS ONLY"
	snarkjs powersoftau new bn128 "$POWER" "$new/pot_0000.ptau"
	snarkjs powersoftau beacon "$new/pot_0000.ptau" "$new/pot_0001.ptau" "$beacon1" "$BEACON_ITERATIONS_EXP" \
		--name="$PHASE1_BEACON_PHRASE"
	require "$new/pot_0001.ptau"
	snarkjs powersoftau prepare phase2 "$new/pot_0001.ptau" "$new/pot_final.ptau"
	require "$new/pot_final.ptau"
	rm "$new/pot_0000.ptau" "$new/pot_0001.ptau"

	for circuit in "${CIRCUITS[@]}"; do
		local phrase beacon2
		phrase="$(phase2_beacon_phrase "$circuit")"
		beacon2="$(sha256_text "$phrase")"
		echo "== $circuit: compile, setup, phase-2 beacon sha256(\"$phrase\") = $beacon2, FOR TESTS ONLY"
		circom "circuits/$circuit.circom" --r1cs --wasm -l node_modules/circomlib/circuits -o "$new"
		snarkjs groth16 setup "$new/$circuit.r1cs" "$new/pot_final.ptau" "$new/${circuit}_0000.zkey"
		require "$new/${circuit}_0000.zkey"
		snarkjs zkey beacon "$new/${circuit}_0000.zkey" "$new/$circuit.zkey" "$beacon2" "$BEACON_ITERATIONS_EXP" \
			--name="$phrase"
		require "$new/$circuit.zkey"
		rm "$new/${circuit}_0000.zkey"
		snarkjs zkey export verificationkey "$new/$circuit.zkey" "$new/$circuit.vk.json"
		require "$new/$circuit.vk.json" "$new/${circuit}_js/$circuit.wasm"
	done
	printf '%s\n' "$stamp" >"$new/stamp"

	# Swap the new build in whole.
	if [ -e "$BUILD" ]; then mv "$BUILD" "$old"; fi
	mv "$new" "$BUILD"
	rm -rf "$old"
	trap - EXIT
}

if [ "$FORCE" = 1 ] || ! keys_present || [ "$(cat "$BUILD/stamp" 2>/dev/null)" != "$stamp" ]; then
	setup
	echo "== keys built in $BUILD ($((SECONDS - started))s)"
else
	echo "== keys in $BUILD are current (stamp matches; --force rebuilds)"
fi

if [ "$FIXTURES_MODE" = 0 ]; then
	for circuit in "${CIRCUITS[@]}"; do
		if ! cmp -s "$BUILD/$circuit.vk.json" "$FIXTURES/$circuit.vk.json"; then
			echo "warning: the fixtures' $circuit key is not this build's: zk/build.sh --fixtures rewrites them" >&2
		fi
	done
	exit 0
fi

echo "== test statements: witness, proof, verify, convert"
mkdir -p "$FIXTURES" "$RECEIPTS_FIXTURES"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for circuit in "${CIRCUITS[@]}"; do
	cp "$BUILD/$circuit.vk.json" "$FIXTURES/$circuit.vk.json"
	node scripts/to_arkworks.mjs vk "$FIXTURES/$circuit.vk.json" "$FIXTURES/$circuit.vk.bin"
	cp "$FIXTURES/$circuit.vk.bin" "$RECEIPTS_FIXTURES/$circuit.vk.bin"
done
statements=$(node scripts/inputs.mjs "$work/inputs")
for statement in $statements; do
	circuit="receipt_$(cat "$work/inputs/$statement.circuit")"
	out="$FIXTURES"
	case "$statement" in receipts_*) out="$RECEIPTS_FIXTURES" ;; esac
	node "$BUILD/${circuit}_js/generate_witness.js" "$BUILD/${circuit}_js/$circuit.wasm" \
		"$work/inputs/$statement.input.json" "$work/$statement.wtns"
	snarkjs groth16 prove "$BUILD/$circuit.zkey" "$work/$statement.wtns" \
		"$out/$statement.proof.json" "$out/$statement.public.json"
	snarkjs groth16 verify "$BUILD/$circuit.vk.json" "$out/$statement.public.json" \
		"$out/$statement.proof.json"
	node scripts/to_arkworks.mjs proof "$out/$statement.proof.json" "$out/$statement.proof.bin"
	node scripts/to_arkworks.mjs public "$out/$statement.public.json" "$out/$statement.public.bin"
done
# The converters' edge cases start from the fixtures' key and proof: keep them in step.
node scripts/converter-cases.mjs

echo "== fixtures written to $FIXTURES and $RECEIPTS_FIXTURES ($((SECONDS - started))s)"
ls -l "$FIXTURES" "$RECEIPTS_FIXTURES"
