//! Known-answer vectors for the Groth16 verifier (issue 16).
//!
//! `fixtures/known_answers.json` freezes what [`verifier::prepare_key_under`] and
//! [`verifier::verify_under`] answer today, under both [`Rules`], for the edge cases of the
//! encoding: the flag bits of every kind of point, points at infinity (flagged, flagged with
//! coordinates, and the unflagged `(0, 0)` that arkworks 0.6 reads as infinity), coordinates and
//! public inputs at or above their modulus, the scalars 0, 1 and r−1, wrong lengths and counts,
//! degenerate keys, off-curve and outside-subgroup points, and valid and rejected proofs.
//!
//! [`known_answers_hold_natively`] checks every vector natively, and (under [`Rules::Strict`])
//! through both [`HostBackend`] and [`PureBackend`]; the crate `zk-verifier-kat-wasm` checks the
//! same file inside wasm, through the wasm executor. A dependency bump or an edit of
//! `verifier.rs` that changes any answer fails both: a changed answer of the host function splits
//! old and new nodes, so it needs a new version of the host function, not a new vector file.
//!
//! The checkers read the committed file and never regenerate it. [`write_known_answers`]
//! (ignored) rewrites it, deliberately, after a reviewed change of the rules:
//! `AITBC_WRITE_KNOWN_ANSWERS=1 cargo test --release -p pallet-zk-verifier kat -- --ignored
//! write_known_answers` (without the variable it only checks that regenerating would change
//! nothing).
//!
//! The file's format: [`crate::known_answers`].

use crate::{
	host::{Groth16Backend, HostBackend, PureBackend},
	known_answers::{answer_of, from_json, hex, name_of, rules_name, to_json, Answer, Case, Op},
	testing,
	verifier::{self, encode_input, encode_key, encode_proof, Rules, INPUT_LEN},
};
use ark_bn254::{Fq, Fq2, Fr, G1Affine, G2Affine};
use ark_ec::{AffineRepr, CurveGroup};
use ark_ff::{BigInteger, Field, One, PrimeField, Zero};
use ark_serialize::{CanonicalDeserialize, CanonicalSerialize};

/// The committed vectors.
const KNOWN_ANSWERS: &str = include_str!("fixtures/known_answers.json");
/// Where [`write_known_answers`] writes them.
const KNOWN_ANSWERS_PATH: &str = concat!(
	env!("CARGO_MANIFEST_DIR"),
	"/src/fixtures/known_answers.json"
);

/// The snarkjs fixtures the real-key cases start from (their bytes are copied into the vectors,
/// so a later change of these files changes nothing that is checked).
const REAL_KEY: &[u8] = include_bytes!("fixtures/receipt_basic.vk.bin");
const REAL_PROOF: &[u8] = include_bytes!("fixtures/basic_job7.proof.bin");
const REAL_INPUTS: &[u8] = include_bytes!("fixtures/basic_job7.public.bin");
const REAL_PROOF_8: &[u8] = include_bytes!("fixtures/basic_job8.proof.bin");
const REAL_INPUTS_8: &[u8] = include_bytes!("fixtures/basic_job8.public.bin");
const ENHANCED_KEY: &[u8] = include_bytes!("fixtures/receipt_enhanced.vk.bin");
const ENHANCED_PROOF: &[u8] = include_bytes!("fixtures/enhanced_job7.proof.bin");
const ENHANCED_INPUTS: &[u8] = include_bytes!("fixtures/enhanced_job7.public.bin");

/// `max_inputs` of the key cases, unless a case is about it.
const MAX_INPUTS: u32 = 16;

const G1: usize = verifier::G1_LEN;
const G2: usize = verifier::G2_LEN;

/// Offsets in a verifying key.
const ALPHA: usize = 0;
const BETA: usize = ALPHA + G1;
const GAMMA: usize = BETA + G2;
const DELTA: usize = GAMMA + G2;
const COUNT: usize = DELTA + G2;
const fn ic(i: usize) -> usize {
	COUNT + 8 + G1 * i
}
/// Offsets in a prepared key.
const PREPARED_COUNT: usize = verifier::GT_LEN + 2 * G2;
/// Offsets in a proof.
const PROOF_A: usize = 0;
const PROOF_B: usize = G1;
const PROOF_C: usize = G1 + G2;

/// Bit 7 of a point's last byte: "y is the larger of y and −y" (ignored by uncompressed reads).
const Y_FLAG: u8 = 0x80;
/// Bit 6 of a point's last byte: the point at infinity.
const INFINITY_FLAG: u8 = 0x40;

/// The same question through a [`Groth16Backend`] (which applies [`Rules::Strict`]); `None` when
/// the backend cannot be asked it (inputs that are not whole 32-byte elements).
fn backend_answer_of<B: Groth16Backend>(case: &Case) -> Option<Answer> {
	let answer = match case.op {
		Op::PrepareKey => B::prepare_key(&case.key, case.max_inputs)
			.map(|prepared| sp_io::hashing::blake2_256(&prepared).to_vec()),
		Op::Verify => {
			if case.inputs.len() % INPUT_LEN != 0 {
				return None;
			}
			let inputs: Vec<[u8; 32]> = case
				.inputs
				.chunks_exact(INPUT_LEN)
				.map(|chunk| chunk.try_into().expect("32 bytes"))
				.collect();
			B::verify(&case.key, &case.proof, &inputs).map(|()| vec![0])
		}
	};
	Some(answer.map_err(name_of))
}

// ---- byte and point helpers ----

fn g1(exponent: Fr) -> G1Affine {
	(G1Affine::generator() * exponent).into_affine()
}

fn g2(exponent: Fr) -> G2Affine {
	(G2Affine::generator() * exponent).into_affine()
}

fn inputs_bytes(inputs: &[Fr]) -> Vec<u8> {
	inputs
		.iter()
		.flat_map(|input| encode_input(input))
		.collect()
}

fn bytes32(bytes: Vec<u8>) -> [u8; 32] {
	bytes.try_into().expect("32 bytes")
}

/// `value + 1`, little-endian, wrapping.
fn plus_one(mut value: [u8; 32]) -> [u8; 32] {
	for byte in value.iter_mut() {
		let (sum, carry) = byte.overflowing_add(1);
		*byte = sum;
		if !carry {
			break;
		}
	}
	value
}

/// The base field modulus q, little-endian.
fn q() -> [u8; 32] {
	bytes32(Fq::MODULUS.to_bytes_le())
}

/// The scalar field modulus r, little-endian.
fn r() -> [u8; 32] {
	bytes32(Fr::MODULUS.to_bytes_le())
}

/// The 32 little-endian bytes of `value + r`; fits, since both are below 2^254.
fn plus_modulus(value: &[u8]) -> [u8; 32] {
	let modulus = r();
	let mut out = [0u8; 32];
	let mut carry = 0u16;
	for i in 0..32 {
		let sum = u16::from(value[i]) + u16::from(modulus[i]) + carry;
		out[i] = sum as u8;
		carry = sum >> 8;
	}
	assert_eq!(carry, 0);
	out
}

const ALL_ONES: [u8; 32] = [0xff; 32];

fn with(bytes: &[u8], change: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
	let mut out = bytes.to_vec();
	change(&mut out);
	out
}

/// The index of the byte that holds the flags of the point at `at` of `len` bytes.
fn flag_byte(at: usize, len: usize) -> usize {
	at + len - 1
}

/// Writes a 32-byte coordinate at `at`, keeping the flag bits of the point if the coordinate is
/// the one that carries them (the last 32 bytes of the point, `flags_at`).
fn set_coordinate(bytes: &mut [u8], at: usize, value: [u8; 32], flags_at: usize) {
	let flags = bytes[flags_at] & (Y_FLAG | INFINITY_FLAG);
	bytes[at..at + 32].copy_from_slice(&value);
	if flags_at == at + 31 {
		bytes[flags_at] = (bytes[flags_at] & !(Y_FLAG | INFINITY_FLAG)) | flags;
	}
}

fn g1_at(bytes: &[u8], at: usize) -> G1Affine {
	G1Affine::deserialize_uncompressed_unchecked(&bytes[at..at + G1]).expect("a G1 point")
}

fn g2_at(bytes: &[u8], at: usize) -> G2Affine {
	G2Affine::deserialize_uncompressed_unchecked(&bytes[at..at + G2]).expect("a G2 point")
}

fn put_g1(bytes: &mut [u8], at: usize, point: &G1Affine) {
	let mut encoded = Vec::new();
	point
		.serialize_uncompressed(&mut encoded)
		.expect("writes into a Vec");
	bytes[at..at + G1].copy_from_slice(&encoded);
}

fn put_g2(bytes: &mut [u8], at: usize, point: &G2Affine) {
	let mut encoded = Vec::new();
	point
		.serialize_uncompressed(&mut encoded)
		.expect("writes into a Vec");
	bytes[at..at + G2].copy_from_slice(&encoded);
}

/// A G2 point on the twist curve but outside the prime-order subgroup (as in the tests).
fn g2_outside_subgroup() -> G2Affine {
	(1u64..)
		.find_map(|x| {
			G2Affine::get_point_from_x_unchecked(Fq2::new(Fq::from(x), Fq::from(1u64)), true)
				.filter(|p| !p.is_in_correct_subgroup_assuming_on_curve())
		})
		.expect("the twist has points outside the subgroup")
}

/// `point` with `y + 1`: off the curve.
fn g1_off_curve(point: &G1Affine) -> G1Affine {
	let (x, y) = point.xy().expect("finite");
	G1Affine::new_unchecked(x, y + Fq::one())
}

fn g2_off_curve(point: &G2Affine) -> G2Affine {
	let (x, y) = point.xy().expect("finite");
	G2Affine::new_unchecked(x, y + Fq2::one())
}

/// `point` with `c0` and `c1` of both coordinates swapped (the classic converter mistake).
fn g2_swapped(point: &G2Affine) -> G2Affine {
	let (x, y) = point.xy().expect("finite");
	G2Affine::new_unchecked(Fq2::new(x.c1, x.c0), Fq2::new(y.c1, y.c0))
}

// ---- a key with a known trapdoor ----

/// A Groth16 key from known exponents, so that valid proofs exist for any inputs, with any B and
/// C, including points at infinity. [`Trapdoor::synthetic`] is the key of
/// [`testing::synthetic_key`] (checked in [`cases`]).
#[derive(Clone)]
struct Trapdoor {
	alpha: Fr,
	beta: Fr,
	gamma: Fr,
	delta: Fr,
	ic: Vec<Fr>,
}

impl Trapdoor {
	fn synthetic(inputs: usize) -> Self {
		Self {
			alpha: Fr::from(3u64),
			beta: Fr::from(5u64),
			gamma: Fr::from(7u64),
			delta: Fr::from(11u64),
			ic: (0..=inputs)
				.map(|i| Fr::from(2 * u64::try_from(i).unwrap() + 13))
				.collect(),
		}
	}

	fn key(&self) -> Vec<u8> {
		let ic: Vec<G1Affine> = self.ic.iter().map(|e| g1(*e)).collect();
		encode_key(
			&g1(self.alpha),
			&g2(self.beta),
			&g2(self.gamma),
			&g2(self.delta),
			&ic,
		)
	}

	fn prepared(&self) -> Vec<u8> {
		prepared(&self.key())
	}

	/// `alpha·beta + vk_x·gamma`, the exponent the proof must balance.
	fn target(&self, inputs: &[Fr]) -> Fr {
		let vk_x = self.ic[0]
			+ inputs
				.iter()
				.zip(&self.ic[1..])
				.map(|(input, ic)| *input * ic)
				.sum::<Fr>();
		self.alpha * self.beta + vk_x * self.gamma
	}

	/// The valid proof with `B = b·G2`, `C = c·G1` (`b ≠ 0`).
	fn proof(&self, inputs: &[Fr], b: Fr, c: Fr) -> Vec<u8> {
		let a = (self.target(inputs) + c * self.delta) * b.inverse().expect("b is not zero");
		encode_proof(&g1(a), &g2(b), &g1(c))
	}

	/// The `c` for which `A · B` must be zero: with it, `A` or `B` at infinity proves `inputs`.
	fn c_balancing(&self, inputs: &[Fr]) -> Fr {
		-self.target(inputs) * self.delta.inverse().expect("delta is not zero")
	}
}

fn prepared(key: &[u8]) -> Vec<u8> {
	verifier::prepare_key_under(key, MAX_INPUTS, Rules::Lenient).expect("a key that prepares")
}

// ---- the cases ----

#[derive(Default)]
struct Cases {
	cases: Vec<Case>,
}

impl Cases {
	fn prepare(&mut self, name: &str, key: Vec<u8>, max_inputs: u32) {
		for rules in [Rules::Lenient, Rules::Strict] {
			self.cases.push(Case {
				name: format!("prepare_key/{name}/{}", rules_name(rules)),
				op: Op::PrepareKey,
				rules,
				max_inputs,
				key: key.clone(),
				proof: Vec::new(),
				inputs: Vec::new(),
			});
		}
	}

	fn key(&mut self, name: &str, key: Vec<u8>) {
		self.prepare(name, key, MAX_INPUTS)
	}

	fn verify(&mut self, name: &str, prepared: &[u8], proof: Vec<u8>, inputs: Vec<u8>) {
		for rules in [Rules::Lenient, Rules::Strict] {
			self.cases.push(Case {
				name: format!("verify/{name}/{}", rules_name(rules)),
				op: Op::Verify,
				rules,
				max_inputs: 0,
				key: prepared.to_vec(),
				proof: proof.clone(),
				inputs: inputs.clone(),
			});
		}
	}

	/// The flag and infinity encodings of one point. `plain` and `negated` are the same item with
	/// the point at `at` negated (both valid), so that one of them has the y flag set and the
	/// other has it clear. `add` records one mutated item under a name.
	fn flag_suite(
		plain: &[u8],
		negated: &[u8],
		at: usize,
		len: usize,
		mut add: impl FnMut(&str, Vec<u8>),
	) {
		let flag = flag_byte(at, len);
		assert_ne!(
			plain[flag] & Y_FLAG,
			negated[flag] & Y_FLAG,
			"-P has the other y flag"
		);
		assert_eq!(
			(plain[flag] | negated[flag]) & INFINITY_FLAG,
			0,
			"finite points"
		);
		let (clear, set) = if plain[flag] & Y_FLAG == 0 {
			(plain, negated)
		} else {
			(negated, plain)
		};
		add("y_flag_set", with(clear, |b| b[flag] |= Y_FLAG));
		add("y_flag_cleared", with(set, |b| b[flag] &= !Y_FLAG));
		add(
			"infinity_flag_with_coordinates",
			with(clear, |b| b[flag] |= INFINITY_FLAG),
		);
		add(
			"both_flags_with_coordinates",
			with(clear, |b| b[flag] |= Y_FLAG | INFINITY_FLAG),
		);
		let zero = |flags: u8| {
			with(plain, |b| {
				b[at..at + len].fill(0);
				b[flag] = flags;
			})
		};
		add("infinity_canonical", zero(INFINITY_FLAG));
		add("zero_unflagged", zero(0));
		add("zero_y_flag", zero(Y_FLAG));
		add("zero_both_flags", zero(Y_FLAG | INFINITY_FLAG));
	}
}

fn fr_inputs(bytes: &[u8]) -> Vec<Fr> {
	bytes
		.chunks_exact(INPUT_LEN)
		.map(|chunk| verifier::canonical_input(&bytes32(chunk.to_vec())).expect("canonical"))
		.collect()
}

/// Every case, without answers.
fn cases() -> Vec<Case> {
	let mut all = Cases::default();

	// The synthetic trapdoor is the key and proof of `testing`.
	let s1 = Trapdoor::synthetic(1);
	let s3 = Trapdoor::synthetic(3);
	assert_eq!(s3.key(), testing::synthetic_key(3));
	let (_, statements) = testing::synthetic_statements(3, 1);
	let (synthetic_proof, synthetic_inputs) = &statements[0];
	let synthetic_inputs: Vec<u8> = synthetic_inputs.as_flattened().to_vec();
	assert_eq!(
		*synthetic_proof,
		s3.proof(&fr_inputs(&synthetic_inputs), Fr::one(), Fr::from(17u64))
	);

	// ---- prepare_key: valid keys ----
	all.key("real_basic/valid", REAL_KEY.to_vec());
	all.key("real_enhanced/valid", ENHANCED_KEY.to_vec());
	all.key("synthetic3/valid", s3.key());
	all.prepare("synthetic0/valid", testing::synthetic_key(0), 0);
	all.key(
		"synthetic1/alpha_negated_valid",
		Trapdoor {
			alpha: -s1.alpha,
			..s1.clone()
		}
		.key(),
	);

	// ---- prepare_key: flags and infinity, per kind of point ----
	let negate = |f: &dyn Fn(&mut Trapdoor)| {
		let mut t = s1.clone();
		f(&mut t);
		t.key()
	};
	let kinds: [(&str, usize, usize, Vec<u8>); 5] = [
		("alpha", ALPHA, G1, negate(&|t| t.alpha = -t.alpha)),
		("beta", BETA, G2, negate(&|t| t.beta = -t.beta)),
		("gamma", GAMMA, G2, negate(&|t| t.gamma = -t.gamma)),
		("delta", DELTA, G2, negate(&|t| t.delta = -t.delta)),
		("ic1", ic(1), G1, negate(&|t| t.ic[1] = -t.ic[1])),
	];
	for (point, at, len, negated) in kinds {
		let full_suite = matches!(point, "alpha" | "beta" | "ic1");
		Cases::flag_suite(&s1.key(), &negated, at, len, |what, key| {
			if full_suite || matches!(what, "infinity_canonical" | "zero_unflagged") {
				all.key(&format!("synthetic1/{point}_{what}"), key)
			}
		});
	}
	// IC_0 too (it is never multiplied by an input).
	all.key(
		"synthetic1/ic0_infinity_canonical",
		with(&s1.key(), |b| {
			b[ic(0)..ic(0) + G1].fill(0);
			b[flag_byte(ic(0), G1)] = INFINITY_FLAG;
		}),
	);
	// The real snarkjs key: its flags as converted, each flipped.
	for (point, at, len) in [
		("alpha", ALPHA, G1),
		("beta", BETA, G2),
		("gamma", GAMMA, G2),
		("delta", DELTA, G2),
		("ic0", ic(0), G1),
		("ic4", ic(4), G1),
	] {
		let flag = flag_byte(at, len);
		let what = if REAL_KEY[flag] & Y_FLAG == 0 {
			"set"
		} else {
			"cleared"
		};
		all.key(
			&format!("real_basic/{point}_y_flag_{what}"),
			with(REAL_KEY, |b| b[flag] ^= Y_FLAG),
		);
	}
	all.key(
		"real_basic/ic2_infinity_canonical",
		with(REAL_KEY, |b| {
			b[ic(2)..ic(2) + G1].fill(0);
			b[flag_byte(ic(2), G1)] = INFINITY_FLAG;
		}),
	);
	all.key(
		"real_basic/ic2_zero_unflagged",
		with(REAL_KEY, |b| b[ic(2)..ic(2) + G1].fill(0)),
	);

	// ---- prepare_key: coordinates at or above the base modulus ----
	let key = s1.key();
	let coordinate = |at: usize, len: usize, value: [u8; 32]| {
		with(&key, |b| {
			set_coordinate(b, at, value, flag_byte(at, len) - 31)
		})
	};
	all.key("synthetic1/alpha_x_is_q", coordinate(ALPHA, G1, q()));
	all.key(
		"synthetic1/alpha_x_is_q_plus_1",
		coordinate(ALPHA, G1, plus_one(q())),
	);
	all.key(
		"synthetic1/alpha_x_is_2_256_minus_1",
		coordinate(ALPHA, G1, ALL_ONES),
	);
	all.key(
		"synthetic1/alpha_y_is_q",
		coordinate(ALPHA + 32, G1 - 32, q()),
	);
	all.key(
		"synthetic1/alpha_y_is_q_plus_1",
		coordinate(ALPHA + 32, G1 - 32, plus_one(q())),
	);
	all.key("synthetic1/beta_x_c0_is_q", coordinate(BETA, G2, q()));
	all.key(
		"synthetic1/beta_x_c1_is_2_256_minus_1",
		coordinate(BETA + 32, G2 - 32, ALL_ONES),
	);
	all.key(
		"synthetic1/beta_y_c1_is_q",
		coordinate(BETA + 96, G2 - 96, q()),
	);
	all.key(
		"synthetic1/delta_y_c0_is_q_plus_1",
		coordinate(DELTA + 64, G2 - 64, plus_one(q())),
	);
	all.key(
		"synthetic1/ic1_x_is_q_plus_1",
		coordinate(ic(1), G1, plus_one(q())),
	);
	all.key(
		"synthetic1/ic1_y_is_q",
		coordinate(ic(1) + 32, G1 - 32, q()),
	);

	// ---- prepare_key: lengths, counts, limits ----
	let count =
		|b: &mut Vec<u8>, value: u64| b[COUNT..COUNT + 8].copy_from_slice(&value.to_le_bytes());
	all.key("synthetic1/empty", Vec::new());
	all.key(
		"synthetic1/one_byte_short",
		with(&key, |b| {
			b.pop();
		}),
	);
	all.key("synthetic1/one_byte_long", with(&key, |b| b.push(0)));
	all.key("synthetic1/only_the_points_no_count", key[..COUNT].to_vec());
	all.key(
		"synthetic1/extra_ic_point_count_unchanged",
		with(&key, |b| {
			let extra = b[ic(1)..ic(1) + G1].to_vec();
			b.extend_from_slice(&extra);
		}),
	);
	all.key("synthetic1/count_0", with(&key, |b| count(b, 0)));
	all.key(
		"synthetic1/count_1_with_2_points",
		with(&key, |b| count(b, 1)),
	);
	all.key(
		"synthetic1/count_3_with_2_points",
		with(&key, |b| count(b, 3)),
	);
	// In wasm (32-bit `usize`) these two answer MalformedKey instead: the count is converted to
	// `usize` before it is compared with `max_inputs` (kat-wasm's `KNOWN_DIVERGENCES`).
	all.key(
		"synthetic1/count_2_pow_32",
		with(&key, |b| count(b, 1 << 32)),
	);
	all.key(
		"synthetic1/count_u64_max",
		with(&key, |b| count(b, u64::MAX)),
	);
	all.prepare(
		"real_basic/max_inputs_one_below",
		REAL_KEY.to_vec(),
		real_inputs() - 1,
	);
	all.prepare(
		"real_basic/max_inputs_exact",
		REAL_KEY.to_vec(),
		real_inputs(),
	);
	all.prepare("synthetic3/max_inputs_0", s3.key(), 0);

	// ---- prepare_key: degenerate and invalid points ----
	all.key(
		"synthetic1/gamma_equals_delta",
		Trapdoor {
			delta: s1.gamma,
			..s1.clone()
		}
		.key(),
	);
	all.key(
		"synthetic1/delta_is_generator",
		Trapdoor {
			delta: Fr::one(),
			..s1.clone()
		}
		.key(),
	);
	all.key(
		"synthetic1/gamma_is_generator_valid",
		Trapdoor {
			gamma: Fr::one(),
			..s1.clone()
		}
		.key(),
	);
	all.key(
		"real_basic/delta_replaced_by_gamma",
		with(REAL_KEY, |b| b.copy_within(GAMMA..GAMMA + G2, DELTA)),
	);
	all.key(
		"real_basic/gamma_replaced_by_delta",
		with(REAL_KEY, |b| b.copy_within(DELTA..DELTA + G2, GAMMA)),
	);
	all.key(
		"synthetic1/beta_c0_c1_swapped",
		with(&key, |b| put_g2(b, BETA, &g2_swapped(&g2_at(&key, BETA)))),
	);
	all.key(
		"synthetic1/alpha_off_curve",
		with(&key, |b| {
			put_g1(b, ALPHA, &g1_off_curve(&g1_at(&key, ALPHA)))
		}),
	);
	all.key(
		"synthetic1/ic1_off_curve",
		with(&key, |b| {
			put_g1(b, ic(1), &g1_off_curve(&g1_at(&key, ic(1))))
		}),
	);
	all.key(
		"synthetic1/gamma_off_curve",
		with(&key, |b| {
			put_g2(b, GAMMA, &g2_off_curve(&g2_at(&key, GAMMA)))
		}),
	);
	all.key(
		"synthetic1/beta_outside_subgroup",
		with(&key, |b| put_g2(b, BETA, &g2_outside_subgroup())),
	);
	all.key(
		"synthetic1/delta_outside_subgroup",
		with(&key, |b| put_g2(b, DELTA, &g2_outside_subgroup())),
	);

	// ---- verify: valid proofs ----
	let real = prepared(REAL_KEY);
	all.verify(
		"real_basic/job7_valid",
		&real,
		REAL_PROOF.to_vec(),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_basic/job8_valid",
		&real,
		REAL_PROOF_8.to_vec(),
		REAL_INPUTS_8.to_vec(),
	);
	all.verify(
		"real_enhanced/job7_valid",
		&prepared(ENHANCED_KEY),
		ENHANCED_PROOF.to_vec(),
		ENHANCED_INPUTS.to_vec(),
	);
	let s3p = s3.prepared();
	all.verify(
		"synthetic3/valid",
		&s3p,
		synthetic_proof.clone(),
		synthetic_inputs.clone(),
	);
	let r_minus_1 = -Fr::one();
	let scalars = [Fr::zero(), Fr::one(), r_minus_1];
	let scalar_proof = s3.proof(&scalars, Fr::one(), Fr::from(17u64));
	all.verify(
		"synthetic3/inputs_0_1_r_minus_1",
		&s3p,
		scalar_proof.clone(),
		inputs_bytes(&scalars),
	);
	let zeros = [Fr::zero(); 3];
	all.verify(
		"synthetic3/inputs_all_0",
		&s3p,
		s3.proof(&zeros, Fr::from(2u64), Fr::from(19u64)),
		inputs_bytes(&zeros),
	);
	let tops = [r_minus_1; 3];
	all.verify(
		"synthetic3/inputs_all_r_minus_1",
		&s3p,
		s3.proof(&tops, Fr::from(3u64), Fr::from(23u64)),
		inputs_bytes(&tops),
	);
	// Groth16 malleability: (-A, -B, C) proves the same statement.
	let s1p = s1.prepared();
	let one_input = [Fr::from(1234567u64)];
	let one_input_bytes = inputs_bytes(&one_input);
	let s1_proof = s1.proof(&one_input, Fr::one(), Fr::from(17u64));
	all.verify(
		"synthetic1/valid",
		&s1p,
		s1_proof.clone(),
		one_input_bytes.clone(),
	);
	all.verify(
		"synthetic1/a_and_b_negated_valid",
		&s1p,
		s1.proof(&one_input, -Fr::one(), Fr::from(17u64)),
		one_input_bytes.clone(),
	);

	// ---- verify: rejected proofs ----
	all.verify(
		"real_basic/job7_first_input_plus_1",
		&real,
		REAL_PROOF.to_vec(),
		with(REAL_INPUTS, |b| {
			let first = plus_one(bytes32(b[..32].to_vec()));
			b[..32].copy_from_slice(&first)
		}),
	);
	all.verify(
		"real_basic/job7_proof_job8_inputs",
		&real,
		REAL_PROOF.to_vec(),
		REAL_INPUTS_8.to_vec(),
	);
	all.verify(
		"synthetic3/proof_of_0_1_r_minus_1_for_1_1_r_minus_1",
		&s3p,
		scalar_proof.clone(),
		inputs_bytes(&[Fr::one(), Fr::one(), r_minus_1]),
	);
	all.verify(
		"real_basic/a_and_c_swapped",
		&real,
		with(REAL_PROOF, |b| {
			let a = b[PROOF_A..PROOF_A + G1].to_vec();
			b.copy_within(PROOF_C..PROOF_C + G1, PROOF_A);
			b[PROOF_C..PROOF_C + G1].copy_from_slice(&a);
		}),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_enhanced/job7_proof_under_basic_key",
		&real,
		ENHANCED_PROOF.to_vec(),
		REAL_INPUTS.to_vec(),
	);

	// ---- verify: public inputs at or above the scalar modulus ----
	let first_input = |value: [u8; 32]| with(REAL_INPUTS, |b| b[..32].copy_from_slice(&value));
	all.verify(
		"real_basic/input_is_r",
		&real,
		REAL_PROOF.to_vec(),
		first_input(r()),
	);
	all.verify(
		"real_basic/input_is_r_plus_1",
		&real,
		REAL_PROOF.to_vec(),
		first_input(plus_one(r())),
	);
	all.verify(
		"real_basic/input_is_2_256_minus_1",
		&real,
		REAL_PROOF.to_vec(),
		first_input(ALL_ONES),
	);
	all.verify(
		"real_basic/input_plus_r",
		&real,
		REAL_PROOF.to_vec(),
		first_input(plus_modulus(&REAL_INPUTS[..32])),
	);
	// r would reduce to 0, for which the proof holds: it must still be refused.
	all.verify(
		"synthetic3/input_r_for_a_proof_of_0",
		&s3p,
		scalar_proof.clone(),
		with(&inputs_bytes(&scalars), |b| b[..32].copy_from_slice(&r())),
	);

	// ---- verify: lengths and counts ----
	all.verify(
		"real_basic/inputs_127_bytes",
		&real,
		REAL_PROOF.to_vec(),
		REAL_INPUTS[..127].to_vec(),
	);
	all.verify(
		"real_basic/inputs_empty",
		&real,
		REAL_PROOF.to_vec(),
		Vec::new(),
	);
	all.verify(
		"real_basic/inputs_one_fewer",
		&real,
		REAL_PROOF.to_vec(),
		REAL_INPUTS[32..].to_vec(),
	);
	all.verify(
		"real_basic/inputs_one_more",
		&real,
		REAL_PROOF.to_vec(),
		with(REAL_INPUTS, |b| b.extend_from_slice(&[0u8; 32])),
	);
	all.verify(
		"real_basic/proof_255_bytes",
		&real,
		REAL_PROOF[..255].to_vec(),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_basic/proof_257_bytes",
		&real,
		with(REAL_PROOF, |b| b.push(0)),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_basic/proof_empty",
		&real,
		Vec::new(),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_basic/prepared_key_one_byte_short",
		&real[..real.len() - 1],
		REAL_PROOF.to_vec(),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_basic/prepared_key_extra_ic_point",
		&with(&real, |b| b.extend_from_slice(&[0u8; G1])),
		REAL_PROOF.to_vec(),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_basic/prepared_key_count_u64_max",
		&with(&real, |b| {
			b[PREPARED_COUNT..PREPARED_COUNT + 8].copy_from_slice(&u64::MAX.to_le_bytes())
		}),
		REAL_PROOF.to_vec(),
		REAL_INPUTS.to_vec(),
	);
	all.verify(
		"real_basic/prepared_key_empty",
		&[],
		REAL_PROOF.to_vec(),
		REAL_INPUTS.to_vec(),
	);

	// ---- verify: flags and infinity of A, B, C ----
	// Valid proofs with each point negated: (-A, -B) by b = -1, -C by c = -17.
	let c = Fr::from(17u64);
	let negated_ab = s1.proof(&one_input, -Fr::one(), c);
	let negated_c = s1.proof(&one_input, Fr::one(), -c);
	for (point, at, len, negated) in [
		("a", PROOF_A, G1, &negated_ab),
		("b", PROOF_B, G2, &negated_ab),
		("c", PROOF_C, G1, &negated_c),
	] {
		Cases::flag_suite(&s1_proof, negated, at, len, |what, proof| {
			all.verify(
				&format!("synthetic1/{point}_{what}"),
				&s1p,
				proof,
				one_input_bytes.clone(),
			)
		});
	}
	// The real snarkjs proof: its flags as converted, each flipped.
	for (point, at, len) in [("a", PROOF_A, G1), ("b", PROOF_B, G2), ("c", PROOF_C, G1)] {
		let flag = flag_byte(at, len);
		let what = if REAL_PROOF[flag] & Y_FLAG == 0 {
			"set"
		} else {
			"cleared"
		};
		all.verify(
			&format!("real_basic/{point}_y_flag_{what}"),
			&real,
			with(REAL_PROOF, |b| b[flag] ^= Y_FLAG),
			REAL_INPUTS.to_vec(),
		);
	}
	// Proofs with a point at infinity that satisfy the pairing equation.
	let balancing = s1.c_balancing(&one_input);
	all.verify(
		"synthetic1/valid_with_a_at_infinity",
		&s1p,
		encode_proof(
			&G1Affine::identity(),
			&G2Affine::generator(),
			&g1(balancing),
		),
		one_input_bytes.clone(),
	);
	all.verify(
		"synthetic1/valid_with_b_at_infinity",
		&s1p,
		encode_proof(
			&G1Affine::generator(),
			&G2Affine::identity(),
			&g1(balancing),
		),
		one_input_bytes.clone(),
	);
	all.verify(
		"synthetic1/valid_with_c_at_infinity",
		&s1p,
		s1.proof(&one_input, Fr::one(), Fr::zero()),
		one_input_bytes.clone(),
	);
	// A key whose IC_1 is at infinity (only Lenient prepares it): its input is bound to nothing.
	let unbound = Trapdoor {
		ic: vec![s1.ic[0], Fr::zero()],
		..s1.clone()
	};
	let unbound_prepared = unbound.prepared();
	let unbound_proof = unbound.proof(&[Fr::from(5u64)], Fr::one(), c);
	all.verify(
		"synthetic1_ic1_at_infinity/input_5",
		&unbound_prepared,
		unbound_proof.clone(),
		inputs_bytes(&[Fr::from(5u64)]),
	);
	all.verify(
		"synthetic1_ic1_at_infinity/same_proof_input_6",
		&unbound_prepared,
		unbound_proof,
		inputs_bytes(&[Fr::from(6u64)]),
	);

	// ---- verify: coordinates at or above the base modulus ----
	let coordinate = |at: usize, len: usize, value: [u8; 32]| {
		with(&s1_proof, |b| {
			set_coordinate(b, at, value, flag_byte(at, len) - 31)
		})
	};
	for (name, proof) in [
		("a_x_is_q", coordinate(PROOF_A, G1, q())),
		("a_x_is_q_plus_1", coordinate(PROOF_A, G1, plus_one(q()))),
		("a_x_is_2_256_minus_1", coordinate(PROOF_A, G1, ALL_ONES)),
		("a_y_is_q", coordinate(PROOF_A + 32, G1 - 32, q())),
		("b_x_c0_is_q", coordinate(PROOF_B, G2, q())),
		(
			"b_x_c1_is_2_256_minus_1",
			coordinate(PROOF_B + 32, G2 - 32, ALL_ONES),
		),
		(
			"b_y_c1_is_q_plus_1",
			coordinate(PROOF_B + 96, G2 - 96, plus_one(q())),
		),
		("c_y_is_q", coordinate(PROOF_C + 32, G1 - 32, q())),
		("c_x_is_q_plus_1", coordinate(PROOF_C, G1, plus_one(q()))),
	] {
		all.verify(
			&format!("synthetic1/{name}"),
			&s1p,
			proof,
			one_input_bytes.clone(),
		);
	}

	// ---- verify: invalid points ----
	let a = g1_at(&s1_proof, PROOF_A);
	let b = g2_at(&s1_proof, PROOF_B);
	let c_point = g1_at(&s1_proof, PROOF_C);
	for (name, proof) in [
		(
			"a_off_curve",
			with(&s1_proof, |p| put_g1(p, PROOF_A, &g1_off_curve(&a))),
		),
		(
			"c_off_curve",
			with(&s1_proof, |p| put_g1(p, PROOF_C, &g1_off_curve(&c_point))),
		),
		(
			"b_off_curve",
			with(&s1_proof, |p| put_g2(p, PROOF_B, &g2_off_curve(&b))),
		),
		(
			"b_c0_c1_swapped",
			with(&s1_proof, |p| put_g2(p, PROOF_B, &g2_swapped(&b))),
		),
		(
			"b_outside_subgroup",
			with(&s1_proof, |p| put_g2(p, PROOF_B, &g2_outside_subgroup())),
		),
	] {
		all.verify(
			&format!("synthetic1/{name}"),
			&s1p,
			proof,
			one_input_bytes.clone(),
		);
	}
	all.verify(
		"real_basic/b_c0_c1_swapped",
		&real,
		with(REAL_PROOF, |p| {
			put_g2(p, PROOF_B, &g2_swapped(&g2_at(REAL_PROOF, PROOF_B)))
		}),
		REAL_INPUTS.to_vec(),
	);

	let names: std::collections::BTreeSet<&str> =
		all.cases.iter().map(|case| case.name.as_str()).collect();
	assert_eq!(names.len(), all.cases.len(), "case names are unique");
	all.cases
}

fn real_inputs() -> u32 {
	verifier::inputs_of_key_len(REAL_KEY.len()).expect("a key length")
}

/// Regenerates `fixtures/known_answers.json` from [`cases`] and today's verifier. Run only on
/// purpose, and review the diff: every changed answer is a change of consensus rules.
///
/// `AITBC_WRITE_KNOWN_ANSWERS=1 cargo test --release -p pallet-zk-verifier kat -- --ignored
/// write_known_answers` writes the file. Without the variable (say, a plain `-- --ignored` run
/// for the timings) it writes nothing and fails if the regenerated vectors differ from the
/// committed ones, naming the cases that would change.
#[test]
#[ignore]
fn write_known_answers() {
	let answered: Vec<(Case, Answer)> = cases()
		.into_iter()
		.map(|case| {
			let answer = answer_of(&case);
			(case, answer)
		})
		.collect();
	let json = to_json(&answered);
	if std::env::var_os("AITBC_WRITE_KNOWN_ANSWERS").is_none() {
		let committed = from_json(KNOWN_ANSWERS);
		let committed_json = to_json(&committed);
		let one = |vector: &(Case, Answer)| to_json(core::slice::from_ref(vector));
		let committed_lines: std::collections::BTreeSet<String> =
			committed.iter().map(one).collect();
		let changed: Vec<&str> = answered
			.iter()
			.filter(|vector| !committed_lines.contains(&one(vector)))
			.map(|(case, _)| case.name.as_str())
			.collect();
		assert!(
			json == committed_json,
			"not written (set AITBC_WRITE_KNOWN_ANSWERS=1 to write): the regenerated vectors \
			 differ from the committed ones ({} cases now, {} committed); new or changed: {:?}",
			answered.len(),
			committed.len(),
			changed
		);
		return;
	}
	std::fs::write(KNOWN_ANSWERS_PATH, json).expect("writes the vectors");
	// What was written reads back to the same cases and answers.
	let read = from_json(&std::fs::read_to_string(KNOWN_ANSWERS_PATH).unwrap());
	assert_eq!(read.len(), answered.len());
	for ((case, answer), (read_case, read_answer)) in answered.iter().zip(&read) {
		assert_eq!(case.name, read_case.name);
		assert_eq!(answer, read_answer);
		assert_eq!(answer_of(read_case), *answer);
	}
}

/// Every committed vector still holds: natively under its rules, and, for the strict cases,
/// through both backends (the host function's current version and the pure backend).
#[test]
fn known_answers_hold_natively() {
	let vectors = from_json(KNOWN_ANSWERS);
	assert!(
		vectors.len() >= 60,
		"the vector file has {} cases",
		vectors.len()
	);
	let names: std::collections::BTreeSet<&str> =
		vectors.iter().map(|(case, _)| case.name.as_str()).collect();
	assert_eq!(names.len(), vectors.len(), "case names are unique");

	let mut failures = Vec::new();
	for (case, expected) in &vectors {
		let mut check = |how: &str, got: Answer| {
			if got != *expected {
				failures.push(format!(
					"{} ({how}): expected {}, got {}",
					case.name,
					show(expected),
					show(&got)
				));
			}
		};
		check("verifier", answer_of(case));
		if case.rules == Rules::Strict {
			if let Some(got) = backend_answer_of::<PureBackend>(case) {
				check("PureBackend", got);
			}
			if let Some(got) = backend_answer_of::<HostBackend>(case) {
				check("HostBackend", got);
			}
		}
	}
	assert!(
		failures.is_empty(),
		"{} known answers changed (a consensus change: see kat.rs):\n{}",
		failures.len(),
		failures.join("\n")
	);
}

fn show(answer: &Answer) -> String {
	match answer {
		Ok(bytes) => format!("ok {}", hex(bytes)),
		Err(name) => format!("err {name}"),
	}
}
