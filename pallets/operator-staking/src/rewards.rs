//! Reward points per session, the paged session payout, the per-operator reward-per-share
//! accumulators and claims.
//!
//! Points are what an attacker would farm, so each source is closed against self-dealing:
//! - **work** counts only when receipts settle a job paid in AIT (a submitted result earns
//!   nothing), so faking it costs the fees that settlement burns;
//! - **heartbeats** are capped per (session, blueprint, operator) at
//!   `MaxHeartbeatPointsPerSession`, so the number of services (which sybil clients can request
//!   for free) does not multiply them, and they count only next to paid work in the same
//!   session: availability nobody paid for proves nothing;
//! - **entries** exist for every bonded operator, without a first-come limit: the table is
//!   bounded by the bond each entry needs, so sybil dust can no longer push a late honest
//!   operator out, and the payout pays `MaxPayoutsPerBlock` entries a block over as many blocks
//!   as it takes.

use crate::{pallet::*, types::*, WeightInfo};
use aitbc_primitives::{
	traits::{JobOutcome, OnJobOutcome, OnVerifiedWork},
	BlueprintId, PaymentAsset, SessionIndex,
};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::Mutate, tokens::Preservation},
	BoundedBTreeMap,
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

	/// The points `operator` has on `blueprint_id` in the current session so far.
	pub fn session_points(blueprint_id: BlueprintId, operator: &T::AccountId) -> u64 {
		SessionPoints::<T>::get((CurrentSession::<T>::get(), blueprint_id, operator))
			.map(|entry| entry.points())
			.unwrap_or_default()
	}

	/// Record what `operator` did on `blueprint_id` in the current session.
	///
	/// Only bonded operators get an entry. That is what bounds the table, instead of a
	/// first-come limit that sybil dust could fill to drop late honest operators: each entry
	/// needs `MinOperatorBond` held (for at least the unbonding delay), so a session has at most
	/// (bonded operators) × `MaxIncentivizedBlueprints` entries, and the payout pages through
	/// them. An attacker's dust entries take their share by points, which is dust.
	fn note_points(operator: &T::AccountId, blueprint_id: BlueprintId, kind: PointKind) {
		if !BlueprintIncentives::<T>::get().contains_key(&blueprint_id)
			|| !Operators::<T>::contains_key(operator)
		{
			return;
		}
		let session = CurrentSession::<T>::get();
		let key = (session, blueprint_id, operator.clone());
		let existing = SessionPoints::<T>::get(&key);
		let mut entry = existing.unwrap_or_default();
		let before = entry.weight();
		match kind {
			PointKind::Work(units, room) => {
				entry.work = entry.work.saturating_add(units);
				entry.reward_room = entry.reward_room.saturating_add(room);
			}
			// Capped per operator, blueprint and session, not per service: an operator in 64
			// services (its own sybil clients can request them for free) earns what one earns.
			PointKind::Heartbeat => {
				entry.heartbeats = entry
					.heartbeats
					.saturating_add(T::PointsPerHeartbeat::get())
					.min(T::MaxHeartbeatPointsPerSession::get())
			}
			PointKind::Penalty => {
				entry.penalties = entry.penalties.saturating_add(T::PointsPenalty::get())
			}
		}
		if existing == Some(entry) {
			return;
		}
		let after = entry.weight();
		let mut tally = SessionTallies::<T>::get(session);
		let total = tally.totals.get(&blueprint_id).copied().unwrap_or_default();
		let total = total.saturating_sub(before).saturating_add(after);
		// The tally holds as many blueprints as may be incentivized at once; only governance
		// changing incentives mid-session could fill it, and then the points are refused openly.
		if tally.totals.try_insert(blueprint_id, total).is_err() {
			Self::deposit_event(Event::PointsNotRecorded {
				session,
				blueprint_id,
				operator: operator.clone(),
			});
			return;
		}
		if existing.is_none() {
			tally.entries = tally.entries.saturating_add(1);
		}
		SessionTallies::<T>::insert(session, tally);
		SessionPoints::<T>::insert(&key, entry);
	}

	/// At a session boundary, start the next session; the closed one is paid by
	/// [`Self::pay_out_session`].
	pub(crate) fn maybe_close_session(now: BlockNumberFor<T>) -> Weight {
		let length = T::SessionLength::get();
		// `length` is checked to be non-zero before the remainder is taken.
		let boundary = !now.is_zero() && !length.is_zero() && (now % length).is_zero();
		if boundary {
			CurrentSession::<T>::mutate(|session| *session = session.saturating_add(1));
		}
		Self::pay_out_session()
	}

	/// Pay the oldest closed session: fund it if it is not yet funded, then award at most
	/// `MaxPayoutsPerBlock` of its entries. A session whose payout is still running when the
	/// next one closes simply waits: entries are keyed by session, so they never mix.
	pub(crate) fn pay_out_session() -> Weight {
		let unpaid = UnpaidSession::<T>::get();
		if unpaid >= CurrentSession::<T>::get() {
			return T::DbWeight::get().reads(2);
		}
		let mut payout = match CurrentPayout::<T>::get() {
			Some(payout) => payout,
			None => Self::fund_session(unpaid),
		};
		let limit = T::MaxPayoutsPerBlock::get();
		let page: Vec<((BlueprintId, T::AccountId), PointEntry)> =
			SessionPoints::<T>::iter_prefix((payout.session,))
				.take(limit as usize)
				.collect();
		let paged = u32::try_from(page.len()).unwrap_or(u32::MAX);
		for ((blueprint_id, operator), entry) in page {
			SessionPoints::<T>::remove((payout.session, blueprint_id, &operator));
			payout.remaining = payout.remaining.saturating_sub(1);
			let Some(blueprint) = payout.blueprints.get_mut(&blueprint_id) else {
				continue;
			};
			let award = multiply_by_rational_with_rounding(
				blueprint.share.saturated_into::<u128>(),
				entry.weight(),
				blueprint.weight,
				Rounding::Down,
			)
			.unwrap_or_default()
			.saturated_into::<BalanceOf<T>>()
			.min(blueprint.unpaid)
			// A share of what the entry's work burned beyond its mint: see `RewardOfRoom`.
			.min(
				T::RewardOfRoom::get()
					.mul_floor(entry.reward_room)
					.saturated_into::<BalanceOf<T>>(),
			);
			if !award.is_zero() {
				blueprint.unpaid = blueprint.unpaid.saturating_sub(award);
				payout.operators = payout.operators.saturating_add(1);
				Self::distribute_award(&operator, award, payout.session);
			}
		}
		if payout.remaining == 0 || paged < limit {
			// Every entry of the session is paid. What the entries' reward room kept back, and
			// the awards' rounding, go back to the reward source.
			let returned = payout
				.blueprints
				.values()
				.fold(BalanceOf::<T>::zero(), |sum, blueprint| {
					sum.saturating_add(blueprint.unpaid)
				});
			let returned = if !returned.is_zero()
				&& T::Currency::transfer(
					&Self::account_id(),
					&T::RewardSource::get(),
					returned,
					Preservation::Preserve,
				)
				.is_ok()
			{
				TotalRewardsFunded::<T>::mutate(|total| *total = total.saturating_sub(returned));
				returned
			} else {
				Zero::zero()
			};
			CurrentPayout::<T>::kill();
			UnpaidSession::<T>::put(payout.session.saturating_add(1));
			if !payout.funded.is_zero() {
				Self::deposit_event(Event::SessionRewarded {
					session: payout.session,
					funded: payout.funded,
					operators: payout.operators,
					returned,
				});
			}
		} else {
			CurrentPayout::<T>::put(payout);
		}
		T::WeightInfo::close_session(paged)
	}

	/// Fund `session` from the reward source: each blueprint with points gets its incentive
	/// share of the pool. If the source cannot pay, the session's entries go unpaid.
	fn fund_session(
		session: SessionIndex,
	) -> SessionPayout<BalanceOf<T>, T::MaxIncentivizedBlueprints> {
		let tally = SessionTallies::<T>::take(session);
		let pool = RewardPoolPerSession::<T>::get();
		let incentives = BlueprintIncentives::<T>::get();
		let mut blueprints = BoundedBTreeMap::new();
		let mut funded = BalanceOf::<T>::zero();
		for (blueprint_id, weight) in tally.totals {
			let share = incentives
				.get(&blueprint_id)
				.copied()
				.unwrap_or_default()
				.mul_floor(pool);
			if weight == 0 || share.is_zero() {
				continue;
			}
			// The tally and the payout have the same bound, so this insert always succeeds.
			if blueprints
				.try_insert(
					blueprint_id,
					BlueprintPayout {
						share,
						weight,
						unpaid: share,
					},
				)
				.is_ok()
			{
				funded = funded.saturating_add(share);
			}
		}
		let mut payout = SessionPayout {
			session,
			blueprints,
			funded,
			operators: 0,
			remaining: tally.entries,
		};
		if funded.is_zero() {
			return payout;
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
			payout.blueprints = BoundedBTreeMap::new();
			payout.funded = Zero::zero();
			return payout;
		}
		TotalRewardsFunded::<T>::mutate(|total| *total = total.saturating_add(funded));
		Self::deposit_event(Event::SessionFunded {
			session,
			funded,
			entries: tally.entries,
		});
		payout
	}

	/// The operator's commission, then the rest to its AIT delegators by reward-per-share.
	/// Reward-per-share is rounded down, so delegators are never owed more than was funded; the
	/// rounding dust stays in the pallet account unassigned (giving it to the operator could pay
	/// it twice, since a delegator's accumulated share rounds once over many sessions).
	///
	/// The commission is the one in force in `session`, the session being paid (paying happens
	/// after it closed, when a commission change scheduled for the next session may apply).
	fn distribute_award(operator: &T::AccountId, award: BalanceOf<T>, session: SessionIndex) {
		let commission = Self::commission_for(operator, session).unwrap_or_else(Perbill::one);
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

/// What an operator did, as the session's points see it.
enum PointKind {
	/// Compute units of settled jobs paid in AIT, and the fees they burned beyond their mint.
	Work(u64, u128),
	/// A heartbeat kept on time.
	Heartbeat,
	/// A failed result or an SLA breach.
	Penalty,
}

/// Receipts reports work only when a job settles and only for the units paid in AIT, so this
/// is the one source of work points.
impl<T: Config> OnVerifiedWork<T::AccountId> for Pallet<T> {
	fn on_verified_work(
		operator: &T::AccountId,
		blueprint_id: BlueprintId,
		units: u64,
		reward_room: aitbc_primitives::Balance,
	) {
		if units > 0 {
			Self::note_points(operator, blueprint_id, PointKind::Work(units, reward_room));
		}
	}
}

impl<T: Config> OnJobOutcome<T::AccountId> for Pallet<T> {
	fn on_job_outcome(operator: &T::AccountId, blueprint_id: BlueprintId, outcome: JobOutcome) {
		match outcome {
			// A submitted result is neither settled nor paid: an operator serving its own sybil
			// client could submit results for free. Its work counts at settlement instead.
			JobOutcome::ResultSubmitted => {}
			JobOutcome::HeartbeatKept => {
				Self::note_points(operator, blueprint_id, PointKind::Heartbeat)
			}
			JobOutcome::ResultFailed | JobOutcome::SlaBreached => {
				Self::note_points(operator, blueprint_id, PointKind::Penalty)
			}
		}
	}
}
