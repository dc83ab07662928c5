//! System and consensus.

use crate::{
	configs::validators::{HistoryDepth, ReportLongevity},
	AccountId, Aura, Balance, Block, BlockNumber, Hash, Historical, Nonce, Offences, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, RuntimeTask, SafeMode, TxPause,
	SLOT_DURATION, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64, InsideBoth},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

/// Three quarters of a block are for normal transactions; the rest is kept for operational ones
/// (governance, emergency brakes) so they get in even when the block is full.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// A block is at most 5 MiB; normal transactions may fill three quarters of it. A runtime built
/// with benchmarks or `try-runtime` (the dev and test node's) carries their code too, 5.4 MB
/// compressed, and must still fit its own successor in a block for `System::set_code`: it gets
/// 8 MiB.
const MAX_BLOCK_LENGTH: u32 = if cfg!(any(feature = "runtime-benchmarks", feature = "try-runtime"))
{
	8 * 1024 * 1024
} else {
	5 * 1024 * 1024
};

/// Aura and GRANDPA authority sets never exceed this.
pub const MAX_AUTHORITIES: u32 = 100;

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of execution in a six-second slot leaves time for import and gossip.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	pub RuntimeBlockLength: BlockLength =
		BlockLength::builder()
			.max_length(MAX_BLOCK_LENGTH)
			.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
			.build();
	pub const SS58Prefix: u16 = aitbc_primitives::SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDB.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	/// Safe mode and the transaction pause both have to let a call through.
	type BaseCallFilter = InsideBoth<SafeMode, TxPause>;
	type SystemWeightInfo = frame_system::weights::SubstrateWeight<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	/// GRANDPA's set changes with every session that changes the set; equivocations of the
	/// sessions `pallet-session`'s history keeps can be proven.
	type MaxSetIdSessionEntries = ConstU64<{ HistoryDepth::get() as u64 }>;
	/// The voter reports equivocations itself (unsigned); key ownership is proven against
	/// `pallet-session`'s history; offences go to `pallet-offences` and on to `ValidatorSet`.
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}
