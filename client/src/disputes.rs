//! Disputes from every side: the parties file them and add evidence, staked arbiters commit and
//! reveal their votes, anyone moves a dispute whose deadline passed, and the council rules on
//! escalated ones (see [`crate::chain::Chain::propose_to_council`]).
//!
//! An arbiter's vote is a commitment first: `blake2_256((dispute_id, arbiter, ruling, salt))`,
//! as `pallet_disputes::commitment_of` computes it. The salt is random and must be kept until
//! the reveal, so [`VoteSecret`] is written to a file by `aitbc arbiter commit` and read back
//! by `aitbc arbiter reveal`.

use crate::{
	aitbc::{
		self,
		runtime_types::{
			bounded_collections::bounded_vec::BoundedVec,
			pallet_disputes::types::{Dispute, Ruling},
			sp_arithmetic::per_things::Perbill,
		},
	},
	chain::{first_event, Chain},
	error::{Error, Result},
};
use codec::Encode;
use serde::{Deserialize, Serialize};
use std::{fmt, path::Path, str::FromStr};
use subxt::utils::{AccountId32, H256};
use subxt_signer::sr25519::Keypair;

/// A dispute as stored on chain.
pub type DisputeRecord = Dispute<AccountId32, u128, u32>;

/// A ruling as typed on the command line: `client`, `operator` or `split:<operator percent>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum RulingArg {
	Client,
	Operator,
	/// The operator's share, in parts per billion.
	Split(u32),
}

impl FromStr for RulingArg {
	type Err = Error;
	fn from_str(text: &str) -> Result<Self> {
		match text {
			"client" => Ok(Self::Client),
			"operator" => Ok(Self::Operator),
			_ => {
				let percent = text
					.strip_prefix("split:")
					.and_then(|p| p.trim_end_matches('%').parse::<u32>().ok())
					.filter(|p| *p <= 100)
					.ok_or_else(|| {
						Error::Client(format!(
							"ruling `{text}`: expected client, operator or split:<0-100> (the operator's percent)"
						))
					})?;
				Ok(Self::Split(percent * 10_000_000))
			}
		}
	}
}

impl TryFrom<String> for RulingArg {
	type Error = Error;
	fn try_from(text: String) -> Result<Self> {
		text.parse()
	}
}

impl fmt::Display for RulingArg {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Client => f.write_str("client"),
			Self::Operator => f.write_str("operator"),
			Self::Split(parts) => write!(f, "split:{}", parts / 10_000_000),
		}
	}
}

impl From<RulingArg> for String {
	fn from(ruling: RulingArg) -> Self {
		ruling.to_string()
	}
}

impl From<RulingArg> for Ruling {
	fn from(ruling: RulingArg) -> Self {
		match ruling {
			RulingArg::Client => Ruling::Client,
			RulingArg::Operator => Ruling::Operator,
			RulingArg::Split(parts) => Ruling::Split(Perbill(parts)),
		}
	}
}

/// The commitment an arbiter submits: `blake2_256((dispute_id, arbiter, ruling, salt).encode())`.
pub fn vote_commitment(
	dispute_id: u64,
	arbiter: &AccountId32,
	ruling: RulingArg,
	salt: &[u8; 32],
) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(dispute_id, arbiter.0, ruling.scale_bytes(), salt).encode())
}

impl RulingArg {
	/// The SCALE encoding of `pallet_disputes::Ruling` (the generated type has no `Encode`):
	/// the variant index, then a `Split`'s Perbill as a little-endian u32. Written out raw so
	/// the tuple around it encodes exactly like the pallet's.
	fn scale_bytes(self) -> Raw {
		match self {
			Self::Client => Raw(vec![0]),
			Self::Operator => Raw(vec![1]),
			Self::Split(parts) => Raw([&[2u8][..], &parts.to_le_bytes()].concat()),
		}
	}
}

/// Bytes that encode as themselves (no length prefix).
struct Raw(Vec<u8>);

impl Encode for Raw {
	fn size_hint(&self) -> usize {
		self.0.len()
	}
	fn encode_to<O: codec::Output + ?Sized>(&self, dest: &mut O) {
		dest.write(&self.0)
	}
}

/// What an arbiter must keep between commit and reveal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteSecret {
	pub dispute_id: u64,
	pub arbiter: String,
	pub ruling: RulingArg,
	#[serde(with = "crate::bytes::hex32")]
	pub salt: [u8; 32],
	#[serde(with = "crate::bytes::hex32")]
	pub commitment: [u8; 32],
}

impl VoteSecret {
	/// A fresh vote with a random salt.
	pub fn new(dispute_id: u64, arbiter: &AccountId32, ruling: RulingArg) -> Result<Self> {
		let salt = crate::bytes::random32()?;
		Ok(Self {
			dispute_id,
			arbiter: arbiter.to_string(),
			ruling,
			salt,
			commitment: vote_commitment(dispute_id, arbiter, ruling, &salt),
		})
	}

	/// Writes the secret, readable by its owner only; refuses to overwrite one.
	pub fn save(&self, path: &Path) -> Result<()> {
		let json = serde_json::to_string_pretty(self).map_err(Error::client)?;
		let mut options = std::fs::OpenOptions::new();
		options.write(true).create_new(true);
		#[cfg(unix)]
		std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
		let mut file = options.open(path).map_err(|e| {
			Error::Client(format!(
				"cannot write the vote secret to {}: {e}",
				path.display()
			))
		})?;
		std::io::Write::write_all(&mut file, json.as_bytes()).map_err(Error::client)
	}

	pub fn load(path: &Path) -> Result<Self> {
		let text = std::fs::read_to_string(path).map_err(|e| {
			Error::Client(format!(
				"cannot read the vote secret {}: {e}",
				path.display()
			))
		})?;
		serde_json::from_str(&text)
			.map_err(|e| Error::Client(format!("{} is not a vote secret: {e}", path.display())))
	}
}

impl Chain {
	/// Disputes `job_id` against `respondent`; returns the dispute id.
	pub async fn file_dispute(
		&self,
		signer: &Keypair,
		job_id: u64,
		respondent: &AccountId32,
	) -> Result<u64> {
		let call = aitbc::tx()
			.disputes()
			.file_dispute(job_id, respondent.clone());
		let events = self.submit(&call, signer).await?;
		let filed: aitbc::disputes::events::DisputeFiled = first_event(&events, "DisputeFiled")?;
		Ok(filed.dispute_id)
	}

	/// Adds evidence (a hash of the material and where to find it) for the caller's side.
	pub async fn submit_evidence(
		&self,
		signer: &Keypair,
		dispute_id: u64,
		hash: [u8; 32],
		uri: &str,
	) -> Result<()> {
		let call = aitbc::tx().disputes().submit_evidence(
			dispute_id,
			H256(hash),
			BoundedVec(uri.as_bytes().to_vec()),
		);
		self.submit(&call, signer).await.map(drop)
	}

	pub async fn commit_vote(
		&self,
		signer: &Keypair,
		dispute_id: u64,
		commitment: [u8; 32],
	) -> Result<()> {
		let call = aitbc::tx()
			.disputes()
			.commit_vote(dispute_id, H256(commitment));
		self.submit(&call, signer).await.map(drop)
	}

	pub async fn reveal_vote(&self, signer: &Keypair, secret: &VoteSecret) -> Result<()> {
		let call = aitbc::tx().disputes().reveal_vote(
			secret.dispute_id,
			secret.ruling.into(),
			secret.salt,
		);
		self.submit(&call, signer).await.map(drop)
	}

	pub async fn appeal(&self, signer: &Keypair, dispute_id: u64) -> Result<()> {
		let call = aitbc::tx().disputes().appeal(dispute_id);
		self.submit(&call, signer).await.map(drop)
	}

	/// Moves a dispute whose deadline passed (anyone may).
	pub async fn advance_dispute(&self, signer: &Keypair, dispute_id: u64) -> Result<()> {
		let call = aitbc::tx().disputes().advance(dispute_id);
		self.submit(&call, signer).await.map(drop)
	}

	pub async fn join_arbiters(&self, signer: &Keypair, stake: u128) -> Result<()> {
		let call = aitbc::tx().disputes().join_arbiters(stake);
		self.submit(&call, signer).await.map(drop)
	}

	pub async fn add_arbiter_stake(&self, signer: &Keypair, amount: u128) -> Result<()> {
		let call = aitbc::tx().disputes().add_arbiter_stake(amount);
		self.submit(&call, signer).await.map(drop)
	}

	pub async fn leave_arbiters(&self, signer: &Keypair) -> Result<()> {
		let call = aitbc::tx().disputes().leave_arbiters();
		self.submit(&call, signer).await.map(drop)
	}

	/// A dispute, or `None` if there is none with this id (or it was pruned).
	pub async fn dispute(&self, dispute_id: u64) -> Result<Option<DisputeRecord>> {
		self.read(aitbc::storage().disputes().disputes(), (dispute_id,))
			.await
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn rulings_parse_and_print() {
		assert_eq!("client".parse::<RulingArg>().unwrap(), RulingArg::Client);
		assert_eq!(
			"operator".parse::<RulingArg>().unwrap(),
			RulingArg::Operator
		);
		assert_eq!(
			"split:30".parse::<RulingArg>().unwrap(),
			RulingArg::Split(300_000_000)
		);
		assert_eq!(RulingArg::Split(300_000_000).to_string(), "split:30");
		for bad in ["split:101", "split:", "both", "split:-1"] {
			assert!(bad.parse::<RulingArg>().is_err(), "{bad}");
		}
	}

	#[test]
	fn commitments_match_the_pallet() {
		use pallet_disputes::{commitment_of, Ruling as PalletRuling};
		use sp_runtime::{AccountId32 as SpAccount, Perbill as SpPerbill};
		let arbiter = AccountId32([4; 32]);
		let salt = [9u8; 32];
		for (ours, theirs) in [
			(RulingArg::Client, PalletRuling::Client),
			(RulingArg::Operator, PalletRuling::Operator),
			(
				RulingArg::Split(250_000_000),
				PalletRuling::Split(SpPerbill::from_percent(25)),
			),
		] {
			assert_eq!(
				vote_commitment(7, &arbiter, ours, &salt),
				commitment_of(7, &SpAccount::new([4; 32]), &theirs, &salt).0
			);
		}
		assert_ne!(
			vote_commitment(7, &arbiter, RulingArg::Client, &salt),
			vote_commitment(8, &arbiter, RulingArg::Client, &salt)
		);
	}

	#[test]
	fn vote_secrets_round_trip_and_are_not_overwritten() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("vote.json");
		let arbiter = AccountId32([1; 32]);
		let secret = VoteSecret::new(3, &arbiter, RulingArg::Split(500_000_000)).unwrap();
		assert_eq!(
			secret.commitment,
			vote_commitment(3, &arbiter, secret.ruling, &secret.salt)
		);
		secret.save(&path).unwrap();
		assert_eq!(VoteSecret::load(&path).unwrap(), secret);
		let again = VoteSecret::new(3, &arbiter, RulingArg::Client).unwrap();
		assert_ne!(again.salt, secret.salt, "salts are random");
		assert!(again.save(&path).is_err(), "an existing secret is kept");
		assert_eq!(VoteSecret::load(&path).unwrap(), secret);
	}
}
