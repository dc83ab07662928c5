//! The traits through which AITBC pallets meet.
//!
//! | trait | implemented by | used by |
//! |---|---|---|
//! | [`JobRegistry`] | services | receipts, disputes, escrow |
//! | [`EscrowLedger`] | escrow | services, receipts, disputes |
//! | [`PriceOracle`] | pricing | services, receipts |
//! | [`ProofVerifier`] | zk-verifier | receipts, escrow |
//! | [`OffenceReporter`] | staking | services, disputes |
//! | [`WorkScore`] | receipts | no pallet yet |
//! | [`OnVerifiedWork`] | staking (reward points) | receipts |
//! | [`OnJobOutcome`] | staking (reward points) | services |
//! | [`OperatorRegistry`] | services | staking |
//! | [`StakeInfo`] | staking | services, and disputes through the runtime |
//!
//! Escrow uses the job registry for `JobSettled` release conditions and to close a job whose
//! escrow governance withdraws. Services reports missed heartbeats as offences, disputes lost
//! disputes (and notes accusations while they are open); receipts reports none. [`WorkScore`]
//! waits for compute-weighted authorship; the runtime API reads receipts' own storage. Disputes
//! asks who delegates to an operator through its own `Delegations` trait, which the runtime
//! implements with [`StakeInfo::delegates_to`].
//!
//! Every trait but [`EscrowLedger`] has a `()` implementation that refuses or does nothing, so a
//! pallet's mock runtime only wires what it tests (the mocks that need money to move keep a fake
//! escrow of their own).
//!
//! Besides the traits, pallets share one piece of machinery: the bounded, block-keyed work queue
//! of [`crate::block_queue`], which every hook that defers work to a later block uses.

use crate::ids::*;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::weights::Weight;
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult, Perbill};

/// Where a job is in its life: the one state machine every pallet moves a job through.
///
/// ```text
///            submit_result         receipt (claim)          window closes / client accepts
///   Called ───────────────▶ ResultSubmitted ───────▶ Claimed ─────────────────────────────▶ Settled
///     │  │                        │   │                 │
///     │  │ dispute (client)       │   │ dispute         │ dispute
///     │  └────────────────────────┴───┼─────────────────┴──────▶ Disputed ──ruling──▶ Resolved
///     │                               │
///     │ caller cancels after the job timeout, service ends, last operator leaves
///     └──────────────────────────────┴──────────▶ Cancelled / TimedOut
///   (any open state) ── governance empties the escrow ──▶ Withdrawn
/// ```
///
/// `Settled`, `Resolved`, `Cancelled`, `TimedOut` and `Withdrawn` are final: the job's escrow is
/// closed and no pallet may move its money again. Only [`JobRegistry::close_job`] enters them.
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
pub enum JobStatus {
	/// Called and paid into escrow; no result yet.
	Called,
	/// An operator submitted its result (the output hash); no receipt claims payment yet.
	ResultSubmitted,
	/// A receipt of the result's operator claims payment; the challenge window runs.
	Claimed,
	/// A dispute is open; the escrow is frozen until its ruling.
	Disputed,
	/// Paid out through a receipt.
	Settled,
	/// A dispute's ruling divided the escrow.
	Resolved,
	/// Refunded before it was delivered: the caller cancelled, the service ended, or its last
	/// operator left.
	Cancelled,
	/// Refunded because no result (or no claim of a result) came within the job timeout.
	TimedOut,
	/// Governance emptied the job's escrow in an emergency.
	Withdrawn,
}

impl JobStatus {
	/// Whether the job is over: its escrow is closed and nothing moves its money again.
	pub fn is_final(&self) -> bool {
		matches!(
			self,
			Self::Settled | Self::Resolved | Self::Cancelled | Self::TimedOut | Self::Withdrawn
		)
	}
}

/// How a job ends: the argument of [`JobRegistry::close_job`], the one transition into a final
/// [`JobStatus`].
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
pub enum JobEnd {
	/// A claimed receipt was paid (from `Claimed` only), for `units` compute units.
	Settled { units: u64 },
	/// A dispute's ruling divided the escrow (from `Disputed` only).
	Resolved,
	/// Refunded before delivery (from `Called`).
	Cancelled,
	/// Refunded after the job timeout (from `Called` or `ResultSubmitted`).
	TimedOut,
	/// Governance emptied the escrow (from any open state).
	Withdrawn,
}

impl JobEnd {
	/// The final status this end puts a job in.
	pub fn status(&self) -> JobStatus {
		match self {
			Self::Settled { .. } => JobStatus::Settled,
			Self::Resolved => JobStatus::Resolved,
			Self::Cancelled => JobStatus::Cancelled,
			Self::TimedOut => JobStatus::TimedOut,
			Self::Withdrawn => JobStatus::Withdrawn,
		}
	}
}

/// An operator's result of a job, as recorded on chain.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct JobResult<AccountId> {
	/// The operator that ran the job and submitted the result; the only one who may claim it.
	pub operator: AccountId,
	/// The hash of the output delivered to the client.
	pub output_hash: sp_core::H256,
	/// The block the result was submitted in.
	pub submitted_at: u32,
}

/// What other pallets may know about a job.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JobInfo<AccountId, Balance, AssetId> {
	pub service_id: ServiceId,
	pub blueprint_id: BlueprintId,
	/// Who called the job and paid for it.
	pub client: AccountId,
	/// The most compute units the job may be billed for.
	pub max_units: u64,
	/// The price locked in escrow when the job was called: the most a receipt may claim.
	pub price_cap: Balance,
	/// What the client pays in.
	pub asset: PaymentAsset<AssetId>,
	/// The resource class the job is priced in.
	pub resource_class: ResourceClass,
	/// The block the job was called in.
	pub called_at: u32,
	/// What the client published about the job's input when it called it: a hash of it, or
	/// for a private job its commitment and nothing else.
	pub input_hash: sp_core::H256,
	pub status: JobStatus,
	/// The submitted result, once there is one.
	pub result: Option<JobResult<AccountId>>,
}

/// Jobs and the services they run on. Implemented by `pallet-services`, which owns the job
/// state machine ([`JobStatus`]).
///
/// The transitions move no money: the caller moves it through [`EscrowLedger`] in the same
/// storage transaction, and every transition checks the state it starts from, so a job can
/// only be closed once and only from a state that allows it. Every method is all-or-nothing.
pub trait JobRegistry<AccountId, Balance, AssetId> {
	/// The job, if it exists.
	fn job(job_id: JobId) -> Option<JobInfo<AccountId, Balance, AssetId>>;
	/// Whether `who` is one of the operators of the service that `job_id` runs on.
	fn is_job_operator(job_id: JobId, who: &AccountId) -> bool;
	/// `ResultSubmitted → Claimed`: a receipt of `operator` claims the job's result. Fails unless
	/// `operator` submitted the job's result and its output hash is `output_hash`.
	fn claim(job_id: JobId, operator: &AccountId, output_hash: sp_core::H256) -> DispatchResult;
	/// `Called | ResultSubmitted | Claimed → Disputed`. A claim on the job is void from then on.
	fn open_dispute(job_id: JobId) -> DispatchResult;
	/// The one transition into a final state (see [`JobEnd`] for the states each starts from).
	fn close_job(job_id: JobId, end: JobEnd) -> DispatchResult;
}

impl<AccountId, Balance, AssetId> JobRegistry<AccountId, Balance, AssetId> for () {
	fn job(_: JobId) -> Option<JobInfo<AccountId, Balance, AssetId>> {
		None
	}
	fn is_job_operator(_: JobId, _: &AccountId) -> bool {
		false
	}
	fn claim(_: JobId, _: &AccountId, _: sp_core::H256) -> DispatchResult {
		Err(DispatchError::Other("no job registry"))
	}
	fn open_dispute(_: JobId) -> DispatchResult {
		Err(DispatchError::Other("no job registry"))
	}
	fn close_job(_: JobId, _: JobEnd) -> DispatchResult {
		Err(DispatchError::Other("no job registry"))
	}
}

/// The state of the escrow that pays for a job.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JobEscrow<AccountId, Balance, AssetId> {
	/// Who paid in and gets refunds.
	pub payer: AccountId,
	pub asset: PaymentAsset<AssetId>,
	/// What is still held.
	pub held: Balance,
	/// Frozen while a dispute is open: nothing may be released or refunded.
	pub frozen: bool,
}

/// Payment holds bound to jobs. Implemented by `pallet-escrow`.
///
/// Every method is all-or-nothing: on `Err` no funds moved.
pub trait EscrowLedger<AccountId, Balance, AssetId> {
	/// Hold `amount` of `asset` from `payer` for `job_id`.
	fn lock(
		job_id: JobId,
		payer: &AccountId,
		asset: PaymentAsset<AssetId>,
		amount: Balance,
	) -> DispatchResult;
	/// The escrow of `job_id`, if one is open.
	fn escrow_of(job_id: JobId) -> Option<JobEscrow<AccountId, Balance, AssetId>>;
	/// Pay `amount` from the escrow to `to`, less the platform fee. Returns what `to` received.
	fn release(job_id: JobId, to: &AccountId, amount: Balance) -> Result<Balance, DispatchError>;
	/// Settle a job in one step: pay `amount` to `payee` (less the platform fee) and return the
	/// rest to the payer, closing the escrow. Returns (received by payee, refunded to payer); the
	/// fee is `amount` less what the payee received, and on a job paid in AIT it is burned
	/// (receipts mints at most that much for the job).
	fn settle(
		job_id: JobId,
		payee: &AccountId,
		amount: Balance,
	) -> Result<(Balance, Balance), DispatchError>;
	/// Return everything still held to the payer. Returns the amount refunded.
	fn refund(job_id: JobId) -> Result<Balance, DispatchError>;
	/// Return `amount` of what is held to the payer and keep the rest held (a penalty that
	/// gives part of a payment back, such as an SLA breach). Returns the amount refunded.
	/// Ledgers that cannot do this refuse, which is the default.
	fn refund_part(job_id: JobId, amount: Balance) -> Result<Balance, DispatchError> {
		let _ = (job_id, amount);
		Err(DispatchError::Other("partial refund not supported"))
	}
	/// Stop all movement until [`Self::unfreeze`] or [`Self::split`].
	fn freeze(job_id: JobId) -> DispatchResult;
	/// Allow movement again.
	fn unfreeze(job_id: JobId) -> DispatchResult;
	/// Settle a frozen escrow: `payee_share` of what is held goes to `payee`, the rest back to
	/// the payer. Returns (paid to payee, refunded to payer).
	fn split(
		job_id: JobId,
		payee: &AccountId,
		payee_share: Perbill,
	) -> Result<(Balance, Balance), DispatchError>;
}

/// Demand, supply and quotes per resource class. Implemented by `pallet-pricing`.
pub trait PriceOracle<AccountId, Balance> {
	/// The current price of one compute unit in `class`.
	fn price_per_unit(class: ResourceClass) -> Option<Balance>;
	/// The price of `units` compute units in `class`, or `None` if the class is unknown or the
	/// amount overflows.
	fn quote(class: ResourceClass, units: u64) -> Option<Balance>;
	/// The lowest ask an operator published for `class`, if any (an operator's own price).
	fn operator_ask(class: ResourceClass, operator: &AccountId) -> Option<Balance>;
	/// Paid-for demand: the units of a job settled and paid in AIT, reported once, at settlement.
	fn record_demand(class: ResourceClass, units: u64);
	/// Capacity that active operators offer in `class` grew by `units`.
	fn add_supply(class: ResourceClass, units: u64);
	/// Capacity that active operators offer in `class` shrank by `units`.
	fn remove_supply(class: ResourceClass, units: u64);
}

impl<AccountId, Balance> PriceOracle<AccountId, Balance> for () {
	fn price_per_unit(_: ResourceClass) -> Option<Balance> {
		None
	}
	fn quote(_: ResourceClass, _: u64) -> Option<Balance> {
		None
	}
	fn operator_ask(_: ResourceClass, _: &AccountId) -> Option<Balance> {
		None
	}
	fn record_demand(_: ResourceClass, _: u64) {}
	fn add_supply(_: ResourceClass, _: u64) {}
	fn remove_supply(_: ResourceClass, _: u64) {}
}

/// Which pallet may verify proofs under a verifying key. A key serves exactly one, fixed when
/// it is registered (and covered by its id): a key that a pallet depends on can then never be
/// used, or have its nullifiers spent, through another pallet or the open calls.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum KeyConsumer {
	/// zk-verifier's own `verify_proof` and `verify_batch`, open to every signed account.
	#[codec(index = 0)]
	Open,
	/// Private receipts (`Receipts.PrivacyKeys`).
	#[codec(index = 1)]
	Receipts,
	/// `ZkProof` release conditions of general escrows.
	#[codec(index = 2)]
	Escrow,
}

/// A namespace of nullifiers, chosen by the pallet that consumes a proof.
pub type NullifierDomain = [u8; 32];

/// Where the nullifier of a verified proof is kept.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NullifierScope {
	/// The consumer's own state already lets a statement count once (a job is claimed once, an
	/// escrow accepts one proof): nothing is recorded, and no nullifier ceiling applies.
	ConsumerState,
	/// Recorded under `(key, domain, value)`: the key's nullifier input is accepted once per
	/// domain.
	Domain(NullifierDomain),
}

/// Groth16 verification against registered keys. Implemented by `pallet-zk-verifier`.
pub trait ProofVerifier {
	/// Verify `proof` against the registered key `key`, which must serve `consumer`, for
	/// canonical `public_inputs` (32-byte little-endian field elements, exactly as many as the
	/// key has). On success the key's nullifier input (if it names one) is recorded in `scope`.
	fn verify(
		consumer: KeyConsumer,
		key: &VerifyingKeyId,
		scope: NullifierScope,
		proof: &[u8],
		public_inputs: &[[u8; 32]],
	) -> DispatchResult;
	/// Records that `consumer` depends on `key` (which must be registered for it, with
	/// `public_inputs` inputs when given): its owner cannot unregister it until every pin is
	/// released. Pins are counted, so each must be released once.
	fn pin_key(
		consumer: KeyConsumer,
		key: &VerifyingKeyId,
		public_inputs: Option<u32>,
	) -> DispatchResult;
	/// Releases one pin of `key`.
	fn unpin_key(key: &VerifyingKeyId);
	/// The weight of one verification with `public_inputs` inputs.
	fn verify_weight(public_inputs: u32) -> Weight;
	/// The weight of `pin_key` or `unpin_key`.
	fn pin_weight() -> Weight;
}

impl ProofVerifier for () {
	fn verify(
		_: KeyConsumer,
		_: &VerifyingKeyId,
		_: NullifierScope,
		_: &[u8],
		_: &[[u8; 32]],
	) -> DispatchResult {
		Err(DispatchError::Other("no proof verifier"))
	}
	fn pin_key(_: KeyConsumer, _: &VerifyingKeyId, _: Option<u32>) -> DispatchResult {
		Err(DispatchError::Other("no proof verifier"))
	}
	fn unpin_key(_: &VerifyingKeyId) {}
	fn verify_weight(_: u32) -> Weight {
		Weight::zero()
	}
	fn pin_weight() -> Weight {
		Weight::zero()
	}
}

/// Why an operator is reported.
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
pub enum OffenceKind {
	/// Missed heartbeats beyond the blueprint's threshold.
	MissedHeartbeats,
	/// Lost a dispute.
	DisputeLost,
	/// Broke a service's SLA.
	SlaBreach,
	/// Submitted an invalid receipt or result.
	InvalidReceipt,
	/// As a validator, sealed two blocks for one slot or cast conflicting GRANDPA votes
	/// (reported against [`crate::VALIDATOR_DUTY`]).
	Equivocation,
}

/// An offence to be turned into a deferred slash.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Offence<AccountId> {
	pub offender: AccountId,
	/// The blueprint whose stake secures the faulty work.
	pub blueprint_id: BlueprintId,
	pub service_id: Option<ServiceId>,
	/// The fraction of the operator's bond and of every delegation securing the blueprint.
	pub fraction: Perbill,
	pub kind: OffenceKind,
}

/// Queue a deferred slash, and record the stake exposed to an accusation while it is judged.
/// Implemented by `pallet-operator-staking`.
///
/// A dispute can take weeks to resolve, longer than stake takes to leave. So the disputes
/// pallet calls [`Self::note_accusation`] when a dispute against an operator opens: from then
/// on the stake backing that operator and blueprint cannot be withdrawn, and the slash a lost
/// dispute reports is taken from the stake present when the dispute opened (not from stake
/// delegated later). When the dispute ends it calls [`Self::clear_accusation`], after
/// [`Self::report`] if the operator lost.
pub trait OffenceReporter<AccountId> {
	fn report(offence: Offence<AccountId>) -> DispatchResult;

	/// A dispute against `operator` over work on `blueprint_id` opened now.
	fn note_accusation(_operator: &AccountId, _blueprint_id: BlueprintId) -> DispatchResult {
		Ok(())
	}

	/// A dispute noted with [`Self::note_accusation`] ended (after its offence, if any, was
	/// reported).
	fn clear_accusation(_operator: &AccountId, _blueprint_id: BlueprintId) {}
}

impl<AccountId> OffenceReporter<AccountId> for () {
	fn report(_: Offence<AccountId>) -> DispatchResult {
		Ok(())
	}
}

/// Verified compute units per operator. Implemented by `pallet-receipts`.
pub trait WorkScore<AccountId> {
	/// Verified compute units of `who` in `session`.
	fn session_work(session: SessionIndex, who: &AccountId) -> u64;
	/// Verified compute units of `who` since genesis.
	fn total_work(who: &AccountId) -> u64;
}

impl<AccountId> WorkScore<AccountId> for () {
	fn session_work(_: SessionIndex, _: &AccountId) -> u64 {
		0
	}
	fn total_work(_: &AccountId) -> u64 {
		0
	}
}

/// Told when jobs paid in AIT settle. Staking turns the units into reward points.
///
/// `reward_room` is what the jobs' settlements burned in fees beyond what they may mint: the
/// most the session's rewards may pay for this work. An operator paid by its own sybil client
/// then gets back, in mint and rewards together, at most the fees it burned, so farming points
/// with self-dealing cannot pay.
pub trait OnVerifiedWork<AccountId> {
	fn on_verified_work(
		operator: &AccountId,
		blueprint_id: BlueprintId,
		units: u64,
		reward_room: crate::Balance,
	);
}

impl<AccountId> OnVerifiedWork<AccountId> for () {
	fn on_verified_work(_: &AccountId, _: BlueprintId, _: u64, _: crate::Balance) {}
}

/// What an operator did that earns or costs reward points (reported by `pallet-services`).
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
pub enum JobOutcome {
	ResultSubmitted,
	ResultFailed,
	HeartbeatKept,
	SlaBreached,
}

/// Told about job results and heartbeats. Staking turns them into reward points.
pub trait OnJobOutcome<AccountId> {
	fn on_job_outcome(operator: &AccountId, blueprint_id: BlueprintId, outcome: JobOutcome);
}

impl<AccountId> OnJobOutcome<AccountId> for () {
	fn on_job_outcome(_: &AccountId, _: BlueprintId, _: JobOutcome) {}
}

/// What staking needs from services. Implemented by `pallet-services`.
pub trait OperatorRegistry<AccountId> {
	/// How many services `who` is an operator of right now.
	fn active_services(who: &AccountId) -> u32;
	/// Whether `who` is still registered for any blueprint.
	fn is_registered(who: &AccountId) -> bool;
}

impl<AccountId> OperatorRegistry<AccountId> for () {
	fn active_services(_: &AccountId) -> u32 {
		0
	}
	fn is_registered(_: &AccountId) -> bool {
		false
	}
}

/// What services needs from staking. Implemented by `pallet-operator-staking`.
pub trait StakeInfo<AccountId, Balance> {
	/// The operator's own bond, if it is a bonded operator.
	fn operator_bond(who: &AccountId) -> Option<Balance>;
	/// Whether `who` is bonded and not leaving.
	fn is_active_operator(who: &AccountId) -> bool;
	/// Whether `delegator` has stake delegated to `operator` (in any asset, on any blueprint,
	/// unbonding stake included): it shares the operator's fortunes.
	fn delegates_to(delegator: &AccountId, operator: &AccountId) -> bool {
		let _ = (delegator, operator);
		false
	}
}

impl<AccountId, Balance> StakeInfo<AccountId, Balance> for () {
	fn operator_bond(_: &AccountId) -> Option<Balance> {
		None
	}
	fn is_active_operator(_: &AccountId) -> bool {
		false
	}
}
