//! A test runtime: balances, assets, a scripted job registry and proof verifier.

use crate as pallet_escrow;
use aitbc_primitives::{
	traits::{JobEnd, JobInfo, JobRegistry, JobStatus, KeyConsumer, NullifierScope, ProofVerifier},
	JobId, PaymentAsset, ResourceClass, VerifyingKeyId,
};
use frame_support::{
	construct_runtime, derive_impl, ord_parameter_types, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::testing::H256;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::{cell::RefCell, collections::BTreeMap};

/// Wider than the default `u64`, so each asset's pot (`PalletId` sub-account: "modl", the
/// 8-byte pallet id and the 4-byte asset id) is an account of its own, as on the real runtime.
pub type AccountId = u128;
pub type Balance = u128;
pub type AssetId = u32;
type Block = frame_system::mocking::MockBlock<Test>;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const STRANGER: AccountId = 9;
pub const ARBITER: AccountId = 99;
pub const TREASURY: AccountId = 100;
pub const INITIAL: Balance = 1_000_000;
pub const ED: Balance = 1;
/// An asset clients may pay in, with a minimum balance of [`ASSET_MIN`].
pub const USD: AssetId = 1;
pub const ASSET_MIN: Balance = 10;
pub const ASSET_OWNER: AccountId = 50;
/// The only proof the mock verifier accepts.
pub const VALID_PROOF: &[u8] = b"valid";
pub const KEY: VerifyingKeyId = [1; 32];

construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Escrow: pallet_escrow,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
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

thread_local! {
	static JOBS: RefCell<BTreeMap<JobId, JobStatus>> = RefCell::new(BTreeMap::new());
	static CLOSED: RefCell<Vec<(JobId, JobEnd)>> = RefCell::new(Vec::new());
	static REFUSE_CLOSE: RefCell<bool> = RefCell::new(false);
}

/// A little job registry: statuses the tests set with [`set_job`], and the registry's checks
/// on `close_job` (the job exists and is open), recorded in [`closed_jobs`].
pub struct MockJobs;

pub fn set_job(job_id: JobId, status: JobStatus) {
	JOBS.with(|jobs| jobs.borrow_mut().insert(job_id, status));
}

pub fn remove_job(job_id: JobId) {
	JOBS.with(|jobs| jobs.borrow_mut().remove(&job_id));
}

pub fn job_status(job_id: JobId) -> Option<JobStatus> {
	JOBS.with(|jobs| jobs.borrow().get(&job_id).copied())
}

/// Every successful `close_job`, in order.
pub fn closed_jobs() -> Vec<(JobId, JobEnd)> {
	CLOSED.with(|closed| closed.borrow().clone())
}

/// Make `close_job` refuse every job (as a registry whose checks fail would).
pub fn refuse_close(refuse: bool) {
	REFUSE_CLOSE.with(|flag| *flag.borrow_mut() = refuse);
}

fn move_job(job_id: JobId, from: &[JobStatus], to: JobStatus) -> DispatchResult {
	let status = job_status(job_id).ok_or(DispatchError::Other("no such job"))?;
	if !from.contains(&status) {
		return Err(DispatchError::Other("job not in a state that allows this"));
	}
	set_job(job_id, to);
	Ok(())
}

impl JobRegistry<AccountId, Balance, AssetId> for MockJobs {
	fn job(job_id: JobId) -> Option<JobInfo<AccountId, Balance, AssetId>> {
		let status = job_status(job_id)?;
		Some(JobInfo {
			service_id: 0,
			blueprint_id: 0,
			client: ALICE,
			max_units: 1,
			price_cap: 0,
			asset: PaymentAsset::Native,
			resource_class: ResourceClass(0),
			called_at: 0,
			input_hash: Default::default(),
			status,
			result: None,
		})
	}
	fn is_job_operator(_: JobId, _: &AccountId) -> bool {
		false
	}
	fn claim(job_id: JobId, _: &AccountId, _: H256) -> DispatchResult {
		move_job(job_id, &[JobStatus::ResultSubmitted], JobStatus::Claimed)
	}
	fn open_dispute(job_id: JobId) -> DispatchResult {
		use JobStatus::*;
		move_job(job_id, &[Called, ResultSubmitted, Claimed], Disputed)
	}
	fn close_job(job_id: JobId, end: JobEnd) -> DispatchResult {
		use JobStatus::*;
		if REFUSE_CLOSE.with(|flag| *flag.borrow()) {
			return Err(DispatchError::Other("registry refuses"));
		}
		let from: &[JobStatus] = match end {
			JobEnd::Settled { .. } => &[Claimed],
			JobEnd::Resolved => &[Disputed],
			JobEnd::Cancelled => &[Called],
			JobEnd::TimedOut => &[Called, ResultSubmitted],
			JobEnd::Withdrawn => &[Called, ResultSubmitted, Claimed, Disputed],
		};
		move_job(job_id, from, end.status())?;
		CLOSED.with(|closed| closed.borrow_mut().push((job_id, end)));
		Ok(())
	}
}

/// A key registered for the open calls of the verifier, not for escrow conditions.
pub const OPEN_KEY: VerifyingKeyId = [2; 32];

thread_local! {
	static PINS: RefCell<BTreeMap<VerifyingKeyId, u32>> = RefCell::new(BTreeMap::new());
}

/// How many escrows pin `key` now.
pub fn pins(key: VerifyingKeyId) -> u32 {
	PINS.with(|pins| pins.borrow().get(&key).copied().unwrap_or(0))
}

/// Accepts exactly [`VALID_PROOF`] under [`KEY`], a key for escrow conditions; counts pins.
pub struct MockProofs;

impl ProofVerifier for MockProofs {
	fn verify(
		consumer: KeyConsumer,
		key: &VerifyingKeyId,
		scope: NullifierScope,
		proof: &[u8],
		_: &[[u8; 32]],
	) -> DispatchResult {
		assert_eq!(
			scope,
			NullifierScope::ConsumerState,
			"escrow state is the uniqueness"
		);
		if consumer == KeyConsumer::Escrow && *key == KEY && proof == VALID_PROOF {
			Ok(())
		} else {
			Err(DispatchError::Other("invalid proof"))
		}
	}
	fn pin_key(consumer: KeyConsumer, key: &VerifyingKeyId, _: Option<u32>) -> DispatchResult {
		match (*key, consumer) {
			(KEY, KeyConsumer::Escrow) => {
				PINS.with(|pins| *pins.borrow_mut().entry(*key).or_default() += 1);
				Ok(())
			}
			(OPEN_KEY, _) => Err(DispatchError::Other("a key of another consumer")),
			_ => Err(DispatchError::Other("unknown key")),
		}
	}
	fn unpin_key(key: &VerifyingKeyId) {
		PINS.with(|pins| {
			let mut pins = pins.borrow_mut();
			let count = pins.entry(*key).or_default();
			assert!(*count > 0, "a pin is released that was never taken");
			*count -= 1;
		});
	}
	fn verify_weight(_: u32) -> Weight {
		Weight::from_parts(1_000_000, 0)
	}
	fn pin_weight() -> Weight {
		Weight::from_parts(10_000, 0)
	}
}

parameter_types! {
	pub const EscrowPalletId: PalletId = PalletId(*b"aitb/esc");
	pub const MaxPlatformFee: Perbill = Perbill::from_percent(10);
	pub const TreasuryAccount: AccountId = TREASURY;
	pub static MaxExpiriesProcessed: u32 = 2;
	pub static MaxEscrowAssets: u32 = 32;
}

ord_parameter_types! {
	pub const Arbiter: AccountId = ARBITER;
}

impl pallet_escrow::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = AssetId;
	type Assets = Assets;
	type Jobs = MockJobs;
	type Proofs = MockProofs;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type DisputeOrigin = EnsureSignedBy<Arbiter, AccountId>;
	type TreasuryAccount = TreasuryAccount;
	type PalletId = EscrowPalletId;
	type MaxPlatformFee = MaxPlatformFee;
	type MaxSignatories = ConstU32<5>;
	type MaxExpiriesPerBlock = ConstU32<3>;
	type MaxExpiriesProcessedPerBlock = MaxExpiriesProcessed;
	type MaxProofLen = ConstU32<64>;
	type MaxPublicInputs = ConstU32<4>;
	type MaxEscrowAssets = MaxEscrowAssets;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AssetId> for MockBenchmarkHelper {
	fn create_asset() -> AssetId {
		USD
	}
	fn valid_proof() -> (VerifyingKeyId, Vec<u8>, Vec<[u8; 32]>) {
		(KEY, VALID_PROOF.to_vec(), vec![[7; 32]])
	}
}

/// Accounts 1..=4 and the treasury hold AIT and [`USD`]; the treasury holds just enough.
/// Governance has listed [`USD`] for escrow.
pub fn new_test_ext() -> sp_io::TestExternalities {
	JOBS.with(|jobs| jobs.borrow_mut().clear());
	CLOSED.with(|closed| closed.borrow_mut().clear());
	refuse_close(false);
	MaxExpiriesProcessed::set(2);
	MaxEscrowAssets::set(32);
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, INITIAL),
			(BOB, INITIAL),
			(CHARLIE, INITIAL),
			(DAVE, INITIAL),
			(STRANGER, INITIAL),
			(ARBITER, INITIAL),
			(ASSET_OWNER, INITIAL),
			(TREASURY, ED),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(USD, ASSET_OWNER, false, ASSET_MIN)],
		accounts: vec![
			(USD, ALICE, INITIAL),
			(USD, BOB, INITIAL),
			(USD, CHARLIE, INITIAL),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		pallet_escrow::EscrowAssets::<Test>::insert(USD, ());
	});
	ext
}

/// Run `test`, then check the pallet's invariants.
pub fn test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		check_invariants();
	});
}

/// `try_state`, plus what only holds without outside transfers: every asset's pot holds
/// exactly the open escrows in that asset (nothing if there are none).
pub fn check_invariants() {
	Escrow::do_try_state().expect("try_state holds");
	let totals = Escrow::asset_totals();
	for asset_id in pallet_assets::Asset::<Test>::iter_keys() {
		let total = totals
			.iter()
			.find(|(id, _)| *id == asset_id)
			.map_or(0, |(_, total)| *total);
		assert_eq!(
			Assets::balance(asset_id, Escrow::pot_of(asset_id)),
			total,
			"the pot of asset {asset_id} holds other than its open escrows"
		);
	}
}

/// Advance to block `n`, running the escrow hook on every block on the way.
pub fn run_to_block(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Escrow::on_initialize(next);
		check_invariants();
	}
}
