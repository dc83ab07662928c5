//! Cross-chain settlement: a job that settled here is carried to another chain as a message
//! committed in the block's digest, proven there by a light client of our finality or by an
//! attester committee, and acknowledged back, which pays the relayer the delivery fee.
//!
//! `Receipts` tells `Settlement` of every settled job (`OnJobSettled`). Routes, their adapters'
//! fees and rate limits, and the attester committees are governance's (council or root).
//!
//! The light-client adapter ([`GrandpaLightClient`]) trusts nothing but the other AITBC chain's
//! GRANDPA finality: `BridgeAitbcGrandpa` (polkadot-sdk's `pallet-bridge-grandpa`) imports that
//! chain's headers with their justifications, checked against its authority set; a message is
//! proven by a storage proof of its record in the other chain's `Settlement::Outbound`, under
//! the state root of any imported header. Any later finalized header proves it, so a relayer
//! imports one header for a whole batch of messages.

use crate::{
	configs::{
		governance::EnsureRootOrHalfCouncil,
		system::{RuntimeBlockLength, RuntimeBlockWeights},
	},
	prod_or_fast, AccountId, AssetId, Balance, Balances, BlockNumber, Hash, Header, Nonce, Runtime,
	RuntimeEvent, RuntimeHoldReason, Signature, DAYS, HOURS, MILLI_AIT, MINUTES,
};
use aitbc_primitives::settlement::{AdapterError, BridgeAdapter, ChainId, SettlementMessage};
use alloc::vec::Vec;
use bp_header_chain::{ChainWithGrandpa, HeaderChain, HeaderChainError};
use bp_runtime::{Chain, RawStorageProof};
use codec::{Decode, DecodeAll, DecodeWithMemTracking, Encode};
use frame_support::{dispatch::DispatchClass, parameter_types, traits::ConstU32, weights::Weight};
use pallet_settlement::WeightInfo as _;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{traits::BlakeTwo256, StateVersion};

parameter_types! {
	/// An acknowledgement is awaited this long before a message fails (then it may be retried
	/// or its fee refunded).
	pub const DeliveryTimeout: BlockNumber = prod_or_fast!(HOURS, 2 * MINUTES);
	/// A job's client or operator may ask for a message about it this long after it settled.
	pub const RequestWindow: BlockNumber = prod_or_fast!(24 * HOURS, 10 * MINUTES);
	/// A final message's record is kept this long (for status queries and storage proofs),
	/// then pruned; a failed message's fee not taken back by then is refunded.
	pub const RecordRetention: BlockNumber = prod_or_fast!(7 * DAYS, HOURS);
	/// Held while an account has a standing rule.
	pub const StandingRuleDeposit: Balance = 10 * MILLI_AIT;
}

/// The longest adapter proof `Settlement::receive` takes: 32 attestations are 2 KiB; a light
/// client's header and Merkle proof fit too.
pub type MaxProofLen = ConstU32<8192>;

impl pallet_settlement::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = AssetId;
	type GrandpaAdapter = GrandpaLightClient;
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type MaxRouteAdapters = ConstU32<2>;
	type MaxTargetsPerJob = ConstU32<4>;
	/// 64 messages a block: a commitment of 64 leaves is a 6-step proof.
	type MaxMessagesPerBlock = ConstU32<64>;
	type MaxProofLen = MaxProofLen;
	type DeliveryTimeout = DeliveryTimeout;
	type MaxAttempts = ConstU32<4>;
	type RequestWindow = RequestWindow;
	type MaxSettledPerBlock = ConstU32<256>;
	/// A day of 6-second blocks: relayers prove from the runtime API's leaves within it; older
	/// messages are retried into a fresh block.
	type CommitmentsToKeep = ConstU32<14_400>;
	type MaxProcessedPerBlock = ConstU32<64>;
	type RecordRetention = RecordRetention;
	type StandingRuleDeposit = StandingRuleDeposit;
	type WeightInfo = pallet_settlement::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = GrandpaLightClient;
}

/// The other AITBC chain, as the GRANDPA bridge pallet sees it: the same block format and
/// runtime as this one.
pub struct AitbcPeer;

impl Chain for AitbcPeer {
	const ID: bp_runtime::ChainId = *b"aitb";
	type BlockNumber = BlockNumber;
	type Hash = Hash;
	type Hasher = BlakeTwo256;
	type Header = Header;
	type AccountId = AccountId;
	type Balance = Balance;
	type Nonce = Nonce;
	type Signature = Signature;
	const STATE_VERSION: StateVersion = StateVersion::V1;

	fn max_extrinsic_size() -> u32 {
		*RuntimeBlockLength::get().max.get(DispatchClass::Normal)
	}

	fn max_extrinsic_weight() -> Weight {
		RuntimeBlockWeights::get()
			.get(DispatchClass::Normal)
			.max_extrinsic
			.unwrap_or(Weight::MAX)
	}
}

impl ChainWithGrandpa for AitbcPeer {
	const WITH_CHAIN_GRANDPA_PALLET_NAME: &'static str = "BridgeAitbcGrandpa";
	/// The validator set's bound (`ValidatorSet`'s `MaxValidators`) with room to spare.
	const MAX_AUTHORITIES_COUNT: u32 = 128;
	const REASONABLE_HEADERS_IN_JUSTIFICATION_ANCESTRY: u32 = 8;
	const MAX_MANDATORY_HEADER_SIZE: u32 = 65_536;
	const AVERAGE_HEADER_SIZE: u32 = 512;
}

/// The bridge pallet instance that follows the other AITBC chain.
pub type WithAitbcPeer = pallet_bridge_grandpa::Instance1;

impl pallet_bridge_grandpa::Config<WithAitbcPeer> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type BridgedChain = AitbcPeer;
	/// Relayers pay for the headers they import (the delivery fees pay them back); only the
	/// mandatory headers that change the other chain's authority set are free.
	type MaxFreeHeadersPerBlock = ConstU32<4>;
	type FreeHeadersInterval = ();
	/// A day of the other chain's finalized headers (one imported per relayed batch at most).
	type HeadersToKeep = ConstU32<14_400>;
	type WeightInfo = pallet_bridge_grandpa::weights::BridgeWeight<Runtime>;
}

/// The light-client adapter's proof that the other chain sent a message: a header of that
/// chain the bridge pallet imported as finalized, and the storage proof, under its state root,
/// of the message's record in that chain's `Settlement::Outbound` (target `target`, nonce
/// `nonce`).
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct GrandpaMessageProof {
	/// The finalized header, imported by `BridgeAitbcGrandpa`.
	pub header: Hash,
	/// The message's target chain (this one), its key's first half.
	pub target: ChainId,
	/// The message's nonce, its key's second half.
	pub nonce: u64,
	/// The trie nodes from the header's state root to the record.
	pub storage_proof: RawStorageProof,
}

impl GrandpaMessageProof {
	/// The storage key of the record of message `nonce` to `target` in `Settlement::Outbound`:
	/// the same on both chains, which run this runtime.
	pub fn key(target: ChainId, nonce: u64) -> Vec<u8> {
		pallet_settlement::Outbound::<Runtime>::hashed_key_for(target, nonce)
	}
}

/// Proves a message by the other AITBC chain's GRANDPA finality (see the module docs).
pub struct GrandpaLightClient;

impl BridgeAdapter for GrandpaLightClient {
	fn is_available() -> bool {
		true
	}

	fn verify(source: ChainId, message_hash: H256, proof: &[u8]) -> Result<(), AdapterError> {
		if pallet_settlement::LightClientChain::<Runtime>::get() != Some(source) {
			return Err(AdapterError::UnknownSource);
		}
		let proof = GrandpaMessageProof::decode_all(&mut &proof[..])
			.map_err(|_| AdapterError::MalformedProof)?;
		let mut checker = pallet_bridge_grandpa::GrandpaChainHeaders::<Runtime, WithAitbcPeer>::verify_storage_proof(
			proof.header,
			proof.storage_proof,
		)
		.map_err(|error| match error {
			HeaderChainError::UnknownHeader => AdapterError::HeaderNotFinalized,
			HeaderChainError::StorageProof(_) => AdapterError::InvalidProof,
		})?;
		let record = checker
			.read_value(&GrandpaMessageProof::key(proof.target, proof.nonce))
			.map_err(|_| AdapterError::InvalidProof)?
			.ok_or(AdapterError::NotCommitted)?;
		// The record (`OutboundMessage`) begins with the message and its hash.
		let (message, hash) = <(SettlementMessage, H256)>::decode(&mut &record[..])
			.map_err(|_| AdapterError::InvalidProof)?;
		if hash != message_hash || message.hash() != message_hash {
			return Err(AdapterError::NotCommitted);
		}
		Ok(())
	}

	fn verify_weight(proof_len: u32) -> Weight {
		<Runtime as pallet_settlement::Config>::WeightInfo::verify_light_client(proof_len)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_settlement::BenchmarkHelper for GrandpaLightClient {
	/// A trie holding the message's record, grown with filler nodes to about `size` bytes of
	/// proof, whose root a header imported as finalized carries.
	fn light_client_proof(message: &SettlementMessage, size: u32) -> Vec<u8> {
		use sp_runtime::traits::Header as _;
		use sp_trie::{trie_types::TrieDBMutBuilderV1, LayoutV1, MemoryDB, TrieMut};

		let key = GrandpaMessageProof::key(message.target, message.nonce);
		let record = (message.clone(), message.hash()).encode();
		let mut db = MemoryDB::<BlakeTwo256>::new(&[0u8]);
		let mut root = H256::zero();
		{
			let mut trie = TrieDBMutBuilderV1::<BlakeTwo256>::new(&mut db, &mut root).build();
			let _ = trie.insert(&key, &record);
			// Each filler adds about 33 bytes of proof; the helper adds at most 15 per nibble.
			let fillers = (size / 33) as usize;
			let most = key.len().saturating_mul(30);
			bp_runtime::grow_storage_proof(&mut trie, key.clone(), fillers.min(most));
		}
		let storage_proof =
			bp_runtime::record_all_trie_keys::<LayoutV1<BlakeTwo256>, _>(&db, &root)
				.unwrap_or_default();
		let header = Header::new(
			1,
			Default::default(),
			root,
			Default::default(),
			Default::default(),
		);
		pallet_bridge_grandpa::initialize_for_benchmarks::<Runtime, WithAitbcPeer>(header.clone());
		pallet_settlement::LightClientChain::<Runtime>::put(message.source);
		GrandpaMessageProof {
			header: header.hash(),
			target: message.target,
			nonce: message.nonce,
			storage_proof,
		}
		.encode()
	}
}
