//! # Validator set (`ValidatorSet`)
//!
//! Who writes and finalizes AITBC's blocks: a set of validators that governance keeps (proof of
//! authority), driving `pallet-session`, which hands each session's keys to Aura and GRANDPA.
//!
//! ## How the pieces fit
//!
//! - **The governed set** ([`Validators`]): the council (or root, through `UpdateOrigin`) adds
//!   a validator with [`Pallet::add_validator`] and removes one with
//!   [`Pallet::remove_validator`]; a validator may leave on its own with [`Pallet::leave`].
//!   Nobody may take the set below `MinValidators` ([`Error::TooFewValidators`]): with fewer,
//!   one node going down stops finality. A chain may start with fewer (a dev chain has one);
//!   its set can then only grow until it reaches the minimum. The set is sorted and holds at
//!   most `MaxValidators`.
//! - **Keys**: a validator's operator runs `author_rotateKeysWithOwner` on its node and
//!   registers the keys and their proof of possession with `Session::set_keys`. Only an account whose keys are registered can be added
//!   ([`Error::NoSessionKeys`]); new keys, like a new set, take effect at a session boundary.
//! - **Something to lose**: with a non-zero `MinValidatorBond`, a validator must hold at least
//!   that much operator bond in `Staking` to be added ([`Error::BondTooLow`]) and to be planned
//!   into a session: an offence is slashed from that bond.
//! - **Sessions** (`session.rs`): `pallet-session` asks this pallet for the validators of each
//!   session it plans ([`pallet_session::SessionManager`], and the historical variant, which
//!   records every session's keys so that an equivocation can later be proven against them). The
//!   planned set is the governed set less the members that cannot validate (no keys, too little
//!   bond); if that would leave none, or shrink the set below `MinValidators`, the previous set
//!   stays and [`Event::PlanKept`] says why. [`Planned`] is the last set handed to `pallet-session`.
//! - **Offences** (`offences.rs`): GRANDPA equivocations (and Aura double-sealing) are checked by
//!   their own pallets and reported to `pallet-offences`, which calls this pallet as its
//!   `OnOffenceHandler`. Each offender is reported once per session to `OffenceReporter` (the
//!   runtime hands it to `Staking`: a deferred slash the council may veto, like every other
//!   offence) and removed from the governed set, so the next planned session no longer has it
//!   ([`Event::OffenderRemoved`]). An offender the set cannot spare (at `MinValidators`) stays
//!   ([`Event::OffenderKept`]): governance decides, and the slash stands either way.
//!
//! ## Why not `pallet-collator-selection`
//!
//! The SDK's set manager for Aura chains keeps governance's invulnerables and bonded
//! candidates, but its candidacy bonds are `ReservableCurrency` reserves (AITBC moves funds with
//! holds only), its rewards are transfers from a pot next to `Staking`'s own, and it has no way
//! to drop an offender: invulnerables leave only by governance. AITBC's validators already bond
//! in `Staking`, where slashes are deferred and vetoable. So this pallet is only what the SDK
//! lacks, a `SessionManager` over a governed list, and leaves keys, history, offences and
//! equivocation proofs to `pallet-session`, its `historical` module, `pallet-offences` and
//! `pallet-grandpa`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod equivocation;
#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;
mod membership;
#[cfg(test)]
mod mock;
mod offences;
pub mod runtime_api;
mod session;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use equivocation::{
	check_aura_equivocation_proof, AuraEquivocationOffence, AuraEquivocationProof,
	AuraEquivocationReportSystem,
};
pub use types::*;
pub use weights::WeightInfo;

/// The validator set governance keeps (proof of authority): who authors and finalizes blocks
/// from each session on. The council adds and removes validators, validators may leave; each
/// needs session keys and an operator bond in `Staking`. Equivocations (GRANDPA votes, Aura
/// seals) are slashed through `Staking` and remove the offender at the next session.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use aitbc_primitives::traits::{OffenceReporter, StakeInfo};
	use alloc::boxed::Box;
	use frame_support::{
		pallet_prelude::*,
		traits::{Get, ValidatorRegistration},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::RuntimeAppPublic;
	use sp_session::{GetSessionNumber, GetValidatorCount};
	use sp_staking::offence::OffenceReportSystem;
	use sp_staking::SessionIndex;

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config
		+ pallet_session::Config<ValidatorId = <Self as frame_system::Config>::AccountId>
		+ pallet_session::historical::Config
	{
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who adds and removes validators: the council, or root.
		type UpdateOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Whether an account has registered session keys (`pallet-session`).
		type ValidatorRegistration: ValidatorRegistration<Self::AccountId>;

		/// The balance of an operator's bond.
		type Balance: Parameter + MaxEncodedLen + Copy + Ord + Default;

		/// Operator bonds (`Staking`).
		type Stake: StakeInfo<Self::AccountId, Self::Balance>;

		/// The operator bond a validator must hold in `Staking`; zero for none.
		#[pallet::constant]
		type MinValidatorBond: Get<Self::Balance>;

		/// Where a validator's offence goes: `Staking`, as an `Equivocation` offence against
		/// [`aitbc_primitives::VALIDATOR_DUTY`], a deferred slash the council may veto.
		type OffenceReporter: OffenceReporter<Self::AccountId>;

		/// How many past sessions keep their key history (`pallet-session`'s `historical`
		/// roots, which equivocation proofs are checked against) and their record of offenders.
		/// A report about an older session cannot be proven.
		#[pallet::constant]
		type HistoryDepth: Get<SessionIndex>;

		/// No set change may leave fewer validators than this.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The largest set.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The Aura authority key: the key whose double seals are reported.
		type AuthorityId: Member + Parameter + RuntimeAppPublic + MaxEncodedLen;

		/// A proof that an Aura key belonged to a validator in a past session
		/// (`pallet-session`'s historical `MembershipProof`).
		type KeyOwnerProof: Parameter + GetSessionNumber + GetValidatorCount;

		/// Checks Aura equivocation reports and turns them into offences
		/// ([`AuraEquivocationReportSystem`]).
		type EquivocationReportSystem: OffenceReportSystem<
			Option<Self::AccountId>,
			(AuraEquivocationProof<Self>, Self::KeyOwnerProof),
		>;

		type WeightInfo: WeightInfo;

		/// Registers session keys and bonds for the benchmarks' validators.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The governed validator set, sorted. Sessions planned from now on are drawn from it.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// The set last handed to `pallet-session`, sorted: it validates from the session after the
	/// current one (`pallet-session` queues a planned set for one session).
	#[pallet::storage]
	pub type Planned<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// The validators already reported for an offence in a session: one slash per offender
	/// and session, however many reports name it. Kept for `HistoryDepth` sessions.
	#[pallet::storage]
	pub type Offenders<T: Config> =
		StorageDoubleMap<_, Twox64Concat, SessionIndex, Blake2_128Concat, T::AccountId, ()>;

	/// How many offenders [`Offenders`] holds for a session, so a session cannot collect more
	/// than `MaxValidators` of them.
	#[pallet::storage]
	pub type OffenderCount<T: Config> = StorageMap<_, Twox64Concat, SessionIndex, u32, ValueQuery>;

	/// The block at which each session of the last `HistoryDepth` started, to tell which
	/// session's validators authored a reported header.
	#[pallet::storage]
	pub type SessionStarts<T: Config> =
		StorageMap<_, Twox64Concat, SessionIndex, BlockNumberFor<T>, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators. Each needs session keys in `pallet-session`'s genesis. Left
		/// empty, the owners of `pallet-session`'s genesis keys are the first validators.
		pub validators: alloc::vec::Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// Without validators of its own, the genesis adopts those of `pallet-session`'s
			// genesis keys when that genesis starts session 0.
			if self.validators.is_empty() {
				return;
			}
			let mut validators = self.validators.clone();
			validators.sort();
			validators.dedup();
			assert_eq!(
				validators.len(),
				self.validators.len(),
				"a genesis validator is repeated"
			);
			// Fewer than `MinValidators` is allowed (a dev chain); the set cannot shrink then.
			let validators: BoundedVec<_, T::MaxValidators> = validators
				.try_into()
				.expect("more genesis validators than MaxValidators");
			Validators::<T>::put(&validators);
			Planned::<T>::put(validators);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance added `validator`; it validates from the session after next.
		ValidatorAdded {
			/// The new validator.
			validator: T::AccountId,
		},
		/// Governance removed `validator`; it stops at the session after next.
		ValidatorRemoved {
			/// The validator removed.
			validator: T::AccountId,
		},
		/// `validator` left the set on its own; it stops at the session after next.
		ValidatorLeft {
			/// The validator that left.
			validator: T::AccountId,
		},
		/// `session` will be validated by `count` validators, a set other than the previous
		/// plan's ([`Planned`] has it).
		SetPlanned {
			/// The session the set validates from.
			session: SessionIndex,
			/// How many validators it has.
			count: u32,
		},
		/// A member of the set was left out of `session`'s plan; it is planned again once it
		/// can validate.
		ValidatorSkipped {
			/// The member left out.
			validator: T::AccountId,
			/// The session planned without it.
			session: SessionIndex,
			/// What it lacks: session keys, or bond.
			reason: Ineligibility,
		},
		/// Too few members could validate `session` (none, or fewer than `MinValidators` and
		/// fewer than the previous plan), so the previous set stays.
		PlanKept {
			/// The session that keeps the previous set.
			session: SessionIndex,
			/// How many members could have validated it.
			eligible: u32,
		},
		/// `validator` committed an offence in `session`: a slash is reported and it is out of
		/// the set from the next planned session.
		OffenderRemoved {
			/// The offender.
			validator: T::AccountId,
			/// The session of the offence.
			session: SessionIndex,
		},
		/// `validator` committed an offence in `session`; a slash is reported, but the set is at
		/// `MinValidators`, so it stays until governance replaces it.
		OffenderKept {
			/// The offender.
			validator: T::AccountId,
			/// The session of the offence.
			session: SessionIndex,
		},
		/// The slash of `validator`'s offence in `session` could not be reported.
		SlashNotReported {
			/// The offender.
			validator: T::AccountId,
			/// The session of the offence.
			session: SessionIndex,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is in the validator set already.
		AlreadyValidator,
		/// The account is not in the validator set.
		NotValidator,
		/// The set holds `MaxValidators` already.
		TooManyValidators,
		/// The change would leave fewer than `MinValidators` validators.
		TooFewValidators,
		/// The account has no session keys: run `author_rotateKeys` on its node and register
		/// the result with `Session::set_keys` first.
		NoSessionKeys,
		/// The account holds less operator bond in `Staking` than `MinValidatorBond`.
		BondTooLow,
		/// The equivocation proof does not show one Aura authority sealing two different
		/// headers for one slot, authored by the session its key is proven for.
		InvalidEquivocationProof,
		/// The key-ownership proof does not prove the offender's key.
		InvalidKeyOwnershipProof,
		/// This offence was reported already.
		DuplicateOffenceReport,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MinValidators::get() >= 1,
				"MinValidators must be at least 1"
			);
			assert!(
				T::HistoryDepth::get() >= 1,
				"HistoryDepth must be at least 1"
			);
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add `validator` to the set. It must have session keys and, with a `MinValidatorBond`,
		/// that much operator bond in `Staking`. It validates from the session after next.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::UpdateOrigin::ensure_origin(origin)?;
			Self::do_add(validator)
		}

		/// Remove `validator` from the set. It stops validating at the session after next.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::UpdateOrigin::ensure_origin(origin)?;
			Self::do_remove(&validator)?;
			Self::deposit_event(Event::ValidatorRemoved { validator });
			Ok(())
		}

		/// Leave the set. The caller stops validating at the session after next; its node
		/// should keep running until then.
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let validator = ensure_signed(origin)?;
			Self::do_remove(&validator)?;
			Self::deposit_event(Event::ValidatorLeft { validator });
			Ok(())
		}

		/// Report an Aura authority that sealed two blocks for one slot, with a proof that its
		/// key belonged to a validator in the session that authored them. The offender is
		/// slashed (deferred, vetoable) and leaves the set at the next planned session. Free for
		/// a valid report.
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::report_weight(key_owner_proof.validator_count()))]
		pub fn report_aura_equivocation(
			origin: OriginFor<T>,
			equivocation_proof: Box<AuraEquivocationProof<T>>,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResultWithPostInfo {
			let reporter = ensure_signed(origin)?;
			T::EquivocationReportSystem::process_evidence(
				Some(reporter),
				(*equivocation_proof, key_owner_proof),
			)?;
			Ok(Pays::No.into())
		}

		/// [`Pallet::report_aura_equivocation`] without a signature, as the node submits it:
		/// only from the block author's own pool (validated in `ValidateUnsigned`).
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::report_weight(key_owner_proof.validator_count()))]
		pub fn report_aura_equivocation_unsigned(
			origin: OriginFor<T>,
			equivocation_proof: Box<AuraEquivocationProof<T>>,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResultWithPostInfo {
			ensure_none(origin)?;
			T::EquivocationReportSystem::process_evidence(
				None,
				(*equivocation_proof, key_owner_proof),
			)?;
			Ok(Pays::No.into())
		}
	}

	// `pallet-grandpa`'s equivocation reports in this release still come unsigned through
	// `ValidateUnsigned`; `#[pallet::authorize]` would need `AuthorizeCall` in the runtime's
	// transaction extensions, a change of the transaction format every client signs with.
	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			Self::validate_unsigned(source, call)
		}

		fn pre_dispatch(call: &Self::Call) -> Result<(), TransactionValidityError> {
			Self::pre_dispatch(call)
		}
	}
}
