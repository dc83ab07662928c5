//! Jobs: the job state machine (see the crate docs), calling, results, timeouts, and the end
//! of a service or of one operator's part in it.

use crate::*;
use aitbc_primitives::{
	block_queue::{Budget, Visit, Walk},
	traits::{JobEnd, JobResult, JobStatus},
};
use frame_support::{ensure, pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{traits::Saturating, SaturatedConversion};

/// The current block as the `u32` that job records keep.
fn now_u32<T: Config>() -> u32 {
	frame_system::Pallet::<T>::block_number().saturated_into::<u32>()
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_call_job(
		caller: T::AccountId,
		service_id: ServiceId,
		job_index: u32,
		input_hash: H256,
		max_units: u64,
		price_cap: BalanceOf<T>,
	) -> DispatchResult {
		let service = Services::<T>::get(service_id).ok_or(Error::<T>::ServiceNotFound)?;
		ensure!(
			service.owner == caller || service.terms.permitted_callers.contains(&caller),
			Error::<T>::NotPermittedCaller
		);
		ensure!(!Self::has_ended(&service), Error::<T>::ServiceEnded);
		let blueprint =
			Blueprints::<T>::get(service.blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		let index = usize::try_from(job_index).map_err(|_| Error::<T>::UnknownJob)?;
		ensure!(index < blueprint.jobs.len(), Error::<T>::UnknownJob);
		ensure!(max_units > 0, Error::<T>::ZeroUnits);
		let price = T::Pricing::quote(blueprint.resource_class, max_units)
			.ok_or(Error::<T>::NoPriceQuote)?;
		ensure!(price <= price_cap, Error::<T>::PriceAboveCap);
		let job_id = NextJobId::<T>::get();
		let next = job_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		PendingJobs::<T>::try_mutate(service_id, |jobs| {
			jobs.try_push(job_id)
				.map_err(|_| Error::<T>::TooManyPendingJobs)
		})?;
		T::Escrow::lock(job_id, &caller, service.terms.payment_asset, price)?;
		// Demand is learnt from paid work only, when a receipt settles: a call that is never
		// delivered, or is refunded, must not move the price.
		Jobs::<T>::insert(
			job_id,
			Job {
				service_id,
				blueprint_id: service.blueprint_id,
				job_index,
				client: caller.clone(),
				input_hash,
				max_units,
				price,
				asset: service.terms.payment_asset,
				resource_class: blueprint.resource_class,
				called_at: now_u32::<T>(),
				timeout: service.terms.job_timeout.saturated_into::<u32>(),
				status: JobStatus::Called,
				result: None,
			},
		);
		NextJobId::<T>::put(next);
		Self::deposit_event(Event::JobCalled {
			job_id,
			service_id,
			caller,
			max_units,
			price,
		});
		Ok(())
	}

	/// Whether the service's end date has come: it takes no jobs and anyone may end it.
	pub(crate) fn has_ended(service: &ServiceOf<T>) -> bool {
		service
			.terms
			.ends_at
			.is_some_and(|end| frame_system::Pallet::<T>::block_number() >= end)
	}

	pub(crate) fn do_submit_result(
		who: T::AccountId,
		job_id: JobId,
		output_hash: H256,
	) -> DispatchResult {
		let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		match job.status {
			JobStatus::Called => {}
			JobStatus::ResultSubmitted | JobStatus::Claimed => {
				return Err(Error::<T>::ResultAlreadySubmitted.into())
			}
			JobStatus::Disputed => return Err(Error::<T>::JobDisputed.into()),
			JobStatus::Settled
			| JobStatus::Resolved
			| JobStatus::Cancelled
			| JobStatus::TimedOut
			| JobStatus::Withdrawn => return Err(Error::<T>::JobClosed.into()),
		}
		let service = Services::<T>::get(job.service_id).ok_or(Error::<T>::ServiceNotFound)?;
		ensure!(
			service.terms.operators.contains(&who),
			Error::<T>::NotServiceOperator
		);
		job.status = JobStatus::ResultSubmitted;
		job.result = Some(JobResult {
			operator: who.clone(),
			output_hash,
			submitted_at: now_u32::<T>(),
		});
		Jobs::<T>::insert(job_id, job);
		// No reward points here: they come only from settled, paid work (receipts).
		Self::deposit_event(Event::ResultSubmitted {
			job_id,
			operator: who,
			output_hash,
		});
		Ok(())
	}

	/// `ResultSubmitted → Claimed`, for the result's own operator and output only.
	pub(crate) fn do_claim(
		job_id: JobId,
		operator: &T::AccountId,
		output_hash: H256,
	) -> DispatchResult {
		let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		match job.status {
			JobStatus::ResultSubmitted => {}
			JobStatus::Called => return Err(Error::<T>::NoResultYet.into()),
			JobStatus::Claimed => return Err(Error::<T>::AlreadyClaimed.into()),
			JobStatus::Disputed => return Err(Error::<T>::JobDisputed.into()),
			JobStatus::Settled
			| JobStatus::Resolved
			| JobStatus::Cancelled
			| JobStatus::TimedOut
			| JobStatus::Withdrawn => return Err(Error::<T>::JobClosed.into()),
		}
		let result = job.result.as_ref().ok_or(Error::<T>::NoResultYet)?;
		ensure!(result.operator == *operator, Error::<T>::NotResultOperator);
		ensure!(
			result.output_hash == output_hash,
			Error::<T>::OutputMismatch
		);
		job.status = JobStatus::Claimed;
		Jobs::<T>::insert(job_id, job);
		Self::deposit_event(Event::JobClaimed {
			job_id,
			operator: operator.clone(),
		});
		Ok(())
	}

	/// `Called | ResultSubmitted | Claimed → Disputed`.
	pub(crate) fn do_open_dispute(job_id: JobId) -> DispatchResult {
		let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		match job.status {
			JobStatus::Called | JobStatus::ResultSubmitted | JobStatus::Claimed => {}
			JobStatus::Disputed => return Err(Error::<T>::JobDisputed.into()),
			JobStatus::Settled
			| JobStatus::Resolved
			| JobStatus::Cancelled
			| JobStatus::TimedOut
			| JobStatus::Withdrawn => return Err(Error::<T>::JobClosed.into()),
		}
		job.status = JobStatus::Disputed;
		Jobs::<T>::insert(job_id, job);
		Self::note_period_disputed(job_id);
		Self::deposit_event(Event::JobDisputed { job_id });
		Ok(())
	}

	/// Whether a job in `status` may end as `end`; the error names why not.
	fn ensure_can_close(job: &JobOf<T>, end: JobEnd) -> DispatchResult {
		// No wildcard: a new state or end must be placed here before the pallet compiles.
		let refusal = match (job.status, end) {
			(
				JobStatus::Settled
				| JobStatus::Resolved
				| JobStatus::Cancelled
				| JobStatus::TimedOut
				| JobStatus::Withdrawn,
				_,
			) => Error::<T>::JobClosed,
			(JobStatus::Claimed, JobEnd::Settled { units }) => {
				ensure!(units <= job.max_units, Error::<T>::TooManyUnits);
				return Ok(());
			}
			(JobStatus::Disputed, JobEnd::Resolved)
			| (JobStatus::Called, JobEnd::Cancelled)
			| (JobStatus::Called | JobStatus::ResultSubmitted, JobEnd::TimedOut)
			| (_, JobEnd::Withdrawn) => return Ok(()),
			(JobStatus::Disputed, _) => Error::<T>::JobDisputed,
			(_, JobEnd::Resolved) => Error::<T>::NotDisputed,
			(JobStatus::Called, JobEnd::Settled { .. }) => Error::<T>::NoResultYet,
			(JobStatus::ResultSubmitted, JobEnd::Settled { .. }) => Error::<T>::NotClaimed,
			(JobStatus::Claimed, _) => Error::<T>::AlreadyClaimed,
			(JobStatus::ResultSubmitted, JobEnd::Cancelled) => Error::<T>::ResultAlreadySubmitted,
		};
		Err(refusal.into())
	}

	/// The one transition into a final state: checks the source state, takes the job out of
	/// its service's open jobs and queues it for removal. Moves no money: the caller does, in
	/// the same storage transaction.
	pub(crate) fn do_close_job(job_id: JobId, end: JobEnd) -> DispatchResult {
		let Some(mut job) = Jobs::<T>::get(job_id) else {
			// The key a rental's escrow is held under: governance may empty it.
			if end == JobEnd::Withdrawn && RentalOfEscrow::<T>::contains_key(job_id) {
				return Self::withdraw_rental_escrow(job_id);
			}
			return Err(Error::<T>::JobNotFound.into());
		};
		Self::ensure_can_close(&job, end)?;
		let status = end.status();
		let was = job.status;
		job.status = status;
		let service_id = job.service_id;
		Jobs::<T>::insert(job_id, job);
		remove_from_list::<PendingJobs<T>, _, _, _, _>(service_id, &job_id);
		Self::note_period_closed(job_id, was);
		Self::schedule_job_prune(job_id);
		Self::deposit_event(Event::JobClosed { job_id, status });
		Ok(())
	}

	pub(crate) fn do_cancel_job(who: T::AccountId, job_id: JobId) -> DispatchResult {
		let job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		ensure!(job.client == who, Error::<T>::NotJobClient);
		ensure!(
			!RentalPeriodJobs::<T>::contains_key(job_id),
			Error::<T>::RentalPeriodJob
		);
		let waiting_since = match job.status {
			JobStatus::Called => job.called_at,
			JobStatus::ResultSubmitted => job
				.result
				.as_ref()
				.map(|result| result.submitted_at)
				.ok_or(Error::<T>::NoResultYet)?,
			JobStatus::Claimed => return Err(Error::<T>::AlreadyClaimed.into()),
			JobStatus::Disputed => return Err(Error::<T>::JobDisputed.into()),
			JobStatus::Settled
			| JobStatus::Resolved
			| JobStatus::Cancelled
			| JobStatus::TimedOut
			| JobStatus::Withdrawn => return Err(Error::<T>::JobClosed.into()),
		};
		ensure!(
			now_u32::<T>() >= waiting_since.saturating_add(job.timeout),
			Error::<T>::JobNotTimedOut
		);
		T::Escrow::refund(job_id)?;
		Self::do_close_job(job_id, JobEnd::TimedOut)
	}

	pub(crate) fn do_terminate_service(who: T::AccountId, service_id: ServiceId) -> DispatchResult {
		let service = Services::<T>::get(service_id).ok_or(Error::<T>::ServiceNotFound)?;
		ensure!(
			service.owner == who || Self::has_ended(&service),
			Error::<T>::NotServiceOwner
		);
		ensure!(
			!RentalOfService::<T>::contains_key(service_id),
			Error::<T>::RentalService
		);
		Self::end_service(service_id, service);
		Ok(())
	}

	/// End a service, whatever state its jobs are in. A job without a result is refunded and
	/// cancelled; the others (delivered, claimed, disputed) stay open and finish on their own.
	/// If a refund is refused (an escrow frozen elsewhere), that job also stays open, so the
	/// service still ends and the caller can time the job out later.
	pub(crate) fn end_service(service_id: ServiceId, service: ServiceOf<T>) {
		let mut cancelled_jobs = 0u32;
		let mut open_jobs = 0u32;
		for job_id in PendingJobs::<T>::take(service_id) {
			let called = Jobs::<T>::get(job_id).is_some_and(|job| job.status == JobStatus::Called);
			let cancelled = called
				&& with_storage_layer::<_, DispatchError, _>(|| {
					T::Escrow::refund(job_id)?;
					Self::do_close_job(job_id, JobEnd::Cancelled)
				})
				.is_ok();
			if cancelled {
				cancelled_jobs = cancelled_jobs.saturating_add(1);
			} else {
				open_jobs = open_jobs.saturating_add(1);
			}
		}
		for operator in service.terms.operators.iter() {
			Self::release_operator(service_id, service.blueprint_id, operator);
		}
		BlueprintServices::<T>::remove(service.blueprint_id, service_id);
		Services::<T>::remove(service_id);
		Self::deposit_event(Event::ServiceTerminated {
			service_id,
			cancelled_jobs,
			open_jobs,
		});
	}

	/// Take `operator` off `service_id`'s books: its heartbeats, its announced exit, its service
	/// index and instance count. A `Leaving` operator whose last service of the blueprint this
	/// was is deregistered.
	fn release_operator(service_id: ServiceId, blueprint_id: BlueprintId, operator: &T::AccountId) {
		Heartbeats::<T>::remove(service_id, operator);
		ServiceExits::<T>::remove(service_id, operator);
		remove_from_list::<OperatorServices<T>, _, _, _, _>(operator, &service_id);
		let leaves = Operators::<T>::mutate(blueprint_id, operator, |entry| {
			entry.as_mut().is_some_and(|registration| {
				registration.active_instances = registration.active_instances.saturating_sub(1);
				registration.state == OperatorState::Leaving && registration.active_instances == 0
			})
		});
		if leaves {
			Self::remove_registration(blueprint_id, operator.clone());
		}
	}

	pub(crate) fn do_leave_service(who: T::AccountId, service_id: ServiceId) -> DispatchResult {
		let service = Services::<T>::get(service_id).ok_or(Error::<T>::ServiceNotFound)?;
		ensure!(
			service.terms.operators.contains(&who),
			Error::<T>::NotServiceOperator
		);
		ensure!(
			!RentalOfService::<T>::contains_key(service_id),
			Error::<T>::RentalService
		);
		ensure!(
			!ServiceExits::<T>::contains_key(service_id, &who),
			Error::<T>::AlreadyLeaving
		);
		let effective_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ServiceExitNotice::get());
		ServiceExits::<T>::insert(service_id, &who, effective_at);
		Self::deposit_event(Event::OperatorLeavingService {
			service_id,
			operator: who,
			effective_at,
		});
		Ok(())
	}

	/// The operator stops serving. Jobs with its result continue: they depend on the result's
	/// operator, not on membership. Without operators the service ends.
	pub(crate) fn do_complete_service_exit(
		service_id: ServiceId,
		operator: T::AccountId,
	) -> DispatchResult {
		let effective_at =
			ServiceExits::<T>::get(service_id, &operator).ok_or(Error::<T>::NotLeavingService)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() >= effective_at,
			Error::<T>::ExitNoticeRunning
		);
		let mut service = Services::<T>::get(service_id).ok_or(Error::<T>::ServiceNotFound)?;
		service.terms.operators.retain(|o| *o != operator);
		Self::release_operator(service_id, service.blueprint_id, &operator);
		Self::deposit_event(Event::OperatorLeftService {
			service_id,
			operator,
		});
		if service.terms.operators.is_empty() {
			Self::end_service(service_id, service);
		} else {
			Services::<T>::insert(service_id, service);
		}
		Ok(())
	}
}

/// How many blocks after its own a closed job may spill into when those buckets are full.
pub const PRUNE_SPILL_BLOCKS: u32 = 64;

impl<T: Config> Pallet<T> {
	/// Queue a closed job for removal `JobRetention` from now. If that block's bucket (and the
	/// next `PRUNE_SPILL_BLOCKS`) is full, the job is simply kept: closing must never fail
	/// for want of a place in a cleanup queue.
	pub(crate) fn schedule_job_prune(job_id: JobId) {
		let at = frame_system::Pallet::<T>::block_number().saturating_add(T::JobRetention::get());
		let _ = JobPruneQueue::<T>::schedule(at, job_id, PRUNE_SPILL_BLOCKS);
	}

	/// Remove closed jobs whose retention ended, at most `MaxJobPrunesProcessedPerBlock`, oldest
	/// first. Returns what the walk did, for its weight.
	pub(crate) fn prune_closed_jobs(now: BlockNumberFor<T>) -> Walk {
		let budget = Budget::items(T::MaxJobPrunesProcessedPerBlock::get());
		let walk = JobPruneQueue::<T>::walk(now, budget, |job_id| {
			Jobs::<T>::remove(job_id);
			RentalPeriodJobs::<T>::remove(job_id);
			PerformanceReports::<T>::remove(job_id);
			SlaPenalties::<T>::remove(job_id);
			Visit::Processed
		});
		if walk.processed > 0 {
			Self::deposit_event(Event::JobsPruned {
				count: walk.processed,
			});
		}
		walk
	}
}
