//! The compute market: dynamic pricing per resource class, escrowed payments, the services
//! marketplace (blueprints, operators, requests, jobs) and compute receipts that mint AIT.
//!
//! How the pallets meet (each through a trait of `aitbc-primitives`):
//! - `Services` quotes jobs from `Pricing`, locks their payment in `Escrow`, asks `Staking`
//!   whether an operator is bonded and reports missed heartbeats to it as offences.
//! - `Receipts` settles a job of `Services`: `Escrow` pays the operator, `Pricing` learns the
//!   demand, `Staking` turns the verified units into reward points.
//!
//! - `Receipts` (private receipts) and `Escrow` (proof-conditioned release) verify Groth16 proofs
//!   through `ZkVerifier`.

use crate::prod_or_fast;
#[cfg(feature = "runtime-benchmarks")]
use crate::AccountId;
use crate::{
	configs::governance::EnsureRootOrHalfCouncil, AssetId, Assets, Balance, Balances, BlockNumber,
	Escrow, Pricing, Runtime, RuntimeHoldReason, Services, Signature, Staking, ZkVerifier, AIT,
	DAYS, HOURS, MILLI_AIT, MINUTES,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64},
	PalletId,
};
use sp_runtime::Perbill;

use super::monetary::TreasuryAccount;

parameter_types! {
	/// Prices move once a minute: often enough to follow demand, seldom enough that a burst
	/// within one minute counts as one sample.
	pub const PricingUpdatePeriod: BlockNumber = MINUTES;
	/// Publishing an ask stores an entry; the deposit pays for it and comes back on `clear_ask`.
	pub const AskDeposit: Balance = 10 * MILLI_AIT;
}

impl pallet_pricing::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type MaxClasses = ConstU32<32>;
	type UpdatePeriod = PricingUpdatePeriod;
	type AskDeposit = AskDeposit;
	type WeightInfo = pallet_pricing::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const EscrowPalletId: PalletId = PalletId(*b"aitb/esc");
	pub const MaxPlatformFee: Perbill = Perbill::from_percent(10);
}

impl pallet_escrow::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = AssetId;
	type Assets = Assets;
	type Jobs = Services;
	type Proofs = ZkVerifier;
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type DisputeOrigin = EnsureRootOrHalfCouncil;
	type TreasuryAccount = TreasuryAccount;
	type PalletId = EscrowPalletId;
	type MaxPlatformFee = MaxPlatformFee;
	type MaxSignatories = ConstU32<16>;
	type MaxEscrowAssets = ConstU32<64>;
	/// Escrows whose deadline may fall in one block; another deadline finds room.
	type MaxExpiriesPerBlock = ConstU32<64>;
	/// Expired escrows the hook refunds per block; the rest wait for the next block.
	type MaxExpiriesProcessedPerBlock = ConstU32<32>;
	type MaxProofLen = ConstU32<512>;
	type MaxPublicInputs = ConstU32<16>;
	type WeightInfo = pallet_escrow::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = EscrowBenchmarkHelper;
}

/// Escrow's benchmarks need an asset and, for `submit_proof`, a proof `ZkVerifier` accepts: a
/// synthetic key (known trapdoor, benchmarks only) registered by root, and a proof for it.
#[cfg(feature = "runtime-benchmarks")]
pub struct EscrowBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_escrow::BenchmarkHelper<AssetId> for EscrowBenchmarkHelper {
	fn create_asset() -> AssetId {
		const ASSET: AssetId = 1_000;
		if !pallet_assets::Asset::<Runtime>::contains_key(ASSET) {
			let owner: AccountId = TreasuryAccount::get();
			let _ = Assets::force_create(
				frame_system::RawOrigin::Root.into(),
				ASSET.into(),
				owner.into(),
				true,
				1,
			);
		}
		ASSET
	}

	fn valid_proof() -> (
		aitbc_primitives::VerifyingKeyId,
		alloc::vec::Vec<u8>,
		alloc::vec::Vec<[u8; 32]>,
	) {
		use aitbc_primitives::traits::KeyConsumer;
		use pallet_zk_verifier::testing::{synthetic_inputs, synthetic_key, synthetic_proof};
		let key = synthetic_key(4);
		let key_id = ZkVerifier::id_of_key(&key, None, KeyConsumer::Escrow).unwrap_or_default();
		let _ = ZkVerifier::register_key_for_everyone(
			frame_system::RawOrigin::Root.into(),
			frame_support::BoundedVec::truncate_from(key),
			None,
			KeyConsumer::Escrow,
		);
		let inputs = synthetic_inputs(4, 1);
		let proof = synthetic_proof(&inputs);
		(key_id, proof, inputs)
	}
}

parameter_types! {
	/// A blueprint is a public listing that operators build on: a deposit that makes spam costly.
	pub const BlueprintDeposit: Balance = 10 * AIT;
	/// Held until the request is approved, rejected, cancelled or expires, then returned.
	pub const RequestDeposit: Balance = AIT;
	/// A request may wait for its operators at most a week.
	pub const MaxRequestTtl: BlockNumber = 7 * DAYS;
	/// A closed job stays a week: clients file SLA reports on it until then.
	pub const JobRetention: BlockNumber = 7 * DAYS;
	/// Operators prove liveness at least once a minute at most (blueprints choose slower).
	pub const MinHeartbeatInterval: BlockNumber = prod_or_fast!(MINUTES, 3);
	pub const HeartbeatWindow: BlockNumber = prod_or_fast!(HOURS, 5 * MINUTES);
	pub const SlashPerMissedHeartbeat: Perbill = Perbill::from_percent(1);
	pub const MaxHeartbeatSlash: Perbill = Perbill::from_percent(10);
	/// A breached SLA returns a tenth of the job's price to the client.
	pub const SlaPenalty: Perbill = Perbill::from_percent(10);
	/// The shortest and longest time a service may give its jobs to deliver (and to be claimed
	/// after delivery) before the caller may take its payment back.
	pub const MinJobTimeout: BlockNumber = prod_or_fast!(10 * MINUTES, 5);
	pub const MaxJobTimeout: BlockNumber = 30 * DAYS;
	/// How long an operator keeps serving a service after announcing that it leaves: its clients
	/// get time to find another operator, its jobs in flight time to finish.
	pub const ServiceExitNotice: BlockNumber = prod_or_fast!(7 * DAYS, 2 * MINUTES);
	/// A rental is paid and judged per period of at least an hour (half a minute on a fast
	/// dev chain), and runs at most 90 days in at most 2,160 periods (hourly for 90 days).
	pub const MinRentalPeriod: BlockNumber = prod_or_fast!(HOURS, 5);
	pub const MaxRentalDuration: BlockNumber = 90 * DAYS;
	/// The longest cancellation notice a rental may state: a week.
	pub const MaxRentalNotice: BlockNumber = 7 * DAYS;
	/// Reports and disputes of a period are taken for an hour after it ends (five blocks on a
	/// fast dev chain), then it is paid.
	pub const RentalReportWindow: BlockNumber = prod_or_fast!(HOURS, 5);
	/// Three periods outside the SLA in a row report an offence of 1% of the stake behind the
	/// blueprint.
	pub const RentalBreachSlash: Perbill = Perbill::from_percent(1);
}

impl pallet_services::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = AssetId;
	type Escrow = Escrow;
	type Pricing = Pricing;
	type Offences = Staking;
	type Stake = Staking;
	type OnOutcome = Staking;
	type BlueprintDeposit = BlueprintDeposit;
	type RequestDeposit = RequestDeposit;
	type MaxNameLen = ConstU32<64>;
	type MaxRpcLen = ConstU32<128>;
	type MaxJobsPerBlueprint = ConstU32<16>;
	type MaxOperatorsPerService = ConstU32<16>;
	type MaxPermittedCallers = ConstU32<16>;
	type MaxSecurityAssets = ConstU32<4>;
	type MaxBlueprintsPerOperator = ConstU32<16>;
	/// A million compute units per block per registration: far above one machine, far below
	/// what would floor a class's price without bonding many operators.
	type MaxCapacity = ConstU64<1_000_000>;
	type MaxServicesPerOperator = ConstU32<64>;
	type MaxRequestsPerClient = ConstU32<1000>;
	type MaxPendingJobsPerService = ConstU32<256>;
	/// Requests expiring at one block; a request whose expiry block is full picks another TTL.
	type MaxExpiriesPerBlock = ConstU32<128>;
	/// Expiries the hook works through per block; the rest wait for the next block.
	type MaxExpiriesProcessedPerBlock = ConstU32<32>;
	type JobRetention = JobRetention;
	/// Closed jobs queued for removal at one block; more spill into the next blocks.
	type MaxJobPrunesPerBlock = ConstU32<2048>;
	/// Closed jobs the hook removes per block; the rest wait for the next block.
	type MaxJobPrunesProcessedPerBlock = ConstU32<256>;
	type MaxRequestTtl = MaxRequestTtl;
	type MinHeartbeatInterval = MinHeartbeatInterval;
	type HeartbeatWindow = HeartbeatWindow;
	type MissedHeartbeatThreshold = ConstU32<3>;
	type SlashPerMissedHeartbeat = SlashPerMissedHeartbeat;
	type MaxHeartbeatSlash = MaxHeartbeatSlash;
	type Signature = Signature;
	type MaxReportsPerJob = ConstU32<16>;
	type SlaPenalty = SlaPenalty;
	type MaxRentalPeriods = ConstU32<2_160>;
	type MinRentalPeriod = MinRentalPeriod;
	type MaxRentalDuration = MaxRentalDuration;
	type MaxRentalNotice = MaxRentalNotice;
	type RentalReportWindow = RentalReportWindow;
	type RentalBreachesForOffence = ConstU32<3>;
	type RentalBreachSlash = RentalBreachSlash;
	type MaxRentalStepsPerTouch = ConstU32<4>;
	type MaxRentalWakeupsPerBlock = ConstU32<64>;
	type MaxRentalWakeupsProcessedPerBlock = ConstU32<8>;
	type MinJobTimeout = MinJobTimeout;
	type MaxJobTimeout = MaxJobTimeout;
	type ServiceExitNotice = ServiceExitNotice;
	type WeightInfo = pallet_services::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::MarketBenchmarkHelper;
}

parameter_types! {
	/// Claims are remembered a week; a settled job stays settled in `Services` after that.
	pub const ReceiptRetention: BlockNumber = 7 * DAYS;
	/// Caps that bound the damage of a bug or a compromised operator key.
	pub const MaxMintPerBlock: Balance = 1_000 * AIT;
	pub const MaxMintPerSession: Balance = 50_000 * AIT;
	/// A claimed receipt waits this long for a dispute before it settles on its own, unless
	/// the client accepts it first: a day, or half a minute on a fast dev chain.
	pub const ChallengeWindow: BlockNumber = prod_or_fast!(DAYS, 5);
	/// Receipts count work in the reward sessions of `Staking`.
	pub CurrentRewardSession: aitbc_primitives::SessionIndex =
		pallet_operator_staking::CurrentSession::<Runtime>::get();
}

impl pallet_receipts::Config for Runtime {
	type Currency = Balances;
	type AssetId = AssetId;
	type Signature = Signature;
	type Jobs = Services;
	type Escrow = Escrow;
	type Pricing = Pricing;
	type OnWork = Staking;
	type OnSettled = crate::Settlement;
	type Proofs = ZkVerifier;
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	type CurrentSession = CurrentRewardSession;
	type TreasuryAccount = TreasuryAccount;
	type RetentionPeriod = ReceiptRetention;
	/// About what a block of receipts can verify; the prune queue of a block holds as many.
	type MaxReceiptsPerBlock = ConstU32<1024>;
	type SessionsToKeep = ConstU32<4>;
	type SessionPruneLimit = ConstU32<512>;
	type MaxMintPerBlock = MaxMintPerBlock;
	type MaxMintPerSession = MaxMintPerSession;
	type ChallengeWindow = ChallengeWindow;
	/// Matured claims the hook settles per block; relayers settle more with `settle_claims`.
	type MaxSettlementsProcessedPerBlock = ConstU32<64>;
	/// A batch of 64 settlements spreads one signature check and fee over 64 jobs; it is about a
	/// twentieth of a block.
	type MaxBatch = ConstU32<64>;
	type WeightInfo = pallet_receipts::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::MarketBenchmarkHelper;
}

/// What the market pallets' benchmarks need from the rest of the runtime, done through the real
/// pallets: bonded operators in `Staking`, priced classes in `Pricing`, and whole jobs (blueprint,
/// registration, approved service, called job with its escrow) in `Services`.
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helpers {
	use super::*;
	use aitbc_primitives::{traits::PriceOracle, JobId, PaymentAsset, ResourceClass};
	use alloc::vec;
	use frame_support::{traits::fungible::Mutate, BoundedVec};
	use frame_system::RawOrigin;
	use sp_core::{crypto::KeyTypeId, sr25519, H256};
	use sp_runtime::traits::IdentifyAccount;

	const KEY_TYPE: KeyTypeId = KeyTypeId(*b"bnch");
	const REPORTER_SURI: &str = "//AitbcBenchmarkReporter";
	/// The class the receipts helper prices its jobs in (the GPU class of the presets).
	const JOB_CLASS: ResourceClass = ResourceClass(1);

	pub struct MarketBenchmarkHelper;

	fn fund(who: &AccountId) {
		let _ = Balances::set_balance(who, 1_000_000 * AIT);
	}

	fn reporter_key() -> sr25519::Public {
		sp_io::crypto::sr25519_generate(KEY_TYPE, Some(REPORTER_SURI.as_bytes().to_vec()))
	}

	fn dispatch(result: frame_support::dispatch::DispatchResult, what: &str) {
		if let Err(error) = result {
			log::error!(target: "runtime::benchmark", "{what} failed: {error:?}");
		}
	}

	impl pallet_services::BenchmarkHelper<AccountId, Signature> for MarketBenchmarkHelper {
		fn bond_operator(who: &AccountId) {
			fund(who);
			if pallet_operator_staking::Operators::<Runtime>::contains_key(who) {
				return;
			}
			let bond = <Runtime as pallet_operator_staking::Config>::MinOperatorBond::get();
			dispatch(
				Staking::bond(RawOrigin::Signed(who.clone()).into(), bond),
				"bonding a benchmark operator",
			);
		}

		fn price_class(class: ResourceClass) {
			if pallet_pricing::Classes::<Runtime>::contains_key(class) {
				return;
			}
			let params = pallet_pricing::ClassParams {
				floor: MILLI_AIT / 1_000,
				ceiling: 100 * MILLI_AIT,
				target_utilisation: Perbill::from_percent(50),
				smoothing: Perbill::from_percent(20),
				max_step: pallet_pricing::MAX_STEP_LIMIT,
			};
			dispatch(
				Pricing::create_class(RawOrigin::Root.into(), class, params, MILLI_AIT),
				"creating a benchmark price class",
			);
		}

		fn reporter() -> AccountId {
			sp_runtime::MultiSigner::from(reporter_key()).into_account()
		}

		fn sign(payload: &[u8]) -> Signature {
			sp_io::crypto::sr25519_sign(KEY_TYPE, &reporter_key(), payload)
				.map(Signature::from)
				.unwrap_or_else(|| Signature::from(sr25519::Signature::default()))
		}
	}

	impl pallet_receipts::BenchmarkHelper<AccountId, Balance> for MarketBenchmarkHelper {
		fn create_job(
			client: &AccountId,
			operator: &AccountId,
			max_units: u64,
			price: Balance,
		) -> JobId {
			job_with_escrow(client, operator, max_units, price)
		}

		fn submit_result(job_id: JobId, operator: &AccountId, output_hash: H256) {
			dispatch(
				Services::submit_result(
					RawOrigin::Signed(operator.clone()).into(),
					job_id,
					output_hash,
				),
				"submitting a benchmark result",
			);
		}

		fn incentivized_blueprint() -> (ResourceClass, u64) {
			use pallet_services::BenchmarkHelper;
			MarketBenchmarkHelper::price_class(JOB_CLASS);
			let owner: AccountId = frame_benchmarking::account("blueprint-owner", 0, 0);
			fund(&owner);
			let blueprint_id = pallet_services::NextBlueprintId::<Runtime>::get();
			dispatch(
				Services::create_blueprint(
					RawOrigin::Signed(owner).into(),
					BoundedVec::truncate_from(b"incentivized".to_vec()),
					H256::repeat_byte(3),
					BoundedVec::truncate_from(vec![pallet_services::JobDefinition {
						name: BoundedVec::truncate_from(b"job".to_vec()),
					}]),
					JOB_CLASS,
					1,
					HOURS,
				),
				"creating a benchmark blueprint",
			);
			dispatch(
				Staking::set_blueprint_incentive(
					RawOrigin::Root.into(),
					blueprint_id,
					Some(Perbill::from_percent(50)),
				),
				"incentivizing a benchmark blueprint",
			);
			(JOB_CLASS, blueprint_id)
		}

		fn privacy_key(public_inputs: u32, seed: u32) -> [u8; 32] {
			use aitbc_primitives::traits::KeyConsumer;
			let key = pallet_zk_verifier::testing::synthetic_key(public_inputs);
			// The id covers the nullifier input: the same key bytes give one key per seed.
			let nullifier_input = seed
				.checked_sub(1)
				.and_then(|index| index.checked_rem(public_inputs));
			let key_id = ZkVerifier::id_of_key(&key, nullifier_input, KeyConsumer::Receipts)
				.unwrap_or_default();
			dispatch(
				ZkVerifier::register_key_for_everyone(
					RawOrigin::Root.into(),
					BoundedVec::truncate_from(key),
					nullifier_input,
					KeyConsumer::Receipts,
				),
				"registering a benchmark privacy key",
			);
			key_id
		}
	}

	impl pallet_disputes::BenchmarkHelper<AccountId, Balance> for MarketBenchmarkHelper {
		fn create_job(client: &AccountId, operator: &AccountId, amount: Balance) -> JobId {
			job_with_escrow(client, operator, u64::MAX, amount)
		}
	}

	/// A job `client` calls now on a fresh service of `operator`, escrowing at least `price`.
	fn job_with_escrow(
		client: &AccountId,
		operator: &AccountId,
		max_units: u64,
		price: Balance,
	) -> JobId {
		use pallet_services::BenchmarkHelper;
		MarketBenchmarkHelper::price_class(JOB_CLASS);
		MarketBenchmarkHelper::bond_operator(operator);
		fund(client);
		// Batch benchmarks call many jobs: reuse the operator's blueprint and its service for
		// this client while the service has room, so no operator limit is reached.
		let existing_blueprint = pallet_services::OperatorBlueprints::<Runtime>::get(operator)
			.first()
			.copied();
		let blueprint_id = match existing_blueprint {
			Some(blueprint_id) => blueprint_id,
			None => new_blueprint_of(operator),
		};
		let room = <<Runtime as pallet_services::Config>::MaxPendingJobsPerService as frame_support::traits::Get<u32>>::get() as usize;
		let existing_service = pallet_services::OperatorServices::<Runtime>::get(operator)
			.into_iter()
			.find(|id| {
				pallet_services::Services::<Runtime>::get(id).is_some_and(|service| {
					service.owner == *client
						&& service.blueprint_id == blueprint_id
						&& pallet_services::PendingJobs::<Runtime>::decode_len(id).unwrap_or(0)
							< room
				})
			});
		let service_id = match existing_service {
			Some(service_id) => service_id,
			None => new_service(client, operator, blueprint_id),
		};

		// Enough units that the escrowed quote covers `price`, and no more than allowed.
		let per_unit = <Pricing as PriceOracle<AccountId, Balance>>::price_per_unit(JOB_CLASS)
			.unwrap_or(MILLI_AIT)
			.max(1);
		let units = u64::try_from(price.saturating_div(per_unit).saturating_add(1))
			.unwrap_or(u64::MAX)
			.min(max_units)
			.max(1);
		let job_id = pallet_services::NextJobId::<Runtime>::get();
		dispatch(
			Services::call_job(
				RawOrigin::Signed(client.clone()).into(),
				service_id,
				0,
				H256::repeat_byte(2),
				units,
				Balance::MAX,
			),
			"calling a benchmark job",
		);
		job_id
	}

	/// A fresh blueprint (class `JOB_CLASS`, one job) that `operator` registers for.
	fn new_blueprint_of(operator: &AccountId) -> u64 {
		let owner: AccountId = frame_benchmarking::account("blueprint-owner", 0, 0);
		fund(&owner);
		let blueprint_id = pallet_services::NextBlueprintId::<Runtime>::get();
		let job = pallet_services::JobDefinition {
			name: BoundedVec::truncate_from(b"job".to_vec()),
		};
		dispatch(
			Services::create_blueprint(
				RawOrigin::Signed(owner).into(),
				BoundedVec::truncate_from(b"benchmark".to_vec()),
				H256::repeat_byte(1),
				BoundedVec::truncate_from(vec![job]),
				JOB_CLASS,
				1,
				HOURS,
			),
			"creating a benchmark blueprint",
		);
		let preferences = pallet_services::OperatorPreferences {
			session_key: [0; 32],
			rpc_endpoint: BoundedVec::truncate_from(b"http://operator".to_vec()),
			capacity: 1_000_000,
		};
		dispatch(
			Services::register_operator(
				RawOrigin::Signed(operator.clone()).into(),
				blueprint_id,
				preferences,
				16,
			),
			"registering a benchmark operator",
		);
		blueprint_id
	}

	/// A service of `blueprint_id` that `client` requests and `operator` approves.
	fn new_service(client: &AccountId, operator: &AccountId, blueprint_id: u64) -> u64 {
		let request_id = pallet_services::NextRequestId::<Runtime>::get();
		let terms = pallet_services::RequestTerms {
			operators: BoundedVec::truncate_from(vec![operator.clone()]),
			permitted_callers: BoundedVec::new(),
			payment_asset: PaymentAsset::Native,
			security_assets: BoundedVec::new(),
			sla: None,
			job_timeout: MinJobTimeout::get(),
			ends_at: None,
		};
		dispatch(
			Services::request_service(
				RawOrigin::Signed(client.clone()).into(),
				blueprint_id,
				terms,
				HOURS,
			),
			"requesting a benchmark service",
		);
		let service_id = pallet_services::NextServiceId::<Runtime>::get();
		dispatch(
			Services::approve(RawOrigin::Signed(operator.clone()).into(), request_id),
			"approving a benchmark service",
		);
		service_id
	}
}
