//! Private (zero-knowledge) receipts at the `Basic` level: the chain never sees what a job
//! computed, only that the output hash comes from the model and input the client committed to.
//!
//! - The client picks a model hash, an input hash and a random salt for a job (its
//!   [`Opening`]), puts `Poseidon(job_id, model, input, salt)` on chain with
//!   `Receipts.commit_job`, and hands the opening to the job's operator off-chain.
//! - The operator runs the job, and a [`Prover`] (an external program speaking the JSON
//!   protocol of `zk/scripts/private-receipt.mjs`) proves the receipt with the circuit
//!   `zk/circuits/receipt_basic.circom`: it returns the output hash, the nullifier and the
//!   Groth16 proof, which go into `Receipts.submit_receipt` as `PrivacyLevel::Basic`.
//!
//! Poseidon and the prover live in that program (snarkjs), so this crate carries no circuit
//! code: the proving key must be the one whose verifying key governance approved.

use crate::{
	aitbc::{
		self,
		runtime_types::{
			bounded_collections::bounded_vec::BoundedVec,
			pallet_receipts::types::{PrivacyKind, PrivacyLevel, PrivateProof},
		},
	},
	chain::{first_event, CalledJob, Chain, ClaimedReceipt},
	error::{Error, Result},
	receipt::ChainReceipt,
};
use serde::{Deserialize, Serialize};
use std::{
	io::Write,
	path::{Path, PathBuf},
	process::{Command, Stdio},
};
use subxt::utils::H256;
use subxt_signer::sr25519::Keypair;

/// What a client tells its operator about a private job, and nobody else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opening {
	pub job_id: u64,
	#[serde(with = "crate::bytes::hex32")]
	pub model_hash: [u8; 32],
	#[serde(with = "crate::bytes::hex32")]
	pub input_hash: [u8; 32],
	#[serde(with = "crate::bytes::hex32")]
	pub salt: [u8; 32],
}

impl Opening {
	/// An opening for `job_id` with a fresh random salt.
	pub fn new(job_id: u64, model_hash: [u8; 32], input_hash: [u8; 32]) -> Result<Self> {
		Ok(Self {
			salt: crate::bytes::random32()?,
			job_id,
			model_hash,
			input_hash,
		})
	}

	/// Where an operator keeps the opening of `job_id` in `dir`.
	pub fn path_in(dir: &Path, job_id: u64) -> PathBuf {
		dir.join(format!("{job_id}.json"))
	}

	/// The opening of `job_id` in `dir`, if the client handed one over.
	pub fn find(dir: &Path, job_id: u64) -> Result<Option<Self>> {
		let path = Self::path_in(dir, job_id);
		let text = match std::fs::read_to_string(&path) {
			Ok(text) => text,
			Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
			Err(e) => return Err(Error::Client(format!("{}: {e}", path.display()))),
		};
		let opening: Self = serde_json::from_str(&text)
			.map_err(|e| Error::Client(format!("{} is not an opening: {e}", path.display())))?;
		if opening.job_id != job_id {
			return Err(Error::Client(format!(
				"{} opens job {}, not {job_id}",
				path.display(),
				opening.job_id
			)));
		}
		Ok(Some(opening))
	}

	pub fn save(&self, path: &Path) -> Result<()> {
		let json = serde_json::to_string_pretty(self).map_err(Error::client)?;
		std::fs::write(path, json)
			.map_err(|e| Error::Client(format!("cannot write {}: {e}", path.display())))
	}
}

/// What the prover returns for a basic receipt.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct BasicProof {
	#[serde(with = "crate::bytes::hex32")]
	pub output_hash: [u8; 32],
	#[serde(with = "crate::bytes::hex32")]
	pub nullifier: [u8; 32],
	#[serde(with = "crate::bytes::hex32")]
	pub commitment: [u8; 32],
	#[serde(with = "crate::bytes::hex_vec")]
	pub proof: Vec<u8>,
}

#[derive(Deserialize)]
struct Commitment {
	#[serde(with = "crate::bytes::hex32")]
	commitment: [u8; 32],
}

/// An external prover: a program (with leading arguments) that reads one JSON request on
/// standard input and writes one JSON answer on standard output (`commit`, `prove-basic`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prover {
	program: Vec<String>,
}

impl Prover {
	/// A prover from a command line such as `node zk/scripts/private-receipt.mjs`.
	pub fn from_command(command: &str) -> Result<Self> {
		let program: Vec<String> = command.split_whitespace().map(str::to_string).collect();
		if program.is_empty() {
			return Err(Error::Client("the prover command is empty".into()));
		}
		Ok(Self { program })
	}

	fn call<T: for<'de> Deserialize<'de>>(
		&self,
		verb: &str,
		request: serde_json::Value,
	) -> Result<T> {
		let (program, leading) = self
			.program
			.split_first()
			.ok_or_else(|| Error::Client("the prover command is empty".into()))?;
		let mut child = Command::new(program)
			.args(leading)
			.arg(verb)
			.stdin(Stdio::piped())
			.stdout(Stdio::piped())
			.stderr(Stdio::piped())
			.spawn()
			.map_err(|e| Error::Client(format!("cannot start the prover `{program}`: {e}")))?;
		if let Some(mut stdin) = child.stdin.take() {
			// A prover that fails before reading its request closes the pipe; its exit status
			// and standard error below say why, better than the broken pipe would.
			let _ = stdin.write_all(request.to_string().as_bytes());
		}
		let output = child
			.wait_with_output()
			.map_err(|e| Error::Client(format!("prover: {e}")))?;
		if !output.status.success() {
			return Err(Error::Client(format!(
				"the prover failed ({}): {}",
				output.status,
				String::from_utf8_lossy(&output.stderr).trim()
			)));
		}
		serde_json::from_slice(&output.stdout).map_err(|e| {
			Error::Client(format!(
				"the prover's answer to `{verb}` is not what this client expects: {e}"
			))
		})
	}

	/// `Poseidon(job_id, model, input, salt)`, the commitment the client puts on chain.
	pub fn commitment(&self, opening: &Opening) -> Result<[u8; 32]> {
		let answer: Commitment = self.call("commit", opening_json(opening))?;
		Ok(answer.commitment)
	}

	/// Proves that `result` (the executor's output) was computed for the committed job and
	/// that `units` were billed.
	pub fn prove_basic(
		&self,
		opening: &Opening,
		result: [u8; 32],
		units: u64,
	) -> Result<BasicProof> {
		let mut request = opening_json(opening);
		request["result"] = serde_json::Value::String(format!("0x{}", hex::encode(result)));
		request["units"] = serde_json::Value::from(units);
		let proof: BasicProof = self.call("prove-basic", request)?;
		if proof.proof.len() != 256 {
			return Err(Error::Client(format!(
				"the prover returned {} proof bytes, not 256",
				proof.proof.len()
			)));
		}
		Ok(proof)
	}
}

fn opening_json(opening: &Opening) -> serde_json::Value {
	serde_json::json!({
		"job_id": opening.job_id,
		"model_hash": format!("0x{}", hex::encode(opening.model_hash)),
		"input_hash": format!("0x{}", hex::encode(opening.input_hash)),
		"salt": format!("0x{}", hex::encode(opening.salt)),
	})
}

impl Chain {
	/// The verifying key governance approved for basic private receipts, if any.
	pub async fn basic_privacy_key(&self) -> Result<Option<[u8; 32]>> {
		self.read(
			aitbc::storage().receipts().privacy_keys(),
			(PrivacyKind::Basic,),
		)
		.await
	}

	/// The commitment the client put on chain for `job_id`, if any.
	pub async fn job_commitment(&self, job_id: u64) -> Result<Option<[u8; 32]>> {
		self.read(aitbc::storage().receipts().job_commitments(), (job_id,))
			.await
	}

	/// Calls a job and commits to its opening in one atomic batch, so no operator can see the
	/// job before its commitment. The job id is predicted from `Services.NextJobId`; if another
	/// call took it first the batch fails as a whole and this tries again with the next id.
	pub async fn call_private_job(
		&self,
		signer: &Keypair,
		prover: &Prover,
		service_id: u64,
		job_index: u32,
		model_hash: [u8; 32],
		input_hash: [u8; 32],
		max_units: u64,
		price_cap: u128,
	) -> Result<(CalledJob, Opening)> {
		use aitbc::runtime_types::{
			aitbc_runtime::RuntimeCall, pallet_receipts::pallet::Call as ReceiptsCall,
			pallet_services::pallet::Call as ServicesCall,
		};
		let mut last_error = None;
		for _ in 0..3 {
			let at = self.at_best().await?;
			let job_id = at
				.storage()
				.entry(aitbc::storage().services().next_job_id())
				.map_err(Error::client)?
				.fetch(())
				.await
				.map_err(Error::client)?
				.decode()
				.map_err(Error::client)?;
			let opening = Opening::new(job_id, model_hash, input_hash)?;
			let commitment = prover.commitment(&opening)?;
			let calls = vec![
				RuntimeCall::Services(ServicesCall::call_job {
					service_id,
					job_index,
					input_hash: H256(input_hash),
					max_units,
					price_cap,
				}),
				RuntimeCall::Receipts(ReceiptsCall::commit_job { job_id, commitment }),
			];
			match self
				.submit(&aitbc::tx().utility().batch_all(calls), signer)
				.await
			{
				Ok(events) => {
					let called: aitbc::services::events::JobCalled =
						first_event(&events, "Services.JobCalled")?;
					return Ok((
						CalledJob {
							job_id: called.job_id,
							service_id: called.service_id,
							max_units: called.max_units,
							price: called.price,
						},
						opening,
					));
				}
				Err(e) if e.is_module("Receipts", "NotJobClient") => last_error = Some(e),
				Err(e) => return Err(e),
			}
		}
		Err(last_error.unwrap_or_else(|| Error::Client("no job id could be reserved".into())))
	}

	/// Claims payment with a receipt proven at the basic level.
	pub async fn submit_basic_receipt(
		&self,
		signer: &Keypair,
		receipt: ChainReceipt,
		key: [u8; 32],
		proof: &BasicProof,
	) -> Result<ClaimedReceipt> {
		let privacy = PrivacyLevel::Basic(PrivateProof {
			key,
			proof: BoundedVec(proof.proof.clone()),
			nullifier: proof.nullifier,
		});
		self.submit_receipt_at(signer, receipt, privacy).await
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn openings_round_trip_and_are_found_by_job() {
		let dir = tempfile::tempdir().unwrap();
		let opening = Opening::new(12, [1; 32], [2; 32]).unwrap();
		opening.save(&Opening::path_in(dir.path(), 12)).unwrap();
		assert_eq!(
			Opening::find(dir.path(), 12).unwrap(),
			Some(opening.clone())
		);
		assert_eq!(
			Opening::find(dir.path(), 13).unwrap(),
			None,
			"no file, no opening"
		);
		// A file under the wrong job's name is refused rather than proven for the wrong job.
		std::fs::copy(
			Opening::path_in(dir.path(), 12),
			Opening::path_in(dir.path(), 14),
		)
		.unwrap();
		assert!(Opening::find(dir.path(), 14).is_err());
		assert_ne!(
			Opening::new(12, [1; 32], [2; 32]).unwrap().salt,
			opening.salt
		);
	}

	#[test]
	fn a_failing_or_missing_prover_is_reported() {
		let opening = Opening::new(1, [1; 32], [2; 32]).unwrap();
		let missing = Prover::from_command("/nonexistent/prover").unwrap();
		assert!(missing
			.commitment(&opening)
			.unwrap_err()
			.to_string()
			.contains("cannot start the prover"));
		let dir = tempfile::tempdir().unwrap();
		let script = dir.path().join("failing.sh");
		std::fs::write(&script, "#!/bin/sh\necho no proving key >&2\nexit 1\n").unwrap();
		let failing = Prover::from_command(&format!("sh {}", script.display())).unwrap();
		let e = failing.commitment(&opening).unwrap_err().to_string();
		assert!(e.contains("no proving key"), "{e}");
		assert!(Prover::from_command("  ").is_err());
	}

	#[test]
	fn a_prover_answer_is_parsed_and_checked() {
		let dir = tempfile::tempdir().unwrap();
		let script = dir.path().join("prover.sh");
		let proof = "ab".repeat(256);
		std::fs::write(
			&script,
			format!(
				"#!/bin/sh\ncat >/dev/null\ncase $1 in\n commit) echo '{{\"commitment\":\"0x{c}\"}}' ;;\n prove-basic) echo '{{\"output_hash\":\"0x{o}\",\"nullifier\":\"0x{n}\",\"commitment\":\"0x{c}\",\"proof\":\"0x{proof}\",\"public_inputs\":[]}}' ;;\nesac\n",
				c = "11".repeat(32),
				o = "22".repeat(32),
				n = "33".repeat(32),
			),
		)
		.unwrap();
		let prover = Prover::from_command(&format!("sh {}", script.display())).unwrap();
		let opening = Opening::new(1, [1; 32], [2; 32]).unwrap();
		assert_eq!(prover.commitment(&opening).unwrap(), [0x11; 32]);
		let proven = prover.prove_basic(&opening, [9; 32], 5).unwrap();
		assert_eq!(proven.output_hash, [0x22; 32]);
		assert_eq!(proven.nullifier, [0x33; 32]);
		assert_eq!(proven.proof.len(), 256);
	}
}
