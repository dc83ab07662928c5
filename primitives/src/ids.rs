//! Identifiers shared across pallets.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A kind of service (a blueprint) that operators register for.
pub type BlueprintId = u64;
/// The stake behind an operator's validator duty, as if validation were a blueprint: a
/// validator's equivocation is slashed from its bond and from the delegations that cover this id
/// (those to all its blueprints, or naming it). No blueprint is ever given this id (ids count
/// up from zero).
pub const VALIDATOR_DUTY: BlueprintId = BlueprintId::MAX;
/// A service instance: a blueprint served by a fixed set of operators for one owner.
pub type ServiceId = u64;
/// A request for a service, before all operators approved it.
pub type RequestId = u64;
/// A job called on a service. Job ids are unique across all services.
pub type JobId = u64;
/// A rental agreement: an operator's capacity reserved for a consumer for a number of periods.
pub type RentalId = u64;
/// A general-purpose escrow, not bound to a job.
pub type EscrowId = u64;
/// A dispute over a job.
pub type DisputeId = u64;
/// A compute receipt's id, chosen by the operator (for example a hash of its local job log).
pub type ReceiptId = [u8; 32];
/// The index of a staking/reward session.
pub type SessionIndex = u32;
/// The hash that identifies a registered Groth16 verifying key.
pub type VerifyingKeyId = [u8; 32];

/// A resource class in which compute is priced (for example a GPU generation).
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
	serde::Serialize,
	serde::Deserialize,
)]
pub struct ResourceClass(pub u32);

/// What a payment or a stake is made in: the native AIT or an asset of `pallet-assets`.
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
pub enum PaymentAsset<AssetId> {
	/// AIT, held with `fungible::hold`.
	Native,
	/// An asset of `pallet-assets`, held with `fungibles::hold`.
	Asset(AssetId),
}

impl<AssetId> Default for PaymentAsset<AssetId> {
	fn default() -> Self {
		Self::Native
	}
}
