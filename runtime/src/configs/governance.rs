//! Governance: the council, sudo for dev and local chains, the scheduler and preimages, and the
//! emergency brakes (safe mode, transaction pause) that the council controls.
//!
//! [`EnsureRootOrHalfCouncil`] is the origin later pallets use for parameters and for vetoing
//! slashes: root, or at least half of the council in a motion.

use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, DAYS, HOURS, MILLI_AIT,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, ConstU32, Contains, EitherOfDiverse, EqualPrivilegeOnly,
		LinearStoragePrice,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureWithSuccess};
use sp_runtime::Perbill;

use super::system::RuntimeBlockWeights;

/// The council is `pallet-collective` instance 1.
pub type CouncilCollective = pallet_collective::Instance1;

/// Root, or at least half of the council.
pub type EnsureRootOrHalfCouncil = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 1, 2>,
>;

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const CouncilMotionDuration: BlockNumber = 3 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	pub const CouncilMaxMembers: u32 = 100;
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

parameter_types! {
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRootOrHalfCouncil;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

parameter_types! {
	pub const PreimageBaseDeposit: Balance = 100 * MILLI_AIT;
	pub const PreimageByteDeposit: Balance = MILLI_AIT / 100;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

/// Calls that work even in safe mode: what it takes to run blocks and to lift the brake.
pub struct SafeModeWhitelistedCalls;
impl Contains<RuntimeCall> for SafeModeWhitelistedCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::System(_)
				| RuntimeCall::Timestamp(_)
				| RuntimeCall::Sudo(_)
				| RuntimeCall::Council(_)
				| RuntimeCall::SafeMode(_)
				| RuntimeCall::TxPause(_)
		)
	}
}

parameter_types! {
	pub const EnterDuration: BlockNumber = 4 * HOURS;
	pub const ExtendDuration: BlockNumber = 2 * HOURS;
}

/// Root or half the council, succeeding with how long safe mode lasts.
pub type EnsureRootOrHalfCouncilFor<Duration> =
	EnsureWithSuccess<EnsureRootOrHalfCouncil, AccountId, Duration>;

impl pallet_safe_mode::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WhitelistedCalls = SafeModeWhitelistedCalls;
	type EnterDuration = EnterDuration;
	type ExtendDuration = ExtendDuration;
	// Only governance may pull the brake; nobody can buy their way into safe mode.
	type EnterDepositAmount = ();
	type ExtendDepositAmount = ();
	type ForceEnterOrigin = EnsureRootOrHalfCouncilFor<EnterDuration>;
	type ForceExtendOrigin = EnsureRootOrHalfCouncilFor<ExtendDuration>;
	type ForceExitOrigin = EnsureRootOrHalfCouncil;
	type ForceDepositOrigin = EnsureRootOrHalfCouncil;
	type Notify = ();
	type ReleaseDelay = ();
	type WeightInfo = pallet_safe_mode::weights::SubstrateWeight<Runtime>;
}

/// Pallets whose calls can never be paused: pausing them could lock governance out.
pub struct TxPauseWhitelistedCalls;
impl Contains<pallet_tx_pause::RuntimeCallNameOf<Runtime>> for TxPauseWhitelistedCalls {
	fn contains(full_name: &pallet_tx_pause::RuntimeCallNameOf<Runtime>) -> bool {
		let pallet: &[u8] = &full_name.0;
		matches!(
			pallet,
			b"System" | b"Timestamp" | b"Sudo" | b"Council" | b"SafeMode" | b"TxPause"
		)
	}
}

impl pallet_tx_pause::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PauseOrigin = EnsureRootOrHalfCouncil;
	type UnpauseOrigin = EnsureRootOrHalfCouncil;
	type WhitelistedCalls = TxPauseWhitelistedCalls;
	type MaxNameLen = ConstU32<256>;
	type WeightInfo = pallet_tx_pause::weights::SubstrateWeight<Runtime>;
}
