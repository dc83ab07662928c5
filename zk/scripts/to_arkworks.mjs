// Converts snarkjs JSON (verification_key.json, proof.json, public.json) into the bytes that
// pallet-zk-verifier takes: arkworks' uncompressed, little-endian encoding of BN254 points
// (ark-serialize `serialize_uncompressed`, the layout of ark_groth16::{VerifyingKey, Proof}).
//
// The Rust converter (pallet_zk_verifier::snarkjs) does the same. Both are run against the edge
// cases of zk/test/converter-cases.json (this one by zk/test/converter.test.mjs, the Rust one by
// the pallet's tests), so they accept and refuse the same files and give identical bytes.
//
// Layout:
//   field element  32 bytes, little-endian, below the modulus
//   G1 point       x ‖ y                              (64 bytes)
//   G2 point       x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1          (128 bytes)
//   flags          the top two bits of a point's last byte: bit 7 set when y is the larger of
//                  y and -y (arkworks order: c1 first, then c0), bit 6 for the point at infinity
//                  (never written: infinity is refused). Readers ignore bit 7 in the uncompressed
//                  form; it is written so the bytes equal arkworks' own.
//   snarkjs writes G1 as [x, y, "1"] and G2 as [[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]]
//   (projective, z = 1), decimal strings; c0 comes first in the JSON and first in the bytes.
//   proof          A (G1) ‖ B (G2) ‖ C (G1)          (256 bytes)
//   key            alpha (G1) ‖ beta (G2) ‖ gamma (G2) ‖ delta (G2) ‖ u64 LE count ‖ IC (G1)...
//   public inputs  32 bytes each, in public.json's order
//
// Refused (an Error is thrown; the command line exits 1 with one line on stderr):
//   - a number that is not a JSON string of canonical decimal digits, /^(0|[1-9][0-9]*)$/: JSON
//     numbers, "", " 1", "+1", "0x1", "1e3", and leading zeros ("007"; "0" itself is fine);
//   - a coordinate >= q (the base modulus), a public input >= r (the scalar modulus): never
//     reduced;
//   - a point whose z is not exactly 1 (["1", "0"] for G2), including z = 0, the point at
//     infinity: it never appears in an honest key or proof, and an IC point at infinity would
//     leave its public input bound to nothing;
//   - a point not on its curve (G1: y^2 = x^3 + 3; G2: y^2 = x^3 + 3/(9+u)), and a G2 point
//     outside the order-r subgroup (G1 has cofactor 1);
//   - a key that is not {"protocol": "groth16", "curve": "bn128"}, or has no IC points; any field
//     missing or of the wrong shape. Other fields (vk_alphabeta_12, nPublic, ...) are ignored.
//
// usage: node scripts/to_arkworks.mjs vk|proof|public <in.json> <out.bin>
//
// Also a module: scripts/private-receipt.mjs imports the conversions below (and runs no CLI).

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The BN254 base field modulus (coordinates). */
export const Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;
/** The BN254 scalar field modulus (public inputs, circuit signals). */
export const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/** A JSON value that must be a canonical decimal string, as a bigint (`what` names it). */
export function decimal(value, what = "number") {
	if (typeof value !== "string") throw new Error(`${what}: not a decimal string: ${JSON.stringify(value)}`);
	if (!/^(0|[1-9][0-9]*)$/.test(value)) throw new Error(`${what}: not a canonical decimal: ${JSON.stringify(value)}`);
	return BigInt(value);
}

/** A field element (bigint, or a canonical decimal string) as 32 bytes little-endian, below `modulus`. */
export function fieldBytes(value, modulus, what = "field element") {
	let v = typeof value === "bigint" ? value : decimal(value, what);
	if (v < 0n || v >= modulus) throw new Error(`${what}: not a canonical field element: ${value}`);
	const out = Buffer.alloc(32);
	for (let i = 0; i < 32; i++) {
		out[i] = Number(v & 0xffn);
		v >>= 8n;
	}
	return out;
}

/** A canonical base field element from JSON. */
function fq(value, what) {
	const v = decimal(value, what);
	if (v >= Q) throw new Error(`${what}: coordinate not below the base modulus: ${value}`);
	return v;
}

// Arithmetic in Fq and Fq2 = Fq[u]/(u^2 + 1), elements of Fq2 as [c0, c1].
const mod = (a) => ((a % Q) + Q) % Q;
const f2 = {
	add: (a, b) => [mod(a[0] + b[0]), mod(a[1] + b[1])],
	sub: (a, b) => [mod(a[0] - b[0]), mod(a[1] - b[1])],
	mul: (a, b) => [mod(a[0] * b[0] - a[1] * b[1]), mod(a[0] * b[1] + a[1] * b[0])],
	eq: (a, b) => a[0] === b[0] && a[1] === b[1],
	isZero: (a) => a[0] === 0n && a[1] === 0n,
};
function powQ(base, exp) {
	let result = 1n;
	base = mod(base);
	while (exp > 0n) {
		if (exp & 1n) result = (result * base) % Q;
		base = (base * base) % Q;
		exp >>= 1n;
	}
	return result;
}
/** The twist's b: 3 / (9 + u) = 3 (9 - u) / 82. */
export const B2 = (() => {
	const inv82 = powQ(82n, Q - 2n);
	return [mod(27n * inv82), mod(-3n * inv82)];
})();

export const onG1 = (x, y) => mod(y * y) === mod(x * x * x + 3n);
export function onG2(x, y) {
	return f2.eq(f2.mul(y, y), f2.add(f2.mul(f2.mul(x, x), x), B2));
}

// Jacobian coordinates on the twist (a = 0): [X, Y, Z], affine (X/Z^2, Y/Z^3); Z = 0 is infinity.
function double([X, Y, Z]) {
	if (f2.isZero(Z) || f2.isZero(Y)) return [[1n, 0n], [1n, 0n], [0n, 0n]];
	const A = f2.mul(X, X);
	const B = f2.mul(Y, Y);
	const C = f2.mul(B, B);
	const XB = f2.add(X, B);
	const D2 = f2.sub(f2.sub(f2.mul(XB, XB), A), C);
	const D = f2.add(D2, D2);
	const E = f2.add(f2.add(A, A), A);
	const F = f2.mul(E, E);
	const X3 = f2.sub(F, f2.add(D, D));
	const C8 = f2.add(f2.add(f2.add(C, C), f2.add(C, C)), f2.add(f2.add(C, C), f2.add(C, C)));
	const Y3 = f2.sub(f2.mul(E, f2.sub(D, X3)), C8);
	const YZ = f2.mul(Y, Z);
	return [X3, Y3, f2.add(YZ, YZ)];
}
function addAffine(P, x2, y2) {
	const [X1, Y1, Z1] = P;
	if (f2.isZero(Z1)) return [x2, y2, [1n, 0n]];
	const Z1Z1 = f2.mul(Z1, Z1);
	const H = f2.sub(f2.mul(x2, Z1Z1), X1);
	const r = f2.sub(f2.mul(f2.mul(y2, Z1), Z1Z1), Y1);
	if (f2.isZero(H)) return f2.isZero(r) ? double(P) : [[1n, 0n], [1n, 0n], [0n, 0n]];
	const HH = f2.mul(H, H);
	const HHH = f2.mul(H, HH);
	const V = f2.mul(X1, HH);
	const X3 = f2.sub(f2.sub(f2.mul(r, r), HHH), f2.add(V, V));
	const Y3 = f2.sub(f2.mul(r, f2.sub(V, X3)), f2.mul(Y1, HHH));
	return [X3, Y3, f2.mul(Z1, H)];
}
/** Whether the twist point (x, y), on the curve, is in the order-r subgroup: [r](x, y) = 0. */
export function inG2Subgroup(x, y) {
	let acc = [[1n, 0n], [1n, 0n], [0n, 0n]];
	for (let bit = BigInt(R.toString(2).length - 1); bit >= 0n; bit--) {
		acc = double(acc);
		if ((R >> bit) & 1n) acc = addAffine(acc, x, y);
	}
	return f2.isZero(acc[2]);
}

const HALF_Q = (Q - 1n) / 2n;
const YIsNegative = 0x80;

function array(value, len, what) {
	if (!Array.isArray(value) || value.length !== len) throw new Error(`${what}: not a list of ${len}`);
	return value;
}

/** A snarkjs G1 point [x, y, "1"] as arkworks bytes. */
export function g1(p, what = "G1 point") {
	const [xs, ys, zs] = array(p, 3, what);
	const [x, y, z] = [fq(xs, what), fq(ys, what), fq(zs, what)];
	if (z === 0n) throw new Error(`${what}: the point at infinity (z = 0) is refused`);
	if (z !== 1n) throw new Error(`${what}: not affine (z != 1)`);
	if (!onG1(x, y)) throw new Error(`${what}: not on the curve`);
	const bytes = Buffer.concat([fieldBytes(x, Q), fieldBytes(y, Q)]);
	if (y > HALF_Q) bytes[63] |= YIsNegative;
	return bytes;
}

function fq2(value, what) {
	const [c0, c1] = array(value, 2, what);
	return [fq(c0, what), fq(c1, what)];
}

/** A snarkjs G2 point [[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]] as arkworks bytes. */
export function g2(p, what = "G2 point") {
	const [xs, ys, zs] = array(p, 3, what);
	const [x, y, z] = [fq2(xs, what), fq2(ys, what), fq2(zs, what)];
	if (f2.isZero(z)) throw new Error(`${what}: the point at infinity (z = 0) is refused`);
	if (!f2.eq(z, [1n, 0n])) throw new Error(`${what}: not affine (z != 1)`);
	if (!onG2(x, y)) throw new Error(`${what}: not on the curve`);
	if (!inG2Subgroup(x, y)) throw new Error(`${what}: not in the prime-order subgroup`);
	const bytes = Buffer.concat([fieldBytes(x[0], Q), fieldBytes(x[1], Q), fieldBytes(y[0], Q), fieldBytes(y[1], Q)]);
	if (y[1] > HALF_Q || (y[1] === 0n && y[0] > HALF_Q)) bytes[127] |= YIsNegative;
	return bytes;
}

function object(json, what) {
	if (json === null || typeof json !== "object" || Array.isArray(json)) throw new Error(`${what}: not a JSON object`);
	return json;
}
function field(json, name) {
	if (!Object.hasOwn(json, name)) throw new Error(`${name}: missing`);
	return json[name];
}

/** verification_key.json -> arkworks VerifyingKey bytes. */
export function vk(json) {
	object(json, "verifying key");
	if (json.protocol !== "groth16" || json.curve !== "bn128") throw new Error("not a groth16 bn128 key");
	const ic = field(json, "IC");
	if (!Array.isArray(ic)) throw new Error("IC: not a list");
	if (ic.length === 0) throw new Error("IC: empty");
	const count = Buffer.alloc(8);
	count.writeBigUInt64LE(BigInt(ic.length));
	return Buffer.concat([
		g1(field(json, "vk_alpha_1"), "vk_alpha_1"),
		g2(field(json, "vk_beta_2"), "vk_beta_2"),
		g2(field(json, "vk_gamma_2"), "vk_gamma_2"),
		g2(field(json, "vk_delta_2"), "vk_delta_2"),
		count,
		...ic.map((p, i) => g1(p, `IC[${i}]`)),
	]);
}

/** proof.json -> A ‖ B ‖ C (256 bytes). */
export function proof(json) {
	object(json, "proof");
	return Buffer.concat([
		g1(field(json, "pi_a"), "pi_a"),
		g2(field(json, "pi_b"), "pi_b"),
		g1(field(json, "pi_c"), "pi_c"),
	]);
}

/** public.json -> 32 bytes per input, concatenated. */
export function inputs(json) {
	if (!Array.isArray(json)) throw new Error("public inputs: not a list");
	return Buffer.concat(json.map((x, i) => fieldBytes(decimal(x, `public input ${i}`), R, `public input ${i}`)));
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const [kind, input, output] = process.argv.slice(2);
	const convert = { vk, proof, public: inputs }[kind];
	if (!convert || !input || !output) {
		console.error("usage: node scripts/to_arkworks.mjs vk|proof|public <in.json> <out.bin>");
		process.exit(2);
	}
	try {
		writeFileSync(output, convert(JSON.parse(readFileSync(input, "utf8"))));
	} catch (e) {
		console.error(`to_arkworks: ${input}: ${String(e?.message ?? e).replace(/\s+/g, " ")}`);
		process.exit(1);
	}
}
