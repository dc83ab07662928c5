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
//!   sits in the bounded queue of its expiry block, which `on_initialize` works through with a
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
pub mod jobs;
pub mod operators;
pub mod registry;
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
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use aitbc_primitives::{
	traits::{
		EscrowLedger, JobRegistry, JobStatus, OffenceReporter, OnJobOutcome, OperatorRegistry,
		PriceOracle, StakeInfo,
	},
	BlueprintId, JobId, RequestId, ResourceClass, ServiceId,
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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::traits::{IdentifyAccount, Verify};

	#[pallet::pallet]
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
		/// Most requests expiring in one block.
		#[pallet::constant]
		type MaxExpiringPerBlock: Get<u32>;
		/// Most requests `on_initialize` expires in one block; the rest waits for the next.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;
		/// How long a settled or cancelled job (with its performance reports and penalty) is
		/// kept before `on_initialize` removes it: the window for SLA reports after a result.
		#[pallet::constant]
		type JobRetention: Get<BlockNumberFor<Self>>;
		/// Most closed jobs queued for removal at one block; more spill into the next blocks.
		#[pallet::constant]
		type MaxJobsClosingPerBlock: Get<u32>;
		/// Most closed jobs `on_initialize` removes in one block; the rest waits for the next.
		#[pallet::constant]
		type MaxJobPrunesPerBlock: Get<u32>;
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

	#[pallet::storage]
	pub type NextBlueprintId<T> = StorageValue<_, BlueprintId, ValueQuery>;

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

	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RequestId, ValueQuery>;

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

	/// The requests to expire at each block.
	#[pallet::storage]
	pub type RequestExpiries<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<RequestId, T::MaxExpiringPerBlock>,
		ValueQuery,
	>;

	/// The earliest block whose expiry queue may not be worked through yet.
	#[pallet::storage]
	pub type ExpiryCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::storage]
	pub type NextServiceId<T> = StorageValue<_, ServiceId, ValueQuery>;

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

	#[pallet::storage]
	pub type NextJobId<T> = StorageValue<_, JobId, ValueQuery>;

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

	/// Closed jobs (in a final state) to remove at each block, `JobRetention` after they
	/// closed.
	#[pallet::storage]
	pub type JobPrunes<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxJobsClosingPerBlock>,
		ValueQuery,
	>;

	/// The earliest block whose job prune queue may not be worked through yet.
	#[pallet::storage]
	pub type JobPruneCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		BlueprintCreated {
			blueprint_id: BlueprintId,
			owner: T::AccountId,
			deposit: BalanceOf<T>,
		},
		/// The blueprint is gone and its deposit returned.
		BlueprintRemoved {
			blueprint_id: BlueprintId,
			refunded: BalanceOf<T>,
		},
		OperatorRegistered {
			blueprint_id: BlueprintId,
			operator: T::AccountId,
			max_instances: u32,
		},
		/// An operator changed its preferences or its limit on active instances.
		OperatorUpdated {
			blueprint_id: BlueprintId,
			operator: T::AccountId,
			max_instances: u32,
			capacity: u64,
		},
		OperatorStateChanged {
			blueprint_id: BlueprintId,
			operator: T::AccountId,
			state: OperatorState,
		},
		OperatorDeregistered {
			blueprint_id: BlueprintId,
			operator: T::AccountId,
		},
		ServiceRequested {
			request_id: RequestId,
			requester: T::AccountId,
			blueprint_id: BlueprintId,
			expires_at: BlockNumberFor<T>,
		},
		RequestUpdated {
			request_id: RequestId,
			expires_at: BlockNumberFor<T>,
		},
		RequestApproved {
			request_id: RequestId,
			operator: T::AccountId,
		},
		/// The request is removed and its deposit refunded.
		RequestRejected {
			request_id: RequestId,
			operator: T::AccountId,
			refunded: BalanceOf<T>,
		},
		RequestCancelled {
			request_id: RequestId,
			refunded: BalanceOf<T>,
		},
		RequestExpired {
			request_id: RequestId,
			requester: T::AccountId,
			refunded: BalanceOf<T>,
		},
		ServiceCreated {
			service_id: ServiceId,
			request_id: RequestId,
			owner: T::AccountId,
			blueprint_id: BlueprintId,
		},
		JobCalled {
			job_id: JobId,
			service_id: ServiceId,
			caller: T::AccountId,
			max_units: u64,
			price: BalanceOf<T>,
		},
		ResultSubmitted {
			job_id: JobId,
			operator: T::AccountId,
			output_hash: H256,
		},
		/// A receipt of the result's operator claims the job's payment.
		JobClaimed {
			job_id: JobId,
			operator: T::AccountId,
		},
		/// A dispute over the job opened; its escrow is frozen until the ruling.
		JobDisputed { job_id: JobId },
		/// The job reached a final state (settled, resolved, cancelled, timed out, withdrawn).
		JobClosed { job_id: JobId, status: JobStatus },
		HeartbeatReceived {
			service_id: ServiceId,
			operator: T::AccountId,
			missed: u32,
		},
		HeartbeatsMissed {
			service_id: ServiceId,
			operator: T::AccountId,
			missed: u32,
		},
		/// Too many misses in the window: an offence with `fraction` went to staking.
		HeartbeatOffenceReported {
			service_id: ServiceId,
			operator: T::AccountId,
			missed: u32,
			fraction: sp_runtime::Perbill,
		},
		/// Closed jobs were removed from storage, `JobRetention` after they closed.
		JobsPruned { count: u32 },
		/// The service ended: `cancelled_jobs` jobs without a result were refunded; `open_jobs`
		/// jobs with a result (or under dispute) finish their lifecycle without it.
		ServiceTerminated {
			service_id: ServiceId,
			cancelled_jobs: u32,
			open_jobs: u32,
		},
		/// The operator leaves the service: it serves until `effective_at`, then anyone may
		/// complete the exit.
		OperatorLeavingService {
			service_id: ServiceId,
			operator: T::AccountId,
			effective_at: BlockNumberFor<T>,
		},
		/// The operator no longer serves the service.
		OperatorLeftService {
			service_id: ServiceId,
			operator: T::AccountId,
		},
		PerformanceReported {
			job_id: JobId,
			reporter: T::AccountId,
			breached: bool,
		},
		/// Most reports show the SLA broken: `refunded` went back to the caller and `operators`
		/// lost points.
		SlaBreached {
			job_id: JobId,
			operators: alloc::vec::Vec<T::AccountId>,
			refunded: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// An id counter would overflow.
		Overflow,
		/// The account cannot afford the deposit.
		CannotHoldDeposit,
		/// A blueprint must offer at least one job.
		NoJobs,
		/// Minimum operators must be between one and `MaxOperatorsPerService`.
		InvalidMinOperators,
		/// The heartbeat interval is below `MinHeartbeatInterval`.
		HeartbeatIntervalTooShort,
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
		/// `MaxExpiringPerBlock` requests already expire in that block; choose another TTL.
		ExpiryQueueFull,
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
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let expired = Self::expire_requests(now);
			let pruned = Self::prune_closed_jobs(now);
			T::WeightInfo::on_initialize(expired).saturating_add(T::WeightInfo::prune_jobs(pruned))
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
		#[pallet::weight(T::WeightInfo::heartbeat())]
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

	/// Every invariant that ties the indexes to the records they index.
	#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		for (client, ids) in ClientRequests::<T>::iter() {
			for id in ids {
				let request =
					Requests::<T>::get(id).ok_or("client index names a missing request")?;
				ensure!(
					request.requester == client,
					"client index names another's request"
				);
			}
		}
		for (id, request) in Requests::<T>::iter() {
			ensure!(
				ClientRequests::<T>::get(&request.requester).contains(&id),
				"request missing from its client's index"
			);
			ensure!(
				request.approvals.len() == request.terms.operators.len(),
				"one approval per operator"
			);
			ensure!(
				RequestExpiries::<T>::get(request.expires_at).contains(&id),
				"request missing from its expiry queue"
			);
		}
		for (block, ids) in RequestExpiries::<T>::iter() {
			for id in ids {
				ensure!(
					Requests::<T>::get(id).is_none_or(|r| r.expires_at == block),
					"expiry queued at the wrong block"
				);
			}
		}
		for (_, queue) in JobPrunes::<T>::iter() {
			for job_id in queue {
				ensure!(
					Jobs::<T>::get(job_id).is_none_or(|job| job.status.is_final()),
					"an open job is queued for removal"
				);
			}
		}
		for (operator, blueprints) in OperatorBlueprints::<T>::iter() {
			ensure!(!blueprints.is_empty(), "empty operator index kept");
			for blueprint_id in blueprints {
				ensure!(
					Operators::<T>::contains_key(blueprint_id, &operator),
					"operator index names a missing registration"
				);
			}
		}
		for (job_id, refunded) in SlaPenalties::<T>::iter() {
			let job = Jobs::<T>::get(job_id).ok_or("penalty for a missing job")?;
			ensure!(refunded <= job.price, "penalty above the job's price");
		}
		for (service_id, service) in Services::<T>::iter() {
			ensure!(
				BlueprintServices::<T>::contains_key(service.blueprint_id, service_id),
				"service missing from its blueprint's index"
			);
			for operator in service.terms.operators.iter() {
				ensure!(
					OperatorServices::<T>::get(operator).contains(&service_id),
					"service missing from its operator's index"
				);
				ensure!(
					Heartbeats::<T>::contains_key(service_id, operator),
					"operator of a service without heartbeat record"
				);
			}
		}
		for (blueprint_id, operator, registration) in Operators::<T>::iter() {
			ensure!(
				OperatorBlueprints::<T>::get(&operator).contains(&blueprint_id),
				"registration missing from its operator's index"
			);
			let serving = OperatorServices::<T>::get(&operator)
				.iter()
				.filter(|id| {
					Services::<T>::get(**id).is_some_and(|s| s.blueprint_id == blueprint_id)
				})
				.count();
			ensure!(
				u32::try_from(serving).ok() == Some(registration.active_instances),
				"active instances differ from services served"
			);
			ensure!(
				registration.active_instances <= registration.max_instances,
				"operator above its own instance limit"
			);
		}
		for (service_id, jobs) in PendingJobs::<T>::iter() {
			ensure!(
				Services::<T>::contains_key(service_id),
				"pending jobs of a missing service"
			);
			for job_id in jobs {
				let job = Jobs::<T>::get(job_id).ok_or("pending job missing")?;
				ensure!(
					job.service_id == service_id,
					"pending job of another service"
				);
				ensure!(!job.status.is_final(), "closed job still pending");
			}
		}
		for (job_id, job) in Jobs::<T>::iter() {
			match job.status {
				JobStatus::Called => ensure!(job.result.is_none(), "a called job has a result"),
				JobStatus::ResultSubmitted | JobStatus::Claimed => {
					ensure!(job.result.is_some(), "a delivered job has no result")
				}
				_ => {}
			}
			if job.status.is_final() {
				continue;
			}
			if Services::<T>::contains_key(job.service_id) {
				ensure!(
					PendingJobs::<T>::get(job.service_id).contains(&job_id),
					"an open job missing from its service's pending jobs"
				);
			} else {
				// A job without a result outlives its service only if its escrow refused the
				// refund when the service ended (frozen by another pallet).
				let detachable = matches!(
					job.status,
					JobStatus::ResultSubmitted | JobStatus::Claimed | JobStatus::Disputed
				) || T::Escrow::escrow_of(job_id)
					.is_some_and(|escrow| escrow.frozen);
				ensure!(detachable, "an undelivered job outlived its service");
			}
		}
		for (service_id, operator, _) in ServiceExits::<T>::iter() {
			let service = Services::<T>::get(service_id).ok_or("exit from a missing service")?;
			ensure!(
				service.terms.operators.contains(&operator),
				"exit of an operator that does not serve the service"
			);
		}
		Ok(())
	}
}
