//! # Receipts pallet
//!
//! Compute receipts: the only way new AIT comes into existence on AITBC ("asset-backed by
//! compute"). An operator that ran a job signs a [`ComputeReceipt`] over the job, the client, the
//! compute units, the price and the output hash; anyone submits it with
//! [`Pallet::submit_receipt`]. If every check passes, in this order, each with its own error:
//!
//! 1. the job exists in the job registry (`T::Jobs`), this operator serves it and the client is
//!    the job's client; the job was not settled or cancelled;
//! 2. the receipt id was never claimed (within the retention period, see below);
//! 3. `0 < compute units <= the job's max units`, `0 < price <= the job's price cap`;
//! 4. the job's escrow (`T::Escrow`) is open, not frozen, and holds at least the price;
//! 5. the operator's signature verifies over the domain-separated payload that includes this
//!    chain's genesis hash (sr25519, ed25519 or ecdsa through `T::Signature`);
//! 6. the AIT it mints stays within the per-block and per-session mint caps;
//!
//! then escrow pays the operator the price, the job registry marks the job settled, AIT is minted
//! at the governance-set rate (a coordinator share to the operator, a treasury share to
//! `T::TreasuryAccount`), the operator's work score for the current session grows, pricing
//! learns the demand and staking learns the verified work. A failed submission changes nothing.
//!
//! ## Private receipts
//! A receipt may be settled at privacy level `Basic` (the computation is hidden) or `Enhanced`
//! (the amounts too) with a Groth16 proof from the circuits in `zk/circuits`, verified by
//! `T::Proofs` (`pallet-zk-verifier`, which also records the proof's nullifier). The client
//! first publishes a commitment to what the job computes with [`Pallet::commit_job`];
//! governance approves one verifying key per level with [`Pallet::set_privacy_key`]. Every public
//! input is derived on-chain from the job, the receipt and that commitment (see
//! [`PrivacyLevel`]), so a proof cannot be reused for another job or other amounts. All checks
//! above still apply; an enhanced receipt's units and price are zero (hidden), it is paid what
//! the job's escrow holds, and it mints nothing, since the chain cannot count hidden units.
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
//! ## Bounded memory of claims
//! A receipt id and its job are remembered in [`ClaimedReceipts`] and [`SettledJobs`] for
//! `T::RetentionPeriod` blocks, then `on_initialize` forgets them through [`PruneQueue`] (at
//! most `T::MaxReceiptsPerBlock` per block, the most a block can accept). Forgetting is safe
//! because a settled job stays settled in the job registry (or disappears from it): a replayed
//! receipt, or a fresh receipt for the same job, fails with `JobAlreadySettled` or
//! `JobNotFound`. The job registry must therefore never report a settled job as payable again
//! and never reuse a job id. Per-session work scores are kept for `T::SessionsToKeep` sessions.
//!
//! ## Mint accounting
//! [`MintLedger`] counts the units accepted under the parameters in force and folds them into a
//! closed total whenever governance changes the parameters, so `try_state` checks that what was
//! minted equals the accepted units times the rate in force, per share.
//!
//! ## Modules
//! - [`types`]: stored and returned types, [`PrivacyLevel`], the benchmark helper.
//! - `settlement`: the checks and effects of `submit_receipt`.
//! - `minting`: mint parameters, caps and the ledger.
//! - `pruning`: the hooks' bounded cleanup.
//! - [`runtime_api`]: `ReceiptsApi` for receipt status and work scores.
//! - [`weights`]: weights (estimates until benchmarked in the runtime).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(any(feature = "try-runtime", test))]
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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use aitbc_primitives::{
		traits::{
			EscrowLedger, JobRegistry, JobStatus, OnVerifiedWork, PriceOracle, ProofVerifier,
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

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// AIT: paid out by escrow and minted for verified compute.
		type Currency: fungible::Mutate<Self::AccountId>;

		/// The asset id of `pallet-assets`, in which a client may pay for a job.
		type AssetId: Parameter;

		/// The signature an operator puts on a receipt (`sp_runtime::MultiSignature` in the
		/// runtime); its signer must map to the operator's account.
		type Signature: Verify<Signer: IdentifyAccount<AccountId = Self::AccountId>>
			+ Parameter
			+ MaxEncodedLen;

		/// Jobs and the operators that serve them (`pallet-services`).
		type Jobs: JobRegistry<Self::AccountId, BalanceOf<Self>, Self::AssetId>;

		/// The escrow that holds each job's payment (`pallet-escrow`).
		type Escrow: EscrowLedger<Self::AccountId, BalanceOf<Self>, Self::AssetId>;

		/// Told about the demand that accepted receipts represent (`pallet-pricing`).
		type Pricing: PriceOracle<Self::AccountId, BalanceOf<Self>>;

		/// Told about verified work, which staking turns into reward points.
		type OnWork: OnVerifiedWork<Self::AccountId>;

		/// Verifies the Groth16 proofs of private receipts and records their nullifiers
		/// (`pallet-zk-verifier`).
		type Proofs: ProofVerifier;

		/// May change the mint parameters: the council or root.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The session now in progress, for work scores and the per-session mint cap.
		type CurrentSession: Get<SessionIndex>;

		/// Receives the treasury share of every mint. Must exist (hold the existential
		/// deposit) if a treasury share can be smaller than the existential deposit.
		type TreasuryAccount: Get<Self::AccountId>;

		/// How long an accepted receipt and its job are remembered, in blocks.
		#[pallet::constant]
		type RetentionPeriod: Get<BlockNumberFor<Self>>;

		/// The most receipts one block may accept (bounds the prune queue of a block).
		#[pallet::constant]
		type MaxReceiptsPerBlock: Get<u32>;

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

		/// Creates jobs and escrows for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, BalanceOf<Self>>;
	}

	/// Accepted receipts, until they are pruned `RetentionPeriod` blocks after acceptance.
	#[pallet::storage]
	pub type ClaimedReceipts<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		ReceiptId,
		ClaimedReceipt<T::AccountId, BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Jobs settled by a receipt, until that receipt is pruned.
	#[pallet::storage]
	pub type SettledJobs<T: Config> =
		StorageMap<_, Blake2_128Concat, JobId, JobSettlement<BlockNumberFor<T>>, OptionQuery>;

	/// Receipts to forget, by the block whose `on_initialize` forgets them.
	#[pallet::storage]
	pub type PruneQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(ReceiptId, JobId), T::MaxReceiptsPerBlock>,
		ValueQuery,
	>;

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
	/// a receipt settles the job, or (through `remove_job_commitment`) when the job was
	/// cancelled or is gone, so there is at most one per open job.
	#[pallet::storage]
	pub type JobCommitments<T: Config> =
		StorageMap<_, Blake2_128Concat, JobId, [u8; 32], OptionQuery>;

	/// The verifying key each private level must be proven against, set by governance.
	#[pallet::storage]
	pub type PrivacyKeys<T: Config> =
		StorageMap<_, Twox64Concat, PrivacyKind, VerifyingKeyId, OptionQuery>;

	/// The mint rate and shares in force.
	#[pallet::storage]
	pub type MintParams<T: Config> = StorageValue<_, MintParameters<BalanceOf<T>>, ValueQuery>;

	/// What was minted, and what the accepted units say should have been.
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
			MintParams::<T>::put(MintParameters {
				mint_per_unit: self.mint_per_unit,
				coordinator_share: self.coordinator_share,
			});
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A receipt was accepted and its job settled; escrow paid the operator `paid` (the
		/// price less any escrow fee).
		ReceiptAccepted {
			receipt_id: ReceiptId,
			job_id: JobId,
			client: T::AccountId,
			operator: T::AccountId,
			compute_units: u64,
			price: BalanceOf<T>,
			paid: BalanceOf<T>,
		},
		/// AIT was minted for verified compute.
		Minted {
			to: T::AccountId,
			amount: BalanceOf<T>,
			share: MintShare,
		},
		/// An operator's work score grew.
		WorkRecorded {
			operator: T::AccountId,
			session: SessionIndex,
			compute_units: u64,
			session_work: u64,
			total_work: u64,
		},
		/// Governance changed the mint parameters.
		MintParametersSet {
			mint_per_unit: BalanceOf<T>,
			coordinator_share: Permill,
			treasury_share: Permill,
		},
		/// Receipts accepted `RetentionPeriod` blocks ago were forgotten; their jobs stay
		/// settled in the job registry.
		ReceiptsPruned { count: u32 },
		/// All work scores of a session older than `SessionsToKeep` were removed.
		SessionWorkPruned { session: SessionIndex },
		/// A job's client committed to what the job computes, for a private receipt.
		JobCommitted { job_id: JobId, commitment: [u8; 32] },
		/// A job's commitment was removed without a receipt (the job was cancelled or is gone).
		JobCommitmentRemoved { job_id: JobId },
		/// Governance set (or, with `None`, withdrew) the verifying key of a private level.
		PrivacyKeySet {
			kind: PrivacyKind,
			key: Option<VerifyingKeyId>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The job registry does not know the receipt's job.
		JobNotFound,
		/// The receipt's operator is not an operator of the job's service.
		NotJobOperator,
		/// The receipt's client is not the client who called the job.
		ClientMismatch,
		/// The job was already settled by a receipt.
		JobAlreadySettled,
		/// The job was cancelled and its payment refunded.
		JobCancelled,
		/// A receipt with this id was already accepted.
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
		/// Accepting the receipt would mint more than `MaxMintPerBlock` in this block.
		BlockMintCapExceeded,
		/// Accepting the receipt would mint more than `MaxMintPerSession` in this session.
		SessionMintCapExceeded,
		/// This block already accepted `MaxReceiptsPerBlock` receipts; submit in a later block.
		TooManyReceiptsInBlock,
		/// A counter or an amount would overflow.
		Overflow,
		/// Only the job's client may commit to it.
		NotJobClient,
		/// The job is not pending: its commitment can no longer be set.
		JobNotPending,
		/// The job already has a commitment.
		CommitmentAlreadySet,
		/// A private receipt needs the client's job commitment, and there is none.
		NoJobCommitment,
		/// The job is still pending: its commitment stays until a receipt settles it.
		JobStillPending,
		/// Governance approved no key for this privacy level, or another one.
		UnapprovedKey,
		/// An enhanced receipt hides its amounts: its units and price must be zero.
		AmountsNotHidden,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::on_initialize_prune(now)
		}

		fn integrity_test() {
			assert!(
				T::MaxReceiptsPerBlock::get() > 0,
				"a block must accept receipts"
			);
			assert!(
				!T::RetentionPeriod::get().is_zero(),
				"receipts must be remembered for at least one block"
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
		/// Submit an operator's signed compute receipt, to pay the operator from the job's
		/// escrow and mint AIT for the compute units.
		///
		/// Any signed account may submit: the operator's signature authenticates the receipt.
		/// A private `privacy` level carries a Groth16 proof (see [`PrivacyLevel`]); its weight
		/// adds `T::Proofs::verify_weight` for the level's inputs.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit_receipt().saturating_add(Pallet::<T>::proof_weight(privacy)))]
		pub fn submit_receipt(
			origin: OriginFor<T>,
			receipt: Box<ReceiptOf<T>>,
			privacy: PrivacyLevel,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let settlement = Self::validate_receipt(&receipt, &privacy)?;
			let body = Self::verify_private(receipt.body, &privacy)?;
			Self::settle(body, settlement)
		}

		/// Set the AIT minted per compute unit and the coordinator's share of it (the treasury
		/// gets the rest). Only `GovernanceOrigin`. Receipts accepted so far keep the rate they
		/// were accepted under.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_mint_parameters())]
		pub fn set_mint_parameters(
			origin: OriginFor<T>,
			mint_per_unit: BalanceOf<T>,
			coordinator_share: Permill,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
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

		/// Commit to what a pending job computes, so its operators can settle it with a
		/// private receipt: `commitment = Poseidon(job_id, model_hash, input_hash, salt)` as 32
		/// little-endian bytes. Only the job's client, once.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commit_job())]
		pub fn commit_job(
			origin: OriginFor<T>,
			job_id: JobId,
			commitment: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let job = T::Jobs::job(job_id).ok_or(Error::<T>::JobNotFound)?;
			ensure!(job.client == who, Error::<T>::NotJobClient);
			ensure!(job.status == JobStatus::Pending, Error::<T>::JobNotPending);
			ensure!(
				!JobCommitments::<T>::contains_key(job_id),
				Error::<T>::CommitmentAlreadySet
			);
			JobCommitments::<T>::insert(job_id, commitment);
			Self::deposit_event(Event::JobCommitted { job_id, commitment });
			Ok(())
		}

		/// Remove the commitment of a job that was cancelled or is gone. Anyone may.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_job_commitment())]
		pub fn remove_job_commitment(origin: OriginFor<T>, job_id: JobId) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(
				JobCommitments::<T>::contains_key(job_id),
				Error::<T>::NoJobCommitment
			);
			let open = T::Jobs::job(job_id).is_some_and(|job| {
				matches!(job.status, JobStatus::Pending | JobStatus::ResultSubmitted)
			});
			ensure!(!open, Error::<T>::JobStillPending);
			JobCommitments::<T>::remove(job_id);
			Self::deposit_event(Event::JobCommitmentRemoved { job_id });
			Ok(())
		}

		/// Set the verifying key (registered in `T::Proofs`) that a private level's receipts
		/// must be proven against, or withdraw it with `None`. Only `GovernanceOrigin`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_privacy_key())]
		pub fn set_privacy_key(
			origin: OriginFor<T>,
			kind: PrivacyKind,
			key: Option<VerifyingKeyId>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			PrivacyKeys::<T>::set(kind, key);
			Self::deposit_event(Event::PrivacyKeySet { kind, key });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The status of a receipt, for the runtime API.
		pub fn receipt_status(
			receipt_id: ReceiptId,
		) -> ReceiptStatus<T::AccountId, BlockNumberFor<T>> {
			ClaimedReceipts::<T>::get(receipt_id)
				.map_or(ReceiptStatus::Unknown, ReceiptStatus::Accepted)
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
