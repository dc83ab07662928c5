# Shared by the scripts in this folder: one target directory outside the checkout, one Cargo
# profile and one feature set for building and testing, so dependencies compile once.
# Source it; do not run it.

set -euo pipefail

AITBC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/aitbc-target}"
# The wasm runtime is built in a project under the target directory; this points it at our
# Cargo.lock so it builds with the same locked versions.
export WASM_BUILD_WORKSPACE_HINT="$AITBC_ROOT"
# The node the tests use is built with runtime benchmarks so `aitbc-node benchmark pallet` works
# from the same binary, with `fast-runtime` so slash reviews, unbonding and dispute phases take
# minutes on the dev chain and in the end-to-end tests, and with `try-runtime` so the upgrade
# rehearsal can run every pallet's `try_state` on a live node (`TryRuntime_on_runtime_upgrade`).
# Every pallet gets the benchmark feature too, so its benchmark tests run even before it is in the
# runtime. The runtime that ships has none of these: `production_runtime_tests` tests it, and
# docker/ builds it.
aitbc_features() {
	local features="aitbc-node/runtime-benchmarks,aitbc-node/fast-runtime,aitbc-node/try-runtime"
	local manifest name
	for manifest in "$AITBC_ROOT"/pallets/*/Cargo.toml; do
		name="$(sed -n 's/^name = "\(.*\)"$/\1/p' "$manifest" | head -n 1)"
		features="$features,$name/runtime-benchmarks"
	done
	echo "$features"
}
AITBC_CARGO_FLAGS=(--release --workspace --locked --features "$(aitbc_features)")
# The runtime's build script also builds the runtime one `spec_version` later, for the upgrade
# rehearsal (runtime/build.rs). Set for every build, so the runtime never rebuilds for want of it.
export AITBC_UPGRADE_REHEARSAL=1
AITBC_NODE="$CARGO_TARGET_DIR/release/aitbc-node"

log() { printf '\033[1m[aitbc]\033[0m %s\n' "$*" >&2; }

# Installs what a fresh machine lacks: protoc (litep2p's build needs it), the toolchain pinned in
# rust-toolchain.toml with its rust-src (the wasm runtime builds core and alloc from it when the
# wasm32v1-none target cannot be installed), and the npm packages of the end-to-end tests.
ensure_build_tools() {
	if ! command -v protoc >/dev/null 2>&1; then
		log "installing protoc (protobuf-compiler)"
		if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
		$SUDO apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq protobuf-compiler >/dev/null
	fi
	if command -v rustup >/dev/null 2>&1; then
		(cd "$AITBC_ROOT" && rustup show active-toolchain >/dev/null 2>&1) || true
		# substrate-wasm-builder prefers wasm32v1-none. Where that target cannot be installed it
		# builds for wasm32-unknown-unknown, with core and alloc from rust-src.
		if ! (cd "$AITBC_ROOT" && rustup target list --installed | grep -qx 'wasm32v1-none'); then
			(cd "$AITBC_ROOT" && rustup target add wasm32v1-none >/dev/null 2>&1) ||
				(cd "$AITBC_ROOT" && rustup target add wasm32-unknown-unknown >/dev/null)
		fi
	fi
}

ensure_node_modules() {
	local dir="$1"
	if [ ! -d "$dir/node_modules" ] || [ "$dir/package.json" -nt "$dir/node_modules" ]; then
		log "installing npm packages in ${dir#"$AITBC_ROOT"/}"
		(cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
		touch "$dir/node_modules"
	fi
}

# Every crate's unit and integration tests, with the shared flags (the test build).
workspace_tests() {
	log "cargo test"
	(cd "$AITBC_ROOT" && cargo test "${AITBC_CARGO_FLAGS[@]}" --no-fail-fast)
}

# The runtime as validators ship it: no `fast-runtime`, no benchmarks, no `try-runtime`. Its unit
# tests (with every pallet's `integrity_test` on production constants) and the cross-pallet
# runtime tests run natively; the wasm blob of these features is what docker/ builds.
production_runtime_tests() {
	log "production runtime: cargo test -p aitbc-runtime (no fast-runtime, benchmarks or try-runtime)"
	# The runtime's unit tests (every `integrity_test`) and all its cross-pallet tests; those
	# that wait for sessions, disputes or slash reviews read the periods from the runtime.
	(cd "$AITBC_ROOT" && SKIP_WASM_BUILD=1 cargo test --release --locked -p aitbc-runtime --lib --tests)
}

# Builds everything the tests and the dev chain use, with the shared flags.
build_all() {
	ensure_build_tools
	log "building (cargo build ${AITBC_CARGO_FLAGS[*]} --all-targets); target dir: $CARGO_TARGET_DIR"
	(cd "$AITBC_ROOT" && cargo build "${AITBC_CARGO_FLAGS[@]}" --all-targets)
}
