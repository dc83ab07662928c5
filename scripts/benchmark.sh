#!/usr/bin/env bash
# Runs the runtime benchmarks of our pallets and writes each pallet's src/weights.rs.
#
#   scripts/benchmark.sh                 every AITBC pallet in the runtime
#   scripts/benchmark.sh pallet_pricing  one pallet
#   STEPS=2 REPEAT=1 scripts/benchmark.sh   a quick smoke run (weights not for committing)
#
# The committed weights come from 10 steps and 5 repeats: on 2 cores all seven pallets then take
# about 20 minutes; polkadot-sdk's usual 50 x 20 would take hours (STEPS=50 REPEAT=20 for that).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STEPS="${STEPS:-10}"
REPEAT="${REPEAT:-5}"

build_all
pallets=("$@")
if [ ${#pallets[@]} -eq 0 ]; then
	mapfile -t pallets < <("$AITBC_NODE" benchmark pallet --chain dev --list=pallets 2>/dev/null |
		tail -n +2 | tr -d ' ' | grep -E '^pallet_(receipts|services|escrow|disputes|operator_staking|pricing|zk_verifier|validator_set|compute_authorship|settlement)$' || true)
fi
if [ ${#pallets[@]} -eq 0 ]; then
	log "no AITBC pallet is in the runtime's benchmarks yet"
	exit 0
fi
for pallet in "${pallets[@]}"; do
	dir="$AITBC_ROOT/pallets/$(echo "${pallet#pallet_}" | tr _ -)"
	log "benchmarking $pallet -> ${dir#"$AITBC_ROOT"/}/src/weights.rs"
	"$AITBC_NODE" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--heap-pages 4096 \
		--template "$AITBC_ROOT/scripts/weight-template.hbs" \
		--output "$dir/src/weights.rs"
done
