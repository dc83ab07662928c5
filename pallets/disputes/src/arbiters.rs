//! The arbiter set: stakes, the weighted draw, seats, slashes and payouts from holds.

use crate::{pallet::*, types::*};
use aitbc_primitives::DisputeId;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::traits::{CheckedAdd, CheckedDiv, Saturating, UniqueSaturatedInto, Zero};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_join(who: T::AccountId, stake: BalanceOf<T>) -> DispatchResult {
		ensure!(
			!Arbiters::<T>::contains_key(&who),
			Error::<T>::AlreadyArbiter
		);
		ensure!(stake >= T::MinArbiterStake::get(), Error::<T>::StakeTooLow);
		ArbiterPool::<T>::try_mutate(|pool| pool.try_push(who.clone()))
			.map_err(|_| Error::<T>::TooManyArbiters)?;
		T::Currency::hold(&HoldReason::ArbiterStake.into(), &who, stake)?;
		Arbiters::<T>::insert(&who, ArbiterInfo { stake, seats: 0 });
		Self::deposit_event(Event::ArbiterJoined { who, stake });
		Ok(())
	}

	pub(crate) fn do_add_stake(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Arbiters::<T>::get(&who).ok_or(Error::<T>::NotArbiter)?;
		info.stake = info
			.stake
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::ArbiterStake.into(), &who, amount)?;
		Arbiters::<T>::insert(&who, info);
		Self::deposit_event(Event::ArbiterStakeAdded { who, amount });
		Ok(())
	}

	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let info = Arbiters::<T>::get(&who).ok_or(Error::<T>::NotArbiter)?;
		ensure!(info.seats == 0, Error::<T>::SeatedOnPanel);
		T::Currency::release(
			&HoldReason::ArbiterStake.into(),
			&who,
			info.stake,
			Precision::Exact,
		)?;
		ArbiterPool::<T>::mutate(|pool| pool.retain(|member| *member != who));
		Arbiters::<T>::remove(&who);
		Self::deposit_event(Event::ArbiterLeft {
			who,
			stake: info.stake,
		});
		Ok(())
	}

	/// Draw `size` arbiters with at least `MinArbiterStake`, none of them in `excluded`, each
	/// with a chance proportional to its stake among those not drawn yet, and seat them. `None`
	/// (and nothing seated) when fewer are eligible.
	pub(crate) fn draw_panel(
		seed: &[u8],
		size: u32,
		excluded: &[T::AccountId],
	) -> Option<Vec<T::AccountId>> {
		let min = T::MinArbiterStake::get();
		let mut candidates: Vec<(T::AccountId, u128)> = ArbiterPool::<T>::get()
			.into_iter()
			.filter(|who| !excluded.contains(who))
			.filter_map(|who| {
				let info = Arbiters::<T>::get(&who)?;
				(info.stake >= min && !info.stake.is_zero())
					.then(|| (who, info.stake.unique_saturated_into()))
			})
			.collect();
		let size = usize::try_from(size).ok()?;
		if candidates.len() < size {
			return None;
		}
		let mut drawn = Vec::with_capacity(size);
		for pick in 0u32..u32::try_from(size).ok()? {
			let total = candidates
				.iter()
				.fold(0u128, |sum, (_, stake)| sum.saturating_add(*stake));
			let entropy = sp_io::hashing::blake2_256(&(seed, pick).encode());
			let target = u128::decode(&mut entropy.as_slice()).unwrap_or_default() % total.max(1);
			let mut cumulative = 0u128;
			let index = candidates
				.iter()
				.position(|(_, stake)| {
					cumulative = cumulative.saturating_add(*stake);
					cumulative > target
				})
				.unwrap_or(0);
			if index < candidates.len() {
				drawn.push(candidates.remove(index).0);
			}
		}
		for arbiter in &drawn {
			Arbiters::<T>::mutate(arbiter, |info| {
				if let Some(info) = info {
					info.seats = info.seats.saturating_add(1);
				}
			});
		}
		Some(drawn)
	}

	/// Unseat the dispute's panel so its arbiters may leave again.
	pub(crate) fn release_panel(dispute_id: DisputeId) {
		for seat in Panels::<T>::take(dispute_id) {
			Self::unseat(&seat.arbiter);
		}
	}

	pub(crate) fn unseat(arbiter: &T::AccountId) {
		Arbiters::<T>::mutate(arbiter, |info| {
			if let Some(info) = info {
				info.seats = info.seats.saturating_sub(1);
			}
		});
	}

	/// Take `ArbiterSlash` of `arbiter`'s stake for `beneficiaries` (the treasury if none).
	pub(crate) fn slash_arbiter(
		dispute_id: DisputeId,
		arbiter: &T::AccountId,
		beneficiaries: &[T::AccountId],
	) {
		let Some(mut info) = Arbiters::<T>::get(arbiter) else {
			return;
		};
		let amount = T::ArbiterSlash::get() * info.stake;
		if amount.is_zero() {
			return;
		}
		let paid = Self::pay_from_hold(HoldReason::ArbiterStake, arbiter, amount, beneficiaries);
		info.stake = info.stake.saturating_sub(paid);
		Arbiters::<T>::insert(arbiter, info);
		Self::deposit_event(Event::ArbiterSlashed {
			dispute_id,
			arbiter: arbiter.clone(),
			amount: paid,
		});
	}

	/// Pay `amount` held from `from` under `reason` to `beneficiaries` in equal parts (the
	/// remainder to the first), or all of it to `TreasuryAccount` when there are none. Returns
	/// what was paid; a payment that fails (for example below the existential deposit of a new
	/// account) stays on hold.
	pub(crate) fn pay_from_hold(
		reason: HoldReason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiaries: &[T::AccountId],
	) -> BalanceOf<T> {
		let treasury = [T::TreasuryAccount::get()];
		let to = if beneficiaries.is_empty() {
			&treasury[..]
		} else {
			beneficiaries
		};
		let count = BalanceOf::<T>::from(u32::try_from(to.len()).unwrap_or(u32::MAX));
		let share = amount.checked_div(&count).unwrap_or_default();
		let remainder = amount.saturating_sub(share.saturating_mul(count));
		let mut paid: BalanceOf<T> = Zero::zero();
		for (position, beneficiary) in to.iter().enumerate() {
			let due = if position == 0 {
				share.saturating_add(remainder)
			} else {
				share
			};
			if due.is_zero() || beneficiary == from {
				continue;
			}
			if let Ok(moved) = T::Currency::transfer_on_hold(
				&reason.into(),
				from,
				beneficiary,
				due,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			) {
				paid = paid.saturating_add(moved);
			}
		}
		paid
	}
}
