//! Cross-chain settlement: what a settled job tells another chain, and how that chain can check
//! it.
//!
//! - [`SettlementMessage`]: one message, with an EVM-readable encoding
//!   ([`SettlementMessage::abi_encode`], the layout of Solidity's `abi.encode`) and its hash
//!   ([`SettlementMessage::hash`], keccak-256 of that encoding), which is what attesters sign and
//!   what a block commits to.
//! - [`commitment_root`] and [`commitment_proof`]: every block commits to the hashes of the
//!   messages it sent with one keccak binary Merkle root (polkadot-sdk's `binary-merkle-tree`, the
//!   tree BEEFY's MMR leaves use, which EVM contracts already verify), carried in the header
//!   digest as a [`SettlementCommitment`] under [`ENGINE_ID`]; [`verify_commitment_proof`]
//!   checks one message against it.
//! - [`BridgeAdapter`]: how a message that arrives from another chain is proven to have been
//!   sent there. `pallet-settlement` has two kinds ([`Adapter`]): a light client of the other
//!   chain's finality (GRANDPA) and an attested adapter, an M-of-N committee of secp256k1 keys
//!   ([`eth_address`], [`AttestationSignature`]).
//! - [`SettledJob`] and [`OnJobSettled`]: the hook through which the receipts pallet tells the
//!   settlement pallet that a job settled and what was paid.

use crate::{JobId, PaymentAsset, ReceiptId, ServiceId};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};
use sp_runtime::{traits::Keccak256, ConsensusEngineId};

/// Identifies a chain that settlement messages go to or come from. Each chain knows its own
/// (a genesis setting), so a message meant for another chain is refused.
pub type ChainId = u32;

/// The engine id of the header digest item that carries a block's [`SettlementCommitment`].
pub const ENGINE_ID: ConsensusEngineId = *b"aits";

/// The first word of every message's encoding: its domain, so that a signature over a message
/// hash can never be taken for a signature over anything else.
pub fn message_domain() -> H256 {
	H256(sp_crypto_hashing::keccak_256(
		b"AITBC/settlement-message/v1",
	))
}

/// How a message is carried and proven.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Adapter {
	/// A light client of the other chain's GRANDPA finality (`pallet-bridge-grandpa`): a message
	/// is proven by a storage proof of the sender's outbound record under the state root of a
	/// header the light client imported with a justification. Nothing but the other chain's
	/// validators is trusted. (EVM chains check the keccak root of the header digest instead.)
	#[codec(index = 0)]
	Grandpa,
	/// An M-of-N committee of secp256k1 keys, set by governance per chain, signs each message
	/// hash (as EVM chains' message networks' guardian and oracle sets do).
	#[codec(index = 1)]
	Attested,
}

/// What a message says.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum MessageKind {
	/// A job was delivered and paid on the source chain.
	#[codec(index = 1)]
	JobSettled,
	/// The target chain received message `job_id` (its nonce) with hash `receipt_id`; the source
	/// marks it delivered and pays the relayer.
	#[codec(index = 2)]
	Acknowledgement,
}

impl MessageKind {
	fn word(self) -> u8 {
		match self {
			Self::JobSettled => 1,
			Self::Acknowledgement => 2,
		}
	}
}

/// One settlement message from chain `source` to chain `target`, the `nonce`th on that route.
///
/// Its encoding ([`Self::abi_encode`]) is fourteen 32-byte words, as Solidity's
/// `abi.encode(bytes32 domain, uint8 kind, uint32 source, uint32 target, uint64 nonce,
/// uint64 jobId, bytes32 receiptId, bytes32 outputHash, uint64 units, uint128 amount,
/// bytes32 token, bytes32 client, bytes32 operator, bytes32 beneficiary)` lays them out, so an
/// EVM contract decodes it with `abi.decode` and hashes it with `keccak256`.
///
/// For an [`MessageKind::Acknowledgement`], `job_id` is the nonce of the acknowledged message
/// and `receipt_id` its hash; the other payload fields are zero.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct SettlementMessage {
	pub kind: MessageKind,
	/// The chain that sent the message.
	pub source: ChainId,
	/// The only chain that may accept it.
	pub target: ChainId,
	/// Its place among the messages from `source` to `target`, from 1: the target accepts them
	/// in this order, each once.
	pub nonce: u64,
	/// The job on the source chain.
	pub job_id: JobId,
	/// The operator's compute receipt that was paid.
	pub receipt_id: ReceiptId,
	/// The hash of the output the operator delivered (and the client accepted or did not
	/// dispute).
	pub output_hash: H256,
	/// The compute units paid for.
	pub units: u64,
	/// What the operator was paid, in the smallest unit of `token`.
	pub amount: u128,
	/// What the job was paid in: zero for AIT, else [`token_id`] of the asset.
	pub token: H256,
	/// The job's client (its 32-byte account id on the source chain).
	pub client: H256,
	/// The operator paid.
	pub operator: H256,
	/// Whom the message is for on the target chain (an account id, or a 20-byte EVM address in
	/// the low-order bytes), as the requester named it.
	pub beneficiary: H256,
}

/// The length of [`SettlementMessage::abi_encode`]: fourteen words.
pub const MESSAGE_ENCODED_LEN: usize = 14 * 32;

/// A right-aligned big-endian word, as `abi.encode` writes an unsigned integer.
fn uint_word(value: u128) -> [u8; 32] {
	let mut word = [0u8; 32];
	word[16..].copy_from_slice(&value.to_be_bytes());
	word
}

impl SettlementMessage {
	/// The message as Solidity's `abi.encode` lays it out (see the type's docs).
	pub fn abi_encode(&self) -> Vec<u8> {
		let words: [[u8; 32]; 14] = [
			message_domain().0,
			uint_word(u128::from(self.kind.word())),
			uint_word(u128::from(self.source)),
			uint_word(u128::from(self.target)),
			uint_word(u128::from(self.nonce)),
			uint_word(u128::from(self.job_id)),
			self.receipt_id,
			self.output_hash.0,
			uint_word(u128::from(self.units)),
			uint_word(self.amount),
			self.token.0,
			self.client.0,
			self.operator.0,
			self.beneficiary.0,
		];
		words.concat()
	}

	/// keccak-256 of [`Self::abi_encode`]: what attesters sign and a block commits to.
	pub fn hash(&self) -> H256 {
		H256(sp_crypto_hashing::keccak_256(&self.abi_encode()))
	}

	/// The acknowledgement the target sends back once it accepted this message.
	pub fn acknowledgement(&self, nonce: u64) -> Self {
		Self {
			kind: MessageKind::Acknowledgement,
			source: self.target,
			target: self.source,
			nonce,
			job_id: self.nonce,
			receipt_id: self.hash().0,
			output_hash: H256::zero(),
			units: 0,
			amount: 0,
			token: H256::zero(),
			client: H256::zero(),
			operator: H256::zero(),
			beneficiary: H256::zero(),
		}
	}
}

/// The token word of a payment asset: zero for AIT, else keccak-256 of the SCALE encoding of
/// `PaymentAsset::Asset(id)`.
pub fn token_id<AssetId: Encode>(asset: &PaymentAsset<AssetId>) -> H256 {
	match asset {
		PaymentAsset::Native => H256::zero(),
		asset => H256(sp_crypto_hashing::keccak_256(&asset.encode())),
	}
}

/// What a block's header digest says about the messages it sent.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct SettlementCommitment {
	/// The keccak binary Merkle root of the block's message hashes, in the order sent.
	pub root: H256,
	/// How many messages the block sent.
	pub count: u32,
}

impl SettlementCommitment {
	/// The commitment in `digest`, if the block sent messages.
	pub fn find(digest: &sp_runtime::generic::Digest) -> Option<Self> {
		digest.logs().iter().find_map(|item| match item {
			sp_runtime::DigestItem::Consensus(id, data) if *id == ENGINE_ID => {
				Self::decode(&mut &data[..]).ok()
			}
			_ => None,
		})
	}
}

/// The commitment root of `hashes` (the leaves, unhashed again: each is already a keccak hash
/// of a 448-byte message, so no leaf can pass for an inner node of 64 bytes).
pub fn commitment_root(hashes: &[H256]) -> H256 {
	binary_merkle_tree::merkle_root_raw::<Keccak256, _>(hashes.iter().copied())
}

/// A proof that one message hash is the `leaf_index`th of a commitment of `leaf_count` hashes.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct CommitmentProof {
	pub leaf_index: u32,
	pub leaf_count: u32,
	/// The sibling hashes from the leaf up, as `binary-merkle-tree` makes them.
	pub siblings: Vec<H256>,
}

/// The proof of `hashes[leaf_index]` under [`commitment_root`]`(hashes)`.
pub fn commitment_proof(hashes: &[H256], leaf_index: u32) -> Option<CommitmentProof> {
	let leaf_count = u32::try_from(hashes.len()).ok()?;
	if leaf_index >= leaf_count {
		return None;
	}
	let proof =
		binary_merkle_tree::merkle_proof_raw::<Keccak256, _>(hashes.iter().copied(), leaf_index);
	Some(CommitmentProof {
		leaf_index,
		leaf_count,
		siblings: proof.proof,
	})
}

/// The most siblings a proof may have: a commitment holds at most 2^32 leaves.
pub const MAX_PROOF_DEPTH: usize = 32;

/// Whether `proof` shows `hash` under `root`.
pub fn verify_commitment_proof(root: &H256, hash: H256, proof: &CommitmentProof) -> bool {
	proof.siblings.len() <= MAX_PROOF_DEPTH
		&& binary_merkle_tree::verify_proof::<Keccak256, _, _>(
			root,
			proof.siblings.iter().copied(),
			proof.leaf_count,
			proof.leaf_index,
			binary_merkle_tree::Leaf::Hash(hash),
		)
}

/// A secp256k1 ECDSA signature as EVM's `ecrecover` takes it: `r ‖ s ‖ v`, with `v` 0/1 or
/// 27/28.
pub type AttestationSignature = [u8; 65];

/// The most attesters a committee may have.
pub type MaxAttesters = ConstU32<32>;

/// The EVM address of an uncompressed secp256k1 public key (its 64 bytes without the `0x04`
/// prefix): the last 20 bytes of its keccak-256.
pub fn eth_address(public: &[u8; 64]) -> [u8; 20] {
	let hash = sp_crypto_hashing::keccak_256(public);
	let mut address = [0u8; 20];
	address.copy_from_slice(&hash[12..]);
	address
}

/// Why an adapter refused a proof. `pallet-settlement` turns each into an error of its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AdapterError {
	/// This adapter is not available on this chain.
	Unavailable,
	/// The proof does not decode as this adapter's proof.
	MalformedProof,
	/// The adapter has no committee or light client for the source chain.
	UnknownSource,
	/// A signature does not recover to a committee member, or a header is not the one the
	/// light client finalized.
	InvalidProof,
	/// The same attester signed twice.
	DuplicateAttestation,
	/// Fewer committee members signed than the committee's threshold.
	TooFewAttestations,
	/// The header the proof names is not finalized by the light client.
	HeaderNotFinalized,
	/// The finalized header commits to no message, or not to this one.
	NotCommitted,
}

/// Proves that a message was sent by another chain. `pallet-settlement` calls the adapter the
/// route of the message's source allows and refuses the message on any error.
pub trait BridgeAdapter {
	/// Whether the adapter can prove anything on this chain (a runtime without a light client
	/// leaves `Grandpa` out).
	fn is_available() -> bool;
	/// Checks that `source` sent the message whose hash is `message_hash`; `proof` is the
	/// adapter's own encoding.
	fn verify(source: ChainId, message_hash: H256, proof: &[u8]) -> Result<(), AdapterError>;
	/// The most weight [`Self::verify`] takes for a proof of `proof_len` bytes.
	fn verify_weight(proof_len: u32) -> frame_support::weights::Weight;
}

/// No adapter: refuses everything.
impl BridgeAdapter for () {
	fn is_available() -> bool {
		false
	}
	fn verify(_: ChainId, _: H256, _: &[u8]) -> Result<(), AdapterError> {
		Err(AdapterError::Unavailable)
	}
	fn verify_weight(_: u32) -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// A job that settled: what the receipts pallet tells the settlement pallet.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct SettledJob<AccountId, Balance, AssetId> {
	pub job_id: JobId,
	pub service_id: ServiceId,
	pub client: AccountId,
	pub operator: AccountId,
	pub receipt_id: ReceiptId,
	pub output_hash: H256,
	/// The compute units paid for.
	pub units: u64,
	/// What the operator was paid.
	pub paid: Balance,
	pub asset: PaymentAsset<AssetId>,
}

/// Told of every job that settles, in the settlement's own transaction. Must not fail.
pub trait OnJobSettled<AccountId, Balance, AssetId> {
	fn on_job_settled(job: SettledJob<AccountId, Balance, AssetId>);
	/// The most weight one call takes.
	fn weight() -> frame_support::weights::Weight;
}

impl<AccountId, Balance, AssetId> OnJobSettled<AccountId, Balance, AssetId> for () {
	fn on_job_settled(_: SettledJob<AccountId, Balance, AssetId>) {}
	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn message(nonce: u64) -> SettlementMessage {
		SettlementMessage {
			kind: MessageKind::JobSettled,
			source: 1,
			target: 2,
			nonce,
			job_id: 7,
			receipt_id: [3; 32],
			output_hash: H256::repeat_byte(4),
			units: 1_000,
			amount: 5_000_000,
			token: H256::zero(),
			client: H256::repeat_byte(5),
			operator: H256::repeat_byte(6),
			beneficiary: H256::repeat_byte(7),
		}
	}

	#[test]
	fn the_encoding_is_fourteen_abi_words() {
		let encoded = message(9).abi_encode();
		assert_eq!(encoded.len(), MESSAGE_ENCODED_LEN);
		assert_eq!(&encoded[..32], message_domain().as_bytes());
		// uint8 kind = 1, right-aligned
		assert_eq!(encoded[63], 1);
		assert!(encoded[32..63].iter().all(|b| *b == 0));
		// uint64 nonce = 9 in the fifth word
		assert_eq!(encoded[4 * 32 + 31], 9);
		// uint128 amount = 5_000_000 in the tenth word, big-endian
		assert_eq!(&encoded[9 * 32 + 29..10 * 32], &[0x4c, 0x4b, 0x40]);
	}

	#[test]
	fn every_field_changes_the_hash() {
		let base = message(1);
		let mut changed = Vec::new();
		let mut m = base.clone();
		m.source = 3;
		changed.push(m);
		let mut m = base.clone();
		m.target = 3;
		changed.push(m);
		let mut m = base.clone();
		m.nonce = 2;
		changed.push(m);
		let mut m = base.clone();
		m.amount += 1;
		changed.push(m);
		let mut m = base.clone();
		m.beneficiary = H256::repeat_byte(8);
		changed.push(m);
		let mut m = base.clone();
		m.kind = MessageKind::Acknowledgement;
		changed.push(m);
		for m in changed {
			assert_ne!(m.hash(), base.hash(), "{m:?}");
		}
	}

	#[test]
	fn every_leaf_of_a_commitment_proves_and_no_other_hash_does() {
		for count in 1u32..=9 {
			let hashes: Vec<H256> = (1..=u64::from(count)).map(|n| message(n).hash()).collect();
			let root = commitment_root(&hashes);
			for (index, hash) in hashes.iter().enumerate() {
				let proof = commitment_proof(&hashes, index as u32).unwrap();
				assert!(
					verify_commitment_proof(&root, *hash, &proof),
					"{count} leaves, {index}"
				);
				assert!(!verify_commitment_proof(&root, message(99).hash(), &proof));
				let mut moved = proof.clone();
				moved.leaf_index = (moved.leaf_index + 1) % count;
				if count > 1 {
					assert!(!verify_commitment_proof(&root, *hash, &moved));
				}
			}
			assert!(commitment_proof(&hashes, count).is_none());
		}
	}

	#[test]
	fn an_acknowledgement_goes_back_and_names_the_message() {
		let original = message(4);
		let ack = original.acknowledgement(11);
		assert_eq!(
			(ack.source, ack.target, ack.nonce, ack.job_id),
			(2, 1, 11, 4)
		);
		assert_eq!(ack.receipt_id, original.hash().0);
	}

	#[test]
	fn the_commitment_is_found_in_a_digest() {
		let commitment = SettlementCommitment {
			root: H256::repeat_byte(1),
			count: 3,
		};
		let mut digest = sp_runtime::generic::Digest::default();
		assert_eq!(SettlementCommitment::find(&digest), None);
		digest.push(sp_runtime::DigestItem::Consensus(
			ENGINE_ID,
			commitment.encode(),
		));
		assert_eq!(SettlementCommitment::find(&digest), Some(commitment));
	}
}
