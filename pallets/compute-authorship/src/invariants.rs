//! `try_state`: what must hold after every block.

use crate::pallet::*;
use aitbc_primitives::authorship::AuthorshipMode;
use frame_support::traits::Get;
use sp_runtime::{Perbill, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let Some(current) = CurrentEpoch::<T>::get() else {
			frame_support::ensure!(
				NextEpoch::<T>::get().is_none(),
				"a next epoch without a current one"
			);
			return Ok(());
		};
		for epoch in core::iter::once(&current).chain(NextEpoch::<T>::get().as_ref()) {
			Self::check_shares(epoch)?;
		}
		frame_support::ensure!(
			NextEpoch::<T>::get().is_some_and(|next| next.index == current.index.saturating_add(1)),
			"the next epoch is not planned, or not for the next session"
		);
		frame_support::ensure!(
			Liveness::<T>::get().len() == current.authorities.len(),
			"slot records do not match the current authorities"
		);
		// Aura's authorities are the epoch's, in the same order: both come from the session's
		// validators, so an Aura epoch's `slot % n` and the weighted draw name the same keys.
		let keys: alloc::vec::Vec<_> = current.authorities.iter().map(|a| a.key.clone()).collect();
		frame_support::ensure!(
			T::AuraAuthorities::get() == keys,
			"the epoch's keys are not Aura's authorities"
		);
		let handed_over = HandoverSession::<T>::get().is_some_and(|h| h <= current.index);
		match current.mode {
			AuthorshipMode::Weighted => {
				frame_support::ensure!(handed_over, "a weighted epoch without a handover")
			}
			AuthorshipMode::Aura => {
				frame_support::ensure!(!handed_over, "an Aura epoch after the handover")
			}
		}
		Ok(())
	}

	/// Shares sum to the whole (give or take a part per authority, from rounding) and keep their bounds
	/// (as relaxed when `n` authorities cannot meet them).
	fn check_shares(epoch: &EpochOf<T>) -> Result<(), TryRuntimeError> {
		let n = u32::try_from(epoch.authorities.len()).unwrap_or(u32::MAX);
		if n == 0 {
			return Ok(());
		}
		let total = epoch
			.authorities
			.iter()
			.fold(0u64, |t, a| t.saturating_add(a.share.deconstruct().into()));
		let whole = u64::from(Perbill::one().deconstruct());
		// Each share is rounded to the nearest part.
		frame_support::ensure!(
			total.abs_diff(whole) <= u64::from(n),
			"an epoch's shares do not add up to the whole"
		);
		let even = Perbill::from_rational(1, n);
		let min = T::MinShare::get().min(even).deconstruct().saturating_sub(1);
		let max = T::MaxShare::get().max(even).deconstruct().saturating_add(1);
		frame_support::ensure!(
			epoch
				.authorities
				.iter()
				.all(|a| (min..=max).contains(&a.share.deconstruct())),
			"a share outside its bounds"
		);
		Ok(())
	}
}
