// Writes zk/test/converter-cases.json: the edge cases that both snarkjs converters (the JS one,
// zk/scripts/to_arkworks.mjs, tested by converter.test.mjs, and the Rust one,
// pallet_zk_verifier::snarkjs, tested by the pallet) must answer alike.
//
//   node zk/scripts/converter-cases.mjs     (rewrites the file; it is committed)
//
// Each case: {"name", "kind": "vk" | "proof" | "public", "json": <snarkjs JSON>,
//             "expect": "0x<the arkworks bytes>" | {"refused": "<why>"}}
// The valid key and proof are the committed fixtures (their .bin files, which the pallet's tests
// check, give the expected bytes); every other case changes one thing in them, so a refused case
// is refused for the reason its name gives. Expected bytes are computed here with an encoder of
// its own (not to_arkworks.mjs's); the curve arithmetic of to_arkworks.mjs is only used to make
// sure that a point meant to be on (off) the curve or in (outside) the subgroup is.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { B2, inG2Subgroup, onG1, onG2, Q, R } from "./to_arkworks.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "pallets", "zk-verifier", "src", "fixtures");
const OUT = join(ROOT, "zk", "test", "converter-cases.json");

const read = (name) => readFileSync(join(FIXTURES, name));
const readJson = (name) => JSON.parse(read(name).toString("utf8"));
const clone = (v) => structuredClone(v);
const hex = (buf) => `0x${Buffer.from(buf).toString("hex")}`;
const refused = (why) => ({ refused: why });

// --- an encoder of its own -------------------------------------------------------------------
const HALF = (Q - 1n) / 2n;
function le32(v) {
	const b = Buffer.alloc(32);
	for (let i = 0; i < 32; i++) b[i] = Number((v >> BigInt(8 * i)) & 0xffn);
	return b;
}
function encG1([x, y]) {
	const b = Buffer.concat([le32(x), le32(y)]);
	if (y > HALF) b[63] |= 0x80;
	return b;
}
function encG2([[x0, x1], [y0, y1]]) {
	const b = Buffer.concat([le32(x0), le32(x1), le32(y0), le32(y1)]);
	if (y1 > HALF || (y1 === 0n && y0 > HALF)) b[127] |= 0x80;
	return b;
}
const g1Of = (p) => [BigInt(p[0]), BigInt(p[1])];
const g2Of = (p) => [[BigInt(p[0][0]), BigInt(p[0][1])], [BigInt(p[1][0]), BigInt(p[1][1])]];
const g1Json = ([x, y]) => [x.toString(), y.toString(), "1"];
const g2Json = ([[x0, x1], [y0, y1]]) => [[x0.toString(), x1.toString()], [y0.toString(), y1.toString()], ["1", "0"]];

// --- square roots, to make points ----------------------------------------------------------
const mod = (a) => ((a % Q) + Q) % Q;
function pow(b, e) {
	let r = 1n;
	b = mod(b);
	while (e > 0n) {
		if (e & 1n) r = (r * b) % Q;
		b = (b * b) % Q;
		e >>= 1n;
	}
	return r;
}
/** A square root in Fq (q = 3 mod 4), or undefined. */
function sqrt(a) {
	const r = pow(a, (Q + 1n) / 4n);
	return mod(r * r) === mod(a) ? r : undefined;
}
const m2 = (a, b) => [mod(a[0] * b[0] - a[1] * b[1]), mod(a[0] * b[1] + a[1] * b[0])];
function pow2(b, e) {
	let r = [1n, 0n];
	while (e > 0n) {
		if (e & 1n) r = m2(r, b);
		b = m2(b, b);
		e >>= 1n;
	}
	return r;
}
/** A square root in Fq2 (Adj & Rodríguez-Henríquez, algorithm 9, q = 3 mod 4), or undefined. */
function sqrt2(a) {
	const a1 = pow2(a, (Q - 3n) / 4n);
	const alpha = m2(m2(a1, a1), a);
	const x0 = m2(a1, a);
	let x;
	if (alpha[0] === Q - 1n && alpha[1] === 0n) x = m2([0n, 1n], x0);
	else x = m2(pow2([mod(1n + alpha[0]), alpha[1]], (Q - 1n) / 2n), x0);
	const sq = m2(x, x);
	return sq[0] === mod(a[0]) && sq[1] === mod(a[1]) ? x : undefined;
}
/** The first G1 point with x >= from. */
function g1From(from) {
	for (let x = from; ; x++) {
		const y = sqrt(x * x * x + 3n);
		if (y !== undefined) return [x, y];
	}
}

// --- the fixtures -----------------------------------------------------------------------------
const vkJson = readJson("receipt_basic.vk.json");
const vkBin = read("receipt_basic.vk.bin");
const enhancedVkJson = readJson("receipt_enhanced.vk.json");
const proofJson = readJson("basic_job7.proof.json");
const proofBin = read("basic_job7.proof.bin");
const publicJson = readJson("basic_job7.public.json");
const publicBin = read("basic_job7.public.bin");

const A = g1Of(proofJson.pi_a);
const B = g2Of(proofJson.pi_b);
const C = g1Of(proofJson.pi_c);
const proofWith = (changes) => ({ ...clone(proofJson), ...changes });
const proofBytes = (a, b, c) => hex(Buffer.concat([encG1(a), encG2(b), encG1(c)]));
const vkWith = (changes) => ({ ...clone(vkJson), ...changes });
if (proofBytes(A, B, C) !== hex(proofBin)) throw new Error("the encoder here does not give the fixture's proof bytes");

const negG1 = ([x, y]) => [x, mod(-y)];
const negG2 = ([x, [y0, y1]]) => [x, [mod(-y0), mod(-y1)]];
const g1Large = (p) => (p[1] > HALF ? p : negG1(p));
const g1Small = (p) => (p[1] > HALF ? negG1(p) : p);
const g2Large = (p) => (p[1][1] > HALF ? p : negG2(p));
const g2Small = (p) => (p[1][1] > HALF ? negG2(p) : p);

// A G1 point whose x lies between the modulus the JS converter used to have by mistake
// (21888242871839275222246405745257275088696311157215823713955485165166212911423) and q.
const OLD_WRONG_Q = 21888242871839275222246405745257275088696311157215823713955485165166212911423n;
const highX = g1From(OLD_WRONG_Q);
if (highX[0] >= Q) throw new Error("no G1 point found between the old modulus and q");
// The generator (1, 2) (no point has x = 0: 3 is not a square mod q), and the point with the
// largest x.
const generator = [1n, 2n];
let topX;
for (let x = Q - 1n; ; x--) {
	const y = sqrt(x * x * x + 3n);
	if (y !== undefined) {
		topX = [x, y];
		break;
	}
}

// A twist point outside the order-r subgroup.
let outside;
for (let k = 1n; !outside; k++) {
	const x = [k, 0n];
	const y = sqrt2([mod(k * k * k + B2[0]), B2[1]]);
	if (y && onG2(x, y) && !inG2Subgroup(x, y)) outside = [x, y];
}

// B with c0 and c1 swapped (the Solidity order), and B with y.c0 + 1: both off the curve.
const swapped = [[B[0][1], B[0][0]], [B[1][1], B[1][0]]];
const bumped = [B[0], [mod(B[1][0] + 1n), B[1][1]]];
for (const p of [swapped, bumped]) if (onG2(...p)) throw new Error("meant to be off the curve");
if (onG1(A[0], mod(A[1] + 1n))) throw new Error("meant to be off the curve");
const beta = g2Of(vkJson.vk_beta_2);
const betaOff = [beta[0], [beta[1][0], mod(beta[1][1] + 1n)]];
if (onG2(...betaOff)) throw new Error("meant to be off the curve");

const cases = [];
const add = (name, kind, json, expect) => cases.push({ name, kind, json, expect });
const s = (v) => v.toString();

// --- valid files ------------------------------------------------------------------------------
add("valid key (fixture receipt_basic.vk.json)", "vk", vkJson, hex(vkBin));
add("valid key (fixture receipt_enhanced.vk.json)", "vk", enhancedVkJson, hex(read("receipt_enhanced.vk.bin")));
add("valid proof (fixture basic_job7.proof.json)", "proof", proofJson, hex(proofBin));
add("valid public inputs (fixture basic_job7.public.json)", "public", publicJson, hex(publicBin));
{
	const { vk_alphabeta_12, nPublic, ...bare } = clone(vkJson);
	add("key without vk_alphabeta_12 and nPublic (ignored fields)", "vk", bare, hex(vkBin));
	add("key with a wrong nPublic and vk_alphabeta_12 (ignored)", "vk", { ...bare, nPublic: 99, vk_alphabeta_12: [] }, hex(vkBin));
}
{
	const one = vkWith({ IC: [vkJson.IC[0]] });
	const bytes = Buffer.concat([vkBin.subarray(0, 64 + 3 * 128), Buffer.from("0100000000000000", "hex"), encG1(g1Of(vkJson.IC[0]))]);
	add("key with a single IC point (no public inputs)", "vk", one, hex(bytes));
}

// --- public inputs ----------------------------------------------------------------------------
add("public input 0", "public", ["0"], hex(le32(0n)));
add("public input 1", "public", ["1"], hex(le32(1n)));
add("public input r - 1", "public", [s(R - 1n)], hex(le32(R - 1n)));
add("public inputs 0, 1, r - 1 together", "public", ["0", "1", s(R - 1n)], hex(Buffer.concat([le32(0n), le32(1n), le32(R - 1n)])));
add("no public inputs", "public", [], "0x");
add("public input r", "public", [s(R)], refused("not below the scalar modulus"));
add("public input r + 1", "public", [s(R + 1n)], refused("not below the scalar modulus"));
add("public input q (above r)", "public", [s(Q)], refused("not below the scalar modulus"));
add("public input 2^256", "public", [s(1n << 256n)], refused("above 256 bits"));
add("public input of 100 digits", "public", ["9".repeat(100)], refused("above 256 bits"));
add("public input with a leading zero, 007", "public", ["007"], refused("leading zeros: not canonical decimal"));
add("public input 00", "public", ["00"], refused("leading zeros: not canonical decimal"));
add("public input 01", "public", ["01"], refused("leading zeros: not canonical decimal"));
add("public input r - 1 with a leading zero", "public", [`0${s(R - 1n)}`], refused("leading zeros: not canonical decimal"));
add("public input empty string", "public", [""], refused("not a decimal"));
add("public input +1", "public", ["+1"], refused("not a decimal"));
add("public input -1", "public", ["-1"], refused("not a decimal"));
add("public input -0", "public", ["-0"], refused("not a decimal"));
add("public input ' 1' (leading space)", "public", [" 1"], refused("not a decimal"));
add("public input '1 ' (trailing space)", "public", ["1 "], refused("not a decimal"));
add("public input 0x1", "public", ["0x1"], refused("not a decimal"));
add("public input 1e3", "public", ["1e3"], refused("not a decimal"));
add("public input 1.0", "public", ["1.0"], refused("not a decimal"));
add("public input abc", "public", ["abc"], refused("not a decimal"));
add("public input in Arabic-Indic digits", "public", ["\u0661"], refused("not a decimal"));
add("public input as a JSON number", "public", [1], refused("not a string"));
add("public input 0 as a JSON number", "public", [0], refused("not a string"));
add("public input null", "public", [null], refused("not a string"));
add("public input as a nested list", "public", [["1"]], refused("not a string"));
add("public inputs as an object", "public", { 0: "1" }, refused("not a list"));
add("public inputs as a string", "public", "1", refused("not a list"));
add("one bad public input among good ones", "public", ["1", "2", "03"], refused("leading zeros: not canonical decimal"));

// --- G1 points (the proof's A) ----------------------------------------------------------------
add("G1 point at infinity [0, 1, 0]", "proof", proofWith({ pi_a: ["0", "1", "0"] }), refused("point at infinity"));
add("G1 point at infinity [0, 0, 0]", "proof", proofWith({ pi_a: ["0", "0", "0"] }), refused("point at infinity"));
add("G1 point with valid x, y and z = 0", "proof", proofWith({ pi_a: [s(A[0]), s(A[1]), "0"] }), refused("point at infinity"));
add("G1 point with z = 2", "proof", proofWith({ pi_a: [s(A[0]), s(A[1]), "2"] }), refused("z is not 1"));
add("G1 point with z = q + 1 (1 mod q)", "proof", proofWith({ pi_a: [s(A[0]), s(A[1]), s(Q + 1n)] }), refused("coordinate not below q"));
add("G1 point with z = 01", "proof", proofWith({ pi_a: [s(A[0]), s(A[1]), "01"] }), refused("leading zeros: not canonical decimal"));
add("G1 point with z as a JSON number", "proof", proofWith({ pi_a: [s(A[0]), s(A[1]), 1] }), refused("not a string"));
add("G1 point without z", "proof", proofWith({ pi_a: [s(A[0]), s(A[1])] }), refused("shape: not 3 coordinates"));
add("G1 point with 4 coordinates", "proof", proofWith({ pi_a: [s(A[0]), s(A[1]), "1", "1"] }), refused("shape: not 3 coordinates"));
add("G1 x = q", "proof", proofWith({ pi_a: [s(Q), s(A[1]), "1"] }), refused("coordinate not below q"));
add("G1 x = q + 1", "proof", proofWith({ pi_a: [s(Q + 1n), s(A[1]), "1"] }), refused("coordinate not below q"));
add("G1 x + q (the same point, x not reduced)", "proof", proofWith({ pi_a: [s(A[0] + Q), s(A[1]), "1"] }), refused("coordinate not below q"));
add("G1 y = q", "proof", proofWith({ pi_a: [s(A[0]), s(Q), "1"] }), refused("coordinate not below q"));
add("G1 x with a leading zero", "proof", proofWith({ pi_a: [`0${s(A[0])}`, s(A[1]), "1"] }), refused("leading zeros: not canonical decimal"));
add("G1 x as a JSON number", "proof", proofWith({ pi_a: [Number(A[0]), s(A[1]), "1"] }), refused("not a string"));
add("G1 x with a leading space", "proof", proofWith({ pi_a: [` ${s(A[0])}`, s(A[1]), "1"] }), refused("not a decimal"));
add("G1 point not on the curve (y + 1)", "proof", proofWith({ pi_a: [s(A[0]), s(mod(A[1] + 1n)), "1"] }), refused("not on the curve"));
add("G1 point (0, 0) not on the curve", "proof", proofWith({ pi_a: ["0", "0", "1"] }), refused("not on the curve"));
add("G1 y the larger root (flag bit 7 set)", "proof", proofWith({ pi_a: g1Json(g1Large(A)) }), proofBytes(g1Large(A), B, C));
add("G1 y the smaller root (flag bit 7 clear)", "proof", proofWith({ pi_a: g1Json(g1Small(A)) }), proofBytes(g1Small(A), B, C));
add("G1 C y the larger root (flag bit 7 set)", "proof", proofWith({ pi_c: g1Json(g1Large(C)) }), proofBytes(A, B, g1Large(C)));
add("G1 generator (1, 2)", "proof", proofWith({ pi_a: g1Json(generator) }), proofBytes(generator, B, C));
add("G1 point with x = 0 (3 is not a square: off the curve)", "proof", proofWith({ pi_a: ["0", "1", "1"] }), refused("not on the curve"));
add("G1 point with x above the old wrong JS modulus, below q", "proof", proofWith({ pi_a: g1Json(highX) }), proofBytes(highX, B, C));
add("G1 point with the largest x below q", "proof", proofWith({ pi_a: g1Json(topX) }), proofBytes(topX, B, C));
add("G1 point with the largest x, y negated", "proof", proofWith({ pi_a: g1Json(negG1(topX)) }), proofBytes(negG1(topX), B, C));

// --- G2 points (the proof's B) ----------------------------------------------------------------
add("G2 point at infinity [[0,0],[1,0],[0,0]]", "proof", proofWith({ pi_b: [["0", "0"], ["1", "0"], ["0", "0"]] }), refused("point at infinity"));
add("G2 point with valid x, y and z = 0", "proof", proofWith({ pi_b: [...g2Json(B).slice(0, 2), ["0", "0"]] }), refused("point at infinity"));
add("G2 point with z = [1, 1]", "proof", proofWith({ pi_b: [...g2Json(B).slice(0, 2), ["1", "1"]] }), refused("z is not 1"));
add("G2 point with z = [2, 0]", "proof", proofWith({ pi_b: [...g2Json(B).slice(0, 2), ["2", "0"]] }), refused("z is not 1"));
add("G2 point with z = [0, 1]", "proof", proofWith({ pi_b: [...g2Json(B).slice(0, 2), ["0", "1"]] }), refused("z is not 1"));
add("G2 point with z = [1] (one component)", "proof", proofWith({ pi_b: [...g2Json(B).slice(0, 2), ["1"]] }), refused("shape: not 2 components"));
add("G2 x.c0 = q", "proof", proofWith({ pi_b: [[s(Q), s(B[0][1])], g2Json(B)[1], ["1", "0"]] }), refused("coordinate not below q"));
add("G2 x.c1 = q + 1", "proof", proofWith({ pi_b: [[s(B[0][0]), s(Q + 1n)], g2Json(B)[1], ["1", "0"]] }), refused("coordinate not below q"));
add("G2 y.c1 + q (the same point, not reduced)", "proof", proofWith({ pi_b: [g2Json(B)[0], [s(B[1][0]), s(B[1][1] + Q)], ["1", "0"]] }), refused("coordinate not below q"));
add("G2 y.c0 with a leading zero", "proof", proofWith({ pi_b: [g2Json(B)[0], [`0${s(B[1][0])}`, s(B[1][1])], ["1", "0"]] }), refused("leading zeros: not canonical decimal"));
add("G2 c0 and c1 swapped (the Solidity order: not on the curve)", "proof", proofWith({ pi_b: g2Json(swapped) }), refused("not on the curve"));
add("G2 point not on the curve (y.c0 + 1)", "proof", proofWith({ pi_b: g2Json(bumped) }), refused("not on the curve"));
add("G2 point on the curve outside the order-r subgroup", "proof", proofWith({ pi_b: g2Json(outside) }), refused("not in the subgroup"));
add("G2 y the larger root (flag bit 7 set)", "proof", proofWith({ pi_b: g2Json(g2Large(B)) }), proofBytes(A, g2Large(B), C));
add("G2 y the smaller root (flag bit 7 clear)", "proof", proofWith({ pi_b: g2Json(g2Small(B)) }), proofBytes(A, g2Small(B), C));
add("G2 point as a flat list", "proof", proofWith({ pi_b: [s(B[0][0]), s(B[0][1]), s(B[1][0]), s(B[1][1]), "1", "0"] }), refused("shape: not 3 coordinates"));

// --- the proof as a whole ---------------------------------------------------------------------
{
	const { pi_c, ...noC } = clone(proofJson);
	add("proof without pi_c", "proof", noC, refused("missing field"));
}
add("proof as a list", "proof", [proofJson.pi_a, proofJson.pi_b, proofJson.pi_c], refused("not an object"));
add("proof with pi_a and pi_c (G1) where pi_b (G2) belongs", "proof", proofWith({ pi_b: proofJson.pi_a }), refused("shape"));

// --- keys -------------------------------------------------------------------------------------
add("key with protocol plonk", "vk", vkWith({ protocol: "plonk" }), refused("not groth16"));
add("key with curve bls12381", "vk", vkWith({ curve: "bls12381" }), refused("not bn128"));
add("key with curve BN128 (case matters)", "vk", vkWith({ curve: "BN128" }), refused("not bn128"));
{
	const { protocol, ...noProtocol } = clone(vkJson);
	add("key without protocol", "vk", noProtocol, refused("not groth16"));
	const { IC, ...noIc } = clone(vkJson);
	add("key without IC", "vk", noIc, refused("missing field"));
	const { vk_delta_2, ...noDelta } = clone(vkJson);
	add("key without vk_delta_2", "vk", noDelta, refused("missing field"));
}
add("key with an empty IC", "vk", vkWith({ IC: [] }), refused("empty IC"));
add("key with IC not a list", "vk", vkWith({ IC: vkJson.IC[0] }), refused("shape"));
add("key with an IC point at infinity", "vk", vkWith({ IC: [vkJson.IC[0], ["0", "1", "0"], ...vkJson.IC.slice(2)] }), refused("point at infinity"));
add("key with IC[0] at infinity", "vk", vkWith({ IC: [["0", "1", "0"], ...vkJson.IC.slice(1)] }), refused("point at infinity"));
add("key with an IC point not on the curve", "vk", vkWith({ IC: [vkJson.IC[0], [vkJson.IC[1][0], s(mod(BigInt(vkJson.IC[1][1]) + 1n)), "1"], ...vkJson.IC.slice(2)] }), refused("not on the curve"));
add("key with alpha at infinity", "vk", vkWith({ vk_alpha_1: ["0", "1", "0"] }), refused("point at infinity"));
add("key with beta not on the curve", "vk", vkWith({ vk_beta_2: g2Json(betaOff) }), refused("not on the curve"));
add("key with gamma at infinity", "vk", vkWith({ vk_gamma_2: [["0", "0"], ["1", "0"], ["0", "0"]] }), refused("point at infinity"));
add("key with delta outside the subgroup", "vk", vkWith({ vk_delta_2: g2Json(outside) }), refused("not in the subgroup"));
add("key with gamma c0/c1 swapped", "vk", vkWith({ vk_gamma_2: [[vkJson.vk_gamma_2[0][1], vkJson.vk_gamma_2[0][0]], [vkJson.vk_gamma_2[1][1], vkJson.vk_gamma_2[1][0]], ["1", "0"]] }), refused("not on the curve"));
add("key with an IC coordinate with a leading zero", "vk", vkWith({ IC: [[`0${vkJson.IC[0][0]}`, vkJson.IC[0][1], "1"], ...vkJson.IC.slice(1)] }), refused("leading zeros: not canonical decimal"));
{
	const large = g1Large(g1Of(vkJson.IC[1]));
	const ic = [...vkJson.IC.slice(0, 1), g1Json(large), ...vkJson.IC.slice(2)];
	const bytes = Buffer.from(vkBin);
	encG1(large).copy(bytes, 64 + 3 * 128 + 8 + 64);
	add("key with IC[1] negated to the larger root (flag bit 7 set)", "vk", vkWith({ IC: ic }), hex(bytes));
}
add("key as a list", "vk", [vkJson], refused("not an object"));

const names = new Set();
for (const c of cases) {
	if (names.has(c.name)) throw new Error(`duplicate case ${c.name}`);
	names.add(c.name);
}
writeFileSync(OUT, `${JSON.stringify(cases, null, 1)}\n`);
console.log(`${cases.length} cases written to ${OUT}`);
