//! Keys: secret URIs (`//Alice`, a mnemonic with derivation paths) or key files holding one.

use crate::error::{Error, Result};
use std::{io::Read, path::Path, str::FromStr};
use subxt::utils::AccountId32;
use subxt_signer::{bip39::Mnemonic, sr25519::Keypair, SecretUri};

/// The sr25519 key pair behind `suri`: a secret URI, or the path of a file whose first line is
/// one (as written by `aitbc keys generate --out`).
pub fn keypair_from_suri_or_file(suri: &str) -> Result<Keypair> {
	let path = Path::new(suri);
	let uri = if !suri.starts_with("//") && path.is_file() {
		let text = std::fs::read_to_string(path)
			.map_err(|e| Error::Client(format!("cannot read key file {suri}: {e}")))?;
		key_file_suri(&text)?
	} else {
		suri.to_string()
	};
	keypair_from_suri(&uri)
}

/// The secret URI in a key file: either the file is JSON `{"suri": "..."}` or its first
/// non-empty line is the URI.
fn key_file_suri(text: &str) -> Result<String> {
	if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
		if let Some(suri) = json.get("suri").and_then(|s| s.as_str()) {
			return Ok(suri.to_string());
		}
	}
	text.lines()
		.map(str::trim)
		.find(|line| !line.is_empty())
		.map(str::to_string)
		.ok_or_else(|| Error::Client("key file is empty".into()))
}

/// The sr25519 key pair behind a secret URI.
pub fn keypair_from_suri(suri: &str) -> Result<Keypair> {
	let uri =
		SecretUri::from_str(suri).map_err(|e| Error::Client(format!("bad secret URI: {e}")))?;
	Keypair::from_uri(&uri).map_err(|e| Error::Client(format!("bad secret URI: {e}")))
}

/// The account (SS58 address) of a key pair.
pub fn account_of(pair: &Keypair) -> AccountId32 {
	pair.public_key().to_account_id()
}

/// A freshly generated 12-word mnemonic, from the operating system's randomness.
pub fn generate_mnemonic() -> Result<Mnemonic> {
	let mut entropy = [0u8; 16];
	std::fs::File::open("/dev/urandom")
		.and_then(|mut f| f.read_exact(&mut entropy))
		.map_err(|e| Error::Client(format!("no randomness: {e}")))?;
	Mnemonic::from_entropy(&entropy).map_err(|e| Error::Client(e.to_string()))
}

/// An account id from an SS58 address, a 0x-prefixed public key, or a dev name (`alice`).
pub fn parse_account(text: &str) -> Result<AccountId32> {
	if let Some(hex_key) = text.strip_prefix("0x") {
		let bytes =
			hex::decode(hex_key).map_err(|e| Error::Client(format!("bad public key: {e}")))?;
		let raw: [u8; 32] = bytes
			.try_into()
			.map_err(|_| Error::Client("a public key has 32 bytes".into()))?;
		return Ok(AccountId32(raw));
	}
	if let Ok(account) = AccountId32::from_str(text) {
		return Ok(account);
	}
	const DEV_NAMES: [&str; 6] = ["alice", "bob", "charlie", "dave", "eve", "ferdie"];
	let name = text.trim_start_matches("//").to_lowercase();
	if !DEV_NAMES.contains(&name.as_str()) {
		return Err(Error::Client(format!("not an account: {text}")));
	}
	keypair_from_suri(&format!("//{}", capitalise(&name)))
		.map(|pair| account_of(&pair))
		.map_err(|_| Error::Client(format!("not an account: {text}")))
}

fn capitalise(name: &str) -> String {
	let mut chars = name.chars();
	match chars.next() {
		Some(first) => first.to_uppercase().chain(chars).collect(),
		None => String::new(),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn dev_names_and_addresses_parse_to_the_same_account() {
		let alice = account_of(&keypair_from_suri("//Alice").unwrap());
		assert_eq!(parse_account("alice").unwrap(), alice);
		assert_eq!(parse_account(&alice.to_string()).unwrap(), alice);
		assert_eq!(
			parse_account(&format!("0x{}", hex::encode(alice.0))).unwrap(),
			alice
		);
		assert!(parse_account("not-an-account!").is_err());
	}

	#[test]
	fn key_files_hold_a_uri_or_json() {
		let dir = tempfile::tempdir().unwrap();
		let plain = dir.path().join("plain.key");
		std::fs::write(&plain, "//Bob\n").unwrap();
		let json = dir.path().join("key.json");
		std::fs::write(&json, r#"{"suri": "//Bob"}"#).unwrap();
		let bob = account_of(&keypair_from_suri("//Bob").unwrap());
		for path in [plain, json] {
			let pair = keypair_from_suri_or_file(path.to_str().unwrap()).unwrap();
			assert_eq!(account_of(&pair), bob);
		}
	}

	#[test]
	fn generated_mnemonics_differ_and_make_keys() {
		let a = generate_mnemonic().unwrap();
		let b = generate_mnemonic().unwrap();
		assert_ne!(a.to_string(), b.to_string());
		assert_eq!(a.word_count(), 12);
		assert!(keypair_from_suri(&a.to_string()).is_ok());
	}
}
