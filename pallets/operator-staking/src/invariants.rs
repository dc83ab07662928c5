//! What `try_state` checks: held funds match the ledgers, and rewards paid never exceed funded.

use crate::{pallet::*, DeferredSlashes};
use aitbc_primitives::PaymentAsset;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, InspectHold},
		fungibles, Get,
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
		let mut links: BTreeMap<(T::AccountId, T::AccountId), u32> = BTreeMap::new();
		for (operator, (delegator, asset), mut delegation) in Delegations::<T>::iter() {
			let link = links
				.entry((delegator.clone(), operator.clone()))
				.or_default();
			*link = link.saturating_add(1);
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
		for (delegator, operator, count) in DelegatorLinks::<T>::iter() {
			ensure!(
				links.remove(&(delegator, operator)) == Some(count),
				"delegator links differ from the delegations"
			);
		}
		ensure!(links.is_empty(), "a delegation without its delegator link");
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

		Self::try_state_slashes()?;
		Self::try_state_delegation_rules()?;
		Self::try_state_points()?;
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Session points: every entry belongs to an open or paying session, tallies count their
	/// entries and sum their points exactly, heartbeats stay under the cap, and a payout never
	/// owes more than it funded.
	fn try_state_points() -> Result<(), TryRuntimeError> {
		use aitbc_primitives::{BlueprintId, SessionIndex};
		let current = CurrentSession::<T>::get();
		let unpaid = UnpaidSession::<T>::get();
		ensure!(unpaid <= current, "unpaid session in the future");
		let mut counts: BTreeMap<SessionIndex, u32> = BTreeMap::new();
		let mut sums: BTreeMap<(SessionIndex, BlueprintId), u128> = BTreeMap::new();
		for ((session, blueprint_id, _), entry) in SessionPoints::<T>::iter() {
			ensure!(
				session >= unpaid && session <= current,
				"point entry of a paid or future session"
			);
			ensure!(
				entry.heartbeats
					<= <T::MaxHeartbeatPointsPerSession as frame_support::traits::Get<u64>>::get(),
				"heartbeat points above the cap"
			);
			let count = counts.entry(session).or_default();
			*count = count.saturating_add(1);
			let sum = sums.entry((session, blueprint_id)).or_default();
			*sum = sum.saturating_add(entry.weight());
		}
		let payout = CurrentPayout::<T>::get();
		if let Some(payout) = &payout {
			ensure!(payout.session == unpaid, "paying a session out of order");
			ensure!(unpaid < current, "paying an open session");
			ensure!(
				!SessionTallies::<T>::contains_key(payout.session),
				"a paying session keeps its tally"
			);
			ensure!(
				counts.remove(&payout.session).unwrap_or_default() == payout.remaining,
				"payout remaining differs from its entries"
			);
			let mut unpaid_total = BalanceOf::<T>::zero();
			for (blueprint_id, blueprint) in &payout.blueprints {
				ensure!(
					blueprint.unpaid <= blueprint.share,
					"awarded more than a share"
				);
				ensure!(
					sums.remove(&(payout.session, *blueprint_id))
						.unwrap_or_default()
						<= blueprint.weight,
					"entries left weigh more than the payout's total"
				);
				unpaid_total = unpaid_total.saturating_add(blueprint.unpaid);
			}
			ensure!(
				unpaid_total <= payout.funded,
				"payout owes more than it funded"
			);
			sums.retain(|(session, _), _| *session != payout.session);
		}
		for (session, tally) in SessionTallies::<T>::iter() {
			ensure!(
				session >= unpaid && session <= current,
				"tally of a paid or future session"
			);
			ensure!(
				counts.remove(&session).unwrap_or_default() == tally.entries,
				"tally entries differ from the session's entries"
			);
			for (blueprint_id, total) in tally.totals {
				ensure!(
					sums.remove(&(session, blueprint_id)).unwrap_or_default() == total,
					"tally total differs from the entries' weights"
				);
			}
		}
		ensure!(counts.is_empty(), "point entries without a tally");
		ensure!(
			sums.values().all(|points| *points == 0),
			"points on a blueprint missing from its tally"
		);
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Unapplied slashes: counted per operator and in the exposure records, with ids below the
	/// counter, at most one pending `MissedHeartbeats` slash per (operator, blueprint);
	/// exposure records count exactly what is open and lock at least what their slashes need.
	/// The slash queue keeps its own invariants (nothing behind its cursor), and a queued
	/// slash still unapplied ripens no later than its bucket.
	fn try_state_slashes() -> Result<(), TryRuntimeError> {
		use aitbc_primitives::{traits::OffenceKind, BlueprintId};
		let next = NextSlashId::<T>::get();
		DeferredSlashes::<T>::check(frame_system::Pallet::<T>::block_number())?;
		for (bucket, slash_id) in DeferredSlashes::<T>::all() {
			ensure!(slash_id < next, "a queued slash id beyond the counter");
			if let Some(slash) = UnappliedSlashes::<T>::get(slash_id) {
				ensure!(
					slash.ripe_at <= bucket,
					"a slash is queued before it ripens"
				);
			}
		}
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		// (operator, blueprint) -> (slashes, latest exposure, largest exposed bond)
		let mut by_pair: BTreeMap<
			(T::AccountId, BlueprintId),
			(
				u32,
				frame_system::pallet_prelude::BlockNumberFor<T>,
				BalanceOf<T>,
			),
		> = BTreeMap::new();
		for (slash_id, slash) in UnappliedSlashes::<T>::iter() {
			ensure!(slash_id < next, "unapplied slash id beyond the counter");
			ensure!(
				slash.exposed_at <= slash.ripe_at,
				"slash exposed after it ripens"
			);
			let count = pending.entry(slash.operator.clone()).or_default();
			*count = count.saturating_add(1);
			let pair = by_pair
				.entry((slash.operator.clone(), slash.blueprint_id))
				.or_default();
			pair.0 = pair.0.saturating_add(1);
			pair.1 = pair.1.max(slash.exposed_at);
			pair.2 = pair.2.max(slash.exposed_bond);
			if slash.kind == OffenceKind::MissedHeartbeats {
				ensure!(
					HeartbeatSlashes::<T>::get(&slash.operator, slash.blueprint_id)
						== Some(slash_id),
					"a second pending heartbeat slash for one operator and blueprint"
				);
			}
		}
		for (operator, count) in PendingSlashCount::<T>::iter() {
			ensure!(
				pending.remove(&operator) == Some(count),
				"pending slash count differs"
			);
		}
		ensure!(pending.is_empty(), "unapplied slashes not counted");
		for (operator, blueprint_id, slash_id) in HeartbeatSlashes::<T>::iter() {
			let slash = UnappliedSlashes::<T>::get(slash_id).ok_or("heartbeat slash is gone")?;
			ensure!(
				slash.operator == operator
					&& slash.blueprint_id == blueprint_id
					&& slash.kind == OffenceKind::MissedHeartbeats,
				"heartbeat slash index points at another slash"
			);
		}

		let mut sums: BTreeMap<T::AccountId, ExposureOf<T>> = BTreeMap::new();
		for (operator, blueprint_id, exposure) in Exposures::<T>::iter() {
			ensure!(!exposure.is_empty(), "an empty exposure record");
			let (slashes, latest, bond) = by_pair
				.remove(&(operator.clone(), blueprint_id))
				.unwrap_or_default();
			ensure!(exposure.slashes == slashes, "exposure slash count differs");
			ensure!(
				exposure.locked_since >= latest,
				"exposure locks less than its slashes"
			);
			ensure!(
				exposure.bond >= bond,
				"exposure holds less bond than its slashes"
			);
			if exposure.accusations > 0 {
				ensure!(
					exposure.locked_since >= exposure.accused_at
						&& exposure.bond >= exposure.accused_bond,
					"exposure locks less than its accusations"
				);
			}
			let sum = sums.entry(operator).or_default();
			sum.accusations = sum.accusations.saturating_add(exposure.accusations);
			sum.slashes = sum.slashes.saturating_add(exposure.slashes);
			sum.locked_since = sum.locked_since.max(exposure.locked_since);
			sum.bond = sum.bond.max(exposure.bond);
		}
		ensure!(
			by_pair.is_empty(),
			"unapplied slashes without an exposure record"
		);
		for (operator, total) in OperatorExposures::<T>::iter() {
			let sum = sums
				.remove(&operator)
				.ok_or("operator exposure without records")?;
			ensure!(
				total.accusations == sum.accusations && total.slashes == sum.slashes,
				"operator exposure counts differ from its records"
			);
			ensure!(
				total.locked_since >= sum.locked_since && total.bond >= sum.bond,
				"operator exposure locks less than its records"
			);
		}
		ensure!(
			sums.is_empty(),
			"exposure records without an operator total"
		);
		Ok(())
	}

	/// Delegation assets and commission changes.
	fn try_state_delegation_rules() -> Result<(), TryRuntimeError> {
		let mut listed: u32 = 0;
		for (_, minimum) in DelegationAssets::<T>::iter() {
			ensure!(!minimum.is_zero(), "a delegation asset without a minimum");
			listed = listed.saturating_add(1);
		}
		ensure!(
			listed == DelegationAssetCount::<T>::get(),
			"delegation asset count differs"
		);
		ensure!(
			listed <= T::MaxDelegationAssets::get(),
			"too many delegation assets"
		);
		let current = CurrentSession::<T>::get();
		for (operator, pending) in PendingCommissions::<T>::iter() {
			ensure!(
				Operators::<T>::contains_key(&operator),
				"commission change of a departed operator"
			);
			ensure!(
				pending.commission <= T::MaxCommission::get(),
				"pending commission above the maximum"
			);
			ensure!(
				pending.from_session <= current.saturating_add(1),
				"commission change too far ahead"
			);
		}
		let now = frame_system::Pallet::<T>::block_number();
		for (_, _, delegation) in Delegations::<T>::iter() {
			ensure!(delegation.since <= now, "delegation from the future");
		}
		Ok(())
	}
}
