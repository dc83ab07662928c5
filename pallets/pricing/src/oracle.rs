//! [`PriceOracle`] for the other pallets. Recording never fails and ignores unknown classes:
//! the caller's paid-for action must not be undone because pricing has no opinion on it.

use crate::{pallet::*, BalanceOf};
use aitbc_primitives::{traits::PriceOracle, ResourceClass};
use sp_runtime::traits::Bounded;

impl<T: Config> PriceOracle<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn price_per_unit(class: ResourceClass) -> Option<BalanceOf<T>> {
		Classes::<T>::get(class).map(|entry| entry.market.price)
	}

	fn quote(class: ResourceClass, units: u64) -> Option<BalanceOf<T>> {
		Self::quote_with_cap(class, units, BalanceOf::<T>::max_value()).ok()
	}

	fn operator_ask(class: ResourceClass, operator: &T::AccountId) -> Option<BalanceOf<T>> {
		let params = Classes::<T>::get(class)?.params;
		let ask = Asks::<T>::get(class, operator)?;
		(params.floor <= ask.price && ask.price <= params.ceiling).then_some(ask.price)
	}

	fn record_demand(class: ResourceClass, units: u64) {
		Classes::<T>::mutate_extant(class, |entry| {
			entry.market.period_demand = entry.market.period_demand.saturating_add(units);
		});
	}

	fn add_supply(class: ResourceClass, units: u64) {
		// The registry bounds each registration's capacity, so the sum stays far from
		// `u64::MAX`; saturating only keeps a broken registry from panicking us.
		Self::set_supply(class, Supply::<T>::get(class).saturating_add(units));
	}

	fn remove_supply(class: ResourceClass, units: u64) {
		Self::set_supply(class, Supply::<T>::get(class).saturating_sub(units));
	}
}

impl<T: Config> Pallet<T> {
	/// Record `supply` for `class`, and in its market if the class is priced.
	fn set_supply(class: ResourceClass, supply: u64) {
		Supply::<T>::insert(class, supply);
		Classes::<T>::mutate_extant(class, |entry| entry.market.supply = supply);
	}
}
