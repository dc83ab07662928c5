//! `try_state`: what must hold after every block.

use crate::pallet::*;

impl<T: Config> Pallet<T> {
	/// Held key deposits equal the deposits of the keys; nullifier counts match the
	/// nullifiers stored (over all domains) and stay within the cap; no pin count is zero.
	#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::types::BalanceOf;
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::{
			ensure,
			traits::{fungible::InspectHold, Get},
		};
		use sp_runtime::traits::{Saturating, Zero};
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (key_id, key) in Keys::<T>::iter() {
			let count = NullifierCount::<T>::get(key_id);
			ensure!(
				key.nullifiers_at_registration <= count,
				"a key recorded fewer nullifiers than when it was registered"
			);
			match &key.owner {
				Some(owner) => {
					let sum = deposits.entry(owner.clone()).or_default();
					*sum = sum.saturating_add(key.deposit);
				}
				None => ensure!(key.deposit.is_zero(), "a governance key has a deposit"),
			}
			ensure!(
				key.nullifier_input
					.map_or(true, |index| index < key.public_inputs),
				"a key names a nullifier input it does not have"
			);
		}
		for (owner, sum) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::KeyDeposit.into(), &owner) == sum,
				"held key deposits differ from the deposits of the owner's keys"
			);
		}
		for (key_id, count) in NullifierCount::<T>::iter() {
			ensure!(
				count <= T::MaxNullifiersPerKey::get(),
				"a key exceeds the nullifier cap"
			);
			let stored = Nullifiers::<T>::iter_prefix((key_id,)).count();
			ensure!(
				usize::try_from(count).ok() == Some(stored),
				"a nullifier count differs from the nullifiers stored"
			);
		}
		for (_, pins) in KeyPins::<T>::iter() {
			ensure!(pins > 0, "a zero pin count is stored");
		}
		Ok(())
	}
}
