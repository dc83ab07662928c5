//! A test runtime with storage-backed stand-ins for the job registry (services), the escrow and
//! the offence reporter. They live in storage (through `storage_alias`) so they roll back with a
//! failed call exactly like the real pallets, and the escrow really moves balances through a pot
//! account, so funds can be counted. The job registry is a small copy of the real state
//! machine: every transition checks the status it starts from.

use crate as pallet_disputes;
use aitbc_primitives::{
	traits::{
		EscrowLedger, JobEnd, JobEscrow, JobInfo, JobRegistry, JobResult, JobStatus, Offence,
		OffenceReporter,
	},
	BlueprintId, JobId, PaymentAsset, ResourceClass,
};
use codec::Encode;
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		tokens::Preservation,
		ConstU128, ConstU32, ConstU64, EitherOfDiverse, Hooks, Randomness,
	},
	Blake2_128Concat,
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};

pub type AccountId = u64;
pub type Balance = u128;
pub type AssetId = u32;
pub type BlockNumber = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Disputes: pallet_disputes,
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
	type ExistentialDeposit = ConstU128<ED>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const ED: Balance = 1;
pub const CLIENT: AccountId = 1;
pub const OPERATOR: AccountId = 2;
pub const OTHER_OPERATOR: AccountId = 3;
pub const STRANGER: AccountId = 4;
/// Arbiters are 10, 11, ... 19 (`arbiter(i)`).
pub const FIRST_ARBITER: AccountId = 10;
pub const TREASURY: AccountId = 90;
pub const ESCROW_POT: AccountId = 91;
pub const COUNCIL: AccountId = 93;
pub const FUNDS: Balance = 1_000_000;

pub const BLUEPRINT: BlueprintId = 7;
pub const DISPUTE_WINDOW: BlockNumber = 50;
pub const FILING_BOND: Balance = 100;
pub const EVIDENCE_PERIOD: BlockNumber = 10;
pub const COMMIT_PERIOD: BlockNumber = 5;
pub const REVEAL_PERIOD: BlockNumber = 5;
pub const APPEAL_PERIOD: BlockNumber = 5;
pub const ESCALATION_TIMEOUT: BlockNumber = 20;
pub const RESOLVED_RETENTION: BlockNumber = 10;
pub const MIN_ARBITER_STAKE: Balance = 1_000;
pub const MAX_ARBITERS: u32 = 10;
pub const MAX_DEADLINES_PER_BLOCK: u32 = 2;
pub const MAX_DEADLINES_PROCESSED_PER_BLOCK: u32 = 2;
/// Stake bonded at block `b` counts in draws requested at `b + ARBITER_WARMUP` or later.
pub const ARBITER_WARMUP: BlockNumber = 5;
pub const ARBITER_SLASH: Perbill = Perbill::from_percent(10);
pub const DISPUTE_LOST_FRACTION: Perbill = Perbill::from_percent(5);
/// A default judgment on a job worth this much or more reports the whole fraction.
pub const FULL_SLASH_JOB_VALUE: Balance = 1_000;
/// The output hash of every result the tests submit.
pub const OUTPUT: H256 = H256::repeat_byte(0xAA);

parameter_types! {
	pub const TreasuryAccount: AccountId = TREASURY;
	pub const ArbiterSlash: Perbill = ARBITER_SLASH;
	pub const DisputeLostFraction: Perbill = DISPUTE_LOST_FRACTION;
}

ord_parameter_types! {
	pub const Council: AccountId = COUNCIL;
}

impl pallet_disputes::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type AssetId = AssetId;
	type Jobs = MockServices;
	type Escrow = MockEscrow;
	type Offences = MockOffences;
	type Randomness = TestRandomness;
	type Delegations = MockDelegations;
	type EscalationOrigin =
		EitherOfDiverse<EnsureRoot<AccountId>, EnsureSignedBy<Council, AccountId>>;
	type TreasuryAccount = TreasuryAccount;
	type DisputeWindow = ConstU64<DISPUTE_WINDOW>;
	type FilingBond = ConstU128<FILING_BOND>;
	type EvidencePeriod = ConstU64<EVIDENCE_PERIOD>;
	type CommitPeriod = ConstU64<COMMIT_PERIOD>;
	type RevealPeriod = ConstU64<REVEAL_PERIOD>;
	type AppealPeriod = ConstU64<APPEAL_PERIOD>;
	type InitialPanelSize = ConstU32<3>;
	type MaxAppeals = ConstU32<1>;
	type MaxPanelSize = ConstU32<6>;
	type MinArbiterStake = ConstU128<MIN_ARBITER_STAKE>;
	type MaxArbiters = ConstU32<MAX_ARBITERS>;
	type ArbiterWarmup = ConstU64<ARBITER_WARMUP>;
	type MaxEvidencePerSide = ConstU32<2>;
	type MaxUriLen = ConstU32<16>;
	type ArbiterSlash = ArbiterSlash;
	type DisputeLostFraction = DisputeLostFraction;
	type FullSlashJobValue = ConstU128<FULL_SLASH_JOB_VALUE>;
	type EscalationTimeout = ConstU64<ESCALATION_TIMEOUT>;
	type ResolvedRetention = ConstU64<RESOLVED_RETENTION>;
	type MaxDeadlinesPerBlock = ConstU32<MAX_DEADLINES_PER_BLOCK>;
	type MaxDeadlinesProcessedPerBlock = ConstU32<MAX_DEADLINES_PROCESSED_PER_BLOCK>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockServices;
}

#[frame_support::storage_alias]
pub type Jobs =
	StorageMap<MockServices, Blake2_128Concat, JobId, JobInfo<AccountId, Balance, AssetId>>;
#[frame_support::storage_alias]
pub type JobOperators = StorageMap<MockServices, Blake2_128Concat, JobId, Vec<AccountId>>;
#[frame_support::storage_alias]
pub type NextJobId = StorageValue<MockServices, JobId>;
/// Every `close_job` the registry accepted, in order.
#[frame_support::storage_alias]
pub type ClosedJobs = StorageValue<MockServices, Vec<(JobId, JobEnd)>>;
/// While set, the registry refuses every `close_job`.
#[frame_support::storage_alias]
pub type RefuseClose = StorageValue<MockServices, bool>;
#[frame_support::storage_alias]
pub type Escrows =
	StorageMap<MockEscrow, Blake2_128Concat, JobId, JobEscrow<AccountId, Balance, AssetId>>;
/// While set, the escrow refuses every split.
#[frame_support::storage_alias]
pub type RefuseSplit = StorageValue<MockEscrow, bool>;
#[frame_support::storage_alias]
pub type Reported = StorageValue<MockOffences, Vec<Offence<AccountId>>>;
#[frame_support::storage_alias]
pub type RandomSeed = StorageValue<TestRandomness, u64>;
/// (delegator, operator) pairs.
#[frame_support::storage_alias]
pub type DelegationPairs = StorageValue<MockDelegations, Vec<(AccountId, AccountId)>>;

/// `pallet-operator-staking`'s delegations stand-in.
pub struct MockDelegations;

impl MockDelegations {
	pub fn delegate(delegator: AccountId, operator: AccountId) {
		DelegationPairs::append((delegator, operator));
	}
}

impl pallet_disputes::Delegations<AccountId> for MockDelegations {
	fn delegates_to(delegator: &AccountId, operator: &AccountId) -> bool {
		DelegationPairs::get()
			.unwrap_or_default()
			.contains(&(*delegator, *operator))
	}
}

/// `pallet-services` stand-in.
pub struct MockServices;

impl MockServices {
	/// A job called now by `client` on a service of `operators`, with `escrowed` of the client's
	/// funds held.
	pub fn add_job(client: AccountId, operators: Vec<AccountId>, escrowed: Balance) -> JobId {
		let job_id = NextJobId::get().unwrap_or(1);
		NextJobId::put(job_id + 1);
		Jobs::insert(
			job_id,
			JobInfo {
				service_id: 100 + job_id,
				blueprint_id: BLUEPRINT,
				client,
				max_units: 10,
				price_cap: escrowed,
				asset: PaymentAsset::Native,
				resource_class: ResourceClass(1),
				called_at: u32::try_from(System::block_number()).unwrap(),
				input_hash: Default::default(),
				status: JobStatus::Called,
				result: None,
			},
		);
		JobOperators::insert(job_id, operators);
		if escrowed > 0 {
			MockEscrow::lock(job_id, &client, PaymentAsset::Native, escrowed)
				.expect("the client can pay");
		}
		job_id
	}

	/// `Called → ResultSubmitted`: an operator of the service submits [`OUTPUT`] now.
	pub fn submit_result(job_id: JobId, operator: AccountId) -> DispatchResult {
		if !Self::is_job_operator(job_id, &operator) {
			return Err(DispatchError::Other("not an operator of the job"));
		}
		Self::transition(job_id, &[JobStatus::Called], JobStatus::ResultSubmitted)?;
		Jobs::mutate(job_id, |job| {
			if let Some(job) = job {
				job.result = Some(JobResult {
					operator,
					output_hash: OUTPUT,
					submitted_at: u32::try_from(System::block_number()).unwrap(),
				});
			}
		});
		Ok(())
	}

	/// What the receipts pallet does for a receipt of the result's operator: claim, then settle
	/// everything held (the price) and close the job as `Settled`, all or nothing.
	pub fn claim_and_settle(job_id: JobId) -> DispatchResult {
		frame_support::storage::with_storage_layer(|| {
			let job = Jobs::get(job_id).ok_or(DispatchError::Other("no job"))?;
			let operator = job
				.result
				.ok_or(DispatchError::Other("no result"))?
				.operator;
			Self::claim(job_id, &operator, OUTPUT)?;
			let held = MockEscrow::escrow_of(job_id)
				.ok_or(DispatchError::Other("no escrow"))?
				.held;
			MockEscrow::settle(job_id, &operator, held)?;
			Self::close_job(job_id, JobEnd::Settled { units: 1 })
		})
	}

	pub fn set_status(job_id: JobId, status: JobStatus) {
		Jobs::mutate(job_id, |job| job.as_mut().unwrap().status = status);
	}

	pub fn status(job_id: JobId) -> JobStatus {
		Jobs::get(job_id).unwrap().status
	}

	pub fn closed() -> Vec<(JobId, JobEnd)> {
		ClosedJobs::get().unwrap_or_default()
	}

	pub fn refuse_close(refuse: bool) {
		RefuseClose::put(refuse);
	}

	fn transition(job_id: JobId, from: &[JobStatus], to: JobStatus) -> DispatchResult {
		Jobs::try_mutate(job_id, |job| {
			let job = job.as_mut().ok_or(DispatchError::Other("no job"))?;
			if !from.contains(&job.status) {
				return Err(DispatchError::Other("job not in a state that allows this"));
			}
			job.status = to;
			Ok(())
		})
	}
}

impl JobRegistry<AccountId, Balance, AssetId> for MockServices {
	fn job(job_id: JobId) -> Option<JobInfo<AccountId, Balance, AssetId>> {
		Jobs::get(job_id)
	}

	fn is_job_operator(job_id: JobId, who: &AccountId) -> bool {
		JobOperators::get(job_id).is_some_and(|operators| operators.contains(who))
	}

	fn claim(job_id: JobId, operator: &AccountId, output_hash: H256) -> DispatchResult {
		let result = Jobs::get(job_id).and_then(|job| job.result);
		if !result.is_some_and(|r| r.operator == *operator && r.output_hash == output_hash) {
			return Err(DispatchError::Other("not the job's result"));
		}
		Self::transition(job_id, &[JobStatus::ResultSubmitted], JobStatus::Claimed)
	}

	fn open_dispute(job_id: JobId) -> DispatchResult {
		use JobStatus::*;
		Self::transition(job_id, &[Called, ResultSubmitted, Claimed], Disputed)
	}

	fn close_job(job_id: JobId, end: JobEnd) -> DispatchResult {
		use JobStatus::*;
		if RefuseClose::get().unwrap_or(false) {
			return Err(DispatchError::Other("registry refuses"));
		}
		let from: &[JobStatus] = match end {
			JobEnd::Settled { .. } => &[Claimed],
			JobEnd::Resolved => &[Disputed],
			JobEnd::Cancelled => &[Called],
			JobEnd::TimedOut => &[Called, ResultSubmitted],
			JobEnd::Withdrawn => &[Called, ResultSubmitted, Claimed, Disputed],
		};
		Self::transition(job_id, from, end.status())?;
		ClosedJobs::append((job_id, end));
		Ok(())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_disputes::BenchmarkHelper<AccountId, Balance> for MockServices {
	fn create_job(client: &AccountId, operator: &AccountId, amount: Balance) -> JobId {
		Balances::mint_into(client, amount + ED).expect("minting works");
		Self::add_job(*client, vec![*operator], amount)
	}
}

/// `pallet-escrow` stand-in: holds funds in a pot account, without fees.
pub struct MockEscrow;

impl MockEscrow {
	fn pay_out(to: &AccountId, amount: Balance) -> DispatchResult {
		Balances::transfer(&ESCROW_POT, to, amount, Preservation::Expendable).map(|_| ())
	}

	fn set_frozen(job_id: JobId, frozen: bool) -> DispatchResult {
		// Like `pallet-escrow`: no freezing twice, no unfreezing what is not frozen.
		Escrows::try_mutate(job_id, |escrow| {
			let escrow = escrow.as_mut().ok_or(DispatchError::Other("no escrow"))?;
			if escrow.frozen == frozen {
				return Err(DispatchError::Other("already in that state"));
			}
			escrow.frozen = frozen;
			Ok(())
		})
	}

	/// What `pallet-escrow`'s governance call does: everything held to `to`, frozen or not, and
	/// the job closed as `Withdrawn`.
	pub fn emergency_withdraw(job_id: JobId, to: AccountId) -> DispatchResult {
		frame_support::storage::with_storage_layer(|| {
			let escrow = Escrows::take(job_id).ok_or(DispatchError::Other("no escrow"))?;
			Self::pay_out(&to, escrow.held)?;
			MockServices::close_job(job_id, JobEnd::Withdrawn)
		})
	}

	/// What all escrows hold together; the pot keeps its existential deposit besides.
	pub fn total_held() -> Balance {
		Escrows::iter_values().map(|escrow| escrow.held).sum()
	}
}

impl EscrowLedger<AccountId, Balance, AssetId> for MockEscrow {
	fn lock(
		job_id: JobId,
		payer: &AccountId,
		asset: PaymentAsset<AssetId>,
		amount: Balance,
	) -> DispatchResult {
		Balances::transfer(payer, &ESCROW_POT, amount, Preservation::Preserve)?;
		Escrows::insert(
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
		Escrows::get(job_id)
	}

	fn release(job_id: JobId, to: &AccountId, amount: Balance) -> Result<Balance, DispatchError> {
		let mut escrow = Escrows::get(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(DispatchError::Other("escrow cannot pay"));
		}
		escrow.held -= amount;
		Self::pay_out(to, amount)?;
		if escrow.held == 0 {
			Escrows::remove(job_id);
		} else {
			Escrows::insert(job_id, escrow);
		}
		Ok(amount)
	}

	fn settle(
		job_id: JobId,
		payee: &AccountId,
		amount: Balance,
	) -> Result<(Balance, Balance), DispatchError> {
		let escrow = Escrows::get(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(DispatchError::Other("escrow cannot settle"));
		}
		let rest = escrow.held - amount;
		Escrows::remove(job_id);
		Self::pay_out(payee, amount)?;
		Self::pay_out(&escrow.payer, rest)?;
		Ok((amount, rest))
	}

	fn refund(job_id: JobId) -> Result<Balance, DispatchError> {
		let escrow = Escrows::get(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if escrow.frozen {
			return Err(DispatchError::Other("escrow frozen"));
		}
		Escrows::remove(job_id);
		Self::pay_out(&escrow.payer, escrow.held)?;
		Ok(escrow.held)
	}

	fn freeze(job_id: JobId) -> DispatchResult {
		Self::set_frozen(job_id, true)
	}

	fn unfreeze(job_id: JobId) -> DispatchResult {
		Self::set_frozen(job_id, false)
	}

	fn split(
		job_id: JobId,
		payee: &AccountId,
		payee_share: Perbill,
	) -> Result<(Balance, Balance), DispatchError> {
		if RefuseSplit::get().unwrap_or(false) {
			return Err(DispatchError::Other("escrow refuses"));
		}
		let escrow = Escrows::get(job_id).ok_or(DispatchError::Other("no escrow"))?;
		if !escrow.frozen {
			return Err(DispatchError::Other("only a frozen escrow is split"));
		}
		let to_payee = payee_share * escrow.held;
		let to_payer = escrow.held - to_payee;
		Escrows::remove(job_id);
		Self::pay_out(payee, to_payee)?;
		Self::pay_out(&escrow.payer, to_payer)?;
		Ok((to_payee, to_payer))
	}
}

/// `pallet-operator-staking` stand-in: remembers the offences it is told about.
pub struct MockOffences;

impl OffenceReporter<AccountId> for MockOffences {
	fn report(offence: Offence<AccountId>) -> DispatchResult {
		Reported::append(offence);
		Ok(())
	}
}

pub fn reported() -> Vec<Offence<AccountId>> {
	Reported::get().unwrap_or_default()
}

/// Deterministic randomness that changes with the block and with `RandomSeed`.
pub struct TestRandomness;

impl Randomness<H256, BlockNumber> for TestRandomness {
	fn random(subject: &[u8]) -> (H256, BlockNumber) {
		let now = System::block_number();
		let seed = RandomSeed::get().unwrap_or(0);
		(
			H256(sp_io::hashing::blake2_256(&(subject, seed, now).encode())),
			now,
		)
	}
}

pub fn arbiter(i: u64) -> AccountId {
	FIRST_ARBITER + i
}

pub fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

pub fn bond_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(
		&RuntimeHoldReason::Disputes(crate::HoldReason::DisputeBond),
		&who,
	)
}

pub fn stake_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(
		&RuntimeHoldReason::Disputes(crate::HoldReason::ArbiterStake),
		&who,
	)
}

/// Every account the tests use.
pub fn accounts() -> Vec<AccountId> {
	let mut all = vec![
		CLIENT,
		OPERATOR,
		OTHER_OPERATOR,
		STRANGER,
		TREASURY,
		ESCROW_POT,
		COUNCIL,
	];
	all.extend((0..u64::from(MAX_ARBITERS) + 2).map(arbiter));
	all
}

/// Free plus held over every account: must equal the total issuance.
pub fn total_of_accounts() -> Balance {
	accounts()
		.into_iter()
		.map(|who| Balances::total_balance(&who))
		.sum()
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	let mut balances: Vec<(AccountId, Balance)> = vec![
		(CLIENT, FUNDS),
		(OPERATOR, FUNDS),
		(OTHER_OPERATOR, FUNDS),
		(STRANGER, FUNDS),
		(TREASURY, ED),
		(ESCROW_POT, ED),
	];
	balances.extend((0..u64::from(MAX_ARBITERS) + 2).map(|i| (arbiter(i), FUNDS)));
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

/// Run `test` in a fresh externality and check every invariant at the end.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Disputes::do_try_state().expect("invariants hold at the end of the test");
	});
}

/// Go to block `n`, running `on_initialize` of every block on the way and checking invariants.
pub fn run_to_block(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Disputes::on_initialize(next);
		Disputes::do_try_state().expect("invariants hold after every block");
	}
}
