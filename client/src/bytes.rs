//! 32-byte values as the client writes them to files and reads them from the prover: `0x` hex,
//! and fresh random ones for salts.

use crate::error::{Error, Result};

/// 32 random bytes from the operating system (vote and job-opening salts).
pub fn random32() -> Result<[u8; 32]> {
	let mut bytes = [0u8; 32];
	getrandom::getrandom(&mut bytes)
		.map_err(|e| Error::Client(format!("no randomness for a salt: {e}")))?;
	Ok(bytes)
}

/// Serde for `[u8; 32]` as `0x`-prefixed hex (the prefix is optional when reading).
pub mod hex32 {
	use serde::{Deserializer, Serializer};

	pub fn serialize<S: Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&format!("0x{}", hex::encode(bytes)))
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
		super::hex_vec::deserialize(d)?
			.try_into()
			.map_err(|_| serde::de::Error::custom("expected 32 bytes"))
	}
}

/// Serde (reading only) for bytes of any length as `0x`-prefixed hex.
pub mod hex_vec {
	use serde::{Deserialize, Deserializer};

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
		let text = String::deserialize(d)?;
		hex::decode(text.trim_start_matches("0x")).map_err(serde::de::Error::custom)
	}
}

/// Serde (reading only) for an optional `[u8; 32]` as `0x`-prefixed hex; absent or null is
/// `None`.
pub mod opt_hex32 {
	use serde::{Deserialize, Deserializer};

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<[u8; 32]>, D::Error> {
		let text: Option<String> = Option::deserialize(d)?;
		text.map(|text| {
			hex::decode(text.trim_start_matches("0x"))
				.map_err(serde::de::Error::custom)?
				.try_into()
				.map_err(|_| serde::de::Error::custom("expected 32 bytes"))
		})
		.transpose()
	}
}
