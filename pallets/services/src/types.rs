//! The records this pallet stores.

use aitbc_primitives::{BlueprintId, PaymentAsset, ResourceClass, ServiceId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{
	pallet_prelude::*, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// A job a blueprint offers: its name; callers address it by its index in the blueprint.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxNameLen))]
pub struct JobDefinition<MaxNameLen: Get<u32>> {
	pub name: BoundedVec<u8, MaxNameLen>,
}

/// A kind of service that operators register for and clients request.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxNameLen, MaxJobs))]
pub struct Blueprint<AccountId, Balance, BlockNumber, MaxNameLen: Get<u32>, MaxJobs: Get<u32>> {
	pub owner: AccountId,
	pub name: BoundedVec<u8, MaxNameLen>,
	/// Hash of the off-chain description (container image, job schemas, ...).
	pub metadata_hash: H256,
	pub jobs: BoundedVec<JobDefinition<MaxNameLen>, MaxJobs>,
	/// The class in which this blueprint's jobs are priced and its operators' capacity counted.
	pub resource_class: ResourceClass,
	/// A request must name at least this many operators.
	pub min_operators: u32,
	/// Operators of a service of this blueprint beat at least once per this many blocks.
	pub heartbeat_interval: BlockNumber,
	/// Held from the owner for as long as the blueprint exists.
	pub deposit: Balance,
}

/// Whether an operator takes new services of a blueprint.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum OperatorState {
	/// Takes new services; its capacity counts as supply.
	Active,
	/// Takes no new services but keeps serving its current ones; may become active again.
	Inactive,
	/// Takes no new services and is deregistered as soon as its last service ends.
	Leaving,
}

/// What an operator tells clients about itself.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxRpcLen))]
pub struct OperatorPreferences<MaxRpcLen: Get<u32>> {
	/// The key the operator signs off-chain messages to clients with.
	pub session_key: [u8; 32],
	pub rpc_endpoint: BoundedVec<u8, MaxRpcLen>,
	/// Compute units the operator offers for this blueprint.
	pub capacity: u64,
}

/// An operator's registration for one blueprint.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxRpcLen))]
pub struct OperatorRegistration<MaxRpcLen: Get<u32>> {
	pub preferences: OperatorPreferences<MaxRpcLen>,
	/// The operator's own limit on active services of this blueprint.
	pub max_instances: u32,
	/// Services of this blueprint the operator serves now.
	pub active_instances: u32,
	pub state: OperatorState,
}

/// An operator's answer to a request.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Approval {
	Pending,
	Approved,
}

/// The service level a client asks for. `None` bounds are not part of the agreement.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Default,
)]
pub struct Sla {
	/// Most milliseconds from call to result.
	pub max_latency_ms: Option<u32>,
	/// Least availability, in parts per million.
	pub min_availability_ppm: Option<u32>,
	/// Least compute units per second.
	pub min_throughput: Option<u32>,
}

/// The terms of a service request that the requester chooses (and may change before approval).
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxOperators, MaxCallers, MaxAssets))]
pub struct RequestTerms<
	AccountId: Clone + PartialEq + Eq + Debug,
	AssetId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxOperators: Get<u32>,
	MaxCallers: Get<u32>,
	MaxAssets: Get<u32>,
> {
	pub operators: BoundedVec<AccountId, MaxOperators>,
	/// Besides the owner, who may call jobs.
	pub permitted_callers: BoundedVec<AccountId, MaxCallers>,
	/// What jobs are paid in.
	pub payment_asset: PaymentAsset<AssetId>,
	/// The assets whose stake secures the service.
	pub security_assets: BoundedVec<PaymentAsset<AssetId>, MaxAssets>,
	pub sla: Option<Sla>,
	/// How many blocks a job may wait for its result, and then for a claim of that result,
	/// before its caller may take the payment back (`cancel_job`). Between `MinJobTimeout`
	/// and `MaxJobTimeout`.
	pub job_timeout: BlockNumber,
	/// The block from which the service takes no more jobs and anyone may terminate it.
	pub ends_at: Option<BlockNumber>,
}

/// A request for a service, until every operator approved it, one rejected, or it expired.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxOperators, MaxCallers, MaxAssets))]
pub struct ServiceRequest<
	AccountId: Clone + PartialEq + Eq + Debug,
	AssetId: Clone + PartialEq + Eq + Debug,
	Balance,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxOperators: Get<u32>,
	MaxCallers: Get<u32>,
	MaxAssets: Get<u32>,
> {
	pub requester: AccountId,
	pub blueprint_id: BlueprintId,
	pub terms: RequestTerms<AccountId, AssetId, BlockNumber, MaxOperators, MaxCallers, MaxAssets>,
	/// One entry per operator of `terms.operators`, in the same order.
	pub approvals: BoundedVec<Approval, MaxOperators>,
	/// The first block in which the request no longer counts; removed then.
	pub expires_at: BlockNumber,
	pub deposit: Balance,
}

/// A running service.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxOperators, MaxCallers, MaxAssets))]
pub struct ServiceInstance<
	AccountId: Clone + PartialEq + Eq + Debug,
	AssetId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxOperators: Get<u32>,
	MaxCallers: Get<u32>,
	MaxAssets: Get<u32>,
> {
	pub owner: AccountId,
	pub blueprint_id: BlueprintId,
	pub terms: RequestTerms<AccountId, AssetId, BlockNumber, MaxOperators, MaxCallers, MaxAssets>,
	pub created_at: BlockNumber,
}

/// Where a job is, with the result once one is in.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Job<AccountId, AssetId, Balance> {
	pub service_id: ServiceId,
	pub blueprint_id: BlueprintId,
	/// Index into the blueprint's jobs.
	pub job_index: u32,
	pub client: AccountId,
	pub input_hash: H256,
	pub max_units: u64,
	/// The price quoted when the job was called, held in escrow; never above the client's cap.
	pub price: Balance,
	pub asset: PaymentAsset<AssetId>,
	pub resource_class: ResourceClass,
	pub called_at: u32,
	/// The service's `job_timeout` when the job was called, kept here so the caller can still
	/// time the job out once the service is gone.
	pub timeout: u32,
	pub status: aitbc_primitives::traits::JobStatus,
	/// The operator that submitted the result, the output's hash and when it came in.
	pub result: Option<aitbc_primitives::traits::JobResult<AccountId>>,
}

/// Heartbeat book-keeping of one operator of one service.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct HeartbeatRecord<BlockNumber> {
	/// Missed intervals are counted up to this block.
	pub accounted_until: BlockNumber,
	/// The block the current window started in.
	pub window_start: BlockNumber,
	/// Intervals missed in the current window and not yet reported.
	pub missed_in_window: u32,
}

/// Domain tag that opens every signed performance report payload.
pub const SLA_REPORT_SIGNING_DOMAIN: &[u8] = b"AITBC/sla-report/v1";

/// What a client measured for one job.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct PerformanceReport {
	pub job_id: aitbc_primitives::JobId,
	pub latency_ms: u32,
	/// Parts per million of the job's time the service was reachable.
	pub availability_ppm: u32,
	/// Compute units per second.
	pub throughput: u32,
}

impl PerformanceReport {
	/// The exact bytes a client signs for a chain with `genesis_hash`:
	/// `SLA_REPORT_SIGNING_DOMAIN ++ genesis_hash ++ SCALE(report)`, so a report never verifies
	/// on another chain or as another kind of message.
	pub fn signing_payload(&self, genesis_hash: &H256) -> alloc::vec::Vec<u8> {
		let mut payload = alloc::vec::Vec::with_capacity(
			SLA_REPORT_SIGNING_DOMAIN
				.len()
				.saturating_add(32)
				.saturating_add(self.encoded_size()),
		);
		payload.extend_from_slice(SLA_REPORT_SIGNING_DOMAIN);
		payload.extend_from_slice(genesis_hash.as_bytes());
		self.encode_to(&mut payload);
		payload
	}
}

impl Sla {
	/// Whether `report` shows any bound of this SLA broken.
	pub fn is_breached_by(&self, report: &PerformanceReport) -> bool {
		self.max_latency_ms
			.is_some_and(|max| report.latency_ms > max)
			|| self
				.min_availability_ppm
				.is_some_and(|min| report.availability_ppm < min)
			|| self
				.min_throughput
				.is_some_and(|min| report.throughput < min)
	}
}

/// Where a rental agreement is in its life.
///
/// ```text
///            accept_rental                       end block reached, every period settled
///   Created ───────────────▶ Active ─────────────────────────────────────────────▶ Completed
///     │                      │  ▲ │
///     │ decline, withdraw,   │  │ │ cancel_rental: the notice runs out, every period settled
///     │ offer expires        │  │ └────────────────────────────────────────────▶ Cancelled
///     ▼                      ▼  │ the last open dispute is ruled on
///   Cancelled              Disputed (a period's payment is under dispute; the rest runs on)
/// ```
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum RentalStatus {
	/// Offered by the consumer, the whole price held; the provider has not answered yet.
	Created,
	/// Accepted: the provider's capacity is reserved and payments flow period by period.
	Active,
	/// Active, and at least one period's payment is under dispute.
	Disputed,
	/// Ran its full term and every period is settled.
	Completed,
	/// Declined, withdrawn, expired before acceptance, or ended early by either side (or by a
	/// governance withdrawal of its escrow); every period it ran is settled.
	Cancelled,
}

impl RentalStatus {
	/// Whether the rental is over: nothing of it is held any more.
	pub fn is_final(&self) -> bool {
		matches!(self, Self::Completed | Self::Cancelled)
	}
}

/// The service level of a rental, judged per period. `None` terms are not part of the
/// agreement.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Default,
)]
pub struct RentalSla {
	/// Least share of the period the provider must be available, in parts per million. Below
	/// it, the unavailable share of the period's payment goes back to the consumer, on top of
	/// `breach_penalty`.
	pub min_availability_ppm: u32,
	/// Most mean response time, in milliseconds.
	pub max_response_ms: Option<u32>,
	/// Least accuracy, in parts per million.
	pub min_accuracy_ppm: Option<u32>,
	/// Least compute units delivered in a full period (scaled down for a shorter last period).
	pub min_delivered_units: Option<u64>,
	/// The share of the period's payment refunded for each term broken.
	pub breach_penalty: sp_runtime::Perbill,
}

/// What was measured over one period of a rental.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct RentalMetrics {
	/// Share of the period the provider was reachable, in parts per million.
	pub availability_ppm: u32,
	/// Mean response time, in milliseconds.
	pub response_ms: u32,
	/// Accuracy of the results, in parts per million.
	pub accuracy_ppm: u32,
	/// Compute units delivered in the period.
	pub delivered_units: u64,
}

/// The terms a consumer offers a provider.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct RentalTerms<AssetId, BlockNumber> {
	/// The blueprint the provider serves the rental under; its resource class prices it and
	/// its heartbeat interval measures availability.
	pub blueprint_id: BlueprintId,
	/// Compute units per block reserved from the provider's registration.
	pub capacity: u64,
	/// Blocks in one period: the unit of payment and of SLA judgement.
	pub period_length: BlockNumber,
	/// How many periods the rental runs.
	pub periods: u32,
	/// What the rental is paid in.
	pub payment_asset: PaymentAsset<AssetId>,
	pub sla: RentalSla,
	/// Blocks between a cancellation and the end of the rental; the consumer pays them.
	pub notice: BlockNumber,
}

/// A rental agreement.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Rental<AccountId, AssetId, Balance, BlockNumber> {
	/// The operator whose capacity is rented.
	pub provider: AccountId,
	/// The client who pays.
	pub consumer: AccountId,
	pub terms: RentalTerms<AssetId, BlockNumber>,
	/// The blueprint's resource class when the rental was offered.
	pub resource_class: ResourceClass,
	/// Quoted by pricing when the rental was offered, fixed for the agreement.
	pub price_per_period: Balance,
	/// The key the rental's escrow is held under (a job id no job has).
	pub escrow_key: aitbc_primitives::JobId,
	pub status: RentalStatus,
	pub created_at: BlockNumber,
	/// The first block in which an unaccepted offer no longer counts.
	pub accept_by: BlockNumber,
	/// The service that carries the rental (heartbeats, instance count), while it runs.
	pub service_id: Option<ServiceId>,
	/// The block it was accepted in.
	pub starts_at: Option<BlockNumber>,
	/// The block it ends at: the full term, or earlier once cancelled.
	pub ends_at: Option<BlockNumber>,
	/// Whether either side cancelled it (it then ends `Cancelled`, not `Completed`).
	pub cancelled: bool,
	/// Periods whose payment was moved out of the rental's escrow into a period job.
	pub carved: u32,
	/// Periods that will be paid at all: all of them, or those the cancellation left.
	pub billable: u32,
	/// Carved periods whose job is not closed yet (awaiting settlement or a ruling).
	pub open_periods: u32,
	/// Open periods under dispute.
	pub disputed_periods: u32,
	/// Periods in a row judged outside the SLA; reset by a period within it.
	pub consecutive_breaches: u32,
	/// What the period jobs took out of the rental's escrow so far.
	pub carved_amount: Balance,
	/// What went back to the consumer without a period: the rest of a cancelled rental, or a
	/// whole offer that never started.
	pub returned: Balance,
	/// What governance took out of the rental's escrow in an emergency withdrawal.
	pub withdrawn: Balance,
	/// The block the rental is queued at in the wake-up queue, if it is.
	pub wake_at: Option<BlockNumber>,
}

/// Which rental and period a period job pays for.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct RentalPeriodRef<BlockNumber> {
	pub rental_id: aitbc_primitives::RentalId,
	pub period: u32,
	/// The block the period ended; reports and disputes are accepted for `RentalReportWindow`
	/// blocks after it.
	pub ended_at: BlockNumber,
}

/// The metrics each side reported for one period.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct PeriodReports {
	pub provider: Option<RentalMetrics>,
	pub consumer: Option<RentalMetrics>,
}

/// Heartbeats counted in one period of a rental: distinct heartbeat intervals with a beat.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct PeriodBeats {
	/// Intervals of the period in which a beat arrived.
	pub beaten: u32,
	/// The last interval counted (intervals only move forward).
	pub last_interval: Option<u32>,
}

/// How a period of a rental was judged and paid.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct PeriodJudgement {
	/// The metrics the payment was judged on.
	pub metrics: RentalMetrics,
	/// Availability the heartbeats showed, in parts per million.
	pub heartbeat_availability_ppm: u32,
	/// How many SLA terms the period broke.
	pub breached_terms: u32,
}

/// Why a rental offer ended before it started.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum RentalOfferEnd {
	/// The provider declined it.
	Declined,
	/// The consumer withdrew it.
	Withdrawn,
	/// Nobody accepted it in time.
	Expired,
}
