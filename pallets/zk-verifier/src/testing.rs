//! Synthetic keys and proofs for any number of public inputs, for benchmarks and tests.
//!
//! A Groth16 key whose trapdoor (alpha, beta, gamma, delta and the IC exponents) is known lets
//! anyone make a valid proof for any public inputs without a circuit: with `B` the G2 generator
//! and `C = c·G1`, choosing `A = (alpha·beta + vk_x·gamma + c·delta)·G1` satisfies
//! `e(A, B) = e(alpha, beta) · e(vk_x, gamma) · e(C, delta)`. That is exactly why real keys come
//! from a setup ceremony; here it gives benchmark statements of every size with full-width
//! inputs (the worst case for the input multiplications). Never register such a key on a chain.

use crate::verifier::{encode_input, encode_key, encode_proof};
use alloc::vec::Vec;
use ark_bn254::{Fr, G1Affine, G2Affine};
use ark_ec::{AffineRepr, CurveGroup};
use ark_ff::{AdditiveGroup, Field, One};

const ALPHA: u64 = 3;
const BETA: u64 = 5;
const GAMMA: u64 = 7;
const DELTA: u64 = 11;
const C: u64 = 17;

fn ic_exponent(i: usize) -> Fr {
	Fr::from(u64::try_from(i).unwrap_or(u64::MAX)).double() + Fr::from(13u64)
}

fn g1(exponent: Fr) -> G1Affine {
	(G1Affine::generator() * exponent).into_affine()
}

fn g2(exponent: Fr) -> G2Affine {
	(G2Affine::generator() * exponent).into_affine()
}

/// A verifying key with `inputs` public inputs and a known trapdoor.
pub fn synthetic_key(inputs: u32) -> Vec<u8> {
	let count = usize::try_from(inputs).unwrap_or(0).saturating_add(1);
	let ic: Vec<G1Affine> = (0..count).map(|i| g1(ic_exponent(i))).collect();
	encode_key(
		&g1(Fr::from(ALPHA)),
		&g2(Fr::from(BETA)),
		&g2(Fr::from(GAMMA)),
		&g2(Fr::from(DELTA)),
		&ic,
	)
}

/// Full-width, random-looking public inputs, different for every `seed`. (Not `-k` for small
/// `k`: a multi-scalar multiplication may negate a scalar above half the modulus, and `-k`
/// would then cost as little as `k`.)
pub fn synthetic_inputs(inputs: u32, seed: u64) -> Vec<[u8; 32]> {
	// 0x9E37_79B9_7F4A_7C15 (the golden ratio in 64 bits) to the 5th: some 320 bits, reduced.
	let spread = Fr::from(0x9E37_79B9_7F4A_7C15u64).pow([5]);
	(0..inputs)
		.map(|i| {
			let small = Fr::from(seed).double().double() + Fr::from(u64::from(i)) + Fr::one();
			encode_input(&(small * spread))
		})
		.collect()
}

/// A valid proof for `public_inputs` under [`synthetic_key`] of the same size.
pub fn synthetic_proof(public_inputs: &[[u8; 32]]) -> Vec<u8> {
	let mut vk_x = ic_exponent(0);
	for (i, input) in public_inputs.iter().enumerate() {
		let input = crate::verifier::canonical_input(input).unwrap_or_default();
		vk_x += input * ic_exponent(i.saturating_add(1));
	}
	let a =
		Fr::from(ALPHA) * Fr::from(BETA) + vk_x * Fr::from(GAMMA) + Fr::from(C) * Fr::from(DELTA);
	encode_proof(&g1(a), &G2Affine::generator(), &g1(Fr::from(C)))
}

/// A key with `inputs` inputs and `count` distinct statements with valid proofs under it.
pub fn synthetic_statements(inputs: u32, count: u32) -> (Vec<u8>, Vec<(Vec<u8>, Vec<[u8; 32]>)>) {
	let statements = (0..count)
		.map(|seed| {
			let public_inputs = synthetic_inputs(inputs, u64::from(seed));
			(synthetic_proof(&public_inputs), public_inputs)
		})
		.collect();
	(synthetic_key(inputs), statements)
}
