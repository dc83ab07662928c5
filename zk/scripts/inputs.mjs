// Writes the witness inputs of the test statements that zk/build.sh proves.
//
// The private values are fixed (not random) so that a rebuild proves the same statements; only
// the proofs themselves change, because snarkjs blinds every proof with fresh randomness.
//
// usage: node scripts/inputs.mjs <out-dir>

import { buildPoseidon } from "circomlibjs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outDir = process.argv[2];
if (!outDir) {
	console.error("usage: node scripts/inputs.mjs <out-dir>");
	process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const poseidon = await buildPoseidon();
const hash = (values) => poseidon.F.toObject(poseidon(values.map(BigInt)));

function job(jobId, seed) {
	const modelHash = 1000n + seed;
	const inputHash = 2000n + seed;
	const salt = 0xa17bcn * 1000n + seed;
	const resultDigest = 3000n + seed;
	return {
		jobId: BigInt(jobId),
		modelHash,
		inputHash,
		salt,
		resultDigest,
		commitment: hash([jobId, modelHash, inputHash, salt]),
		outputHash: hash([modelHash, inputHash, resultDigest]),
		nullifier: hash([jobId, salt]),
	};
}

function basic(j, units) {
	return {
		job_id: j.jobId,
		job_commitment: j.commitment,
		output_hash: j.outputHash,
		units: BigInt(units),
		nullifier: j.nullifier,
		model_hash: j.modelHash,
		input_hash: j.inputHash,
		salt: j.salt,
		result_digest: j.resultDigest,
	};
}

function enhanced(j, { maxUnits, priceCap, units, price, amountSalt }) {
	return {
		job_id: j.jobId,
		job_commitment: j.commitment,
		output_hash: j.outputHash,
		max_units: BigInt(maxUnits),
		price_cap: BigInt(priceCap),
		amount_commitment: hash([units, price, amountSalt]),
		nullifier: j.nullifier,
		model_hash: j.modelHash,
		input_hash: j.inputHash,
		salt: j.salt,
		result_digest: j.resultDigest,
		units: BigInt(units),
		price: BigInt(price),
		amount_salt: BigInt(amountSalt),
	};
}

const AIT = 10n ** 12n;
const statements = {
	// Two jobs, so batch tests have two proofs with different nullifiers.
	basic_job7: ["basic", basic(job(7, 1n), 1500)],
	basic_job8: ["basic", basic(job(8, 2n), 900)],
	// Price at most the cap: 1500 units at 2 AIT each under a 5000 AIT cap.
	enhanced_job7: [
		"enhanced",
		enhanced(job(7, 1n), {
			maxUnits: 2000,
			priceCap: 5000n * AIT,
			units: 1500,
			price: 3000n * AIT,
			amountSalt: 0x5eedn,
		}),
	],
	// For pallet-receipts' tests: job 1 of its mock (the first job a test creates), with the
	// caps the tests give it (100 units, a price cap of 500).
	receipts_basic_job1: ["basic", basic(job(1, 3n), 40)],
	receipts_enhanced_job1: [
		"enhanced",
		enhanced(job(1, 3n), { maxUnits: 100, priceCap: 500, units: 40, price: 300, amountSalt: 0xabcn }),
	],
};

const stringify = (o) => JSON.stringify(o, (_, v) => (typeof v === "bigint" ? v.toString() : v), 1);
for (const [name, [circuit, input]] of Object.entries(statements)) {
	writeFileSync(join(outDir, `${name}.input.json`), stringify(input) + "\n");
	writeFileSync(join(outDir, `${name}.circuit`), circuit + "\n");
}
console.log(Object.keys(statements).join(" "));
