//! Disputes over jobs: bonds, evidence, stake-weighted arbiter panels that commit and reveal their
//! votes, appeals, and the council as the last instance.
//!
//! A client may dispute a job for a week after calling it; each phase lasts a day or two, so a
//! dispute that goes through both appeals and the council ends within about four weeks. Panels are
//! drawn with `ComputeAuthorship`'s randomness (every block's VRF output) when the evidence period ends, so nobody knows them when
//! a dispute is filed; a panel is only requested when a phase ends and drawn in the next block,
//! from randomness nobody had when it was requested, over arbiters whose stake had warmed up by
//! then, and never from the parties, the service's operators or the operator's delegators. The
//! author of the drawing block cannot choose its VRF output; it can only withhold its block
//! (and lose the slot), which gives the next author's output instead.

use crate::prod_or_fast;
use crate::{
	configs::governance::EnsureRootOrHalfCouncil, AssetId, Balance, Balances, BlockNumber,
	ComputeAuthorship, Escrow, Runtime, RuntimeHoldReason, Services, Staking, AIT, DAYS, MINUTES,
};
use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::Perbill;

use super::monetary::TreasuryAccount;

parameter_types! {
	pub const DisputeWindow: BlockNumber = prod_or_fast!(7 * DAYS, 10 * MINUTES);
	pub const FilingBond: Balance = 10 * AIT;
	pub const EvidencePeriod: BlockNumber = prod_or_fast!(2 * DAYS, 2 * MINUTES);
	pub const VotePeriod: BlockNumber = prod_or_fast!(DAYS, MINUTES);
	pub const MinArbiterStake: Balance = 100 * AIT;
	pub const ArbiterSlash: Perbill = Perbill::from_percent(10);
	/// What losing a dispute costs an operator's bond and the delegations behind it (deferred,
	/// so the council can still veto it).
	pub const DisputeLostFraction: Perbill = Perbill::from_percent(5);
	/// A default judgment (the operator never answered) slashes the full `DisputeLostFraction`
	/// only for jobs worth this much or more, and proportionally less for smaller jobs.
	pub const FullSlashJobValue: Balance = 100 * AIT;
	pub const EscalationTimeout: BlockNumber = prod_or_fast!(7 * DAYS, 5 * MINUTES);
	pub const ResolvedRetention: BlockNumber = prod_or_fast!(7 * DAYS, 10 * MINUTES);
	/// Arbiter stake counts for a draw only once it has been bonded this long: longer than the
	/// evidence period, so stake bonded after a dispute was filed never sits on its first panel.
	pub const ArbiterWarmup: BlockNumber = prod_or_fast!(3 * DAYS, 3 * MINUTES);
}

/// Tells the disputes pallet who delegates to an operator, so no delegator of a party sits on
/// the party's panel.
pub struct StakingDelegations;

impl pallet_disputes::Delegations<crate::AccountId> for StakingDelegations {
	fn delegates_to(delegator: &crate::AccountId, operator: &crate::AccountId) -> bool {
		<Staking as aitbc_primitives::traits::StakeInfo<crate::AccountId, Balance>>::delegates_to(
			delegator, operator,
		)
	}
}

impl pallet_disputes::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type AssetId = AssetId;
	type Jobs = Services;
	type Escrow = Escrow;
	type Offences = Staking;
	type Randomness = ComputeAuthorship;
	type EscalationOrigin = EnsureRootOrHalfCouncil;
	type TreasuryAccount = TreasuryAccount;
	type DisputeWindow = DisputeWindow;
	type FilingBond = FilingBond;
	type EvidencePeriod = EvidencePeriod;
	type CommitPeriod = VotePeriod;
	type RevealPeriod = VotePeriod;
	type AppealPeriod = VotePeriod;
	/// Panels double with each appeal: 3, 6, then 12 arbiters.
	type InitialPanelSize = ConstU32<3>;
	type MaxAppeals = ConstU32<2>;
	type MaxPanelSize = ConstU32<12>;
	type MinArbiterStake = MinArbiterStake;
	type MaxArbiters = ConstU32<100>;
	type MaxEvidencePerSide = ConstU32<8>;
	type MaxUriLen = ConstU32<256>;
	type ArbiterSlash = ArbiterSlash;
	type DisputeLostFraction = DisputeLostFraction;
	type FullSlashJobValue = FullSlashJobValue;
	type EscalationTimeout = EscalationTimeout;
	type ResolvedRetention = ResolvedRetention;
	/// Deadlines queued at one block; a full block sends a deadline to the next one with room.
	type MaxDeadlinesPerBlock = ConstU32<16>;
	/// Deadlines the hook processes per block, each charged at its worst case.
	type MaxDeadlinesProcessedPerBlock = ConstU32<16>;
	type ArbiterWarmup = ArbiterWarmup;
	type Delegations = StakingDelegations;
	type WeightInfo = pallet_disputes::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::market::benchmark_helpers::MarketBenchmarkHelper;
}
