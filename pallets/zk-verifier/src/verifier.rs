//! Groth16 over BN254 in plain Rust (arkworks), with no FRAME in sight.
//!
//! The host function ([`crate::host`]) runs these functions natively in the node; the pure-wasm
//! backend runs the very same functions inside the runtime. One implementation, so both paths
//! give the same answer by construction (the tests check it anyway).
//!
//! # Encodings (arkworks `serialize_uncompressed`, little-endian)
//!
//! | item | bytes |
//! |---|---|
//! | base or scalar field element | 32, little-endian, below the modulus |
//! | G1 point | `x ‖ y` (64); flags in the top two bits of the last byte |
//! | G2 point | `x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1` (128); flags in the top two bits of the last byte |
//! | proof | `A (G1) ‖ B (G2) ‖ C (G1)` (256), the layout of `ark_groth16::Proof` |
//! | verifying key | `alpha (G1) ‖ beta (G2) ‖ gamma (G2) ‖ delta (G2) ‖ n+1 (u64 LE) ‖ IC_0..IC_n (G1)`, the layout of `ark_groth16::VerifyingKey` |
//! | public inputs | 32 bytes each, concatenated |
//!
//! The flag bits: bit 6 marks the point at infinity; arkworks sets bit 7 when `y` is the larger
//! of `y` and `-y`, and ignores it when reading the uncompressed form.
//!
//! # Prepared keys
//!
//! [`prepare_key`] validates a key once and returns the form [`verify`] reads:
//! `e(alpha, beta) (GT, 384 bytes) ‖ -gamma (G2) ‖ -delta (G2) ‖ n+1 (u64 LE) ‖ IC_0..IC_n`.
//! The pairing `e(alpha, beta)` is the expensive part of preparing a key (a full pairing, about
//! a third of a verification), so it is done once. The G2 line coefficients of `-gamma` and
//! `-delta` (`G2Prepared`) are not stored: they are about 17 KiB each, and reading them from
//! storage (proof size) would cost more than computing them (a fraction of one Miller loop).
//! A prepared key is only ever produced by [`prepare_key`] from a validated key, so [`verify`]
//! reads it without re-checking its points.

use alloc::vec::Vec;
use ark_bn254::{Bn254, Fq12, Fr, G1Affine, G1Projective, G2Affine};
use ark_ec::{
	pairing::Pairing,
	short_weierstrass::{Affine, SWCurveConfig},
	AffineRepr, CurveGroup, VariableBaseMSM,
};
use ark_ff::{BigInt, PrimeField};
use ark_serialize::{CanonicalDeserialize, CanonicalSerialize, Compress, Validate};
use codec::{Decode, Encode};
use core::ops::Neg;

/// Bytes of an uncompressed G1 point.
pub const G1_LEN: usize = 64;
/// Bytes of an uncompressed G2 point.
pub const G2_LEN: usize = 128;
/// Bytes of a proof: A, B, C.
pub const PROOF_LEN: usize = 2 * G1_LEN + G2_LEN;
/// Bytes of one public input.
pub const INPUT_LEN: usize = 32;
/// Bytes of an element of the target group (Fq12).
pub const GT_LEN: usize = 384;
/// Bytes of the length prefix of the IC vector.
const COUNT_LEN: usize = 8;

/// Bytes of a verifying key with `inputs` public inputs.
pub const fn key_len(inputs: u32) -> usize {
	G1_LEN + 3 * G2_LEN + COUNT_LEN + G1_LEN * (inputs as usize + 1)
}

/// Bytes of a prepared key with `inputs` public inputs.
pub const fn prepared_key_len(inputs: u32) -> usize {
	GT_LEN + 2 * G2_LEN + COUNT_LEN + G1_LEN * (inputs as usize + 1)
}

/// How many public inputs a key of `len` bytes has, if `len` is a possible key length.
pub fn inputs_of_key_len(len: usize) -> Option<u32> {
	let ic_bytes = len.checked_sub(G1_LEN + 3 * G2_LEN + COUNT_LEN)?;
	if ic_bytes % G1_LEN != 0 {
		return None;
	}
	u32::try_from((ic_bytes / G1_LEN).checked_sub(1)?).ok()
}

/// Why a key or a proof is refused. Each reason is distinct so that a caller (and the pallet's
/// errors) can say exactly what is wrong.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode)]
pub enum Groth16Error {
	/// The key's bytes do not decode: wrong length, a coordinate not below the modulus, bad
	/// flags, or an IC count that does not match the bytes.
	MalformedKey,
	/// A point of the key is not on its curve.
	KeyPointNotOnCurve,
	/// A G2 point of the key is on the curve but outside the prime-order subgroup.
	KeyPointNotInSubgroup,
	/// alpha, beta, gamma or delta is the point at infinity.
	KeyPointAtInfinity,
	/// gamma equals delta: anyone can then forge proofs for any public inputs.
	GammaEqualsDelta,
	/// delta is the generator of G2: the key skipped the circuit-specific (phase-2) setup.
	DeltaIsGenerator,
	/// The key has more public inputs than the chain allows.
	TooManyPublicInputs,
	/// The proof is not 256 bytes, or a coordinate is not below the modulus, or bad flags.
	MalformedProof,
	/// A or C is not on the curve.
	ProofG1NotOnCurve,
	/// B is not on the twist curve (typically: `c0` and `c1` of a G2 coordinate swapped).
	ProofG2NotOnCurve,
	/// B is on the twist curve but outside the prime-order subgroup.
	ProofG2NotInSubgroup,
	/// The public inputs are not a whole number of 32-byte elements.
	MalformedInputs,
	/// A public input is not below the scalar modulus (a value plus the modulus is refused,
	/// never reduced).
	InputNotCanonical,
	/// The number of public inputs is not the number the key expects.
	WrongInputCount,
	/// The pairing check failed: the proof does not prove these inputs under this key.
	ProofRejected,
	// Appended for the version-2 rules ([`Rules::Strict`]): the SCALE index of the variants
	// above is what version 1 of the host function returns, so it must not move.
	/// The key's bytes decode, but are not the bytes its points encode to (a flag bit that
	/// reading ignores, or a point at infinity with coordinates): one key, one encoding.
	KeyNotCanonical,
	/// An IC point of the key is the point at infinity: its public input would be bound to
	/// nothing, so a proof would hold for every value of it.
	KeyInputAtInfinity,
	/// A, B or C of the proof is the point at infinity.
	ProofPointAtInfinity,
	/// The proof's bytes decode, but are not the bytes its points encode to.
	ProofNotCanonical,
}

/// The rules a key or a proof is read under.
///
/// [`Rules::Strict`] is what the chain applies (version 2 of the host function and the pure
/// backend). [`Rules::Lenient`] is what version 1 of the host function accepted; it stays only
/// so that a node can still execute blocks made by a runtime that called version 1.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rules {
	/// Version 1: flag bits that decoding ignores are ignored; IC points and proof points at
	/// infinity are accepted.
	Lenient,
	/// Version 2: only the canonical encoding of a key or proof is accepted, and no IC or proof
	/// point may be at infinity.
	Strict,
}

/// A prepared key, decoded.
struct PreparedKey {
	alpha_beta: Fq12,
	neg_gamma: G2Affine,
	neg_delta: G2Affine,
	ic: Vec<G1Affine>,
}

fn read<T: CanonicalDeserialize>(
	bytes: &mut &[u8],
	error: Groth16Error,
) -> Result<T, Groth16Error> {
	T::deserialize_with_mode(bytes, Compress::No, Validate::No).map_err(|_| error)
}

fn write<T: CanonicalSerialize>(item: &T, out: &mut Vec<u8>) -> Result<(), Groth16Error> {
	// Writing into a Vec cannot fail; the error only satisfies the signature.
	item.serialize_uncompressed(out)
		.map_err(|_| Groth16Error::MalformedKey)
}

fn read_count(bytes: &mut &[u8], error: Groth16Error) -> Result<usize, Groth16Error> {
	let count: u64 = read(bytes, error)?;
	usize::try_from(count).map_err(|_| error)
}

/// Checks a point of the key: finite (for alpha..delta), on the curve, in the subgroup.
fn check_key_point<P: SWCurveConfig>(
	point: &Affine<P>,
	may_be_infinity: bool,
) -> Result<(), Groth16Error> {
	if point.is_zero() {
		return if may_be_infinity {
			Ok(())
		} else {
			Err(Groth16Error::KeyPointAtInfinity)
		};
	}
	if !point.is_on_curve() {
		return Err(Groth16Error::KeyPointNotOnCurve);
	}
	if !point.is_in_correct_subgroup_assuming_on_curve() {
		return Err(Groth16Error::KeyPointNotInSubgroup);
	}
	Ok(())
}

/// Validates a verifying key (arkworks uncompressed bytes) under [`Rules::Strict`] and returns
/// its prepared form.
///
/// Refuses: bytes that do not decode exactly or are not the canonical encoding of their points,
/// points off their curve or outside the subgroup, any point at infinity, `gamma == delta`,
/// `delta ==` the G2 generator, and keys with more than `max_inputs` public inputs (checked
/// before anything is allocated).
pub fn prepare_key(key: &[u8], max_inputs: u32) -> Result<Vec<u8>, Groth16Error> {
	prepare_key_under(key, max_inputs, Rules::Strict)
}

/// [`prepare_key`] under the given rules.
pub fn prepare_key_under(
	key: &[u8],
	max_inputs: u32,
	rules: Rules,
) -> Result<Vec<u8>, Groth16Error> {
	use Groth16Error::MalformedKey;
	let mut bytes = key;
	let alpha: G1Affine = read(&mut bytes, MalformedKey)?;
	let beta: G2Affine = read(&mut bytes, MalformedKey)?;
	let gamma: G2Affine = read(&mut bytes, MalformedKey)?;
	let delta: G2Affine = read(&mut bytes, MalformedKey)?;
	// The count is compared as the u64 it is before it becomes a `usize`: on a 32-bit target
	// (the runtime in wasm) a count of 2^32 or more would otherwise fail the conversion first
	// and answer `MalformedKey` where a 64-bit node answers `TooManyPublicInputs`, and the two
	// backends would disagree (found by the known-answer vectors run in wasm).
	let count: u64 = read(&mut bytes, MalformedKey)?;
	let inputs = count.checked_sub(1).ok_or(MalformedKey)?;
	if inputs > u64::from(max_inputs) {
		return Err(Groth16Error::TooManyPublicInputs);
	}
	let count = usize::try_from(count).map_err(|_| MalformedKey)?;
	if Some(bytes.len()) != count.checked_mul(G1_LEN) {
		return Err(MalformedKey);
	}
	let ic = (0..count)
		.map(|_| read::<G1Affine>(&mut bytes, MalformedKey))
		.collect::<Result<Vec<_>, _>>()?;

	if rules == Rules::Strict && encode_key(&alpha, &beta, &gamma, &delta, &ic) != key {
		return Err(Groth16Error::KeyNotCanonical);
	}

	check_key_point(&alpha, false)?;
	for point in [&beta, &gamma, &delta] {
		check_key_point(point, false)?;
	}
	for point in &ic {
		// An IC point is at infinity when its public input takes part in no constraint: a
		// proof then holds for every value of that input (it might be the nullifier).
		if rules == Rules::Strict && point.is_zero() {
			return Err(Groth16Error::KeyInputAtInfinity);
		}
		check_key_point(point, true)?;
	}
	// First: snarkjs keys have gamma = generator, so a key that skipped phase 2 also has
	// gamma == delta, and this is the more telling reason.
	if delta == G2Affine::generator() {
		return Err(Groth16Error::DeltaIsGenerator);
	}
	if gamma == delta {
		return Err(Groth16Error::GammaEqualsDelta);
	}

	let alpha_beta = Bn254::pairing(alpha, beta).0;
	let mut prepared = Vec::with_capacity(prepared_key_len(u32::try_from(inputs).unwrap_or(0)));
	write(&alpha_beta, &mut prepared)?;
	write(&gamma.into_group().neg().into_affine(), &mut prepared)?;
	write(&delta.into_group().neg().into_affine(), &mut prepared)?;
	write(
		&u64::try_from(count).map_err(|_| MalformedKey)?,
		&mut prepared,
	)?;
	for point in &ic {
		write(point, &mut prepared)?;
	}
	Ok(prepared)
}

fn read_prepared(prepared: &[u8]) -> Result<PreparedKey, Groth16Error> {
	use Groth16Error::MalformedKey;
	let mut bytes = prepared;
	let alpha_beta: Fq12 = read(&mut bytes, MalformedKey)?;
	let neg_gamma: G2Affine = read(&mut bytes, MalformedKey)?;
	let neg_delta: G2Affine = read(&mut bytes, MalformedKey)?;
	let count = read_count(&mut bytes, MalformedKey)?;
	if Some(bytes.len()) != count.checked_mul(G1_LEN) {
		return Err(MalformedKey);
	}
	let ic = (0..count)
		.map(|_| read::<G1Affine>(&mut bytes, MalformedKey))
		.collect::<Result<Vec<_>, _>>()?;
	Ok(PreparedKey {
		alpha_beta,
		neg_gamma,
		neg_delta,
		ic,
	})
}

/// Decodes and checks a proof: every point on its curve and in its subgroup; under
/// [`Rules::Strict`] also canonical and finite.
fn read_proof(proof: &[u8], rules: Rules) -> Result<(G1Affine, G2Affine, G1Affine), Groth16Error> {
	use Groth16Error::*;
	if proof.len() != PROOF_LEN {
		return Err(MalformedProof);
	}
	let mut bytes = proof;
	let a: G1Affine = read(&mut bytes, MalformedProof)?;
	let b: G2Affine = read(&mut bytes, MalformedProof)?;
	let c: G1Affine = read(&mut bytes, MalformedProof)?;
	if rules == Rules::Strict {
		if encode_proof(&a, &b, &c) != proof {
			return Err(ProofNotCanonical);
		}
		if a.is_zero() || b.is_zero() || c.is_zero() {
			return Err(ProofPointAtInfinity);
		}
	}
	if !a.is_on_curve() || !c.is_on_curve() {
		return Err(ProofG1NotOnCurve);
	}
	// G1 of BN254 has cofactor 1: on the curve means in the subgroup.
	if !b.is_on_curve() {
		return Err(ProofG2NotOnCurve);
	}
	if !b.is_in_correct_subgroup_assuming_on_curve() {
		return Err(ProofG2NotInSubgroup);
	}
	Ok((a, b, c))
}

/// A public input as a field element: 32 bytes little-endian, refused unless below the modulus.
pub fn canonical_input(bytes: &[u8; INPUT_LEN]) -> Result<Fr, Groth16Error> {
	let mut limbs = [0u64; 4];
	for (limb, chunk) in limbs.iter_mut().zip(bytes.chunks_exact(8)) {
		let mut word = [0u8; 8];
		word.copy_from_slice(chunk);
		*limb = u64::from_le_bytes(word);
	}
	Fr::from_bigint(BigInt::new(limbs)).ok_or(Groth16Error::InputNotCanonical)
}

fn read_inputs(inputs: &[u8]) -> Result<Vec<Fr>, Groth16Error> {
	if inputs.len() % INPUT_LEN != 0 {
		return Err(Groth16Error::MalformedInputs);
	}
	inputs
		.chunks_exact(INPUT_LEN)
		.map(|chunk| {
			let mut bytes = [0u8; INPUT_LEN];
			bytes.copy_from_slice(chunk);
			canonical_input(&bytes)
		})
		.collect()
}

/// Verifies `proof` for the concatenated 32-byte `inputs` under a key made by [`prepare_key`],
/// under [`Rules::Strict`].
///
/// Checks, in order: the key decodes; the input count matches the key; every input is
/// canonical; the proof decodes, is canonical and its points are finite and valid; then the
/// pairing equation `e(A, B) · e(vk_x, -gamma) · e(C, -delta) = e(alpha, beta)`.
pub fn verify(prepared_key: &[u8], proof: &[u8], inputs: &[u8]) -> Result<(), Groth16Error> {
	verify_under(prepared_key, proof, inputs, Rules::Strict)
}

/// [`verify`] under the given rules.
pub fn verify_under(
	prepared_key: &[u8],
	proof: &[u8],
	inputs: &[u8],
	rules: Rules,
) -> Result<(), Groth16Error> {
	let key = read_prepared(prepared_key)?;
	let inputs = read_inputs(inputs)?;
	if inputs.len().checked_add(1) != Some(key.ic.len()) {
		return Err(Groth16Error::WrongInputCount);
	}
	let (a, b, c) = read_proof(proof, rules)?;

	let (ic_0, ic_inputs) = key.ic.split_first().ok_or(Groth16Error::MalformedKey)?;
	// A multi-scalar multiplication: the same point as summing `input_i · IC_i` one by one,
	// several times faster for many inputs. The lengths are equal (checked above).
	let vk_x = ic_0.into_group() + G1Projective::msm_unchecked(ic_inputs, &inputs);

	let miller = Bn254::multi_miller_loop(
		[a, vk_x.into_affine(), c],
		[b, key.neg_gamma, key.neg_delta],
	);
	// `None` only for a Miller loop output of zero, which no valid point produces.
	let result = Bn254::final_exponentiation(miller).ok_or(Groth16Error::ProofRejected)?;
	if result.0 == key.alpha_beta {
		Ok(())
	} else {
		Err(Groth16Error::ProofRejected)
	}
}

/// Encodes a verifying key from its points, in the layout [`prepare_key`] reads.
pub fn encode_key(
	alpha: &G1Affine,
	beta: &G2Affine,
	gamma: &G2Affine,
	delta: &G2Affine,
	ic: &[G1Affine],
) -> Vec<u8> {
	let mut out = Vec::with_capacity(key_len(
		u32::try_from(ic.len()).unwrap_or(1).saturating_sub(1),
	));
	// Writing into a Vec cannot fail.
	let _ = write(alpha, &mut out);
	for point in [beta, gamma, delta] {
		let _ = write(point, &mut out);
	}
	let _ = write(&u64::try_from(ic.len()).unwrap_or(u64::MAX), &mut out);
	for point in ic {
		let _ = write(point, &mut out);
	}
	out
}

/// Encodes a proof from its points, in the layout [`verify`] reads.
pub fn encode_proof(a: &G1Affine, b: &G2Affine, c: &G1Affine) -> Vec<u8> {
	let mut out = Vec::with_capacity(PROOF_LEN);
	let _ = write(a, &mut out);
	let _ = write(b, &mut out);
	let _ = write(c, &mut out);
	out
}

/// Encodes a field element as a public input (32 bytes little-endian).
pub fn encode_input(input: &Fr) -> [u8; INPUT_LEN] {
	let mut out = [0u8; INPUT_LEN];
	for (chunk, limb) in out.chunks_exact_mut(8).zip(input.into_bigint().0.iter()) {
		chunk.copy_from_slice(&limb.to_le_bytes());
	}
	out
}
