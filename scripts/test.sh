#!/usr/bin/env bash
# Runs every test: the Rust unit and integration tests of all crates, the end-to-end tests that
# drive a real `aitbc-node --dev` through @polkadot/api and the other Polkadot clients
# (polkadot-api, chopsticks, api-sidecar), and the zombienet multi-validator tests.
#
#   scripts/test.sh              everything
#   AITBC_SKIP_ZOMBIENET=1 ...   leave out the multi-validator networks (they take minutes)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started=$SECONDS
phase_start=$SECONDS
phase() { log "$1 took $((SECONDS - phase_start))s"; phase_start=$SECONDS; }

# The npm packages of the end-to-end tests download while the node builds.
npm_log="$(mktemp)"
(ensure_node_modules "$AITBC_ROOT" && ensure_node_modules "$AITBC_ROOT/tests/clients") >"$npm_log" 2>&1 &
npm_pid=$!

build_all
phase "build"

# The Rust tests (the test build's, then the production runtime's) run on the CPU while the
# end-to-end tests below mostly wait for six-second blocks: they run beside them, one cargo
# command after the other, at a lower priority, and are waited for once the end-to-end tests are
# done. Their output goes to a log, shown in full if they fail. (In a process group of their
# own, so that a failure of the end-to-end tests stops their cargo too.)
rust_log="$(mktemp)"
log "Rust tests beside the end-to-end tests; their log: $rust_log"
setsid nice -n 10 bash -c "
	source '$AITBC_ROOT/scripts/lib.sh'
	start=\$SECONDS; workspace_tests; log \"cargo test took \$((SECONDS - start))s\"
	start=\$SECONDS; production_runtime_tests; log \"production runtime tests took \$((SECONDS - start))s\"
" >"$rust_log" 2>&1 &
rust_pid=$!
trap 'kill -- -"$rust_pid" 2>/dev/null || true' EXIT

# The proving keys of the private-receipt circuits (deterministic; cached outside the checkout,
# so only the first run on a machine pays for the setup), for the prover the miner calls.
"$AITBC_ROOT/zk/build.sh"
phase "zero-knowledge keys"

if ! wait "$npm_pid"; then
	cat "$npm_log"
	log "installing the npm packages failed"
	exit 1
fi
rm -f "$npm_log"
# --test-force-exit: a client library's leftover handle (a worker thread, a socket) must not keep
# a finished test file, and so CI, waiting.
log "end-to-end tests against a real aitbc-node (@polkadot/api; polkadot-api, chopsticks and api-sidecar), and the zk prover's tests"
(cd "$AITBC_ROOT" && AITBC_NODE="$AITBC_NODE" node --test --test-force-exit --test-concurrency=1 --test-reporter=spec tests/e2e/ tests/clients/ zk/test/)
phase "end-to-end tests"

if ! wait "$rust_pid"; then
	cat "$rust_log"
	log "Rust tests failed"
	exit 1
fi
trap - EXIT
grep -E '^test result|took [0-9]+s$' "$rust_log" >&2 || true
rm -f "$rust_log"
phase "then waiting for the Rust tests"

if [ "${AITBC_SKIP_ZOMBIENET:-0}" != 1 ]; then
	ensure_node_modules "$AITBC_ROOT/zombienet"
	"$AITBC_ROOT/zombienet/run.sh"
	phase "zombienet tests"
fi

log "all tests passed in $((SECONDS - started))s"
