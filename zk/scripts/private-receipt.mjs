#!/usr/bin/env node
// The prover of private receipts: what the `aitbc` miner and clients call to commit to a job and
// to prove a receipt at the `Basic` level (circuits/receipt_basic.circom) or the `Enhanced` level
// (circuits/receipt_enhanced.circom), with the keys that zk/build.sh put in $AITBC_ZK_BUILD
// (default ~/.cache/aitbc-zk).
//
// usage: node zk/scripts/private-receipt.mjs commit|prove-basic|prove-enhanced|vk <level>
//   One JSON object on stdin (none for vk), one JSON object and a newline on stdout. On failure:
//   nothing on stdout, one line on stderr ("private-receipt: <why>"), exit code 1.
//
//   commit          {"job_id": 12, "model_hash": "0x<64 hex>", "input_hash": "0x<64 hex>",
//                    "salt": "0x<64 hex>"} and, for an enhanced job, "unit_price": 5
//                -> {"commitment": "0x<64 hex>"} and, with unit_price, "rate_commitment"
//   prove-basic     the fields of commit (no unit_price), "result": "0x<64 hex>" (the
//                   executor's 32-byte output) and "units": 123
//                -> {"output_hash": "0x..", "commitment": "0x..", "proof": "0x<512 hex>",
//                    "public_inputs": ["0x..", x4]}
//   prove-enhanced  the fields of commit with "unit_price", "result", "units" and "max_units"
//                -> {"output_hash", "commitment", "rate_commitment", "price": "<decimal>",
//                    "proof", "public_inputs": [x6]}
//                   Refused before proving: units above max_units, a price of 2^128 or more.
//   vk basic|enhanced
//             -> {"verifying_key": "0x<arkworks bytes>"}
//
// Inputs: job_id, units and max_units are unsigned 64-bit integers, unit_price an unsigned
// 128-bit integer, as JSON numbers up to 2^53 - 1 or as decimal strings (any value of the type).
// The 32-byte values are 64 hex digits, "0x" optional. Unknown or missing fields are refused.
// Each 32-byte value becomes a field element as circuits/receipt_common.circom says: its first 31
// bytes, read little-endian (the last byte does not count, so a salt has 248 bits of entropy).
//
// Outputs: every 32-byte value is a field element, little-endian, exactly what the chain takes:
//   commitment       Poseidon(job_id, model, input, salt)          -> the job's commitment
//   rate_commitment  Poseidon(job_id, unit_price, salt)            -> the enhanced job's rate
//   output_hash      Poseidon(job_id, model, input, result, salt)  -> the receipt's output_hash
//   proof            arkworks uncompressed A ‖ B ‖ C (256 bytes)   -> the private proof
//   price            units * unit_price, a decimal string (u128)   -> what the enhanced receipt pays
//   public_inputs    basic:    [job_id, commitment, output_hash, units]
//                    enhanced: [job_id, commitment, output_hash, max_units, rate_commitment, price]
//                    the inputs the chain derives itself; for checking and debugging, the chain
//                    does not take them.
// There is no nullifier: a job settles once, and its state on chain is what stops a second
// settlement. The proof is verified against the build's verifying key before it is printed.

import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fieldBytes, proof as proofBytes, R, vk as vkBytes } from "./to_arkworks.mjs";

const U128_LIMIT = 1n << 128n;
const LEVELS = { basic: "receipt_basic", enhanced: "receipt_enhanced" };

class UsageError extends Error {}

export function buildDir() {
	return resolve(process.env.AITBC_ZK_BUILD || join(homedir(), ".cache", "aitbc-zk"));
}

/** The files of a circuit's keys in the build directory. */
function keyFiles(circuit) {
	const dir = buildDir();
	return {
		dir,
		wasm: join(dir, `${circuit}_js`, `${circuit}.wasm`),
		zkey: join(dir, `${circuit}.zkey`),
		vk: join(dir, `${circuit}.vk.json`),
	};
}

/** 32 bytes from "0x" and 64 hex digits. */
export function bytes32(name, value) {
	if (typeof value !== "string" || !/^(0x)?[0-9a-fA-F]{64}$/.test(value))
		throw new UsageError(`${name} must be 32 bytes as 64 hex digits ("0x" optional)`);
	return Buffer.from(value.replace(/^0x/, ""), "hex");
}

/** The field element of a 32-byte value: its first 31 bytes, little-endian. */
export function hashToField(bytes) {
	let v = 0n;
	for (let i = 30; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
	return v;
}

/** An unsigned integer of `bits` bits from a JSON number (at most 2^53 - 1) or a decimal string. */
function unsigned(bits, name, value) {
	let v;
	if (typeof value === "number") {
		if (!Number.isSafeInteger(value) || value < 0)
			throw new UsageError(
				`${name} must be an unsigned ${bits}-bit integer (above 2^53 - 1, as a decimal string)`,
			);
		v = BigInt(value);
	} else if (typeof value === "string" && /^[0-9]{1,40}$/.test(value)) {
		v = BigInt(value);
	} else {
		throw new UsageError(`${name} must be an unsigned ${bits}-bit integer`);
	}
	if (v >= 1n << BigInt(bits)) throw new UsageError(`${name} is above 2^${bits} - 1`);
	return v;
}

/** An unsigned 64-bit integer from a JSON number (at most 2^53 - 1) or a decimal string. */
export const u64 = (name, value) => unsigned(64, name, value);
/** An unsigned 128-bit integer (a balance) from a JSON number (at most 2^53 - 1) or a decimal string. */
export const u128 = (name, value) => unsigned(128, name, value);

/** A field element as the chain writes it: 32 bytes little-endian, hex. */
export const hex = (value) => `0x${fieldBytes(value, R).toString("hex")}`;

function fields(request, wanted, optional = []) {
	if (request === null || typeof request !== "object" || Array.isArray(request))
		throw new UsageError("the request must be a JSON object");
	const unknown = Object.keys(request).filter((k) => !wanted.includes(k) && !optional.includes(k));
	if (unknown.length) throw new UsageError(`unknown field ${unknown.join(", ")}`);
	const missing = wanted.filter((k) => !(k in request));
	if (missing.length) throw new UsageError(`missing field ${missing.join(", ")}`);
	return request;
}

let poseidonPromise;
async function poseidon(values) {
	poseidonPromise ??= import("circomlibjs").then((m) => m.buildPoseidon());
	const p = await poseidonPromise;
	return p.F.toObject(p(values));
}

const OPENING = ["job_id", "model_hash", "input_hash", "salt"];

/** The opening of a job (commit's request) as field elements. */
function opening(request) {
	return {
		jobId: u64("job_id", request.job_id),
		model: hashToField(bytes32("model_hash", request.model_hash)),
		input: hashToField(bytes32("input_hash", request.input_hash)),
		salt: hashToField(bytes32("salt", request.salt)),
	};
}

const jobCommitment = (o) => poseidon([o.jobId, o.model, o.input, o.salt]);
const rateCommitment = (o, unitPrice) => poseidon([o.jobId, unitPrice, o.salt]);
const outputHash = (o, result) => poseidon([o.jobId, o.model, o.input, result, o.salt]);

export async function commit(request) {
	fields(request, OPENING, ["unit_price"]);
	const o = opening(request);
	const unitPrice = "unit_price" in request ? u128("unit_price", request.unit_price) : undefined;
	const answer = { commitment: hex(await jobCommitment(o)) };
	if (unitPrice !== undefined) answer.rate_commitment = hex(await rateCommitment(o, unitPrice));
	return answer;
}

function requireKeys(files, what) {
	if (!existsSync(files.vk) || (what === "proving" && !(existsSync(files.zkey) && existsSync(files.wasm))))
		throw new Error(`no ${what} key in ${files.dir}: run zk/build.sh`);
}

/**
 * Proves `witness` with the circuit of `level`, checks that the circuit's public inputs are
 * `expected` (the chain's order) and that the proof verifies, and returns the proof's bytes.
 */
async function prove(level, files, witness, expected) {
	const { groth16 } = await import("snarkjs");
	const { proof, publicSignals } = await groth16.fullProve(
		Object.fromEntries(Object.entries(witness).map(([k, v]) => [k, v.toString()])),
		files.wasm,
		files.zkey,
	);
	if (publicSignals.length !== expected.length || publicSignals.some((s, i) => BigInt(s) !== expected[i]))
		throw new Error(`the ${level} circuit's public inputs ${JSON.stringify(publicSignals)} are not the chain's`);
	const vk = JSON.parse(readFileSync(files.vk, "utf8"));
	if (!(await groth16.verify(vk, publicSignals, proof)))
		throw new Error(`the proof does not verify with ${files.vk}: the proving and verifying keys differ`);
	return `0x${proofBytes(proof).toString("hex")}`;
}

export async function proveBasic(request) {
	fields(request, [...OPENING, "result", "units"]);
	const o = opening(request);
	const result = hashToField(bytes32("result", request.result));
	const units = u64("units", request.units);
	const files = keyFiles(LEVELS.basic);
	requireKeys(files, "proving");

	const commitment = await jobCommitment(o);
	const output = await outputHash(o, result);
	const witness = {
		job_id: o.jobId,
		job_commitment: commitment,
		output_hash: output,
		units,
		model_hash: o.model,
		input_hash: o.input,
		salt: o.salt,
		result_digest: result,
	};
	// The public inputs, in the order the chain derives them.
	const expected = [o.jobId, commitment, output, units];
	return {
		output_hash: hex(output),
		commitment: hex(commitment),
		proof: await prove("basic", files, witness, expected),
		public_inputs: expected.map(hex),
	};
}

export async function proveEnhanced(request) {
	fields(request, [...OPENING, "unit_price", "result", "units", "max_units"]);
	const o = opening(request);
	const unitPrice = u128("unit_price", request.unit_price);
	const result = hashToField(bytes32("result", request.result));
	const units = u64("units", request.units);
	const maxUnits = u64("max_units", request.max_units);
	if (units > maxUnits) throw new UsageError(`units (${units}) are above max_units (${maxUnits})`);
	const price = units * unitPrice;
	if (price >= U128_LIMIT)
		throw new UsageError(`the price units * unit_price (${price}) is above 2^128 - 1`);
	const files = keyFiles(LEVELS.enhanced);
	requireKeys(files, "proving");

	const commitment = await jobCommitment(o);
	const rate = await rateCommitment(o, unitPrice);
	const output = await outputHash(o, result);
	const witness = {
		job_id: o.jobId,
		job_commitment: commitment,
		output_hash: output,
		max_units: maxUnits,
		rate_commitment: rate,
		price,
		model_hash: o.model,
		input_hash: o.input,
		salt: o.salt,
		result_digest: result,
		units,
		unit_price: unitPrice,
	};
	const expected = [o.jobId, commitment, output, maxUnits, rate, price];
	return {
		output_hash: hex(output),
		commitment: hex(commitment),
		rate_commitment: hex(rate),
		price: price.toString(),
		proof: await prove("enhanced", files, witness, expected),
		public_inputs: expected.map(hex),
	};
}

export function verifyingKey(level) {
	const circuit = LEVELS[level];
	if (!circuit) throw new UsageError("usage: private-receipt.mjs vk basic|enhanced");
	const files = keyFiles(circuit);
	requireKeys(files, "verifying");
	return { verifying_key: `0x${vkBytes(JSON.parse(readFileSync(files.vk, "utf8"))).toString("hex")}` };
}

async function readRequest() {
	let text = "";
	process.stdin.setEncoding("utf8");
	for await (const chunk of process.stdin) text += chunk;
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new UsageError(`stdin is not JSON: ${e.message}`);
	}
}

async function main(argv) {
	const [command, ...rest] = argv;
	const noArguments = () => {
		if (rest.length) throw new UsageError(`${command} takes no arguments (the request is on stdin)`);
	};
	switch (command) {
		case "commit":
			noArguments();
			return commit(await readRequest());
		case "prove-basic":
			noArguments();
			return proveBasic(await readRequest());
		case "prove-enhanced":
			noArguments();
			return proveEnhanced(await readRequest());
		case "vk":
			if (rest.length !== 1) throw new UsageError("usage: private-receipt.mjs vk basic|enhanced");
			return verifyingKey(rest[0]);
		default:
			throw new UsageError("usage: private-receipt.mjs commit|prove-basic|prove-enhanced|vk basic|enhanced (JSON on stdin)");
	}
}

// snarkjs keeps its worker threads (and the process) alive: end them, and exit once the answer
// is written.
async function finish(code, out, err) {
	try {
		await globalThis.curve_bn128?.terminate();
	} catch {}
	if (err) process.stderr.write(err);
	if (out) process.stdout.write(out, () => process.exit(code));
	else process.exit(code);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	// Libraries must not write to stdout: it carries the answer.
	console.log = console.info = console.debug = (...args) => console.error(...args);
	try {
		const answer = await main(process.argv.slice(2));
		await finish(0, `${JSON.stringify(answer)}\n`);
	} catch (e) {
		const message = String(e?.message ?? e).replace(/\s+/g, " ").trim();
		await finish(1, "", `private-receipt: ${message}\n`);
	}
}
