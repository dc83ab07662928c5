//! # Pricing pallet
//!
//! A price per compute unit for each resource class (for example a GPU generation) that follows
//! supply and demand without being easy to push around.
//!
//! ## How the pieces fit
//!
//! - **Classes.** Governance ([`Config::GovernanceOrigin`]) creates a class with a floor, a
//!   ceiling, a starting price, a target utilisation, a smoothing factor and a maximum step
//!   (at most [`types::MAX_STEP_LIMIT`], 12.5%), changes those parameters, or removes the class.
//!   At most [`Config::MaxClasses`] classes exist; the genesis config may list initial ones.
//! - **Demand and supply.** Other pallets report through
//!   [`PriceOracle`](aitbc_primitives::traits::PriceOracle): `Services` adds and
//!   removes the capacity active operators register (supply, in compute units per block, each
//!   registration bounded by the registry); `Receipts` records the units of settled jobs paid in
//!   AIT, once, at settlement. Only paid-for, on-chain activity is reported, so free calls and
//!   self-dealing in a made-up asset cannot move the price. Supply is kept per class in
//!   [`Supply`], apart from the class, so removing and re-creating a class keeps the capacity of
//!   the operators still registered in it; demand for an unknown class is ignored.
//! - **Update.** Every [`Config::UpdatePeriod`] blocks, `on_initialize` updates every class
//!   once (O(classes), at most `MaxClasses`): the period's utilisation enters an exponential
//!   moving average and the price takes one bounded step towards the target, in the spirit of
//!   EIP-1559's base fee:
//!
//!   ```text
//!   u      = min(1, demand / (supply · P))    (P = UpdatePeriod; 1 if supply = 0 < demand)
//!   ē'     = ē + α·(u − ē)                    (α = smoothing; exponential moving average)
//!   d      = (ē' − t) / (1 − t)   if ē' ≥ t   (t = target utilisation; d ∈ [0, 1])
//!          = (ē' − t) / t         if ē' < t   (d ∈ [−1, 0))
//!   price' = clamp(price · (1 + s·d), floor, ceiling)      (s = max step ≤ 12.5%)
//!   v'     = v + α·(|price' − price| / price − v)          (volatility)
//!   ```
//!
//!   All in `Perbill` fixed point, no floats (see [`market`] for the rounding). Sustained full
//!   use raises the price by a step growing to `s` per period as the average catches up, and
//!   sustained idleness lowers it likewise. From a steady average a single period's spike moves
//!   it by `α·s` at most at once (up to the average's rounding of one part per billion) and never
//!   by more than one step `s`; the steps the spike causes while the average returns add up to at
//!   most `s`. A new class starts with its average at the target, so it moves only as real
//!   demand arrives.
//! - **Quotes.** [`Pallet::quote_with_cap`] prices `units` in a class and refuses when the price
//!   exceeds the caller's cap; `PriceOracle::quote` and the [`runtime_api::PricingApi`] (behind
//!   the node's `pricing_quote` RPC) let wallets show a price before a job is called.
//! - **Asks.** Any signed account may publish its own price for a class with
//!   [`Pallet::set_ask`] (within the class's floor and ceiling, holding [`Config::AskDeposit`]
//!   for the storage) and withdraw it with [`Pallet::clear_ask`]. `Services` decides whether an
//!   ask is used; `PriceOracle::operator_ask` hides asks of removed classes and asks that a
//!   later change of bounds left outside `[floor, ceiling]`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod market;
mod oracle;
pub mod runtime_api;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use types::{Ask, ClassParams, MarketData, PriceClass, MAX_STEP_LIMIT};
pub use weights::WeightInfo;

use aitbc_primitives::ResourceClass;
use frame_support::traits::fungible;

/// The balance type of [`Config::Currency`], in which prices are quoted.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A class as stored, for a runtime `T`.
pub type PriceClassOf<T> =
	PriceClass<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;

/// Dynamic price per compute unit for each resource class (for example a GPU generation).
///
/// Every `UpdatePeriod` blocks each class's price takes one bounded step towards the price at
/// which paid demand meets the capacity operators offer, between a floor and a ceiling that
/// governance sets. Prices are in the smallest unit of AIT (10^-12 AIT) per compute unit.
/// Operators may also publish their own asks within a class's bounds.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible::MutateHold, tokens::Precision},
	};
	use frame_system::pallet_prelude::*;
	use sp_arithmetic::traits::CheckedRem;
	use sp_runtime::{
		traits::{CheckedMul, One, SaturatedConversion, Zero},
		Perbill,
	};

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Holds the deposits of published asks.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Creates, changes and removes classes (root or the council).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most resource classes that may exist; bounds the work of every update.
		#[pallet::constant]
		type MaxClasses: Get<u32>;

		/// Blocks between price updates. Demand is summed over the period and compared with the
		/// supply per block times the period. Zero counts as one.
		#[pallet::constant]
		type UpdatePeriod: Get<BlockNumberFor<Self>>;

		/// Held from an account for each ask it publishes, for the storage it takes.
		#[pallet::constant]
		type AskDeposit: Get<BalanceOf<Self>>;

		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a published ask.
		AskDeposit,
	}

	/// Every resource class: governance parameters and market state.
	#[pallet::storage]
	pub type Classes<T: Config> = StorageMap<_, Twox64Concat, ResourceClass, PriceClassOf<T>>;

	/// How many entries `Classes` has; never above `MaxClasses`.
	#[pallet::storage]
	pub type ClassCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The capacity active operators offer per class (compute units per block), as the
	/// registry reports it. Kept apart from [`Classes`], so removing and re-creating a class
	/// does not forget the operators still registered in it; a class's market copies it.
	#[pallet::storage]
	pub type Supply<T: Config> = StorageMap<_, Twox64Concat, ResourceClass, u64, ValueQuery>;

	/// Published asks: class, then account.
	#[pallet::storage]
	pub type Asks<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ResourceClass,
		Blake2_128Concat,
		T::AccountId,
		Ask<BalanceOf<T>>,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial classes: id, parameters and starting price. Amounts are `u128` because the
		/// `fungible` balance type need not be serde-serialisable; each must fit `BalanceOf<T>`.
		pub classes: alloc::vec::Vec<(ResourceClass, ClassParams<u128>, u128)>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let balance = |amount: u128| match BalanceOf::<T>::try_from(amount) {
				Ok(amount) => amount,
				Err(_) => panic!("pricing genesis amount {amount} overflows the balance type"),
			};
			for (resource_class, params, start_price) in &self.classes {
				let params = ClassParams {
					floor: balance(params.floor),
					ceiling: balance(params.ceiling),
					target_utilisation: params.target_utilisation,
					smoothing: params.smoothing,
					max_step: params.max_step,
				};
				let created =
					Pallet::<T>::insert_class(*resource_class, params, balance(*start_price));
				assert!(
					created.is_ok(),
					"pricing genesis class {resource_class:?} is invalid: {created:?}"
				);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance created a class.
		ClassCreated {
			/// The new class's id.
			resource_class: ResourceClass,
			/// Its floor and ceiling (per compute unit, in 10^-12 AIT), target utilisation,
			/// smoothing factor and maximum step per update.
			params: ClassParams<BalanceOf<T>>,
			/// Its starting price per compute unit, in 10^-12 AIT.
			price: BalanceOf<T>,
		},
		/// Governance changed a class's parameters.
		ParametersUpdated {
			/// The class changed.
			resource_class: ResourceClass,
			/// Its new floor and ceiling (per compute unit, in 10^-12 AIT), target utilisation,
			/// smoothing factor and maximum step per update.
			params: ClassParams<BalanceOf<T>>,
		},
		/// Governance removed a class.
		ClassRemoved {
			/// The class removed; its asks stay until their owners clear them.
			resource_class: ResourceClass,
		},
		/// The price per unit changed, by an update or because new bounds clamped it.
		PriceUpdated {
			/// The class whose price changed.
			resource_class: ResourceClass,
			/// The price per compute unit before, in 10^-12 AIT.
			old_price: BalanceOf<T>,
			/// The price per compute unit now, in 10^-12 AIT.
			new_price: BalanceOf<T>,
			/// The moving average of utilisation (paid demand over offered capacity) the price
			/// follows; above the class's target it pushes the price up, below it down.
			average_utilisation: Perbill,
		},
		/// An account published or changed its ask.
		AskSet {
			/// The class the ask is for.
			resource_class: ResourceClass,
			/// The account that published the ask.
			who: T::AccountId,
			/// The asked price per compute unit, in 10^-12 AIT.
			price: BalanceOf<T>,
		},
		/// An account withdrew its ask and got its deposit back.
		AskCleared {
			/// The class the ask was for.
			resource_class: ResourceClass,
			/// The account that withdrew its ask.
			who: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A class with this id already exists.
		ClassAlreadyExists,
		/// No class with this id exists.
		UnknownClass,
		/// `MaxClasses` classes already exist; remove an unused class first.
		TooManyClasses,
		/// The floor is zero; a zero price could never rise again.
		ZeroFloor,
		/// The floor is above the ceiling.
		FloorAboveCeiling,
		/// The starting price is outside `[floor, ceiling]`.
		StartPriceOutOfBounds,
		/// The target utilisation is 0% or 100%; it must lie strictly between.
		TargetUtilisationOutOfRange,
		/// The smoothing factor is zero, so the average would never move.
		ZeroSmoothing,
		/// The maximum step is above 12.5%.
		StepAboveLimit,
		/// The ask is outside the class's `[floor, ceiling]`; see the class's parameters.
		AskOutOfBounds,
		/// The account has no ask in this class.
		NoAsk,
		/// The account cannot hold the ask deposit (`AskDeposit`) from its free balance.
		InsufficientBalanceForDeposit,
		/// The price of that many units does not fit in the balance type; ask for fewer units.
		QuoteOverflow,
		/// The price of the units at the current price per unit is above the caller's cap;
		/// raise the cap or wait for the price to fall.
		QuoteExceedsCap,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			if Self::is_update_block(now) {
				let updated = Self::update_markets(now);
				T::WeightInfo::on_initialize_update(updated)
			} else {
				Weight::zero()
			}
		}

		fn integrity_test() {
			assert!(
				T::MaxClasses::get() > 0,
				"MaxClasses must allow at least one class"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create a resource class with its parameters and starting price.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_class())]
		pub fn create_class(
			origin: OriginFor<T>,
			resource_class: ResourceClass,
			params: ClassParams<BalanceOf<T>>,
			start_price: BalanceOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::insert_class(resource_class, params, start_price)?;
			Self::deposit_event(Event::ClassCreated {
				resource_class,
				params,
				price: start_price,
			});
			Ok(())
		}

		/// Replace a class's parameters. The market state is kept; a price outside the new
		/// bounds is clamped into them.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_parameters())]
		pub fn update_parameters(
			origin: OriginFor<T>,
			resource_class: ResourceClass,
			params: ClassParams<BalanceOf<T>>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::ensure_valid(&params)?;
			let mut entry = Classes::<T>::get(resource_class).ok_or(Error::<T>::UnknownClass)?;
			let old_price = entry.market.price;
			entry.params = params;
			entry.market.price = old_price.max(params.floor).min(params.ceiling);
			Classes::<T>::insert(resource_class, &entry);
			Self::deposit_event(Event::ParametersUpdated {
				resource_class,
				params,
			});
			Self::note_price_change(resource_class, old_price, &entry.market);
			Ok(())
		}

		/// Remove a class and its market. Asks published for it stay until their owners clear
		/// them (getting their deposits back) and are not offered meanwhile.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_class())]
		pub fn remove_class(origin: OriginFor<T>, resource_class: ResourceClass) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Classes::<T>::take(resource_class).ok_or(Error::<T>::UnknownClass)?;
			ClassCount::<T>::mutate(|count| *count = count.saturating_sub(1));
			Self::deposit_event(Event::ClassRemoved { resource_class });
			Ok(())
		}

		/// Publish or change the caller's price per unit in `class`. The first ask in a class
		/// holds `AskDeposit` from the caller.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_ask())]
		pub fn set_ask(
			origin: OriginFor<T>,
			resource_class: ResourceClass,
			price: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let entry = Classes::<T>::get(resource_class).ok_or(Error::<T>::UnknownClass)?;
			ensure!(
				entry.params.floor <= price && price <= entry.params.ceiling,
				Error::<T>::AskOutOfBounds
			);
			let ask = match Asks::<T>::get(resource_class, &who) {
				Some(existing) => Ask {
					price,
					deposit: existing.deposit,
				},
				None => {
					let deposit = T::AskDeposit::get();
					if !deposit.is_zero() {
						T::Currency::hold(&HoldReason::AskDeposit.into(), &who, deposit)
							.map_err(|_| Error::<T>::InsufficientBalanceForDeposit)?;
					}
					Ask { price, deposit }
				}
			};
			Asks::<T>::insert(resource_class, &who, ask);
			Self::deposit_event(Event::AskSet {
				resource_class,
				who,
				price,
			});
			Ok(())
		}

		/// Withdraw the caller's ask in `class` (also after the class was removed) and release
		/// its deposit.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::clear_ask())]
		pub fn clear_ask(origin: OriginFor<T>, resource_class: ResourceClass) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let ask = Asks::<T>::take(resource_class, &who).ok_or(Error::<T>::NoAsk)?;
			if !ask.deposit.is_zero() {
				// Best effort: if something else slashed the hold, release what is left rather
				// than keep the ask forever.
				T::Currency::release(
					&HoldReason::AskDeposit.into(),
					&who,
					ask.deposit,
					Precision::BestEffort,
				)?;
			}
			Self::deposit_event(Event::AskCleared {
				resource_class,
				who,
			});
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Blocks per update period, at least one.
		fn period() -> BlockNumberFor<T> {
			T::UpdatePeriod::get().max(One::one())
		}

		/// Whether `now` ends an update period.
		pub(crate) fn is_update_block(now: BlockNumberFor<T>) -> bool {
			now.checked_rem(&Self::period())
				.is_some_and(|rest| rest.is_zero())
		}

		/// Update every class once; returns how many classes were visited.
		pub(crate) fn update_markets(now: BlockNumberFor<T>) -> u32 {
			let mut visited: u32 = 0;
			let period_blocks: u64 = Self::period().saturated_into();
			Classes::<T>::translate::<PriceClassOf<T>, _>(|resource_class, mut entry| {
				visited = visited.saturating_add(1);
				let old_price = entry.market.price;
				entry.market = market::advance(&entry.params, &entry.market, now, period_blocks);
				Self::note_price_change(resource_class, old_price, &entry.market);
				Some(entry)
			});
			visited
		}

		/// Emit `PriceUpdated` if `market`'s price differs from `old_price`.
		fn note_price_change(
			resource_class: ResourceClass,
			old_price: BalanceOf<T>,
			market: &MarketData<BalanceOf<T>, BlockNumberFor<T>>,
		) {
			if market.price != old_price {
				Self::deposit_event(Event::PriceUpdated {
					resource_class,
					old_price,
					new_price: market.price,
					average_utilisation: market.average_utilisation,
				});
			}
		}

		/// Check parameters and store a new class, without an event (shared by the call and
		/// genesis).
		pub(crate) fn insert_class(
			resource_class: ResourceClass,
			params: ClassParams<BalanceOf<T>>,
			start_price: BalanceOf<T>,
		) -> DispatchResult {
			Self::ensure_valid(&params)?;
			ensure!(
				params.floor <= start_price && start_price <= params.ceiling,
				Error::<T>::StartPriceOutOfBounds
			);
			ensure!(
				!Classes::<T>::contains_key(resource_class),
				Error::<T>::ClassAlreadyExists
			);
			let count = ClassCount::<T>::get();
			ensure!(count < T::MaxClasses::get(), Error::<T>::TooManyClasses);
			let market = MarketData {
				price: start_price,
				utilisation: Perbill::zero(),
				// Neutral start: the first updates move the price only as real demand arrives.
				average_utilisation: params.target_utilisation,
				volatility: Perbill::zero(),
				last_update: frame_system::Pallet::<T>::block_number(),
				period_demand: 0,
				supply: Supply::<T>::get(resource_class),
			};
			Classes::<T>::insert(resource_class, PriceClass { params, market });
			ClassCount::<T>::put(count.saturating_add(1));
			Ok(())
		}

		pub(crate) fn ensure_valid(params: &ClassParams<BalanceOf<T>>) -> DispatchResult {
			ensure!(!params.floor.is_zero(), Error::<T>::ZeroFloor);
			ensure!(
				params.floor <= params.ceiling,
				Error::<T>::FloorAboveCeiling
			);
			ensure!(
				!params.target_utilisation.is_zero() && !params.target_utilisation.is_one(),
				Error::<T>::TargetUtilisationOutOfRange
			);
			ensure!(!params.smoothing.is_zero(), Error::<T>::ZeroSmoothing);
			ensure!(
				params.max_step <= MAX_STEP_LIMIT,
				Error::<T>::StepAboveLimit
			);
			Ok(())
		}

		/// The price of `units` in `class`, refused if it is above `cap`.
		pub fn quote_with_cap(
			resource_class: ResourceClass,
			units: u64,
			cap: BalanceOf<T>,
		) -> Result<BalanceOf<T>, Error<T>> {
			let entry = Classes::<T>::get(resource_class).ok_or(Error::<T>::UnknownClass)?;
			let units = BalanceOf::<T>::try_from(units).map_err(|_| Error::<T>::QuoteOverflow)?;
			let total = entry
				.market
				.price
				.checked_mul(&units)
				.ok_or(Error::<T>::QuoteOverflow)?;
			ensure!(total <= cap, Error::<T>::QuoteExceedsCap);
			Ok(total)
		}

		/// The market state of `class`.
		pub fn market(
			resource_class: ResourceClass,
		) -> Option<MarketData<BalanceOf<T>, BlockNumberFor<T>>> {
			Classes::<T>::get(resource_class).map(|entry| entry.market)
		}

		/// The governance parameters of `class`.
		pub fn parameters(resource_class: ResourceClass) -> Option<ClassParams<BalanceOf<T>>> {
			Classes::<T>::get(resource_class).map(|entry| entry.params)
		}

		/// Every class id (at most `MaxClasses`).
		pub fn class_ids() -> alloc::vec::Vec<ResourceClass> {
			Classes::<T>::iter_keys().collect()
		}

		#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use alloc::collections::btree_map::BTreeMap;
			use frame_support::traits::fungible::InspectHold;
			use sp_runtime::Saturating;

			let mut classes: u32 = 0;
			for (resource_class, entry) in Classes::<T>::iter() {
				classes = classes.saturating_add(1);
				Self::ensure_valid(&entry.params).map_err(|_| "a class has invalid parameters")?;
				ensure!(
					entry.market.supply == Supply::<T>::get(resource_class),
					"a market's supply differs from the registry's"
				);
				ensure!(
					entry.params.floor <= entry.market.price
						&& entry.market.price <= entry.params.ceiling,
					"a price is outside its class's bounds"
				);
			}
			ensure!(
				classes == ClassCount::<T>::get(),
				"ClassCount does not match Classes"
			);
			ensure!(
				classes <= T::MaxClasses::get(),
				"more classes than MaxClasses"
			);

			let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
			for (_, who, ask) in Asks::<T>::iter() {
				let held = deposits.entry(who).or_default();
				*held = held.saturating_add(ask.deposit);
			}
			let reason: T::RuntimeHoldReason = HoldReason::AskDeposit.into();
			for (who, expected) in deposits {
				ensure!(
					T::Currency::balance_on_hold(&reason, &who) == expected,
					"ask deposits differ from the balance on hold"
				);
			}
			Ok(())
		}
	}
}
