//! `aitbc-node zk convert`: turns snarkjs's `verification_key.json`, `proof.json` and
//! `public.json` into the arkworks uncompressed little-endian bytes that `ZkVerifier` takes, as
//! hex, ready for Polkadot.js Apps or the `aitbc` client.
//!
//! Coordinate order: every coordinate is 32 bytes little-endian; a G1 point is `x ‖ y`; a G2
//! point is `x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1`, the order of snarkjs's JSON (Solidity verifiers use
//! `c1, c0`); a proof is `A ‖ B ‖ C` (256 bytes); a key is `alpha ‖ beta ‖ gamma ‖ delta ‖` the
//! count of IC points and the IC points; a public input is its field element's 32 bytes.

use std::{fs, path::PathBuf};

use pallet_zk_verifier::snarkjs;

/// Convert snarkjs JSON files to the bytes `ZkVerifier` takes.
#[derive(Debug, clap::Parser)]
pub struct ConvertCmd {
	/// snarkjs `verification_key.json` (Groth16, bn128).
	#[arg(long)]
	pub vk: Option<PathBuf>,
	/// snarkjs `proof.json`.
	#[arg(long)]
	pub proof: Option<PathBuf>,
	/// snarkjs `public.json`.
	#[arg(long)]
	pub public: Option<PathBuf>,
}

/// Groth16 tooling.
#[derive(Debug, clap::Subcommand)]
pub enum ZkCmd {
	/// Convert snarkjs JSON to arkworks bytes; prints a JSON object of hex strings
	/// (`verifyingKey`, `keyId` (its blake2-256, the id `ZkVerifier` stores it under), `proof`,
	/// `publicInputs`).
	Convert(ConvertCmd),
}

impl ZkCmd {
	pub fn run(&self) -> sc_cli::Result<()> {
		let ZkCmd::Convert(cmd) = self;
		if cmd.vk.is_none() && cmd.proof.is_none() && cmd.public.is_none() {
			return Err("give at least one of --vk, --proof, --public".into());
		}
		let read = |path: &PathBuf| {
			fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
		};
		let convert_error = |what: &str, e: snarkjs::ConvertError| format!("{what}: {e}");
		let mut out = serde_json::Map::new();
		if let Some(path) = &cmd.vk {
			let key = snarkjs::verifying_key(&read(path)?).map_err(|e| convert_error("vk", e))?;
			out.insert("verifyingKey".into(), snarkjs::to_hex(&key).into());
			let id = <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(&key).0;
			out.insert("keyId".into(), snarkjs::to_hex(&id).into());
		}
		if let Some(path) = &cmd.proof {
			let proof = snarkjs::proof(&read(path)?).map_err(|e| convert_error("proof", e))?;
			out.insert("proof".into(), snarkjs::to_hex(&proof).into());
		}
		if let Some(path) = &cmd.public {
			let inputs =
				snarkjs::public_inputs(&read(path)?).map_err(|e| convert_error("public", e))?;
			let hex: Vec<serde_json::Value> = inputs
				.iter()
				.map(|input| snarkjs::to_hex(input).into())
				.collect();
			out.insert("publicInputs".into(), hex.into());
		}
		println!("{}", serde_json::Value::Object(out));
		Ok(())
	}
}
