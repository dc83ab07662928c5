//! Exposure: which stake backs an open accusation or an unapplied slash, and what that locks.
//!
//! A record per (operator, blueprint) and one per operator count what is open and keep the
//! latest block at which something was exposed (see the crate docs for why this shape). A
//! delegation created at or before that block backs it: it can neither leave nor grow until
//! the record empties.

use crate::{pallet::*, types::*};
use aitbc_primitives::BlueprintId;
use frame_system::pallet_prelude::BlockNumberFor;

/// What opens or closes an exposure.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exposed {
	/// A dispute against the operator, from its opening to its end.
	Accusation,
	/// An unapplied slash, from its report to its application or veto.
	Slash,
}

impl<T: Config> Pallet<T> {
	/// Count an accusation or slash of `operator` on `blueprint_id` whose stake was exposed at
	/// block `at`, when the operator's bond was `bond`.
	pub(crate) fn add_exposure(
		operator: &T::AccountId,
		blueprint_id: BlueprintId,
		what: Exposed,
		at: BlockNumberFor<T>,
		bond: BalanceOf<T>,
	) {
		let add = |exposure: &mut ExposureOf<T>| {
			match what {
				Exposed::Accusation => {
					if exposure.accusations == 0 {
						exposure.accused_bond = bond;
					} else {
						exposure.accused_bond = exposure.accused_bond.max(bond);
					}
					exposure.accused_at = exposure.accused_at.max(at);
					exposure.accusations = exposure.accusations.saturating_add(1);
				}
				Exposed::Slash => exposure.slashes = exposure.slashes.saturating_add(1),
			}
			exposure.locked_since = exposure.locked_since.max(at);
			exposure.bond = exposure.bond.max(bond);
		};
		Exposures::<T>::mutate(operator, blueprint_id, |maybe| {
			add(maybe.get_or_insert_with(Default::default))
		});
		OperatorExposures::<T>::mutate(operator, |maybe| {
			add(maybe.get_or_insert_with(Default::default))
		});
	}

	/// Uncount an accusation or slash; a record with nothing open goes, and its locks with it.
	/// Returns whether there was one to uncount.
	pub(crate) fn remove_exposure(
		operator: &T::AccountId,
		blueprint_id: BlueprintId,
		what: Exposed,
	) -> bool {
		let remove = |maybe: &mut Option<ExposureOf<T>>| -> bool {
			let Some(exposure) = maybe.as_mut() else {
				return false;
			};
			let counter = match what {
				Exposed::Accusation => &mut exposure.accusations,
				Exposed::Slash => &mut exposure.slashes,
			};
			let Some(left) = counter.checked_sub(1) else {
				return false;
			};
			*counter = left;
			if exposure.is_empty() {
				*maybe = None;
			}
			true
		};
		let removed = Exposures::<T>::mutate_exists(operator, blueprint_id, remove);
		if removed {
			OperatorExposures::<T>::mutate_exists(operator, remove);
		}
		removed
	}

	/// Whether `delegation` backs an open accusation or unapplied slash of `operator` on a
	/// blueprint it covers, and so may neither leave nor grow.
	pub(crate) fn is_exposed(operator: &T::AccountId, delegation: &DelegationOf<T>) -> bool {
		let backs = |exposure: ExposureOf<T>| delegation.since <= exposure.locked_since;
		match &delegation.blueprints {
			BlueprintSelection::All => OperatorExposures::<T>::get(operator).is_some_and(backs),
			BlueprintSelection::Only(list) => list
				.iter()
				.any(|blueprint_id| Exposures::<T>::get(operator, blueprint_id).is_some_and(backs)),
		}
	}

	/// How much of the operator's bond backs open accusations and unapplied slashes: it may
	/// withdraw only what it holds above this.
	pub(crate) fn exposed_bond(operator: &T::AccountId) -> BalanceOf<T> {
		OperatorExposures::<T>::get(operator)
			.map(|exposure| exposure.bond)
			.unwrap_or_default()
	}
}
