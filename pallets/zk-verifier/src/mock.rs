//! A test runtime, and the fixtures made by `zk/build.sh` from the circom circuits with snarkjs.

use crate as pallet_zk_verifier;
use frame_support::{
	construct_runtime, derive_impl, ord_parameter_types,
	traits::{ConstU128, ConstU32, EitherOfDiverse},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const STRANGER: AccountId = 9;
pub const COUNCIL: AccountId = 99;
/// An account that can pay for nothing.
pub const PAUPER: AccountId = 7;
pub const INITIAL: Balance = 1_000_000;
pub const ED: Balance = 1;

pub const DEPOSIT_BASE: Balance = 100;
pub const DEPOSIT_PER_BYTE: Balance = 1;
pub const NULLIFIER_DEPOSIT: Balance = 10;
pub const MAX_NULLIFIERS: u32 = 4;
pub const MAX_PUBLIC_INPUTS: u32 = 8;
pub const MAX_BATCH: u32 = 4;

construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ZkVerifier: pallet_zk_verifier,
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

ord_parameter_types! {
	pub const Council: AccountId = COUNCIL;
}

impl pallet_zk_verifier::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type GovernanceOrigin =
		EitherOfDiverse<EnsureRoot<AccountId>, EnsureSignedBy<Council, AccountId>>;
	// The runtime's choice; natively it runs the same code as `PureBackend`.
	type Backend = crate::HostBackend;
	type MaxPublicInputs = ConstU32<MAX_PUBLIC_INPUTS>;
	type MaxBatchSize = ConstU32<MAX_BATCH>;
	type MaxNullifiersPerKey = ConstU32<MAX_NULLIFIERS>;
	type KeyDepositBase = ConstU128<DEPOSIT_BASE>;
	type KeyDepositPerByte = ConstU128<DEPOSIT_PER_BYTE>;
	type NullifierDeposit = ConstU128<NULLIFIER_DEPOSIT>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, INITIAL),
			(BOB, INITIAL),
			(STRANGER, INITIAL),
			(COUNCIL, INITIAL),
			(PAUPER, 50),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and checks the pallet's invariants at its end.
pub fn test(body: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		body();
		ZkVerifier::do_try_state().expect("try_state holds");
	});
}

/// One statement proven by snarkjs: the JSON files and the bytes `zk/scripts/to_arkworks.mjs`
/// converted them to.
pub struct Statement {
	pub proof_json: &'static str,
	pub public_json: &'static str,
	pub proof: &'static [u8],
	pub public: &'static [u8],
}

impl Statement {
	pub fn inputs(&self) -> Vec<[u8; 32]> {
		self.public
			.chunks_exact(32)
			.map(|chunk| chunk.try_into().expect("32-byte chunks"))
			.collect()
	}
}

/// A circuit's verifying key, as snarkjs exported it and converted.
pub struct Circuit {
	pub vk_json: &'static str,
	pub vk: &'static [u8],
	/// The public input these tests register as the nullifier (the circuits name none: a job
	/// settles once; the job id, input 0, differs between the test statements).
	pub nullifier_input: u32,
	pub public_inputs: u32,
}

macro_rules! statement {
	($name:literal) => {
		Statement {
			proof_json: include_str!(concat!("fixtures/", $name, ".proof.json")),
			public_json: include_str!(concat!("fixtures/", $name, ".public.json")),
			proof: include_bytes!(concat!("fixtures/", $name, ".proof.bin")),
			public: include_bytes!(concat!("fixtures/", $name, ".public.bin")),
		}
	};
}

pub const BASIC: Circuit = Circuit {
	vk_json: include_str!("fixtures/receipt_basic.vk.json"),
	vk: include_bytes!("fixtures/receipt_basic.vk.bin"),
	nullifier_input: 0,
	public_inputs: 4,
};

pub const ENHANCED: Circuit = Circuit {
	vk_json: include_str!("fixtures/receipt_enhanced.vk.json"),
	vk: include_bytes!("fixtures/receipt_enhanced.vk.bin"),
	nullifier_input: 0,
	public_inputs: 6,
};

pub const BASIC_JOB7: Statement = statement!("basic_job7");
pub const BASIC_JOB8: Statement = statement!("basic_job8");
pub const ENHANCED_JOB7: Statement = statement!("enhanced_job7");
