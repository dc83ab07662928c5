//! A runtime with System, Balances and Pricing; one genesis class, `GPU`.

use crate::{self as pallet_pricing, ClassParams, MAX_STEP_LIMIT};
use aitbc_primitives::ResourceClass;
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Pricing: pallet_pricing,
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
	type AccountStore = System;
}

parameter_types! {
	pub static UpdatePeriod: u64 = 1;
	pub static AskDeposit: Balance = DEPOSIT_PER_ASK;
}

pub const MAX_CLASSES: u32 = 4;

impl pallet_pricing::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxClasses = ConstU32<MAX_CLASSES>;
	type UpdatePeriod = UpdatePeriod;
	type AskDeposit = AskDeposit;
	type WeightInfo = ();
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Cannot afford an ask deposit.
pub const POOR: AccountId = 3;
pub const DEPOSIT_PER_ASK: Balance = 100;
pub const INITIAL_BALANCE: Balance = 10_000;

pub const GPU: ResourceClass = ResourceClass(1);
pub const GPU_FLOOR: Balance = 1_000_000;
pub const GPU_CEILING: Balance = 100_000_000;
pub const GPU_START: Balance = 10_000_000;

pub fn gpu_params() -> ClassParams<Balance> {
	ClassParams {
		floor: GPU_FLOOR,
		ceiling: GPU_CEILING,
		target_utilisation: Perbill::from_percent(50),
		smoothing: Perbill::from_percent(20),
		max_step: MAX_STEP_LIMIT,
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, INITIAL_BALANCE),
			(BOB, INITIAL_BALANCE),
			(POOR, DEPOSIT_PER_ASK / 2),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_pricing::GenesisConfig::<Test> {
		classes: vec![(GPU, gpu_params(), GPU_START)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` in a fresh externality and check the pallet's invariants afterwards.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Pricing::do_try_state().unwrap();
	});
}
