//! Reward points per session, the per-operator reward-per-share accumulators and claims.

use crate::{pallet::*, types::*, WeightInfo};
use aitbc_primitives::{
	traits::{JobOutcome, OnJobOutcome, OnVerifiedWork},
	BlueprintId, PaymentAsset,
};
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::Mutate, tokens::Preservation},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{CheckedAdd, Saturating, Zero},
	FixedPointNumber, FixedU128, Perbill, Rounding, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Credit `delegation` with what it earned since its snapshot. Only AIT earns shares.
	pub(crate) fn settle_rewards(
		pool: &DelegatorPool<BalanceOf<T>>,
		asset: &AssetOf<T>,
		delegation: &mut DelegationOf<T>,
	) {
		if matches!(asset, PaymentAsset::Native) {
			let earned = pool
				.reward_per_share
				.saturating_sub(delegation.reward_snapshot)
				.saturating_mul_int(delegation.amount);
			delegation.pending_rewards = delegation.pending_rewards.saturating_add(earned);
		}
		delegation.reward_snapshot = pool.reward_per_share;
	}

	/// What `who` could claim from `operator` now.
	pub fn claimable_rewards(who: &T::AccountId, operator: &T::AccountId) -> BalanceOf<T> {
		let pool = Pools::<T>::get(operator);
		let mut total = Delegations::<T>::get(operator, (who.clone(), PaymentAsset::Native))
			.map(|mut delegation| {
				Self::settle_rewards(&pool, &PaymentAsset::Native, &mut delegation);
				delegation.pending_rewards
			})
			.unwrap_or_default();
		if who == operator {
			total = total.saturating_add(pool.pending_commission);
		}
		total
	}

	pub(crate) fn do_claim_rewards(who: T::AccountId, operator: T::AccountId) -> DispatchResult {
		let mut pool = Pools::<T>::get(&operator);
		let key = (who.clone(), PaymentAsset::Native);
		let mut amount = BalanceOf::<T>::zero();
		let delegation = Delegations::<T>::get(&operator, &key).map(|mut delegation| {
			Self::settle_rewards(&pool, &PaymentAsset::Native, &mut delegation);
			amount = delegation.pending_rewards;
			delegation.pending_rewards = Zero::zero();
			delegation
		});
		if who == operator {
			amount = amount
				.checked_add(&pool.pending_commission)
				.ok_or(Error::<T>::Overflow)?;
			pool.pending_commission = Zero::zero();
		}
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		let paid = TotalRewardsPaid::<T>::get()
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		// The pallet account keeps its existential deposit so it never drops owed rewards as dust.
		T::Currency::transfer(&Self::account_id(), &who, amount, Preservation::Preserve)?;
		TotalRewardsPaid::<T>::put(paid);
		if let Some(delegation) = delegation {
			Self::store_delegation(&operator, &key, delegation, &mut pool);
		}
		Pools::<T>::insert(&operator, pool);
		Self::deposit_event(Event::RewardsClaimed {
			who,
			operator,
			amount,
		});
		Ok(())
	}

	pub(crate) fn do_set_blueprint_incentive(
		blueprint_id: BlueprintId,
		share: Option<Perbill>,
	) -> DispatchResult {
		let mut incentives = BlueprintIncentives::<T>::get();
		match share {
			Some(share) => {
				incentives
					.try_insert(blueprint_id, share)
					.map_err(|_| Error::<T>::TooManyBlueprints)?;
			}
			None => {
				incentives.remove(&blueprint_id);
			}
		}
		let total: u64 = incentives
			.values()
			.map(|s| u64::from(s.deconstruct()))
			.sum();
		ensure!(
			total <= u64::from(Perbill::one().deconstruct()),
			Error::<T>::SharesExceedWhole
		);
		BlueprintIncentives::<T>::put(incentives);
		Self::deposit_event(Event::BlueprintIncentiveSet {
			blueprint_id,
			share,
		});
		Ok(())
	}

	/// Add (or with `penalty`, take away) points of `operator` on an incentivized blueprint.
	fn note_points(operator: &T::AccountId, blueprint_id: BlueprintId, points: u64, penalty: bool) {
		if points == 0 || !BlueprintIncentives::<T>::get().contains_key(&blueprint_id) {
			return;
		}
		if !SessionPoints::<T>::contains_key(blueprint_id, operator) {
			if penalty {
				return;
			}
			let entries = SessionPointEntries::<T>::get();
			if entries >= T::MaxOperatorsPerSession::get() {
				log::debug!(target: "runtime::operator-staking", "session points full; dropped");
				return;
			}
			SessionPointEntries::<T>::put(entries.saturating_add(1));
		}
		SessionPoints::<T>::mutate(blueprint_id, operator, |current| {
			*current = if penalty {
				current.saturating_sub(points)
			} else {
				current.saturating_add(points)
			};
		});
	}

	/// At a session boundary, pay the pool out by points.
	pub(crate) fn maybe_close_session(now: BlockNumberFor<T>) -> Weight {
		let length = T::SessionLength::get();
		// `length` is checked to be non-zero before the remainder is taken.
		let boundary = !now.is_zero() && !length.is_zero() && (now % length).is_zero();
		if !boundary {
			return Weight::zero();
		}
		let session = CurrentSession::<T>::get();
		CurrentSession::<T>::put(session.saturating_add(1));

		let entries: Vec<(BlueprintId, T::AccountId, u64)> = SessionPoints::<T>::iter()
			.take(T::MaxOperatorsPerSession::get() as usize)
			.collect();
		let _ = SessionPoints::<T>::clear(T::MaxOperatorsPerSession::get(), None);
		SessionPointEntries::<T>::kill();
		let weight = T::WeightInfo::close_session(u32::try_from(entries.len()).unwrap_or(u32::MAX));

		let mut totals: BTreeMap<BlueprintId, u64> = BTreeMap::new();
		for (blueprint_id, _, points) in &entries {
			let total = totals.entry(*blueprint_id).or_default();
			*total = total.saturating_add(*points);
		}
		let pool = RewardPoolPerSession::<T>::get();
		let incentives = BlueprintIncentives::<T>::get();
		let mut awards: Vec<(T::AccountId, BalanceOf<T>)> = Vec::with_capacity(entries.len());
		let mut funded = BalanceOf::<T>::zero();
		for (blueprint_id, operator, points) in entries {
			let share = incentives
				.get(&blueprint_id)
				.copied()
				.unwrap_or_default()
				.mul_floor(pool);
			let total = totals.get(&blueprint_id).copied().unwrap_or_default();
			let award = multiply_by_rational_with_rounding(
				share.saturated_into::<u128>(),
				u128::from(points),
				u128::from(total),
				Rounding::Down,
			)
			.unwrap_or_default()
			.saturated_into::<BalanceOf<T>>();
			if !award.is_zero() {
				funded = funded.saturating_add(award);
				awards.push((operator, award));
			}
		}
		if funded.is_zero() {
			return weight;
		}
		if T::Currency::transfer(
			&T::RewardSource::get(),
			&Self::account_id(),
			funded,
			Preservation::Preserve,
		)
		.is_err()
		{
			Self::deposit_event(Event::SessionRewardsSkipped { session });
			return weight;
		}
		TotalRewardsFunded::<T>::mutate(|total| *total = total.saturating_add(funded));
		let operators = u32::try_from(awards.len()).unwrap_or(u32::MAX);
		for (operator, award) in awards {
			Self::distribute_award(&operator, award);
		}
		Self::deposit_event(Event::SessionRewarded {
			session,
			funded,
			operators,
		});
		weight
	}

	/// The operator's commission, then the rest to its AIT delegators by reward-per-share.
	/// Reward-per-share is rounded down, so delegators are never owed more than was funded; the
	/// rounding dust stays in the pallet account unassigned (giving it to the operator could pay
	/// it twice, since a delegator's accumulated share rounds once over many sessions).
	fn distribute_award(operator: &T::AccountId, award: BalanceOf<T>) {
		let commission = Operators::<T>::get(operator)
			.map(|ledger| ledger.commission)
			.unwrap_or_else(Perbill::one);
		Pools::<T>::mutate(operator, |pool| {
			let for_operator = if pool.native_stake.is_zero() {
				award
			} else {
				let for_operator = commission.mul_floor(award);
				let increase = FixedU128::from_rational_with_rounding(
					award.saturating_sub(for_operator).saturated_into::<u128>(),
					pool.native_stake.saturated_into::<u128>(),
					Rounding::Down,
				);
				pool.reward_per_share = pool.reward_per_share.saturating_add(increase);
				for_operator
			};
			pool.pending_commission = pool.pending_commission.saturating_add(for_operator);
		});
	}
}

impl<T: Config> OnVerifiedWork<T::AccountId> for Pallet<T> {
	fn on_verified_work(operator: &T::AccountId, blueprint_id: BlueprintId, units: u64) {
		Self::note_points(operator, blueprint_id, units, false);
	}
}

impl<T: Config> OnJobOutcome<T::AccountId> for Pallet<T> {
	fn on_job_outcome(operator: &T::AccountId, blueprint_id: BlueprintId, outcome: JobOutcome) {
		match outcome {
			JobOutcome::ResultSubmitted => {
				Self::note_points(operator, blueprint_id, T::PointsPerResult::get(), false)
			}
			JobOutcome::HeartbeatKept => {
				Self::note_points(operator, blueprint_id, T::PointsPerHeartbeat::get(), false)
			}
			JobOutcome::ResultFailed | JobOutcome::SlaBreached => {
				Self::note_points(operator, blueprint_id, T::PointsPenalty::get(), true)
			}
		}
	}
}
