// Tests of zk/scripts/private-receipt.mjs, the prover the miner and clients call, through its
// command line (as they call it).
//
//   node --test zk/test/
//
// Runs zk/build.sh first (seconds when the keys in $AITBC_ZK_BUILD are current, minutes cold).
// The proofs are checked here independently of the script: their arkworks bytes are decoded back
// and verified by snarkjs against the verifying keys of the committed fixtures, and the public
// inputs of pallet-receipts' fixture statements (which the chain's tests accept) are reproduced.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ZK = join(import.meta.dirname, "..");
const SCRIPT = join(ZK, "scripts", "private-receipt.mjs");
const VERIFIER_FIXTURES = join(ZK, "..", "pallets", "zk-verifier", "src", "fixtures");
const RECEIPTS_FIXTURES = join(ZK, "..", "pallets", "receipts", "src", "fixtures");

/** Runs the script: `request` is sent as JSON (or as is, when a string). */
function run(args, request = {}, env = {}) {
	const r = spawnSync(process.execPath, [SCRIPT, ...args], {
		input: typeof request === "string" ? request : JSON.stringify(request),
		encoding: "utf8",
		env: { ...process.env, ...env },
		// A prover that does not exit (snarkjs's worker threads) fails here.
		timeout: 120_000,
	});
	return { ...r, json: r.status === 0 ? JSON.parse(r.stdout) : undefined };
}

function ok(args, request, env) {
	const r = run(args, request, env);
	assert.equal(r.status, 0, `${args.join(" ")} failed: ${r.stderr}${r.error ?? ""}`);
	assert.match(r.stdout, /^\{.*\}\n$/, "one JSON object and a newline");
	return r.json;
}

function refused(args, request, pattern, env) {
	const r = run(args, request, env);
	assert.equal(r.status, 1, `${args.join(" ")} ${JSON.stringify(request)} should fail`);
	assert.equal(r.stdout, "", "nothing on stdout");
	assert.match(r.stderr, /^private-receipt: [^\n]+\n$/, "one line on stderr");
	assert.match(r.stderr, pattern);
	return r.stderr;
}

/** A number as 32 bytes little-endian, hex: how the chain writes field elements. */
function le32(value) {
	let v = BigInt(value);
	const b = Buffer.alloc(32);
	for (let i = 0; i < 32; i++) {
		b[i] = Number(v & 0xffn);
		v >>= 8n;
	}
	return `0x${b.toString("hex")}`;
}

const random32 = () => `0x${randomBytes(32).toString("hex")}`;
const hexBytes = (hex) => Buffer.from(hex.replace(/^0x/, ""), "hex");
const HEX32 = /^0x[0-9a-f]{64}$/;

// arkworks bytes back to snarkjs JSON (the inverse of scripts/to_arkworks.mjs), so a proof is
// checked as the bytes the chain gets, not as the JSON the script started from.
function coordinate(bytes, offset, flagged = false) {
	const b = Buffer.from(bytes.subarray(offset, offset + 32));
	if (flagged) b[31] &= 0x3f;
	let v = 0n;
	for (let i = 31; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
	return v.toString();
}
const g1 = (b, o) => [coordinate(b, o), coordinate(b, o + 32, true), "1"];
const g2 = (b, o) => [
	[coordinate(b, o), coordinate(b, o + 32)],
	[coordinate(b, o + 64), coordinate(b, o + 96, true)],
	["1", "0"],
];
function proofJson(hex) {
	const b = hexBytes(hex);
	assert.equal(b.length, 256, "A ‖ B ‖ C, uncompressed");
	return { pi_a: g1(b, 0), pi_b: g2(b, 64), pi_c: g1(b, 192), protocol: "groth16", curve: "bn128" };
}

let snarkjs;
const vks = Object.fromEntries(
	["basic", "enhanced"].map((level) => [
		level,
		JSON.parse(readFileSync(join(VERIFIER_FIXTURES, `receipt_${level}.vk.json`), "utf8")),
	]),
);

/** Verifies a prove-basic or prove-enhanced answer with snarkjs and the fixtures' verifying key. */
async function verifies(answer, level = "basic") {
	const publicSignals = answer.public_inputs.map((x) => coordinate(hexBytes(x), 0));
	return snarkjs.groth16.verify(vks[level], publicSignals, proofJson(answer.proof));
}

/** The 32-byte chunks of a fixture's public.bin, as hex. */
function fixtureInputs(name) {
	const bin = readFileSync(join(RECEIPTS_FIXTURES, `${name}.public.bin`));
	const out = [];
	for (let i = 0; i < bin.length; i += 32) out.push(`0x${bin.subarray(i, i + 32).toString("hex")}`);
	return out;
}

before(() => {
	const build = spawnSync("bash", [join(ZK, "build.sh")], { encoding: "utf8" });
	assert.equal(build.status, 0, `zk/build.sh failed:\n${build.stdout}\n${build.stderr}`);
});

before(async () => {
	snarkjs = await import("snarkjs");
});

after(async () => {
	await globalThis.curve_bn128?.terminate();
});

const U128_MAX = (1n << 128n) - 1n;

describe("private-receipt.mjs", () => {
	// pallet-receipts' fixture statements (scripts/inputs.mjs: job(1, 3n); basic with 40 units;
	// enhanced with max_units 100, 40 units at a unit price of 5), whose public inputs the chain's
	// tests derive and accept.
	const seed = 3n;
	const fixtureJob = {
		job_id: 1,
		model_hash: le32(1000n + seed),
		input_hash: le32(2000n + seed),
		salt: le32(0xa17bcn * 1000n + seed),
	};
	const fixtureResult = le32(3000n + seed);

	test("vk gives the committed fixtures' keys (the build is deterministic)", () => {
		for (const level of ["basic", "enhanced"]) {
			const { verifying_key } = ok(["vk", level]);
			const fixture = readFileSync(join(VERIFIER_FIXTURES, `receipt_${level}.vk.bin`));
			assert.equal(verifying_key, `0x${fixture.toString("hex")}`, `${level}: run zk/build.sh --fixtures`);
			assert.deepEqual(readFileSync(join(RECEIPTS_FIXTURES, `receipt_${level}.vk.bin`)), fixture);
		}
	});

	test("commit and prove-basic reproduce the public inputs of pallet-receipts' basic fixture", async () => {
		const fixture = fixtureInputs("receipts_basic_job1");
		assert.equal(fixture.length, 4, "[job_id, commitment, output_hash, units]");
		assert.deepEqual(ok(["commit"], fixtureJob), { commitment: fixture[1] });
		const answer = ok(["prove-basic"], { ...fixtureJob, result: fixtureResult, units: 40 });
		assert.deepEqual(answer.public_inputs, fixture);
		assert.ok(await verifies(answer));
	});

	test("commit and prove-enhanced reproduce the public inputs of pallet-receipts' enhanced fixture", async () => {
		const fixture = fixtureInputs("receipts_enhanced_job1");
		assert.equal(fixture.length, 6, "[job_id, commitment, output_hash, max_units, rate_commitment, price]");
		assert.deepEqual(ok(["commit"], { ...fixtureJob, unit_price: 5 }), {
			commitment: fixture[1],
			rate_commitment: fixture[4],
		});
		const answer = ok(["prove-enhanced"], { ...fixtureJob, unit_price: 5, result: fixtureResult, units: 40, max_units: 100 });
		assert.deepEqual(answer.public_inputs, fixture);
		assert.deepEqual(fixture.slice(3).filter((_, i) => i !== 1), [le32(100), le32(200)]);
		assert.equal(answer.price, "200");
		assert.ok(await verifies(answer, "enhanced"));
		// The basic fixture's output hash is the enhanced one's: same job, opening and result.
		assert.equal(answer.output_hash, fixtureInputs("receipts_basic_job1")[2]);
	});

	test("commit / prove-basic round trip with random values", async () => {
		const job = { job_id: 12, model_hash: random32(), input_hash: random32(), salt: random32() };
		const { commitment } = ok(["commit"], job);
		assert.match(commitment, HEX32);
		const answer = ok(["prove-basic"], { ...job, result: random32(), units: 123 });
		assert.deepEqual(Object.keys(answer), ["output_hash", "commitment", "proof", "public_inputs"]);
		for (const key of ["output_hash", "commitment"]) assert.match(answer[key], HEX32);
		assert.match(answer.proof, /^0x[0-9a-f]{512}$/);
		assert.equal(answer.commitment, commitment);
		// What the chain derives: [job_id LE, commitment, output_hash, units LE].
		assert.deepEqual(answer.public_inputs, [le32(12), commitment, answer.output_hash, le32(123)]);
		assert.ok(await verifies(answer), "the proof verifies");

		// Bound to its inputs: other units, another output, commitment or job do not verify.
		for (const [i, value] of [[3, le32(124)], [2, le32(5)], [1, le32(5)], [0, le32(13)]]) {
			const changed = { ...answer, public_inputs: answer.public_inputs.with(i, value) };
			assert.equal(await verifies(changed), false, `public input ${i} changed`);
		}
	});

	test("commit / prove-enhanced round trip: the price is units * the committed unit price", async () => {
		const job = { job_id: 21, model_hash: random32(), input_hash: random32(), salt: random32() };
		const unitPrice = "3000000000000"; // 3 AIT, as a decimal string
		const committed = ok(["commit"], { ...job, unit_price: unitPrice });
		assert.deepEqual(Object.keys(committed), ["commitment", "rate_commitment"]);
		assert.equal(committed.commitment, ok(["commit"], job).commitment, "the job commitment ignores the unit price");
		const answer = ok(["prove-enhanced"], { ...job, unit_price: unitPrice, result: random32(), units: 70, max_units: 80 });
		assert.deepEqual(Object.keys(answer), ["output_hash", "commitment", "rate_commitment", "price", "proof", "public_inputs"]);
		assert.equal(answer.price, (70n * 3_000_000_000_000n).toString());
		assert.equal(answer.commitment, committed.commitment);
		assert.equal(answer.rate_commitment, committed.rate_commitment);
		assert.match(answer.proof, /^0x[0-9a-f]{512}$/);
		assert.deepEqual(answer.public_inputs, [
			le32(21), answer.commitment, answer.output_hash, le32(80), answer.rate_commitment, le32(70n * 3_000_000_000_000n),
		]);
		assert.ok(await verifies(answer, "enhanced"), "the proof verifies");

		// Bound to every public input: another price (more or less), another cap, another rate
		// commitment (the unit price of another client), output, commitment or job do not verify.
		const other = ok(["commit"], { ...job, unit_price: 4 }).rate_commitment;
		for (const [i, value] of [
			[5, le32(70n * 3_000_000_000_000n + 1n)], [5, le32(69n * 3_000_000_000_000n)], [3, le32(81)], [4, other],
			[2, le32(5)], [1, le32(5)], [0, le32(22)],
		]) {
			const changed = { ...answer, public_inputs: answer.public_inputs.with(i, value) };
			assert.equal(await verifies(changed, "enhanced"), false, `public input ${i} changed`);
		}
		// A proof of one level is no proof of the other.
		assert.equal(await verifies({ ...answer, public_inputs: answer.public_inputs.slice(0, 4) }, "basic"), false);
	});

	test("prove-enhanced at the limits: units = max_units, a price of 2^128 - 1", async () => {
		const job = { job_id: "18446744073709551615", model_hash: random32(), input_hash: random32(), salt: random32() };
		const answer = ok(["prove-enhanced"], { ...job, unit_price: U128_MAX.toString(), result: random32(), units: 1, max_units: 1 });
		assert.equal(answer.price, U128_MAX.toString());
		assert.equal(answer.public_inputs[5], le32(U128_MAX));
		assert.equal(answer.public_inputs[0], le32((1n << 64n) - 1n));
		assert.ok(await verifies(answer, "enhanced"));
		const zero = ok(["prove-enhanced"], { ...job, unit_price: 0, result: random32(), units: 0, max_units: 0 });
		assert.equal(zero.price, "0");
		assert.ok(await verifies(zero, "enhanced"));
	});

	test("the output hash is salted and bound to the job; units do not change it", async () => {
		const job = { job_id: 7, model_hash: random32(), input_hash: random32(), salt: random32() };
		const result = random32();
		const first = ok(["prove-basic"], { ...job, result, units: 100 });

		const moreUnits = ok(["prove-basic"], { ...job, result, units: 101 });
		assert.equal(moreUnits.commitment, first.commitment);
		assert.equal(moreUnits.output_hash, first.output_hash);
		assert.equal(moreUnits.public_inputs[3], le32(101));
		assert.notEqual(moreUnits.proof, first.proof);
		assert.ok(await verifies(moreUnits));

		// Same model, input and result under another salt: another output hash, so whoever
		// guesses model and input cannot test guesses of the result against it.
		const otherSalt = ok(["prove-basic"], { ...job, salt: random32(), result, units: 100 });
		assert.notEqual(otherSalt.commitment, first.commitment);
		assert.notEqual(otherSalt.output_hash, first.output_hash, "the output hash involves the salt");
		assert.ok(await verifies(otherSalt));

		// Another job with the same opening and result: another output hash too.
		const otherJob = ok(["prove-basic"], { ...job, job_id: 8, result, units: 100 });
		assert.notEqual(otherJob.output_hash, first.output_hash, "the output hash involves the job id");
		assert.notEqual(otherJob.commitment, first.commitment);

		// Another result, another output hash.
		const otherResult = ok(["prove-basic"], { ...job, result: random32(), units: 100 });
		assert.notEqual(otherResult.output_hash, first.output_hash);
	});

	test("32-byte values count by their first 31 bytes; ids as numbers or decimal strings", () => {
		const job = { job_id: 5, model_hash: random32(), input_hash: random32(), salt: random32() };
		const { commitment } = ok(["commit"], job);
		const salt = hexBytes(job.salt);
		salt[31] ^= 0xff;
		assert.equal(ok(["commit"], { ...job, salt: `0x${salt.toString("hex")}` }).commitment, commitment);
		salt[0] ^= 1;
		assert.notEqual(ok(["commit"], { ...job, salt: `0x${salt.toString("hex")}` }).commitment, commitment);
		assert.equal(ok(["commit"], { ...job, job_id: "5" }).commitment, commitment);
		assert.equal(ok(["commit"], { ...job, model_hash: job.model_hash.toUpperCase().replace("0X", "") }).commitment, commitment);
		assert.match(ok(["commit"], { ...job, job_id: "18446744073709551615" }).commitment, HEX32);
		// Unit prices as numbers or decimal strings, up to 2^128 - 1.
		const rate = ok(["commit"], { ...job, unit_price: 5 });
		assert.equal(rate.commitment, commitment);
		assert.equal(ok(["commit"], { ...job, unit_price: "5" }).rate_commitment, rate.rate_commitment);
		assert.notEqual(ok(["commit"], { ...job, unit_price: 6 }).rate_commitment, rate.rate_commitment);
		assert.match(ok(["commit"], { ...job, unit_price: U128_MAX.toString() }).rate_commitment, HEX32);
	});

	test("a missing build directory gives a clear error; commit needs no keys", () => {
		const dir = mkdtempSync(join(tmpdir(), "aitbc-zk-missing-"));
		rmSync(dir, { recursive: true });
		const env = { AITBC_ZK_BUILD: dir };
		const request = { job_id: 1, model_hash: random32(), input_hash: random32(), salt: random32() };
		const stderr = refused(["prove-basic"], { ...request, result: random32(), units: 1 }, /no proving key/, env);
		assert.equal(stderr, `private-receipt: no proving key in ${dir}: run zk/build.sh\n`);
		refused(["prove-enhanced"], { ...request, unit_price: 1, result: random32(), units: 1, max_units: 1 }, /no proving key/, env);
		refused(["vk", "basic"], undefined, new RegExp(`no verifying key in ${dir}: run zk/build.sh`), env);
		refused(["vk", "enhanced"], undefined, new RegExp(`no verifying key in ${dir}: run zk/build.sh`), env);
		assert.match(ok(["commit"], request, env).commitment, HEX32);
		assert.match(ok(["commit"], { ...request, unit_price: 1 }, env).rate_commitment, HEX32);
	});

	test("prove-enhanced refuses units above max_units and a price of 2^128 or more, before proving", () => {
		// Without keys: a refusal that comes before the proof says why, not "no proving key".
		const dir = mkdtempSync(join(tmpdir(), "aitbc-zk-missing-"));
		rmSync(dir, { recursive: true });
		const env = { AITBC_ZK_BUILD: dir };
		const job = { job_id: 1, model_hash: random32(), input_hash: random32(), salt: random32(), result: random32() };
		assert.equal(
			refused(["prove-enhanced"], { ...job, unit_price: 5, units: 101, max_units: 100 }, /above max_units/, env),
			"private-receipt: units (101) are above max_units (100)\n",
		);
		refused(["prove-enhanced"], { ...job, unit_price: (1n << 127n).toString(), units: 2, max_units: 2 }, /above 2\^128 - 1/, env);
		refused(["prove-enhanced"], { ...job, unit_price: U128_MAX.toString(), units: 2, max_units: 10 }, /price .* is above 2\^128 - 1/, env);
		refused(["prove-enhanced"], { ...job, unit_price: (1n << 128n).toString(), units: 1, max_units: 1 }, /unit_price is above 2\^128 - 1/, env);
		refused(["prove-enhanced"], { ...job, unit_price: 5, units: 1, max_units: "18446744073709551616" }, /max_units is above 2\^64 - 1/, env);
		refused(["prove-enhanced"], { ...job, unit_price: -5, units: 1, max_units: 1 }, /unit_price must be an unsigned 128-bit integer/, env);
		refused(["prove-enhanced"], { ...job, unit_price: 1.5, units: 1, max_units: 1 }, /unit_price must be an unsigned 128-bit integer/, env);
		refused(["prove-enhanced"], { ...job, unit_price: "0x5", units: 1, max_units: 1 }, /unit_price must be an unsigned 128-bit integer/, env);
		refused(["prove-enhanced"], { ...job, unit_price: 5, units: 1 }, /missing field max_units/, env);
		refused(["prove-enhanced"], { ...job, units: 1, max_units: 1 }, /missing field unit_price/, env);
	});

	test("bad requests are refused", () => {
		const job = { job_id: 1, model_hash: random32(), input_hash: random32(), salt: random32() };
		const prove = { ...job, result: random32(), units: 1 };
		refused(["commit"], { ...job, salt: `0x${"zz".repeat(32)}` }, /salt must be 32 bytes/);
		refused(["commit"], { ...job, salt: `0x${"ab".repeat(33)}` }, /salt must be 32 bytes/);
		refused(["commit"], { ...job, salt: `0x${"ab".repeat(31)}` }, /salt must be 32 bytes/);
		refused(["commit"], { ...job, model_hash: 5 }, /model_hash must be 32 bytes/);
		refused(["commit"], { ...job, unit_price: "five" }, /unit_price must be an unsigned 128-bit integer/);
		refused(["prove-basic"], { ...prove, result: `0x${"ab".repeat(33)}` }, /result must be 32 bytes/);
		refused(["prove-basic"], { ...prove, input_hash: "0xnothex" }, /input_hash must be 32 bytes/);
		refused(["commit"], { ...job, job_id: -1 }, /job_id must be an unsigned 64-bit integer/);
		refused(["commit"], { ...job, job_id: 1.5 }, /job_id must be an unsigned 64-bit integer/);
		refused(["commit"], { ...job, job_id: 2 ** 53 }, /as a decimal string/);
		refused(["commit"], { ...job, job_id: "18446744073709551616" }, /above 2\^64 - 1/);
		refused(["prove-basic"], { ...prove, units: "12a" }, /units must be an unsigned 64-bit integer/);
		refused(["prove-basic"], { ...prove, units: -3 }, /units must be an unsigned 64-bit integer/);
		const { salt, ...noSalt } = job;
		refused(["commit"], noSalt, /missing field salt/);
		refused(["prove-basic"], { ...job, units: 1 }, /missing field result/);
		refused(["commit"], { ...job, units: 1 }, /unknown field units/);
		// The basic level has no unit price, and no nullifier any more.
		refused(["prove-basic"], { ...prove, unit_price: 1 }, /unknown field unit_price/);
		refused(["prove-basic"], { ...prove, nullifier: random32() }, /unknown field nullifier/);
		refused(["commit"], "{not json", /stdin is not JSON/);
		refused(["commit"], "", /stdin is not JSON/);
		refused(["commit"], "[1]", /must be a JSON object/);
		refused(["commit", "extra"], job, /takes no arguments/);
		refused(["prove-enhanced", "extra"], job, /takes no arguments/);
		refused(["prove"], job, /usage/);
		refused([], job, /usage/);
		refused(["vk", "secret"], undefined, /usage/);
	});
});
