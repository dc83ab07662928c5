//! A test runtime: balances, assets, a 3-member council and a scripted service registry.

use crate as pallet_operator_staking;
use crate::EnsureVetoer;
use aitbc_primitives::traits::OperatorRegistry;
use frame_support::{
	construct_runtime, derive_impl, parameter_types,
	traits::{
		tokens::imbalance::ResolveTo, AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, Hooks,
	},
	weights::Weight,
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};
use std::{cell::RefCell, collections::BTreeMap};

pub type AccountId = u64;
pub type Balance = u128;
pub type AssetId = u32;
type Block = frame_system::mocking::MockBlock<Test>;

pub const OPERATOR: AccountId = 1;
pub const OPERATOR_2: AccountId = 2;
pub const DELEGATOR: AccountId = 3;
pub const DELEGATOR_2: AccountId = 4;
pub const DELEGATOR_3: AccountId = 5;
pub const STRANGER: AccountId = 9;
pub const COUNCIL: [AccountId; 3] = [11, 12, 13];
pub const TREASURY: AccountId = 100;
pub const REWARD_SOURCE: AccountId = 101;
pub const ASSET_OWNER: AccountId = 50;
pub const INITIAL: Balance = 1_000_000;
pub const ED: Balance = 1;
pub const USD: AssetId = 1;
pub const ASSET_MIN: Balance = 1;

pub const MIN_BOND: Balance = 100;
pub const MIN_DELEGATION: Balance = 10;
pub const UNBONDING_DELAY: u64 = 30;
pub const DEFER: u64 = 20;
pub const SESSION: u64 = 5;
/// What one service beating every block of a session earns, less one.
pub const MAX_HEARTBEAT_POINTS: u64 = 3;

construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Council: pallet_collective::<Instance1>,
		Staking: pallet_operator_staking,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type AssetId = AssetId;
	type AssetIdParameter = AssetId;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ConstU128<0>;
	type Freezer = ();
	type Holder = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub MaxProposalWeight: Weight = Weight::from_parts(1_000_000_000_000, u64::MAX);
	pub const RewardOfRoom: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(50);
}

/// The reward room the tests report per unit of work: enough that `RewardOfRoom` never binds
/// where a test is about points alone.
pub const ROOM_PER_UNIT: u128 = 1_000_000;

pub fn room(units: u64) -> u128 {
	u128::from(units) * ROOM_PER_UNIT
}

impl pallet_collective::Config<pallet_collective::Instance1> for Test {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = ConstU64<5>;
	type MaxProposals = ConstU32<10>;
	type MaxMembers = ConstU32<10>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = ();
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

thread_local! {
	static ACTIVE_SERVICES: RefCell<BTreeMap<AccountId, u32>> = RefCell::new(BTreeMap::new());
}

/// Services whose counts the tests set with [`set_active_services`].
pub struct MockServices;

pub fn set_active_services(who: AccountId, count: u32) {
	ACTIVE_SERVICES.with(|s| s.borrow_mut().insert(who, count));
}

impl OperatorRegistry<AccountId> for MockServices {
	fn active_services(who: &AccountId) -> u32 {
		ACTIVE_SERVICES.with(|s| s.borrow().get(who).copied().unwrap_or(0))
	}
	fn is_registered(who: &AccountId) -> bool {
		Self::active_services(who) > 0
	}
}

parameter_types! {
	pub const StakingPalletId: PalletId = PalletId(*b"aitb/stk");
	pub const TreasuryAccount: AccountId = TREASURY;
	pub const RewardSource: AccountId = REWARD_SOURCE;
	pub const MaxCommission: Perbill = Perbill::from_percent(50);
	pub static MaxDelegationsPerOperator: u32 = 8;
	pub static MaxPayoutsPerBlock: u32 = 4;
	pub static MaxSlashesPerBlock: u32 = 256;
}

pub type HalfCouncil =
	pallet_collective::EnsureProportionAtLeast<AccountId, pallet_collective::Instance1, 1, 2>;

impl pallet_operator_staking::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = AssetId;
	type Assets = Assets;
	type Services = MockServices;
	type Slashed = ResolveTo<TreasuryAccount, Balances>;
	type TreasuryAccount = TreasuryAccount;
	type RewardSource = RewardSource;
	type VetoOrigin = EnsureVetoer<EnsureRoot<AccountId>, HalfCouncil>;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type PalletId = StakingPalletId;
	type MinOperatorBond = ConstU128<MIN_BOND>;
	type MinDelegation = ConstU128<MIN_DELEGATION>;
	type MaxDelegationAssets = ConstU32<2>;
	type UnbondingDelay = ConstU64<UNBONDING_DELAY>;
	type UndelegationDelay = ConstU64<UNBONDING_DELAY>;
	type SlashDeferDuration = ConstU64<DEFER>;
	type SessionLength = ConstU64<SESSION>;
	type MaxDelegationsPerOperator = MaxDelegationsPerOperator;
	type MaxBlueprintsPerDelegation = ConstU32<4>;
	type MaxSlashesPerBlock = MaxSlashesPerBlock;
	type MaxSlashesProcessedPerBlock = ConstU32<2>;
	type MaxPayoutsPerBlock = MaxPayoutsPerBlock;
	type MaxIncentivizedBlueprints = ConstU32<4>;
	type MaxCommission = MaxCommission;
	type PointsPerHeartbeat = ConstU64<1>;
	type MaxHeartbeatPointsPerSession = ConstU64<MAX_HEARTBEAT_POINTS>;
	type RewardOfRoom = RewardOfRoom;
	type PointsPenalty = ConstU64<5>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	let mut balances: Vec<(AccountId, Balance)> = [
		OPERATOR,
		OPERATOR_2,
		DELEGATOR,
		DELEGATOR_2,
		DELEGATOR_3,
		STRANGER,
		REWARD_SOURCE,
	]
	.into_iter()
	.chain(COUNCIL)
	.map(|who| (who, INITIAL))
	.collect();
	// The pallet account keeps its existential deposit so reward claims never reap it.
	balances.push((Staking::account_id(), ED));
	balances.push((TREASURY, ED));
	pallet_balances::GenesisConfig::<Test> {
		balances,
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(USD, ASSET_OWNER, true, ASSET_MIN)],
		accounts: vec![(USD, DELEGATOR, INITIAL), (USD, DELEGATOR_2, INITIAL)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_collective::GenesisConfig::<Test, pallet_collective::Instance1> {
		members: COUNCIL.to_vec(),
		phantom: Default::default(),
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		// USD is a listed delegation asset with AIT's minimum; JUNK (created by tests) is not.
		pallet_operator_staking::DelegationAssets::<Test>::insert(USD, MIN_DELEGATION);
		pallet_operator_staking::DelegationAssetCount::<Test>::put(1);
	});
	ext
}

/// Run `test` in a fresh externality and check the invariants at the end.
pub fn test(f: impl FnOnce()) {
	ACTIVE_SERVICES.with(|s| s.borrow_mut().clear());
	MaxSlashesPerBlock::set(256);
	new_test_ext().execute_with(|| {
		f();
		Staking::do_try_state().unwrap();
	});
}

/// Advance to block `n`, running the pallet's `on_initialize` for each block on the way.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Staking::on_initialize(next);
		Staking::do_try_state().unwrap();
	}
}
