//! The arbiter set: stakes (with warm-up), eviction from a full pool, the weighted draw, seats,
//! slashes and payouts from holds.

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
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, CheckedDiv, Saturating, UniqueSaturatedInto, Zero};

impl<T: Config> Pallet<T> {
	/// Join with `stake`; in a full pool, evict the lowest unseated arbiter if `stake` is above
	/// its stake (see the module docs of the pallet: this is what keeps sybils from holding the
	/// pool).
	pub(crate) fn do_join(who: T::AccountId, stake: BalanceOf<T>) -> DispatchResult {
		ensure!(
			!Arbiters::<T>::contains_key(&who),
			Error::<T>::AlreadyArbiter
		);
		ensure!(stake >= T::MinArbiterStake::get(), Error::<T>::StakeTooLow);
		let mut pool = ArbiterPool::<T>::get();
		let capacity = usize::try_from(T::MaxArbiters::get()).unwrap_or(usize::MAX);
		if pool.len() >= capacity {
			let (lowest, info) =
				Self::lowest_evictable(&pool).ok_or(Error::<T>::TooManyArbiters)?;
			ensure!(stake > info.stake, Error::<T>::StakeNotAboveLowest);
			T::Currency::release(
				&HoldReason::ArbiterStake.into(),
				&lowest,
				info.stake,
				Precision::Exact,
			)?;
			pool.retain(|member| *member != lowest);
			Arbiters::<T>::remove(&lowest);
			Self::deposit_event(Event::ArbiterEvicted {
				who: lowest,
				stake: info.stake,
				by: who.clone(),
			});
		}
		pool.try_push(who.clone())
			.map_err(|_| Error::<T>::TooManyArbiters)?;
		ArbiterPool::<T>::put(pool);
		T::Currency::hold(&HoldReason::ArbiterStake.into(), &who, stake)?;
		let now = frame_system::Pallet::<T>::block_number();
		Arbiters::<T>::insert(
			&who,
			ArbiterInfo {
				stake,
				seats: 0,
				warming: stake,
				warming_since: now,
			},
		);
		Self::deposit_event(Event::ArbiterJoined { who, stake });
		Ok(())
	}

	/// The arbiter with the lowest stake among those not seated on an open panel (the newest of
	/// equal lowest ones, so seniority breaks ties), and its record.
	fn lowest_evictable(
		pool: &[T::AccountId],
	) -> Option<(T::AccountId, ArbiterInfo<BalanceOf<T>, BlockNumberFor<T>>)> {
		let mut lowest: Option<(T::AccountId, ArbiterInfo<BalanceOf<T>, BlockNumberFor<T>>)> = None;
		for member in pool {
			let Some(info) = Arbiters::<T>::get(member) else {
				continue;
			};
			if info.seats != 0 {
				continue;
			}
			if lowest
				.as_ref()
				.is_none_or(|(_, current)| info.stake <= current.stake)
			{
				lowest = Some((member.clone(), info));
			}
		}
		lowest
	}

	/// Add to the stake; the added part warms up before it counts in draws, and raises the
	/// arbiter's rank in a full pool at once.
	pub(crate) fn do_add_stake(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Arbiters::<T>::get(&who).ok_or(Error::<T>::NotArbiter)?;
		info.stake
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		info.bond_more(amount, now, T::ArbiterWarmup::get());
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

	/// Choose `size` arbiters for a draw requested at `requested_at`: each needs at least
	/// `MinArbiterStake` of stake that had warmed up by then, and must not be `excluded`; each
	/// is picked with a chance proportional to that stake among those not picked yet. `None`
	/// when fewer are eligible. Changes nothing.
	pub(crate) fn select_panel(
		seed: &[u8],
		size: u32,
		requested_at: BlockNumberFor<T>,
		excluded: impl Fn(&T::AccountId) -> bool,
	) -> Option<Vec<T::AccountId>> {
		let min = T::MinArbiterStake::get();
		let warmup = T::ArbiterWarmup::get();
		let mut candidates: Vec<(T::AccountId, u128)> = ArbiterPool::<T>::get()
			.into_iter()
			.filter_map(|who| {
				let stake = Arbiters::<T>::get(&who)?.drawable_stake(requested_at, warmup);
				(stake >= min && !stake.is_zero() && !excluded(&who))
					.then(|| (who, stake.unique_saturated_into()))
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
		Some(drawn)
	}

	/// Give each of `drawn` a seat (it can no longer leave or be evicted until it is unseated).
	pub(crate) fn seat(drawn: &[T::AccountId]) {
		for arbiter in drawn {
			Arbiters::<T>::mutate(arbiter, |info| {
				if let Some(info) = info {
					info.seats = info.seats.saturating_add(1);
				}
			});
		}
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
		info.warming = info.warming.min(info.stake);
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
