//! A test runtime with storage-backed stand-ins for the job registry (services), escrow, pricing
//! and staking. They live in storage (through `storage_alias`) so they roll back with a failed
//! call exactly like the real pallets, and escrow really moves balances through a pot account.
//! The job registry is a small but faithful copy of the job state machine: every transition
//! checks the state it starts from, as `pallet-services` does.

use crate as pallet_receipts;
use aitbc_primitives::{
	receipt::ReceiptBody,
	traits::{
		EscrowLedger, JobEnd, JobEscrow, JobInfo, JobRegistry, JobResult, JobStatus,
		OnVerifiedWork, PriceOracle,
	},
	BlueprintId, JobId, PaymentAsset, ReceiptId, ResourceClass, SessionIndex,
};
use frame_support::{
	derive_impl, ensure, ord_parameter_types, parameter_types,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::Preservation,
		ConstU128, ConstU32, ConstU64, EitherOfDiverse, Hooks,
	},
	Blake2_128Concat,
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_core::{ed25519, sr25519, Pair, H256};
use sp_runtime::{
	traits::{IdentifyAccount, IdentityLookup},
	AccountId32, BuildStorage, DispatchError, DispatchResult, MultiSignature, MultiSigner, Perbill,
	Permill,
};

pub type AccountId = AccountId32;
pub type Balance = u128;
pub type AssetId = u32;
pub type BlockNumber = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Receipts: pallet_receipts,
		ZkVerifier: pallet_zk_verifier,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<ED>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The real verifier, so private receipts are tested with real snarkjs proofs.
impl pallet_zk_verifier::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type Backend = pallet_zk_verifier::HostBackend;
	type MaxPublicInputs = ConstU32<8>;
	type MaxBatchSize = ConstU32<4>;
	type MaxNullifiersPerKey = ConstU32<100>;
	type KeyDepositBase = ConstU128<0>;
	type KeyDepositPerByte = ConstU128<0>;
	type NullifierDeposit = ConstU128<0>;
	type WeightInfo = ();
}

pub const ED: Balance = 1;
pub const CLIENT: AccountId = AccountId32::new([10; 32]);
pub const OTHER_CLIENT: AccountId = AccountId32::new([11; 32]);
pub const TREASURY: AccountId = AccountId32::new([90; 32]);
pub const ESCROW_POT: AccountId = AccountId32::new([91; 32]);
pub const ESCROW_FEES: AccountId = AccountId32::new([92; 32]);
pub const COUNCIL: AccountId = AccountId32::new([93; 32]);
pub const RELAYER: AccountId = AccountId32::new([94; 32]);
pub const CLIENT_FUNDS: Balance = 1_000_000_000;

/// Genesis mint rate: 10 per unit, 8 to the operator and 2 to the treasury.
pub const MINT_PER_UNIT: Balance = 10;
pub const COORDINATOR_PER_UNIT: Balance = 8;
pub const TREASURY_PER_UNIT: Balance = 2;
/// The mock escrow keeps 1% of every release.
pub const ESCROW_FEE: Perbill = Perbill::from_percent(1);

pub const RETENTION: BlockNumber = 10;
pub const CHALLENGE_WINDOW: BlockNumber = 5;
pub const MAX_RECEIPTS_PER_BLOCK: u32 = 3;
pub const MAX_SETTLEMENTS_PROCESSED_PER_BLOCK: u32 = 2;
pub const MAX_BATCH: u32 = 4;
pub const MAX_MINT_PER_BLOCK: Balance = 5_000;
pub const MAX_MINT_PER_SESSION: Balance = 12_000;

parameter_types! {
	pub static CurrentSessionIndex: SessionIndex = 0;
	pub const TreasuryAccount: AccountId = TREASURY;
}

ord_parameter_types! {
	pub const Council: AccountId = COUNCIL;
}

impl pallet_receipts::Config for Test {
	type Currency = Balances;
	type AssetId = AssetId;
	type Signature = MultiSignature;
	type Jobs = MockServices;
	type Escrow = MockEscrow;
	type Pricing = MockPricing;
	type OnWork = MockStaking;
	type OnSettled = ();
	type Proofs = ZkVerifier;
	type GovernanceOrigin =
		EitherOfDiverse<EnsureRoot<AccountId>, EnsureSignedBy<Council, AccountId>>;
	type CurrentSession = CurrentSessionIndex;
	type TreasuryAccount = TreasuryAccount;
	type RetentionPeriod = ConstU64<RETENTION>;
	type ChallengeWindow = ConstU64<CHALLENGE_WINDOW>;
	type MaxReceiptsPerBlock = ConstU32<MAX_RECEIPTS_PER_BLOCK>;
	type MaxSettlementsProcessedPerBlock = ConstU32<MAX_SETTLEMENTS_PROCESSED_PER_BLOCK>;
	type MaxBatch = ConstU32<MAX_BATCH>;
	type SessionsToKeep = ConstU32<2>;
	type SessionPruneLimit = ConstU32<2>;
	type MaxMintPerBlock = ConstU128<MAX_MINT_PER_BLOCK>;
	type MaxMintPerSession = ConstU128<MAX_MINT_PER_SESSION>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockServices;
}

#[frame_support::storage_alias]
pub type Jobs =
	StorageMap<MockServices, Blake2_128Concat, JobId, JobInfo<AccountId, Balance, AssetId>>;
/// The operators of each job's service; emptied when the service is terminated.
#[frame_support::storage_alias]
pub type JobOperators = StorageMap<MockServices, Blake2_128Concat, JobId, Vec<AccountId>>;
/// How often the registry closed a job as settled; the pallet must never make it exceed 1 (the
/// registry refuses a second time anyway, as the real one does).
#[frame_support::storage_alias]
pub type SettleCalls = StorageMap<MockServices, Blake2_128Concat, JobId, u32>;
#[frame_support::storage_alias]
pub type NextJobId = StorageValue<MockServices, JobId>;
#[frame_support::storage_alias]
pub type Escrows =
	StorageMap<MockEscrow, Blake2_128Concat, JobId, JobEscrow<AccountId, Balance, AssetId>>;
#[frame_support::storage_alias]
pub type Demand = StorageMap<MockPricing, Blake2_128Concat, ResourceClass, u64>;
#[frame_support::storage_alias]
pub type RewardPoints = StorageMap<MockStaking, Blake2_128Concat, (AccountId, BlueprintId), u64>;
/// The reward room (fees burned beyond the mint) reported with the points.
#[frame_support::storage_alias]
pub type RewardRoom = StorageMap<
	MockStaking,
	Blake2_128Concat,
	(AccountId, BlueprintId),
	Balance,
	frame_support::pallet_prelude::ValueQuery,
>;

pub const BLUEPRINT: BlueprintId = 7;
pub const CLASS: ResourceClass = ResourceClass(3);
/// The output hash `body` puts in receipts, and `job_with_result` in results.
pub const OUTPUT: H256 = H256::repeat_byte(0xAB);

fn refuse(why: &'static str) -> DispatchError {
	DispatchError::Other(why)
}

/// `pallet-services` stand-in: the job state machine.
pub struct MockServices;

impl MockServices {
	/// A `Called` job of `client` on a service of `operators`, with `escrowed` of the client's
	/// funds held.
	pub fn add_job(
		client: &AccountId,
		operators: Vec<AccountId>,
		max_units: u64,
		price_cap: Balance,
		escrowed: Balance,
	) -> JobId {
		let job_id = NextJobId::get().unwrap_or(1);
		NextJobId::put(job_id + 1);
		Jobs::insert(
			job_id,
			JobInfo {
				service_id: 100 + job_id,
				blueprint_id: BLUEPRINT,
				client: client.clone(),
				max_units,
				price_cap,
				asset: PaymentAsset::Native,
				resource_class: CLASS,
				called_at: 1,
				input_hash: H256::zero(),
				status: JobStatus::Called,
				result: None,
			},
		);
		JobOperators::insert(job_id, operators);
		if escrowed > 0 {
			MockEscrow::lock(job_id, client, PaymentAsset::Native, escrowed)
				.expect("the client can pay");
		}
		job_id
	}

	/// `Called → ResultSubmitted`: an operator of the job's service submits its output hash.
	/// Sets the input hash `job_id` was called with (what its client published).
	pub fn publish_input(job_id: JobId, input_hash: H256) {
		Jobs::mutate(job_id, |job| {
			if let Some(job) = job {
				job.input_hash = input_hash;
			}
		});
	}

	pub fn submit_result(job_id: JobId, operator: &AccountId, output_hash: H256) -> DispatchResult {
		ensure!(
			Self::is_job_operator(job_id, operator),
			refuse("not an operator of the job's service")
		);
		Jobs::try_mutate(job_id, |job| {
			let job = job.as_mut().ok_or(refuse("no such job"))?;
			ensure!(job.status == JobStatus::Called, refuse("job is not called"));
			job.status = JobStatus::ResultSubmitted;
			job.result = Some(JobResult {
				operator: operator.clone(),
				output_hash,
				submitted_at: System::block_number() as u32,
			});
			Ok(())
		})
	}

	/// The service ends; its jobs keep their state (the real registry cancels only `Called`
	/// jobs, and a submitted result can still be claimed).
	pub fn terminate_service(job_id: JobId) {
		JobOperators::insert(job_id, Vec::<AccountId>::new());
	}

	/// A client opens a dispute as `pallet-disputes` does: the job becomes `Disputed` and its
	/// escrow is frozen.
	pub fn dispute(job_id: JobId) -> DispatchResult {
		Self::open_dispute(job_id)?;
		MockEscrow::freeze(job_id)
	}

	/// A ruling of `pallet-disputes`: `payee_share` to `payee`, the rest back, job `Resolved`.
	pub fn rule(job_id: JobId, payee: &AccountId, payee_share: Perbill) -> DispatchResult {
		MockEscrow::split(job_id, payee, payee_share)?;
		Self::close_job(job_id, JobEnd::Resolved)
	}

	/// Pay in an asset instead of AIT (the mock escrow still moves AIT balances).
	pub fn set_asset(job_id: JobId, asset: PaymentAsset<AssetId>) {
		Jobs::mutate(job_id, |job| {
			job.as_mut().expect("job exists").asset = asset
		});
	}

	/// Force a status, for states the tests cannot reach through transitions.
	pub fn set_status(job_id: JobId, status: JobStatus) {
		Jobs::mutate(job_id, |job| {
			job.as_mut().expect("job exists").status = status
		});
	}

	pub fn status(job_id: JobId) -> JobStatus {
		Jobs::get(job_id).expect("job exists").status
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
		Jobs::try_mutate(job_id, |job| {
			let job = job.as_mut().ok_or(refuse("no such job"))?;
			ensure!(
				job.status == JobStatus::ResultSubmitted,
				refuse("job has no unclaimed result")
			);
			let result = job.result.as_ref().ok_or(refuse("no result"))?;
			ensure!(
				result.operator == *operator && result.output_hash == output_hash,
				refuse("not this operator's result")
			);
			job.status = JobStatus::Claimed;
			Ok(())
		})
	}

	fn open_dispute(job_id: JobId) -> DispatchResult {
		Jobs::try_mutate(job_id, |job| {
			let job = job.as_mut().ok_or(refuse("no such job"))?;
			ensure!(
				matches!(
					job.status,
					JobStatus::Called | JobStatus::ResultSubmitted | JobStatus::Claimed
				),
				refuse("job cannot be disputed")
			);
			job.status = JobStatus::Disputed;
			Ok(())
		})
	}

	fn close_job(job_id: JobId, end: JobEnd) -> DispatchResult {
		Jobs::try_mutate(job_id, |job| {
			let job = job.as_mut().ok_or(refuse("no such job"))?;
			let from = job.status;
			let allowed = match end {
				JobEnd::Settled { .. } => from == JobStatus::Claimed,
				JobEnd::Resolved => from == JobStatus::Disputed,
				JobEnd::Cancelled => from == JobStatus::Called,
				JobEnd::TimedOut => {
					matches!(from, JobStatus::Called | JobStatus::ResultSubmitted)
				}
				JobEnd::Withdrawn => !from.is_final(),
			};
			ensure!(allowed, refuse("job cannot end that way from its state"));
			job.status = end.status();
			Ok::<_, DispatchError>(())
		})?;
		if matches!(end, JobEnd::Settled { .. }) {
			SettleCalls::mutate(job_id, |calls| *calls = Some(calls.unwrap_or(0) + 1));
		}
		Ok(())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_receipts::BenchmarkHelper<AccountId, Balance> for MockServices {
	fn create_job(
		client: &AccountId,
		operator: &AccountId,
		max_units: u64,
		price: Balance,
	) -> JobId {
		Balances::mint_into(client, price + ED).expect("minting to a client works");
		Self::add_job(client, vec![operator.clone()], max_units, price, price)
	}

	fn submit_result(job_id: JobId, operator: &AccountId, output_hash: H256) {
		MockServices::submit_result(job_id, operator, output_hash).expect("the job takes a result");
	}

	fn incentivized_blueprint() -> (ResourceClass, BlueprintId) {
		// The stand-ins price every class and credit points on every blueprint.
		(CLASS, 0)
	}

	fn privacy_key(public_inputs: u32, seed: u32) -> [u8; 32] {
		register_receipts_key(
			&pallet_zk_verifier::testing::synthetic_key(public_inputs),
			seed.checked_sub(1)
				.and_then(|index| index.checked_rem(public_inputs)),
		)
	}
}

/// Registers `key` for private receipts (governance, no deposit); returns its id.
pub fn register_receipts_key(key: &[u8], nullifier_input: Option<u32>) -> [u8; 32] {
	use aitbc_primitives::traits::KeyConsumer;
	ZkVerifier::register_key_for_everyone(
		RuntimeOrigin::root(),
		key.to_vec().try_into().expect("within the key bound"),
		nullifier_input,
		KeyConsumer::Receipts,
	)
	.expect("a valid key");
	ZkVerifier::id_of_key(key, nullifier_input, KeyConsumer::Receipts).expect("a valid key")
}

/// `pallet-escrow` stand-in: holds funds in a pot account and keeps a 1% fee on payouts.
pub struct MockEscrow;

impl MockEscrow {
	fn pay_out(to: &AccountId, amount: Balance) -> DispatchResult {
		if amount == 0 {
			return Ok(());
		}
		Balances::transfer(&ESCROW_POT, to, amount, Preservation::Expendable).map(|_| ())
	}

	/// Pay `amount` to `to` less the fee; returns what `to` received.
	fn pay_with_fee(to: &AccountId, amount: Balance) -> Result<Balance, DispatchError> {
		let fee = ESCROW_FEE * amount;
		Self::pay_out(to, amount - fee)?;
		Self::pay_out(&ESCROW_FEES, fee)?;
		Ok(amount - fee)
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
				payer: payer.clone(),
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
		let mut escrow = Escrows::get(job_id).ok_or(refuse("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(refuse("escrow cannot pay"));
		}
		escrow.held -= amount;
		let paid = Self::pay_with_fee(to, amount)?;
		Escrows::insert(job_id, escrow);
		Ok(paid)
	}

	fn settle(
		job_id: JobId,
		payee: &AccountId,
		amount: Balance,
	) -> Result<(Balance, Balance), DispatchError> {
		let escrow = Escrows::get(job_id).ok_or(refuse("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(refuse("escrow cannot pay"));
		}
		let paid = Self::pay_with_fee(payee, amount)?;
		let refunded = escrow.held - amount;
		Self::pay_out(&escrow.payer, refunded)?;
		Escrows::remove(job_id);
		Ok((paid, refunded))
	}

	fn refund(job_id: JobId) -> Result<Balance, DispatchError> {
		let escrow = Escrows::take(job_id).ok_or(refuse("no escrow"))?;
		Self::pay_out(&escrow.payer, escrow.held)?;
		Ok(escrow.held)
	}

	fn refund_part(job_id: JobId, amount: Balance) -> Result<Balance, DispatchError> {
		let mut escrow = Escrows::get(job_id).ok_or(refuse("no escrow"))?;
		if escrow.frozen || escrow.held < amount {
			return Err(refuse("escrow cannot refund"));
		}
		escrow.held -= amount;
		Self::pay_out(&escrow.payer, amount)?;
		Escrows::insert(job_id, escrow);
		Ok(amount)
	}

	fn freeze(job_id: JobId) -> DispatchResult {
		Escrows::try_mutate(job_id, |escrow| {
			escrow.as_mut().ok_or(refuse("no escrow"))?.frozen = true;
			Ok(())
		})
	}

	fn unfreeze(job_id: JobId) -> DispatchResult {
		Escrows::try_mutate(job_id, |escrow| {
			escrow.as_mut().ok_or(refuse("no escrow"))?.frozen = false;
			Ok(())
		})
	}

	fn split(
		job_id: JobId,
		payee: &AccountId,
		payee_share: Perbill,
	) -> Result<(Balance, Balance), DispatchError> {
		let escrow = Escrows::get(job_id).ok_or(refuse("no escrow"))?;
		ensure!(escrow.frozen, refuse("only a frozen escrow is split"));
		let to_payee = payee_share * escrow.held;
		let refunded = escrow.held - to_payee;
		Self::pay_out(payee, to_payee)?;
		Self::pay_out(&escrow.payer, refunded)?;
		Escrows::remove(job_id);
		Ok((to_payee, refunded))
	}
}

/// `pallet-pricing` stand-in: remembers the demand it is told about.
pub struct MockPricing;

impl PriceOracle<AccountId, Balance> for MockPricing {
	fn price_per_unit(_: ResourceClass) -> Option<Balance> {
		None
	}
	fn quote(_: ResourceClass, _: u64) -> Option<Balance> {
		None
	}
	fn operator_ask(_: ResourceClass, _: &AccountId) -> Option<Balance> {
		None
	}
	fn record_demand(class: ResourceClass, units: u64) {
		Demand::mutate(class, |demand| *demand = Some(demand.unwrap_or(0) + units));
	}
	fn add_supply(_: ResourceClass, _: u64) {}
	fn remove_supply(_: ResourceClass, _: u64) {}
}

/// Staking stand-in: remembers reward points from verified work.
pub struct MockStaking;

impl OnVerifiedWork<AccountId> for MockStaking {
	fn on_verified_work(
		operator: &AccountId,
		blueprint_id: BlueprintId,
		units: u64,
		reward_room: Balance,
	) {
		RewardRoom::mutate((operator.clone(), blueprint_id), |room| {
			*room += reward_room
		});
		RewardPoints::mutate((operator.clone(), blueprint_id), |points| {
			*points = Some(points.unwrap_or(0) + units)
		});
	}
}

/// An operator key of either scheme, as an operator's signing service would hold it.
#[derive(Clone)]
pub enum OperatorKey {
	Sr(sr25519::Pair),
	Ed(ed25519::Pair),
}

impl OperatorKey {
	pub fn sr(seed: u8) -> Self {
		Self::Sr(sr25519::Pair::from_seed(&[seed; 32]))
	}

	pub fn ed(seed: u8) -> Self {
		Self::Ed(ed25519::Pair::from_seed(&[seed; 32]))
	}

	pub fn account(&self) -> AccountId {
		match self {
			Self::Sr(pair) => MultiSigner::from(pair.public()).into_account(),
			Self::Ed(pair) => MultiSigner::from(pair.public()).into_account(),
		}
	}

	pub fn sign(&self, message: &[u8]) -> MultiSignature {
		match self {
			Self::Sr(pair) => pair.sign(message).into(),
			Self::Ed(pair) => pair.sign(message).into(),
		}
	}

	/// Sign `body` for the chain with `genesis_hash`.
	pub fn sign_receipt_for(
		&self,
		body: ReceiptBody<AccountId, Balance>,
		genesis_hash: &H256,
	) -> pallet_receipts::ReceiptOf<Test> {
		let signature = self.sign(&body.signing_payload(genesis_hash));
		pallet_receipts::ComputeReceipt { body, signature }
	}

	/// Sign `body` for this chain.
	pub fn sign_receipt(
		&self,
		body: ReceiptBody<AccountId, Balance>,
	) -> pallet_receipts::ReceiptOf<Test> {
		self.sign_receipt_for(body, &Receipts::genesis_hash())
	}
}

/// The client's key, so tests can counter-sign receipts: `CLIENT` is not derived from a key, so
/// acceptance tests use jobs of `client_key().account()`.
pub fn client_key() -> OperatorKey {
	OperatorKey::sr(42)
}

/// `key`'s acceptance of `receipt` on this chain.
pub fn acceptance(key: &OperatorKey, receipt: &pallet_receipts::ReceiptOf<Test>) -> MultiSignature {
	key.sign(&receipt.body.acceptance_payload(&Receipts::genesis_hash()))
}

/// A receipt body for `job_id` by `operator`, with a receipt id derived from `id`.
pub fn body(
	id: u8,
	job_id: JobId,
	operator: &AccountId,
	compute_units: u64,
	price: Balance,
) -> ReceiptBody<AccountId, Balance> {
	ReceiptBody {
		receipt_id: receipt_id(id),
		job_id,
		client: CLIENT,
		operator: operator.clone(),
		compute_units,
		price,
		output_hash: OUTPUT,
		nonce: u64::from(id),
	}
}

pub fn receipt_id(id: u8) -> ReceiptId {
	[id; 32]
}

pub fn free(who: &AccountId) -> Balance {
	Balances::balance(who)
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(CLIENT, CLIENT_FUNDS),
			(OTHER_CLIENT, CLIENT_FUNDS),
			(client_key().account(), CLIENT_FUNDS),
			(TREASURY, ED),
			(ESCROW_POT, ED),
			(ESCROW_FEES, ED),
			(RELAYER, 1_000),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_receipts::GenesisConfig::<Test> {
		mint_per_unit: MINT_PER_UNIT,
		coordinator_share: Permill::from_percent(80),
	}
	.assimilate_storage(&mut storage)
	.unwrap();

	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		CurrentSessionIndex::set(0);
	});
	ext
}

/// Run `test` in a fresh externality and check every invariant at the end.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Receipts::do_try_state().expect("invariants hold at the end of the test");
	});
}

/// Go to block `n`, running `on_initialize` of every block on the way and checking invariants.
pub fn run_to_block(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Receipts::on_initialize(next);
		Receipts::do_try_state().expect("invariants hold after every block");
	}
}
