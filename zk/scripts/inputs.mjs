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

/** A job's opening (model, input, salt) and result, fixed by `seed`. */
function job(jobId, seed) {
	const id = BigInt(jobId);
	const modelHash = 1000n + seed;
	const inputHash = 2000n + seed;
	const salt = 0xa17bcn * 1000n + seed;
	const resultDigest = 3000n + seed;
	return {
		jobId: id,
		modelHash,
		inputHash,
		salt,
		resultDigest,
		// Poseidon(job_id, model, input, salt), Poseidon(job_id, model, input, result, salt).
		commitment: hash([id, modelHash, inputHash, salt]),
		outputHash: hash([id, modelHash, inputHash, resultDigest, salt]),
	};
}

// Public inputs first, in the circuit's order: [job_id, job_commitment, output_hash, units].
function basic(j, units) {
	return {
		job_id: j.jobId,
		job_commitment: j.commitment,
		output_hash: j.outputHash,
		units: BigInt(units),
		model_hash: j.modelHash,
		input_hash: j.inputHash,
		salt: j.salt,
		result_digest: j.resultDigest,
	};
}

// Public: [job_id, job_commitment, output_hash, max_units, rate_commitment, price].
function enhanced(j, { maxUnits, units, unitPrice }) {
	const price = BigInt(units) * BigInt(unitPrice);
	if (BigInt(units) > BigInt(maxUnits)) throw new Error("units above max_units");
	return {
		job_id: j.jobId,
		job_commitment: j.commitment,
		output_hash: j.outputHash,
		max_units: BigInt(maxUnits),
		// Poseidon(job_id, unit_price, salt): what the client publishes with the job.
		rate_commitment: hash([j.jobId, unitPrice, j.salt]),
		price,
		model_hash: j.modelHash,
		input_hash: j.inputHash,
		salt: j.salt,
		result_digest: j.resultDigest,
		units: BigInt(units),
		unit_price: BigInt(unitPrice),
	};
}

const AIT = 10n ** 12n;
const statements = {
	// Two jobs, so batch tests have two different proofs.
	basic_job7: ["basic", basic(job(7, 1n), 1500)],
	basic_job8: ["basic", basic(job(8, 2n), 900)],
	// 1500 of at most 2000 units at 2 AIT a unit: price 3000 AIT (the client's escrow for 2000
	// units at that rate, 4000 AIT, would refund 1000 AIT).
	enhanced_job7: ["enhanced", enhanced(job(7, 1n), { maxUnits: 2000, units: 1500, unitPrice: 2n * AIT })],
	// For pallet-receipts' tests: job 1 of its mock (the first job a test creates), with the caps
	// the tests give it (max_units 100, a price cap of 500).
	receipts_basic_job1: ["basic", basic(job(1, 3n), 40)],
	// units 40, unit_price 5, price 200: max_units * unit_price = 500 = the price cap, and the
	// price paid (200) is below it, so the escrow refunds 300.
	receipts_enhanced_job1: ["enhanced", enhanced(job(1, 3n), { maxUnits: 100, units: 40, unitPrice: 5n })],
};

const stringify = (o) => JSON.stringify(o, (_, v) => (typeof v === "bigint" ? v.toString() : v), 1);
for (const [name, [circuit, input]] of Object.entries(statements)) {
	writeFileSync(join(outDir, `${name}.input.json`), stringify(input) + "\n");
	writeFileSync(join(outDir, `${name}.circuit`), circuit + "\n");
}
console.log(Object.keys(statements).join(" "));
