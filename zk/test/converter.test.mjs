// Runs every edge case of converter-cases.json through scripts/to_arkworks.mjs, as a module and
// through its command line. The Rust converter (pallet_zk_verifier::snarkjs) is run against the
// same file by the pallet's tests, so the two accept and refuse the same files, byte for byte.
//
//   node --test zk/test/
//
// The cases are written by scripts/converter-cases.mjs (from the committed fixtures); a refused
// case names why, and here the refusal must be for that reason (so a case does not pass because
// something else in it is wrong).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inputs, proof, vk } from "../scripts/to_arkworks.mjs";

const CASES = JSON.parse(readFileSync(join(import.meta.dirname, "converter-cases.json"), "utf8"));
const SCRIPT = join(import.meta.dirname, "..", "scripts", "to_arkworks.mjs");
const CONVERT = { vk, proof, public: inputs };

// The reason a case gives -> what to_arkworks.mjs says.
const REASONS = [
	[/^(not below the scalar modulus|above 256 bits)$/, /not a canonical field element/],
	[/^(leading zeros: not canonical decimal|not a decimal)$/, /not a canonical decimal/],
	[/^not a string$/, /not a decimal string/],
	[/^(not a list|shape.*)$/, /not a list/],
	[/^point at infinity$/, /point at infinity/],
	[/^z is not 1$/, /z != 1/],
	[/^coordinate not below q$/, /not below the base modulus/],
	[/^not on the curve$/, /not on the curve/],
	[/^not in the subgroup$/, /not in the prime-order subgroup/],
	[/^missing field$/, /missing/],
	[/^not an object$/, /not a JSON object/],
	[/^not (groth16|bn128)$/, /not a groth16 bn128 key/],
	[/^empty IC$/, /IC: empty/],
];
function message(reason) {
	const found = REASONS.find(([pattern]) => pattern.test(reason));
	assert.ok(found, `no message known for the reason "${reason}"`);
	return found[1];
}

describe("converter-cases.json", () => {
	test("is well formed and covers the edge cases", () => {
		assert.ok(CASES.length > 50);
		for (const c of CASES) {
			assert.deepEqual(Object.keys(c), ["name", "kind", "json", "expect"], c.name);
			assert.ok(c.kind in CONVERT, c.name);
			if (typeof c.expect === "string") assert.match(c.expect, /^0x([0-9a-f]{2})*$/, c.name);
			else assert.deepEqual(Object.keys(c.expect), ["refused"], c.name);
		}
		const names = CASES.map((c) => c.name).join("\n");
		for (const wanted of [
			/^valid key/m, /^valid proof/m, /^valid public inputs/m, /^G1 point at infinity/m, /^G2 point at infinity/m,
			/z = 2/, /x = q$/m, /x = q \+ 1/, /^public input r$/m, /^public input r - 1$/m, /^public input 0$/m,
			/^public input 1$/m, /empty string/, /\+1/, /' 1'/, /0x1/, /JSON number/, /007/, /protocol plonk/,
			/curve bls12381/, /empty IC/, /G2 point not on the curve/, /c0 and c1 swapped/, /larger root/,
			/outside the order-r subgroup/,
		]) {
			assert.match(names, wanted);
		}
	});

	for (const c of CASES) {
		test(`${c.name}: ${typeof c.expect === "string" ? "accepted" : `refused (${c.expect.refused})`}`, () => {
			const convert = CONVERT[c.kind];
			if (typeof c.expect === "string") {
				assert.equal(`0x${convert(c.json).toString("hex")}`, c.expect);
			} else {
				assert.throws(() => convert(c.json), message(c.expect.refused));
			}
		});
	}

	test("the command line answers every case alike", () => {
		const dir = mkdtempSync(join(tmpdir(), "aitbc-converter-"));
		try {
			CASES.forEach((c, i) => {
				const input = join(dir, `${i}.json`);
				const output = join(dir, `${i}.bin`);
				writeFileSync(input, JSON.stringify(c.json));
				const run = spawnSync(process.execPath, [SCRIPT, c.kind, input, output], { encoding: "utf8" });
				if (typeof c.expect === "string") {
					assert.equal(run.status, 0, `${c.name}: ${run.stderr}`);
					assert.equal(`0x${readFileSync(output).toString("hex")}`, c.expect, c.name);
				} else {
					assert.equal(run.status, 1, `${c.name} should be refused`);
					assert.match(run.stderr, /^to_arkworks: [^\n]+\n$/, `${c.name}: one line on stderr`);
					assert.match(run.stderr, message(c.expect.refused), c.name);
					assert.equal(existsSync(output), false, `${c.name}: nothing written`);
				}
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
