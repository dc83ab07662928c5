//! # Escrow pallet
//!
//! Holds a client's payment until the work is proven, and gives a disagreement a bounded path
//! to an on-chain decision.
//!
//! ## Two kinds of escrow, one engine
//!
//! - **General escrows** are created with [`Pallet::create`] for a beneficiary, with an optional
//!   time lock (`release_after`), an optional `deadline` and a [`ReleaseCondition`]: a settled
//!   job, a verified zero-knowledge proof, or M of N named signatories.
//! - **Job escrows** are opened by other pallets (services, receipts, disputes) through
//!   [`aitbc_primitives::traits::EscrowLedger`], keyed by `JobId`. Only that trait moves them
//!   (and governance in an emergency). A job's normal end is one `EscrowLedger::settle`: the
//!   operator gets the price (less the fee) and the payer the rest, in one step. The caller
//!   moves the job's status through `JobRegistry::close_job` in the same storage transaction;
//!   the one job transition this pallet makes itself is an emergency withdrawal, which closes
//!   the job as `Withdrawn`.
//!
//! Both kinds get an [`EscrowId`] from one counter and live in [`Escrows`]; the engine in
//! `engine.rs` releases, refunds, freezes, splits and closes them alike.
//!
//! ## Where the money is
//!
//! - AIT stays in the depositor's account, on hold under [`HoldReason::Escrow`]; payouts move it
//!   with `transfer_on_hold`, refunds release the hold.
//! - Assets of `pallet-assets` move into a pot of their own, [`Pallet::pot_of`] (a sub-account
//!   of [`Config::PalletId`] per asset), which the pallet keeps alive with a provider
//!   reference. Every open asset escrow holds at least the asset's minimum balance and payouts
//!   are ordered so a pot never falls into dust (see `funds.rs`).
//! - Only assets in [`EscrowAssets`], listed by [`Config::GovernanceOrigin`] with
//!   [`Pallet::set_escrow_asset`], may be escrowed. An asset's admin can `force_transfer` or
//!   `burn` from any account of its asset, and its freezer freeze one: escrowed in an asset
//!   anyone created, a client's payment could be taken from the pot before the operator is
//!   paid. Governance lists only assets whose owner, admin, issuer and freezer are root or
//!   otherwise trusted (for example assets created with `force_create` owned by the
//!   treasury), and unlists an asset before it is destroyed, since its id is free to re-create
//!   afterwards. Delisting stops new escrows only; open ones still pay out and refund. One pot
//!   per asset means that junk assets, even listed ones, fill only their own pots' consumer
//!   references, and an admin that turns bad reaches only escrows in its own asset.
//!
//! ## Fees, expiry, disputes
//!
//! - A [`PlatformFee`] set by [`Config::GovernanceOrigin`] is taken from every payment to a
//!   beneficiary (release, settle and the payee's part of a split). A fee in AIT is burned:
//!   the receipts pallet mints for a job at most the fee its settlement burned, so paying
//!   oneself for made-up work cannot print AIT (`docs/economics.md`). A fee in an asset goes to
//!   [`Config::TreasuryAccount`].
//! - An escrow with a deadline is queued in [`ExpiryQueue`] (an
//!   [`aitbc_primitives::block_queue::BlockQueue`]) under its deadline block; the
//!   `on_initialize` hook refunds due escrows, at most [`Config::MaxExpiriesProcessedPerBlock`]
//!   per block, carrying leftovers over through [`NextExpiryBlock`]. A frozen escrow is
//!   skipped; if it is unfrozen after its deadline it is refunded right then.
//! - [`Config::DisputeOrigin`] freezes, unfreezes and splits general escrows; a job's escrow
//!   is frozen, unfrozen and split by its dispute alone, through the `EscrowLedger` trait.
//!   [`Config::GovernanceOrigin`] may order an emergency withdrawal of any escrow.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod assets;
mod engine;
mod expiry;
mod funds;
mod ledger;
pub mod types;
pub mod weights;

#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use aitbc_primitives::{EscrowId, JobId, PaymentAsset, VerifyingKeyId};
pub use types::*;
pub use weights::WeightInfo;

/// Escrows by their deadline block: [`Expiries`] and [`NextExpiryBlock`].
pub type ExpiryQueue<T> = aitbc_primitives::block_queue::BlockQueue<
	Expiries<T>,
	NextExpiryBlock<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	EscrowId,
	<T as Config>::MaxExpiriesPerBlock,
>;

/// What the runtime provides so benchmarks can set up their worst case.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AssetId> {
	/// An asset that benchmark accounts can be minted, with a minimum balance of at most
	/// 1_000 units. Called many times: create it on the first call only.
	fn create_asset() -> AssetId;
	/// A verifying key, a proof and public inputs that `Config::Proofs` accepts (once).
	fn valid_proof() -> (
		VerifyingKeyId,
		alloc::vec::Vec<u8>,
		alloc::vec::Vec<[u8; 32]>,
	);
}

/// Holds a payment, in AIT or a listed asset, until the work is proven, then releases,
/// refunds or splits it.
///
/// General escrows are created by users with a time lock, a deadline and a release condition
/// (a settled job, a zero-knowledge proof or M of N signatures); job escrows are opened by the
/// Services, Receipts and Disputes pallets. Amounts are in the smallest unit of the escrow's
/// asset (for AIT, 10^-12 AIT); block numbers are absolute.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use aitbc_primitives::traits::{JobRegistry, ProofVerifier};
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, fungibles, tokens::Balance as BalanceTrait},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::StaticLookup, Perbill};

	pub(crate) type AccountIdLookupOf<T> =
		<<T as frame_system::Config>::Lookup as StaticLookup>::Source;

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// One balance type for AIT and assets.
		type Balance: BalanceTrait;

		/// AIT: escrowed with holds.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Self::Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The id of an asset of `Assets`.
		type AssetId: Parameter + Member + MaxEncodedLen + Copy;

		/// Assets a client may pay in, if governance listed them in [`EscrowAssets`]; escrowed in
		/// a pot per asset ([`Pallet::pot_of`]).
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = Self::AssetId, Balance = Self::Balance>
			+ fungibles::Mutate<Self::AccountId>;

		/// Jobs: read for [`ReleaseCondition::JobSettled`], closed as `Withdrawn` by an
		/// emergency withdrawal of their escrow.
		type Jobs: JobRegistry<Self::AccountId, Self::Balance, Self::AssetId>;

		/// Zero-knowledge proofs, for [`ReleaseCondition::ZkProof`].
		type Proofs: ProofVerifier;

		/// Sets the platform fee, lists escrow assets and orders emergency withdrawals (council
		/// or root).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Freezes, unfreezes and splits general escrows (the disputes pallet's origin, or
		/// governance).
		type DisputeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives the platform fee.
		type TreasuryAccount: Get<Self::AccountId>;

		/// Derives the pots that keep escrowed assets, one sub-account per asset. The account id
		/// must have room for "modl", the 8-byte id and the encoded asset id, or pots collide.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The highest platform fee governance may set.
		#[pallet::constant]
		type MaxPlatformFee: Get<Perbill>;

		/// The most signatories of a multi-signature condition.
		#[pallet::constant]
		type MaxSignatories: Get<u32>;

		/// The most escrows that may expire at one block: the capacity of a block's bucket in
		/// [`Expiries`]. An escrow whose deadline block is full is refused
		/// (`ExpiryQueueFull`); another deadline finds room.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// The most expired escrows the hook refunds in one block (its budget, at least 1); the
		/// rest wait, in order, for the next block.
		#[pallet::constant]
		type MaxExpiriesProcessedPerBlock: Get<u32>;

		/// The longest zero-knowledge proof accepted, in bytes.
		#[pallet::constant]
		type MaxProofLen: Get<u32>;

		/// The most public inputs of a zero-knowledge proof.
		#[pallet::constant]
		type MaxPublicInputs: Get<u32>;

		/// The most assets [`EscrowAssets`] may list.
		#[pallet::constant]
		type MaxEscrowAssets: Get<u32>;

		type WeightInfo: WeightInfo;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AssetId>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// AIT held in an escrow.
		#[codec(index = 0)]
		Escrow,
	}

	/// The id the next escrow gets.
	#[pallet::storage]
	pub type NextEscrowId<T> = StorageValue<_, EscrowId, ValueQuery>;

	/// Open escrows of both kinds.
	#[pallet::storage]
	pub type Escrows<T: Config> = StorageMap<_, Twox64Concat, EscrowId, EscrowInfo<T>>;

	/// The escrow that pays for a job.
	#[pallet::storage]
	pub type JobEscrows<T> = StorageMap<_, Twox64Concat, JobId, EscrowId>;

	/// Signatories that approved a multi-signature escrow.
	#[pallet::storage]
	pub type Approvals<T: Config> = StorageMap<
		_,
		Twox64Concat,
		EscrowId,
		BoundedVec<T::AccountId, T::MaxSignatories>,
		ValueQuery,
	>;

	/// The buckets of [`ExpiryQueue`]: the open escrows whose deadline is the key block (at
	/// most `MaxExpiriesPerBlock`), in the order they were created. An escrow leaves its bucket
	/// when it closes or the hook reaches it.
	#[pallet::storage]
	pub type Expiries<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<EscrowId, T::MaxExpiriesPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`ExpiryQueue`]: the first block whose expiries are not all processed
	/// yet. `None` until the hook first runs, so a pallet added to a running chain does not
	/// scan from genesis.
	#[pallet::storage]
	pub type NextExpiryBlock<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The share of every payment to a beneficiary taken as a fee: burned when paid in AIT, to
	/// the treasury when paid in an asset.
	#[pallet::storage]
	pub type PlatformFee<T> = StorageValue<_, Perbill, ValueQuery>;

	/// The assets that may be escrowed, listed by governance (at most `MaxEscrowAssets`). Only
	/// an asset whose admin cannot take from the pot behind governance's back belongs here.
	#[pallet::storage]
	pub type EscrowAssets<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AssetId, (), OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A general escrow was created.
		Created {
			/// The new escrow's id.
			escrow_id: EscrowId,
			/// The account that pays; its AIT is held, or its asset moved to the asset's pot.
			depositor: T::AccountId,
			/// The account a release pays.
			beneficiary: T::AccountId,
			/// AIT or the id of a listed asset.
			asset: PaymentAsset<T::AssetId>,
			/// The amount held, in the smallest unit of `asset`.
			amount: T::Balance,
			/// The block before which nothing can be released, if there is a time lock.
			release_after: Option<BlockNumberFor<T>>,
			/// The block from which anyone may refund, and the escrow is refunded automatically.
			deadline: Option<BlockNumberFor<T>>,
		},
		/// Another pallet locked a job's payment.
		JobLocked {
			/// The job the payment is for.
			job_id: JobId,
			/// The escrow that holds it.
			escrow_id: EscrowId,
			/// The account that pays (the job's client).
			payer: T::AccountId,
			/// AIT or the id of a listed asset.
			asset: PaymentAsset<T::AssetId>,
			/// The amount held, in the smallest unit of `asset`.
			amount: T::Balance,
		},
		/// `amount` left the escrow: `amount - fee` to `to`, `fee` burned (AIT) or to the
		/// treasury (an asset).
		Released {
			/// The escrow released from; it closes once nothing is held.
			escrow_id: EscrowId,
			/// The beneficiary paid.
			to: T::AccountId,
			/// What left the escrow, the fee included, in the smallest unit of its asset.
			amount: T::Balance,
			/// The platform fee taken from `amount`.
			fee: T::Balance,
		},
		/// Everything still held went back to the depositor.
		Refunded {
			/// The escrow refunded and closed.
			escrow_id: EscrowId,
			/// The depositor.
			to: T::AccountId,
			/// What went back, in the smallest unit of the escrow's asset.
			amount: T::Balance,
		},
		/// An escrow whose deadline passed was refunded automatically (by the hook, or when it
		/// was unfrozen after its deadline).
		Expired {
			/// The escrow refunded and closed.
			escrow_id: EscrowId,
			/// The depositor.
			to: T::AccountId,
			/// What went back, in the smallest unit of the escrow's asset.
			amount: T::Balance,
		},
		/// The automatic refund of an expired escrow failed; it stays open and anyone may refund
		/// it with `refund`.
		AutoRefundFailed {
			/// The escrow still open.
			escrow_id: EscrowId,
			/// Why the refund failed.
			error: DispatchError,
		},
		/// The hook reached a frozen escrow's deadline and left it alone; it is refunded when
		/// unfrozen.
		ExpirySkipped {
			/// The frozen escrow.
			escrow_id: EscrowId,
		},
		/// A dispute froze the escrow.
		Frozen {
			/// The escrow frozen; it neither releases, refunds nor expires until unfrozen.
			escrow_id: EscrowId,
		},
		/// The escrow may move again.
		Unfrozen {
			/// The escrow unfrozen.
			escrow_id: EscrowId,
		},
		/// A job was settled in one step: `to_payee` to the payee, `fee` burned (AIT) or to the
		/// treasury (an asset), and `to_depositor` back to the depositor; the escrow is closed.
		Settled {
			/// The escrow settled and closed.
			escrow_id: EscrowId,
			/// The account paid (the job's operator).
			payee: T::AccountId,
			/// What the payee received, after the fee, in the smallest unit of the escrow's asset.
			to_payee: T::Balance,
			/// The platform fee: burned if in AIT, to the treasury if in an asset.
			fee: T::Balance,
			/// What went back to the depositor.
			to_depositor: T::Balance,
		},
		/// A decided dispute divided a frozen escrow and closed it.
		Split {
			/// The escrow divided and closed.
			escrow_id: EscrowId,
			/// The account paid its share (the beneficiary, or the job's operator).
			payee: T::AccountId,
			/// What the payee received, after the fee, in the smallest unit of the escrow's asset.
			to_payee: T::Balance,
			/// The platform fee on the payee's share: burned if in AIT, to the treasury if in an
			/// asset.
			fee: T::Balance,
			/// What went back to the depositor.
			to_depositor: T::Balance,
		},
		/// A signatory approved a multi-signature escrow.
		Approved {
			/// The escrow approved.
			escrow_id: EscrowId,
			/// The signatory that approved.
			signatory: T::AccountId,
			/// How many signatories have approved so far; at the threshold it may be released.
			approvals: u32,
		},
		/// A zero-knowledge proof for the escrow's condition verified; it may now be released.
		ProofAccepted {
			/// The escrow whose condition is met.
			escrow_id: EscrowId,
		},
		/// Governance moved everything held to `to` (and, for a job escrow, closed the job as
		/// `Withdrawn`).
		EmergencyWithdrawn {
			/// The escrow emptied and closed.
			escrow_id: EscrowId,
			/// The account that received the funds, without fee.
			to: T::AccountId,
			/// What it received, in the smallest unit of the escrow's asset.
			amount: T::Balance,
		},
		/// Governance set the platform fee.
		PlatformFeeSet {
			/// The share of every payment to a beneficiary now taken as a fee.
			fee: Perbill,
		},
		/// Governance listed (`allowed`) or delisted an asset for new escrows.
		EscrowAssetSet {
			/// The asset id.
			asset: T::AssetId,
			/// Whether new escrows may now be created in this asset; open ones are unaffected.
			allowed: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No open escrow has this id.
		UnknownEscrow,
		/// No open escrow pays for this job.
		NoJobEscrow,
		/// The job already has an open escrow.
		JobEscrowExists,
		/// This escrow pays for a job and moves only through the `EscrowLedger` trait.
		JobEscrowNotCallable,
		/// An escrow or a release must move a non-zero amount.
		ZeroAmount,
		/// More than the escrow holds.
		InsufficientHeld,
		/// An asset escrow must hold at least the asset's minimum balance, and a partial
		/// release must leave either nothing or at least that.
		BelowAssetMinimum,
		/// The depositor cannot be their own beneficiary.
		SelfEscrow,
		/// The deadline must be after the current block.
		DeadlineInPast,
		/// The time lock must end before the deadline, or the escrow could never be released.
		TimeLockNotBeforeDeadline,
		/// The job named by the condition does not exist.
		UnknownJob,
		/// The threshold must be between 1 and the number of signatories.
		InvalidThreshold,
		/// A signatory is named twice.
		DuplicateSignatory,
		/// As many escrows already expire in the deadline block as allowed; pick another.
		ExpiryQueueFull,
		/// The escrow is frozen by a dispute.
		EscrowFrozen,
		/// The escrow is not frozen.
		NotFrozen,
		/// Only the depositor and the beneficiary may release.
		NotParty,
		/// An escrow without condition or time lock is released only by its depositor.
		OnlyDepositorMayRelease,
		/// The time lock has not ended.
		TimeLocked,
		/// The deadline passed; the escrow can only be refunded.
		DeadlinePassed,
		/// The release condition is not met.
		ConditionNotMet,
		/// A refund needs the deadline to have passed, the condition to have become impossible,
		/// or the beneficiary to ask for it.
		RefundNotDue,
		/// The escrow's condition is not a multi-signature one.
		NotMultiSig,
		/// The caller is not a signatory of this escrow.
		NotSignatory,
		/// The signatory already approved.
		AlreadyApproved,
		/// The escrow's condition is not a zero-knowledge proof.
		NotZkCondition,
		/// A proof for this escrow was already accepted.
		ProofAlreadyAccepted,
		/// The public inputs are not the statement the escrow was created for.
		WrongStatement,
		/// The fee is above `MaxPlatformFee`.
		FeeTooHigh,
		/// The escrow id counter is exhausted.
		IdsExhausted,
		/// Governance has not listed this asset for escrow: its admin could take it from the
		/// pot.
		AssetNotEscrowable,
		/// No such asset exists; listing an id before its asset is created would let whoever
		/// creates it become the admin of a listed asset.
		UnknownAsset,
		/// The asset is already listed for escrow.
		AlreadyEscrowAsset,
		/// The asset is not listed for escrow.
		NotEscrowAsset,
		/// `MaxEscrowAssets` assets are listed already; delist one first.
		TooManyEscrowAssets,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The platform fee at genesis, at most `MaxPlatformFee`.
		pub platform_fee: Perbill,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(
				self.platform_fee <= T::MaxPlatformFee::get(),
				"the genesis platform fee is above MaxPlatformFee"
			);
			PlatformFee::<T>::put(self.platform_fee);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::process_expiries(now)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(
				T::MaxExpiriesProcessedPerBlock::get() > 0,
				"the hook must refund something"
			);
			assert!(
				T::MaxExpiriesPerBlock::get() > 0,
				"deadlines must be possible"
			);
			assert!(
				T::MaxSignatories::get() > 0,
				"multi-signature needs signatories"
			);
			// A pot is "modl", the pallet id and the asset id, truncated to an account id:
			// truncated, two assets would share a pot.
			assert!(
				12usize.saturating_add(T::AssetId::max_encoded_len())
					<= T::AccountId::max_encoded_len(),
				"every asset needs a pot of its own"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Hold `amount` of `asset` from the caller for `beneficiary`.
		///
		/// `release_after` is a time lock; from `deadline` on anyone may refund, and the
		/// escrow is refunded automatically. `condition` must hold before a release.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create(T::MaxSignatories::get()).saturating_add(T::Proofs::pin_weight()))]
		pub fn create(
			origin: OriginFor<T>,
			beneficiary: AccountIdLookupOf<T>,
			asset: PaymentAsset<T::AssetId>,
			amount: T::Balance,
			release_after: Option<BlockNumberFor<T>>,
			deadline: Option<BlockNumberFor<T>>,
			condition: ReleaseCondition<T>,
		) -> DispatchResult {
			let depositor = ensure_signed(origin)?;
			let beneficiary = T::Lookup::lookup(beneficiary)?;
			Self::do_create(
				depositor,
				beneficiary,
				asset,
				amount,
				release_after,
				deadline,
				condition,
			)
			.map(|_| ())
		}

		/// Pay `amount` (everything held if `None`) to the beneficiary, less the platform fee.
		///
		/// The depositor or the beneficiary may call once the time lock passed and the
		/// condition is met; an escrow without condition is released by its depositor.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::release().saturating_add(T::Proofs::pin_weight()))]
		pub fn release(
			origin: OriginFor<T>,
			escrow_id: EscrowId,
			amount: Option<T::Balance>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_release_general(&who, escrow_id, amount)
		}

		/// Return everything held to the depositor.
		///
		/// The beneficiary may always give the money back; anyone may once the deadline passed
		/// or the condition can no longer be met (the job was cancelled or removed).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::refund().saturating_add(T::Proofs::pin_weight()))]
		pub fn refund(origin: OriginFor<T>, escrow_id: EscrowId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_refund_general(&who, escrow_id)
		}

		/// Approve a multi-signature escrow as one of its signatories.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::approve(T::MaxSignatories::get()))]
		pub fn approve(origin: OriginFor<T>, escrow_id: EscrowId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve(who, escrow_id)
		}

		/// Prove a zero-knowledge condition. Anyone may submit: the proof speaks for itself,
		/// and the public inputs must be the statement fixed at creation.
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::submit_proof()
				.saturating_add(T::Proofs::verify_weight(public_inputs.len().try_into().unwrap_or(u32::MAX)))
		)]
		pub fn submit_proof(
			origin: OriginFor<T>,
			escrow_id: EscrowId,
			proof: BoundedVec<u8, T::MaxProofLen>,
			public_inputs: BoundedVec<[u8; 32], T::MaxPublicInputs>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_submit_proof(escrow_id, &proof, &public_inputs)
		}

		/// Freeze a general escrow while a dispute is open. A job's escrow is frozen by its
		/// dispute, through `EscrowLedger`, and never with this call.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::freeze())]
		pub fn freeze(origin: OriginFor<T>, escrow_id: EscrowId) -> DispatchResult {
			T::DisputeOrigin::ensure_origin(origin)?;
			ensure!(
				Self::escrow(escrow_id)?.general().is_some(),
				Error::<T>::JobEscrowNotCallable
			);
			Self::do_freeze(escrow_id)
		}

		/// Let a frozen general escrow move again. If its deadline passed meanwhile, it is
		/// refunded now. (Unfreezing a job's escrow under dispute would let its ruling fail.)
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::unfreeze())]
		pub fn unfreeze(origin: OriginFor<T>, escrow_id: EscrowId) -> DispatchResult {
			T::DisputeOrigin::ensure_origin(origin)?;
			ensure!(
				Self::escrow(escrow_id)?.general().is_some(),
				Error::<T>::JobEscrowNotCallable
			);
			Self::do_unfreeze(escrow_id)
		}

		/// Settle a frozen general escrow: `payee_share` of what is held goes to the
		/// beneficiary (less the platform fee), the rest back to the depositor.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::split().saturating_add(T::Proofs::pin_weight()))]
		pub fn split(
			origin: OriginFor<T>,
			escrow_id: EscrowId,
			payee_share: Perbill,
		) -> DispatchResult {
			T::DisputeOrigin::ensure_origin(origin)?;
			Self::do_split_general(escrow_id, payee_share)
		}

		/// Move everything an escrow holds to `to`, frozen or not, without fee.
		///
		/// The job of a job escrow is closed as `Withdrawn` through
		/// [`JobRegistry::close_job`] in the same call; if the registry refuses (the job is
		/// already closed), nothing moves.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::emergency_withdraw().saturating_add(T::Proofs::pin_weight()))]
		pub fn emergency_withdraw(
			origin: OriginFor<T>,
			escrow_id: EscrowId,
			to: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let to = T::Lookup::lookup(to)?;
			Self::do_emergency_withdraw(escrow_id, to)
		}

		/// Set the platform fee, at most `MaxPlatformFee`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_platform_fee())]
		pub fn set_platform_fee(origin: OriginFor<T>, fee: Perbill) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(fee <= T::MaxPlatformFee::get(), Error::<T>::FeeTooHigh);
			PlatformFee::<T>::put(fee);
			Self::deposit_event(Event::PlatformFeeSet { fee });
			Ok(())
		}

		/// List (`allowed`) or delist `asset` for new escrows. List only assets whose admin,
		/// issuer and freezer are root or trusted: they can take or freeze anything in the
		/// asset's pot. Delisting leaves open escrows in the asset to pay out and refund.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_escrow_asset())]
		pub fn set_escrow_asset(
			origin: OriginFor<T>,
			asset: T::AssetId,
			allowed: bool,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_escrow_asset(asset, allowed)
		}
	}
}
