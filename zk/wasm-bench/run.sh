#!/usr/bin/env bash
# Builds the verifier for wasm32 and times it under Node (V8), per proof and per public input.
# A number for the pure-wasm backend without a node; the runtime benchmark
# `verify_with_pure_backend` (wasmtime, in the node) is the one weights come from.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}" cargo build --release --target wasm32-unknown-unknown
wasm="${CARGO_TARGET_DIR:-$PWD/target}/wasm32-unknown-unknown/release/zk_wasm_bench.wasm"
node --input-type=module -e "
import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync('$wasm'), {});
const { setup, run } = instance.exports;
const rounds = 5;
const points = [];
for (const n of [0, 1, 4, 8, 16]) {
	if (setup(n) !== 1) throw new Error('setup failed');
	run(1);
	// The best of several batches: the machine may be shared, and the minimum is least noisy.
	let ms = Infinity;
	for (let batch = 0; batch < 5; batch++) {
		const start = performance.now();
		if (run(rounds) !== rounds) throw new Error('a proof failed');
		ms = Math.min(ms, (performance.now() - start) / rounds);
	}
	points.push([n, ms]);
	console.log('wasm (V8), ' + String(n).padStart(2) + ' inputs: ' + ms.toFixed(2) + ' ms/proof');
}
const [a, b] = [points[0], points[points.length - 1]];
console.log('per public input: ' + ((b[1] - a[1]) / (b[0] - a[0])).toFixed(3) + ' ms');
"
