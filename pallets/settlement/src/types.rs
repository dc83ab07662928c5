//! The types of the settlement pallet's storage, calls and runtime API.

use crate::{BalanceOf, Config};
use aitbc_primitives::{
	settlement::{Adapter, AttestationSignature, ChainId, MaxAttesters, SettlementMessage},
	PaymentAsset, ReceiptId, ServiceId,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

/// One adapter a route may use, with what it costs and how long it usually takes.
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
pub struct RouteAdapter<Balance> {
	pub adapter: Adapter,
	/// The delivery fee a requester pays, held until the target acknowledges the message and
	/// then paid to the relayer that brought the acknowledgement back.
	pub fee: Balance,
	/// The blocks a delivery usually takes, acknowledgement included: how the router ranks
	/// adapters by speed.
	pub latency: u32,
}

/// How many messages a route carries: at most `max_messages` in every window of
/// `window` blocks, each way.
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
pub struct RateLimit {
	pub window: u32,
	pub max_messages: u32,
}

/// A chain messages go to and come from, as governance set it up.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Route<T: Config> {
	/// The adapters that may carry messages to and from the chain (at least one).
	pub adapters: BoundedVec<RouteAdapter<BalanceOf<T>>, T::MaxRouteAdapters>,
	/// Protects both chains: requests beyond it are refused, and so are arrivals.
	pub rate_limit: RateLimit,
}

impl<T: Config> core::fmt::Debug for Route<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.debug_struct("Route")
			.field("adapters", &self.adapters)
			.field("rate_limit", &self.rate_limit)
			.finish()
	}
}

/// A standing rule with the deposit held for it.
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
pub struct HeldRule<Balance> {
	/// The rule.
	pub rule: StandingRule<Balance>,
	/// What was held when the rule was first set; released when it is cleared.
	pub deposit: Balance,
}

/// Where an account's jobs go as they settle.
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
pub struct StandingRule<Balance> {
	/// The chain every settled job goes to.
	pub target: ChainId,
	pub routing: Routing,
	/// Whom the messages are for on the target.
	pub beneficiary: H256,
	/// The most the account pays a message.
	pub max_fee: Balance,
}

/// How the router picks an adapter for a request.
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
pub enum Routing {
	/// The lowest fee; of equal fees, the lowest latency.
	Cheapest,
	/// The lowest latency; of equal latencies, the lowest fee.
	Fastest,
	/// This adapter, which the route must allow.
	Via(Adapter),
}

/// The messages counted in a route's current rate-limit window, one way.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct WindowUsage<BlockNumber> {
	/// The block the window started in.
	pub start: BlockNumber,
	pub count: u32,
}

/// A committee of attesters for the attested adapter: the EVM addresses of its secp256k1 keys
/// and how many of them must sign a message.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Committee {
	pub members: BoundedVec<[u8; 20], MaxAttesters>,
	/// At least one, at most the members.
	pub threshold: u32,
	/// Counts the committees set for a chain: a rotation makes a new set.
	pub set_id: u32,
}

/// The attested adapter's proof: the committee members' signatures over the message hash.
pub type Attestations = BoundedVec<AttestationSignature, MaxAttesters>;

/// What became of a message this chain sent.
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
pub enum MessageStatus<BlockNumber> {
	/// Committed in the digest of `block` (pending until that block is finalized, then sent:
	/// any relayer can prove it); the target's acknowledgement is awaited until `expires_at`.
	Sent {
		block: BlockNumber,
		expires_at: BlockNumber,
	},
	/// Committed again in `block`, the `attempt`th time, after a failure.
	Retried {
		block: BlockNumber,
		expires_at: BlockNumber,
		attempt: u32,
	},
	/// The target acknowledged it at `at`.
	Delivered { at: BlockNumber },
	/// Not acknowledged in time: it may be retried, or its fee refunded.
	Failed { at: BlockNumber },
	/// Its fee went back to the requester at `at`. A late acknowledgement still marks it
	/// delivered, without paying anyone.
	Refunded { at: BlockNumber },
}

impl<BlockNumber: Copy> MessageStatus<BlockNumber> {
	/// When an awaited acknowledgement stops being awaited.
	pub fn expires_at(&self) -> Option<BlockNumber> {
		match self {
			Self::Sent { expires_at, .. } | Self::Retried { expires_at, .. } => Some(*expires_at),
			_ => None,
		}
	}

	/// The block after which the record may go, if the message is final: delivered, refunded,
	/// failed (refunded as it goes), or never awaited (an acknowledgement, which is `Sent`
	/// with `expires_at == block`).
	pub fn final_since(&self, awaited: bool) -> Option<BlockNumber> {
		match self {
			Self::Delivered { at } | Self::Failed { at } | Self::Refunded { at } => Some(*at),
			Self::Sent { block, .. } if !awaited => Some(*block),
			_ => None,
		}
	}

	/// Whether its fee is still held.
	pub fn holds_fee(&self) -> bool {
		matches!(
			self,
			Self::Sent { .. } | Self::Retried { .. } | Self::Failed { .. }
		)
	}
}

/// A message this chain sent, and what became of it.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct OutboundMessage<T: Config> {
	pub message: SettlementMessage,
	/// [`SettlementMessage::hash`], kept so nobody has to encode the message again.
	pub hash: H256,
	/// Who asked for it and pays its fee; `None` for acknowledgements, which are free.
	pub requester: Option<T::AccountId>,
	/// The fee held from the requester.
	pub fee: BalanceOf<T>,
	pub adapter: Adapter,
	/// How many times it was committed.
	pub attempts: u32,
	pub status: MessageStatus<BlockNumberFor<T>>,
}

impl<T: Config> core::fmt::Debug for OutboundMessage<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.debug_struct("OutboundMessage")
			.field("message", &self.message)
			.field("status", &self.status)
			.field("attempts", &self.attempts)
			.finish()
	}
}

/// A message another chain sent here, as it arrived.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct InboundMessage<AccountId, BlockNumber> {
	pub message: SettlementMessage,
	pub hash: H256,
	/// The adapter that proved it.
	pub adapter: Adapter,
	/// Who brought it.
	pub relayer: AccountId,
	pub received_at: BlockNumber,
}

/// A job that settled here recently: a settlement message about it may be requested until
/// `requestable_until`.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct SettledJobRecord<T: Config> {
	pub service_id: ServiceId,
	pub client: T::AccountId,
	pub operator: T::AccountId,
	pub receipt_id: ReceiptId,
	pub output_hash: H256,
	pub units: u64,
	pub paid: BalanceOf<T>,
	pub asset: PaymentAsset<T::AssetId>,
	pub requestable_until: BlockNumberFor<T>,
	/// The chains a message about this job already went to (one each).
	pub sent_to: BoundedVec<ChainId, T::MaxTargetsPerJob>,
}

impl<T: Config> core::fmt::Debug for SettledJobRecord<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.debug_struct("SettledJobRecord")
			.field("service_id", &self.service_id)
			.field("units", &self.units)
			.field("sent_to", &self.sent_to)
			.finish()
	}
}

/// A fee quote, as the runtime API and the CLI give it.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote<Balance> {
	pub adapter: Adapter,
	pub fee: Balance,
	pub latency: u32,
}

/// A message this chain sent, with what a relayer needs to prove it: the block whose digest
/// commits to it and its Merkle proof under that commitment.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ProvableMessage<BlockNumber> {
	pub message: SettlementMessage,
	pub block: BlockNumber,
	pub proof: aitbc_primitives::settlement::CommitmentProof,
}

/// Identifies an outbound or inbound message: the other chain and the nonce.
pub type MessageKey = (ChainId, u64);
