//! # Operator staking (`Staking`)
//!
//! Operators put stake behind their promises, delegators back operators per blueprint, and
//! misbehaviour is slashed only after a review period in which governance may veto the slash.
//!
//! - **Bonds** (`bonds.rs`): an operator holds AIT under [`HoldReason::OperatorBond`]
//!   (at least `MinOperatorBond`), may add to it, and may schedule an unbond that completes after
//!   `UnbondingDelay`. Neither the schedule nor the withdrawal is allowed while
//!   `Config::Services` reports active services for the operator.
//! - **Delegation** (`bonds.rs`): anyone delegates AIT (held under [`HoldReason::Delegation`]) or an
//!   asset (moved into the pallet account, accounted per delegation and in [`AssetTotals`]) to an
//!   active operator, choosing which blueprints the stake secures. Undelegation waits
//!   `UndelegationDelay`; until withdrawn the stake stays slashable.
//! - **Deferred slashes** (`slashing.rs`): [`OffenceReporter::report`] records an
//!   [`UnappliedSlash`] that ripens after `SlashDeferDuration`. Until then `VetoOrigin` (root or
//!   a council majority in the runtime) may cancel it. A ripe slash is applied by
//!   `on_initialize` from [`SlashQueue`] (at most `MaxSlashesPerBlock` per block: when a block's
//!   queue is full a report goes to the next block with room), or by anyone through
//!   `apply_slash`, free when it succeeds. A slash takes the same fraction of the operator's bond
//!   and of every delegation covering the blueprint; proceeds follow [`SlashDestinationSetting`].
//!   While an operator has a slash under review ([`PendingSlashCount`]) neither it nor its
//!   delegators can withdraw stake, and a top-up cannot narrow a delegation's blueprints, so
//!   nobody escapes a pending slash; `integrity_test` also requires both unbonding delays to be
//!   at least `SlashDeferDuration`.
//! - **Rewards** (`rewards.rs`): services and receipts report outcomes and verified work, which
//!   become points per (incentivized blueprint, operator) in the current session. At each
//!   session boundary the pool ([`RewardPoolPerSession`], paid from the `RewardSource` account,
//!   which the runtime feeds with its share of fees and inflation) is split between blueprints by
//!   their [`BlueprintIncentives`] share and within a blueprint by points. An operator keeps its
//!   commission; the rest raises its delegators' reward-per-share, so each delegator claims in
//!   O(1) with `claim_rewards`. Only AIT delegations earn shares: assets have no AIT price here.
//!   When nobody delegated AIT to an operator, its whole share is commission.
//!
//! The runtime API is in [`runtime_api`]; invariants checked by `try_state` are in
//! `invariants.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod bonds;
#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;
mod rewards;
pub mod runtime_api;
mod slashing;
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

use frame_support::traits::EnsureOrigin;

/// A `VetoOrigin` that accepts `RootOrigin` or `CouncilOrigin` and tells which one vetoed.
pub struct EnsureVetoer<RootOrigin, CouncilOrigin>(
	core::marker::PhantomData<(RootOrigin, CouncilOrigin)>,
);

impl<O, RootOrigin: EnsureOrigin<O>, CouncilOrigin: EnsureOrigin<O>> EnsureOrigin<O>
	for EnsureVetoer<RootOrigin, CouncilOrigin>
{
	type Success = Vetoer;

	fn try_origin(o: O) -> Result<Vetoer, O> {
		RootOrigin::try_origin(o)
			.map(|_| Vetoer::Root)
			.or_else(|o| CouncilOrigin::try_origin(o).map(|_| Vetoer::Council))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		RootOrigin::try_successful_origin()
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use aitbc_primitives::{traits::OperatorRegistry, BlueprintId, PaymentAsset, SessionIndex};
	use frame_support::{
		dispatch::PostDispatchInfo,
		pallet_prelude::*,
		traits::{
			fungible::{self, BalancedHold, MutateHold},
			fungibles,
			tokens::Balance as BalanceTrait,
			OnUnbalanced,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

	pub type BalanceOf<T> = <T as Config>::Balance;
	pub type CreditOf<T> =
		fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;
	pub type DelegationOf<T> =
		Delegation<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxBlueprintsPerDelegation>;
	pub type SelectionOf<T> = BlueprintSelection<<T as Config>::MaxBlueprintsPerDelegation>;
	pub type AssetOf<T> = PaymentAsset<<T as Config>::AssetId>;
	pub type LedgerOf<T> = OperatorLedger<BalanceOf<T>, BlockNumberFor<T>>;
	pub type SlashOf<T> = UnappliedSlash<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		type RuntimeHoldReason: From<HoldReason>;

		/// One balance type for AIT and assets.
		type Balance: BalanceTrait;

		/// AIT: bonds and AIT delegations are holds; slashes take from the holds.
		type Currency: fungible::Mutate<Self::AccountId, Balance = Self::Balance>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>;

		type AssetId: Parameter + Member + MaxEncodedLen + Copy + Ord;

		/// Assets that may be delegated; they sit in the pallet account.
		type Assets: fungibles::Mutate<
			Self::AccountId,
			AssetId = Self::AssetId,
			Balance = Self::Balance,
		>;

		/// How many services an operator runs.
		type Services: OperatorRegistry<Self::AccountId>;

		/// Receives slashed AIT when the destination is the treasury.
		type Slashed: OnUnbalanced<CreditOf<Self>>;

		/// Receives slashed assets when the destination is the treasury.
		type TreasuryAccount: Get<Self::AccountId>;

		/// Pays each session's reward pool.
		type RewardSource: Get<Self::AccountId>;

		/// Cancels a slash before it ripens, saying who did.
		type VetoOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Vetoer>;

		/// Sets the reward pool, blueprint incentives and the slash destination.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Its account keeps delegated assets and unclaimed rewards.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		#[pallet::constant]
		type MinOperatorBond: Get<BalanceOf<Self>>;

		/// The smallest delegation, in the delegated asset's units.
		#[pallet::constant]
		type MinDelegation: Get<BalanceOf<Self>>;

		#[pallet::constant]
		type UnbondingDelay: Get<BlockNumberFor<Self>>;

		#[pallet::constant]
		type UndelegationDelay: Get<BlockNumberFor<Self>>;

		/// The review period of a slash.
		#[pallet::constant]
		type SlashDeferDuration: Get<BlockNumberFor<Self>>;

		/// Blocks per reward session.
		#[pallet::constant]
		type SessionLength: Get<BlockNumberFor<Self>>;

		/// Bounds the work of one slash.
		#[pallet::constant]
		type MaxDelegationsPerOperator: Get<u32>;

		#[pallet::constant]
		type MaxBlueprintsPerDelegation: Get<u32>;

		#[pallet::constant]
		type MaxSlashesPerBlock: Get<u32>;

		/// How many (blueprint, operator) point entries one session records.
		#[pallet::constant]
		type MaxOperatorsPerSession: Get<u32>;

		#[pallet::constant]
		type MaxIncentivizedBlueprints: Get<u32>;

		#[pallet::constant]
		type MaxCommission: Get<Perbill>;

		/// Points for a submitted job result.
		#[pallet::constant]
		type PointsPerResult: Get<u64>;

		/// Points for a heartbeat kept.
		#[pallet::constant]
		type PointsPerHeartbeat: Get<u64>;

		/// Points lost for a failed result or an SLA breach.
		#[pallet::constant]
		type PointsPenalty: Get<u64>;

		type WeightInfo: WeightInfo;
	}

	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An operator's own bond.
		OperatorBond,
		/// AIT delegated to an operator.
		Delegation,
	}

	#[pallet::storage]
	pub type Operators<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, LedgerOf<T>>;

	/// Delegations by operator, then (delegator, asset).
	#[pallet::storage]
	pub type Delegations<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		(T::AccountId, AssetOf<T>),
		DelegationOf<T>,
	>;

	#[pallet::storage]
	pub type Pools<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, DelegatorPool<BalanceOf<T>>, ValueQuery>;

	/// Every delegated asset's total, which the pallet account keeps.
	#[pallet::storage]
	pub type AssetTotals<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, BalanceOf<T>, ValueQuery>;

	#[pallet::storage]
	pub type NextSlashId<T> = StorageValue<_, SlashId, ValueQuery>;

	#[pallet::storage]
	pub type UnappliedSlashes<T: Config> = StorageMap<_, Twox64Concat, SlashId, SlashOf<T>>;

	/// Slashes that `on_initialize` applies in a block.
	#[pallet::storage]
	pub type SlashQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<SlashId, T::MaxSlashesPerBlock>,
		ValueQuery,
	>;

	/// How many unapplied slashes each operator has. While it is not zero, neither the operator
	/// nor its delegators may withdraw stake, so nobody escapes a slash under review.
	#[pallet::storage]
	pub type PendingSlashCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	#[pallet::storage]
	pub type SlashDestinationSetting<T> = StorageValue<_, SlashDestination, ValueQuery>;

	#[pallet::storage]
	pub type CurrentSession<T> = StorageValue<_, SessionIndex, ValueQuery>;

	/// AIT paid from `RewardSource` each session.
	#[pallet::storage]
	pub type RewardPoolPerSession<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The incentivized blueprints and their share of the pool (the shares sum to at most 100%).
	#[pallet::storage]
	pub type BlueprintIncentives<T: Config> = StorageValue<
		_,
		BoundedBTreeMap<BlueprintId, Perbill, T::MaxIncentivizedBlueprints>,
		ValueQuery,
	>;

	/// This session's points per incentivized blueprint and operator.
	#[pallet::storage]
	pub type SessionPoints<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlueprintId,
		Blake2_128Concat,
		T::AccountId,
		u64,
		ValueQuery,
	>;

	/// How many entries [`SessionPoints`] has (bounded by `MaxOperatorsPerSession`).
	#[pallet::storage]
	pub type SessionPointEntries<T> = StorageValue<_, u32, ValueQuery>;

	#[pallet::storage]
	pub type TotalRewardsFunded<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	#[pallet::storage]
	pub type TotalRewardsPaid<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		Bonded {
			operator: T::AccountId,
			amount: BalanceOf<T>,
		},
		UnbondScheduled {
			operator: T::AccountId,
			amount: BalanceOf<T>,
			unlock_at: BlockNumberFor<T>,
		},
		Unbonded {
			operator: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// The operator withdrew its whole bond.
		OperatorLeft {
			operator: T::AccountId,
		},
		CommissionSet {
			operator: T::AccountId,
			commission: Perbill,
		},
		Delegated {
			delegator: T::AccountId,
			operator: T::AccountId,
			asset: AssetOf<T>,
			amount: BalanceOf<T>,
		},
		UndelegationScheduled {
			delegator: T::AccountId,
			operator: T::AccountId,
			asset: AssetOf<T>,
			amount: BalanceOf<T>,
			unlock_at: BlockNumberFor<T>,
		},
		Undelegated {
			delegator: T::AccountId,
			operator: T::AccountId,
			asset: AssetOf<T>,
			amount: BalanceOf<T>,
		},
		SlashReported {
			slash_id: SlashId,
			operator: T::AccountId,
			ripe_at: BlockNumberFor<T>,
		},
		SlashCancelled {
			slash_id: SlashId,
			vetoer: Vetoer,
		},
		/// A slash was applied: `operator_slashed` from the bond, `delegators_slashed` AIT and
		/// `delegations_slashed` delegations in all.
		SlashApplied {
			slash_id: SlashId,
			operator: T::AccountId,
			operator_slashed: BalanceOf<T>,
			delegators_slashed: BalanceOf<T>,
			delegations_slashed: u32,
		},
		SlashDestinationSet {
			destination: SlashDestination,
		},
		RewardPoolSet {
			amount: BalanceOf<T>,
		},
		BlueprintIncentiveSet {
			blueprint_id: BlueprintId,
			share: Option<Perbill>,
		},
		/// A session closed and `funded` AIT went to operators by points.
		SessionRewarded {
			session: SessionIndex,
			funded: BalanceOf<T>,
			operators: u32,
		},
		/// The reward source could not pay the session; its points were dropped.
		SessionRewardsSkipped {
			session: SessionIndex,
		},
		RewardsClaimed {
			who: T::AccountId,
			operator: T::AccountId,
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The bond is below `MinOperatorBond`, or would be after the unbond.
		BondTooLow,
		/// The account is already a bonded operator.
		AlreadyOperator,
		/// The account is not a bonded operator.
		NotOperator,
		/// The operator is leaving or not bonded, so it takes no delegations.
		OperatorNotActive,
		/// The operator still runs services.
		HasActiveServices,
		/// An unbond or undelegation is already scheduled.
		UnbondingInProgress,
		/// Nothing is scheduled to unbond or undelegate.
		NothingUnbonding,
		/// The unbonding delay has not passed.
		UnbondingNotReady,
		/// The amount is zero or more than is staked.
		InvalidAmount,
		/// The commission is above `MaxCommission`.
		CommissionTooHigh,
		/// The delegation is below `MinDelegation`.
		DelegationTooLow,
		/// The operator has `MaxDelegationsPerOperator` delegations.
		TooManyDelegations,
		/// An empty list of blueprints secures nothing.
		EmptyBlueprintSelection,
		/// No such delegation.
		NoDelegation,
		/// Adding to a delegation must keep its blueprint selection; to change it, undelegate.
		BlueprintSelectionMismatch,
		/// A slash of the operator is under review; stake cannot leave until it is settled.
		SlashPending,
		/// No such unapplied slash.
		SlashNotFound,
		/// The slash is still in its review period.
		SlashNotRipe,
		/// The slash already ripened, so it can no longer be vetoed.
		SlashAlreadyRipe,
		/// No block near the ripening block has room in the slash queue.
		SlashQueueFull,
		/// Too many incentivized blueprints.
		TooManyBlueprints,
		/// The blueprint shares would sum to more than 100%.
		SharesExceedWhole,
		/// Nothing to claim.
		NothingToClaim,
		/// An arithmetic overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let slashes = Self::apply_queued_slashes(now);
			let session = Self::maybe_close_session(now);
			slashes.saturating_add(session)
		}

		fn integrity_test() {
			// Stake that could leave before a slash ripens would escape it.
			assert!(
				T::UnbondingDelay::get() >= T::SlashDeferDuration::get()
					&& T::UndelegationDelay::get() >= T::SlashDeferDuration::get(),
				"unbonding delays must be at least the slash review period"
			);
			assert!(
				T::MaxSlashesPerBlock::get() > 0,
				"MaxSlashesPerBlock must not be zero"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Become an operator by holding `amount` (at least `MinOperatorBond`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(who, amount)
		}

		/// Hold `amount` more as the operator's bond.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_extra(who, amount)
		}

		/// Schedule `amount` of the bond to be released after `UnbondingDelay`. Unbonding the
		/// whole bond means leaving. Refused while the operator runs services.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::schedule_unbond())]
		pub fn schedule_unbond(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_schedule_unbond(who, amount)
		}

		/// Release a ripe unbond. Refused while the operator runs services or has a slash under
		/// review.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Set the operator's commission on its reward share.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_commission())]
		pub fn set_commission(origin: OriginFor<T>, commission: Perbill) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_commission(who, commission)
		}

		/// Delegate `amount` of `asset` to `operator`, securing `blueprints`. Adding to an
		/// existing delegation must name the same blueprints.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::delegate())]
		pub fn delegate(
			origin: OriginFor<T>,
			operator: T::AccountId,
			asset: AssetOf<T>,
			#[pallet::compact] amount: BalanceOf<T>,
			blueprints: SelectionOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delegate(who, operator, asset, amount, blueprints)
		}

		/// Schedule `amount` of a delegation to be returned after `UndelegationDelay`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::schedule_undelegation())]
		pub fn schedule_undelegation(
			origin: OriginFor<T>,
			operator: T::AccountId,
			asset: AssetOf<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_schedule_undelegation(who, operator, asset, amount)
		}

		/// Return a ripe undelegation. Refused while the operator has a slash under review.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::withdraw_undelegated())]
		pub fn withdraw_undelegated(
			origin: OriginFor<T>,
			operator: T::AccountId,
			asset: AssetOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_undelegated(who, operator, asset)
		}

		/// Veto a slash during its review period.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_slash())]
		pub fn cancel_slash(origin: OriginFor<T>, slash_id: SlashId) -> DispatchResult {
			let vetoer = T::VetoOrigin::ensure_origin(origin)?;
			Self::do_cancel_slash(slash_id, vetoer)
		}

		/// Apply a ripe slash. Anyone may; it is free when it succeeds.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::apply_slash(T::MaxDelegationsPerOperator::get()))]
		pub fn apply_slash(origin: OriginFor<T>, slash_id: SlashId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let slash = UnappliedSlashes::<T>::get(slash_id).ok_or(Error::<T>::SlashNotFound)?;
			ensure!(
				frame_system::Pallet::<T>::block_number() >= slash.ripe_at,
				Error::<T>::SlashNotRipe
			);
			Self::unqueue_slash(slash_id, slash.queued_at);
			let delegations = Self::execute_slash(slash_id, slash);
			Ok(PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::apply_slash(delegations)),
				pays_fee: Pays::No,
			})
		}

		/// Send slashed funds to the treasury or burn them.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_slash_destination())]
		pub fn set_slash_destination(
			origin: OriginFor<T>,
			destination: SlashDestination,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			SlashDestinationSetting::<T>::put(destination);
			Self::deposit_event(Event::SlashDestinationSet { destination });
			Ok(())
		}

		/// Set the AIT paid to operators each session.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_reward_pool())]
		pub fn set_reward_pool(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			RewardPoolPerSession::<T>::put(amount);
			Self::deposit_event(Event::RewardPoolSet { amount });
			Ok(())
		}

		/// Incentivize `blueprint_id` with `share` of the pool, or stop with `None`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_blueprint_incentive())]
		pub fn set_blueprint_incentive(
			origin: OriginFor<T>,
			blueprint_id: BlueprintId,
			share: Option<Perbill>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_blueprint_incentive(blueprint_id, share)
		}

		/// Claim the caller's rewards from delegating AIT to `operator`, and its commission if the
		/// caller is `operator`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::claim_rewards())]
		pub fn claim_rewards(origin: OriginFor<T>, operator: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_rewards(who, operator)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The account that keeps delegated assets and unclaimed rewards.
		pub fn account_id() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}

		/// Where slashed AIT goes.
		pub(crate) fn dispose_slashed(credit: CreditOf<T>) {
			match SlashDestinationSetting::<T>::get() {
				SlashDestination::Treasury => T::Slashed::on_unbalanced(credit),
				// Dropping a credit burns it.
				SlashDestination::Burn => drop(credit),
			}
		}
	}
}
