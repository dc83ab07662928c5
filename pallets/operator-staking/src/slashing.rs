//! Offences become deferred slashes; ripe slashes are applied to the bond and the delegations.

use crate::{pallet::*, types::*, WeightInfo};
use aitbc_primitives::{
	traits::{Offence, OffenceReporter},
	PaymentAsset,
};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::BalancedHold, Imbalance},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating, Zero};

/// How many blocks after the ripening block a report may look for room in the slash queue.
const SLASH_QUEUE_PROBE: u32 = 64;

impl<T: Config> OffenceReporter<T::AccountId> for Pallet<T> {
	fn report(offence: Offence<T::AccountId>) -> DispatchResult {
		let now = Self::now();
		let ripe_at = now.saturating_add(T::SlashDeferDuration::get());
		// This block's `on_initialize` has run, so the earliest queue it can still reach is the
		// next block's (a zero review period only matters in tests).
		let first = ripe_at.max(now.saturating_add(One::one()));
		let queued_at = Self::queue_block_with_room(first).ok_or(Error::<T>::SlashQueueFull)?;
		let slash_id = NextSlashId::<T>::get();
		let next = slash_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		SlashQueue::<T>::try_mutate(queued_at, |queue| queue.try_push(slash_id))
			.map_err(|_| Error::<T>::SlashQueueFull)?;
		NextSlashId::<T>::put(next);
		PendingSlashCount::<T>::mutate(&offence.offender, |count| *count = count.saturating_add(1));
		UnappliedSlashes::<T>::insert(
			slash_id,
			UnappliedSlash {
				operator: offence.offender.clone(),
				blueprint_id: offence.blueprint_id,
				service_id: offence.service_id,
				fraction: offence.fraction,
				kind: offence.kind,
				reported_in: CurrentSession::<T>::get(),
				ripe_at,
				queued_at,
			},
		);
		Self::deposit_event(Event::SlashReported {
			slash_id,
			operator: offence.offender,
			ripe_at,
		});
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// The first block from `first` on whose queue has room; a full block carries the slash
	/// forward, so `on_initialize` never applies more than `MaxSlashesPerBlock`.
	fn queue_block_with_room(first: BlockNumberFor<T>) -> Option<BlockNumberFor<T>> {
		let max = T::MaxSlashesPerBlock::get() as usize;
		let mut block = first;
		for _ in 0..SLASH_QUEUE_PROBE {
			if SlashQueue::<T>::decode_len(block).unwrap_or(0) < max {
				return Some(block);
			}
			block = block.saturating_add(One::one());
		}
		None
	}

	pub(crate) fn do_cancel_slash(slash_id: SlashId, vetoer: Vetoer) -> DispatchResult {
		let slash = UnappliedSlashes::<T>::get(slash_id).ok_or(Error::<T>::SlashNotFound)?;
		ensure!(Self::now() < slash.ripe_at, Error::<T>::SlashAlreadyRipe);
		Self::unqueue_slash(slash_id, slash.queued_at);
		Self::forget_slash(slash_id, &slash.operator);
		Self::deposit_event(Event::SlashCancelled { slash_id, vetoer });
		Ok(())
	}

	fn forget_slash(slash_id: SlashId, operator: &T::AccountId) {
		UnappliedSlashes::<T>::remove(slash_id);
		PendingSlashCount::<T>::mutate_exists(operator, |count| {
			*count = count.and_then(|c| c.checked_sub(1)).filter(|c| *c > 0);
		});
	}

	pub(crate) fn unqueue_slash(slash_id: SlashId, queued_at: BlockNumberFor<T>) {
		SlashQueue::<T>::mutate_exists(queued_at, |maybe| {
			if let Some(queue) = maybe {
				queue.retain(|id| *id != slash_id);
				if queue.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// Apply every slash queued for `now`.
	pub(crate) fn apply_queued_slashes(now: BlockNumberFor<T>) -> Weight {
		let queue = SlashQueue::<T>::take(now);
		let mut weight = T::WeightInfo::on_initialize_slashes(0);
		let mut applied: u32 = 0;
		for slash_id in queue {
			// Slashes applied by hand or cancelled left the queue already; this is defensive.
			if let Some(slash) = UnappliedSlashes::<T>::get(slash_id) {
				Self::execute_slash(slash_id, slash);
				applied = applied.saturating_add(1);
			}
		}
		if applied > 0 {
			weight = T::WeightInfo::on_initialize_slashes(applied);
		}
		weight
	}

	/// Take `slash.fraction` from the operator's bond and from every delegation that secures
	/// `slash.blueprint_id`. Returns how many delegations were looked at.
	pub(crate) fn execute_slash(slash_id: SlashId, slash: SlashOf<T>) -> u32 {
		Self::forget_slash(slash_id, &slash.operator);
		let operator = slash.operator.clone();
		let mut credit = CreditOf::<T>::zero();

		let mut operator_slashed = BalanceOf::<T>::zero();
		if let Some(mut ledger) = Operators::<T>::get(&operator) {
			let (taken, _) = T::Currency::slash(
				&HoldReason::OperatorBond.into(),
				&operator,
				slash.fraction * ledger.bond,
			);
			operator_slashed = taken.peek();
			credit = credit.merge(taken);
			ledger.bond = ledger.bond.saturating_sub(operator_slashed);
			if let Some(unbonding) = ledger.unbonding.as_mut() {
				unbonding.amount = unbonding.amount.min(ledger.bond);
			}
			if ledger.bond.is_zero() {
				Operators::<T>::remove(&operator);
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
			if !delegation.blueprints.covers(slash.blueprint_id) {
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
