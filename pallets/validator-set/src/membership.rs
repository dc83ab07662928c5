//! Changes of the governed set, and who may be in it.

use crate::pallet::*;
use aitbc_primitives::traits::StakeInfo;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{Get, ValidatorRegistration},
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_add(validator: T::AccountId) -> DispatchResult {
		let mut validators = Validators::<T>::get();
		let at = match validators.binary_search(&validator) {
			Ok(_) => return Err(Error::<T>::AlreadyValidator.into()),
			Err(at) => at,
		};
		ensure!(
			T::ValidatorRegistration::is_registered(&validator),
			Error::<T>::NoSessionKeys
		);
		ensure!(Self::has_bond(&validator), Error::<T>::BondTooLow);
		validators
			.try_insert(at, validator.clone())
			.map_err(|_| Error::<T>::TooManyValidators)?;
		Validators::<T>::put(validators);
		Self::deposit_event(Event::ValidatorAdded { validator });
		Ok(())
	}

	pub(crate) fn do_remove(validator: &T::AccountId) -> DispatchResult {
		let mut validators = Validators::<T>::get();
		let at = validators
			.binary_search(validator)
			.map_err(|_| Error::<T>::NotValidator)?;
		ensure!(
			validators.len() > T::MinValidators::get() as usize,
			Error::<T>::TooFewValidators
		);
		validators.remove(at);
		Validators::<T>::put(validators);
		Ok(())
	}

	/// Whether `who` holds the operator bond a validator needs.
	pub(crate) fn has_bond(who: &T::AccountId) -> bool {
		let min = T::MinValidatorBond::get();
		min == T::Balance::default() || T::Stake::operator_bond(who).is_some_and(|b| b >= min)
	}

	/// Whether `who` is in the governed set.
	pub fn is_validator(who: &T::AccountId) -> bool {
		Validators::<T>::get().binary_search(who).is_ok()
	}
}
