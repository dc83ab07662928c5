//! Operator staking: bonds, delegations, deferred slashes the council can veto, and session
//! rewards by points.
//!
//! Slashes wait a week (`SlashDeferDuration`) before they apply: long enough for the council to
//! meet and veto a wrong one. Bonds and delegations take two weeks to come back, longer than
//! that review, so nobody escapes a slash that is still under review by leaving.

use crate::prod_or_fast;
use crate::{
	configs::governance::{CouncilCollective, EnsureRootOrHalfCouncil},
	AccountId, AssetId, Assets, Balance, Balances, BlockNumber, Runtime, RuntimeHoldReason,
	Services, AIT, DAYS, HOURS, MINUTES,
};
use frame_support::{
	parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64},
	PalletId,
};
use frame_system::EnsureRoot;
use pallet_operator_staking::EnsureVetoer;
use sp_runtime::Perbill;

use super::monetary::TreasuryAccount;

parameter_types! {
	pub const StakingPalletId: PalletId = PalletId(*b"aitb/stk");
	pub const MinOperatorBond: Balance = 1_000 * AIT;
	pub const MinDelegation: Balance = AIT;
	pub const UnbondingDelay: BlockNumber = prod_or_fast!(14 * DAYS, 3 * MINUTES);
	pub const SlashDeferDuration: BlockNumber = prod_or_fast!(7 * DAYS, 2 * MINUTES);
	/// Rewards are paid per hour of work.
	pub const RewardSessionLength: BlockNumber = prod_or_fast!(HOURS, 2 * MINUTES);
	pub const MaxCommission: Perbill = Perbill::from_percent(50);
	/// What one service's heartbeats earn in a session (a session over the shortest heartbeat
	/// interval): what heartbeats earn an operator on a blueprint, however many services it is in.
	pub const MaxHeartbeatPointsPerSession: u64 = prod_or_fast!(60, 6);
	/// A session entry is paid at most half of what its work burned in fees beyond its mint:
	/// each AIT of reward costs its clients two burned.
	pub const RewardOfRoom: Perbill = Perbill::from_percent(50);
}

/// Half the council (or root) cancels a slash; the event names which of the two did.
pub type SlashVetoOrigin = EnsureVetoer<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 1, 2>,
>;

impl pallet_operator_staking::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = AssetId;
	type Assets = Assets;
	type Services = Services;
	type Slashed = ResolveTo<TreasuryAccount, Balances>;
	type TreasuryAccount = TreasuryAccount;
	/// Rewards are paid from the treasury, which transaction fees fill.
	type RewardSource = TreasuryAccount;
	type VetoOrigin = SlashVetoOrigin;
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type PalletId = StakingPalletId;
	type MinOperatorBond = MinOperatorBond;
	type MinDelegation = MinDelegation;
	type UnbondingDelay = UnbondingDelay;
	type UndelegationDelay = UnbondingDelay;
	type SlashDeferDuration = SlashDeferDuration;
	type SessionLength = RewardSessionLength;
	type MaxDelegationsPerOperator = ConstU32<256>;
	type MaxBlueprintsPerDelegation = ConstU32<16>;
	type MaxDelegationAssets = ConstU32<32>;
	/// Slashes queued to ripen at one block: room for a flood of reports in one block (a
	/// slash reported beyond it is kept for `apply_slash`).
	type MaxSlashesPerBlock = ConstU32<256>;
	/// Ripe slashes the hook applies per block (each may touch every delegation).
	type MaxSlashesProcessedPerBlock = ConstU32<8>;
	type MaxPayoutsPerBlock = ConstU32<256>;
	type MaxIncentivizedBlueprints = ConstU32<32>;
	type MaxCommission = MaxCommission;
	type PointsPerHeartbeat = ConstU64<1>;
	type MaxHeartbeatPointsPerSession = MaxHeartbeatPointsPerSession;
	type RewardOfRoom = RewardOfRoom;
	type PointsPenalty = ConstU64<20>;
	type WeightInfo = pallet_operator_staking::weights::SubstrateWeight<Runtime>;
}
