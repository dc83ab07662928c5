//! Benchmarks for the pricing pallet, each call at its worst case.

use super::*;
use crate::pallet::{Asks, ClassCount, Classes, Pallet as Pricing};
use aitbc_primitives::traits::PriceOracle;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get, Hooks};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{One, SaturatedConversion, Saturating},
	Perbill,
};

fn balance<T: Config>(amount: u32) -> BalanceOf<T> {
	amount.into()
}

fn params<T: Config>() -> ClassParams<BalanceOf<T>> {
	ClassParams {
		floor: balance::<T>(1_000),
		ceiling: balance::<T>(1_000_000_000),
		target_utilisation: Perbill::from_percent(50),
		smoothing: Perbill::from_percent(20),
		max_step: MAX_STEP_LIMIT,
	}
}

/// Exactly `count` classes, numbered from 0, each with supply and full demand over the period so
/// its price moves. Classes from the chain's genesis are removed first so that `count` is the real count.
fn fill_classes<T: Config>(count: u32) -> Result<(), BenchmarkError> {
	let _ = Classes::<T>::clear(u32::MAX, None);
	ClassCount::<T>::kill();
	let period: u64 = T::UpdatePeriod::get().max(One::one()).saturated_into();
	for id in 0..count {
		let class = ResourceClass(id);
		Pricing::<T>::insert_class(class, params::<T>(), balance::<T>(1_000_000))
			.map_err(|_| BenchmarkError::Stop("cannot create class"))?;
		<Pricing<T> as PriceOracle<_, _>>::add_supply(class, 1_000);
		<Pricing<T> as PriceOracle<_, _>>::record_demand(class, period.saturating_mul(1_000));
	}
	Ok(())
}

fn governance_origin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn funded_account<T: Config>() -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	let amount = T::AskDeposit::get()
		.saturating_mul(balance::<T>(100))
		.saturating_add(balance::<T>(1_000_000_000));
	T::Currency::set_balance(&who, amount);
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_class() -> Result<(), BenchmarkError> {
		fill_classes::<T>(T::MaxClasses::get().saturating_sub(1))?;
		let origin = governance_origin::<T>()?;
		let class = ResourceClass(u32::MAX);

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			class,
			params::<T>(),
			balance::<T>(5_000),
		);

		assert!(Classes::<T>::contains_key(class));
		assert_eq!(ClassCount::<T>::get(), T::MaxClasses::get());
		Ok(())
	}

	#[benchmark]
	fn update_parameters() -> Result<(), BenchmarkError> {
		fill_classes::<T>(1)?;
		let origin = governance_origin::<T>()?;
		let class = ResourceClass(0);
		// A lower ceiling clamps the price: the path that also emits `PriceUpdated`.
		let new_params = ClassParams {
			ceiling: balance::<T>(2_000),
			..params::<T>()
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, class, new_params);

		assert_eq!(
			Pricing::<T>::market(class).map(|market| market.price),
			Some(balance::<T>(2_000))
		);
		Ok(())
	}

	#[benchmark]
	fn remove_class() -> Result<(), BenchmarkError> {
		fill_classes::<T>(1)?;
		let origin = governance_origin::<T>()?;
		let class = ResourceClass(0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, class);

		assert!(!Classes::<T>::contains_key(class));
		Ok(())
	}

	#[benchmark]
	fn set_ask() -> Result<(), BenchmarkError> {
		fill_classes::<T>(1)?;
		let class = ResourceClass(0);
		let who = funded_account::<T>();
		let price = balance::<T>(5_000);

		// A first ask: the path that also holds the deposit.
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), class, price);

		assert_eq!(
			Asks::<T>::get(class, &who).map(|ask| ask.price),
			Some(price)
		);
		Ok(())
	}

	#[benchmark]
	fn clear_ask() -> Result<(), BenchmarkError> {
		fill_classes::<T>(1)?;
		let class = ResourceClass(0);
		let who = funded_account::<T>();
		Pricing::<T>::set_ask(
			RawOrigin::Signed(who.clone()).into(),
			class,
			balance::<T>(5_000),
		)
		.map_err(|_| BenchmarkError::Stop("cannot set ask"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), class);

		assert!(!Asks::<T>::contains_key(class, &who));
		Ok(())
	}

	/// An update block with `c` classes, every price moving (and emitting an event).
	#[benchmark]
	fn on_initialize_update(c: Linear<0, { T::MaxClasses::get() }>) -> Result<(), BenchmarkError> {
		fill_classes::<T>(c)?;
		let now: BlockNumberFor<T> = T::UpdatePeriod::get().max(One::one());

		#[block]
		{
			Pricing::<T>::on_initialize(now);
		}

		for id in 0..c {
			let market = Pricing::<T>::market(ResourceClass(id))
				.ok_or(BenchmarkError::Stop("class lost"))?;
			assert_eq!(market.last_update, now);
			assert!(market.price > balance::<T>(1_000_000));
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pricing, crate::mock::new_test_ext(), crate::mock::Test);
}
