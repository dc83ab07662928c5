//! # Receipts pallet
//!
//! Compute receipts: how operators are paid for jobs, and the only way new AIT comes into
//! existence on AITBC ("asset-backed by compute"). A job goes through the job registry's
//! (`T::Jobs`) state machine `Called → ResultSubmitted → Claimed → Settled`; this pallet moves
//! it from `ResultSubmitted` to `Claimed` with a receipt, and from `Claimed` to `Settled` when
//! the claim is settled.
//!
//! ## Claim
//! An operator that ran a job and submitted its result (the output hash) signs a
//! [`ComputeReceipt`] over the job, the client, the compute units, the price and the output
//! hash; anyone submits it with [`Pallet::submit_receipt`]. The receipt claims the payment if
//! every check passes, in this order, each with its own error:
//!
//! 1. the job exists in the job registry (`JobNotFound`);
//! 2. its status is `ResultSubmitted` (`NoResult` while `Called`, `JobAlreadyClaimed`,
//!    `JobDisputed`, `JobAlreadySettled`, `JobClosed` for the other final states);
//! 3. the result was submitted by the receipt's operator (`NotResultOperator`): only the
//!    operator that delivered may claim, so a co-operator of the service cannot claim another's
//!    work, while a job whose service has since ended can still be claimed by its operator;
//! 4. the result's output hash is the receipt's (`OutputMismatch`);
//! 5. the receipt's client is the job's client (`ClientMismatch`);
//! 6. the operator never claimed with this receipt id (within the retention period; ids are per
//!    operator, so nobody can squat another operator's ids) (`ReceiptAlreadyClaimed`);
//! 7. for a private receipt, its level's key is approved and the client committed to the job;
//! 8. `0 < compute units <= the job's max units`, `0 < price <= the job's price cap`;
//! 9. the job's escrow (`T::Escrow`) is open, not frozen, and holds at least the price;
//! 10. the operator's signature verifies over the domain-separated payload that includes this
//!     chain's genesis hash (sr25519, ed25519 or ecdsa through `T::Signature`);
//! 11. if the receipt comes with the client's acceptance, it is the client's counter-signature
//!     ([`ComputeReceipt::verify_acceptance`]) (`BadAcceptance`);
//! 12. a private receipt's Groth16 proof verifies (last: it is the most expensive check).
//!
//! Then the registry marks the job `Claimed`, the claim is stored in [`Claims`], the receipt id
//! is reserved in [`ClaimedReceipts`], and the claim is queued in [`ClaimMaturities`] at the
//! block where the challenge window (`T::ChallengeWindow`) closes. Nothing is paid yet.
//!
//! ## Challenge window, acceptance and settlement
//! While the window runs the client may dispute the job (through `pallet-disputes`, which moves
//! it to `Disputed` and freezes its escrow): the claim is then void and is dropped, unpaid, when
//! it is next looked at. Otherwise the claim settles in one of these ways:
//!
//! - at once, if `submit_receipt` carried the client's counter-signature;
//! - when the client calls [`Pallet::accept`] (or [`Pallet::accept_many`]);
//! - when the window closes: `on_initialize` settles matured claims, at most
//!   `T::MaxSettlementsProcessedPerBlock` per block, carrying the rest over with a cursor;
//! - by anyone, for matured claims, with [`Pallet::settle_claims`].
//!
//! Every path uses one settlement: escrow pays the operator the claimed price (or what escrow
//! still holds, if an SLA penalty refunded part of it) less the platform fee and returns the rest
//! to the payer, the registry closes the job as `Settled`, and, for a job paid in AIT, AIT is
//! minted for the compute units, the operator's work score grows, pricing learns the paid demand
//! and staking the verified work.
//! The units credited are the claimed units scaled by the part of the price actually paid, so a
//! refund cannot leave units credited that nobody paid for. A failed call changes nothing. A
//! settlement that fails in `on_initialize` is reported with `SettlementFailed`; its claim is
//! kept (out of the queue) for anyone to retry with `settle_claims`, since dropping it would
//! strand the payment in escrow.
//!
//! ### Batches
//! `accept_many`, `settle_claims` and the hook settle many jobs in one go, and most of what a
//! settlement does past the job's own records is per operator, not per job. So each job is paid,
//! closed and announced (`ReceiptSettled`) on its own, but the units are summed while the batch
//! runs and each operator is minted and scored once, each class's demand and each operator's
//! points on a blueprint told once, at the end. A batch is charged as if every job had its own
//! operator and class (its benchmarks take the number of jobs `n` and of operators `o`); what a
//! batch of fewer operators does not use is refunded. In the hook, one failing settlement
//! undoes the batch, and the claims then settle one by one, so only the failing one waits.
//!
//! ## Minting
//! AIT is minted at the governance-set rate (a coordinator share to the operator, a treasury
//! share to `T::TreasuryAccount`), only for jobs paid in AIT. A job paid in an asset pays its
//! operator but mints nothing, earns no work score or reward points and is not counted as
//! demand (only in the ledger's `unminted_units`): otherwise a self-dealer could pay itself in
//! a worthless asset and print AIT, farm points or move a class price.
//!
//! A job paid in AIT mints at most the platform fee its settlement burned (escrow burns AIT
//! fees). A client of the operator's own that pays the operator therefore burns at least what
//! the job mints; with the operator's share of the mint below the whole, self-dealing in AIT
//! loses money (the numbers are in `docs/economics.md`). Governance keeps the rate at or below
//! the fee on a unit at the lowest class floor, so the bound only bites on jobs priced below
//! their class floor, which is where made-up units would go.
//!
//! The per-block and per-session caps (`T::MaxMintPerBlock`, `T::MaxMintPerSession`) never stop
//! a payment: when they, or the burned fee, leave less room than the mint, both shares are
//! scaled down by the same ratio to fit, the rest is dropped (recorded in the [`Ledger`] and
//! reported with `MintCapped`). A batch mints each operator's summed units once, so the caps
//! clip the sum; the ledger still holds `minted + dropped = units × rate`, and
//! `minted <= burned`.
//!
//! ## Private receipts
//! A receipt may be claimed at privacy level `Basic` (the computation is hidden) or `Enhanced`
//! (the units and the unit price too) with a Groth16 proof from the circuits in `zk/circuits`,
//! verified by `T::Proofs` (`pallet-zk-verifier`) under a key registered for this pallet
//! (`KeyConsumer::Receipts`), which the open calls of the verifier cannot use. No nullifier is
//! recorded: a job is claimed once, so the job's state is the uniqueness, and no ceiling of the
//! verifier limits how many private receipts settle. The client calls a private job with its
//! commitment as the published input hash, and puts the same commitment (with, for the
//! enhanced level, a commitment to the unit price) on chain with [`Pallet::commit_job`] while
//! the job is `Called`. Governance approves one verifying key per level with
//! [`Pallet::set_privacy_key`] (which pins it, so its owner cannot withdraw it). Every public
//! input is derived on-chain from the job, the receipt and those commitments (see
//! [`PrivacyLevel`], which says exactly what each level hides), so a proof cannot be reused
//! for another job or other amounts. All checks above still apply; an enhanced receipt's units
//! are zero (hidden), its price is paid and the rest of the escrow refunded, and it mints
//! nothing, since the chain cannot count hidden units. A commitment goes when its job settles,
//! or with [`Pallet::remove_job_commitment`] once the job is final or gone.
//!
//! ## Who submits
//! Any signed account may submit a receipt: the operator's signature over every field is what
//! authenticates it, so a relayer (or the operator's hot key) cannot change who is paid or how
//! much. Front-running a receipt only makes the front-runner pay the fee for the operator.
//!
//! ## The coordinator share
//! The issue splits each mint into a "coordinator" and a "treasury" share. On AITBC the party
//! that coordinates a unit of compute is the operator that ran it and signed the receipt, so
//! the coordinator share is minted to the receipt's operator.
//!
//! ## Bounded memory
//! A receipt id is remembered per operator in [`ClaimedReceipts`] for `T::RetentionPeriod`
//! blocks after its claim (longer than the challenge window), then `on_initialize` forgets it
//! through [`ReceiptPrunes`] (a block's bucket holds `T::MaxReceiptsPerBlock`, the most a block
//! can claim, and the hook forgets one bucket's worth a block, carrying any rest over).
//! Forgetting is safe because a claimed job never returns to `ResultSubmitted` in the job
//! registry: a replayed receipt, or a fresh receipt for the same job, fails with
//! `JobAlreadyClaimed`, `JobAlreadySettled`, `JobDisputed`, `JobClosed` or `JobNotFound`. The
//! job registry must therefore never reuse a job id. Per-session work scores are kept for
//! `T::SessionsToKeep` sessions.
//!
//! ## Mint accounting
//! [`MintLedger`] counts the units accepted for minting under the parameters in force and folds
//! them into a closed total whenever governance changes the parameters, so `try_state` checks
//! that what was minted plus what the caps dropped equals the accepted units times the rate in
//! force, per share.
//!
//! ## Modules
//! - [`types`]: stored and returned types, [`PrivacyLevel`], the benchmark helper.
//! - `claiming`: the checks and effects of `submit_receipt`, private proofs.
//! - `settlement`: the one settlement, its paths and the hook that settles matured claims.
//! - `minting`: mint parameters, caps and the ledger.
//! - `pruning`: the hooks' bounded cleanup.
//! - [`runtime_api`]: `ReceiptsApi` for receipt status and work scores.
//! - [`weights`]: weights (estimates until benchmarked in the runtime).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod claiming;
#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;
mod minting;
#[cfg(test)]
mod mock;
mod pruning;
pub mod runtime_api;
mod settlement;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use aitbc_primitives::receipt::{ComputeReceipt, ReceiptBody};
pub use types::*;
pub use weights::WeightInfo;

use aitbc_primitives::{block_queue::BlockQueue, JobId, ReceiptId};
use frame_system::pallet_prelude::BlockNumberFor;

/// Remembered receipts by the block whose hook forgets them: [`PruneQueue`] and
/// [`PruneCursor`].
pub type ReceiptPrunes<T> = BlockQueue<
	PruneQueue<T>,
	PruneCursor<T>,
	BlockNumberFor<T>,
	(<T as frame_system::Config>::AccountId, ReceiptId, JobId),
	<T as Config>::MaxReceiptsPerBlock,
>;
/// Claimed jobs by the block their challenge window closes in: [`MaturityQueue`] and
/// [`SettlementCursor`].
pub type ClaimMaturities<T> = BlockQueue<
	MaturityQueue<T>,
	SettlementCursor<T>,
	BlockNumberFor<T>,
	JobId,
	<T as Config>::MaxReceiptsPerBlock,
>;

/// Compute receipts: operators claim a job's payment with a signed receipt, the claim waits out
/// a challenge window (or the client accepts it), then escrow pays the operator and, for jobs
/// paid in AIT, new AIT is minted for the verified compute units.
///
/// This is the only way AIT is minted; the mint is capped per block and per session, and never
/// exceeds the platform fee the settlement burned. Amounts are in 10^-12 AIT (or, for a job
/// paid in an asset, in that asset's smallest unit); times are in blocks.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::settlement::WorkTally;
	use aitbc_primitives::{
		traits::{
			EscrowLedger, JobRegistry, JobStatus, KeyConsumer, OnVerifiedWork, PriceOracle,
			ProofVerifier,
		},
		JobId, ReceiptId, SessionIndex, VerifyingKeyId,
	};
	use alloc::boxed::Box;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{
		traits::{IdentifyAccount, Verify, Zero},
		Permill,
	};

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// AIT: paid out by escrow and minted for verified compute.
		type Currency: fungible::Mutate<Self::AccountId>;

		/// The asset id of `pallet-assets`, in which a client may pay for a job.
		type AssetId: Parameter;

		/// The signature an operator puts on a receipt, and a client on its acceptance
		/// (`sp_runtime::MultiSignature` in the runtime); its signer must map to the account.
		type Signature: Verify<Signer: IdentifyAccount<AccountId = Self::AccountId>>
			+ Parameter
			+ MaxEncodedLen;

		/// Jobs and their state machine (`pallet-services`).
		type Jobs: JobRegistry<Self::AccountId, BalanceOf<Self>, Self::AssetId>;

		/// The escrow that holds each job's payment (`pallet-escrow`).
		type Escrow: EscrowLedger<Self::AccountId, BalanceOf<Self>, Self::AssetId>;

		/// Told about the demand that settled receipts paid for (`pallet-pricing`).
		type Pricing: PriceOracle<Self::AccountId, BalanceOf<Self>>;

		/// Told about verified work, which staking turns into reward points.
		type OnWork: OnVerifiedWork<Self::AccountId>;

		/// Told of every job that settles, with what was paid (`pallet-settlement`, which can
		/// then carry the news to other chains).
		type OnSettled: aitbc_primitives::settlement::OnJobSettled<
			Self::AccountId,
			BalanceOf<Self>,
			Self::AssetId,
		>;

		/// Verifies the Groth16 proofs of private receipts, under keys registered for this pallet
		/// (`pallet-zk-verifier`).
		type Proofs: ProofVerifier;

		/// May change the mint parameters: the council or root.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The session now in progress, for work scores and the per-session mint cap.
		type CurrentSession: Get<SessionIndex>;

		/// Receives the treasury share of every mint. Must exist (hold the existential
		/// deposit) if a treasury share can be smaller than the existential deposit.
		type TreasuryAccount: Get<Self::AccountId>;

		/// How long a claimed receipt is remembered, in blocks after its claim. Longer than the
		/// challenge window, so a receipt is remembered at least until its claim settles.
		#[pallet::constant]
		type RetentionPeriod: Get<BlockNumberFor<Self>>;

		/// How long a claim waits for a dispute before it settles by itself, in blocks.
		#[pallet::constant]
		type ChallengeWindow: Get<BlockNumberFor<Self>>;

		/// The most receipts one block may claim: the capacity of a block's bucket in
		/// [`PruneQueue`] and [`MaturityQueue`] (a claim goes to the bucket of the block its
		/// retention ends in and, unless it settles at once, of the block its window closes
		/// in). Also the most receipts the hook forgets, and the most stale maturity entries it
		/// skips, in one block.
		#[pallet::constant]
		type MaxReceiptsPerBlock: Get<u32>;

		/// The most matured claims `on_initialize` settles in one block (its budget); the rest
		/// wait, in order, for the next block (or anyone's `settle_claims`).
		#[pallet::constant]
		type MaxSettlementsProcessedPerBlock: Get<u32>;

		/// The most jobs one `accept_many` or `settle_claims` call settles.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// How many sessions of per-session work scores are kept, the current one included.
		#[pallet::constant]
		type SessionsToKeep: Get<SessionIndex>;

		/// The most per-session work entries removed in one block.
		#[pallet::constant]
		type SessionPruneLimit: Get<u32>;

		/// The most AIT this pallet may mint in one block, all shares together.
		#[pallet::constant]
		type MaxMintPerBlock: Get<BalanceOf<Self>>;

		/// The most AIT this pallet may mint in one session, all shares together.
		#[pallet::constant]
		type MaxMintPerSession: Get<BalanceOf<Self>>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Creates jobs, escrows and results for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, BalanceOf<Self>>;
	}

	/// Claimed receipts by operator and receipt id, until they are pruned `RetentionPeriod`
	/// blocks after their claim.
	#[pallet::storage]
	pub type ClaimedReceipts<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		ReceiptId,
		ClaimedReceipt<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// The buckets of [`ReceiptPrunes`]: receipts to forget, by the block whose
	/// `on_initialize` forgets them, `RetentionPeriod` after their claim: (operator, receipt
	/// id, job), at most `MaxReceiptsPerBlock` a block.
	#[pallet::storage]
	pub type PruneQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(T::AccountId, ReceiptId, JobId), T::MaxReceiptsPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`ReceiptPrunes`]: the first block whose bucket `on_initialize` has not
	/// finished. Absent before the first block's hook.
	#[pallet::storage]
	pub type PruneCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Claims waiting out the challenge window (or settled or voided early, until they are
	/// looked at), by job.
	#[pallet::storage]
	pub type Claims<T: Config> =
		StorageMap<_, Blake2_128Concat, JobId, PendingClaimOf<T>, OptionQuery>;

	/// The buckets of [`ClaimMaturities`]: claimed jobs by the block whose `on_initialize`
	/// settles them, the block their challenge window closes in (at most `MaxReceiptsPerBlock`
	/// a block). An entry whose claim was already settled or voided is skipped.
	#[pallet::storage]
	pub type MaturityQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxReceiptsPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`ClaimMaturities`]: the first block whose bucket `on_initialize` has not
	/// finished. Absent before the first block's hook.
	#[pallet::storage]
	pub type SettlementCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Verified compute units per session and operator, for the last `SessionsToKeep` sessions.
	#[pallet::storage]
	pub type SessionWork<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SessionIndex,
		Blake2_128Concat,
		T::AccountId,
		u64,
		ValueQuery,
	>;

	/// The oldest session whose work scores may still be stored.
	#[pallet::storage]
	pub type OldestSession<T: Config> = StorageValue<_, SessionIndex, ValueQuery>;

	/// Verified compute units per operator since genesis.
	#[pallet::storage]
	pub type TotalWork<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u64, ValueQuery>;

	/// The commitment a job's client published for a private receipt:
	/// `Poseidon(job_id, model_hash, input_hash, salt)`. Only while the job is open: it goes when
	/// a receipt settles the job, or (through `remove_job_commitment`) when the job is final
	/// otherwise or gone, so there is at most one per open job.
	#[pallet::storage]
	pub type JobCommitments<T: Config> =
		StorageMap<_, Blake2_128Concat, JobId, JobCommitment, OptionQuery>;

	/// The verifying key each private level must be proven against, set by governance.
	#[pallet::storage]
	pub type PrivacyKeys<T: Config> =
		StorageMap<_, Twox64Concat, PrivacyKind, VerifyingKeyId, OptionQuery>;

	/// The mint rate and shares in force.
	#[pallet::storage]
	pub type MintParams<T: Config> = StorageValue<_, MintParameters<BalanceOf<T>>, ValueQuery>;

	/// What was minted and dropped, and what the accepted units say should have been minted.
	#[pallet::storage]
	pub type Ledger<T: Config> = StorageValue<_, MintLedger<BalanceOf<T>>, ValueQuery>;

	/// AIT minted in a block; an entry for an older block counts as zero.
	#[pallet::storage]
	pub type MintedInBlock<T: Config> =
		StorageValue<_, (BlockNumberFor<T>, BalanceOf<T>), OptionQuery>;

	/// AIT minted in a session; an entry for an older session counts as zero.
	#[pallet::storage]
	pub type MintedInSession<T: Config> =
		StorageValue<_, (SessionIndex, BalanceOf<T>), OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// AIT minted per accepted compute unit. Zero mints nothing until governance sets it.
		pub mint_per_unit: BalanceOf<T>,
		/// The operator's part of each unit's mint; the treasury gets the rest.
		pub coordinator_share: Permill,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(
				self.mint_per_unit <= T::MaxMintPerBlock::get(),
				"a compute unit may not mint more than a block may"
			);
			MintParams::<T>::put(MintParameters {
				mint_per_unit: self.mint_per_unit,
				coordinator_share: self.coordinator_share,
			});
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A receipt claimed its job's payment; it settles at `matures_at` unless the client
		/// accepts it sooner or disputes the job.
		ReceiptClaimed {
			/// The receipt's id, unique per operator.
			receipt_id: ReceiptId,
			/// The job claimed.
			job_id: JobId,
			/// The operator that signed the receipt and will be paid.
			operator: T::AccountId,
			/// The compute units claimed (zero for an enhanced private receipt, which hides them).
			compute_units: u64,
			/// The price claimed, in the smallest unit of the job's payment asset.
			price: BalanceOf<T>,
			/// The block at which the challenge window closes and the claim settles by itself.
			matures_at: BlockNumberFor<T>,
		},
		/// A claim was settled and its job closed: escrow paid the operator `paid` (the price,
		/// or what escrow still held, less the platform fee) and returned `refunded` to the
		/// payer. `compute_units` are the units credited (minted for, scored, reported as
		/// demand): the claimed units scaled by the part of the price paid.
		ReceiptSettled {
			/// The receipt settled.
			receipt_id: ReceiptId,
			/// The job, now `Settled`.
			job_id: JobId,
			/// The operator paid.
			operator: T::AccountId,
			/// The units credited: the claimed units scaled by the part of the price paid.
			compute_units: u64,
			/// What the operator received after the platform fee, in the smallest unit of the
			/// job's payment asset.
			paid: BalanceOf<T>,
			/// What escrow returned to the payer.
			refunded: BalanceOf<T>,
		},
		/// The job was disputed (or otherwise left `Claimed`) before its claim settled: the
		/// claim was dropped and nothing was paid through it.
		ClaimVoided {
			/// The receipt whose claim was dropped.
			receipt_id: ReceiptId,
			/// The job; its dispute (or other end) decides what is paid.
			job_id: JobId,
			/// The operator that claimed.
			operator: T::AccountId,
		},
		/// `on_initialize` could not settle a matured claim. The claim is kept; anyone may
		/// retry with `settle_claims`.
		SettlementFailed {
			/// The job whose claim is still pending.
			job_id: JobId,
			/// Why the settlement failed.
			error: DispatchError,
		},
		/// AIT was minted for verified compute.
		Minted {
			/// The account credited: the operator (coordinator share) or the treasury.
			to: T::AccountId,
			/// The AIT minted, in 10^-12 AIT.
			amount: BalanceOf<T>,
			/// Which share of the mint this is.
			share: MintShare,
		},
		/// The per-block or per-session mint cap, or the fees the settlements burned, left less
		/// room than what a batch of settlements owed `operator`: `dropped` (per share) was not
		/// minted.
		MintCapped {
			/// The operator whose settlements were minted for.
			operator: T::AccountId,
			/// The AIT not minted, per share (coordinator, treasury), in 10^-12 AIT; it is
			/// recorded in the mint ledger and never minted later.
			dropped: PerShare<BalanceOf<T>>,
		},
		/// An operator's work score grew.
		WorkRecorded {
			/// The operator.
			operator: T::AccountId,
			/// The session the work counts in.
			session: SessionIndex,
			/// The verified compute units just added.
			compute_units: u64,
			/// The operator's verified units in this session so far.
			session_work: u64,
			/// The operator's verified units since genesis.
			total_work: u64,
		},
		/// Governance changed the mint parameters.
		MintParametersSet {
			/// AIT minted per verified compute unit, in 10^-12 AIT.
			mint_per_unit: BalanceOf<T>,
			/// The part of each mint that goes to the operator.
			coordinator_share: Permill,
			/// The part of each mint that goes to the treasury (the rest).
			treasury_share: Permill,
		},
		/// Receipts claimed `RetentionPeriod` blocks ago were forgotten; their jobs stay
		/// claimed, settled or disputed in the job registry.
		ReceiptsPruned {
			/// How many receipts were forgotten.
			count: u32,
		},
		/// All work scores of a session older than `SessionsToKeep` were removed.
		SessionWorkPruned {
			/// The session whose scores were removed.
			session: SessionIndex,
		},
		/// A job's client committed to what the job computes, for a private receipt.
		JobCommitted {
			/// The job.
			job_id: JobId,
			/// `Poseidon(job_id, model_hash, input_hash, salt)`, as 32 little-endian bytes.
			commitment: [u8; 32],
			/// `Poseidon(job_id, unit_price, salt)`, needed for an enhanced receipt; with it,
			/// only an enhanced receipt can claim the job.
			rate_commitment: Option<[u8; 32]>,
		},
		/// A job's commitment was removed without a settlement (the job ended otherwise or is
		/// gone).
		JobCommitmentRemoved {
			/// The job whose commitment was removed.
			job_id: JobId,
		},
		/// Governance set (or, with `None`, withdrew) the verifying key of a private level.
		PrivacyKeySet {
			/// The privacy level: `Basic` or `Enhanced`.
			kind: PrivacyKind,
			/// The verifying key its proofs must now verify against, or `None`: no private
			/// receipt of this level is accepted.
			key: Option<VerifyingKeyId>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The job registry does not know the job.
		JobNotFound,
		/// The job has no result yet: a receipt can only claim a submitted result.
		NoResult,
		/// A receipt already claimed the job; its challenge window runs.
		JobAlreadyClaimed,
		/// The job is disputed: only the dispute's ruling can pay for it now.
		JobDisputed,
		/// The job was already settled by a receipt.
		JobAlreadySettled,
		/// The job ended otherwise (ruled, cancelled, timed out or withdrawn); its escrow is
		/// closed.
		JobClosed,
		/// The receipt's operator did not submit the job's result.
		NotResultOperator,
		/// The receipt's output hash is not the one of the job's submitted result.
		OutputMismatch,
		/// The receipt's client is not the client who called the job.
		ClientMismatch,
		/// The operator already claimed with this receipt id.
		ReceiptAlreadyClaimed,
		/// The receipt claims no compute units.
		ZeroUnits,
		/// The receipt claims more compute units than the job allows.
		TooManyUnits,
		/// The receipt claims a price of zero, which would mint AIT for unpaid work.
		ZeroPrice,
		/// The receipt's price is above what the client agreed to pay for the job.
		PriceAboveCap,
		/// The job has no open escrow.
		EscrowNotFound,
		/// The job's escrow is frozen by a dispute.
		EscrowFrozen,
		/// The job's escrow holds less than the receipt's price.
		EscrowInsufficient,
		/// The signature is not the operator's over this receipt on this chain.
		BadSignature,
		/// The acceptance is not the client's counter-signature over this receipt on this chain.
		BadAcceptance,
		/// This block already claimed `MaxReceiptsPerBlock` receipts; submit in a later block.
		TooManyReceiptsInBlock,
		/// A counter or an amount would overflow.
		Overflow,
		/// Only the job's client may do this.
		NotJobClient,
		/// The job has no pending claim (none was made, or it was settled or voided).
		NoClaim,
		/// The claim's challenge window has not closed yet; only the client may accept it now.
		ClaimNotMatured,
		/// The job is no longer waiting for its result: its commitment can no longer be set.
		JobNotCalled,
		/// The job already has a commitment.
		CommitmentAlreadySet,
		/// A private receipt needs the client's job commitment, and there is none.
		NoJobCommitment,
		/// The job is still open: its commitment stays until it settles or ends otherwise.
		JobStillOpen,
		/// Governance approved no key for this privacy level, or another one.
		UnapprovedKey,
		/// An enhanced receipt hides its units: they must be zero.
		UnitsNotHidden,
		/// A private job publishes its commitment and nothing else: the commitment must be the
		/// input hash the job was called with.
		CommitmentNotPublished,
		/// An enhanced receipt needs the client's commitment to the unit price, and there is
		/// none.
		NoRateCommitment,
		/// The client committed to a unit price: only an enhanced receipt, paid the proven
		/// units at that price, can claim the job.
		RateCommitted,
		/// A compute unit would mint more than a whole block may (`MaxMintPerBlock`); such a
		/// rate would also overflow the mint ledger.
		MintRateAboveBlockCap,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::settle_matured(now).saturating_add(Self::on_initialize_prune(now))
		}

		fn integrity_test() {
			assert!(
				T::MaxReceiptsPerBlock::get() > 0,
				"a block must accept receipts"
			);
			assert!(
				T::MaxSettlementsProcessedPerBlock::get() > 0,
				"matured claims must settle"
			);
			assert!(T::MaxBatch::get() > 0, "a batch must hold a job");
			assert!(
				!T::ChallengeWindow::get().is_zero(),
				"a claim must be open to dispute for at least one block"
			);
			assert!(
				T::RetentionPeriod::get() > T::ChallengeWindow::get(),
				"receipts must be remembered until their claims mature"
			);
			assert!(
				T::SessionsToKeep::get() > 0,
				"the current session's work must be kept"
			);
			assert!(
				T::SessionPruneLimit::get() > 0,
				"old work scores must be prunable"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submit an operator's signed compute receipt, to claim the job's payment (see the
		/// crate docs for the checks). The claim settles when the challenge window closes, when
		/// the client accepts it, or, if `acceptance` is the client's counter-signature over
		/// the receipt, in this call.
		///
		/// Any signed account may submit: the signatures authenticate the receipt. A private
		/// `privacy` level carries a Groth16 proof (see [`PrivacyLevel`]); its weight adds
		/// `T::Proofs::verify_weight` for the level's inputs.
		#[pallet::call_index(0)]
		#[pallet::weight(
			Pallet::<T>::submit_weight(acceptance.is_some())
				.saturating_add(Pallet::<T>::proof_weight(privacy))
		)]
		pub fn submit_receipt(
			origin: OriginFor<T>,
			receipt: Box<ReceiptOf<T>>,
			privacy: PrivacyLevel,
			acceptance: Option<T::Signature>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let plan = Self::validate_receipt(&receipt, &privacy, acceptance.as_ref())?;
			Self::verify_private(&receipt.body, &privacy)?;
			let body = receipt.body;
			let job_id = body.job_id;
			let claim = Self::claim(body, plan, acceptance.is_none())?;
			if acceptance.is_some() {
				Self::settle_alone(job_id, claim)?;
			}
			Ok(())
		}

		/// Set the AIT minted per compute unit and the coordinator's share of it (the treasury
		/// gets the rest). Only `GovernanceOrigin`; the rate is at most `MaxMintPerBlock`.
		/// Claims settled so far keep the rate they were settled under.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_mint_parameters())]
		pub fn set_mint_parameters(
			origin: OriginFor<T>,
			mint_per_unit: BalanceOf<T>,
			coordinator_share: Permill,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(
				mint_per_unit <= T::MaxMintPerBlock::get(),
				Error::<T>::MintRateAboveBlockCap
			);
			let params = MintParameters {
				mint_per_unit,
				coordinator_share,
			};
			Self::change_mint_parameters(params)?;
			Self::deposit_event(Event::MintParametersSet {
				mint_per_unit,
				coordinator_share,
				treasury_share: params.treasury_share(),
			});
			Ok(())
		}

		/// Commit to what a job computes while it waits for its result, so its operator can
		/// claim it with a private receipt: `commitment = Poseidon(job_id, model_hash,
		/// input_hash, salt)` as 32 little-endian bytes, which must be the input hash the job
		/// was called with. For an enhanced receipt also `rate_commitment = Poseidon(job_id,
		/// unit_price, salt)`. Only the job's client, once.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commit_job())]
		pub fn commit_job(
			origin: OriginFor<T>,
			job_id: JobId,
			commitment: [u8; 32],
			rate_commitment: Option<[u8; 32]>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let job = T::Jobs::job(job_id).ok_or(Error::<T>::JobNotFound)?;
			ensure!(job.client == who, Error::<T>::NotJobClient);
			ensure!(job.status == JobStatus::Called, Error::<T>::JobNotCalled);
			// Else the call would have published the input's hash beside the commitment, and
			// a guessable input would be found by hashing guesses.
			ensure!(
				job.input_hash.as_fixed_bytes() == &commitment,
				Error::<T>::CommitmentNotPublished
			);
			ensure!(
				!JobCommitments::<T>::contains_key(job_id),
				Error::<T>::CommitmentAlreadySet
			);
			JobCommitments::<T>::insert(
				job_id,
				JobCommitment {
					job: commitment,
					rate: rate_commitment,
				},
			);
			Self::deposit_event(Event::JobCommitted {
				job_id,
				commitment,
				rate_commitment,
			});
			Ok(())
		}

		/// Remove the commitment of a job that is final (ended other than by settling, which
		/// removes it) or gone. Anyone may.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_job_commitment())]
		pub fn remove_job_commitment(origin: OriginFor<T>, job_id: JobId) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(
				JobCommitments::<T>::contains_key(job_id),
				Error::<T>::NoJobCommitment
			);
			let open = T::Jobs::job(job_id).is_some_and(|job| !job.status.is_final());
			ensure!(!open, Error::<T>::JobStillOpen);
			JobCommitments::<T>::remove(job_id);
			Self::deposit_event(Event::JobCommitmentRemoved { job_id });
			Ok(())
		}

		/// Set the verifying key (registered in `T::Proofs` for `KeyConsumer::Receipts`, with
		/// the level's number of public inputs) that a private level's receipts must be proven
		/// against, or withdraw it with `None`. The key is pinned while approved. Only
		/// `GovernanceOrigin`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_privacy_key()
			.saturating_add(T::Proofs::pin_weight().saturating_mul(2)))]
		pub fn set_privacy_key(
			origin: OriginFor<T>,
			kind: PrivacyKind,
			key: Option<VerifyingKeyId>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			if let Some(new) = &key {
				T::Proofs::pin_key(KeyConsumer::Receipts, new, Some(kind.public_inputs()))?;
			}
			if let Some(old) = PrivacyKeys::<T>::get(kind) {
				T::Proofs::unpin_key(&old);
			}
			PrivacyKeys::<T>::set(kind, key);
			Self::deposit_event(Event::PrivacyKeySet { kind, key });
			Ok(())
		}

		/// Accept the claim on a job now, without waiting for the challenge window: it settles
		/// in this call. Only the job's client. A claim whose job was disputed meanwhile is
		/// voided instead.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::accept().saturating_add(
			<T::OnSettled as aitbc_primitives::settlement::OnJobSettled<_, _, _>>::weight()
		))]
		pub fn accept(origin: OriginFor<T>, job_id: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut tally = WorkTally::new();
			Self::accept_claim(&who, job_id, &mut tally)?;
			tally.apply()
		}

		/// [`Pallet::accept`] for several jobs of the caller at once; all or nothing, except that
		/// a job of the caller already settled (by the hook, or another call, since the batch
		/// was signed) is skipped: the caller got what it asked for.
		#[pallet::call_index(6)]
		///
		/// Charged as if every job had its own operator; what is not used (jobs of the same
		/// operator are minted and scored together) is refunded.
		#[pallet::weight(Pallet::<T>::batch_weight(
			T::WeightInfo::accept_many,
			job_ids.len() as u32,
			None
		))]
		pub fn accept_many(
			origin: OriginFor<T>,
			job_ids: BoundedVec<JobId, T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let n = job_ids.len() as u32;
			let mut tally = WorkTally::new();
			for job_id in job_ids {
				if Self::settled_meanwhile(job_id, Some(&who)) {
					continue;
				}
				Self::accept_claim(&who, job_id, &mut tally)?;
			}
			let weight = Self::batch_weight(T::WeightInfo::accept_many, n, Some(&tally));
			tally.apply()?;
			Ok(Some(weight).into())
		}

		/// Settle claims whose challenge window closed (which `on_initialize` would settle
		/// when it gets to them, or could not). Anyone may; all or nothing, except that jobs
		/// already settled are skipped.
		#[pallet::call_index(7)]
		///
		/// Charged like [`Pallet::accept_many`], with the same refund.
		#[pallet::weight(Pallet::<T>::batch_weight(
			T::WeightInfo::settle_claims,
			job_ids.len() as u32,
			None
		))]
		pub fn settle_claims(
			origin: OriginFor<T>,
			job_ids: BoundedVec<JobId, T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let n = job_ids.len() as u32;
			let mut tally = WorkTally::new();
			for job_id in job_ids {
				if Self::settled_meanwhile(job_id, None) {
					continue;
				}
				Self::settle_matured_claim(job_id, &mut tally)?;
			}
			let weight = Self::batch_weight(T::WeightInfo::settle_claims, n, Some(&tally));
			tally.apply()?;
			Ok(Some(weight).into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The status of `operator`'s receipt `receipt_id`, for the runtime API.
		pub fn receipt_status(
			operator: &T::AccountId,
			receipt_id: ReceiptId,
		) -> ReceiptStatus<BlockNumberFor<T>> {
			ClaimedReceipts::<T>::get(operator, receipt_id)
				.map_or(ReceiptStatus::Unknown, ReceiptStatus::Claimed)
		}

		/// An operator's work in the current session and since genesis, for the runtime API.
		pub fn work_score(who: &T::AccountId) -> WorkScoreInfo {
			let session = T::CurrentSession::get();
			WorkScoreInfo {
				session,
				session_work: SessionWork::<T>::get(session, who),
				total_work: TotalWork::<T>::get(who),
			}
		}
	}

	impl<T: Config> aitbc_primitives::traits::WorkScore<T::AccountId> for Pallet<T> {
		fn session_work(session: SessionIndex, who: &T::AccountId) -> u64 {
			SessionWork::<T>::get(session, who)
		}

		fn total_work(who: &T::AccountId) -> u64 {
			TotalWork::<T>::get(who)
		}
	}
}
