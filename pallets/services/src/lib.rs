//! # Services pallet
//!
//! The AITBC marketplace: the kinds of service that exist, the operators who serve them, the
//! service instances clients run, and the jobs called on those instances.
//!
//! - **Blueprints** ([`Pallet::create_blueprint`]): anyone may publish a kind of service, with a
//!   deposit held until its owner removes it, which it may once no operator is registered for
//!   it. A blueprint names the jobs it offers, the [`ResourceClass`] its jobs are priced in, the
//!   least number of operators a service needs, and how often its operators must send
//!   heartbeats.
//! - **Operators** ([`operators`]): a bonded operator (`T::Stake`) registers for a blueprint with
//!   its preferences and its own limit on active instances of that blueprint, enforced on every
//!   approval and again when the instance is created. An operator is `Active`, `Inactive` (takes no
//!   new services, keeps serving its current ones) or `Leaving` (deregistered automatically when
//!   its last service ends). The exit flow: go inactive or leaving, wait until no service of the
//!   blueprint is left, deregister; once no registration is left, [`OperatorRegistry`] tells
//!   staking that the bond may be withdrawn. Active capacity is reported to `T::Pricing` as supply;
//!   one registration offers at most `T::MaxCapacity`, so more supply takes more bonded operators.
//! - **Requests** ([`requests`]): a client names the blueprint, the operators, permitted callers,
//!   payment and security assets, an optional SLA, and a time-to-live. Until an operator approved,
//!   the requester may change it. When every named operator approved, the service instance is
//!   created; one rejection, a cancellation, or expiry removes it. Requests expire on-chain: each
//!   sits in the bucket of its expiry block in [`ExpiryQueue`] (an
//!   [`aitbc_primitives::block_queue::BlockQueue`]), which `on_initialize` works through with a
//!   per-block budget, carrying leftovers to the next block. The deposit always comes back.
//! - **Jobs** ([`jobs`]): the owner or a permitted caller calls a job with a unit cap and a price
//!   cap; `T::Pricing` quotes it, and the quote is locked in `T::Escrow`. Each job then moves
//!   through the one job state machine below, which this pallet owns.
//! - **Heartbeats** ([`heartbeats`]): evaluated lazily, so no hook scans all operators. When a
//!   heartbeat arrives, or anyone calls [`Pallet::report_missed_heartbeats`], the intervals missed
//!   since the last accounting are added to the operator's window; above the threshold an offence
//!   is reported to `T::Offences` with a fraction that grows with the misses.
//! - **SLA** ([`sla`]): a service may state latency, availability and throughput bounds; its
//!   clients file signed performance reports per job, and a breach that most reports show refunds
//!   `SlaPenalty` of the job's price to the caller and costs the operator reward points.
//! - **Ending a service** ([`jobs`]): the owner terminates a service at any time, and anyone
//!   may once its end date (`ends_at`) passed. Jobs without a result are refunded and cancelled;
//!   jobs with a result (or under dispute) stay open and finish their lifecycle without the
//!   service. An operator leaves a single service with [`Pallet::leave_service`]: it keeps
//!   serving (and owes heartbeats) for `ServiceExitNotice` blocks, then anyone completes the
//!   exit; when the last operator leaves, the service ends as if terminated.
//! - **Queries**: [`runtime_api::ServicesApi`].
//!
//! ## The job state machine
//!
//! Every job is in one [`JobStatus`]. Each transition checks the state it starts from and
//! refuses any other with a named error, so a job is closed once and only from a state that
//! allows it. Money moves in the same storage transaction as the transition, by whoever makes
//! it, through `T::Escrow`.
//!
//! ```text
//!               submit_result                    claim                close_job(Settled)
//!     Called ──────────────────▶ ResultSubmitted ────────▶ Claimed ──────────────────────▶ Settled
//!      │ │ │                        │ │                      │
//!      │ │ │ open_dispute           │ │ open_dispute         │ open_dispute
//!      │ │ └────────────────────────┼─┴──────────────────────┴──▶ Disputed ── close_job(Resolved) ──▶ Resolved
//!      │ │ cancel_job               │ cancel_job
//!      │ │ (timeout since the call) │ (timeout since the result, no claim)
//!      │ └──────────────────────────┴───────────────────────────▶ TimedOut
//!      │ terminate_service, or the last operator's complete_service_exit
//!      └────────────────────────────────────────────────────────▶ Cancelled
//!
//!     any open state ── close_job(Withdrawn): governance emergency withdrawal ──▶ Withdrawn
//! ```
//!
//! | transition | made by | money |
//! |---|---|---|
//! | → `Called` | [`Pallet::call_job`] (the client) | locked in escrow |
//! | `Called → ResultSubmitted` | [`Pallet::submit_result`] (an operator of the service) | — |
//! | `ResultSubmitted → Claimed` | [`JobRegistry::claim`] (Receipts, on a receipt of the result's operator with its output hash) | — |
//! | `Claimed → Settled` | [`JobRegistry::close_job`] (Receipts: challenge window over, or client accepted) | `EscrowLedger::settle` |
//! | `Called / ResultSubmitted / Claimed → Disputed` | [`JobRegistry::open_dispute`] (Disputes) | escrow frozen |
//! | `Disputed → Resolved` | [`JobRegistry::close_job`] (Disputes, on a ruling) | `EscrowLedger::split` |
//! | `Called → Cancelled` | [`Pallet::terminate_service`], [`Pallet::complete_service_exit`] of the last operator | refunded |
//! | `Called / ResultSubmitted → TimedOut` | [`Pallet::cancel_job`] (the client, after the job timeout) | refunded |
//! | any open `→ Withdrawn` | [`JobRegistry::close_job`] (Escrow, governance emergency withdrawal) | withdrawn |
//!
//! The final states (`Settled`, `Resolved`, `Cancelled`, `TimedOut`, `Withdrawn`) are entered
//! only through one function, `close_job`, which also takes the job out of its service's open
//! jobs and queues it for removal after `JobRetention`. Open jobs are listed in their service's
//! `PendingJobs`; when a service ends, its jobs with a result (or under dispute) leave that list
//! and finish on their own: a claim needs only the result's operator, and the caller can still
//! time the job out with the timeout recorded when the job was called.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod heartbeats;
#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;
pub mod jobs;
pub mod operators;
pub mod registry;
pub mod rentals;
pub mod requests;
pub mod runtime_api;
pub mod sla;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod rental_tests;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use aitbc_primitives::{
	block_queue::BlockQueue,
	traits::{
		EscrowLedger, JobRegistry, JobStatus, OffenceReporter, OnJobOutcome, OperatorRegistry,
		PriceOracle, StakeInfo,
	},
	BlueprintId, JobId, RentalId, RequestId, ResourceClass, ServiceId,
};
use frame_support::traits::fungible;

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;

pub type BlueprintOf<T> = Blueprint<
	AccountIdOf<T>,
	BalanceOf<T>,
	BlockNumberOf<T>,
	<T as Config>::MaxNameLen,
	<T as Config>::MaxJobsPerBlueprint,
>;
pub type JobDefinitionOf<T> = JobDefinition<<T as Config>::MaxNameLen>;
pub type JobsOf<T> =
	frame_support::BoundedVec<JobDefinitionOf<T>, <T as Config>::MaxJobsPerBlueprint>;
pub type NameOf<T> = frame_support::BoundedVec<u8, <T as Config>::MaxNameLen>;
pub type PreferencesOf<T> = OperatorPreferences<<T as Config>::MaxRpcLen>;
pub type RegistrationOf<T> = OperatorRegistration<<T as Config>::MaxRpcLen>;
pub type TermsOf<T> = RequestTerms<
	AccountIdOf<T>,
	<T as Config>::AssetId,
	BlockNumberOf<T>,
	<T as Config>::MaxOperatorsPerService,
	<T as Config>::MaxPermittedCallers,
	<T as Config>::MaxSecurityAssets,
>;
pub type RequestOf<T> = ServiceRequest<
	AccountIdOf<T>,
	<T as Config>::AssetId,
	BalanceOf<T>,
	BlockNumberOf<T>,
	<T as Config>::MaxOperatorsPerService,
	<T as Config>::MaxPermittedCallers,
	<T as Config>::MaxSecurityAssets,
>;
pub type ServiceOf<T> = ServiceInstance<
	AccountIdOf<T>,
	<T as Config>::AssetId,
	BlockNumberOf<T>,
	<T as Config>::MaxOperatorsPerService,
	<T as Config>::MaxPermittedCallers,
	<T as Config>::MaxSecurityAssets,
>;
pub type JobOf<T> = Job<AccountIdOf<T>, <T as Config>::AssetId, BalanceOf<T>>;
pub type RentalTermsOf<T> = RentalTerms<<T as Config>::AssetId, BlockNumberOf<T>>;
pub type RentalOf<T> =
	Rental<AccountIdOf<T>, <T as Config>::AssetId, BalanceOf<T>, BlockNumberOf<T>>;

/// Rentals by the block they next need work at (a period to pay or settle, an offer to expire,
/// an end, a removal): [`RentalWakeups`] and [`RentalWakeCursor`].
pub type RentalWakeQueue<T> = BlockQueue<
	RentalWakeups<T>,
	RentalWakeCursor<T>,
	BlockNumberOf<T>,
	RentalId,
	<T as Config>::MaxRentalWakeupsPerBlock,
>;

/// Open requests by the block they expire at: [`RequestExpiries`] and [`ExpiryCursor`].
pub type ExpiryQueue<T> = BlockQueue<
	RequestExpiries<T>,
	ExpiryCursor<T>,
	BlockNumberOf<T>,
	RequestId,
	<T as Config>::MaxExpiriesPerBlock,
>;
/// Closed jobs by the block they are removed at: [`JobPrunes`] and [`JobPruneCursor`].
pub type JobPruneQueue<T> = BlockQueue<
	JobPrunes<T>,
	JobPruneCursor<T>,
	BlockNumberOf<T>,
	JobId,
	<T as Config>::MaxJobPrunesPerBlock,
>;

/// What benchmarks need from the rest of the runtime: a bonded operator and a priced class.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Signature> {
	/// Make `who` a bonded, active operator in the staking pallet.
	fn bond_operator(who: &AccountId);
	/// Make sure `class` has a price, so jobs of it can be quoted.
	fn price_class(class: ResourceClass);
	/// An account whose key the helper holds, to sign performance reports.
	fn reporter() -> AccountId;
	/// `reporter()`'s signature over `payload`.
	fn sign(payload: &[u8]) -> Signature;
}

/// The AITBC marketplace: blueprints (kinds of service), the bonded operators registered for
/// them, service requests and the service instances they create, and the jobs called on those
/// services, with heartbeats and SLA reports.
///
/// A job moves `Called → ResultSubmitted → Claimed → Settled`, or ends `Disputed → Resolved`,
/// `Cancelled`, `TimedOut` or `Withdrawn`. Deposits are in 10^-12 AIT; times are in blocks.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::traits::{IdentifyAccount, Verify};

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Holds blueprint and request deposits.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// The id of an asset jobs may be paid in.
		type AssetId: Parameter + MaxEncodedLen + Copy;
		/// Holds job payments.
		type Escrow: EscrowLedger<Self::AccountId, BalanceOf<Self>, Self::AssetId>;
		/// Quotes jobs; learns demand and supply.
		type Pricing: PriceOracle<Self::AccountId, BalanceOf<Self>>;
		/// Takes missed-heartbeat offences.
		type Offences: OffenceReporter<Self::AccountId>;
		/// Tells which accounts are bonded operators.
		type Stake: StakeInfo<Self::AccountId, BalanceOf<Self>>;
		/// Told about results and heartbeats, for reward points.
		type OnOutcome: OnJobOutcome<Self::AccountId>;

		/// Held from a blueprint's creator while the blueprint exists.
		#[pallet::constant]
		type BlueprintDeposit: Get<BalanceOf<Self>>;
		/// Held from a requester until its request is approved, rejected, cancelled or expired.
		#[pallet::constant]
		type RequestDeposit: Get<BalanceOf<Self>>;
		/// Longest blueprint or job name.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;
		/// Longest operator RPC endpoint.
		#[pallet::constant]
		type MaxRpcLen: Get<u32>;
		/// Most jobs one blueprint offers.
		#[pallet::constant]
		type MaxJobsPerBlueprint: Get<u32>;
		/// Most operators of one service (and named in one request).
		#[pallet::constant]
		type MaxOperatorsPerService: Get<u32>;
		/// Most permitted callers of one service.
		#[pallet::constant]
		type MaxPermittedCallers: Get<u32>;
		/// Most security assets of one service.
		#[pallet::constant]
		type MaxSecurityAssets: Get<u32>;
		/// Most blueprints one operator registers for.
		#[pallet::constant]
		type MaxBlueprintsPerOperator: Get<u32>;
		/// The most capacity (compute units per block) one registration may offer. Capacity is
		/// the supply pricing divides demand by, so an unbounded declaration could floor a
		/// class's price; with this bound, offering more supply takes more bonded operators.
		#[pallet::constant]
		type MaxCapacity: Get<u64>;
		/// Most services one operator serves across all blueprints.
		#[pallet::constant]
		type MaxServicesPerOperator: Get<u32>;
		/// Most open requests of one client.
		#[pallet::constant]
		type MaxRequestsPerClient: Get<u32>;
		/// Most open jobs of one service; bounds termination.
		#[pallet::constant]
		type MaxPendingJobsPerService: Get<u32>;
		/// Shortest job timeout a service may state: operators need at least this long to
		/// deliver a result, and then to claim it.
		#[pallet::constant]
		type MinJobTimeout: Get<BlockNumberFor<Self>>;
		/// Longest job timeout a service may state: the longest a caller may have to wait for
		/// its money back when nobody delivers.
		#[pallet::constant]
		type MaxJobTimeout: Get<BlockNumberFor<Self>>;
		/// How long an operator keeps serving a service after announcing that it leaves it.
		#[pallet::constant]
		type ServiceExitNotice: Get<BlockNumberFor<Self>>;
		/// The most requests that may expire at one block: the capacity of a block's bucket in
		/// [`RequestExpiries`]. A request whose expiry block is full is refused
		/// (`ExpiryQueueFull`); another time-to-live finds room.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;
		/// The most requests `on_initialize` expires in one block (its budget); the rest wait,
		/// in order, for the next block.
		#[pallet::constant]
		type MaxExpiriesProcessedPerBlock: Get<u32>;
		/// How long a settled or cancelled job (with its performance reports and penalty) is
		/// kept before `on_initialize` removes it: the window for SLA reports after a result.
		#[pallet::constant]
		type JobRetention: Get<BlockNumberFor<Self>>;
		/// The most closed jobs queued for removal at one block: the capacity of a block's
		/// bucket in [`JobPrunes`]. A job closing when its block is full goes to the next block
		/// with room (up to 64 blocks later), or, if none has, is kept.
		#[pallet::constant]
		type MaxJobPrunesPerBlock: Get<u32>;
		/// The most closed jobs `on_initialize` removes in one block (its budget); the rest
		/// wait, in order, for the next block.
		#[pallet::constant]
		type MaxJobPrunesProcessedPerBlock: Get<u32>;
		/// Longest time-to-live of a request.
		#[pallet::constant]
		type MaxRequestTtl: Get<BlockNumberFor<Self>>;
		/// Shortest heartbeat interval a blueprint may ask for.
		#[pallet::constant]
		type MinHeartbeatInterval: Get<BlockNumberFor<Self>>;
		/// The window over which missed heartbeats add up.
		#[pallet::constant]
		type HeartbeatWindow: Get<BlockNumberFor<Self>>;
		/// Misses in a window tolerated before an offence is reported.
		#[pallet::constant]
		type MissedHeartbeatThreshold: Get<u32>;
		/// Offence fraction per missed heartbeat in the reported window.
		#[pallet::constant]
		type SlashPerMissedHeartbeat: Get<sp_runtime::Perbill>;
		/// Largest fraction one heartbeat offence reports.
		#[pallet::constant]
		type MaxHeartbeatSlash: Get<sp_runtime::Perbill>;

		/// What clients sign performance reports with (`MultiSignature` in the runtime).
		type Signature: Verify<Signer: IdentifyAccount<AccountId = Self::AccountId>> + Parameter;
		/// Most performance reports per job.
		#[pallet::constant]
		type MaxReportsPerJob: Get<u32>;
		/// The part of a job's price refunded to the caller when its SLA is breached.
		#[pallet::constant]
		type SlaPenalty: Get<sp_runtime::Perbill>;

		/// Most periods one rental runs.
		#[pallet::constant]
		type MaxRentalPeriods: Get<u32>;
		/// Shortest rental period, in blocks (never shorter than the blueprint's heartbeat
		/// interval either, so every period can be measured).
		#[pallet::constant]
		type MinRentalPeriod: Get<BlockNumberFor<Self>>;
		/// Longest rental, in blocks (periods times period length).
		#[pallet::constant]
		type MaxRentalDuration: Get<BlockNumberFor<Self>>;
		/// Longest cancellation notice a rental may state.
		#[pallet::constant]
		type MaxRentalNotice: Get<BlockNumberFor<Self>>;
		/// Blocks after a period ends in which both sides report its metrics and the consumer
		/// may dispute its payment; then it is settled.
		#[pallet::constant]
		type RentalReportWindow: Get<BlockNumberFor<Self>>;
		/// Periods in a row outside the SLA after which an offence is reported.
		#[pallet::constant]
		type RentalBreachesForOffence: Get<u32>;
		/// The fraction of stake a repeated-breach offence reports.
		#[pallet::constant]
		type RentalBreachSlash: Get<sp_runtime::Perbill>;
		/// Periods one touch of a rental (a call or the hook) pays or settles at most; a rental
		/// left untouched for long catches up over several.
		#[pallet::constant]
		type MaxRentalStepsPerTouch: Get<u32>;
		/// The most rentals queued for work at one block.
		#[pallet::constant]
		type MaxRentalWakeupsPerBlock: Get<u32>;
		/// The most rentals `on_initialize` works on in one block; the rest wait, in order.
		#[pallet::constant]
		type MaxRentalWakeupsProcessedPerBlock: Get<u32>;

		type WeightInfo: WeightInfo;

		/// Sets up other pallets' state for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::Signature>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a blueprint.
		BlueprintDeposit,
		/// The deposit of an open service request.
		RequestDeposit,
	}

	/// The id the next blueprint gets.
	#[pallet::storage]
	pub type NextBlueprintId<T> = StorageValue<_, BlueprintId, ValueQuery>;

	/// Every published blueprint: owner, name, jobs offered, resource class, minimum operators,
	/// heartbeat interval and the deposit held from its owner.
	#[pallet::storage]
	pub type Blueprints<T: Config> = StorageMap<_, Twox64Concat, BlueprintId, BlueprintOf<T>>;

	/// Every operator's registration per blueprint.
	#[pallet::storage]
	pub type Operators<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlueprintId,
		Blake2_128Concat,
		T::AccountId,
		RegistrationOf<T>,
	>;

	/// The blueprints each operator is registered for.
	#[pallet::storage]
	pub type OperatorBlueprints<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<BlueprintId, T::MaxBlueprintsPerOperator>,
		ValueQuery,
	>;

	/// The id the next service request gets.
	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RequestId, ValueQuery>;

	/// Open service requests: terms, each named operator's approval, expiry block and deposit.
	/// A request leaves when it becomes a service, is rejected or cancelled, or expires.
	#[pallet::storage]
	pub type Requests<T: Config> = StorageMap<_, Twox64Concat, RequestId, RequestOf<T>>;

	/// The open requests of each client.
	#[pallet::storage]
	pub type ClientRequests<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<RequestId, T::MaxRequestsPerClient>,
		ValueQuery,
	>;

	/// The buckets of [`ExpiryQueue`]: the open requests that expire at each block (at most
	/// `MaxExpiriesPerBlock`), in the order they were made. A request leaves its bucket when
	/// it is approved, rejected, cancelled or expired.
	#[pallet::storage]
	pub type RequestExpiries<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<RequestId, T::MaxExpiriesPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`ExpiryQueue`]: the first block whose bucket `on_initialize` has not
	/// finished. Absent before the first block's hook.
	#[pallet::storage]
	pub type ExpiryCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The id the next service gets.
	#[pallet::storage]
	pub type NextServiceId<T> = StorageValue<_, ServiceId, ValueQuery>;

	/// Running services: owner, blueprint, the approved terms (operators, permitted callers,
	/// payment asset, SLA, job timeout, end date) and the creation block.
	#[pallet::storage]
	pub type Services<T: Config> = StorageMap<_, Twox64Concat, ServiceId, ServiceOf<T>>;

	/// The services of each blueprint.
	#[pallet::storage]
	pub type BlueprintServices<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlueprintId, Twox64Concat, ServiceId, ()>;

	/// The services each operator serves.
	#[pallet::storage]
	pub type OperatorServices<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<ServiceId, T::MaxServicesPerOperator>,
		ValueQuery,
	>;

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T> = StorageValue<_, JobId, ValueQuery>;

	/// Every job, open or closed: caller, service, units and price, status and result. A closed
	/// job is removed `JobRetention` blocks after it closed.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>>;

	/// The open jobs of each running service. A service's jobs leave it when they close or
	/// when the service ends.
	#[pallet::storage]
	pub type PendingJobs<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ServiceId,
		BoundedVec<JobId, T::MaxPendingJobsPerService>,
		ValueQuery,
	>;

	/// Operators that announced they leave a service, with the block from which the exit may be
	/// completed. Only for running services and their operators (at most
	/// `MaxOperatorsPerService` per service).
	#[pallet::storage]
	pub type ServiceExits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ServiceId,
		Blake2_128Concat,
		T::AccountId,
		BlockNumberFor<T>,
	>;

	/// Heartbeat accounting of each operator of each service.
	#[pallet::storage]
	pub type Heartbeats<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ServiceId,
		Blake2_128Concat,
		T::AccountId,
		HeartbeatRecord<BlockNumberFor<T>>,
	>;

	/// The performance reports filed for each job, with who signed them.
	#[pallet::storage]
	pub type PerformanceReports<T: Config> = StorageMap<
		_,
		Twox64Concat,
		JobId,
		BoundedVec<(T::AccountId, PerformanceReport), T::MaxReportsPerJob>,
		ValueQuery,
	>;

	/// Jobs whose SLA breach was established, with what was refunded for it.
	#[pallet::storage]
	pub type SlaPenalties<T: Config> = StorageMap<_, Twox64Concat, JobId, BalanceOf<T>>;

	/// The buckets of [`JobPruneQueue`]: closed jobs (in a final state) to remove at each
	/// block, `JobRetention` after they closed (at most `MaxJobPrunesPerBlock` a block).
	#[pallet::storage]
	pub type JobPrunes<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxJobPrunesPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`JobPruneQueue`]: the first block whose bucket `on_initialize` has not
	/// finished. Absent before the first block's hook.
	#[pallet::storage]
	pub type JobPruneCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The id the next rental gets.
	#[pallet::storage]
	pub type NextRentalId<T> = StorageValue<_, RentalId, ValueQuery>;

	/// Every rental agreement: parties, terms, the price per period fixed at the offer, state
	/// and payment progress. A finished rental is removed `JobRetention` blocks after it ended.
	#[pallet::storage]
	pub type Rentals<T: Config> = StorageMap<_, Twox64Concat, RentalId, RentalOf<T>>;

	/// The rentals each consumer offered or holds.
	#[pallet::storage]
	pub type RentalsByConsumer<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, RentalId, ()>;

	/// The rentals offered to or held by each provider.
	#[pallet::storage]
	pub type RentalsByProvider<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, RentalId, ()>;

	/// The rental a running service carries.
	#[pallet::storage]
	pub type RentalOfService<T: Config> = StorageMap<_, Twox64Concat, ServiceId, RentalId>;

	/// The rental whose escrow is held under a key (a job id no job has).
	#[pallet::storage]
	pub type RentalOfEscrow<T: Config> = StorageMap<_, Twox64Concat, JobId, RentalId>;

	/// Jobs that pay one period of a rental, until the job is removed.
	#[pallet::storage]
	pub type RentalPeriodJobs<T: Config> =
		StorageMap<_, Twox64Concat, JobId, RentalPeriodRef<BlockNumberFor<T>>>;

	/// The open period jobs of each rental (carved, not yet settled or ruled on).
	#[pallet::storage]
	pub type OpenRentalPeriods<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RentalId, Twox64Concat, u32, JobId>;

	/// The metrics each side reported for an open period.
	#[pallet::storage]
	pub type RentalReports<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RentalId, Twox64Concat, u32, PeriodReports, ValueQuery>;

	/// The heartbeats counted in a period that is running or not yet settled.
	#[pallet::storage]
	pub type RentalBeats<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RentalId, Twox64Concat, u32, PeriodBeats, ValueQuery>;

	/// Capacity of each registration rented out now; the rest is what it offers as supply.
	#[pallet::storage]
	pub type RentedCapacity<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlueprintId,
		Blake2_128Concat,
		T::AccountId,
		u64,
		ValueQuery,
	>;

	/// The buckets of [`RentalWakeQueue`]: rentals that need work at each block.
	#[pallet::storage]
	pub type RentalWakeups<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<RentalId, T::MaxRentalWakeupsPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`RentalWakeQueue`].
	#[pallet::storage]
	pub type RentalWakeCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A blueprint was published and its deposit held from its owner.
		BlueprintCreated {
			/// The new blueprint's id.
			blueprint_id: BlueprintId,
			/// The account that published it; only it may remove it.
			owner: T::AccountId,
			/// The deposit held (`BlueprintDeposit`), in 10^-12 AIT.
			deposit: BalanceOf<T>,
		},
		/// The blueprint is gone and its deposit returned.
		BlueprintRemoved {
			/// The removed blueprint.
			blueprint_id: BlueprintId,
			/// The deposit given back to its owner, in 10^-12 AIT.
			refunded: BalanceOf<T>,
		},
		/// A bonded operator registered for a blueprint; it is active at once and its capacity
		/// counts as supply of the blueprint's resource class.
		OperatorRegistered {
			/// The blueprint registered for.
			blueprint_id: BlueprintId,
			/// The operator.
			operator: T::AccountId,
			/// The most services of this blueprint it will serve at once.
			max_instances: u32,
		},
		/// An operator changed its preferences or its limit on active instances.
		OperatorUpdated {
			/// The blueprint of the registration.
			blueprint_id: BlueprintId,
			/// The operator.
			operator: T::AccountId,
			/// Its new limit on services of this blueprint served at once.
			max_instances: u32,
			/// The compute units per block it now offers for this blueprint.
			capacity: u64,
		},
		/// An operator became `Active`, `Inactive` or `Leaving` for a blueprint.
		OperatorStateChanged {
			/// The blueprint of the registration.
			blueprint_id: BlueprintId,
			/// The operator.
			operator: T::AccountId,
			/// Its new state: `Active` takes new services, `Inactive` does not, `Leaving` is
			/// deregistered once its last service of the blueprint ends.
			state: OperatorState,
		},
		/// An operator's registration for a blueprint was removed.
		OperatorDeregistered {
			/// The blueprint it left.
			blueprint_id: BlueprintId,
			/// The operator.
			operator: T::AccountId,
		},
		/// A client requested a service; the named operators may now approve or reject it.
		ServiceRequested {
			/// The new request's id.
			request_id: RequestId,
			/// The client; `RequestDeposit` is held from it until the request is resolved.
			requester: T::AccountId,
			/// The blueprint requested.
			blueprint_id: BlueprintId,
			/// The first block in which the request no longer counts; it is removed then.
			expires_at: BlockNumberFor<T>,
		},
		/// The requester changed the terms or time-to-live of a request nobody approved yet.
		RequestUpdated {
			/// The request changed.
			request_id: RequestId,
			/// Its new expiry block.
			expires_at: BlockNumberFor<T>,
		},
		/// A named operator approved a request; when all have, the service is created.
		RequestApproved {
			/// The request approved.
			request_id: RequestId,
			/// The operator that approved.
			operator: T::AccountId,
		},
		/// The request is removed and its deposit refunded.
		RequestRejected {
			/// The request rejected.
			request_id: RequestId,
			/// The named operator that rejected it.
			operator: T::AccountId,
			/// The deposit given back to the requester, in 10^-12 AIT.
			refunded: BalanceOf<T>,
		},
		/// The requester withdrew its request; it is removed and its deposit refunded.
		RequestCancelled {
			/// The request withdrawn.
			request_id: RequestId,
			/// The deposit given back to the requester, in 10^-12 AIT.
			refunded: BalanceOf<T>,
		},
		/// A request reached its expiry block before every operator approved; it is removed
		/// and its deposit refunded.
		RequestExpired {
			/// The request expired.
			request_id: RequestId,
			/// The client that made it.
			requester: T::AccountId,
			/// The deposit given back to the requester, in 10^-12 AIT.
			refunded: BalanceOf<T>,
		},
		/// Every named operator approved a request: the service runs and takes jobs.
		ServiceCreated {
			/// The new service's id.
			service_id: ServiceId,
			/// The request it was created from (now removed, its deposit refunded).
			request_id: RequestId,
			/// The requester, now the service's owner.
			owner: T::AccountId,
			/// The blueprint the service runs.
			blueprint_id: BlueprintId,
		},
		/// A job was called on a service and its price locked in escrow.
		JobCalled {
			/// The new job's id.
			job_id: JobId,
			/// The service it runs on.
			service_id: ServiceId,
			/// The account that called and paid for it (the job's client).
			caller: T::AccountId,
			/// The most compute units the job may bill.
			max_units: u64,
			/// The price quoted for `max_units` and locked in escrow, in the smallest unit of
			/// the service's payment asset.
			price: BalanceOf<T>,
		},
		/// An operator of the service delivered the job's result; it may now claim payment
		/// with a receipt.
		ResultSubmitted {
			/// The job.
			job_id: JobId,
			/// The operator that delivered; only it may claim the payment.
			operator: T::AccountId,
			/// The hash of the output; a receipt must name the same hash.
			output_hash: H256,
		},
		/// A receipt of the result's operator claims the job's payment.
		JobClaimed {
			/// The job claimed.
			job_id: JobId,
			/// The operator that claims it.
			operator: T::AccountId,
		},
		/// A dispute over the job opened; its escrow is frozen until the ruling.
		JobDisputed {
			/// The disputed job.
			job_id: JobId,
		},
		/// The job reached a final state (settled, resolved, cancelled, timed out, withdrawn).
		JobClosed {
			/// The job closed; it is removed from storage `JobRetention` blocks later.
			job_id: JobId,
			/// Its final state.
			status: JobStatus,
		},
		/// An operator sent a heartbeat for a service.
		HeartbeatReceived {
			/// The service.
			service_id: ServiceId,
			/// The operator.
			operator: T::AccountId,
			/// Whole heartbeat intervals it missed before this beat; they count towards an
			/// offence.
			missed: u32,
		},
		/// Someone counted the heartbeats an operator missed for a service.
		HeartbeatsMissed {
			/// The service.
			service_id: ServiceId,
			/// The operator.
			operator: T::AccountId,
			/// Whole heartbeat intervals missed since the last accounting.
			missed: u32,
		},
		/// Too many misses in the window: an offence with `fraction` went to staking.
		HeartbeatOffenceReported {
			/// The service whose heartbeats were missed.
			service_id: ServiceId,
			/// The operator reported.
			operator: T::AccountId,
			/// The misses counted in the window, above `MissedHeartbeatThreshold`.
			missed: u32,
			/// The share of the operator's stake (and its delegators') the deferred slash
			/// takes: `SlashPerMissedHeartbeat` per miss, at most `MaxHeartbeatSlash`.
			fraction: sp_runtime::Perbill,
		},
		/// Closed jobs were removed from storage, `JobRetention` after they closed.
		JobsPruned {
			/// How many jobs were removed.
			count: u32,
		},
		/// The service ended: `cancelled_jobs` jobs without a result were refunded; `open_jobs`
		/// jobs with a result (or under dispute) finish their lifecycle without it.
		ServiceTerminated {
			/// The service ended.
			service_id: ServiceId,
			/// Jobs without a result, cancelled and refunded to their callers.
			cancelled_jobs: u32,
			/// Jobs with a result or under dispute, left to settle, time out or be ruled on.
			open_jobs: u32,
		},
		/// The operator leaves the service: it serves until `effective_at`, then anyone may
		/// complete the exit.
		OperatorLeavingService {
			/// The service.
			service_id: ServiceId,
			/// The operator leaving; it still owes heartbeats until it has left.
			operator: T::AccountId,
			/// The block from which `complete_service_exit` may be called.
			effective_at: BlockNumberFor<T>,
		},
		/// The operator no longer serves the service.
		OperatorLeftService {
			/// The service.
			service_id: ServiceId,
			/// The operator that left.
			operator: T::AccountId,
		},
		/// A client's signed performance report on a job was filed.
		PerformanceReported {
			/// The job reported on.
			job_id: JobId,
			/// The client that signed the report.
			reporter: T::AccountId,
			/// Whether this report shows the service's SLA broken.
			breached: bool,
		},
		/// Most reports show the SLA broken: `refunded` went back to the caller and `operators`
		/// lost points.
		SlaBreached {
			/// The job whose SLA was breached.
			job_id: JobId,
			/// The operators blamed: the result's operator, or all of the service's if there
			/// is no result.
			operators: alloc::vec::Vec<T::AccountId>,
			/// What went back to the job's caller from its escrow (`SlaPenalty` of the price,
			/// at most what is still held), in the smallest unit of its payment asset.
			refunded: BalanceOf<T>,
		},
		/// A consumer offered a rental; its whole price is held in escrow until the provider
		/// accepts or declines, or the offer expires.
		RentalCreated {
			/// The new rental's id.
			rental_id: RentalId,
			/// The client that pays.
			consumer: T::AccountId,
			/// The operator asked to provide the capacity.
			provider: T::AccountId,
			/// Quoted by pricing now and fixed for the agreement, in the smallest unit of the
			/// payment asset.
			price_per_period: BalanceOf<T>,
			/// The whole price held: `price_per_period` times the periods.
			total: BalanceOf<T>,
			/// The first block in which the offer no longer counts.
			accept_by: BlockNumberFor<T>,
		},
		/// The provider accepted: the capacity is reserved and the first period runs.
		RentalAccepted {
			/// The rental.
			rental_id: RentalId,
			/// The service that carries it; its operator sends heartbeats for it.
			service_id: ServiceId,
			/// The block the rental ends at unless cancelled.
			ends_at: BlockNumberFor<T>,
		},
		/// An offer ended before it started: declined by the provider, withdrawn by the
		/// consumer, or expired. Everything held went back to the consumer.
		RentalOfferClosed {
			/// The rental.
			rental_id: RentalId,
			/// Why: `Declined`, `Withdrawn` or `Expired`.
			reason: RentalOfferEnd,
			/// Returned to the consumer, in the smallest unit of the payment asset.
			refunded: BalanceOf<T>,
		},
		/// A side cancelled a running rental: it ends after the notice, the time until then is
		/// paid and the rest went back to the consumer.
		RentalCancelled {
			/// The rental.
			rental_id: RentalId,
			/// Who cancelled (the consumer or the provider).
			by: T::AccountId,
			/// The block it now ends at.
			ends_at: BlockNumberFor<T>,
			/// Returned to the consumer now, in the smallest unit of the payment asset.
			refunded: BalanceOf<T>,
		},
		/// A period ended: its payment left the rental's escrow for a job of its own, which
		/// settles after the report window unless the consumer disputes it.
		RentalPeriodDue {
			/// The rental.
			rental_id: RentalId,
			/// The period (counted from zero).
			period: u32,
			/// The job that holds the period's payment; disputes name it.
			job_id: JobId,
			/// The period's payment, in the smallest unit of the payment asset.
			amount: BalanceOf<T>,
		},
		/// A side reported the metrics of a period.
		RentalMetricsReported {
			/// The rental.
			rental_id: RentalId,
			/// The period.
			period: u32,
			/// The consumer or the provider.
			reporter: T::AccountId,
			/// What it measured.
			metrics: RentalMetrics,
		},
		/// A period was judged and paid: `paid` to the provider (before the platform fee),
		/// `penalty` back to the consumer.
		RentalPeriodSettled {
			/// The rental.
			rental_id: RentalId,
			/// The period.
			period: u32,
			/// The period's job, now `Settled`.
			job_id: JobId,
			/// Released to the provider, before the platform fee.
			paid: BalanceOf<T>,
			/// Refunded to the consumer for breaking the SLA.
			penalty: BalanceOf<T>,
			/// What the payment was judged on.
			judgement: PeriodJudgement,
		},
		/// The provider broke the SLA `RentalBreachesForOffence` periods in a row: an offence
		/// went to staking.
		RentalOffenceReported {
			/// The rental.
			rental_id: RentalId,
			/// The provider reported.
			provider: T::AccountId,
			/// The fraction of its stake (and its delegators') the deferred slash takes.
			fraction: sp_runtime::Perbill,
		},
		/// The rental is over and nothing of it is held: `Completed` or `Cancelled`.
		RentalEnded {
			/// The rental.
			rental_id: RentalId,
			/// Its final state.
			status: RentalStatus,
		},
		/// A finished rental was removed from storage, `JobRetention` after it ended.
		RentalRemoved {
			/// The rental.
			rental_id: RentalId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An id counter would overflow.
		Overflow,
		/// The account cannot hold the deposit (`BlueprintDeposit` or `RequestDeposit`) from its
		/// free balance.
		CannotHoldDeposit,
		/// A blueprint must offer at least one job.
		NoJobs,
		/// Minimum operators must be between one and `MaxOperatorsPerService`.
		InvalidMinOperators,
		/// The heartbeat interval is below `MinHeartbeatInterval`.
		HeartbeatIntervalTooShort,
		/// No blueprint has this id (it was never created or its owner removed it).
		BlueprintNotFound,
		/// Only bonded, active operators of `Staking` may register.
		NotBondedOperator,
		/// Already registered for this blueprint.
		AlreadyRegistered,
		/// Not registered for this blueprint.
		NotRegistered,
		/// An operator's instance limit must be at least one.
		ZeroInstanceLimit,
		/// An operator must offer some capacity.
		ZeroCapacity,
		/// A registration may offer at most `MaxCapacity`.
		CapacityTooHigh,
		/// The new instance limit is below the number of services the operator serves now.
		InstanceLimitBelowActive,
		/// The operator is at `MaxBlueprintsPerOperator`.
		TooManyBlueprints,
		/// The operator is not `Active` (for this change or to take a new service).
		OperatorNotActive,
		/// The operator is not `Inactive`, so it cannot become active again.
		OperatorNotInactive,
		/// The operator is already leaving.
		AlreadyLeaving,
		/// An active operator must go inactive or leaving before it deregisters.
		StillActive,
		/// The operator still serves services of this blueprint.
		HasActiveServices,
		/// Only the blueprint's owner may remove it.
		NotBlueprintOwner,
		/// Operators are still registered for the blueprint.
		BlueprintInUse,
		/// The request names fewer operators than the blueprint needs.
		TooFewOperators,
		/// An operator is named twice.
		DuplicateOperator,
		/// The time-to-live is zero or above `MaxRequestTtl`.
		InvalidTtl,
		/// The client has `MaxRequestsPerClient` open requests.
		TooManyRequests,
		/// `MaxExpiriesPerBlock` requests already expire in that block; choose another TTL.
		ExpiryQueueFull,
		/// No open request has this id: it never existed, or it was approved into a service,
		/// rejected, cancelled or expired.
		RequestNotFound,
		/// Only the requester may change or cancel the request.
		NotRequester,
		/// An operator approved already, so the terms are fixed.
		RequestAlreadyApproved,
		/// The caller is not one of the operators the request names.
		NotRequestedOperator,
		/// This operator approved already.
		AlreadyApproved,
		/// The request's time-to-live has passed.
		RequestExpired,
		/// The operator serves as many services of this blueprint as its own limit allows.
		InstanceLimitReached,
		/// The operator serves `MaxServicesPerOperator` services.
		TooManyServices,
		/// No running service has this id: it never existed, or it was terminated.
		ServiceNotFound,
		/// Only the service's owner may do this.
		NotServiceOwner,
		/// Only the owner or a permitted caller may call jobs.
		NotPermittedCaller,
		/// The blueprint offers no job at this index.
		UnknownJob,
		/// A job must be for at least one compute unit.
		ZeroUnits,
		/// The pricing pallet has no quote for this class and amount.
		NoPriceQuote,
		/// The quote is above the caller's price cap.
		PriceAboveCap,
		/// The service has `MaxPendingJobsPerService` open jobs.
		TooManyPendingJobs,
		/// No job has this id: it never existed, or it closed and was removed `JobRetention`
		/// blocks later.
		JobNotFound,
		/// Only an operator of the job's service may do this.
		NotServiceOperator,
		/// A result for this job was submitted already.
		ResultAlreadySubmitted,
		/// The job is in a final state (settled, resolved, cancelled, timed out or withdrawn).
		JobClosed,
		/// More units than the job's cap.
		TooManyUnits,
		/// Only the operator that submitted the job's result may claim it.
		NotResultOperator,
		/// The claimed output hash is not the one the result recorded.
		OutputMismatch,
		/// A receipt claims the job already.
		AlreadyClaimed,
		/// The job is under dispute; only its ruling (or a governance withdrawal) ends it.
		JobDisputed,
		/// Settlement needs a claimed result.
		NotClaimed,
		/// Only a disputed job is ended by a ruling.
		NotDisputed,
		/// The job timeout is below `MinJobTimeout` or above `MaxJobTimeout`.
		InvalidJobTimeout,
		/// The service's end date must lie in the future.
		EndInPast,
		/// The service's end date has passed: it takes no more jobs.
		ServiceEnded,
		/// Only the job's caller (who paid for it) may do this.
		NotJobClient,
		/// The job timeout has not passed yet (since the call, or since the result).
		JobNotTimedOut,
		/// The operator has not announced that it leaves this service.
		NotLeavingService,
		/// The exit notice is still running.
		ExitNoticeRunning,
		/// No heartbeat interval passed since the last accounting.
		NoMissedHeartbeats,
		/// The service states no SLA.
		NoSla,
		/// Performance is reported only for jobs with a result.
		NoResultYet,
		/// Only the owner or a permitted caller of the service reports on its jobs.
		NotServiceClient,
		/// The signature is not the reporter's over this chain's report payload.
		BadSignature,
		/// This client reported on this job already.
		AlreadyReported,
		/// The job has `MaxReportsPerJob` reports.
		TooManyReports,
		/// No rental has this id (it never existed, or it ended and was removed).
		RentalNotFound,
		/// Only the rental's consumer may do this.
		NotRentalConsumer,
		/// Only the rental's provider may do this.
		NotRentalProvider,
		/// Only the rental's consumer or provider may do this.
		NotRentalParty,
		/// The rental is not an open offer (it was accepted, or it ended).
		RentalNotOffered,
		/// The offer's time to accept has passed.
		RentalOfferExpired,
		/// The rental is not running (not accepted yet, or over).
		RentalNotRunning,
		/// A rental runs for at least one period and at most `MaxRentalPeriods`.
		InvalidRentalPeriods,
		/// A period is shorter than `MinRentalPeriod` or the blueprint's heartbeat interval.
		RentalPeriodTooShort,
		/// Periods times period length exceed `MaxRentalDuration`.
		RentalTooLong,
		/// The notice exceeds `MaxRentalNotice`.
		NoticeTooLong,
		/// A share in parts per million is above one million.
		InvalidPartsPerMillion,
		/// The provider's registration has less capacity free than the rental asks for.
		CapacityUnavailable,
		/// A registration's capacity may not fall below what it has rented out.
		CapacityBelowRented,
		/// The period has not ended yet, or its payment was settled already.
		PeriodNotOpen,
		/// The period's report window has closed.
		ReportWindowClosed,
		/// The rental is cancelled already.
		RentalEnding,
		/// The notice would end the rental after its term; it ends sooner by itself.
		NoticeBeyondEnd,
		/// Nothing of the rental is due yet.
		NothingDue,
		/// `MaxRentalWakeupsPerBlock` rentals wait at that block and the next ones; try later.
		RentalQueueFull,
		/// This service carries a rental: end it with `cancel_rental`.
		RentalService,
		/// This job pays a rental period: only the period's settlement or a ruling ends it.
		RentalPeriodJob,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Expire due requests, then remove closed jobs whose retention ended, each queue
		/// within its budget. Each is charged its benchmark for the items it handled and what
		/// the benchmark did not measure (further buckets walked, stale entries).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let db = T::DbWeight::get();
			let expiries = Self::expire_requests(now);
			let prunes = Self::prune_closed_jobs(now);
			let rentals = Self::wake_rentals(now);
			T::WeightInfo::expire_requests(expiries.processed)
				.saturating_add(expiries.beyond_benchmark(db))
				.saturating_add(T::WeightInfo::prune_jobs(prunes.processed))
				.saturating_add(prunes.beyond_benchmark(db))
				.saturating_add(T::WeightInfo::wake_rentals(rentals.processed))
				.saturating_add(rentals.beyond_benchmark(db))
		}

		fn integrity_test() {
			assert!(
				T::MaxExpiriesPerBlock::get() > 0 && T::MaxJobPrunesPerBlock::get() > 0,
				"a block's buckets must hold something"
			);
			assert!(
				T::MaxExpiriesProcessedPerBlock::get() > 0
					&& T::MaxJobPrunesProcessedPerBlock::get() > 0
					&& T::MaxRentalWakeupsProcessedPerBlock::get() > 0
					&& T::MaxRentalWakeupsPerBlock::get() > 0
					&& T::MaxRentalStepsPerTouch::get() > 0,
				"the hook must work through its queues"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publish a blueprint; `BlueprintDeposit` is held from the caller.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_blueprint())]
		pub fn create_blueprint(
			origin: OriginFor<T>,
			name: NameOf<T>,
			metadata_hash: H256,
			jobs: JobsOf<T>,
			resource_class: ResourceClass,
			min_operators: u32,
			heartbeat_interval: BlockNumberFor<T>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_create_blueprint(
				owner,
				name,
				metadata_hash,
				jobs,
				resource_class,
				min_operators,
				heartbeat_interval,
			)
		}

		/// Register as an operator of `blueprint_id`, active at once.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_operator())]
		pub fn register_operator(
			origin: OriginFor<T>,
			blueprint_id: BlueprintId,
			preferences: PreferencesOf<T>,
			max_instances: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_operator(who, blueprint_id, preferences, max_instances)
		}

		/// Take no new services of `blueprint_id`; keep serving the current ones.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::go_inactive())]
		pub fn go_inactive(origin: OriginFor<T>, blueprint_id: BlueprintId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_go_inactive(who, blueprint_id)
		}

		/// Take new services of `blueprint_id` again.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::go_active())]
		pub fn go_active(origin: OriginFor<T>, blueprint_id: BlueprintId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_go_active(who, blueprint_id)
		}

		/// Schedule the exit from `blueprint_id`: deregistered as soon as no service is left.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::schedule_leave())]
		pub fn schedule_leave(origin: OriginFor<T>, blueprint_id: BlueprintId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_schedule_leave(who, blueprint_id)
		}

		/// Deregister from `blueprint_id`; the operator must be inactive and serve no service.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::deregister())]
		pub fn deregister(origin: OriginFor<T>, blueprint_id: BlueprintId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister(who, blueprint_id)
		}

		/// Request a service of `blueprint_id`; `RequestDeposit` is held until it is resolved.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::request_service(T::MaxOperatorsPerService::get()))]
		pub fn request_service(
			origin: OriginFor<T>,
			blueprint_id: BlueprintId,
			terms: TermsOf<T>,
			ttl: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_service(who, blueprint_id, terms, ttl)
		}

		/// Change the terms and time-to-live of a request that no operator approved yet.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::update_request(T::MaxOperatorsPerService::get()))]
		pub fn update_request(
			origin: OriginFor<T>,
			request_id: RequestId,
			terms: TermsOf<T>,
			ttl: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_request(who, request_id, terms, ttl)
		}

		/// Approve a request as one of its operators; the last approval creates the service.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::approve(T::MaxOperatorsPerService::get()))]
		pub fn approve(origin: OriginFor<T>, request_id: RequestId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve(who, request_id)
		}

		/// Reject a request as one of its operators; it is removed and the deposit refunded.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::reject())]
		pub fn reject(origin: OriginFor<T>, request_id: RequestId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject(who, request_id)
		}

		/// Withdraw a request as its requester; the deposit is refunded.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::cancel_request())]
		pub fn cancel_request(origin: OriginFor<T>, request_id: RequestId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_request(who, request_id)
		}

		/// Call job `job_index` of the service's blueprint for at most `max_units` units and at
		/// most `price_cap`; the quoted price is locked in escrow.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::call_job())]
		pub fn call_job(
			origin: OriginFor<T>,
			service_id: ServiceId,
			job_index: u32,
			input_hash: H256,
			max_units: u64,
			price_cap: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_call_job(who, service_id, job_index, input_hash, max_units, price_cap)
		}

		/// Submit the result of a job, as an operator of its service; once per job.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::submit_result())]
		pub fn submit_result(
			origin: OriginFor<T>,
			job_id: JobId,
			output_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_result(who, job_id, output_hash)
		}

		/// Send a heartbeat for a service one serves.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::heartbeat().max(T::WeightInfo::heartbeat_rental()))]
		pub fn heartbeat(origin: OriginFor<T>, service_id: ServiceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_heartbeat(who, service_id)
		}

		/// Count the heartbeats `operator` missed for `service_id` so far; anyone may call it.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::report_missed_heartbeats())]
		pub fn report_missed_heartbeats(
			origin: OriginFor<T>,
			service_id: ServiceId,
			operator: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_report_missed_heartbeats(service_id, operator)
		}

		/// End a service: its owner at any time, anyone once its end date passed. Jobs without a
		/// result are refunded; jobs with a result (or under dispute) finish without the service.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::terminate_service(
			T::MaxPendingJobsPerService::get(),
			T::MaxOperatorsPerService::get(),
		))]
		pub fn terminate_service(origin: OriginFor<T>, service_id: ServiceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_terminate_service(who, service_id)
		}

		/// File `reporter`'s signed performance report for a job; anyone may submit it.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::file_performance_report(T::MaxReportsPerJob::get()))]
		pub fn file_performance_report(
			origin: OriginFor<T>,
			report: PerformanceReport,
			reporter: T::AccountId,
			signature: T::Signature,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_file_performance_report(report, reporter, signature)
		}

		/// Remove a blueprint nobody is registered for (so none of its services runs) and
		/// return its deposit; open requests for it can then only be rejected, cancelled or
		/// expire.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::remove_blueprint())]
		pub fn remove_blueprint(origin: OriginFor<T>, blueprint_id: BlueprintId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_blueprint(who, blueprint_id)
		}

		/// Change the caller's preferences for a blueprint (session key, RPC endpoint, capacity)
		/// and its own limit on active instances of it. The limit may not fall below the
		/// services it serves now.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::update_registration())]
		pub fn update_registration(
			origin: OriginFor<T>,
			blueprint_id: BlueprintId,
			preferences: PreferencesOf<T>,
			max_instances: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_registration(who, blueprint_id, preferences, max_instances)
		}

		/// Take back the payment of a job nobody delivered, as its caller: allowed once the
		/// job timeout passed since the call without a result, or since the result without a
		/// claim. The escrow is refunded and the job ends `TimedOut`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::cancel_job())]
		pub fn cancel_job(origin: OriginFor<T>, job_id: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_job(who, job_id)
		}

		/// Announce, as an operator of the service, that one leaves it. The operator keeps
		/// serving until `ServiceExitNotice` blocks from now.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::leave_service())]
		pub fn leave_service(origin: OriginFor<T>, service_id: ServiceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave_service(who, service_id)
		}

		/// Complete an operator's announced exit once its notice ran out; anyone may call it.
		/// If no operator is left, the service ends as if terminated.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::complete_service_exit(T::MaxPendingJobsPerService::get()))]
		pub fn complete_service_exit(
			origin: OriginFor<T>,
			service_id: ServiceId,
			operator: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_complete_service_exit(service_id, operator)
		}

		/// Offer `provider` a rental on `terms`. Pricing quotes one period (the capacity times
		/// the period length, in compute units); the quote must not exceed
		/// `max_price_per_period`, and the whole price is held in escrow. The provider has
		/// `accept_ttl` blocks to accept, or the offer expires and the money comes back.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::create_rental())]
		pub fn create_rental(
			origin: OriginFor<T>,
			provider: T::AccountId,
			terms: RentalTermsOf<T>,
			max_price_per_period: BalanceOf<T>,
			accept_ttl: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_rental(who, provider, terms, max_price_per_period, accept_ttl)
		}

		/// Accept a rental offered to the caller: its capacity is reserved from the caller's
		/// registration (counting against its instance limit) and the first period starts.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::accept_rental())]
		pub fn accept_rental(origin: OriginFor<T>, rental_id: RentalId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_rental(who, rental_id)
		}

		/// Decline a rental offered to the caller; the consumer gets everything back.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::decline_rental())]
		pub fn decline_rental(origin: OriginFor<T>, rental_id: RentalId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decline_rental(who, rental_id)
		}

		/// Cancel a rental, as its consumer or provider. An offer not yet accepted is withdrawn
		/// (the consumer only) and refunded whole. A running rental ends after its notice: the
		/// time until then is paid as usual and the rest goes back to the consumer now.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::cancel_rental().saturating_add(T::WeightInfo::advance_rental(T::MaxRentalStepsPerTouch::get())))]
		pub fn cancel_rental(origin: OriginFor<T>, rental_id: RentalId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_rental(who, rental_id)
		}

		/// Report what was measured over an ended period of a rental, as its consumer or
		/// provider, within `RentalReportWindow` blocks of the period's end.
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::report_rental_metrics().saturating_add(T::WeightInfo::advance_rental(T::MaxRentalStepsPerTouch::get())))]
		pub fn report_rental_metrics(
			origin: OriginFor<T>,
			rental_id: RentalId,
			period: u32,
			metrics: RentalMetrics,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_rental_metrics(who, rental_id, period, metrics)
		}

		/// Bring a rental up to date; anyone may call it. Ended periods are paid into their
		/// jobs, periods whose report window closed are judged and settled, an expired offer is
		/// refunded, an ended rental releases its capacity (at most `MaxRentalStepsPerTouch`
		/// steps; the hook does the same on its own).
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::advance_rental(T::MaxRentalStepsPerTouch::get()))]
		pub fn advance_rental(
			origin: OriginFor<T>,
			rental_id: RentalId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let steps = Self::do_advance_rental(rental_id)?;
			Ok(Some(T::WeightInfo::advance_rental(steps)).into())
		}
	}
}

/// Remove `item` from the bounded list that `Map` keeps at `key`, and drop the entry once the
/// list is empty, so indexes never keep empty entries.
pub(crate) fn remove_from_list<Map, K, V, S, KeyArg>(key: KeyArg, item: &V)
where
	KeyArg: codec::EncodeLike<K>,
	Map: frame_support::storage::StorageMap<K, frame_support::BoundedVec<V, S>>,
	K: codec::FullEncode,
	V: codec::FullCodec + PartialEq,
	S: frame_support::traits::Get<u32>,
{
	Map::mutate_exists(key, |entry| {
		if let Some(list) = entry {
			list.retain(|x| x != item);
			if list.is_empty() {
				*entry = None;
			}
		}
	});
}

impl<T: Config> Pallet<T> {
	pub(crate) fn hold_deposit(
		who: &T::AccountId,
		reason: HoldReason,
		amount: BalanceOf<T>,
	) -> frame_support::dispatch::DispatchResult {
		use frame_support::traits::fungible::MutateHold;
		T::Currency::hold(&reason.into(), who, amount)
			.map_err(|_| Error::<T>::CannotHoldDeposit)?;
		Ok(())
	}

	/// Give a deposit back; what could not be released stays held (never more than was held).
	pub(crate) fn release_deposit(
		who: &T::AccountId,
		reason: HoldReason,
		amount: BalanceOf<T>,
	) -> BalanceOf<T> {
		use frame_support::traits::{fungible::MutateHold, tokens::Precision};
		T::Currency::release(&reason.into(), who, amount, Precision::BestEffort).unwrap_or_default()
	}
}
