//! The validator set's invariants, checked by `try_state` and after every step of the tests.

use crate::pallet::*;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let validators = Validators::<T>::get();
		ensure!(
			validators
				.windows(2)
				.all(|pair| matches!(pair, [a, b] if a < b)),
			"the validator set is not sorted and free of repeats"
		);
		ensure!(!validators.is_empty(), "the validator set is empty");
		let planned = Planned::<T>::get();
		ensure!(
			planned
				.windows(2)
				.all(|pair| matches!(pair, [a, b] if a < b)),
			"the planned set is not sorted and free of repeats"
		);
		ensure!(!planned.is_empty(), "the planned set is empty");
		for (session, count) in OffenderCount::<T>::iter() {
			ensure!(count > 0, "an offender count of zero is stored");
			ensure!(
				count <= T::MaxValidators::get(),
				"more offenders in a session than MaxValidators"
			);
			let held = Offenders::<T>::iter_prefix(session).count();
			ensure!(
				held == count as usize,
				"an offender count differs from the offenders held"
			);
		}
		for (session, _) in Offenders::<T>::iter_keys() {
			ensure!(
				OffenderCount::<T>::contains_key(session),
				"offenders are held for a session without a count"
			);
		}
		Ok(())
	}
}
