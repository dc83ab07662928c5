// Converts snarkjs JSON (verification_key.json, proof.json, public.json) into the bytes that
// pallet-zk-verifier takes: arkworks' uncompressed, little-endian encoding of BN254 points
// (ark-serialize `serialize_uncompressed`, the layout of ark_groth16::{VerifyingKey, Proof}).
//
// The Rust converter (pallet_zk_verifier::snarkjs) does the same; the pallet's tests check that
// both give identical bytes, so a mistake in either shows up.
//
// Layout:
//   field element  32 bytes, little-endian, below the modulus
//   G1 point       x ‖ y                              (64 bytes)
//   G2 point       x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1          (128 bytes)
//   flags          the top two bits of a point's last byte: bit 7 set when y is the larger of
//                  y and -y (arkworks order: c1 first, then c0), bit 6 for the point at infinity
//                  (never in a proof or key snarkjs makes; refused here). Readers ignore bit 7 in
//                  the uncompressed form; it is written so the bytes equal arkworks' own.
//   snarkjs writes G1 as [x, y, "1"] and G2 as [[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]]
//   (projective, z = 1), decimal strings; c0 comes first in the JSON and first in the bytes.
//   proof          A (G1) ‖ B (G2) ‖ C (G1)          (256 bytes)
//   key            alpha (G1) ‖ beta (G2) ‖ gamma (G2) ‖ delta (G2) ‖ u64 LE count ‖ IC (G1)...
//   public inputs  32 bytes each, in public.json's order
//
// usage: node scripts/to_arkworks.mjs vk|proof|public <in.json> <out.bin>
//
// Also a module: scripts/private-receipt.mjs imports the conversions below (and runs no CLI).

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The BN254 base field modulus (coordinates). */
export const Q = 21888242871839275222246405745257275088696311157215823713955485165166212911423n;
/** The BN254 scalar field modulus (public inputs, circuit signals). */
export const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/** A field element (decimal string, number or bigint) as 32 bytes little-endian, below `modulus`. */
export function fieldBytes(decimal, modulus) {
	let v = BigInt(decimal);
	if (v < 0n || v >= modulus) throw new Error(`not a canonical field element: ${decimal}`);
	const out = Buffer.alloc(32);
	for (let i = 0; i < 32; i++) {
		out[i] = Number(v & 0xffn);
		v >>= 8n;
	}
	return out;
}

const HALF_Q = (Q - 1n) / 2n;
const YIsNegative = 0x80;

export function g1(p) {
	if (p.length !== 3 || BigInt(p[2]) !== 1n) throw new Error("G1 point not affine (z != 1)");
	const bytes = Buffer.concat([fieldBytes(p[0], Q), fieldBytes(p[1], Q)]);
	if (BigInt(p[1]) > HALF_Q) bytes[63] |= YIsNegative;
	return bytes;
}

export function g2(p) {
	if (p.length !== 3 || BigInt(p[2][0]) !== 1n || BigInt(p[2][1]) !== 0n)
		throw new Error("G2 point not affine (z != 1)");
	const bytes = Buffer.concat([
		fieldBytes(p[0][0], Q),
		fieldBytes(p[0][1], Q),
		fieldBytes(p[1][0], Q),
		fieldBytes(p[1][1], Q),
	]);
	const [y0, y1] = [BigInt(p[1][0]), BigInt(p[1][1])];
	if (y1 > HALF_Q || (y1 === 0n && y0 > HALF_Q)) bytes[127] |= YIsNegative;
	return bytes;
}

/** verification_key.json -> arkworks VerifyingKey bytes. */
export function vk(json) {
	if (json.protocol !== "groth16" || json.curve !== "bn128") throw new Error("not a groth16 bn128 key");
	const count = Buffer.alloc(8);
	count.writeBigUInt64LE(BigInt(json.IC.length));
	return Buffer.concat([
		g1(json.vk_alpha_1),
		g2(json.vk_beta_2),
		g2(json.vk_gamma_2),
		g2(json.vk_delta_2),
		count,
		...json.IC.map(g1),
	]);
}

/** proof.json -> A ‖ B ‖ C (256 bytes). */
export const proof = (json) => Buffer.concat([g1(json.pi_a), g2(json.pi_b), g1(json.pi_c)]);
/** public.json -> 32 bytes per input, concatenated. */
export const inputs = (json) => Buffer.concat(json.map((x) => fieldBytes(x, R)));

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const [kind, input, output] = process.argv.slice(2);
	const convert = { vk, proof, public: inputs }[kind];
	if (!convert || !input || !output) {
		console.error("usage: node scripts/to_arkworks.mjs vk|proof|public <in.json> <out.bin>");
		process.exit(2);
	}
	writeFileSync(output, convert(JSON.parse(readFileSync(input, "utf8"))));
}
