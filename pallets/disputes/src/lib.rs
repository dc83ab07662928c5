//! # Disputes (`Disputes`)
//!
//! A client or an operator contests a job; staked arbiters decide, and the decision is enforced
//! on the job's escrow and through the job registry's one transition into a final state.
//!
//! ## Two kinds of dispute
//!
//! - **Payment** ([`DisputeKind::Payment`]) over an open job (`Called`, `ResultSubmitted` or
//!   `Claimed`). The client names the operator of the job's result, or, before there is a
//!   result, any operator of the service. An operator may file only against a result it
//!   submitted itself ([`Error::NoResultSubmitted`], [`Error::NotResultOperator`]): an operator
//!   that never worked on a job cannot take its escrow. Filing makes the job `Disputed`
//!   (`JobRegistry::open_dispute`, which voids a pending claim of the receipts pallet) and
//!   freezes its escrow, in the one storage transaction of the call. It may be filed at any
//!   time while the job is open, so a claimed job is disputable for its whole challenge
//!   window. The ruling divides the escrow and closes the job as `Resolved`.
//! - **Receipt** ([`DisputeKind::Receipt`]) over a `Settled` job: the client says the paid
//!   result was invalid. Only the client, only against the result's operator, and only within
//!   `DisputeWindow` blocks of the result's submission ([`Error::DisputeWindowClosed`]). No
//!   escrow is involved and no money moves; bonds and panels work as for payments, and an
//!   operator that loses is reported for an invalid receipt ([`InvalidReceipt`]). A job's
//!   receipt is disputed at most once: the resolved dispute stays in [`DisputeOfJob`] until
//!   the receipt window closed.
//!
//! Every dispute records the job's value (its escrowed price) when it is filed.
//!
//! ## Life of a dispute
//!
//! 1. **Filing** (`file_dispute`, state [`DisputeStatus::Filed`]): the filer puts `FilingBond`
//!    on hold ([`HoldReason::DisputeBond`]). One open dispute per job.
//! 2. **Evidence** (`submit_evidence`): both sides add up to `MaxEvidencePerSide` items (a hash
//!    and a URI of at most `MaxUriLen` bytes) until `EvidencePeriod` blocks after filing. The
//!    respondent's first item posts its own bond (equal to the filer's) and the dispute becomes
//!    [`DisputeStatus::EvidenceSubmitted`]. A respondent that never responds loses by default at
//!    the evidence deadline ([`ResolvedBy::Default`]): no panel is drawn.
//! 3. **Panel** ([`DisputeStatus::AwaitingPanel`], then [`DisputeStatus::UnderReview`]): the
//!    evidence deadline (a block fixed when the dispute is filed) only *requests* a panel; it is
//!    drawn at the start of the next block (see [Draws](#draws)): `InitialPanelSize * 2^round`
//!    arbiters, weighted by stake and without replacement, from the arbiters whose warmed-up
//!    stake is at least `MinArbiterStake`, never a stakeholder of the dispute. Too few arbiters
//!    escalate at once.
//! 4. **Votes**: each seated arbiter commits
//!    `blake2_256((dispute_id, arbiter, ruling, salt).encode())` ([`commitment_of`]; naming the
//!    arbiter stops copied commitments) for `CommitPeriod` blocks, then reveals the ruling and
//!    salt for `RevealPeriod` blocks. A
//!    [`Ruling`] is the operator's share of the escrow; rulings with the same share count as one.
//!    The ruling with the most revealed votes wins; arbiters who revealed it share the stake
//!    slashed (`ArbiterSlash` of their stake) from every seat that revealed something else or
//!    nothing. A tie (including nobody revealing) is inconclusive: only the silent seats are
//!    slashed (to `TreasuryAccount`) and the dispute goes to a new, larger panel without a bond,
//!    or to the council after the last round.
//! 5. **Appeal** (`appeal`): for `AppealPeriod` blocks after a ruling, the losing side (either
//!    side after an even split) may appeal by putting `FilingBond * 2^(round + 1)` more on hold.
//!    At the end of the window the appeal requests a panel twice as large; after `MaxAppeals`
//!    appeals, a further appeal escalates ([`DisputeStatus::Escalated`]).
//! 6. **Council**: `EscalationOrigin` decides with `resolve_escalated`, which is final. If it does
//!    not within `EscalationTimeout`, the escrow is split evenly ([`ResolvedBy::Timeout`]).
//! 7. **Resolution** ([`DisputeStatus::Resolved`]): first the ruling is **enforced**. For a
//!    payment dispute, `EscrowLedger::split` pays the operator its share and the client the
//!    rest, and `JobRegistry::close_job(job, JobEnd::Resolved)` ends the job, both in one
//!    storage layer (if governance already emptied the escrow and closed the job, there is
//!    nothing to divide). Only then: the side receiving less than half is the loser, and its
//!    whole bond goes to the arbiters of the deciding panel who voted for the ruling (in equal
//!    parts, the remainder to the first), or to `TreasuryAccount` when no panel decided; the
//!    winner's bond comes back; after an even split both bonds come back. An operator that
//!    loses is reported to `Offences` ([`DisputeLost`] for a payment, [`InvalidReceipt`] for a
//!    receipt) with `DisputeLostFraction`, or, after a default judgment, with that fraction
//!    scaled down by the job's value below `FullSlashJobValue` (the operator may only have been
//!    offline, and a slash also takes from every delegation: a tiny job must not cost that
//!    much). The record stays for `ResolvedRetention` blocks for wallets and explorers, then it
//!    is pruned with its evidence.
//!
//! ## When a ruling cannot be enforced
//!
//! If the escrow or the job registry refuses (for example, a payout the asset cannot make),
//! nothing of the ruling is applied: no bond moves, no offence is reported, the escrow stays
//! frozen, the panel stays seated and the job stays `Disputed` (and cannot be disputed again:
//! the dispute is still the dispute of its job). The dispute goes to the council
//! ([`DisputeStatus::Escalated`], a new `EscalationTimeout`) with
//! [`Event::EnforcementFailed`]. If the council does not decide and the even split at the
//! timeout fails as well, it escalates again; the council ends it with `resolve_escalated` and
//! a ruling that can be enforced (a ruling that cannot fails the call and changes nothing).
//!
//! [`DisputeLost`]: aitbc_primitives::traits::OffenceKind::DisputeLost
//! [`InvalidReceipt`]: aitbc_primitives::traits::OffenceKind::InvalidReceipt
//!
//! ## Deadlines
//!
//! Every open dispute has exactly one deadline ([`Dispute::deadline`]), queued in
//! [`DeadlineQueue`] (an [`aitbc_primitives::block_queue::BlockQueue`]) under its block, which
//! holds at most `MaxDeadlinesPerBlock`. `on_initialize` works through the due blocks from the
//! queue's cursor, at most `MaxDeadlinesProcessedPerBlock` deadlines a block (the weight of each
//! charged at its worst case), carrying the rest over to the next block. When a block's queue
//! is full, a deadline goes to the first of the next blocks with room (of the [`SCHEDULE_SCAN`]
//! blocks from its own); if none has room, filing is refused ([`Error::DeadlineQueueFull`]),
//! and a transition made by a deadline leaves the dispute unqueued
//! ([`Event::DeadlineNotQueued`]). Anyone may call `advance` for any dispute whose deadline
//! passed, so no dispute can stay stuck.
//!
//! ## Arbiters
//!
//! `join_arbiters` holds at least `MinArbiterStake` under [`HoldReason::ArbiterStake`],
//! `add_arbiter_stake` adds to it and `leave_arbiters` releases all of it. Leaving is refused
//! while the arbiter sits on an open panel; since only seated arbiters can be slashed, no
//! unbonding delay is needed. A slashed arbiter below `MinArbiterStake` is no longer drawn until
//! it tops up.
//!
//! The pool holds at most `MaxArbiters`. **Eviction** stops cheap sybils from filling it and
//! holding it: when it is full, a newcomer whose stake is above the lowest stake of the arbiters
//! not seated on an open panel evicts that arbiter (the newest of equal lowest ones), whose whole
//! stake is released ([`Event::ArbiterEvicted`]); a newcomer not above it is refused
//! ([`Error::StakeNotAboveLowest`]), and so is anyone while every arbiter is seated
//! ([`Error::TooManyArbiters`]). Seated arbiters are never evicted, so a panel keeps its seats
//! and its slashable stake. Raising one's stake with `add_arbiter_stake` raises one's rank. So
//! holding the pool costs `MaxArbiters` times the stake honest arbiters are willing to bond.
//!
//! **Warm-up** stops stake from being placed once a draw is predictable: stake counts in a draw
//! only if it was bonded at least `ArbiterWarmup` blocks before the draw was requested
//! ([`ArbiterInfo::drawable_stake`]). An arbiter that joins, or the part of stake added, after
//! a request (in the same block included) is not drawn for it.
//!
//! **No stakeholders on panels**: the client, the operator, every other operator of the job's
//! service (`JobRegistry::is_job_operator`) and every delegator of the operator
//! (`Config::Delegations`) gain or lose with the ruling, and are never drawn for the dispute.
//! (Sybils of a party cannot be recognised; stake weighting, eviction and warm-up make seating
//! them cost about as much stake as the honest arbiters hold.)
//!
//! ## Draws
//!
//! A deadline or `advance` only requests a panel ([`Event::PanelRequested`]): the dispute is
//! recorded in [`PendingDraws`] with the request's block, and `on_initialize` of the next block,
//! before any transaction of that block, draws every pending panel. The seed mixes
//! `T::Randomness::random` read then with the parent hash (the hash of the request's block,
//! which did not exist while anyone could act in it), the dispute id and the round. So whoever
//! triggers the request, in its deadline block or later, or pushes a deadline by filling a
//! block's queue, neither knows the seed when the eligible stakes are fixed, nor can choose the
//! block whose randomness is used: the draw always happens in the block after the request, by
//! the hook. When the next block's draws are all taken (`MaxDeadlinesPerBlock`), the request is
//! retried at the next block ([`Event::DrawDeferred`]). (The author of the block before the draw
//! can still bias its hash; a VRF source such as BABE's closes that.)
//!
//! ## Funds
//!
//! Nothing is minted or burnt: bonds and stakes move between holds and free balances of the
//! parties, the arbiters and `TreasuryAccount`, and the escrow is divided by the escrow pallet.
//! `try_state` (in `invariants.rs`) checks that the bonds on hold equal the bonds of the open
//! disputes, that the arbiter stakes on hold equal the arbiter records (their warming part never
//! above the stake), that every pending draw awaits a panel requested no later than now, and
//! that the escrow of every open payment dispute is frozen (receipt disputes have none).
//!
//! Logic lives in `filing.rs` (filing, evidence, votes, appeals), `review.rs` (deadlines, panels,
//! tallies, resolution) and `arbiters.rs` (the arbiter set, the draw, slashes and payouts).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod arbiters;
mod filing;
#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;
mod review;
pub mod runtime_api;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use types::*;
pub use weights::WeightInfo;

/// How many blocks' queues a deadline may go to: its own block's and, when that is full, the
/// next ones (`SCHEDULE_SCAN - 1` of them).
pub const SCHEDULE_SCAN: u32 = 16;

/// Open disputes by the block their deadline is processed at: [`Deadlines`] and
/// [`DeadlineCursor`].
pub type DeadlineQueue<T> = aitbc_primitives::block_queue::BlockQueue<
	Deadlines<T>,
	DeadlineCursor<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	aitbc_primitives::DisputeId,
	<T as Config>::MaxDeadlinesPerBlock,
>;

/// Creates a job with an open escrow, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
	/// A job called now by `client` on a service of `operator`, with `amount` in escrow; the
	/// client is funded as needed.
	fn create_job(
		client: &AccountId,
		operator: &AccountId,
		amount: Balance,
	) -> aitbc_primitives::JobId;
}

/// Disputes over jobs: a client or an operator contests a job's payment (or the client a
/// settled job's receipt), both sides bond and submit evidence, staked arbiters drawn at random
/// commit and reveal votes, the losing side may appeal to larger panels and finally the council.
///
/// The ruling divides the job's frozen escrow and may report the operator's offence to staking.
/// Bonds and arbiter stakes are in 10^-12 AIT; periods are in blocks.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use aitbc_primitives::{
		block_queue::{Budget, Visit},
		traits::{EscrowLedger, JobInfo, JobRegistry, OffenceReporter},
		DisputeId, JobId,
	};
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, MutateHold},
			Randomness,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::Perbill;

	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;
	pub type DisputeOf<T> =
		Dispute<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
	pub type EvidenceOf<T> =
		BoundedVec<EvidenceItem<<T as Config>::MaxUriLen>, <T as Config>::MaxEvidencePerSide>;
	pub type PanelOf<T> =
		BoundedVec<Seat<<T as frame_system::Config>::AccountId>, <T as Config>::MaxPanelSize>;
	pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLen>;
	pub type JobOf<T> =
		JobInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::AssetId>;

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		type RuntimeHoldReason: From<HoldReason>;

		/// AIT: bonds and arbiter stakes are holds.
		type Currency: fungible::Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The assets jobs may be paid in (only passed through to the job registry and escrow).
		type AssetId: Parameter + Member + MaxEncodedLen;

		type Jobs: JobRegistry<Self::AccountId, BalanceOf<Self>, Self::AssetId>;

		/// Frozen while a dispute is open, split when it is resolved.
		type Escrow: EscrowLedger<Self::AccountId, BalanceOf<Self>, Self::AssetId>;

		/// Told when an operator loses a dispute.
		type Offences: OffenceReporter<Self::AccountId>;

		/// Seeds panel draws. Read in the block after the draw was requested (mixed with that
		/// block's parent hash), never in the block the request was made.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// The delegators of an operator, never drawn for its disputes (`()` knows none).
		type Delegations: Delegations<Self::AccountId>;

		/// Decides escalated disputes (root or a council majority in the runtime).
		type EscalationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives slashed arbiter stake and forfeited bonds that no panel majority shares.
		type TreasuryAccount: Get<Self::AccountId>;

		/// How many blocks after a job's result was submitted the client may still dispute the
		/// receipt of the settled job. (An open job's payment may be disputed while it is open.)
		#[pallet::constant]
		type DisputeWindow: Get<BlockNumberFor<Self>>;

		/// The bond of the filer and of the respondent; appeals double it per round.
		#[pallet::constant]
		type FilingBond: Get<BalanceOf<Self>>;

		/// Blocks after filing in which both sides may submit evidence. A respondent that posts
		/// no evidence (and so no bond) by then loses by default.
		#[pallet::constant]
		type EvidencePeriod: Get<BlockNumberFor<Self>>;

		/// Blocks a drawn panel has to commit its hidden votes.
		#[pallet::constant]
		type CommitPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks after the commit period in which arbiters reveal their votes; a seat that
		/// reveals nothing loses `ArbiterSlash` of its stake.
		#[pallet::constant]
		type RevealPeriod: Get<BlockNumberFor<Self>>;

		/// How long the loser of a panel ruling may appeal.
		#[pallet::constant]
		type AppealPeriod: Get<BlockNumberFor<Self>>;

		/// Seats of the first panel; odd, so that two rulings rarely tie.
		#[pallet::constant]
		type InitialPanelSize: Get<u32>;

		/// The most rounds after the first panel (appeals or inconclusive panels); after that a
		/// dispute goes to the council.
		#[pallet::constant]
		type MaxAppeals: Get<u32>;

		/// At least `InitialPanelSize * 2^MaxAppeals` (checked by `integrity_test`).
		#[pallet::constant]
		type MaxPanelSize: Get<u32>;

		/// The smallest arbiter stake, in 10^-12 AIT: needed to join, and an arbiter whose
		/// warmed-up stake is below it is not drawn.
		#[pallet::constant]
		type MinArbiterStake: Get<BalanceOf<Self>>;

		/// The size of the arbiter pool; when it is full, a higher stake evicts the lowest.
		#[pallet::constant]
		type MaxArbiters: Get<u32>;

		/// How many blocks stake must be bonded before a draw is requested to count in it (at
		/// least one, checked by `integrity_test`).
		#[pallet::constant]
		type ArbiterWarmup: Get<BlockNumberFor<Self>>;

		/// The most evidence items each side may submit in one dispute.
		#[pallet::constant]
		type MaxEvidencePerSide: Get<u32>;

		/// The longest URI of an evidence item, in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// The part of its stake an arbiter loses for a minority vote or for not revealing.
		#[pallet::constant]
		type ArbiterSlash: Get<Perbill>;

		/// The fraction reported as an offence when an operator loses a dispute.
		#[pallet::constant]
		type DisputeLostFraction: Get<Perbill>;

		/// The job value from which a default judgment reports the whole `DisputeLostFraction`;
		/// below it, the fraction shrinks in proportion (see `review.rs`). Zero: always whole.
		#[pallet::constant]
		type FullSlashJobValue: Get<BalanceOf<Self>>;

		/// How long the council has to decide an escalated dispute.
		#[pallet::constant]
		type EscalationTimeout: Get<BlockNumberFor<Self>>;

		/// How long a resolved dispute stays readable before it is pruned.
		#[pallet::constant]
		type ResolvedRetention: Get<BlockNumberFor<Self>>;

		/// The most deadlines queued at one block: the capacity of a block's bucket in
		/// [`Deadlines`] (a full block sends a deadline to the next one with room). Also the
		/// most panels drawn in one block ([`PendingDraws`]).
		#[pallet::constant]
		type MaxDeadlinesPerBlock: Get<u32>;

		/// The most deadlines `on_initialize` processes in one block (its budget); the rest
		/// wait, in order, for the next block.
		#[pallet::constant]
		type MaxDeadlinesProcessedPerBlock: Get<u32>;

		type WeightInfo: WeightInfo;

		/// Creates jobs and escrows for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, BalanceOf<Self>>;
	}

	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A party's filing, response or appeal bond.
		DisputeBond,
		/// An arbiter's stake, slashed for minority or missing votes.
		ArbiterStake,
	}

	/// The id the next dispute gets.
	#[pallet::storage]
	pub type NextDisputeId<T: Config> = StorageValue<_, DisputeId, ValueQuery>;

	/// Open disputes, and resolved ones until they are pruned.
	#[pallet::storage]
	pub type Disputes<T: Config> =
		StorageMap<_, Twox64Concat, DisputeId, DisputeOf<T>, OptionQuery>;

	/// The open dispute of a job. A resolved receipt dispute stays here until it is pruned
	/// (never before the job's receipt window closed), so a settled job's receipt is disputed
	/// at most once.
	#[pallet::storage]
	pub type DisputeOfJob<T: Config> = StorageMap<_, Twox64Concat, JobId, DisputeId, OptionQuery>;

	/// The evidence items (a hash and a URI) each side submitted, by dispute and side; removed
	/// when the dispute is pruned.
	#[pallet::storage]
	pub type Evidence<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DisputeId, Twox64Concat, Side, EvidenceOf<T>, ValueQuery>;

	/// The seated panel of a dispute under review.
	#[pallet::storage]
	pub type Panels<T: Config> = StorageMap<_, Twox64Concat, DisputeId, PanelOf<T>, ValueQuery>;

	/// Every arbiter: its stake (in 10^-12 AIT), the part of it still warming up, and how many
	/// open panels it sits on.
	#[pallet::storage]
	pub type Arbiters<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		ArbiterInfo<BalanceOf<T>, BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Every arbiter, in joining order: the draw walks it.
	#[pallet::storage]
	pub type ArbiterPool<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxArbiters>, ValueQuery>;

	/// Disputes whose panel was requested in this block (or, between blocks, the last one):
	/// `on_initialize` of the next block draws them all, before any transaction.
	#[pallet::storage]
	pub type PendingDraws<T: Config> =
		StorageValue<_, BoundedVec<DisputeId, T::MaxDeadlinesPerBlock>, ValueQuery>;

	/// The buckets of [`DeadlineQueue`]: disputes whose deadline is processed at a block (at
	/// most `MaxDeadlinesPerBlock`). An entry whose dispute moved on meanwhile is ignored.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<DisputeId, T::MaxDeadlinesPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`DeadlineQueue`]: the first block whose deadlines `on_initialize` has not
	/// all processed. Absent before the first block's hook.
	#[pallet::storage]
	pub type DeadlineCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A dispute was filed and the filer's bond held; the evidence period runs.
		DisputeFiled {
			/// The new dispute's id.
			dispute_id: DisputeId,
			/// The job disputed (for a payment dispute, now `Disputed` with its escrow frozen).
			job_id: JobId,
			/// `Payment` (an open job's escrow) or `Receipt` (a settled job's paid result).
			kind: DisputeKind,
			/// The account that filed: the job's client or the result's operator.
			filer: T::AccountId,
			/// The other side, which must post its bond by submitting evidence before
			/// `evidence_end`, or lose by default.
			respondent: T::AccountId,
			/// The filer's bond (`FilingBond`), in 10^-12 AIT.
			bond: BalanceOf<T>,
			/// The block at which the evidence period ends.
			evidence_end: BlockNumberFor<T>,
		},
		/// The respondent posted its bond.
		Responded {
			/// The dispute.
			dispute_id: DisputeId,
			/// The respondent.
			respondent: T::AccountId,
			/// Its bond (equal to the filer's), in 10^-12 AIT.
			bond: BalanceOf<T>,
		},
		/// A side added a piece of evidence.
		EvidenceSubmitted {
			/// The dispute.
			dispute_id: DisputeId,
			/// The side it supports.
			side: Side,
			/// The hash of the evidence (its URI is in `Evidence`).
			hash: H256,
		},
		/// The panel of `round` was requested; it is drawn at the start of the next block.
		PanelRequested {
			/// The dispute.
			dispute_id: DisputeId,
			/// The round (0 for the first panel; each further round doubles the panel).
			round: u32,
			/// The block of the request; only stake warmed up by then counts in the draw.
			requested_at: BlockNumberFor<T>,
		},
		/// The next block had no room for another draw: the panel is requested again at `at`.
		DrawDeferred {
			/// The dispute.
			dispute_id: DisputeId,
			/// The block at which the panel is requested again.
			at: BlockNumberFor<T>,
		},
		/// A panel was drawn; its arbiters commit their votes, then reveal them.
		PanelDrawn {
			/// The dispute.
			dispute_id: DisputeId,
			/// The round of the panel.
			round: u32,
			/// The arbiters seated.
			arbiters: alloc::vec::Vec<T::AccountId>,
			/// The block at which the commit period ends.
			commit_end: BlockNumberFor<T>,
			/// The block at which the reveal period ends.
			reveal_end: BlockNumberFor<T>,
		},
		/// A seated arbiter committed its hidden vote.
		VoteCommitted {
			/// The dispute.
			dispute_id: DisputeId,
			/// The arbiter.
			arbiter: T::AccountId,
		},
		/// A seated arbiter revealed its vote.
		VoteRevealed {
			/// The dispute.
			dispute_id: DisputeId,
			/// The arbiter.
			arbiter: T::AccountId,
			/// The ruling it voted for.
			ruling: Ruling,
		},
		/// A ruling had the most votes; it may be appealed until `appeal_end`.
		PanelRuled {
			/// The dispute.
			dispute_id: DisputeId,
			/// The round of the panel.
			round: u32,
			/// The winning ruling: the operator's share of the escrow.
			ruling: Ruling,
			/// The block at which the appeal period ends.
			appeal_end: BlockNumberFor<T>,
		},
		/// Rulings tied (or nobody revealed): a new panel or the council decides.
		PanelInconclusive {
			/// The dispute.
			dispute_id: DisputeId,
			/// The round that was inconclusive.
			round: u32,
		},
		/// An arbiter lost part of its stake for a minority vote or for not revealing.
		ArbiterSlashed {
			/// The dispute.
			dispute_id: DisputeId,
			/// The arbiter.
			arbiter: T::AccountId,
			/// The stake taken (to the majority arbiters or the treasury), in 10^-12 AIT.
			amount: BalanceOf<T>,
		},
		/// The losing side appealed a panel ruling; a larger panel (or the council) decides.
		Appealed {
			/// The dispute.
			dispute_id: DisputeId,
			/// The side that appealed.
			by: Side,
			/// The extra bond held for the appeal, in 10^-12 AIT.
			bond: BalanceOf<T>,
		},
		/// The dispute went to the council (`EscalationOrigin`).
		Escalated {
			/// The dispute.
			dispute_id: DisputeId,
			/// The block by which the council must decide; after it the escrow is split evenly.
			until: BlockNumberFor<T>,
		},
		/// The dispute was decided and the ruling enforced.
		DisputeResolved {
			/// The dispute.
			dispute_id: DisputeId,
			/// The ruling: the operator's share of the escrow.
			ruling: Ruling,
			/// Who decided: default judgment, panel, council or timeout.
			by: ResolvedBy,
			/// What the operator received from the escrow (zero for a receipt dispute), in the
			/// smallest unit of the job's payment asset.
			to_operator: BalanceOf<T>,
			/// What went back to the client from the escrow.
			to_client: BalanceOf<T>,
		},
		/// A losing side's bond was paid to the majority arbiters or the treasury.
		BondForfeited {
			/// The dispute.
			dispute_id: DisputeId,
			/// The losing side.
			side: Side,
			/// The bond paid out, in 10^-12 AIT.
			amount: BalanceOf<T>,
		},
		/// The escrow or the job registry refused to enforce a ruling. Nothing of the ruling was
		/// applied (no money or bond moved, no offence); the escrow stays frozen and the dispute
		/// went to the council (`Escalated`).
		EnforcementFailed {
			/// The dispute.
			dispute_id: DisputeId,
			/// Why enforcement failed.
			error: DispatchError,
		},
		/// The losing operator was reported to staking; a deferred slash follows.
		OffenceReported {
			/// The dispute.
			dispute_id: DisputeId,
			/// The operator reported.
			offender: T::AccountId,
		},
		/// Staking refused the losing operator's offence report; the ruling stands.
		OffenceReportFailed {
			/// The dispute.
			dispute_id: DisputeId,
			/// Why the report failed.
			error: DispatchError,
		},
		/// Every block near `at` had a full queue: call `advance` once `at` has passed.
		DeadlineNotQueued {
			/// The dispute.
			dispute_id: DisputeId,
			/// Its deadline, from which anyone may call `advance`.
			at: BlockNumberFor<T>,
		},
		/// A resolved dispute's record and evidence were removed, `ResolvedRetention` after
		/// it was resolved.
		DisputePruned {
			/// The dispute removed.
			dispute_id: DisputeId,
		},
		/// An account joined the arbiter pool.
		ArbiterJoined {
			/// The new arbiter.
			who: T::AccountId,
			/// The stake held, in 10^-12 AIT.
			stake: BalanceOf<T>,
		},
		/// An arbiter added to its stake.
		ArbiterStakeAdded {
			/// The arbiter.
			who: T::AccountId,
			/// The stake added, in 10^-12 AIT; it counts in draws after `ArbiterWarmup` blocks.
			amount: BalanceOf<T>,
		},
		/// An arbiter left the pool and got its stake back.
		ArbiterLeft {
			/// The former arbiter.
			who: T::AccountId,
			/// The stake released, in 10^-12 AIT.
			stake: BalanceOf<T>,
		},
		/// The pool was full and `by` bonded more than `who`, the lowest unseated arbiter, whose
		/// whole stake was released.
		ArbiterEvicted {
			/// The arbiter evicted.
			who: T::AccountId,
			/// Its stake, released, in 10^-12 AIT.
			stake: BalanceOf<T>,
			/// The newcomer that took its place.
			by: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The job registry does not know the job.
		JobNotFound,
		/// The job ended (ruled, cancelled, timed out or withdrawn): there is nothing to dispute.
		JobClosed,
		/// The job's escrow is closed or empty.
		NoOpenEscrow,
		/// The job's escrow is frozen (by another dispute or by the escrow pallet).
		EscrowFrozen,
		/// The job already has an open dispute.
		AlreadyDisputed,
		/// More than `DisputeWindow` blocks passed since the settled job's result was submitted.
		DisputeWindowClosed,
		/// The caller is neither the job's client nor one of its operators.
		NotAParty,
		/// An operator may dispute a job's payment only once it submitted the job's result
		/// (and a settled job has no result to dispute).
		NoResultSubmitted,
		/// Another operator submitted the job's result: only that operator may dispute the
		/// payment, or be named in a dispute.
		NotResultOperator,
		/// Only the job's client may dispute the receipt of a settled job.
		NotTheClient,
		/// The named respondent is not the other side of the job.
		InvalidCounterparty,
		/// No dispute has this id: it never existed, or it was resolved and then pruned.
		DisputeNotFound,
		/// Evidence is only taken before the evidence deadline.
		EvidencePeriodOver,
		/// The side already submitted `MaxEvidencePerSide` items.
		TooMuchEvidence,
		/// The caller does not sit on the dispute's current panel.
		NotOnPanel,
		/// The dispute is not in its commit period.
		NotCommitPhase,
		/// The arbiter already committed in this round.
		AlreadyCommitted,
		/// The dispute is not in its reveal period.
		NotRevealPhase,
		/// The arbiter did not commit in this round.
		NoCommitment,
		/// The arbiter already revealed its vote in this round.
		AlreadyRevealed,
		/// The ruling and salt do not hash to the commitment.
		CommitmentMismatch,
		/// The dispute has no panel ruling open to appeal.
		NotAppealable,
		/// Only the side that receives less than half may appeal (either after an even split).
		NotTheLoser,
		/// This ruling was already appealed; the next round is coming.
		AlreadyAppealed,
		/// Only escalated disputes are decided by the council.
		NotEscalated,
		/// The dispute's deadline has not passed yet.
		DeadlineNotReached,
		/// The account is already an arbiter; use `add_arbiter_stake` to bond more.
		AlreadyArbiter,
		/// The account is not an arbiter (it never joined, left, or was evicted).
		NotArbiter,
		/// Below `MinArbiterStake`.
		StakeTooLow,
		/// `MaxArbiters` arbiters already joined and every one of them sits on an open panel, so
		/// none can be evicted.
		TooManyArbiters,
		/// The pool is full and the stake is not above the lowest stake of the arbiters that
		/// could be evicted: bond more to take a place.
		StakeNotAboveLowest,
		/// The arbiter sits on an open panel.
		SeatedOnPanel,
		/// Every block from the deadline on for `SCHEDULE_SCAN` blocks has a full queue.
		DeadlineQueueFull,
		/// An amount or a block number overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			// Panels requested in the previous block first, with randomness that did not exist
			// then; requests made by this block's deadlines wait for the next block.
			let draws = PendingDraws::<T>::take();
			let drawn = u64::try_from(draws.len()).unwrap_or(u64::MAX);
			for dispute_id in draws {
				Self::draw_requested(dispute_id, now);
			}
			// Then the due deadlines, oldest first, within the budget; entries whose dispute
			// moved on meanwhile are stale (one read each).
			let budget = Budget::with_stale(
				T::MaxDeadlinesProcessedPerBlock::get(),
				T::MaxDeadlinesPerBlock::get(),
			);
			let walk = DeadlineQueue::<T>::walk(now, budget, |dispute_id| {
				if Self::process_deadline(dispute_id, now) {
					Visit::Processed
				} else {
					Visit::Stale
				}
			});
			let db = T::DbWeight::get();
			// No benchmark covers the hook: the pending draws (a read and a write), the queue's
			// own access, and each draw and deadline at its worst case.
			db.reads_writes(1, 1)
				.saturating_add(walk.queue_weight(db))
				.saturating_add(T::WeightInfo::draw_panel().saturating_mul(drawn))
				.saturating_add(Self::deadline_weight().saturating_mul(u64::from(walk.processed)))
		}

		fn integrity_test() {
			let initial = T::InitialPanelSize::get();
			assert!(initial % 2 == 1, "InitialPanelSize must be odd");
			let largest = 1u32
				.checked_shl(T::MaxAppeals::get())
				.and_then(|factor| initial.checked_mul(factor))
				.expect("InitialPanelSize * 2^MaxAppeals fits in u32");
			assert!(
				largest <= T::MaxPanelSize::get(),
				"MaxPanelSize must fit the largest panel"
			);
			assert!(T::MaxDeadlinesPerBlock::get() > 0, "deadlines need room");
			assert!(
				T::MaxDeadlinesProcessedPerBlock::get() > 0,
				"deadlines must be processed"
			);
			assert!(
				!T::ArbiterWarmup::get().is_zero(),
				"ArbiterWarmup must be at least one block, or stake added after a request counts"
			);
			assert!(
				!T::EvidencePeriod::get().is_zero(),
				"EvidencePeriod must not be zero"
			);
			assert!(
				!T::CommitPeriod::get().is_zero(),
				"CommitPeriod must not be zero"
			);
			assert!(
				!T::RevealPeriod::get().is_zero(),
				"RevealPeriod must not be zero"
			);
			assert!(
				!T::AppealPeriod::get().is_zero(),
				"AppealPeriod must not be zero"
			);
			assert!(
				!T::EscalationTimeout::get().is_zero(),
				"EscalationTimeout must not be zero"
			);
			assert!(
				!T::ResolvedRetention::get().is_zero(),
				"ResolvedRetention must not be zero"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dispute `job_id` against `respondent`, bonding `FilingBond`.
		///
		/// An open job's payment: the client names the operator of the job's result (any
		/// operator of the service before a result), or the result's operator names the client;
		/// the job becomes `Disputed` and its escrow freezes. A settled job's receipt: the client
		/// names the result's operator, within `DisputeWindow` blocks of the result.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::file_dispute())]
		pub fn file_dispute(
			origin: OriginFor<T>,
			job_id: JobId,
			respondent: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_file(who, job_id, respondent)
		}

		/// Add a piece of evidence for the caller's side; the respondent's first item posts its
		/// bond.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::submit_evidence())]
		pub fn submit_evidence(
			origin: OriginFor<T>,
			dispute_id: DisputeId,
			hash: H256,
			uri: UriOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_evidence(who, dispute_id, EvidenceItem { hash, uri })
		}

		/// Commit a seated arbiter's vote: [`commitment_of`] its ruling and a secret salt.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commit_vote())]
		pub fn commit_vote(
			origin: OriginFor<T>,
			dispute_id: DisputeId,
			commitment: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(who, dispute_id, commitment)
		}

		/// Reveal the ruling and salt behind the caller's commitment.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::reveal_vote())]
		pub fn reveal_vote(
			origin: OriginFor<T>,
			dispute_id: DisputeId,
			ruling: Ruling,
			salt: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal(who, dispute_id, ruling, salt)
		}

		/// Appeal a panel ruling, bonding `FilingBond * 2^(round + 1)` more.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::appeal())]
		pub fn appeal(origin: OriginFor<T>, dispute_id: DisputeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appeal(who, dispute_id)
		}

		/// The council's final decision on an escalated dispute.
		///
		/// A ruling the escrow or the job registry refuses to enforce fails the call and changes
		/// nothing; the council may pass another ruling (for example one that pays only the
		/// client) to end the dispute.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::resolve_escalated())]
		pub fn resolve_escalated(
			origin: OriginFor<T>,
			dispute_id: DisputeId,
			ruling: Ruling,
		) -> DispatchResult {
			T::EscalationOrigin::ensure_origin(origin)?;
			let dispute = Disputes::<T>::get(dispute_id).ok_or(Error::<T>::DisputeNotFound)?;
			ensure!(
				matches!(dispute.status, DisputeStatus::Escalated { .. }),
				Error::<T>::NotEscalated
			);
			Self::resolve(dispute_id, dispute, ruling, ResolvedBy::Council, &[])
		}

		/// Move a dispute whose deadline passed, for when its queued deadline could not be
		/// processed in time. Anyone may call it. A panel is only requested here: it is drawn
		/// by `on_initialize` of the next block, so the caller cannot know it.
		#[pallet::call_index(6)]
		#[pallet::weight(Pallet::<T>::deadline_weight())]
		pub fn advance(origin: OriginFor<T>, dispute_id: DisputeId) -> DispatchResult {
			ensure_signed(origin)?;
			let dispute = Disputes::<T>::get(dispute_id).ok_or(Error::<T>::DisputeNotFound)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(dispute.deadline <= now, Error::<T>::DeadlineNotReached);
			Self::process_deadline(dispute_id, now);
			Ok(())
		}

		/// Become an arbiter, holding `stake` (at least `MinArbiterStake`). In a full pool the
		/// stake must be above the lowest unseated arbiter's, which is evicted.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::join_arbiters())]
		pub fn join_arbiters(origin: OriginFor<T>, stake: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_join(who, stake)
		}

		/// Add to the caller's arbiter stake. It ranks the arbiter in a full pool at once, and
		/// counts in draws requested `ArbiterWarmup` blocks later.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::add_arbiter_stake())]
		pub fn add_arbiter_stake(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_stake(who, amount)
		}

		/// Leave the arbiter set and get the whole stake back; refused while seated.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::leave_arbiters())]
		pub fn leave_arbiters(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The weight of one deadline at its worst case.
		pub fn deadline_weight() -> Weight {
			T::WeightInfo::advance_draw_panel()
				.max(T::WeightInfo::advance_tally())
				.max(T::WeightInfo::advance_resolve())
		}

		/// A dispute's record, for the runtime API.
		pub fn dispute(dispute_id: DisputeId) -> Option<DisputeOf<T>> {
			Disputes::<T>::get(dispute_id)
		}

		/// The open dispute of a job (or its resolved receipt dispute, until it is pruned), for
		/// the runtime API.
		pub fn dispute_of_job(job_id: JobId) -> Option<DisputeId> {
			DisputeOfJob::<T>::get(job_id)
		}

		/// An arbiter's stake and seats, for the runtime API.
		pub fn arbiter(who: T::AccountId) -> Option<ArbiterInfo<BalanceOf<T>, BlockNumberFor<T>>> {
			Arbiters::<T>::get(who)
		}
	}
}
