//! Offences become deferred slashes; ripe slashes are applied to the bond and the delegations.

use crate::exposure::Exposed;
use crate::{pallet::*, types::*, DeferredSlashes, WeightInfo};
use aitbc_primitives::{
	block_queue::{Budget, Visit},
	traits::{Offence, OffenceKind, OffenceReporter},
	BlueprintId, PaymentAsset,
};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::BalancedHold, Imbalance},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, Zero};

/// How many slash ids `on_initialize` may look at per slash it may apply: ids of slashes
/// cancelled or applied by hand are skipped at one read each, and this bounds that work too.
const LOOKUPS_PER_SLASH: u32 = 4;

impl<T: Config> OffenceReporter<T::AccountId> for Pallet<T> {
	fn report(offence: Offence<T::AccountId>) -> DispatchResult {
		let operator = offence.offender.clone();
		let blueprint_id = offence.blueprint_id;
		let heartbeats = offence.kind == OffenceKind::MissedHeartbeats;
		if heartbeats && Self::raise_heartbeat_slash(&operator, blueprint_id, offence.fraction) {
			return Ok(());
		}
		let now = Self::now();
		let bond_now = Operators::<T>::get(&operator)
			.map(|ledger| ledger.bond)
			.unwrap_or_default();
		// A lost dispute is slashed from the stake present when the dispute opened.
		let accused = match offence.kind {
			OffenceKind::DisputeLost | OffenceKind::InvalidReceipt => {
				Exposures::<T>::get(&operator, blueprint_id)
					.filter(|exposure| exposure.accusations > 0)
					.map(|exposure| (exposure.accused_at, exposure.accused_bond))
			}
			OffenceKind::MissedHeartbeats | OffenceKind::SlaBreach | OffenceKind::Equivocation => {
				None
			}
		};
		let (exposed_at, exposed_bond) = accused.unwrap_or((now, bond_now));
		let ripe_at = now.saturating_add(T::SlashDeferDuration::get());
		let slash_id = NextSlashId::<T>::get();
		let next = slash_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		NextSlashId::<T>::put(next);
		PendingSlashCount::<T>::mutate(&operator, |count| *count = count.saturating_add(1));
		Self::add_exposure(
			&operator,
			blueprint_id,
			Exposed::Slash,
			exposed_at,
			exposed_bond,
		);
		if heartbeats {
			HeartbeatSlashes::<T>::insert(&operator, blueprint_id, slash_id);
		}
		UnappliedSlashes::<T>::insert(
			slash_id,
			UnappliedSlash {
				operator: operator.clone(),
				blueprint_id,
				service_id: offence.service_id,
				fraction: offence.fraction,
				kind: offence.kind,
				reported_in: CurrentSession::<T>::get(),
				ripe_at,
				exposed_at,
				exposed_bond,
			},
		);
		Self::deposit_event(Event::SlashReported {
			slash_id,
			operator,
			ripe_at,
		});
		// A full bucket does not lose the report: the slash is kept for `apply_slash`.
		if DeferredSlashes::<T>::schedule(ripe_at, slash_id, 0).is_err() {
			Self::deposit_event(Event::SlashNotQueued { slash_id, ripe_at });
		}
		Ok(())
	}

	fn note_accusation(operator: &T::AccountId, blueprint_id: BlueprintId) -> DispatchResult {
		let bond = Operators::<T>::get(operator)
			.map(|ledger| ledger.bond)
			.unwrap_or_default();
		Self::add_exposure(
			operator,
			blueprint_id,
			Exposed::Accusation,
			Self::now(),
			bond,
		);
		Self::deposit_event(Event::AccusationNoted {
			operator: operator.clone(),
			blueprint_id,
		});
		Ok(())
	}

	fn clear_accusation(operator: &T::AccountId, blueprint_id: BlueprintId) {
		if Self::remove_exposure(operator, blueprint_id, Exposed::Accusation) {
			Self::deposit_event(Event::AccusationCleared {
				operator: operator.clone(),
				blueprint_id,
			});
		}
	}
}

impl<T: Config> Pallet<T> {
	/// One pending `MissedHeartbeats` slash per (operator, blueprint): a further report raises
	/// it to the larger fraction instead of adding one, so an operator in many services is not
	/// slashed once per service for one outage. Returns whether there was one to raise.
	fn raise_heartbeat_slash(
		operator: &T::AccountId,
		blueprint_id: BlueprintId,
		fraction: sp_runtime::Perbill,
	) -> bool {
		let Some(slash_id) = HeartbeatSlashes::<T>::get(operator, blueprint_id) else {
			return false;
		};
		let Some(mut slash) = UnappliedSlashes::<T>::get(slash_id) else {
			return false;
		};
		if fraction > slash.fraction {
			slash.fraction = fraction;
			UnappliedSlashes::<T>::insert(slash_id, &slash);
		}
		Self::deposit_event(Event::SlashRaised {
			slash_id,
			operator: operator.clone(),
			fraction: slash.fraction,
		});
		true
	}

	pub(crate) fn do_cancel_slash(slash_id: SlashId, vetoer: Vetoer) -> DispatchResult {
		let slash = UnappliedSlashes::<T>::get(slash_id).ok_or(Error::<T>::SlashNotFound)?;
		ensure!(Self::now() < slash.ripe_at, Error::<T>::SlashAlreadyRipe);
		Self::forget_slash(slash_id, &slash);
		Self::deposit_event(Event::SlashCancelled { slash_id, vetoer });
		Ok(())
	}

	/// Remove an applied or cancelled slash with everything that counts it.
	fn forget_slash(slash_id: SlashId, slash: &SlashOf<T>) {
		UnappliedSlashes::<T>::remove(slash_id);
		PendingSlashCount::<T>::mutate_exists(&slash.operator, |count| {
			*count = count.and_then(|c| c.checked_sub(1)).filter(|c| *c > 0);
		});
		Self::remove_exposure(&slash.operator, slash.blueprint_id, Exposed::Slash);
		if HeartbeatSlashes::<T>::get(&slash.operator, slash.blueprint_id) == Some(slash_id) {
			HeartbeatSlashes::<T>::remove(&slash.operator, slash.blueprint_id);
		}
	}

	/// Apply ripe slashes from [`DeferredSlashes`], oldest bucket first and each in report
	/// order, at most `MaxSlashesProcessedPerBlock`; the rest wait for the next block. Slashes
	/// cancelled or applied by hand are skipped (stale). Returns the weight used: the benchmark
	/// for the slashes applied and what the queue's weight model adds beyond it.
	pub(crate) fn apply_queued_slashes(now: BlockNumberFor<T>) -> Weight {
		let max = T::MaxSlashesProcessedPerBlock::get();
		let budget =
			Budget::with_stale(max, max.saturating_mul(LOOKUPS_PER_SLASH.saturating_sub(1)));
		let walk = DeferredSlashes::<T>::walk(now, budget, |slash_id| {
			match UnappliedSlashes::<T>::get(slash_id) {
				// A bucket is never before its slashes' ripening block, so this is the case.
				Some(slash) if slash.ripe_at <= now => {
					Self::execute_slash(slash_id, slash);
					Visit::Processed
				}
				// Not expected; queued again rather than applied early.
				Some(slash) => {
					if DeferredSlashes::<T>::schedule(slash.ripe_at, slash_id, 0).is_err() {
						Self::deposit_event(Event::SlashNotQueued {
							slash_id,
							ripe_at: slash.ripe_at,
						});
					}
					Visit::Processed
				}
				// Cancelled or applied by hand.
				None => Visit::Stale,
			}
		});
		T::WeightInfo::on_initialize_slashes(walk.processed)
			.saturating_add(walk.beyond_benchmark(T::DbWeight::get()))
	}

	/// Take `slash.fraction` from the operator's bond and from every delegation that secures
	/// `slash.blueprint_id`. Returns how many delegations were looked at.
	pub(crate) fn execute_slash(slash_id: SlashId, slash: SlashOf<T>) -> u32 {
		Self::forget_slash(slash_id, &slash);
		let operator = slash.operator.clone();
		let mut credit = CreditOf::<T>::zero();

		let mut operator_slashed = BalanceOf::<T>::zero();
		if let Some(mut ledger) = Operators::<T>::get(&operator) {
			// The fraction of the bond exposed, bounded by what is left of it.
			let wanted = (slash.fraction * slash.exposed_bond).min(ledger.bond);
			let (taken, _) =
				T::Currency::slash(&HoldReason::OperatorBond.into(), &operator, wanted);
			operator_slashed = taken.peek();
			credit = credit.merge(taken);
			ledger.bond = ledger.bond.saturating_sub(operator_slashed);
			if let Some(unbonding) = ledger.unbonding.as_mut() {
				unbonding.amount = unbonding.amount.min(ledger.bond);
			}
			if ledger.bond.is_zero() {
				Operators::<T>::remove(&operator);
				PendingCommissions::<T>::remove(&operator);
			} else {
				Operators::<T>::insert(&operator, ledger);
			}
		}

		let delegations: Vec<_> = Delegations::<T>::iter_prefix(&operator)
			.take(T::MaxDelegationsPerOperator::get() as usize)
			.collect();
		let looked_at = u32::try_from(delegations.len()).unwrap_or(u32::MAX);
		let mut pool = Pools::<T>::get(&operator);
		let mut delegators_slashed = BalanceOf::<T>::zero();
		let mut delegations_slashed: u32 = 0;
		for (key, mut delegation) in delegations {
			// Stake delegated after the exposure did not back the offence. The amount of one
			// that did cannot have grown since (top-ups of exposed delegations are refused).
			if !delegation.blueprints.covers(slash.blueprint_id)
				|| delegation.since > slash.exposed_at
			{
				continue;
			}
			let wanted = slash.fraction * delegation.amount;
			if wanted.is_zero() {
				continue;
			}
			Self::settle_rewards(&pool, &key.1, &mut delegation);
			let taken = match key.1 {
				PaymentAsset::Native => {
					let (taken, _) =
						T::Currency::slash(&HoldReason::Delegation.into(), &key.0, wanted);
					let amount = taken.peek();
					credit = credit.merge(taken);
					pool.native_stake = pool.native_stake.saturating_sub(amount);
					delegators_slashed = delegators_slashed.saturating_add(amount);
					amount
				}
				PaymentAsset::Asset(id) => match Self::take_slashed_asset(id, wanted) {
					Ok(()) => wanted,
					Err(e) => {
						log::warn!(
							target: "runtime::operator-staking",
							"slash {slash_id}: could not take asset stake: {e:?}"
						);
						continue;
					}
				},
			};
			delegation.amount = delegation.amount.saturating_sub(taken);
			if let Some(unbonding) = delegation.unbonding.as_mut() {
				unbonding.amount = unbonding.amount.min(delegation.amount);
			}
			delegations_slashed = delegations_slashed.saturating_add(1);
			Self::store_delegation(&operator, &key, delegation, &mut pool);
		}
		Pools::<T>::insert(&operator, pool);
		Self::dispose_slashed(credit);

		Self::deposit_event(Event::SlashApplied {
			slash_id,
			operator,
			operator_slashed,
			delegators_slashed,
			delegations_slashed,
		});
		looked_at
	}

	/// Send slashed asset stake to the treasury account or burn it.
	fn take_slashed_asset(id: T::AssetId, amount: BalanceOf<T>) -> DispatchResult {
		match SlashDestinationSetting::<T>::get() {
			SlashDestination::Treasury => {
				Self::release_asset(id, Some(&T::TreasuryAccount::get()), amount)
			}
			SlashDestination::Burn => Self::release_asset(id, None, amount),
		}
	}
}
