//! The records the staking pallet keeps.

use aitbc_primitives::{traits::OffenceKind, BlueprintId, PaymentAsset, ServiceId, SessionIndex};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, CloneNoBound, DebugNoBound, DefaultNoBound, EqNoBound, PartialEqNoBound,
};
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
	/// The block the delegation was created in. It backs (and is locked and slashed for) an
	/// accusation or offence recorded at a block `at` only if `since <= at`.
	pub since: BlockNumber,
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
///
/// `Balance` defaults to `u128` (AIT's balance type) only so that the runtime API keeps its
/// two-parameter spelling.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct UnappliedSlash<AccountId, BlockNumber, Balance = u128> {
	pub operator: AccountId,
	pub blueprint_id: BlueprintId,
	pub service_id: Option<ServiceId>,
	pub fraction: Perbill,
	pub kind: OffenceKind,
	/// The reward session the offence was reported in.
	pub reported_in: SessionIndex,
	/// From this block on, anyone may apply the slash.
	pub ripe_at: BlockNumber,
	/// The block the exposure was recorded in: the dispute's opening for a lost dispute, the
	/// report otherwise. Only delegations that existed then (`since <= exposed_at`) pay.
	pub exposed_at: BlockNumber,
	/// The operator's bond at `exposed_at`; the slash takes `fraction` of it (bounded by what
	/// is left of the bond).
	pub exposed_bond: Balance,
}

/// What backs the open accusations and unapplied slashes of one operator (on one blueprint in
/// [`crate::Exposures`], on all of them in [`crate::OperatorExposures`]).
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
pub struct Exposure<Balance, BlockNumber> {
	/// Open disputes against the operator (noted with `note_accusation`, not yet cleared).
	pub accusations: u32,
	/// Unapplied slashes of the operator.
	pub slashes: u32,
	/// The latest block at which an accusation or slash still counted here recorded its
	/// exposure. Delegations created at or before it are locked; it only moves forward until
	/// the record is empty and removed, so a lock never ends early.
	pub locked_since: BlockNumber,
	/// The largest operator bond recorded by those accusations and slashes: the operator may
	/// withdraw only what it holds above this.
	pub bond: Balance,
	/// The block the latest open accusation was noted in; a lost dispute's slash is exposed
	/// from here.
	pub accused_at: BlockNumber,
	/// The operator's bond when `accused_at` was recorded (the largest, if several are open).
	pub accused_bond: Balance,
}

impl<Balance, BlockNumber> Exposure<Balance, BlockNumber> {
	pub fn is_empty(&self) -> bool {
		self.accusations == 0 && self.slashes == 0
	}
}

/// A commission change waiting for its reward session.
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
pub struct PendingCommission {
	pub commission: Perbill,
	/// The first session whose rewards it applies to.
	pub from_session: SessionIndex,
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

/// One operator's points on one incentivized blueprint in one session, kept by kind so that the
/// rules against farming apply whatever order the reports arrive in.
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
pub struct PointEntry {
	/// Compute units of settled work paid in AIT (reported by receipts at settlement).
	pub work: u64,
	/// Heartbeat points, at most `MaxHeartbeatPointsPerSession` however many services beat.
	pub heartbeats: u64,
	/// Points lost for SLA breaches and failed results.
	pub penalties: u64,
	/// The most the entry may be awarded: what its work's settlements burned in fees beyond
	/// what they could mint. Mint and rewards together never return more than the fees an
	/// operator's jobs burned, so points farmed by paying oneself cost at least what they earn.
	pub reward_room: u128,
}

impl PointEntry {
	/// The points the entry is paid for. Heartbeats count only next to paid work: availability
	/// that no paying client used proves nothing (an operator can request services from its own
	/// sybil clients for free), so heartbeats alone earn nothing.
	pub fn points(&self) -> u64 {
		if self.work == 0 {
			return 0;
		}
		self.work
			.saturating_add(self.heartbeats)
			.saturating_sub(self.penalties)
	}

	/// What the entry weighs in its blueprint's share: its reward room scaled by its points
	/// over its work units. The room, not the units, measures what the work cost its clients,
	/// so units a self-dealer made up at a cheap price weigh nothing.
	pub fn weight(&self) -> u128 {
		if self.work == 0 {
			return 0;
		}
		sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
			self.reward_room,
			u128::from(self.points()),
			u128::from(self.work),
			sp_runtime::Rounding::Down,
		)
		.unwrap_or(0)
	}
}

/// A session's point entries: how many there are, and each blueprint's total points.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DefaultNoBound,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxBlueprints))]
#[codec(mel_bound())]
pub struct SessionTally<MaxBlueprints: Get<u32>> {
	/// How many [`PointEntry`]s the session has.
	pub entries: u32,
	/// Total weight per blueprint, for blueprints incentivized when their points were noted.
	pub totals: BoundedBTreeMap<BlueprintId, u128, MaxBlueprints>,
}

/// What one blueprint pays out in the session being paid.
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
pub struct BlueprintPayout<Balance> {
	/// The blueprint's share of the pool, already funded into the pallet account.
	pub share: Balance,
	/// The blueprint's total weight in the session.
	pub weight: u128,
	/// What is left of `share` to award: awards never exceed the share, whatever the points.
	pub unpaid: Balance,
}

/// A closed session being paid out, at most `MaxPayoutsPerBlock` entries a block.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxBlueprints))]
#[codec(mel_bound(Balance: MaxEncodedLen))]
pub struct SessionPayout<Balance, MaxBlueprints: Get<u32>>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	pub session: SessionIndex,
	/// Empty when nothing was funded: the entries are then removed without an award.
	pub blueprints: BoundedBTreeMap<BlueprintId, BlueprintPayout<Balance>, MaxBlueprints>,
	/// What the reward source paid into the pallet account for this session.
	pub funded: Balance,
	/// Entries awarded so far.
	pub operators: u32,
	/// Entries not yet paid.
	pub remaining: u32,
}
