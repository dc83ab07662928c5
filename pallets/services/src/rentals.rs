//! Rentals: an operator's capacity reserved for a consumer for a number of periods, paid period
//! by period.
//!
//! ## The life of a rental
//!
//! - **Offer** ([`Pallet::create_rental`]): the consumer names a provider, a blueprint the
//!   provider is registered for, a capacity (compute units per block), a period length, a number
//!   of periods, a payment asset, an SLA and a cancellation notice. Pricing quotes one period
//!   (capacity times period length, in compute units of the blueprint's class) and that price
//!   is fixed for the agreement; the whole price is held in escrow under a key of its own (a
//!   job id that no job has). The offer takes no capacity: an offer nobody accepts blocks
//!   nothing, and expires on chain.
//! - **Acceptance** ([`Pallet::accept_rental`]): the provider must be active for the blueprint,
//!   bonded, below its own instance limit, and have the capacity free (its registration's
//!   capacity less what it rented out). A service instance is started for the rental (one
//!   operator, the consumer as owner, ending with the rental), so the rental counts against
//!   the provider's instance limit and service count (its bond cannot leave while it rents), and
//!   its heartbeats are the service's. The rented capacity leaves the supply pricing sees.
//! - **Periods**: when a period ends, its payment moves out of the rental's escrow into a job of
//!   its own, in `ResultSubmitted` with the provider as the result's operator: the ordinary job
//!   state machine from there. For `RentalReportWindow` blocks both sides may report the
//!   period's metrics, and the consumer may dispute the period's job with the disputes pallet,
//!   which freezes that period's payment only. When the window closes (or sooner, once both
//!   sides reported and agree), the period is judged, the penalty goes back to the consumer
//!   and the rest to the provider, less the platform fee, and the job ends `Settled` through
//!   [`JobRegistry::close_job`]. A disputed period ends `Resolved` by its ruling instead.
//!   Period jobs mint nothing: receipts cannot claim them.
//! - **Judgement** ([`Pallet::judge_period`], [`Pallet::penalty_for`]): availability is the
//!   share of the period's heartbeat intervals in which the provider beat, capped by whatever
//!   the reports say. The provider's report is the account of the period (it signs for its own
//!   work, and a false account loses it a dispute); without one the consumer's counts; without
//!   either only availability is judged. So a consumer that withholds its reports delays
//!   nothing, and a provider that was down cannot bill for it. A consumer whose report shows a
//!   breach the provider's hides keeps the period open for the whole window, in which it may
//!   dispute. Each broken term refunds `breach_penalty` of the period's payment; broken
//!   availability also refunds the unavailable share. `RentalBreachesForOffence` breached
//!   periods in a row report an [`OffenceKind::SlaBreach`].
//! - **Cancellation** ([`Pallet::cancel_rental`]): either side ends a running rental after the
//!   notice the terms fixed. The time until then is paid (the last period pro rata, rounded
//!   down) and the rest goes back to the consumer at once.
//! - **End**: at its end block the rental's service ends and its capacity comes back; once the
//!   last period is settled or ruled on, the rental is `Completed` (or `Cancelled`) and nothing
//!   of it is held. It is removed `JobRetention` blocks later.
//!
//! Work happens lazily, when anyone touches the rental (any call on it, or
//! [`Pallet::advance_rental`]), and by the hook: every rental waits in [`RentalWakeQueue`] at
//! the next block it needs work, and `on_initialize` works through that queue within
//! `MaxRentalWakeupsProcessedPerBlock`, each rental by at most `MaxRentalStepsPerTouch` steps.

use crate::*;
use aitbc_primitives::{
	block_queue::{Budget, Visit, Walk},
	traits::{JobEnd, JobResult, JobStatus, Offence, OffenceKind},
};
use frame_support::{ensure, pallet_prelude::*, storage::with_storage_layer};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, Zero},
	Perbill, Rounding, SaturatedConversion,
};

/// Parts per million in a whole.
pub const PPM: u32 = 1_000_000;

/// How many blocks a rental wake-up may spill into when its bucket is full.
const WAKE_SPILL_BLOCKS: u32 = 16;

fn now<T: Config>() -> BlockNumberOf<T> {
	frame_system::Pallet::<T>::block_number()
}

fn blocks<T: Config>(n: BlockNumberOf<T>) -> u64 {
	n.saturated_into::<u64>()
}

fn block_at<T: Config>(n: u64) -> BlockNumberOf<T> {
	n.saturated_into::<BlockNumberOf<T>>()
}

/// What one step of work on a rental did.
#[derive(PartialEq, Eq, Debug)]
enum Step {
	/// Something changed; there may be more to do.
	Progress,
	/// Nothing is due now.
	Idle,
	/// The rental is gone (removed after its retention).
	Removed,
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_rental(
		consumer: T::AccountId,
		provider: T::AccountId,
		terms: RentalTermsOf<T>,
		max_price_per_period: BalanceOf<T>,
		accept_ttl: BlockNumberOf<T>,
	) -> DispatchResult {
		let blueprint =
			Blueprints::<T>::get(terms.blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		ensure!(
			!accept_ttl.is_zero() && accept_ttl <= T::MaxRequestTtl::get(),
			Error::<T>::InvalidTtl
		);
		ensure!(
			terms.periods >= 1 && terms.periods <= T::MaxRentalPeriods::get(),
			Error::<T>::InvalidRentalPeriods
		);
		ensure!(
			terms.period_length >= T::MinRentalPeriod::get()
				&& terms.period_length >= blueprint.heartbeat_interval,
			Error::<T>::RentalPeriodTooShort
		);
		let duration = blocks::<T>(terms.period_length)
			.checked_mul(u64::from(terms.periods))
			.ok_or(Error::<T>::RentalTooLong)?;
		ensure!(
			duration <= blocks::<T>(T::MaxRentalDuration::get()),
			Error::<T>::RentalTooLong
		);
		ensure!(
			terms.notice <= T::MaxRentalNotice::get(),
			Error::<T>::NoticeTooLong
		);
		Self::ensure_sla_terms(&terms.sla)?;
		// Checked again at acceptance; refused here so an offer that cannot be taken is never
		// made (and never holds the consumer's money for nothing).
		Self::ensure_capacity_free(terms.blueprint_id, &provider, terms.capacity)?;
		let units = terms
			.capacity
			.checked_mul(blocks::<T>(terms.period_length))
			.ok_or(Error::<T>::Overflow)?;
		let price_per_period =
			T::Pricing::quote(blueprint.resource_class, units).ok_or(Error::<T>::NoPriceQuote)?;
		ensure!(
			price_per_period <= max_price_per_period,
			Error::<T>::PriceAboveCap
		);
		let total = price_per_period
			.checked_mul(&terms.periods.into())
			.ok_or(Error::<T>::Overflow)?;
		ensure!(!total.is_zero(), Error::<T>::NoPriceQuote);

		let rental_id = NextRentalId::<T>::get();
		NextRentalId::<T>::put(rental_id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let escrow_key = NextJobId::<T>::get();
		NextJobId::<T>::put(escrow_key.checked_add(1).ok_or(Error::<T>::Overflow)?);
		T::Escrow::lock(escrow_key, &consumer, terms.payment_asset, total)?;
		let created_at = now::<T>();
		let accept_by = created_at.saturating_add(accept_ttl);
		let rental = Rental {
			provider: provider.clone(),
			consumer: consumer.clone(),
			terms,
			resource_class: blueprint.resource_class,
			price_per_period,
			escrow_key,
			status: RentalStatus::Created,
			created_at,
			accept_by,
			service_id: None,
			starts_at: None,
			ends_at: None,
			cancelled: false,
			carved: 0,
			billable: 0,
			open_periods: 0,
			disputed_periods: 0,
			consecutive_breaches: 0,
			carved_amount: Zero::zero(),
			returned: Zero::zero(),
			withdrawn: Zero::zero(),
			wake_at: None,
		};
		let rental = Self::schedule_wake(rental_id, rental, Some(accept_by))
			.ok_or(Error::<T>::RentalQueueFull)?;
		Rentals::<T>::insert(rental_id, rental);
		RentalOfEscrow::<T>::insert(escrow_key, rental_id);
		RentalsByConsumer::<T>::insert(&consumer, rental_id, ());
		RentalsByProvider::<T>::insert(&provider, rental_id, ());
		Self::deposit_event(Event::RentalCreated {
			rental_id,
			consumer,
			provider,
			price_per_period,
			total,
			accept_by,
		});
		Ok(())
	}

	fn ensure_sla_terms(sla: &RentalSla) -> DispatchResult {
		ensure!(
			sla.min_availability_ppm <= PPM && sla.min_accuracy_ppm.is_none_or(|ppm| ppm <= PPM),
			Error::<T>::InvalidPartsPerMillion
		);
		Ok(())
	}

	/// The provider is registered for the blueprint and has `capacity` free: its
	/// registration's capacity less what it rented out already.
	fn ensure_capacity_free(
		blueprint_id: BlueprintId,
		provider: &T::AccountId,
		capacity: u64,
	) -> DispatchResult {
		ensure!(capacity > 0, Error::<T>::ZeroCapacity);
		let registration =
			Operators::<T>::get(blueprint_id, provider).ok_or(Error::<T>::NotRegistered)?;
		let rented = RentedCapacity::<T>::get(blueprint_id, provider);
		let free = registration.preferences.capacity.saturating_sub(rented);
		ensure!(capacity <= free, Error::<T>::CapacityUnavailable);
		Ok(())
	}

	pub(crate) fn do_accept_rental(who: T::AccountId, rental_id: RentalId) -> DispatchResult {
		let mut rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		ensure!(rental.provider == who, Error::<T>::NotRentalProvider);
		ensure!(
			rental.status == RentalStatus::Created,
			Error::<T>::RentalNotOffered
		);
		let start = now::<T>();
		ensure!(start < rental.accept_by, Error::<T>::RentalOfferExpired);
		let blueprint_id = rental.terms.blueprint_id;
		Self::ensure_capacity_free(blueprint_id, &who, rental.terms.capacity)?;
		let duration =
			blocks::<T>(rental.terms.period_length).saturating_mul(u64::from(rental.terms.periods));
		let ends_at = start.saturating_add(block_at::<T>(duration));
		let operators: BoundedVec<_, _> = alloc::vec![who.clone()]
			.try_into()
			.map_err(|_| Error::<T>::TooFewOperators)?;
		let service_id = Self::start_service(
			rental.consumer.clone(),
			blueprint_id,
			RequestTerms {
				operators,
				permitted_callers: Default::default(),
				payment_asset: rental.terms.payment_asset,
				security_assets: Default::default(),
				sla: None,
				job_timeout: T::MinJobTimeout::get(),
				ends_at: Some(ends_at),
			},
		)?;
		RentedCapacity::<T>::try_mutate(blueprint_id, &who, |rented| {
			*rented = rented
				.checked_add(rental.terms.capacity)
				.ok_or(Error::<T>::Overflow)?;
			Ok::<_, DispatchError>(())
		})?;
		// `start_service` checked the registration is active: its free capacity is supply.
		T::Pricing::remove_supply(rental.resource_class, rental.terms.capacity);
		RentalOfService::<T>::insert(service_id, rental_id);
		rental.status = RentalStatus::Active;
		rental.service_id = Some(service_id);
		rental.starts_at = Some(start);
		rental.ends_at = Some(ends_at);
		rental.billable = rental.terms.periods;
		let wake = Self::next_wake(rental_id, &rental);
		let rental =
			Self::schedule_wake(rental_id, rental, wake).ok_or(Error::<T>::RentalQueueFull)?;
		Rentals::<T>::insert(rental_id, rental);
		Self::deposit_event(Event::RentalAccepted {
			rental_id,
			service_id,
			ends_at,
		});
		Ok(())
	}

	pub(crate) fn do_decline_rental(who: T::AccountId, rental_id: RentalId) -> DispatchResult {
		let rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		ensure!(rental.provider == who, Error::<T>::NotRentalProvider);
		ensure!(
			rental.status == RentalStatus::Created,
			Error::<T>::RentalNotOffered
		);
		Self::close_offer(rental_id, rental, RentalOfferEnd::Declined)
	}

	/// End an offer that never started: everything held goes back to the consumer.
	fn close_offer(
		rental_id: RentalId,
		mut rental: RentalOf<T>,
		reason: RentalOfferEnd,
	) -> DispatchResult {
		let refunded = match T::Escrow::escrow_of(rental.escrow_key) {
			Some(escrow) if !escrow.held.is_zero() => T::Escrow::refund(rental.escrow_key)?,
			_ => Zero::zero(),
		};
		rental.returned = rental.returned.saturating_add(refunded);
		Self::deposit_event(Event::RentalOfferClosed {
			rental_id,
			reason,
			refunded,
		});
		rental.status = RentalStatus::Cancelled;
		Self::finish(rental_id, rental)
	}

	pub(crate) fn do_cancel_rental(who: T::AccountId, rental_id: RentalId) -> DispatchResult {
		let rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		ensure!(
			rental.consumer == who || rental.provider == who,
			Error::<T>::NotRentalParty
		);
		if rental.status == RentalStatus::Created {
			ensure!(rental.consumer == who, Error::<T>::NotRentalConsumer);
			return Self::close_offer(rental_id, rental, RentalOfferEnd::Withdrawn);
		}
		// Whatever ended before the notice starts is settled on its own terms first.
		Self::touch(rental_id)?;
		let mut rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		ensure!(
			matches!(rental.status, RentalStatus::Active | RentalStatus::Disputed),
			Error::<T>::RentalNotRunning
		);
		ensure!(!rental.cancelled, Error::<T>::RentalEnding);
		let (start, end) = Self::running_span(&rental)?;
		let new_end = now::<T>().saturating_add(rental.terms.notice);
		ensure!(new_end < end, Error::<T>::NoticeBeyondEnd);
		let period_length = blocks::<T>(rental.terms.period_length).max(1);
		let ran = blocks::<T>(new_end.saturating_sub(start));
		let billable = u32::try_from(ran.div_ceil(period_length)).unwrap_or(u32::MAX);
		rental.ends_at = Some(new_end);
		rental.billable = billable.max(rental.carved);
		rental.cancelled = true;
		let still_owed = Self::owed_from(&rental, rental.carved)?;
		let held = Self::held_for(&rental);
		let refund = held.checked_sub(&still_owed).ok_or(Error::<T>::Overflow)?;
		if !refund.is_zero() {
			T::Escrow::refund_part(rental.escrow_key, refund)?;
		}
		rental.returned = rental.returned.saturating_add(refund);
		if let Some(service_id) = rental.service_id {
			Services::<T>::mutate(service_id, |service| {
				if let Some(service) = service {
					service.terms.ends_at = Some(new_end);
				}
			});
		}
		let wake = Self::next_wake(rental_id, &rental);
		let rental =
			Self::schedule_wake(rental_id, rental, wake).ok_or(Error::<T>::RentalQueueFull)?;
		Rentals::<T>::insert(rental_id, rental);
		Self::deposit_event(Event::RentalCancelled {
			rental_id,
			by: who,
			ends_at: new_end,
			refunded: refund,
		});
		Ok(())
	}

	pub(crate) fn do_report_rental_metrics(
		who: T::AccountId,
		rental_id: RentalId,
		period: u32,
		metrics: RentalMetrics,
	) -> DispatchResult {
		ensure!(
			metrics.availability_ppm <= PPM && metrics.accuracy_ppm <= PPM,
			Error::<T>::InvalidPartsPerMillion
		);
		// A period that just ended is paid into its job first, so it can be reported on.
		Self::touch(rental_id)?;
		let rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		let is_provider = rental.provider == who;
		ensure!(
			is_provider || rental.consumer == who,
			Error::<T>::NotRentalParty
		);
		let job_id =
			OpenRentalPeriods::<T>::get(rental_id, period).ok_or(Error::<T>::PeriodNotOpen)?;
		let period_ref = RentalPeriodJobs::<T>::get(job_id).ok_or(Error::<T>::PeriodNotOpen)?;
		let job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		ensure!(job.status != JobStatus::Disputed, Error::<T>::JobDisputed);
		ensure!(
			now::<T>() < Self::window_end(&period_ref),
			Error::<T>::ReportWindowClosed
		);
		RentalReports::<T>::try_mutate(rental_id, period, |reports| {
			let slot = if is_provider {
				&mut reports.provider
			} else {
				&mut reports.consumer
			};
			ensure!(slot.is_none(), Error::<T>::AlreadyReported);
			*slot = Some(metrics);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::RentalMetricsReported {
			rental_id,
			period,
			reporter: who,
			metrics,
		});
		// Both sides agreeing settles the period now rather than at the window's end.
		Self::touch(rental_id)
	}

	pub(crate) fn do_advance_rental(rental_id: RentalId) -> Result<u32, DispatchError> {
		ensure!(
			Rentals::<T>::contains_key(rental_id),
			Error::<T>::RentalNotFound
		);
		let steps = Self::advance(rental_id, T::MaxRentalStepsPerTouch::get())?;
		ensure!(steps > 0, Error::<T>::NothingDue);
		Ok(steps)
	}

	/// Bring the rental up to date (a lazy touch inside another call).
	fn touch(rental_id: RentalId) -> DispatchResult {
		Self::advance(rental_id, T::MaxRentalStepsPerTouch::get()).map(|_| ())
	}

	/// Up to `max_steps` steps of due work, then requeue the rental at the next block it needs
	/// work. Returns the steps done.
	pub(crate) fn advance(rental_id: RentalId, max_steps: u32) -> Result<u32, DispatchError> {
		let mut steps = 0u32;
		while steps < max_steps {
			match Self::step(rental_id)? {
				Step::Progress => steps = steps.saturating_add(1),
				Step::Idle => break,
				Step::Removed => return Ok(steps.saturating_add(1)),
			}
		}
		if let Some(rental) = Rentals::<T>::get(rental_id) {
			let wake = if steps >= max_steps {
				// More may be due: come back next block.
				Some(now::<T>().saturating_add(1u32.into()))
			} else {
				Self::next_wake(rental_id, &rental)
			};
			if rental.wake_at != wake {
				let rental = Self::schedule_wake(rental_id, rental, wake)
					.ok_or(Error::<T>::RentalQueueFull)?;
				Rentals::<T>::insert(rental_id, rental);
			}
		}
		Ok(steps)
	}

	/// One piece of due work, in order: expire an offer; pay an ended period into its job;
	/// settle a period whose window closed; end the service at the end block; finish; remove.
	fn step(rental_id: RentalId) -> Result<Step, DispatchError> {
		let Some(rental) = Rentals::<T>::get(rental_id) else {
			return Ok(Step::Idle);
		};
		let now = now::<T>();
		match rental.status {
			RentalStatus::Created => {
				if now < rental.accept_by {
					return Ok(Step::Idle);
				}
				Self::close_offer(rental_id, rental, RentalOfferEnd::Expired)?;
				return Ok(Step::Progress);
			}
			RentalStatus::Completed | RentalStatus::Cancelled => {
				if rental.wake_at.is_some_and(|at| now < at) {
					return Ok(Step::Idle);
				}
				Self::remove_rental(rental_id, &rental);
				return Ok(Step::Removed);
			}
			RentalStatus::Active | RentalStatus::Disputed => {}
		}
		let (start, end) = Self::running_span(&rental)?;
		if rental.carved < rental.billable {
			let (_, period_end) = Self::period_span(&rental, start, end, rental.carved);
			if now >= period_end {
				Self::carve(rental_id, rental, period_end)?;
				return Ok(Step::Progress);
			}
		}
		for (period, job_id) in OpenRentalPeriods::<T>::iter_prefix(rental_id) {
			if Self::ready_to_settle(rental_id, period, job_id, now) {
				Self::settle_period(rental_id, period, job_id)?;
				return Ok(Step::Progress);
			}
		}
		if now >= end {
			if let Some(service_id) = rental.service_id {
				Self::release_rented_service(rental_id, rental, service_id);
				return Ok(Step::Progress);
			}
			if rental.carved >= rental.billable && rental.open_periods == 0 {
				let mut rental = rental;
				rental.status = if rental.cancelled {
					RentalStatus::Cancelled
				} else {
					RentalStatus::Completed
				};
				Self::finish(rental_id, rental)?;
				return Ok(Step::Progress);
			}
		}
		Ok(Step::Idle)
	}

	/// The block a running rental started and the block it ends.
	fn running_span(
		rental: &RentalOf<T>,
	) -> Result<(BlockNumberOf<T>, BlockNumberOf<T>), DispatchError> {
		match (rental.starts_at, rental.ends_at) {
			(Some(start), Some(end)) => Ok((start, end)),
			_ => Err(Error::<T>::RentalNotRunning.into()),
		}
	}

	/// The first block of `period` and the block it ends at (the rental's end for a last
	/// period cut short).
	fn period_span(
		rental: &RentalOf<T>,
		start: BlockNumberOf<T>,
		end: BlockNumberOf<T>,
		period: u32,
	) -> (BlockNumberOf<T>, BlockNumberOf<T>) {
		let length = blocks::<T>(rental.terms.period_length);
		let from = blocks::<T>(start).saturating_add(length.saturating_mul(u64::from(period)));
		let to = from.saturating_add(length).min(blocks::<T>(end));
		(block_at::<T>(from), block_at::<T>(to))
	}

	/// What `period` pays: the price per period, or its share for a last period cut short
	/// (rounded down, so the periods never pay more than was held).
	fn period_amount(rental: &RentalOf<T>, period: u32) -> Result<BalanceOf<T>, DispatchError> {
		let (start, end) = Self::running_span(rental)?;
		let (from, to) = Self::period_span(rental, start, end, period);
		let length = blocks::<T>(rental.terms.period_length);
		let ran = blocks::<T>(to.saturating_sub(from));
		if ran >= length {
			return Ok(rental.price_per_period);
		}
		let price: u128 = rental.price_per_period.saturated_into();
		let share = multiply_by_rational_with_rounding(
			price,
			u128::from(ran),
			u128::from(length.max(1)),
			Rounding::Down,
		)
		.ok_or(Error::<T>::Overflow)?;
		Ok(share.saturated_into())
	}

	/// What periods `from..billable` still pay.
	fn owed_from(rental: &RentalOf<T>, from: u32) -> Result<BalanceOf<T>, DispatchError> {
		let mut owed = BalanceOf::<T>::zero();
		let full = rental.billable.saturating_sub(from).saturating_sub(1);
		if rental.billable > from {
			owed = rental
				.price_per_period
				.checked_mul(&full.into())
				.ok_or(Error::<T>::Overflow)?;
			let last = Self::period_amount(rental, rental.billable.saturating_sub(1))?;
			owed = owed.checked_add(&last).ok_or(Error::<T>::Overflow)?;
		}
		Ok(owed)
	}

	/// The whole price the consumer put in.
	pub(crate) fn rental_total(rental: &RentalOf<T>) -> BalanceOf<T> {
		rental
			.price_per_period
			.saturating_mul(rental.terms.periods.into())
	}

	/// What the rental's own escrow should still hold.
	pub(crate) fn held_for(rental: &RentalOf<T>) -> BalanceOf<T> {
		Self::rental_total(rental)
			.saturating_sub(rental.carved_amount)
			.saturating_sub(rental.returned)
			.saturating_sub(rental.withdrawn)
	}

	/// Move the payment of the period that ended at `ended_at` out of the rental's escrow into
	/// a job of its own, delivered by the provider: from here it is an ordinary job.
	fn carve(
		rental_id: RentalId,
		mut rental: RentalOf<T>,
		ended_at: BlockNumberOf<T>,
	) -> DispatchResult {
		let period = rental.carved;
		let amount = Self::period_amount(&rental, period)?;
		rental.carved = period.saturating_add(1);
		if amount.is_zero() {
			// A last period too short to be worth a unit: nothing to pay or judge.
			Rentals::<T>::insert(rental_id, rental);
			return Ok(());
		}
		let job_id = NextJobId::<T>::get();
		NextJobId::<T>::put(job_id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		// Money moves within one storage layer of the calling dispatch or hook.
		T::Escrow::refund_part(rental.escrow_key, amount)?;
		T::Escrow::lock(job_id, &rental.consumer, rental.terms.payment_asset, amount)?;
		let period_blocks = blocks::<T>(rental.terms.period_length);
		let called_at: u32 = ended_at.saturated_into();
		let tag = <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(&(
			b"AITBC/rental-period",
			rental_id,
			period,
		));
		Jobs::<T>::insert(
			job_id,
			Job {
				service_id: rental.service_id.unwrap_or_default(),
				blueprint_id: rental.terms.blueprint_id,
				job_index: 0,
				client: rental.consumer.clone(),
				input_hash: tag,
				max_units: rental.terms.capacity.saturating_mul(period_blocks),
				price: amount,
				asset: rental.terms.payment_asset,
				resource_class: rental.resource_class,
				called_at,
				timeout: T::RentalReportWindow::get().saturated_into(),
				status: JobStatus::ResultSubmitted,
				result: Some(JobResult {
					operator: rental.provider.clone(),
					output_hash: tag,
					submitted_at: called_at,
				}),
			},
		);
		RentalPeriodJobs::<T>::insert(
			job_id,
			RentalPeriodRef {
				rental_id,
				period,
				ended_at,
			},
		);
		OpenRentalPeriods::<T>::insert(rental_id, period, job_id);
		rental.carved_amount = rental.carved_amount.saturating_add(amount);
		rental.open_periods = rental.open_periods.saturating_add(1);
		Rentals::<T>::insert(rental_id, rental);
		Self::deposit_event(Event::RentalPeriodDue {
			rental_id,
			period,
			job_id,
			amount,
		});
		Ok(())
	}

	fn window_end(period: &RentalPeriodRef<BlockNumberOf<T>>) -> BlockNumberOf<T> {
		period.ended_at.saturating_add(T::RentalReportWindow::get())
	}

	/// Whether an open period is settled now: not under dispute, and its report window
	/// closed, or both sides reported and the consumer's figures do not cost more than the
	/// provider's.
	fn ready_to_settle(
		rental_id: RentalId,
		period: u32,
		job_id: JobId,
		now: BlockNumberOf<T>,
	) -> bool {
		let Some(period_ref) = RentalPeriodJobs::<T>::get(job_id) else {
			return false;
		};
		if Jobs::<T>::get(job_id).is_none_or(|job| job.status != JobStatus::ResultSubmitted) {
			return false;
		}
		if now >= Self::window_end(&period_ref) {
			return true;
		}
		let reports = RentalReports::<T>::get(rental_id, period);
		let (Some(provider), Some(consumer)) = (reports.provider, reports.consumer) else {
			return false;
		};
		let Some(rental) = Rentals::<T>::get(rental_id) else {
			return false;
		};
		let heartbeat = Self::heartbeat_availability(rental_id, &rental, period);
		let by_provider = Self::breach_fraction(&rental, period, &provider, heartbeat);
		let by_consumer = Self::breach_fraction(&rental, period, &consumer, heartbeat);
		by_consumer <= by_provider
	}

	/// Judge and pay an open period: the penalty back to the consumer, the rest to the
	/// provider less the platform fee; the job ends `Settled`.
	fn settle_period(rental_id: RentalId, period: u32, job_id: JobId) -> DispatchResult {
		let rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		let job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		let judgement = Self::judge_period(rental_id, &rental, period);
		let fraction = Self::fraction_for(
			&rental.terms.sla,
			judgement.breached_terms,
			judgement.metrics.availability_ppm,
		);
		let penalty = fraction.mul_floor(job.price);
		let paid = job.price.saturating_sub(penalty);
		let output_hash = job
			.result
			.as_ref()
			.map(|r| r.output_hash)
			.unwrap_or_default();
		with_storage_layer::<_, DispatchError, _>(|| {
			Self::do_claim(job_id, &rental.provider, output_hash)?;
			T::Escrow::settle(job_id, &rental.provider, paid)?;
			let units = judgement.metrics.delivered_units.min(job.max_units);
			Self::do_close_job(job_id, JobEnd::Settled { units })
		})?;
		// `do_close_job` updated the rental's book-keeping; take it up from there.
		let mut rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		if judgement.breached_terms > 0 {
			rental.consecutive_breaches = rental.consecutive_breaches.saturating_add(1);
			if rental.consecutive_breaches >= T::RentalBreachesForOffence::get() {
				let fraction = T::RentalBreachSlash::get();
				// A refused report (the provider left staking, say) must not stop the period
				// from being paid: the breach is judged and refunded either way.
				let reported = T::Offences::report(Offence {
					offender: rental.provider.clone(),
					blueprint_id: rental.terms.blueprint_id,
					service_id: rental.service_id,
					fraction,
					kind: OffenceKind::SlaBreach,
				});
				rental.consecutive_breaches = 0;
				if reported.is_ok() {
					Self::deposit_event(Event::RentalOffenceReported {
						rental_id,
						provider: rental.provider.clone(),
						fraction,
					});
				}
			}
		} else {
			rental.consecutive_breaches = 0;
		}
		Rentals::<T>::insert(rental_id, rental);
		Self::deposit_event(Event::RentalPeriodSettled {
			rental_id,
			period,
			job_id,
			paid,
			penalty,
			judgement,
		});
		Ok(())
	}

	/// The metrics a period is paid on: the provider's report, else the consumer's, else
	/// nothing but availability; availability never above what the heartbeats showed.
	pub fn judge_period(rental_id: RentalId, rental: &RentalOf<T>, period: u32) -> PeriodJudgement {
		let heartbeat = Self::heartbeat_availability(rental_id, rental, period);
		let reports = RentalReports::<T>::get(rental_id, period);
		let (metrics, reported) = match reports.provider.or(reports.consumer) {
			Some(metrics) => (metrics, true),
			None => (
				RentalMetrics {
					availability_ppm: heartbeat,
					response_ms: 0,
					accuracy_ppm: PPM,
					delivered_units: 0,
				},
				false,
			),
		};
		let metrics = RentalMetrics {
			availability_ppm: metrics.availability_ppm.min(heartbeat),
			..metrics
		};
		let breached_terms = Self::breached_terms(rental, period, &metrics, reported);
		PeriodJudgement {
			metrics,
			heartbeat_availability_ppm: heartbeat,
			breached_terms,
		}
	}

	/// How many SLA terms `metrics` break in `period`; only availability unless `reported`.
	fn breached_terms(
		rental: &RentalOf<T>,
		period: u32,
		metrics: &RentalMetrics,
		reported: bool,
	) -> u32 {
		let sla = &rental.terms.sla;
		let mut breached = u32::from(metrics.availability_ppm < sla.min_availability_ppm);
		if reported {
			breached = breached
				.saturating_add(u32::from(
					sla.max_response_ms
						.is_some_and(|max| metrics.response_ms > max),
				))
				.saturating_add(u32::from(
					sla.min_accuracy_ppm
						.is_some_and(|min| metrics.accuracy_ppm < min),
				))
				.saturating_add(u32::from(sla.min_delivered_units.is_some_and(|min| {
					metrics.delivered_units < Self::scaled_minimum(rental, period, min)
				})));
		}
		breached
	}

	/// A per-period minimum scaled to a last period cut short.
	fn scaled_minimum(rental: &RentalOf<T>, period: u32, minimum: u64) -> u64 {
		let Ok((start, end)) = Self::running_span(rental) else {
			return minimum;
		};
		let (from, to) = Self::period_span(rental, start, end, period);
		let length = blocks::<T>(rental.terms.period_length).max(1);
		let ran = blocks::<T>(to.saturating_sub(from));
		multiply_by_rational_with_rounding(
			u128::from(minimum),
			u128::from(ran.min(length)),
			u128::from(length),
			Rounding::Down,
		)
		.map_or(minimum, |scaled| scaled.saturated_into())
	}

	/// `breached_terms` times the breach penalty, plus the unavailable share if availability
	/// is below the SLA's minimum; at most the whole payment.
	fn fraction_for(sla: &RentalSla, breached_terms: u32, availability_ppm: u32) -> Perbill {
		let mut parts =
			u64::from(sla.breach_penalty.deconstruct()).saturating_mul(u64::from(breached_terms));
		if availability_ppm < sla.min_availability_ppm {
			let unavailable = u64::from(PPM.saturating_sub(availability_ppm));
			parts = parts.saturating_add(unavailable.saturating_mul(1_000));
		}
		Perbill::from_parts(u32::try_from(parts.min(1_000_000_000)).unwrap_or(1_000_000_000))
	}

	/// The share a report would cost if it were the account of the period.
	fn breach_fraction(
		rental: &RentalOf<T>,
		period: u32,
		report: &RentalMetrics,
		heartbeat_ppm: u32,
	) -> Perbill {
		let metrics = RentalMetrics {
			availability_ppm: report.availability_ppm.min(heartbeat_ppm),
			..*report
		};
		let breached = Self::breached_terms(rental, period, &metrics, true);
		Self::fraction_for(&rental.terms.sla, breached, metrics.availability_ppm)
	}

	/// The penalty a full period of `rental_id` with `metrics` costs its provider (the
	/// `calculate_penalty` runtime API): judged on `metrics` as reported, every term counted.
	pub fn calculate_penalty(rental_id: RentalId, metrics: RentalMetrics) -> Option<BalanceOf<T>> {
		let rental = Rentals::<T>::get(rental_id)?;
		let breached = Self::breached_terms(&rental, 0, &metrics, true);
		let fraction = Self::fraction_for(&rental.terms.sla, breached, metrics.availability_ppm);
		Some(fraction.mul_floor(rental.price_per_period))
	}

	/// The share of a period's heartbeat intervals in which the provider beat, in parts per
	/// million.
	pub fn heartbeat_availability(rental_id: RentalId, rental: &RentalOf<T>, period: u32) -> u32 {
		let Ok((start, end)) = Self::running_span(rental) else {
			return 0;
		};
		let interval = Blueprints::<T>::get(rental.terms.blueprint_id).map_or(1, |blueprint| {
			blocks::<T>(blueprint.heartbeat_interval).max(1)
		});
		let (from, to) = Self::period_span(rental, start, end, period);
		let intervals = blocks::<T>(to.saturating_sub(from))
			.div_ceil(interval)
			.max(1);
		let beaten = u64::from(RentalBeats::<T>::get(rental_id, period).beaten);
		let ppm = beaten.saturating_mul(u64::from(PPM)) / intervals;
		u32::try_from(ppm.min(u64::from(PPM))).unwrap_or(PPM)
	}

	/// Count a heartbeat of `service_id`'s operator towards its rental's running period, once
	/// per heartbeat interval.
	pub(crate) fn note_rental_beat(service_id: ServiceId, interval: BlockNumberOf<T>) {
		let Some(rental_id) = RentalOfService::<T>::get(service_id) else {
			return;
		};
		let Some(rental) = Rentals::<T>::get(rental_id) else {
			return;
		};
		let Ok((start, end)) = Self::running_span(&rental) else {
			return;
		};
		let now = now::<T>();
		if now < start || now >= end {
			return;
		}
		let elapsed = blocks::<T>(now.saturating_sub(start));
		let length = blocks::<T>(rental.terms.period_length).max(1);
		let period = u32::try_from(elapsed / length).unwrap_or(u32::MAX);
		let into_period = elapsed % length;
		let slot = u32::try_from(into_period / blocks::<T>(interval).max(1)).unwrap_or(u32::MAX);
		RentalBeats::<T>::mutate(rental_id, period, |beats| {
			if beats.last_interval.is_none_or(|last| last < slot) {
				beats.beaten = beats.beaten.saturating_add(1);
				beats.last_interval = Some(slot);
			}
		});
	}

	/// The rental's time is over: its service ends (jobs without a result are refunded), its
	/// capacity comes back to the provider and, if the provider is still active, to pricing.
	fn release_rented_service(rental_id: RentalId, mut rental: RentalOf<T>, service_id: ServiceId) {
		let blueprint_id = rental.terms.blueprint_id;
		RentedCapacity::<T>::mutate_exists(blueprint_id, &rental.provider, |rented| {
			let left = rented
				.unwrap_or_default()
				.saturating_sub(rental.terms.capacity);
			*rented = (left > 0).then_some(left);
		});
		let active = Operators::<T>::get(blueprint_id, &rental.provider)
			.is_some_and(|registration| registration.state == OperatorState::Active);
		if active {
			T::Pricing::add_supply(rental.resource_class, rental.terms.capacity);
		}
		RentalOfService::<T>::remove(service_id);
		if let Some(service) = Services::<T>::get(service_id) {
			Self::end_service(service_id, service);
		}
		rental.service_id = None;
		Rentals::<T>::insert(rental_id, rental);
	}

	/// The rental is over: whatever its escrow still holds (nothing, when the books balance)
	/// goes back to the consumer, and it is queued for removal.
	fn finish(rental_id: RentalId, mut rental: RentalOf<T>) -> DispatchResult {
		if let Some(escrow) = T::Escrow::escrow_of(rental.escrow_key) {
			if !escrow.held.is_zero() && !escrow.frozen {
				let refunded = T::Escrow::refund(rental.escrow_key)?;
				rental.returned = rental.returned.saturating_add(refunded);
			}
		}
		RentalOfEscrow::<T>::remove(rental.escrow_key);
		let status = rental.status;
		let remove_at = now::<T>().saturating_add(T::JobRetention::get());
		let rental = Self::schedule_wake(rental_id, rental.clone(), Some(remove_at))
			// Removal can wait: a full queue keeps the record until someone touches it.
			.unwrap_or(RentalOf::<T> { wake_at: None, ..rental });
		Rentals::<T>::insert(rental_id, rental);
		Self::deposit_event(Event::RentalEnded { rental_id, status });
		Ok(())
	}

	fn remove_rental(rental_id: RentalId, rental: &RentalOf<T>) {
		Rentals::<T>::remove(rental_id);
		RentalsByConsumer::<T>::remove(&rental.consumer, rental_id);
		RentalsByProvider::<T>::remove(&rental.provider, rental_id);
		Self::deposit_event(Event::RentalRemoved { rental_id });
	}

	/// The next block the rental needs work at, if any.
	fn next_wake(rental_id: RentalId, rental: &RentalOf<T>) -> Option<BlockNumberOf<T>> {
		match rental.status {
			RentalStatus::Created => return Some(rental.accept_by),
			RentalStatus::Completed | RentalStatus::Cancelled => return rental.wake_at,
			RentalStatus::Active | RentalStatus::Disputed => {}
		}
		let (start, end) = Self::running_span(rental).ok()?;
		let mut wake: Option<BlockNumberOf<T>> = None;
		let mut consider = |at: BlockNumberOf<T>| {
			wake = Some(wake.map_or(at, |w| w.min(at)));
		};
		if rental.carved < rental.billable {
			consider(Self::period_span(rental, start, end, rental.carved).1);
		}
		for (_, job_id) in OpenRentalPeriods::<T>::iter_prefix(rental_id) {
			// A disputed period waits for its ruling, which wakes the rental itself.
			let disputed =
				Jobs::<T>::get(job_id).is_some_and(|job| job.status == JobStatus::Disputed);
			if let (Some(period), false) = (RentalPeriodJobs::<T>::get(job_id), disputed) {
				consider(Self::window_end(&period));
			}
		}
		if rental.service_id.is_some() {
			consider(end);
		}
		if rental.carved >= rental.billable && rental.open_periods == 0 {
			consider(end);
		}
		wake
	}

	/// Queue the rental at `at` (taking it out of where it waited). `None` if no bucket has
	/// room; the rental then waits for a touch.
	fn schedule_wake(
		rental_id: RentalId,
		mut rental: RentalOf<T>,
		at: Option<BlockNumberOf<T>>,
	) -> Option<RentalOf<T>> {
		if let Some(old) = rental.wake_at.take() {
			RentalWakeQueue::<T>::remove(old, &rental_id);
		}
		if let Some(at) = at {
			let queued = RentalWakeQueue::<T>::schedule(at, rental_id, WAKE_SPILL_BLOCKS).ok()?;
			rental.wake_at = Some(queued);
		}
		Some(rental)
	}

	/// Work through [`RentalWakeQueue`] up to `now`, at most
	/// `MaxRentalWakeupsProcessedPerBlock` rentals, each by at most `MaxRentalStepsPerTouch`
	/// steps. A rental whose work fails (its escrow frozen elsewhere, say) is left for a later
	/// touch, unchanged.
	pub(crate) fn wake_rentals(now: BlockNumberOf<T>) -> Walk {
		let budget = Budget::items(T::MaxRentalWakeupsProcessedPerBlock::get());
		RentalWakeQueue::<T>::walk(now, budget, |rental_id| {
			let Some(mut rental) = Rentals::<T>::get(rental_id) else {
				return Visit::Stale;
			};
			// It left its bucket: forget where it waited before requeueing.
			rental.wake_at = None;
			Rentals::<T>::insert(rental_id, rental);
			let _ =
				with_storage_layer(|| Self::advance(rental_id, T::MaxRentalStepsPerTouch::get()));
			Visit::Processed
		})
	}

	/// Book-keeping when a period job leaves an open state: `open` to `Disputed`.
	pub(crate) fn note_period_disputed(job_id: JobId) {
		let Some(period) = RentalPeriodJobs::<T>::get(job_id) else {
			return;
		};
		Rentals::<T>::mutate(period.rental_id, |rental| {
			if let Some(rental) = rental {
				rental.disputed_periods = rental.disputed_periods.saturating_add(1);
				if rental.status == RentalStatus::Active {
					rental.status = RentalStatus::Disputed;
				}
			}
		});
	}

	/// Book-keeping when a period job closes (settled, ruled on, withdrawn): the period is no
	/// longer open; a rental whose last dispute ended runs on as `Active`; a rental whose time
	/// is over is looked at again this block.
	pub(crate) fn note_period_closed(job_id: JobId, was: JobStatus) {
		let Some(period) = RentalPeriodJobs::<T>::get(job_id) else {
			return;
		};
		let rental_id = period.rental_id;
		OpenRentalPeriods::<T>::remove(rental_id, period.period);
		RentalReports::<T>::remove(rental_id, period.period);
		RentalBeats::<T>::remove(rental_id, period.period);
		let Some(mut rental) = Rentals::<T>::get(rental_id) else {
			return;
		};
		rental.open_periods = rental.open_periods.saturating_sub(1);
		if was == JobStatus::Disputed {
			rental.disputed_periods = rental.disputed_periods.saturating_sub(1);
			if rental.disputed_periods == 0 && rental.status == RentalStatus::Disputed {
				rental.status = RentalStatus::Active;
			}
		}
		let over = rental.ends_at.is_some_and(|end| now::<T>() >= end);
		let rental = if over {
			Self::schedule_wake(rental_id, rental.clone(), Some(now::<T>())).unwrap_or(rental)
		} else {
			rental
		};
		Rentals::<T>::insert(rental_id, rental);
	}

	/// Governance emptied the rental's own escrow (`close_job(Withdrawn)` on its key): nothing
	/// more can be paid, so the rental ends now; periods already paid into jobs finish on their
	/// own.
	pub(crate) fn withdraw_rental_escrow(escrow_key: JobId) -> DispatchResult {
		let rental_id = RentalOfEscrow::<T>::get(escrow_key).ok_or(Error::<T>::JobNotFound)?;
		let mut rental = Rentals::<T>::get(rental_id).ok_or(Error::<T>::RentalNotFound)?;
		let held = Self::held_for(&rental);
		rental.withdrawn = rental.withdrawn.saturating_add(held);
		RentalOfEscrow::<T>::remove(escrow_key);
		let now = now::<T>();
		match rental.status {
			RentalStatus::Created => {
				rental.status = RentalStatus::Cancelled;
				Rentals::<T>::insert(rental_id, rental.clone());
				Self::deposit_event(Event::RentalEnded {
					rental_id,
					status: RentalStatus::Cancelled,
				});
				let rental = Self::schedule_wake(
					rental_id,
					rental.clone(),
					Some(now.saturating_add(T::JobRetention::get())),
				)
				.unwrap_or(rental);
				Rentals::<T>::insert(rental_id, rental);
				return Ok(());
			}
			RentalStatus::Active | RentalStatus::Disputed => {
				rental.cancelled = true;
				rental.billable = rental.carved;
				rental.ends_at = Some(rental.ends_at.map_or(now, |end| end.min(now)));
			}
			RentalStatus::Completed | RentalStatus::Cancelled => {
				return Err(Error::<T>::RentalNotRunning.into())
			}
		}
		let rental = Self::schedule_wake(rental_id, rental.clone(), Some(now)).unwrap_or(rental);
		Rentals::<T>::insert(rental_id, rental);
		Ok(())
	}

	/// The rentals `who` offered, holds or provides, for the runtime API.
	pub fn rentals_of(who: &T::AccountId) -> alloc::vec::Vec<RentalId> {
		let mut ids: alloc::vec::Vec<RentalId> = RentalsByConsumer::<T>::iter_key_prefix(who)
			.chain(RentalsByProvider::<T>::iter_key_prefix(who))
			.collect();
		ids.sort_unstable();
		ids.dedup();
		ids
	}

	/// The open period jobs of a rental, for the runtime API: (period, job).
	pub fn open_rental_periods(rental_id: RentalId) -> alloc::vec::Vec<(u32, JobId)> {
		OpenRentalPeriods::<T>::iter_prefix(rental_id).collect()
	}

	/// A rental, for the runtime API.
	pub fn rental_details(rental_id: RentalId) -> Option<RentalOf<T>> {
		Rentals::<T>::get(rental_id)
	}

	/// How an open period would be judged now, for the runtime API.
	pub fn period_judgement(rental_id: RentalId, period: u32) -> Option<PeriodJudgement> {
		let rental = Rentals::<T>::get(rental_id)?;
		OpenRentalPeriods::<T>::contains_key(rental_id, period)
			.then(|| Self::judge_period(rental_id, &rental, period))
	}
}
