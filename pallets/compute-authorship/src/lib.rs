//! # Compute-weighted authorship (`ComputeAuthorship`)
//!
//! Who writes AITBC's blocks once the chain leaves proof of authority: each epoch (one
//! `pallet-session` session), every validator's share of the slots follows the verified compute
//! it delivered and the stake it bonded, and each slot's author is drawn from randomness that no
//! author can grind.
//!
//! ## How the pieces fit
//!
//! - **Weights, fixed before the randomness** (`epochs.rs`, `shares.rs`): when session `N`
//!   starts, this pallet (a session handler) fixes epoch `N + 1`: its authorities are the
//!   validators `pallet-session` queued, each with a share computed from its verified compute
//!   in the last complete work session (`WorkScore`, from `Receipts`), its operator bond
//!   (`Stake`), and the fraction of its slots it filled in epoch `N - 1`, bounded by
//!   `MinShare` and `MaxShare`. Epoch `N + 1`'s randomness is fixed at the same moment, from the
//!   VRF outputs of every block up to then. So weights and randomness are both fixed an epoch
//!   before they are used, and neither can be changed after the other is known.
//! - **Slots** (`shares.rs`): a deterministic weighted schedule. The author of slot `s` is drawn
//!   from `blake2_256(randomness ++ s)` over the epoch's shares: one author per slot, known to
//!   every node, so there are no forks from two winners of one slot and no empty slots but
//!   those of an author that is down (see `docs/architecture.md` for the choice against a
//!   private VRF lottery).
//! - **Randomness** (`epochs.rs`): every block carries its author's VRF signature over the
//!   epoch's randomness and the slot (`aitbc_primitives::authorship`); the node's import
//!   verifier checks it, this pallet folds its output into [`RunningRandomness`]. That output is
//!   a function of the key and the slot alone: an author can withhold its block, not choose its
//!   output. [`Pallet`] implements `Randomness` from it, for whoever draws lots (the arbiter
//!   panels of `Disputes`).
//! - **Handover** ([`Pallet::schedule_handover`]): a chain that started on Aura (the
//!   authorities in turn) switches at a session governance sets; the node's import queue asks
//!   the runtime, at each block's parent, who may seal it ([`Pallet::slot_claim`]), so it
//!   follows the whole history. A new chain may start weighted at genesis.
//! - **Penalties**: an authority that misses its slots loses weight in the epoch after next
//!   ([`Liveness`]). One that seals a block in a slot not its own is reported
//!   ([`Pallet::report_wrong_slot_unsigned`], `offence.rs`) to `pallet-offences`, which hands
//!   it to `ValidatorSet` like every validator offence: a deferred slash in `Staking` the council
//!   may veto, and removal at the next session. Two blocks in one slot are Aura's equivocation
//!   (the seal has Aura's shape), reported through `ValidatorSet`.
//!
//! The node's side (`node/src/consensus/`): a slot worker that claims the slots
//! [`Pallet::slot_claim`] gives a key in its keystore, and an import verifier that refuses a
//! block not sealed by the slot's author, or without a valid VRF, before executing it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod epochs;
#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;
#[cfg(test)]
mod mock;
pub mod offence;
pub mod runtime_api;
pub mod shares;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

const LOG_TARGET: &str = "runtime::compute-authorship";

/// Who writes the blocks: each epoch's authorities weighted by verified compute and stake, each
/// slot's author drawn from VRF randomness fixed an epoch ahead, the handover from Aura that
/// governance schedules, and the offences of authors who seal outside their slots.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use aitbc_primitives::{
		authorship::{AuthorshipMode, Randomness},
		traits::{StakeInfo, WorkScore},
		Balance,
	};
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::{pallet_prelude::*, traits::KeyOwnerProofSystem};
	use frame_system::pallet_prelude::*;
	use sp_consensus_aura::sr25519::AuthorityId as AuraId;
	use sp_runtime::{KeyTypeId, Perbill};
	use sp_session::{GetSessionNumber, GetValidatorCount};
	use sp_staking::{offence::ReportOffence, SessionIndex};

	/// The current epoch.
	pub type EpochOf<T> = Epoch<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::MaxAuthorities,
	>;

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Schedules the handover from Aura (the council or root).
		type UpdateOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Verified compute per operator per work session (`Receipts`).
		type WorkScore: WorkScore<Self::AccountId>;
		/// The work session under way; the one before it is the last complete one.
		type WorkSession: Get<SessionIndex>;
		/// Operator bonds (`Staking`).
		type Stake: StakeInfo<Self::AccountId, Balance>;
		/// The validator session under way (`pallet-session`'s index).
		type CurrentSession: Get<SessionIndex>;
		/// Aura's authorities, in Aura's order: who seals in an Aura epoch.
		type AuraAuthorities: Get<Vec<AuraId>>;
		/// The most authorities an epoch has (Aura's and GRANDPA's bound).
		#[pallet::constant]
		type MaxAuthorities: Get<u32>;
		/// The part of an authority's weight that comes from verified compute; the rest comes
		/// from stake.
		#[pallet::constant]
		type WorkPart: Get<Perbill>;
		/// The smallest share of the slots an authority gets.
		#[pallet::constant]
		type MinShare: Get<Perbill>;
		/// The largest share of the slots an authority gets.
		#[pallet::constant]
		type MaxShare: Get<Perbill>;
		/// How many slots of one gap between blocks are counted as missed (a chain that stalls
		/// for an hour does not make one block pay for every slot of it).
		#[pallet::constant]
		type MaxSkippedSlotsCounted: Get<u32>;
		/// A proof that an Aura key belonged to a validator in a session
		/// (`pallet-session`'s historical `MembershipProof`).
		type KeyOwnerProof: Parameter + GetSessionNumber + GetValidatorCount;
		/// Checks [`Self::KeyOwnerProof`]s.
		type KeyOwnerProofSystem: KeyOwnerProofSystem<
			(KeyTypeId, AuraId),
			Proof = Self::KeyOwnerProof,
			IdentificationTuple = Self::IdentificationTuple,
		>;
		/// Who an offence names (`pallet-session`'s historical identification).
		type IdentificationTuple: Parameter;
		/// Takes wrong-slot offences (`pallet-offences`).
		type OffenceReport: ReportOffence<
			Self::AccountId,
			Self::IdentificationTuple,
			offence::WrongSlotOffence<Self::IdentificationTuple>,
		>;
		/// What the offence handler (`ValidatorSet`) spends on one offender.
		type OnOffenceWeight: Get<Weight>;
		/// How long an unsigned wrong-slot report stays valid in the pool, in blocks.
		#[pallet::constant]
		type ReportLongevity: Get<u64>;
		type WeightInfo: WeightInfo;
	}

	/// The epoch under way: its authorities, their shares and its randomness.
	#[pallet::storage]
	pub type CurrentEpoch<T: Config> = StorageValue<_, EpochOf<T>, OptionQuery>;

	/// The epoch after it, fixed when the current one started.
	#[pallet::storage]
	pub type NextEpoch<T: Config> = StorageValue<_, EpochOf<T>, OptionQuery>;

	/// How each authority of the current epoch (same order) has used its slots.
	#[pallet::storage]
	pub type Liveness<T: Config> =
		StorageValue<_, BoundedVec<SlotRecord, T::MaxAuthorities>, ValueQuery>;

	/// Every block's VRF output folded in, since genesis.
	#[pallet::storage]
	pub type RunningRandomness<T: Config> = StorageValue<_, Randomness, ValueQuery>;

	/// The randomness the next epoch will draw from, fixed when the current one started.
	#[pallet::storage]
	pub type NextRandomness<T: Config> = StorageValue<_, Randomness, ValueQuery>;

	/// The slot of the last block noted.
	#[pallet::storage]
	pub type LastSlot<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// The block last noted, and its author (absent if its slot had none).
	#[pallet::storage]
	pub type Noted<T: Config> =
		StorageValue<_, (BlockNumberFor<T>, Option<T::AccountId>), OptionQuery>;

	/// The session from which blocks are authored by weight, once governance sets it.
	#[pallet::storage]
	pub type HandoverSession<T: Config> = StorageValue<_, SessionIndex, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Start weighted at genesis (a new chain) rather than on Aura.
		pub weighted: bool,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if self.weighted {
				HandoverSession::<T>::put(0);
				// `pallet-session`'s genesis may have started the epochs already.
				for epoch in [CurrentEpoch::<T>::get(), NextEpoch::<T>::get()]
					.into_iter()
					.flatten()
				{
					let mut epoch = epoch;
					epoch.mode = AuthorshipMode::Weighted;
					if epoch.index == 0 {
						CurrentEpoch::<T>::put(epoch);
					} else {
						NextEpoch::<T>::put(epoch);
					}
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance set (or, with `None`, cancelled) the session from which blocks are
		/// authored by weight.
		HandoverScheduled {
			/// The first weighted session, or `None`: no handover planned.
			session: Option<SessionIndex>,
		},
		/// An epoch started.
		EpochStarted {
			/// Its session index.
			index: SessionIndex,
			/// Aura's turn order or the weighted schedule.
			mode: AuthorshipMode,
			/// How many authorities seal its blocks.
			authorities: u32,
		},
		/// The first weighted epoch started: Aura has handed over.
		HandedOver {
			/// The first weighted session.
			session: SessionIndex,
		},
		/// The shares of the next epoch are fixed, with its randomness.
		NextEpochPlanned {
			/// The next epoch's session index.
			index: SessionIndex,
			/// Each authority of it and its share of the slots.
			shares: Vec<(T::AccountId, Perbill)>,
		},
		/// An authority sealed a block in a slot not its own; `pallet-offences` has the report.
		WrongSlotReported {
			/// The validator whose key sealed it.
			offender: T::AccountId,
			/// The slot it sealed.
			slot: u64,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The handover must be at a session after the current one.
		HandoverTooSoon,
		/// Blocks are already authored by weight; there is no way back to Aura.
		AlreadyWeighted,
		/// The header is not sealed by the offender in a slot of the current epoch not its own,
		/// on this chain.
		InvalidWrongSlotProof,
		/// The key-ownership proof is invalid or for another session.
		InvalidKeyOwnershipProof,
		/// This wrong-slot offence is already reported.
		DuplicateOffenceReport,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_now: BlockNumberFor<T>) -> Weight {
			let skipped = Self::note_block();
			T::WeightInfo::note_block(skipped)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Sets the session from which blocks are authored by weight (`None` cancels a handover
		/// not yet reached). The weights and randomness of every epoch are fixed an epoch ahead
		/// in both modes, so any session after the current one can be the first weighted one.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::schedule_handover())]
		pub fn schedule_handover(
			origin: OriginFor<T>,
			session: Option<SessionIndex>,
		) -> DispatchResult {
			T::UpdateOrigin::ensure_origin(origin)?;
			ensure!(
				Self::mode() == AuthorshipMode::Aura,
				Error::<T>::AlreadyWeighted
			);
			if let Some(session) = session {
				ensure!(
					session > T::CurrentSession::get(),
					Error::<T>::HandoverTooSoon
				);
			}
			HandoverSession::<T>::set(session);
			Self::deposit_event(Event::HandoverScheduled { session });
			Ok(())
		}

		/// Reports an authority that sealed `header` in a slot of the current epoch not its
		/// own, unsigned, as the node submits it from its own pool. The header's parent must be
		/// on this chain, in the current epoch.
		#[pallet::call_index(1)]
		#[pallet::weight(Pallet::<T>::report_weight(key_owner_proof.validator_count()))]
		pub fn report_wrong_slot_unsigned(
			origin: OriginFor<T>,
			header: Box<HeaderFor<T>>,
			offender: AuraId,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::process_wrong_slot(*header, offender, key_owner_proof)
		}
	}

	// Unsigned offence reports come through `ValidateUnsigned`, as `pallet-grandpa`'s and
	// `ValidatorSet`'s do in this release.
	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			Self::validate_wrong_slot(source, call)
		}

		fn pre_dispatch(call: &Self::Call) -> Result<(), TransactionValidityError> {
			Self::pre_dispatch_wrong_slot(call)
		}
	}
}
