//! A runtime with System, Balances and Services, and small stateful fakes of escrow, pricing,
//! staking and the reward hook, so tests can see what this pallet asked of them.

use crate::{self as pallet_services};
use aitbc_primitives::{
	traits::{
		EscrowLedger, JobEscrow, JobOutcome, Offence, OffenceReporter, OnJobOutcome, PriceOracle,
		StakeInfo,
	},
	BlueprintId, JobId, PaymentAsset, ResourceClass,
};
use codec::Encode;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::Mutate, tokens::Preservation, ConstU32, ConstU64},
};
use sp_runtime::{testing::TestSignature, BuildStorage, DispatchError, DispatchResult, Perbill};
use std::collections::{BTreeMap, BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;
pub type AssetId = u32;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Services: pallet_services,
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
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The most capacity one registration may offer.
pub const MAX_CAPACITY: u64 = 1_000_000;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Neither owner, caller nor operator of anything.
pub const STRANGER: AccountId = 3;
/// Cannot afford a deposit.
pub const POOR: AccountId = 4;
pub const OP1: AccountId = 10;
pub const OP2: AccountId = 11;
pub const OP3: AccountId = 12;
/// A second permitted caller in SLA tests.
pub const CAROL: AccountId = 5;
/// Has no bond.
pub const UNBONDED: AccountId = 13;
/// Where the fake escrow keeps what it holds.
pub const ESCROW_ACCOUNT: AccountId = 99;
pub const INITIAL_BALANCE: Balance = 1_000_000;
pub const BLUEPRINT_DEPOSIT: Balance = 100;
pub const REQUEST_DEPOSIT: Balance = 10;
pub const GPU: ResourceClass = ResourceClass(1);
pub const PRICE_PER_UNIT: Balance = 5;
pub const HEARTBEAT_INTERVAL: u64 = 10;
pub const HEARTBEAT_WINDOW: u64 = 100;
pub const MISS_THRESHOLD: u32 = 2;

thread_local! {
	pub static BONDED: RefCell<BTreeSet<AccountId>> = RefCell::new([OP1, OP2, OP3].into_iter().collect());
	pub static PRICES: RefCell<BTreeMap<ResourceClass, Balance>> = RefCell::new([(GPU, PRICE_PER_UNIT)].into_iter().collect());
	pub static DEMAND: RefCell<BTreeMap<ResourceClass, u64>> = RefCell::new(BTreeMap::new());
	pub static SUPPLY: RefCell<BTreeMap<ResourceClass, u64>> = RefCell::new(BTreeMap::new());
	pub static OFFENCES: RefCell<Vec<Offence<AccountId>>> = RefCell::new(Vec::new());
	pub static OUTCOMES: RefCell<Vec<(AccountId, BlueprintId, JobOutcome)>> = RefCell::new(Vec::new());
}

pub struct FakeStake;
impl StakeInfo<AccountId, Balance> for FakeStake {
	fn operator_bond(who: &AccountId) -> Option<Balance> {
		BONDED.with(|b| b.borrow().contains(who)).then_some(1_000)
	}
	fn is_active_operator(who: &AccountId) -> bool {
		BONDED.with(|b| b.borrow().contains(who))
	}
}

/// The fake escrow keeps its records in storage, so they roll back with everything else.
fn escrow_key(job_id: JobId) -> Vec<u8> {
	(b"fake_escrow", job_id).encode()
}

fn put_escrow(job_id: JobId, escrow: JobEscrow<AccountId, Balance, AssetId>) {
	frame_support::storage::unhashed::put(&escrow_key(job_id), &escrow);
}

/// Moves real balances to and from `ESCROW_ACCOUNT`.
pub struct FakeEscrow;
impl EscrowLedger<AccountId, Balance, AssetId> for FakeEscrow {
	fn lock(
		job_id: JobId,
		payer: &AccountId,
		asset: PaymentAsset<AssetId>,
		amount: Balance,
	) -> DispatchResult {
		if Self::escrow_of(job_id).is_some() {
			return Err(DispatchError::Other("escrow exists"));
		}
		Balances::transfer(payer, &ESCROW_ACCOUNT, amount, Preservation::Preserve)?;
		put_escrow(
			job_id,
			JobEscrow {
				payer: *payer,
				asset,
				held: amount,
				frozen: false,
			},
		);
		Ok(())
	}
	fn escrow_of(job_id: JobId) -> Option<JobEscrow<AccountId, Balance, AssetId>> {
		frame_support::storage::unhashed::get(&escrow_key(job_id))
	}
	fn release(job_id: JobId, to: &AccountId, amount: Balance) -> Result<Balance, DispatchError> {
		let escrow = Self::escrow_of(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(DispatchError::Other("cannot release"));
		}
		Balances::transfer(&ESCROW_ACCOUNT, to, amount, Preservation::Expendable)?;
		put_escrow(
			job_id,
			JobEscrow {
				held: escrow.held - amount,
				..escrow
			},
		);
		Ok(amount)
	}
	fn settle(
		job_id: JobId,
		payee: &AccountId,
		amount: Balance,
	) -> Result<(Balance, Balance), DispatchError> {
		let escrow = Self::escrow_of(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(DispatchError::Other("cannot settle"));
		}
		let rest = escrow.held - amount;
		Balances::transfer(&ESCROW_ACCOUNT, payee, amount, Preservation::Expendable)?;
		Balances::transfer(
			&ESCROW_ACCOUNT,
			&escrow.payer,
			rest,
			Preservation::Expendable,
		)?;
		frame_support::storage::unhashed::kill(&escrow_key(job_id));
		Ok((amount, rest))
	}
	fn refund(job_id: JobId) -> Result<Balance, DispatchError> {
		let escrow = Self::escrow_of(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if escrow.frozen {
			return Err(DispatchError::Other("frozen"));
		}
		Balances::transfer(
			&ESCROW_ACCOUNT,
			&escrow.payer,
			escrow.held,
			Preservation::Expendable,
		)?;
		frame_support::storage::unhashed::kill(&escrow_key(job_id));
		Ok(escrow.held)
	}
	fn refund_part(job_id: JobId, amount: Balance) -> Result<Balance, DispatchError> {
		let escrow = Self::escrow_of(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(DispatchError::Other("cannot refund"));
		}
		Balances::transfer(
			&ESCROW_ACCOUNT,
			&escrow.payer,
			amount,
			Preservation::Expendable,
		)?;
		put_escrow(
			job_id,
			JobEscrow {
				held: escrow.held - amount,
				..escrow
			},
		);
		Ok(amount)
	}
	fn freeze(job_id: JobId) -> DispatchResult {
		let escrow = Self::escrow_of(job_id).ok_or(DispatchError::Other("no escrow"))?;
		put_escrow(
			job_id,
			JobEscrow {
				frozen: true,
				..escrow
			},
		);
		Ok(())
	}
	fn unfreeze(job_id: JobId) -> DispatchResult {
		let escrow = Self::escrow_of(job_id).ok_or(DispatchError::Other("no escrow"))?;
		put_escrow(
			job_id,
			JobEscrow {
				frozen: false,
				..escrow
			},
		);
		Ok(())
	}
	fn split(_: JobId, _: &AccountId, _: Perbill) -> Result<(Balance, Balance), DispatchError> {
		Err(DispatchError::Other("not used by services"))
	}
}

pub struct FakePricing;
impl PriceOracle<AccountId, Balance> for FakePricing {
	fn price_per_unit(class: ResourceClass) -> Option<Balance> {
		PRICES.with(|p| p.borrow().get(&class).copied())
	}
	fn quote(class: ResourceClass, units: u64) -> Option<Balance> {
		Self::price_per_unit(class)?.checked_mul(Balance::from(units))
	}
	fn operator_ask(_: ResourceClass, _: &AccountId) -> Option<Balance> {
		None
	}
	fn record_demand(class: ResourceClass, units: u64) {
		DEMAND.with(|d| *d.borrow_mut().entry(class).or_default() += units);
	}
	fn add_supply(class: ResourceClass, units: u64) {
		SUPPLY.with(|s| *s.borrow_mut().entry(class).or_default() += units);
	}
	fn remove_supply(class: ResourceClass, units: u64) {
		SUPPLY.with(|s| {
			let mut supply = s.borrow_mut();
			let entry = supply.entry(class).or_default();
			*entry = entry
				.checked_sub(units)
				.expect("supply removed that was never added");
		});
	}
}

pub struct FakeOffences;
impl OffenceReporter<AccountId> for FakeOffences {
	fn report(offence: Offence<AccountId>) -> DispatchResult {
		OFFENCES.with(|o| o.borrow_mut().push(offence));
		Ok(())
	}
}

pub struct FakeOutcomes;
impl OnJobOutcome<AccountId> for FakeOutcomes {
	fn on_job_outcome(operator: &AccountId, blueprint_id: BlueprintId, outcome: JobOutcome) {
		OUTCOMES.with(|o| o.borrow_mut().push((*operator, blueprint_id, outcome)));
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, TestSignature> for MockBenchmarkHelper {
	fn bond_operator(who: &AccountId) {
		BONDED.with(|b| b.borrow_mut().insert(*who));
	}
	fn price_class(class: ResourceClass) {
		PRICES.with(|p| p.borrow_mut().insert(class, PRICE_PER_UNIT));
	}
	fn reporter() -> AccountId {
		REPORTER
	}
	fn sign(payload: &[u8]) -> TestSignature {
		TestSignature(REPORTER, payload.to_vec())
	}
}

/// The account benchmarks sign performance reports with.
#[cfg(feature = "runtime-benchmarks")]
pub const REPORTER: AccountId = 77;

/// Blocks a closed job is kept.
pub const JOB_RETENTION: u64 = 50;
pub const MIN_JOB_TIMEOUT: u64 = 5;
pub const MAX_JOB_TIMEOUT: u64 = 1000;
/// Blocks an operator keeps serving after announcing it leaves a service.
pub const SERVICE_EXIT_NOTICE: u64 = 20;

parameter_types! {
	pub static MaxExpiriesPerBlock: u32 = 1000;
	pub static MaxExpiriesProcessedPerBlock: u32 = 10;
	pub const SlashPerMiss: Perbill = Perbill::from_percent(1);
	pub const MaxHeartbeatSlash: Perbill = Perbill::from_percent(5);
	pub const SlaPenalty: Perbill = Perbill::from_percent(20);
	pub const RentalBreachSlash: Perbill = Perbill::from_percent(2);
}

pub const MAX_RENTAL_PERIODS: u32 = 100;
pub const MIN_RENTAL_PERIOD: u64 = 10;
pub const MAX_RENTAL_DURATION: u64 = 10_000;
pub const MAX_RENTAL_NOTICE: u64 = 100;
pub const RENTAL_REPORT_WINDOW: u64 = 5;
pub const RENTAL_BREACHES_FOR_OFFENCE: u32 = 2;

impl pallet_services::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = AssetId;
	type Escrow = FakeEscrow;
	type Pricing = FakePricing;
	type Offences = FakeOffences;
	type Stake = FakeStake;
	type OnOutcome = FakeOutcomes;
	type BlueprintDeposit = ConstU128<BLUEPRINT_DEPOSIT>;
	type RequestDeposit = ConstU128<REQUEST_DEPOSIT>;
	type MaxNameLen = ConstU32<16>;
	type MaxRpcLen = ConstU32<32>;
	type MaxJobsPerBlueprint = ConstU32<4>;
	type MaxOperatorsPerService = ConstU32<3>;
	type MaxPermittedCallers = ConstU32<2>;
	type MaxSecurityAssets = ConstU32<2>;
	type MaxBlueprintsPerOperator = ConstU32<2>;
	type MaxCapacity = ConstU64<MAX_CAPACITY>;
	type MaxServicesPerOperator = ConstU32<4>;
	type MaxRequestsPerClient = ConstU32<1000>;
	type MaxPendingJobsPerService = ConstU32<4>;
	type MinJobTimeout = ConstU64<MIN_JOB_TIMEOUT>;
	type MaxJobTimeout = ConstU64<MAX_JOB_TIMEOUT>;
	type ServiceExitNotice = ConstU64<SERVICE_EXIT_NOTICE>;
	type MaxExpiriesPerBlock = MaxExpiriesPerBlock;
	type MaxExpiriesProcessedPerBlock = MaxExpiriesProcessedPerBlock;
	type JobRetention = ConstU64<JOB_RETENTION>;
	type MaxJobPrunesPerBlock = ConstU32<4>;
	type MaxJobPrunesProcessedPerBlock = ConstU32<3>;
	type MaxRequestTtl = ConstU64<1000>;
	type MinHeartbeatInterval = ConstU64<5>;
	type HeartbeatWindow = ConstU64<HEARTBEAT_WINDOW>;
	type MissedHeartbeatThreshold = ConstU32<MISS_THRESHOLD>;
	type SlashPerMissedHeartbeat = SlashPerMiss;
	type MaxHeartbeatSlash = MaxHeartbeatSlash;
	type Signature = TestSignature;
	type MaxReportsPerJob = ConstU32<2>;
	type SlaPenalty = SlaPenalty;
	type MaxRentalPeriods = ConstU32<MAX_RENTAL_PERIODS>;
	type MinRentalPeriod = ConstU64<MIN_RENTAL_PERIOD>;
	type MaxRentalDuration = ConstU64<MAX_RENTAL_DURATION>;
	type MaxRentalNotice = ConstU64<MAX_RENTAL_NOTICE>;
	type RentalReportWindow = ConstU64<RENTAL_REPORT_WINDOW>;
	type RentalBreachesForOffence = ConstU32<RENTAL_BREACHES_FOR_OFFENCE>;
	type RentalBreachSlash = RentalBreachSlash;
	type MaxRentalStepsPerTouch = ConstU32<4>;
	type MaxRentalWakeupsPerBlock = ConstU32<8>;
	type MaxRentalWakeupsProcessedPerBlock = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

use frame_support::traits::ConstU128;

/// Fakes keep their state in thread-locals; a fresh externality starts them afresh, since the
/// benchmark suite runs several externalities on one thread.
fn reset_fakes() {
	BONDED.with(|b| *b.borrow_mut() = [OP1, OP2, OP3].into_iter().collect());
	PRICES.with(|p| *p.borrow_mut() = [(GPU, PRICE_PER_UNIT)].into_iter().collect());
	DEMAND.with(|d| d.borrow_mut().clear());
	SUPPLY.with(|s| s.borrow_mut().clear());
	OFFENCES.with(|o| o.borrow_mut().clear());
	OUTCOMES.with(|o| o.borrow_mut().clear());
	MaxExpiriesPerBlock::set(1000);
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	reset_fakes();
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	let mut balances: Vec<(AccountId, Balance)> = [
		ALICE,
		BOB,
		STRANGER,
		OP1,
		OP2,
		OP3,
		UNBONDED,
		ESCROW_ACCOUNT,
	]
	.into_iter()
	.map(|a| (a, INITIAL_BALANCE))
	.collect();
	balances.push((POOR, 5));
	pallet_balances::GenesisConfig::<Test> {
		balances,
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
		Services::do_try_state().unwrap();
	});
}

/// Advance to block `n`, running the pallet's `on_initialize` on the way.
pub fn run_to_block(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Services::on_initialize(next);
	}
}

pub fn offences() -> Vec<Offence<AccountId>> {
	OFFENCES.with(|o| o.borrow().clone())
}
pub fn outcomes() -> Vec<(AccountId, BlueprintId, JobOutcome)> {
	OUTCOMES.with(|o| o.borrow().clone())
}
pub fn supply(class: ResourceClass) -> u64 {
	SUPPLY.with(|s| s.borrow().get(&class).copied().unwrap_or_default())
}
pub fn demand(class: ResourceClass) -> u64 {
	DEMAND.with(|s| s.borrow().get(&class).copied().unwrap_or_default())
}
pub fn escrow_held(job_id: JobId) -> Option<Balance> {
	FakeEscrow::escrow_of(job_id).map(|e| e.held)
}
pub fn freeze_escrow(job_id: JobId) {
	FakeEscrow::freeze(job_id).unwrap();
}
pub fn unfreeze_escrow(job_id: JobId) {
	FakeEscrow::unfreeze(job_id).unwrap();
}
pub fn unbond(who: AccountId) {
	BONDED.with(|b| b.borrow_mut().remove(&who));
}
