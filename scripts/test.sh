#!/usr/bin/env bash
# Runs every test: the Rust unit and integration tests of all crates, the end-to-end tests that
# drive a real `aitbc-node --dev` through @polkadot/api, and the zombienet multi-validator tests.
#
#   scripts/test.sh              everything
#   AITBC_SKIP_ZOMBIENET=1 ...   leave out the multi-validator networks (they take minutes)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started=$SECONDS
phase_start=$SECONDS
phase() { log "$1 took $((SECONDS - phase_start))s"; phase_start=$SECONDS; }

build_all
phase "build"

log "cargo test"
(cd "$AITBC_ROOT" && cargo test "${AITBC_CARGO_FLAGS[@]}" --no-fail-fast)
phase "cargo test"

production_runtime_tests
phase "production runtime tests"

# The proving keys of the private-receipt circuits (deterministic; cached outside the checkout,
# so only the first run on a machine pays for the setup), for the prover the miner calls.
"$AITBC_ROOT/zk/build.sh"
phase "zero-knowledge keys"

ensure_node_modules "$AITBC_ROOT"
log "end-to-end tests against a real aitbc-node (@polkadot/api), and the zk prover's tests"
(cd "$AITBC_ROOT" && AITBC_NODE="$AITBC_NODE" node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ zk/test/)
phase "end-to-end tests"

if [ "${AITBC_SKIP_ZOMBIENET:-0}" != 1 ]; then
	ensure_node_modules "$AITBC_ROOT/zombienet"
	"$AITBC_ROOT/zombienet/run.sh"
	phase "zombienet tests"
fi

log "all tests passed in $((SECONDS - started))s"
