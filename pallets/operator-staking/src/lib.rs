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
//!   `UndelegationDelay`; until withdrawn the stake stays slashable. Only assets governance
//!   listed in [`DelegationAssets`] (with `set_delegation_asset`) may be delegated, each with its
//!   own minimum (AIT's is `MinDelegation`): with one minimum for every asset, anyone could fill
//!   an operator's `MaxDelegationsPerOperator` slots with a worthless asset and shut honest
//!   delegators out.
//! - **Commission** (`bonds.rs`): `set_commission` takes effect from the next reward session
//!   ([`PendingCommissions`]), never for the session about to pay out, so an operator cannot
//!   raise it just before a payout and take its delegators' share. The ledger keeps the
//!   commission of earlier sessions; [`Pallet::commission_for`] tells the payout which applies to
//!   a session, and the runtime API shows the one in force.
//! - **Exposure** (`exposure.rs`): a slash must reach the stake that backed the operator when the
//!   offence was recorded, and only that stake. When a dispute opens, pallet-disputes calls
//!   [`OffenceReporter::note_accusation`] (and `clear_accusation` when it ends); a report records
//!   its own exposure, and a lost dispute's report inherits the accusation's. Representation,
//!   bounded whatever the number of disputes and slashes: each delegation keeps the block it was
//!   created (`since`); each unapplied slash keeps the block of its exposure and the operator's
//!   bond then; one [`Exposure`] record per (operator, blueprint) ([`Exposures`]) and one per
//!   operator ([`OperatorExposures`]) count the open accusations and unapplied slashes and keep
//!   the latest exposure block. A delegation created at or before that block cannot be
//!   withdrawn (nor topped up, so its amount never exceeds what was exposed) until the record
//!   empties; the operator may withdraw only bond above the largest exposed bond. Stake
//!   delegated later is neither locked nor slashed: a slash takes its fraction only from
//!   delegations with `since <= exposed_at` and from the operator's bond at `exposed_at`
//!   (bounded by what is left). This stops delegators (and an operator's own sybil delegators)
//!   from leaving during a dispute that outlasts the undelegation delay, and newcomers from
//!   paying for older offences, and locks only the delegators that back the accused blueprint.
//!   Several open disputes on one (operator, blueprint) share the latest block: a delegation
//!   created between two of them is exposed to both (never less stake than was present when a
//!   dispute opened).
//! - **Deferred slashes** (`slashing.rs`): [`OffenceReporter::report`] always stores an
//!   [`UnappliedSlash`], so no report is lost; it ripens after `SlashDeferDuration`. Until then
//!   `VetoOrigin` (root or a council majority in the runtime) may cancel it. The slash is
//!   queued in [`DeferredSlashes`] (an [`aitbc_primitives::block_queue::BlockQueue`]) in the
//!   bucket of the block it ripens in, which holds `MaxSlashesPerBlock`; `on_initialize` applies
//!   ripe slashes from the queue's cursor, oldest bucket first and each bucket in report order,
//!   at most `MaxSlashesProcessedPerBlock` a block, carrying the rest over. Anyone may apply a
//!   ripe slash at once with `apply_slash`, free when it succeeds. A slash reported when its
//!   bucket is full is stored all the same but not queued ([`Event::SlashNotQueued`]): anyone
//!   applies it with `apply_slash` once it is ripe. Flooding reports (say, missed heartbeats of
//!   one's own sybil operators, each of which costs a bond and its slash) therefore cannot drop
//!   or reorder an honest slash: it waits at most (ripe slashes queued before it) /
//!   `MaxSlashesProcessedPerBlock` blocks, and not at all once someone applies it.
//!   An operator has at most one pending `MissedHeartbeats` slash per blueprint
//!   ([`HeartbeatSlashes`]): a further report within its review period raises its fraction to
//!   the larger of the two instead of adding one, so an operator in 64 services that misses
//!   heartbeats for ten minutes is slashed once per blueprint, at most the heartbeat cap. A
//!   slash takes the same fraction of the operator's exposed bond and of every exposed
//!   delegation covering the blueprint; proceeds follow [`SlashDestinationSetting`].
//!   `integrity_test` also requires both unbonding delays to be at least `SlashDeferDuration`.
//! - **Rewards** (`rewards.rs`): receipts report settled work paid in AIT, services report
//!   heartbeats and SLA breaches; they become a [`PointEntry`] per (session, incentivized
//!   blueprint, bonded operator). Points come only from settled, paid work: a submitted result
//!   earns nothing, heartbeats count only next to paid work in the same session and at most
//!   `MaxHeartbeatPointsPerSession` per operator and blueprint (so 64 services earn what one
//!   does), and every bonded operator gets its entry (no first-come table that sybil dust could
//!   fill). After each session boundary the pool ([`RewardPoolPerSession`], paid from the
//!   `RewardSource` account, which the runtime feeds with its share of fees and inflation) is
//!   split between blueprints by their [`BlueprintIncentives`] share and within a blueprint by
//!   weight, `MaxPayoutsPerBlock` entries a block ([`CurrentPayout`]). An entry's weight is its
//!   *reward room* (what its work burned in fees beyond what it minted, reported by receipts)
//!   scaled by its points over its work units: made-up units at a cheap price weigh nothing,
//!   heartbeats and penalties move the weight as they move the points. An entry is awarded at
//!   most `RewardOfRoom` of its room, and what that keeps back returns to the reward source,
//!   so mint and rewards together always pay an operator less than its jobs burned
//!   (`docs/economics.md`). An operator keeps its
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
mod exposure;
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

/// Unapplied slashes by the block they ripen in: [`SlashQueue`] and [`SlashCursor`].
pub type DeferredSlashes<T> = aitbc_primitives::block_queue::BlockQueue<
	SlashQueue<T>,
	SlashCursor<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	SlashId,
	<T as Config>::MaxSlashesPerBlock,
>;

/// Operator staking: operators bond AIT behind their services, delegators back operators per
/// blueprint in AIT or listed assets, and each reward session's pool is paid by verified work.
///
/// Offences become unapplied slashes that wait out a review period (`SlashDeferDuration`) in
/// which root or the council may cancel them; then anyone may apply them. Amounts are in
/// 10^-12 AIT (or an asset's smallest unit for asset delegations); times are in blocks.
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
	pub type SlashOf<T> =
		UnappliedSlash<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;
	pub type ExposureOf<T> = Exposure<BalanceOf<T>, BlockNumberFor<T>>;

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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

		/// The smallest bond an operator may hold, in 10^-12 AIT. An unbond must leave at least
		/// this much, or the whole bond.
		#[pallet::constant]
		type MinOperatorBond: Get<BalanceOf<Self>>;

		/// The smallest AIT delegation. Each delegatable asset has its own minimum in
		/// [`DelegationAssets`].
		#[pallet::constant]
		type MinDelegation: Get<BalanceOf<Self>>;

		/// How many assets governance may list as delegatable.
		#[pallet::constant]
		type MaxDelegationAssets: Get<u32>;

		/// Blocks between scheduling an unbond and withdrawing it; the stake stays slashable
		/// until then. At least `SlashDeferDuration`.
		#[pallet::constant]
		type UnbondingDelay: Get<BlockNumberFor<Self>>;

		/// Blocks between scheduling an undelegation and withdrawing it; the stake stays
		/// slashable until then. At least `SlashDeferDuration`.
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

		/// The most blueprints one delegation may name as the ones it secures.
		#[pallet::constant]
		type MaxBlueprintsPerDelegation: Get<u32>;

		/// The most slashes queued to ripen at one block: the capacity of a block's bucket in
		/// [`SlashQueue`]. A slash reported when its bucket is full is stored but not queued
		/// ([`Event::SlashNotQueued`]); it is applied with `apply_slash`.
		#[pallet::constant]
		type MaxSlashesPerBlock: Get<u32>;

		/// The most ripe slashes `on_initialize` applies in one block (its budget); the rest
		/// wait, in order, for the next block.
		#[pallet::constant]
		type MaxSlashesProcessedPerBlock: Get<u32>;

		/// How many point entries the session payout handles in one block. A session records an
		/// entry for every bonded operator that earns points (no first-come limit, so no honest
		/// operator is dropped); its payout runs over as many blocks as it needs.
		#[pallet::constant]
		type MaxPayoutsPerBlock: Get<u32>;

		/// The most blueprints governance may incentivize with a share of the reward pool.
		#[pallet::constant]
		type MaxIncentivizedBlueprints: Get<u32>;

		/// The highest commission an operator may take of its reward share.
		#[pallet::constant]
		type MaxCommission: Get<Perbill>;

		/// Points for a heartbeat kept.
		#[pallet::constant]
		type PointsPerHeartbeat: Get<u64>;

		/// The most heartbeat points one operator earns on one blueprint in one session, however
		/// many services it beats for: what one service kept alive all session earns.
		#[pallet::constant]
		type MaxHeartbeatPointsPerSession: Get<u64>;

		/// The most of its reward room (the fees its work burned beyond what that work minted)
		/// a session entry is awarded. Below the whole, a reward always costs more in burned
		/// fees than it pays, so self-dealt work cannot farm it, nor take its share from honest
		/// operators for less than their clients paid for theirs.
		#[pallet::constant]
		type RewardOfRoom: Get<Perbill>;

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

	/// Every bonded operator's ledger: its bond (in 10^-12 AIT, unbonding part included), any
	/// scheduled unbond and its commission. Removed when the whole bond is withdrawn or slashed.
	#[pallet::storage]
	pub type Operators<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, LedgerOf<T>>;

	/// How many delegations (one per asset) each delegator keeps with each operator, by
	/// delegator then operator: who shares an operator's fortunes, so that the disputes pallet
	/// keeps them off the panels of the operator's disputes in one read.
	#[pallet::storage]
	pub type DelegatorLinks<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		u32,
		ValueQuery,
	>;

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

	/// Each operator's delegator pool: how many delegations back it, the AIT delegated (the
	/// shares rewards are split by), the reward per share so far and its unclaimed commission.
	#[pallet::storage]
	pub type Pools<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, DelegatorPool<BalanceOf<T>>, ValueQuery>;

	/// Every delegated asset's total, which the pallet account keeps.
	#[pallet::storage]
	pub type AssetTotals<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, BalanceOf<T>, ValueQuery>;

	/// The id the next reported slash gets.
	#[pallet::storage]
	pub type NextSlashId<T> = StorageValue<_, SlashId, ValueQuery>;

	/// Every reported slash not yet applied or cancelled: the operator, the blueprint, the
	/// fraction, when it ripens and the stake it was exposed to. Queued in [`SlashQueue`] at
	/// its ripening block (unless that bucket was full).
	#[pallet::storage]
	pub type UnappliedSlashes<T: Config> = StorageMap<_, Twox64Concat, SlashId, SlashOf<T>>;

	/// The buckets of [`DeferredSlashes`]: the slashes that ripen at each block, in report
	/// order (at most `MaxSlashesPerBlock`). A slash cancelled or applied by hand stays in its
	/// bucket until the hook reaches it and skips it.
	#[pallet::storage]
	pub type SlashQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<SlashId, T::MaxSlashesPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`DeferredSlashes`]: the first block whose ripe slashes `on_initialize`
	/// has not all applied. Absent before the first block's hook.
	#[pallet::storage]
	pub type SlashCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The pending `MissedHeartbeats` slash of each (operator, blueprint): further reports raise
	/// it instead of adding slashes.
	#[pallet::storage]
	pub type HeartbeatSlashes<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, BlueprintId, SlashId>;

	/// Open accusations and unapplied slashes per (operator, blueprint), and the stake they
	/// lock. One entry per pair with an open dispute or unapplied slash, so as many as those.
	#[pallet::storage]
	pub type Exposures<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		BlueprintId,
		ExposureOf<T>,
	>;

	/// The sum of an operator's [`Exposures`]: locks the operator's bond and the delegations
	/// that cover every blueprint.
	#[pallet::storage]
	pub type OperatorExposures<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ExposureOf<T>>;

	/// The assets governance allows to be delegated, with the smallest delegation of each.
	#[pallet::storage]
	pub type DelegationAssets<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, BalanceOf<T>>;

	/// How many entries [`DelegationAssets`] has (at most `MaxDelegationAssets`).
	#[pallet::storage]
	pub type DelegationAssetCount<T> = StorageValue<_, u32, ValueQuery>;

	/// Commission changes waiting for the session they apply from (one per operator).
	#[pallet::storage]
	pub type PendingCommissions<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PendingCommission>;

	/// How many unapplied slashes each operator has (the stake they lock is in [`Exposures`]).
	#[pallet::storage]
	pub type PendingSlashCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Where slashed stake goes: to the treasury (the default) or burned. Set by governance.
	#[pallet::storage]
	pub type SlashDestinationSetting<T> = StorageValue<_, SlashDestination, ValueQuery>;

	/// The reward session in progress; a new one starts every `SessionLength` blocks.
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

	/// Points per (session, incentivized blueprint, bonded operator). Only bonded operators get
	/// an entry, so a session has at most (bonded operators) × `MaxIncentivizedBlueprints`
	/// entries, each backed by `MinOperatorBond`: the bound is economic, and nobody is dropped.
	#[pallet::storage]
	pub type SessionPoints<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, SessionIndex>,
			NMapKey<Twox64Concat, BlueprintId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		PointEntry,
	>;

	/// Per session not yet paid: how many entries it has and each blueprint's total points.
	#[pallet::storage]
	pub type SessionTallies<T: Config> = StorageMap<
		_,
		Twox64Concat,
		SessionIndex,
		SessionTally<T::MaxIncentivizedBlueprints>,
		ValueQuery,
	>;

	/// The oldest session whose rewards are not fully paid out.
	#[pallet::storage]
	pub type UnpaidSession<T> = StorageValue<_, SessionIndex, ValueQuery>;

	/// The session being paid out, `MaxPayoutsPerBlock` entries a block.
	#[pallet::storage]
	pub type CurrentPayout<T: Config> =
		StorageValue<_, SessionPayout<BalanceOf<T>, T::MaxIncentivizedBlueprints>>;

	/// All AIT moved from `RewardSource` into the pallet account for rewards since genesis, less
	/// what payouts returned, in 10^-12 AIT.
	#[pallet::storage]
	pub type TotalRewardsFunded<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// All AIT claimed as rewards and commission since genesis, in 10^-12 AIT.
	#[pallet::storage]
	pub type TotalRewardsPaid<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Operators bonded from the first block, with their bonds: the genesis validators,
		/// which need an operator bond like every validator. The funds must be in their
		/// balances' genesis.
		pub operators: alloc::vec::Vec<(T::AccountId, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (operator, bond) in &self.operators {
				Pallet::<T>::do_bond(operator.clone(), *bond).expect(
					"a genesis operator is funded, bonds at least MinOperatorBond, and once",
				);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An operator bonded, or added to its bond.
		Bonded {
			/// The operator.
			operator: T::AccountId,
			/// The AIT newly held as bond, in 10^-12 AIT.
			amount: BalanceOf<T>,
		},
		/// An operator scheduled part or all of its bond to be released.
		UnbondScheduled {
			/// The operator; unbonding the whole bond means it is leaving.
			operator: T::AccountId,
			/// The AIT to be released, in 10^-12 AIT; slashable until withdrawn.
			amount: BalanceOf<T>,
			/// The block from which `withdraw_unbonded` releases it.
			unlock_at: BlockNumberFor<T>,
		},
		/// An operator withdrew a ripe unbond.
		Unbonded {
			/// The operator.
			operator: T::AccountId,
			/// The AIT released from the bond hold, in 10^-12 AIT.
			amount: BalanceOf<T>,
		},
		/// The operator withdrew its whole bond.
		OperatorLeft {
			/// The operator, no longer bonded.
			operator: T::AccountId,
		},
		/// The operator's commission becomes `commission` from reward session `from_session`.
		CommissionSet {
			/// The operator.
			operator: T::AccountId,
			/// Its cut of its reward share before the rest goes to its AIT delegators.
			commission: Perbill,
			/// The first reward session paid with the new commission.
			from_session: SessionIndex,
		},
		/// Stake was delegated to an operator, or added to a delegation.
		Delegated {
			/// The delegator.
			delegator: T::AccountId,
			/// The operator backed.
			operator: T::AccountId,
			/// AIT (held in the delegator's account) or a listed asset (moved to the pallet
			/// account).
			asset: AssetOf<T>,
			/// The amount added, in the smallest unit of `asset`.
			amount: BalanceOf<T>,
		},
		/// A delegator scheduled part or all of a delegation to be returned.
		UndelegationScheduled {
			/// The delegator.
			delegator: T::AccountId,
			/// The operator backed.
			operator: T::AccountId,
			/// The delegated asset.
			asset: AssetOf<T>,
			/// The amount to be returned, in the smallest unit of `asset`; slashable until
			/// withdrawn.
			amount: BalanceOf<T>,
			/// The block from which `withdraw_undelegated` returns it.
			unlock_at: BlockNumberFor<T>,
		},
		/// A delegator withdrew a ripe undelegation.
		Undelegated {
			/// The delegator.
			delegator: T::AccountId,
			/// The operator it backed.
			operator: T::AccountId,
			/// The delegated asset.
			asset: AssetOf<T>,
			/// The amount returned, in the smallest unit of `asset`.
			amount: BalanceOf<T>,
		},
		/// An offence was recorded as an unapplied slash; it may be vetoed until `ripe_at`.
		SlashReported {
			/// The slash's id, for `cancel_slash` and `apply_slash`.
			slash_id: SlashId,
			/// The operator to be slashed (with its delegators on the blueprint).
			operator: T::AccountId,
			/// The block from which the slash can no longer be vetoed and may be applied.
			ripe_at: BlockNumberFor<T>,
		},
		/// Governance vetoed a slash during its review period; nothing is taken.
		SlashCancelled {
			/// The slash cancelled.
			slash_id: SlashId,
			/// Who vetoed it: root or the council.
			vetoer: Vetoer,
		},
		/// A further missed-heartbeats report raised a pending slash to `fraction` instead of
		/// adding one.
		SlashRaised {
			/// The pending slash raised.
			slash_id: SlashId,
			/// The operator it will slash.
			operator: T::AccountId,
			/// Its new fraction of the exposed stake.
			fraction: Perbill,
		},
		/// A dispute opened against `operator`: the stake backing `blueprint_id` is locked.
		AccusationNoted {
			/// The accused operator.
			operator: T::AccountId,
			/// The blueprint whose stake is locked until the dispute ends.
			blueprint_id: BlueprintId,
		},
		/// A dispute against `operator` ended.
		AccusationCleared {
			/// The operator.
			operator: T::AccountId,
			/// The blueprint of the dispute.
			blueprint_id: BlueprintId,
		},
		/// Governance listed `asset` as delegatable with `minimum`, or delisted it (`None`).
		DelegationAssetSet {
			/// The asset.
			asset: T::AssetId,
			/// The smallest delegation of it, in its smallest unit, or `None` if new
			/// delegations of it are no longer accepted.
			minimum: Option<BalanceOf<T>>,
		},
		/// A slash was applied: `operator_slashed` from the bond, `delegators_slashed` AIT and
		/// `delegations_slashed` delegations in all.
		SlashApplied {
			/// The slash applied.
			slash_id: SlashId,
			/// The operator slashed.
			operator: T::AccountId,
			/// The AIT taken from the operator's bond, in 10^-12 AIT.
			operator_slashed: BalanceOf<T>,
			/// The AIT taken from AIT delegations, in 10^-12 AIT (asset delegations are not
			/// counted here).
			delegators_slashed: BalanceOf<T>,
			/// How many delegations (AIT and assets) were slashed.
			delegations_slashed: u32,
		},
		/// A slash was reported when the bucket of its ripening block was full: it is stored
		/// (and vetoable) like any other, but the hook will not apply it; anyone may with
		/// `apply_slash` from `ripe_at` on.
		SlashNotQueued {
			/// The slash stored but not queued.
			slash_id: SlashId,
			/// The block from which it may be applied.
			ripe_at: BlockNumberFor<T>,
		},
		/// Governance chose where slashed stake goes.
		SlashDestinationSet {
			/// `Treasury` or `Burn`.
			destination: SlashDestination,
		},
		/// Governance set the reward pool paid each session.
		RewardPoolSet {
			/// AIT paid from `RewardSource` per session, in 10^-12 AIT.
			amount: BalanceOf<T>,
		},
		/// Governance incentivized a blueprint, changed its share, or stopped incentivizing it.
		BlueprintIncentiveSet {
			/// The blueprint.
			blueprint_id: BlueprintId,
			/// Its share of each session's pool, or `None`: it earns no rewards any more.
			share: Option<Perbill>,
		},
		/// A closed session's pool was funded; its `entries` are paid over the next blocks.
		SessionFunded {
			/// The session paid.
			session: SessionIndex,
			/// The AIT moved from `RewardSource` to the pallet account, in 10^-12 AIT.
			funded: BalanceOf<T>,
			/// How many (blueprint, operator) point entries share it.
			entries: u32,
		},
		/// A session's payout finished: `funded` AIT went to `operators` entries by points, but
		/// `returned` of it went back to the reward source, because the entries' work had not
		/// burned enough in fees to be paid more (or because of rounding).
		SessionRewarded {
			/// The session paid.
			session: SessionIndex,
			/// The AIT the session was funded with, in 10^-12 AIT.
			funded: BalanceOf<T>,
			/// How many point entries were awarded.
			operators: u32,
			/// The AIT sent back to `RewardSource`, in 10^-12 AIT.
			returned: BalanceOf<T>,
		},
		/// Points of `operator` on `blueprint_id` were refused: governance incentivized more
		/// blueprints within `session` than a session's tally holds.
		PointsNotRecorded {
			/// The session.
			session: SessionIndex,
			/// The blueprint the points were for.
			blueprint_id: BlueprintId,
			/// The operator that earned them.
			operator: T::AccountId,
		},
		/// The reward source could not pay the session; its points were dropped.
		SessionRewardsSkipped {
			/// The session left unpaid.
			session: SessionIndex,
		},
		/// Rewards (and, for the operator itself, commission) were claimed.
		RewardsClaimed {
			/// The account paid.
			who: T::AccountId,
			/// The operator the rewards were earned through.
			operator: T::AccountId,
			/// The AIT paid, in 10^-12 AIT.
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
		/// The stake backs an open dispute or an unapplied slash of the operator; it cannot
		/// leave (nor, for a delegation, grow) until that is settled.
		SlashPending,
		/// The asset is not listed as delegatable (see `set_delegation_asset`).
		AssetNotDelegatable,
		/// `MaxDelegationAssets` assets are already listed.
		TooManyDelegationAssets,
		/// A delegation asset's minimum must not be zero.
		ZeroMinimum,
		/// The previous commission change is in force for the running session and not yet
		/// settled; change it again next session.
		CommissionChangePending,
		/// No such unapplied slash.
		SlashNotFound,
		/// The slash is still in its review period.
		SlashNotRipe,
		/// The slash already ripened, so it can no longer be vetoed.
		SlashAlreadyRipe,
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
			assert!(
				T::MaxSlashesProcessedPerBlock::get() > 0,
				"MaxSlashesProcessedPerBlock must not be zero"
			);
			// A payout that takes no entries a block would never finish.
			assert!(
				T::MaxPayoutsPerBlock::get() > 0,
				"MaxPayoutsPerBlock must not be zero"
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

		/// Release a ripe unbond. Refused while the operator runs services, or if it would take
		/// bond that backs an open dispute or an unapplied slash.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Set the operator's commission on its reward share, from the next reward session.
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

		/// Return a ripe undelegation. Refused while the delegation backs an open dispute or an
		/// unapplied slash of the operator.
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

		/// Allow `asset` to be delegated with at least `minimum` per delegation, or stop new
		/// delegations of it with `None` (existing ones may still leave).
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::set_delegation_asset())]
		pub fn set_delegation_asset(
			origin: OriginFor<T>,
			asset: T::AssetId,
			minimum: Option<BalanceOf<T>>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_delegation_asset(asset, minimum)
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
