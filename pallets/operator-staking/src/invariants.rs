//! What `try_state` checks: held funds match the ledgers, and rewards paid never exceed funded.

use crate::pallet::*;
use aitbc_primitives::PaymentAsset;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, InspectHold},
		fungibles,
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let bond_reason = HoldReason::OperatorBond.into();
		for (operator, ledger) in Operators::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&bond_reason, &operator) == ledger.bond,
				"bond hold differs from the ledger"
			);
			ensure!(!ledger.bond.is_zero(), "an operator ledger with no bond");
			if let Some(unbonding) = ledger.unbonding {
				ensure!(
					unbonding.amount <= ledger.bond,
					"unbonding more than the bond"
				);
			}
		}

		let mut native_by_delegator: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut by_asset: BTreeMap<T::AssetId, BalanceOf<T>> = BTreeMap::new();
		let mut by_operator: BTreeMap<T::AccountId, (u32, BalanceOf<T>)> = BTreeMap::new();
		let mut owed = BalanceOf::<T>::zero();
		for (operator, (delegator, asset), mut delegation) in Delegations::<T>::iter() {
			if let Some(unbonding) = delegation.unbonding {
				ensure!(
					unbonding.amount <= delegation.amount,
					"undelegating more than delegated"
				);
			}
			let entry = by_operator.entry(operator.clone()).or_default();
			entry.0 = entry.0.saturating_add(1);
			match asset {
				PaymentAsset::Native => {
					let held = native_by_delegator.entry(delegator).or_default();
					*held = held.saturating_add(delegation.amount);
					entry.1 = entry.1.saturating_add(delegation.amount);
				}
				PaymentAsset::Asset(id) => {
					let total = by_asset.entry(id).or_default();
					*total = total.saturating_add(delegation.amount);
				}
			}
			Self::settle_rewards(&Pools::<T>::get(&operator), &asset, &mut delegation);
			owed = owed.saturating_add(delegation.pending_rewards);
		}
		let delegation_reason = HoldReason::Delegation.into();
		for (delegator, amount) in &native_by_delegator {
			ensure!(
				T::Currency::balance_on_hold(&delegation_reason, delegator) == *amount,
				"delegation hold differs from the delegations"
			);
		}
		for (operator, pool) in Pools::<T>::iter() {
			let (count, native) = by_operator.remove(&operator).unwrap_or_default();
			ensure!(pool.delegations == count, "delegation count differs");
			ensure!(pool.native_stake == native, "native stake differs");
			owed = owed.saturating_add(pool.pending_commission);
		}
		ensure!(by_operator.is_empty(), "delegations without a pool");
		for (id, total) in AssetTotals::<T>::iter() {
			ensure!(
				by_asset.remove(&id).unwrap_or_default() == total,
				"asset total differs from the delegations"
			);
			ensure!(
				<T::Assets as fungibles::Inspect<_>>::balance(id, &Self::account_id()) >= total,
				"pallet account holds less of an asset than delegated"
			);
		}
		ensure!(
			by_asset.values().all(|amount| amount.is_zero()),
			"asset delegations without a total"
		);

		let funded = TotalRewardsFunded::<T>::get();
		let paid = TotalRewardsPaid::<T>::get();
		ensure!(paid <= funded, "rewards paid exceed rewards funded");
		ensure!(
			owed <= funded.saturating_sub(paid),
			"rewards owed exceed what is left"
		);
		ensure!(
			T::Currency::balance(&Self::account_id()) >= funded.saturating_sub(paid),
			"pallet account holds less than the unpaid rewards"
		);

		for (block, queue) in SlashQueue::<T>::iter() {
			for slash_id in queue {
				let slash = UnappliedSlashes::<T>::get(slash_id).ok_or("queued slash is gone")?;
				ensure!(slash.queued_at == block, "slash queued at the wrong block");
			}
		}
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (_, slash) in UnappliedSlashes::<T>::iter() {
			let count = pending.entry(slash.operator).or_default();
			*count = count.saturating_add(1);
		}
		for (operator, count) in PendingSlashCount::<T>::iter() {
			ensure!(
				pending.remove(&operator) == Some(count),
				"pending slash count differs"
			);
		}
		ensure!(pending.is_empty(), "unapplied slashes not counted");
		for (slash_id, slash) in UnappliedSlashes::<T>::iter() {
			ensure!(
				slash.queued_at >= slash.ripe_at,
				"slash queued before it ripens"
			);
			ensure!(
				SlashQueue::<T>::get(slash.queued_at).contains(&slash_id),
				"unapplied slash missing from the queue"
			);
		}
		Ok(())
	}
}
