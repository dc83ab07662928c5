//! Jobs: calling, results, settlement and the end of a service.

use crate::*;
use aitbc_primitives::traits::JobStatus;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	SaturatedConversion,
};

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
		T::Pricing::record_demand(blueprint.resource_class, max_units);
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
				called_at: frame_system::Pallet::<T>::block_number().saturated_into::<u32>(),
				status: JobStatus::Pending,
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

	/// The job, with the proof that `who` is an operator of its (still running) service.
	fn job_of_operator(job_id: JobId, who: &T::AccountId) -> Result<JobOf<T>, DispatchError> {
		let job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		let service = Services::<T>::get(job.service_id).ok_or(Error::<T>::ServiceNotFound)?;
		ensure!(
			service.terms.operators.contains(who),
			Error::<T>::NotServiceOperator
		);
		Ok(job)
	}

	pub(crate) fn do_submit_result(
		who: T::AccountId,
		job_id: JobId,
		output_hash: H256,
	) -> DispatchResult {
		let mut job = Self::job_of_operator(job_id, &who)?;
		match job.status {
			JobStatus::Pending => {}
			JobStatus::ResultSubmitted => return Err(Error::<T>::ResultAlreadySubmitted.into()),
			JobStatus::Settled | JobStatus::Cancelled => return Err(Error::<T>::JobClosed.into()),
		}
		job.status = JobStatus::ResultSubmitted;
		job.result = Some((who.clone(), output_hash));
		let blueprint_id = job.blueprint_id;
		Jobs::<T>::insert(job_id, job);
		T::OnOutcome::on_job_outcome(
			&who,
			blueprint_id,
			aitbc_primitives::traits::JobOutcome::ResultSubmitted,
		);
		Self::deposit_event(Event::ResultSubmitted {
			job_id,
			operator: who,
			output_hash,
		});
		Ok(())
	}

	pub(crate) fn do_note_settled(
		job_id: JobId,
		operator: &T::AccountId,
		units: u64,
	) -> DispatchResult {
		let mut job = Self::job_of_operator(job_id, operator)?;
		ensure!(
			matches!(job.status, JobStatus::Pending | JobStatus::ResultSubmitted),
			Error::<T>::JobClosed
		);
		ensure!(units <= job.max_units, Error::<T>::TooManyUnits);
		job.status = JobStatus::Settled;
		let service_id = job.service_id;
		Jobs::<T>::insert(job_id, job);
		remove_from_list::<PendingJobs<T>, _, _, _, _>(service_id, &job_id);
		Self::schedule_job_prune(job_id);
		Self::deposit_event(Event::JobSettled {
			job_id,
			operator: operator.clone(),
			units,
		});
		Ok(())
	}

	pub(crate) fn do_terminate_service(who: T::AccountId, service_id: ServiceId) -> DispatchResult {
		let service = Services::<T>::get(service_id).ok_or(Error::<T>::ServiceNotFound)?;
		ensure!(service.owner == who, Error::<T>::NotServiceOwner);
		let pending = PendingJobs::<T>::take(service_id);
		let cancelled_jobs = u32::try_from(pending.len()).unwrap_or(u32::MAX);
		for job_id in pending {
			// A frozen (disputed) escrow refuses the refund, and with it the termination: the
			// dispute must end first.
			let refunded = T::Escrow::refund(job_id)?;
			Jobs::<T>::mutate(job_id, |entry| {
				if let Some(job) = entry {
					job.status = JobStatus::Cancelled;
				}
			});
			Self::schedule_job_prune(job_id);
			Self::deposit_event(Event::JobCancelled { job_id, refunded });
		}
		for operator in service.terms.operators.iter() {
			Heartbeats::<T>::remove(service_id, operator);
			remove_from_list::<OperatorServices<T>, _, _, _, _>(operator, &service_id);
			let leaves = Operators::<T>::mutate(service.blueprint_id, operator, |entry| {
				entry.as_mut().is_some_and(|registration| {
					registration.active_instances = registration.active_instances.saturating_sub(1);
					registration.state == OperatorState::Leaving
						&& registration.active_instances == 0
				})
			});
			if leaves {
				Self::remove_registration(service.blueprint_id, operator.clone());
			}
		}
		BlueprintServices::<T>::remove(service.blueprint_id, service_id);
		Services::<T>::remove(service_id);
		Self::deposit_event(Event::ServiceTerminated {
			service_id,
			cancelled_jobs,
		});
		Ok(())
	}
}

/// How many blocks after its own a closed job may spill into when those queues are full.
const PRUNE_SPILL_BLOCKS: u32 = 64;

impl<T: Config> Pallet<T> {
	/// Queue a closed job for removal `JobRetention` from now. If that block's queue (and the
	/// next `PRUNE_SPILL_BLOCKS`) is full, the job is simply kept: closing must never fail
	/// for want of a place in a cleanup queue.
	pub(crate) fn schedule_job_prune(job_id: JobId) {
		let mut block =
			frame_system::Pallet::<T>::block_number().saturating_add(T::JobRetention::get());
		for _ in 0..=PRUNE_SPILL_BLOCKS {
			if JobPrunes::<T>::try_append(block, job_id).is_ok() {
				return;
			}
			block = block.saturating_add(One::one());
		}
	}

	/// Remove closed jobs whose retention ended, at most `MaxJobPrunesPerBlock`, oldest first.
	/// Returns how many were removed.
	pub(crate) fn prune_closed_jobs(now: BlockNumberFor<T>) -> u32 {
		let mut budget = T::MaxJobPrunesPerBlock::get();
		let mut pruned = 0u32;
		let mut block = JobPruneCursor::<T>::get();
		if block.is_zero() || block > now {
			block = now;
		}
		loop {
			let mut queue = JobPrunes::<T>::take(block);
			while budget > 0 {
				let Some(job_id) = queue.pop() else { break };
				budget = budget.saturating_sub(1);
				Jobs::<T>::remove(job_id);
				PerformanceReports::<T>::remove(job_id);
				SlaPenalties::<T>::remove(job_id);
				pruned = pruned.saturating_add(1);
			}
			if !queue.is_empty() {
				JobPrunes::<T>::insert(block, queue);
				break;
			}
			let done = block >= now;
			block = block.saturating_add(One::one());
			if done {
				break;
			}
		}
		JobPruneCursor::<T>::put(block);
		if pruned > 0 {
			Self::deposit_event(Event::JobsPruned { count: pruned });
		}
		pruned
	}
}
