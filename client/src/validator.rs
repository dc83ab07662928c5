//! A validator operator's side of the governed validator set: make session keys on one's own
//! node, register them with `Session.set_keys`, ask the council to add or remove a validator, and
//! see where an account stands (member, active, queued for the next session, keys, bond, its
//! share of the slots).

use crate::{
	aitbc::{self, runtime_types::aitbc_runtime::SessionKeys},
	chain::{read_at as read, Chain, Proposal},
	error::{Error, Result},
};
use serde::Deserialize;
use subxt::{rpcs::rpc_params, utils::AccountId32};
use subxt_signer::sr25519::Keypair;

/// Session keys made on a node, with the proof that the node holds them for `owner`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedKeys {
	/// The SCALE-encoded `SessionKeys` (Aura's sr25519 key, then GRANDPA's ed25519 key).
	pub keys: Vec<u8>,
	/// What `Session.set_keys` checks: each key's signature over the owner's account.
	pub proof: Vec<u8>,
}

/// The two public keys of an encoded `SessionKeys`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKeys {
	pub aura: [u8; 32],
	pub grandpa: [u8; 32],
}

impl PublicKeys {
	/// The keys of an encoded `SessionKeys`: two 32-byte public keys, Aura's then GRANDPA's.
	pub fn decode(encoded: &[u8]) -> Result<Self> {
		let wrong_size = || {
			Error::Client(format!(
				"session keys of this chain are 64 bytes (Aura's key, then GRANDPA's); these are {}",
				encoded.len()
			))
		};
		if encoded.len() != 64 {
			return Err(wrong_size());
		}
		let (aura, grandpa) = encoded.split_at(32);
		Ok(Self {
			aura: aura.try_into().map_err(|_| wrong_size())?,
			grandpa: grandpa.try_into().map_err(|_| wrong_size())?,
		})
	}

	fn to_session_keys(&self) -> SessionKeys {
		SessionKeys {
			aura: aitbc::runtime_types::sp_consensus_aura::sr25519::app_sr25519::Public(self.aura),
			grandpa: aitbc::runtime_types::sp_consensus_grandpa::app::Public(self.grandpa),
		}
	}
}

/// Where an account stands in the validator set, at the best block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidatorStatus {
	pub account: AccountId32,
	/// The current session's index.
	pub session: u32,
	/// In the governed set (`ValidatorSet.Validators`): planned into sessions while it has keys
	/// and a bond.
	pub member: bool,
	/// Validating the current session (`Session.Validators`).
	pub active: bool,
	/// Queued to validate the next session (`Session.QueuedKeys`).
	pub queued: bool,
	/// The keys registered for the next sessions (`Session.NextKeys`).
	pub keys: Option<PublicKeys>,
	/// The operator bond in `Staking` (what a slash takes from).
	pub bond: Option<u128>,
	/// Reported for an offence in the current session.
	pub offender: bool,
	/// Its part in block authorship (`ComputeAuthorship`).
	pub authorship: Authorship,
}

/// How an account takes part in writing blocks: the epoch's mode, its share of the slots in
/// this epoch and the next (fixed a session ahead from its verified compute and bond), and how
/// it used its slots so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Authorship {
	/// Slots are drawn by weight (after the handover), not given in turn (Aura).
	pub weighted: bool,
	/// Its share of this epoch's slots, in parts per billion; `None` if not an authority.
	pub share: Option<u32>,
	/// Its share of the next epoch's slots, in parts per billion.
	pub next_share: Option<u32>,
	/// Blocks it sealed in its slots this epoch.
	pub produced: u32,
	/// Its slots this epoch that passed without a block.
	pub missed: u32,
	/// The session governance set for the handover from Aura, if not reached yet.
	pub handover: Option<u32>,
}

#[derive(Deserialize)]
struct GeneratedKeysJson {
	keys: String,
	proof: Option<String>,
}

fn from_hex(text: &str, what: &str) -> Result<Vec<u8>> {
	hex::decode(text.trim_start_matches("0x"))
		.map_err(|e| Error::Client(format!("{what} is not hex: {e}")))
}

impl Chain {
	/// New session keys from the node this connection talks to (`author_rotateKeysWithOwner`,
	/// an unsafe RPC method: the node must be one's own, with `--rpc-methods unsafe` or on
	/// localhost). The private keys stay in that node's keystore.
	pub async fn rotate_keys_for(&self, owner: &AccountId32) -> Result<GeneratedKeys> {
		let owner = format!("0x{}", hex::encode(owner.0));
		let generated: GeneratedKeysJson = self
			.rpc
			.request("author_rotateKeysWithOwner", rpc_params![owner])
			.await
			.map_err(Error::client)?;
		let proof = generated.proof.ok_or_else(|| {
			Error::Client("the node's runtime gave no proof of possession for the keys".into())
		})?;
		Ok(GeneratedKeys {
			keys: from_hex(&generated.keys, "the keys")?,
			proof: from_hex(&proof, "the proof")?,
		})
	}

	/// Whether the node this connection talks to holds the private keys of `keys`.
	pub async fn node_has_keys(&self, keys: &[u8]) -> Result<bool> {
		self.rpc
			.request(
				"author_hasSessionKeys",
				rpc_params![format!("0x{}", hex::encode(keys))],
			)
			.await
			.map_err(Error::client)
	}

	/// Registers `keys` for the signer's account; they take effect at the session after next.
	pub async fn set_session_keys(
		&self,
		signer: &Keypair,
		keys: &[u8],
		proof: Vec<u8>,
	) -> Result<()> {
		let keys = PublicKeys::decode(keys)?.to_session_keys();
		let call = aitbc::tx().session().set_keys(keys, proof);
		self.submit(&call, signer).await.map(drop)
	}

	/// Proposes to the council that `validator` join (`add`) or leave the set.
	pub async fn propose_validator_change(
		&self,
		signer: &Keypair,
		validator: &AccountId32,
		add: bool,
		threshold: u32,
	) -> Result<Proposal> {
		if add {
			let call = aitbc::tx().validator_set().add_validator(validator.clone());
			self.propose_to_council(signer, &call, threshold).await
		} else {
			let call = aitbc::tx()
				.validator_set()
				.remove_validator(validator.clone());
			self.propose_to_council(signer, &call, threshold).await
		}
	}

	/// `account`'s standing, all read at one (the best) block.
	pub async fn validator_status(&self, account: &AccountId32) -> Result<ValidatorStatus> {
		let at = self.at_best().await?;
		let session = read(&at, aitbc::storage().session().current_index(), ())
			.await?
			.unwrap_or_default();
		let members = read(&at, aitbc::storage().validator_set().validators(), ())
			.await?
			.map(|members| members.0)
			.unwrap_or_default();
		let active = read(&at, aitbc::storage().session().validators(), ())
			.await?
			.unwrap_or_default();
		let queued = read(&at, aitbc::storage().session().queued_keys(), ())
			.await?
			.unwrap_or_default();
		let keys = read(
			&at,
			aitbc::storage().session().next_keys(),
			(account.clone(),),
		)
		.await?;
		let bond = read(
			&at,
			aitbc::storage().staking().operators(),
			(account.clone(),),
		)
		.await?;
		let offender = read(
			&at,
			aitbc::storage().validator_set().offenders(),
			(session, account.clone()),
		)
		.await?;
		let current = read(
			&at,
			aitbc::storage().compute_authorship().current_epoch(),
			(),
		)
		.await?;
		let next = read(&at, aitbc::storage().compute_authorship().next_epoch(), ()).await?;
		let records = read(&at, aitbc::storage().compute_authorship().liveness(), ())
			.await?
			.map(|records| records.0)
			.unwrap_or_default();
		let handover = read(
			&at,
			aitbc::storage().compute_authorship().handover_session(),
			(),
		)
		.await?;
		use aitbc::runtime_types::aitbc_primitives::authorship::AuthorshipMode;
		let position = |authorities: &[aitbc::runtime_types::pallet_compute_authorship::types::EpochAuthority<AccountId32>]| {
			authorities.iter().position(|a| &a.account == account)
		};
		let weighted = current
			.as_ref()
			.is_some_and(|e| matches!(e.mode, AuthorshipMode::Weighted));
		let mine = current.as_ref().and_then(|e| position(&e.authorities.0));
		let record = mine.and_then(|i| records.get(i));
		let authorship = Authorship {
			weighted,
			share: current
				.as_ref()
				.and_then(|e| mine.and_then(|i| e.authorities.0.get(i)).map(|a| a.share.0)),
			next_share: next.as_ref().and_then(|e| {
				position(&e.authorities.0)
					.and_then(|i| e.authorities.0.get(i))
					.map(|a| a.share.0)
			}),
			produced: record.map_or(0, |r| r.produced),
			missed: record.map_or(0, |r| r.missed),
			handover: handover.filter(|h| *h > session),
		};
		Ok(ValidatorStatus {
			account: account.clone(),
			session,
			member: members.contains(account),
			active: active.contains(account),
			queued: queued.iter().any(|(who, _)| who == account),
			keys: keys.map(|k| PublicKeys {
				aura: k.aura.0,
				grandpa: k.grandpa.0,
			}),
			bond: bond.map(|ledger| ledger.bond),
			offender: offender.is_some(),
			authorship,
		})
	}
}
