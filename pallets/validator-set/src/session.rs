//! `pallet-session`'s session manager: the validators of each session it plans.

use crate::{pallet::*, Ineligibility};
use alloc::vec::Vec;
use frame_support::traits::{Get, ValidatorRegistration};
use sp_runtime::traits::Convert;
use sp_staking::SessionIndex;

impl<T: Config> Pallet<T> {
	/// The members of the governed set that can validate, or `None` to keep the previous plan:
	/// when nothing changed, or when fewer than `MinValidators` could validate.
	pub(crate) fn plan_session(session: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::prune_history(session);
		let mut eligible = Vec::new();
		for validator in Validators::<T>::get() {
			match Self::ineligibility(&validator) {
				None => eligible.push(validator),
				Some(reason) => Self::deposit_event(Event::ValidatorSkipped {
					validator,
					session,
					reason,
				}),
			}
		}
		let count = u32::try_from(eligible.len()).unwrap_or(u32::MAX);
		let planned = Planned::<T>::get();
		// A plan may shrink the set only down to the minimum (a chain that started smaller, a
		// dev chain, may still grow towards it), and never empty it.
		if eligible.is_empty()
			|| (count < T::MinValidators::get() && eligible.len() < planned.len())
		{
			Self::deposit_event(Event::PlanKept {
				session,
				eligible: count,
			});
			return None;
		}
		if planned.as_slice() == eligible.as_slice() {
			return None;
		}
		// `eligible` is a subset of `Validators`, so it is sorted and bounded alike.
		let bounded: frame_support::BoundedVec<_, T::MaxValidators> =
			eligible.clone().try_into().ok()?;
		Planned::<T>::put(bounded);
		Self::deposit_event(Event::SetPlanned { session, count });
		Some(eligible)
	}

	/// A genesis without validators of its own governs the validators `pallet-session`'s
	/// genesis keys named.
	fn adopt_genesis_validators() {
		let mut validators = pallet_session::Validators::<T>::get();
		validators.sort();
		validators.dedup();
		let validators =
			frame_support::BoundedVec::<_, T::MaxValidators>::truncate_from(validators);
		Validators::<T>::put(&validators);
		Planned::<T>::put(validators);
	}

	/// Why a member of the governed set cannot validate now, if it cannot.
	pub(crate) fn ineligibility(validator: &T::AccountId) -> Option<Ineligibility> {
		if !T::ValidatorRegistration::is_registered(validator) {
			Some(Ineligibility::NoSessionKeys)
		} else if !Self::has_bond(validator) {
			Some(Ineligibility::BondTooLow)
		} else {
			None
		}
	}

	/// Forget the key history and the offenders of the session that just left the window.
	fn prune_history(session: SessionIndex) {
		let Some(oldest_kept) = session.checked_sub(T::HistoryDepth::get()) else {
			return;
		};
		pallet_session::historical::Pallet::<T>::prune_up_to(oldest_kept);
		if let Some(gone) = oldest_kept.checked_sub(1) {
			SessionStarts::<T>::remove(gone);
			let count = OffenderCount::<T>::take(gone);
			if count > 0 {
				let _ = Offenders::<T>::clear_prefix(gone, count, None);
			}
		}
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan_session(new_index)
	}

	/// The genesis validators, which need keys in `pallet-session`'s genesis. Without any (this
	/// pallet's genesis built after `pallet-session`'s), `pallet-session` takes its own genesis
	/// keys' owners.
	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let planned = Planned::<T>::get();
		(!planned.is_empty()).then(|| planned.into_inner())
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(start_index: SessionIndex) {
		SessionStarts::<T>::insert(start_index, frame_system::Pallet::<T>::block_number());
		if start_index == 0 && Validators::<T>::get().is_empty() {
			Self::adopt_genesis_validators();
		}
	}
}

impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, T::FullIdentification>
	for Pallet<T>
{
	fn new_session(new_index: SessionIndex) -> Option<Vec<(T::AccountId, T::FullIdentification)>> {
		<Self as pallet_session::SessionManager<_>>::new_session(new_index)
			.map(|validators| Self::identify(validators))
	}

	fn new_session_genesis(
		new_index: SessionIndex,
	) -> Option<Vec<(T::AccountId, T::FullIdentification)>> {
		<Self as pallet_session::SessionManager<_>>::new_session_genesis(new_index)
			.map(|validators| Self::identify(validators))
	}

	fn start_session(start_index: SessionIndex) {
		<Self as pallet_session::SessionManager<_>>::start_session(start_index)
	}

	fn end_session(end_index: SessionIndex) {
		<Self as pallet_session::SessionManager<_>>::end_session(end_index)
	}
}

impl<T: Config> Pallet<T> {
	/// The validators with their full identification, as the key history records them.
	fn identify(validators: Vec<T::AccountId>) -> Vec<(T::AccountId, T::FullIdentification)> {
		validators
			.into_iter()
			.filter_map(|v| T::FullIdentificationOf::convert(v.clone()).map(|id| (v, id)))
			.collect()
	}
}
