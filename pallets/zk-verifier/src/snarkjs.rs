//! Converts snarkjs's JSON files into the bytes the pallet takes (std only; the client CLI and
//! the node expose it as a subcommand).
//!
//! # snarkjs's JSON
//!
//! - Numbers are decimal strings. Base field elements must be below the BN254 base modulus and
//!   public inputs below the scalar modulus; anything else is refused, never reduced.
//! - Numbers are canonical decimals: digits only, no sign, no leading zero (but `"0"`).
//! - A G1 point is `[x, y, z]` in projective coordinates; snarkjs writes affine points with
//!   `z = "1"`. The point at infinity (`z = "0"`) is refused: the chain accepts none in a key
//!   or a proof.
//! - A G2 point is `[[x.c0, x.c1], [y.c0, y.c1], [z.c0, z.c1]]`, again `z = ["1", "0"]`, with
//!   `c0` the real part (`x = x.c0 + x.c1·u`). Careful: Solidity verifiers that snarkjs exports
//!   take G2 coordinates the other way round (`[x.c1, x.c0]`); the JSON files do not.
//! - `verification_key.json`: `vk_alpha_1` (G1), `vk_beta_2`, `vk_gamma_2`, `vk_delta_2` (G2),
//!   `IC` (G1 list, one more than the public inputs); `protocol` must be `groth16` and `curve`
//!   `bn128`. `vk_alphabeta_12` is ignored (the pallet computes it).
//! - `proof.json`: `pi_a` (G1), `pi_b` (G2), `pi_c` (G1).
//! - `public.json`: a list of decimal strings, the circuit's outputs then its public inputs.
//!
//! # Output
//!
//! arkworks' uncompressed little-endian encoding, as [`crate::verifier`] describes: each
//! coordinate 32 bytes little-endian, G2 coordinates `c0` first, the key as
//! `alpha ‖ beta ‖ gamma ‖ delta ‖ len(IC) (u64 LE) ‖ IC…`, the proof as `A ‖ B ‖ C`.

use crate::verifier::{encode_input, encode_key, encode_proof};
use ark_bn254::{Fq, Fq2, Fr, G1Affine, G2Affine};
use ark_ec::AffineRepr;
use ark_ff::{BigInt, PrimeField};
use serde_json::Value;
use std::{fmt, string::String, vec::Vec};

/// Why a snarkjs file cannot be converted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConvertError {
	/// The file is not JSON.
	Json(String),
	/// A field is missing or has the wrong shape; names the field.
	Shape(&'static str),
	/// Not a Groth16 key over BN254 (`protocol`/`curve`).
	NotGroth16Bn254,
	/// A number is not a decimal string below its field's modulus; names the field.
	NotCanonical(&'static str),
	/// A point is not affine (`z` is not 1) or is not on its curve; names the field.
	InvalidPoint(&'static str),
}

impl fmt::Display for ConvertError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Json(e) => write!(f, "not JSON: {e}"),
			Self::Shape(field) => write!(f, "`{field}` is missing or has the wrong shape"),
			Self::NotGroth16Bn254 => write!(f, "not a groth16 key on bn128"),
			Self::NotCanonical(field) => write!(
				f,
				"`{field}` holds a number that is not a canonical field element"
			),
			Self::InvalidPoint(field) => write!(f, "`{field}` is not an affine curve point"),
		}
	}
}

impl std::error::Error for ConvertError {}

fn parse(json: &str) -> Result<Value, ConvertError> {
	serde_json::from_str(json).map_err(|e| ConvertError::Json(e.to_string()))
}

/// A decimal string as a 256-bit integer, refusing overflow and anything but digits.
fn decimal(value: &Value, field: &'static str) -> Result<BigInt<4>, ConvertError> {
	let text = value.as_str().ok_or(ConvertError::Shape(field))?;
	// One decimal per number: `zk/scripts/to_arkworks.mjs` refuses the same strings.
	if text.is_empty() || (text.len() > 1 && text.starts_with('0')) {
		return Err(ConvertError::NotCanonical(field));
	}
	let mut limbs = [0u64; 4];
	for digit in text.bytes() {
		let digit = match digit {
			b'0'..=b'9' => u64::from(digit.saturating_sub(b'0')),
			_ => return Err(ConvertError::NotCanonical(field)),
		};
		// limbs = limbs * 10 + digit, refusing a carry out of the top limb.
		let mut carry = u128::from(digit);
		for limb in limbs.iter_mut() {
			// Cannot overflow: (2^64 - 1) * 10 + carry < 2^128.
			let wide = u128::from(*limb).saturating_mul(10).saturating_add(carry);
			*limb = u64::try_from(wide & u128::from(u64::MAX)).unwrap_or_default();
			carry = wide >> 64;
		}
		if carry != 0 {
			return Err(ConvertError::NotCanonical(field));
		}
	}
	Ok(BigInt::new(limbs))
}

fn fq(value: &Value, field: &'static str) -> Result<Fq, ConvertError> {
	Fq::from_bigint(decimal(value, field)?).ok_or(ConvertError::NotCanonical(field))
}

fn fr(value: &Value, field: &'static str) -> Result<Fr, ConvertError> {
	Fr::from_bigint(decimal(value, field)?).ok_or(ConvertError::NotCanonical(field))
}

fn items<'a>(
	value: &'a Value,
	len: usize,
	field: &'static str,
) -> Result<&'a [Value], ConvertError> {
	match value.as_array() {
		Some(items) if items.len() == len => Ok(items),
		_ => Err(ConvertError::Shape(field)),
	}
}

fn g1(value: &Value, field: &'static str) -> Result<G1Affine, ConvertError> {
	let [x, y, z] = items(value, 3, field)? else {
		return Err(ConvertError::Shape(field));
	};
	let (x, y, z) = (fq(x, field)?, fq(y, field)?, fq(z, field)?);
	let point = G1Affine::new_unchecked(x, y);
	// arkworks takes (0, 0) for the point at infinity, which no key or proof may hold.
	if z != Fq::from(1u64) || point.is_zero() || !point.is_on_curve() {
		return Err(ConvertError::InvalidPoint(field));
	}
	Ok(point)
}

fn fq2(value: &Value, field: &'static str) -> Result<Fq2, ConvertError> {
	let [c0, c1] = items(value, 2, field)? else {
		return Err(ConvertError::Shape(field));
	};
	Ok(Fq2::new(fq(c0, field)?, fq(c1, field)?))
}

fn g2(value: &Value, field: &'static str) -> Result<G2Affine, ConvertError> {
	let [x, y, z] = items(value, 3, field)? else {
		return Err(ConvertError::Shape(field));
	};
	let (x, y, z) = (fq2(x, field)?, fq2(y, field)?, fq2(z, field)?);
	let point = G2Affine::new_unchecked(x, y);
	if z != Fq2::from(1u64)
		|| point.is_zero()
		|| !point.is_on_curve()
		|| !point.is_in_correct_subgroup_assuming_on_curve()
	{
		return Err(ConvertError::InvalidPoint(field));
	}
	Ok(point)
}

/// `verification_key.json` → the key bytes for `register_key`.
pub fn verifying_key(json: &str) -> Result<Vec<u8>, ConvertError> {
	let vk = parse(json)?;
	if vk.get("protocol").and_then(Value::as_str) != Some("groth16")
		|| vk.get("curve").and_then(Value::as_str) != Some("bn128")
	{
		return Err(ConvertError::NotGroth16Bn254);
	}
	let field = |name: &'static str| vk.get(name).ok_or(ConvertError::Shape(name));
	let ic = field("IC")?
		.as_array()
		.ok_or(ConvertError::Shape("IC"))?
		.iter()
		.map(|point| g1(point, "IC"))
		.collect::<Result<Vec<_>, _>>()?;
	if ic.is_empty() {
		return Err(ConvertError::Shape("IC"));
	}
	Ok(encode_key(
		&g1(field("vk_alpha_1")?, "vk_alpha_1")?,
		&g2(field("vk_beta_2")?, "vk_beta_2")?,
		&g2(field("vk_gamma_2")?, "vk_gamma_2")?,
		&g2(field("vk_delta_2")?, "vk_delta_2")?,
		&ic,
	))
}

/// `proof.json` → the 256 proof bytes.
pub fn proof(json: &str) -> Result<Vec<u8>, ConvertError> {
	let proof = parse(json)?;
	let field = |name: &'static str| proof.get(name).ok_or(ConvertError::Shape(name));
	Ok(encode_proof(
		&g1(field("pi_a")?, "pi_a")?,
		&g2(field("pi_b")?, "pi_b")?,
		&g1(field("pi_c")?, "pi_c")?,
	))
}

/// `public.json` → the public inputs, 32 bytes little-endian each.
pub fn public_inputs(json: &str) -> Result<Vec<[u8; 32]>, ConvertError> {
	parse(json)?
		.as_array()
		.ok_or(ConvertError::Shape("public inputs"))?
		.iter()
		.map(|input| fr(input, "public inputs").map(|input| encode_input(&input)))
		.collect()
}

/// Hex of bytes, for printing converted items (`0x…`, the form Polkadot.js takes).
pub fn to_hex(bytes: &[u8]) -> String {
	let mut out = String::with_capacity(2 + 2 * bytes.len());
	out.push_str("0x");
	for byte in bytes {
		out.push_str(&format!("{byte:02x}"));
	}
	out
}
