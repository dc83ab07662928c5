//! Private (zero-knowledge) receipts: the chain never sees what a job computed, and at the
//! `Enhanced` level not the units nor the unit price either (see `PrivacyLevel` in
//! pallet-receipts for exactly what each level hides).
//!
//! - The client picks a model hash, an input hash and a random salt for a job (its
//!   [`Opening`], with a unit price for an enhanced job), calls the job with
//!   `Poseidon(job_id, model, input, salt)` as its input hash (so nothing else about the input
//!   is published) and puts the same commitment on chain with `Receipts.commit_job` (with
//!   `Poseidon(job_id, unit_price, salt)` for an enhanced job), in one batch, then hands the
//!   opening to the job's operator off-chain.
//! - The operator runs the job, and a [`Prover`] (an external program speaking the JSON
//!   protocol of `zk/scripts/private-receipt.mjs`) proves the receipt with the circuits of
//!   `zk/circuits`: it returns the salted output hash, the Groth16 proof and, for an enhanced
//!   receipt, the price (units × unit price), which go into `Receipts.submit_receipt`.
//!
//! Poseidon and the prover live in that program (snarkjs), so this crate carries no circuit
//! code: the proving keys must be the ones whose verifying keys governance approved.

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
	/// For an enhanced job: the price per unit (plancks) the client committed to; the operator
	/// is paid its hidden units at this rate.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub unit_price: Option<u128>,
}

impl Opening {
	/// An opening for `job_id` with a fresh random salt; with a unit price, for an enhanced
	/// receipt.
	pub fn new(
		job_id: u64,
		model_hash: [u8; 32],
		input_hash: [u8; 32],
		unit_price: Option<u128>,
	) -> Result<Self> {
		Ok(Self {
			salt: crate::bytes::random32()?,
			job_id,
			model_hash,
			input_hash,
			unit_price,
		})
	}

	/// The privacy level the opening's job settles at.
	pub fn kind(&self) -> PrivacyKind {
		match self.unit_price {
			Some(_) => PrivacyKind::Enhanced,
			None => PrivacyKind::Basic,
		}
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

/// What the prover returns for a private receipt.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ReceiptProof {
	/// `Poseidon(job_id, model, input, result, salt)`: the job's result on chain.
	#[serde(with = "crate::bytes::hex32")]
	pub output_hash: [u8; 32],
	#[serde(with = "crate::bytes::hex32")]
	pub commitment: [u8; 32],
	/// Enhanced only: the client's rate commitment the proof is for.
	#[serde(default, with = "crate::bytes::opt_hex32")]
	pub rate_commitment: Option<[u8; 32]>,
	/// Enhanced only: the price proven (units × unit price), a decimal string.
	#[serde(default, deserialize_with = "decimal_u128")]
	pub price: Option<u128>,
	#[serde(with = "crate::bytes::hex_vec")]
	pub proof: Vec<u8>,
}

fn decimal_u128<'de, D: serde::Deserializer<'de>>(
	deserializer: D,
) -> std::result::Result<Option<u128>, D::Error> {
	let text: Option<String> = Option::deserialize(deserializer)?;
	text.map(|text| text.parse().map_err(serde::de::Error::custom))
		.transpose()
}

/// The commitments a client puts on chain for a private job.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Commitments {
	#[serde(with = "crate::bytes::hex32")]
	pub commitment: [u8; 32],
	#[serde(default, with = "crate::bytes::opt_hex32")]
	pub rate_commitment: Option<[u8; 32]>,
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

	/// `Poseidon(job_id, model, input, salt)`, the commitment the client puts on chain, and
	/// for an enhanced opening `Poseidon(job_id, unit_price, salt)`.
	pub fn commitments(&self, opening: &Opening) -> Result<Commitments> {
		let answer: Commitments = self.call("commit", opening_json(opening))?;
		if opening.unit_price.is_some() != answer.rate_commitment.is_some() {
			return Err(Error::Client(
				"the prover's rate commitment does not match the opening".into(),
			));
		}
		Ok(answer)
	}

	/// Proves that `result` (the executor's output) was computed for the committed job: at
	/// the basic level with `units` public, at the enhanced level (an opening with a unit
	/// price) with `units` hidden and at most `max_units`, returning the price they cost.
	pub fn prove(
		&self,
		opening: &Opening,
		result: [u8; 32],
		units: u64,
		max_units: u64,
	) -> Result<ReceiptProof> {
		let mut request = opening_json(opening);
		request["result"] = serde_json::Value::String(format!("0x{}", hex::encode(result)));
		request["units"] = serde_json::Value::from(units);
		let verb = match opening.kind() {
			PrivacyKind::Basic => "prove-basic",
			PrivacyKind::Enhanced => {
				request["max_units"] = serde_json::Value::from(max_units);
				"prove-enhanced"
			}
		};
		let proof: ReceiptProof = self.call(verb, request)?;
		if proof.proof.len() != 256 {
			return Err(Error::Client(format!(
				"the prover returned {} proof bytes, not 256",
				proof.proof.len()
			)));
		}
		if opening.unit_price.is_some() && proof.price.is_none() {
			return Err(Error::Client(
				"the prover proved no price for an enhanced receipt".into(),
			));
		}
		Ok(proof)
	}
}

fn opening_json(opening: &Opening) -> serde_json::Value {
	let mut json = serde_json::json!({
		"job_id": opening.job_id,
		"model_hash": format!("0x{}", hex::encode(opening.model_hash)),
		"input_hash": format!("0x{}", hex::encode(opening.input_hash)),
		"salt": format!("0x{}", hex::encode(opening.salt)),
	});
	if let Some(unit_price) = opening.unit_price {
		// A decimal string: JSON numbers lose precision above 2^53 in JavaScript.
		json["unit_price"] = serde_json::Value::String(unit_price.to_string());
	}
	json
}

impl Chain {
	/// The verifying key governance approved for a private level, if any.
	pub async fn privacy_key(&self, kind: PrivacyKind) -> Result<Option<[u8; 32]>> {
		self.read(aitbc::storage().receipts().privacy_keys(), (kind,))
			.await
	}

	/// The commitments the client put on chain for `job_id` (job, rate), if any.
	pub async fn job_commitment(&self, job_id: u64) -> Result<Option<Commitments>> {
		let stored = self
			.read(aitbc::storage().receipts().job_commitments(), (job_id,))
			.await?;
		Ok(stored.map(|stored| Commitments {
			commitment: stored.job,
			rate_commitment: stored.rate,
		}))
	}

	/// Calls a job with its commitment as the input hash and commits to its opening in one
	/// atomic batch, so no operator can see the job before its commitment and nothing else
	/// about the input is published. With `unit_price` the job settles at the enhanced level.
	/// The job id is predicted from `Services.NextJobId`; if another call took it first the
	/// batch fails as a whole and this tries again with the next id.
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
		unit_price: Option<u128>,
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
			let opening = Opening::new(job_id, model_hash, input_hash, unit_price)?;
			let commitments = prover.commitments(&opening)?;
			let calls = vec![
				RuntimeCall::Services(ServicesCall::call_job {
					service_id,
					job_index,
					input_hash: H256(commitments.commitment),
					max_units,
					price_cap,
				}),
				RuntimeCall::Receipts(ReceiptsCall::commit_job {
					job_id,
					commitment: commitments.commitment,
					rate_commitment: commitments.rate_commitment,
				}),
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

	/// Claims payment with a receipt proven at a private level.
	pub async fn submit_private_receipt(
		&self,
		signer: &Keypair,
		receipt: ChainReceipt,
		kind: PrivacyKind,
		key: [u8; 32],
		proof: &ReceiptProof,
	) -> Result<ClaimedReceipt> {
		let proof = PrivateProof {
			key,
			proof: BoundedVec(proof.proof.clone()),
		};
		let privacy = match kind {
			PrivacyKind::Basic => PrivacyLevel::Basic(proof),
			PrivacyKind::Enhanced => PrivacyLevel::Enhanced(proof),
		};
		self.submit_receipt_at(signer, receipt, privacy).await
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn openings_round_trip_and_are_found_by_job() {
		let dir = tempfile::tempdir().unwrap();
		let opening = Opening::new(12, [1; 32], [2; 32], None).unwrap();
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
			Opening::new(12, [1; 32], [2; 32], None).unwrap().salt,
			opening.salt
		);
		// An enhanced opening keeps its unit price, exactly (above 2^53 too).
		let enhanced = Opening::new(13, [1; 32], [2; 32], Some(u128::from(u64::MAX) + 7)).unwrap();
		enhanced.save(&Opening::path_in(dir.path(), 13)).unwrap();
		assert_eq!(Opening::find(dir.path(), 13).unwrap(), Some(enhanced));
	}

	#[test]
	fn a_failing_or_missing_prover_is_reported() {
		let opening = Opening::new(1, [1; 32], [2; 32], None).unwrap();
		let missing = Prover::from_command("/nonexistent/prover").unwrap();
		assert!(missing
			.commitments(&opening)
			.unwrap_err()
			.to_string()
			.contains("cannot start the prover"));
		let dir = tempfile::tempdir().unwrap();
		let script = dir.path().join("failing.sh");
		std::fs::write(&script, "#!/bin/sh\necho no proving key >&2\nexit 1\n").unwrap();
		let failing = Prover::from_command(&format!("sh {}", script.display())).unwrap();
		let e = failing.commitments(&opening).unwrap_err().to_string();
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
				"#!/bin/sh\ncat >/dev/null\ncase $1 in\n commit) echo '{{\"commitment\":\"0x{c}\"}}' ;;\n prove-basic) echo '{{\"output_hash\":\"0x{o}\",\"commitment\":\"0x{c}\",\"proof\":\"0x{proof}\",\"public_inputs\":[]}}' ;;\n prove-enhanced) echo '{{\"output_hash\":\"0x{o}\",\"commitment\":\"0x{c}\",\"rate_commitment\":\"0x{r}\",\"price\":\"340282366920938463463374607431768211455\",\"proof\":\"0x{proof}\",\"public_inputs\":[]}}' ;;\nesac\n",
				c = "11".repeat(32),
				o = "22".repeat(32),
				r = "33".repeat(32),
			),
		)
		.unwrap();
		let prover = Prover::from_command(&format!("sh {}", script.display())).unwrap();
		let opening = Opening::new(1, [1; 32], [2; 32], None).unwrap();
		assert_eq!(
			prover.commitments(&opening).unwrap(),
			Commitments {
				commitment: [0x11; 32],
				rate_commitment: None
			}
		);
		let proven = prover.prove(&opening, [9; 32], 5, 10).unwrap();
		assert_eq!(proven.output_hash, [0x22; 32]);
		assert_eq!(proven.proof.len(), 256);
		assert_eq!(proven.price, None);
		// An enhanced opening: the prover's price comes back exactly, even at u128::MAX.
		let enhanced = Opening::new(1, [1; 32], [2; 32], Some(3)).unwrap();
		let proven = prover.prove(&enhanced, [9; 32], 5, 10).unwrap();
		assert_eq!(proven.price, Some(u128::MAX));
		assert_eq!(proven.rate_commitment, Some([0x33; 32]));
		// A prover that gives no rate commitment for an enhanced opening is refused.
		assert!(prover.commitments(&enhanced).is_err());
	}
}
