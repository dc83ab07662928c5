//! The records the staking pallet keeps.

use aitbc_primitives::{traits::OffenceKind, BlueprintId, PaymentAsset, ServiceId, SessionIndex};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_runtime::{FixedU128, Perbill};

/// A deferred slash's id.
pub type SlashId = u64;

/// Stake on its way out: it stays held (and slashable) until `unlock_at`.
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
pub struct Unbonding<Balance, BlockNumber> {
	pub amount: Balance,
	pub unlock_at: BlockNumber,
}

/// An operator's own stake.
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
pub struct OperatorLedger<Balance, BlockNumber> {
	/// Everything held under `HoldReason::OperatorBond`, including what is unbonding.
	pub bond: Balance,
	pub unbonding: Option<Unbonding<Balance, BlockNumber>>,
	/// The operator's cut of its reward share before the rest goes to its delegators.
	pub commission: Perbill,
}

impl<Balance: PartialEq + Copy, BlockNumber> OperatorLedger<Balance, BlockNumber> {
	/// An operator that scheduled its whole bond to unbond is leaving.
	pub fn is_leaving(&self) -> bool {
		self.unbonding
			.as_ref()
			.is_some_and(|u| u.amount == self.bond)
	}
}

/// Which blueprints a delegation secures, and so which blueprints' slashes reach it.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxBlueprints))]
#[codec(mel_bound())]
pub enum BlueprintSelection<MaxBlueprints: Get<u32>> {
	All,
	Only(BoundedVec<BlueprintId, MaxBlueprints>),
}

impl<MaxBlueprints: Get<u32>> BlueprintSelection<MaxBlueprints> {
	pub fn covers(&self, blueprint_id: BlueprintId) -> bool {
		match self {
			Self::All => true,
			Self::Only(list) => list.contains(&blueprint_id),
		}
	}
}

/// One delegator's stake behind one operator, in one asset.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxBlueprints))]
#[codec(mel_bound(Balance: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Delegation<Balance, BlockNumber, MaxBlueprints: Get<u32>>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// Held (AIT) or kept in the pallet account (assets), including what is unbonding.
	pub amount: Balance,
	pub unbonding: Option<Unbonding<Balance, BlockNumber>>,
	pub blueprints: BlueprintSelection<MaxBlueprints>,
	/// The operator's reward-per-share when this delegation's rewards were last settled.
	pub reward_snapshot: FixedU128,
	/// Rewards settled but not yet claimed.
	pub pending_rewards: Balance,
}

/// The reward accounting of one operator's delegators.
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
	Default,
)]
pub struct DelegatorPool<Balance> {
	/// How many delegations (any asset) back the operator.
	pub delegations: u32,
	/// The AIT delegated to the operator: the shares that rewards are split by.
	pub native_stake: Balance,
	/// AIT rewarded per unit of delegated AIT since the pool began.
	pub reward_per_share: FixedU128,
	/// The operator's commission (and whole shares when nobody delegated AIT), not yet claimed.
	pub pending_commission: Balance,
}

/// A slash waiting out its review period.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct UnappliedSlash<AccountId, BlockNumber> {
	pub operator: AccountId,
	pub blueprint_id: BlueprintId,
	pub service_id: Option<ServiceId>,
	pub fraction: Perbill,
	pub kind: OffenceKind,
	/// The reward session the offence was reported in.
	pub reported_in: SessionIndex,
	/// From this block on, anyone may apply the slash.
	pub ripe_at: BlockNumber,
	/// The block whose `SlashQueue` entry holds this slash (at or after `ripe_at`).
	pub queued_at: BlockNumber,
}

/// Who cancelled a slash.
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
pub enum Vetoer {
	Root,
	Council,
}

/// Where slashed AIT and assets go.
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
	Default,
)]
pub enum SlashDestination {
	/// AIT to `Config::Slashed` (the treasury in the runtime), assets to `Config::TreasuryAccount`.
	#[default]
	Treasury,
	/// Destroyed: total issuance falls.
	Burn,
}

/// A delegation as the runtime API reports it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct DelegationView<AccountId, AssetId, Balance, BlockNumber> {
	pub delegator: AccountId,
	pub asset: PaymentAsset<AssetId>,
	pub amount: Balance,
	pub unbonding: Option<Unbonding<Balance, BlockNumber>>,
	/// `None` means every blueprint.
	pub blueprints: Option<alloc::vec::Vec<BlueprintId>>,
}
