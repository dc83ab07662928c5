//! `try_state`: what must always hold between blocks.

use crate::{pallet::*, ExpiryQueue, JobPruneQueue};
use aitbc_primitives::traits::{EscrowLedger, JobStatus};
use frame_support::ensure;
use sp_runtime::{traits::Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Every invariant that ties the indexes and queues to the records they index.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_requests()?;
		Self::check_queues()?;
		Self::check_operators()?;
		Self::check_services()?;
		Self::check_jobs()?;
		Self::check_rentals()
	}

	/// Every open request is in its client's index and in the bucket of its expiry block, with
	/// one approval per operator; the client index names only the client's open requests.
	fn check_requests() -> Result<(), TryRuntimeError> {
		for (client, ids) in ClientRequests::<T>::iter() {
			for id in ids {
				let request =
					Requests::<T>::get(id).ok_or("client index names a missing request")?;
				ensure!(
					request.requester == client,
					"client index names another's request"
				);
			}
		}
		for (id, request) in Requests::<T>::iter() {
			ensure!(
				ClientRequests::<T>::get(&request.requester).contains(&id),
				"request missing from its client's index"
			);
			ensure!(
				request.approvals.len() == request.terms.operators.len(),
				"one approval per operator"
			);
			ensure!(
				ExpiryQueue::<T>::contains(request.expires_at, &id),
				"request missing from its expiry queue"
			);
		}
		Ok(())
	}

	/// Both queues keep their own invariants (nothing behind a cursor, no empty bucket); an
	/// expiry entry names an open request that expires at that block (or a request already
	/// gone), and only closed jobs are queued for removal, each once.
	fn check_queues() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		ExpiryQueue::<T>::check(now)?;
		JobPruneQueue::<T>::check(now)?;
		for (block, id) in ExpiryQueue::<T>::all() {
			ensure!(
				Requests::<T>::get(id).is_none_or(|r| r.expires_at == block),
				"expiry queued at the wrong block"
			);
		}
		let mut queued = alloc::collections::BTreeSet::new();
		for (_, job_id) in JobPruneQueue::<T>::all() {
			ensure!(queued.insert(job_id), "a job is queued for removal twice");
			ensure!(
				Jobs::<T>::get(job_id).is_none_or(|job| job.status.is_final()),
				"an open job is queued for removal"
			);
		}
		Ok(())
	}

	/// The operator index names exactly the registrations; an operator serves at most its own
	/// instance limit, and its count of active instances is the services it serves.
	fn check_operators() -> Result<(), TryRuntimeError> {
		for (operator, blueprints) in OperatorBlueprints::<T>::iter() {
			ensure!(!blueprints.is_empty(), "empty operator index kept");
			for blueprint_id in blueprints {
				ensure!(
					Operators::<T>::contains_key(blueprint_id, &operator),
					"operator index names a missing registration"
				);
			}
		}
		for (blueprint_id, operator, registration) in Operators::<T>::iter() {
			ensure!(
				OperatorBlueprints::<T>::get(&operator).contains(&blueprint_id),
				"registration missing from its operator's index"
			);
			let serving = OperatorServices::<T>::get(&operator)
				.iter()
				.filter(|id| {
					Services::<T>::get(**id).is_some_and(|s| s.blueprint_id == blueprint_id)
				})
				.count();
			ensure!(
				u32::try_from(serving).ok() == Some(registration.active_instances),
				"active instances differ from services served"
			);
			ensure!(
				registration.active_instances <= registration.max_instances,
				"operator above its own instance limit"
			);
		}
		Ok(())
	}

	/// Every running service is in its blueprint's and its operators' indexes, with a heartbeat
	/// record per operator; exits are announced only by operators of running services.
	fn check_services() -> Result<(), TryRuntimeError> {
		for (service_id, service) in Services::<T>::iter() {
			ensure!(
				BlueprintServices::<T>::contains_key(service.blueprint_id, service_id),
				"service missing from its blueprint's index"
			);
			for operator in service.terms.operators.iter() {
				ensure!(
					OperatorServices::<T>::get(operator).contains(&service_id),
					"service missing from its operator's index"
				);
				ensure!(
					Heartbeats::<T>::contains_key(service_id, operator),
					"operator of a service without heartbeat record"
				);
			}
		}
		for (service_id, operator, _) in ServiceExits::<T>::iter() {
			let service = Services::<T>::get(service_id).ok_or("exit from a missing service")?;
			ensure!(
				service.terms.operators.contains(&operator),
				"exit of an operator that does not serve the service"
			);
		}
		Ok(())
	}

	/// A job's result matches its status; open jobs are listed in their running service's
	/// pending jobs (or outlived it only with a result, a dispute, or a frozen escrow); an SLA
	/// penalty never exceeds the job's price.
	fn check_jobs() -> Result<(), TryRuntimeError> {
		for (job_id, refunded) in SlaPenalties::<T>::iter() {
			let job = Jobs::<T>::get(job_id).ok_or("penalty for a missing job")?;
			ensure!(refunded <= job.price, "penalty above the job's price");
		}
		for (service_id, jobs) in PendingJobs::<T>::iter() {
			ensure!(
				Services::<T>::contains_key(service_id),
				"pending jobs of a missing service"
			);
			for job_id in jobs {
				let job = Jobs::<T>::get(job_id).ok_or("pending job missing")?;
				ensure!(
					job.service_id == service_id,
					"pending job of another service"
				);
				ensure!(!job.status.is_final(), "closed job still pending");
			}
		}
		for (job_id, job) in Jobs::<T>::iter() {
			match job.status {
				JobStatus::Called => ensure!(job.result.is_none(), "a called job has a result"),
				JobStatus::ResultSubmitted | JobStatus::Claimed => {
					ensure!(job.result.is_some(), "a delivered job has no result")
				}
				_ => {}
			}
			if job.status.is_final() {
				continue;
			}
			if RentalPeriodJobs::<T>::contains_key(job_id) {
				// A period job is never pending: it is delivered when it is made.
				ensure!(
					job.status != JobStatus::Called,
					"a rental period job without a result"
				);
			} else if Services::<T>::contains_key(job.service_id) {
				ensure!(
					PendingJobs::<T>::get(job.service_id).contains(&job_id),
					"an open job missing from its service's pending jobs"
				);
			} else {
				// A job without a result outlives its service only if its escrow refused the
				// refund when the service ended (frozen by another pallet).
				let detachable = matches!(
					job.status,
					JobStatus::ResultSubmitted | JobStatus::Claimed | JobStatus::Disputed
				) || T::Escrow::escrow_of(job_id)
					.is_some_and(|escrow| escrow.frozen);
				ensure!(detachable, "an undelivered job outlived its service");
			}
		}
		Ok(())
	}

	/// A rental's own escrow holds exactly its price less what the periods took, what went
	/// back to the consumer and what governance withdrew; every open period's job holds its
	/// payment; the counts of open and disputed periods match their jobs; a running rental's
	/// service, index entries and rented capacity exist; rented capacity never exceeds a
	/// registration's capacity; a rental waits in the wake-up queue where it says it does.
	fn check_rentals() -> Result<(), TryRuntimeError> {
		use crate::{RentalStatus, RentalWakeQueue};
		use alloc::collections::BTreeMap;
		let mut rented: BTreeMap<(aitbc_primitives::BlueprintId, T::AccountId), u64> =
			BTreeMap::new();
		RentalWakeQueue::<T>::check(frame_system::Pallet::<T>::block_number())?;
		for (rental_id, rental) in Rentals::<T>::iter() {
			ensure!(
				RentalsByConsumer::<T>::contains_key(&rental.consumer, rental_id)
					&& RentalsByProvider::<T>::contains_key(&rental.provider, rental_id),
				"rental missing from its parties' indexes"
			);
			if let Some(at) = rental.wake_at {
				ensure!(
					RentalWakeQueue::<T>::contains(at, &rental_id),
					"rental not queued where it says"
				);
			}
			let total = Self::rental_total(&rental);
			let accounted = rental
				.carved_amount
				.saturating_add(rental.returned)
				.saturating_add(rental.withdrawn);
			ensure!(accounted <= total, "a rental paid out more than was held");
			let held = T::Escrow::escrow_of(rental.escrow_key)
				.map(|escrow| escrow.held)
				.unwrap_or_default();
			if !rental.status.is_final() && RentalOfEscrow::<T>::contains_key(rental.escrow_key) {
				ensure!(
					held == total.saturating_sub(accounted),
					"a rental's escrow differs from its price less what left it"
				);
			}
			let mut open = 0u32;
			let mut disputed = 0u32;
			for (period, job_id) in OpenRentalPeriods::<T>::iter_prefix(rental_id) {
				let job = Jobs::<T>::get(job_id).ok_or("open period without its job")?;
				let period_ref =
					RentalPeriodJobs::<T>::get(job_id).ok_or("open period job not marked")?;
				ensure!(
					period_ref.rental_id == rental_id && period_ref.period == period,
					"period job of another period"
				);
				ensure!(!job.status.is_final(), "closed period still open");
				ensure!(
					period < rental.carved,
					"open period not yet paid into a job"
				);
				let escrow_held = T::Escrow::escrow_of(job_id)
					.map(|escrow| escrow.held)
					.unwrap_or_default();
				ensure!(
					escrow_held == job.price,
					"period job's escrow differs from its price"
				);
				open = open.saturating_add(1);
				if job.status == JobStatus::Disputed {
					disputed = disputed.saturating_add(1);
				}
			}
			ensure!(open == rental.open_periods, "open periods miscounted");
			ensure!(
				disputed == rental.disputed_periods,
				"disputed periods miscounted"
			);
			ensure!(
				(rental.status == RentalStatus::Disputed) == (disputed > 0),
				"a rental is Disputed exactly while a period is"
			);
			ensure!(
				rental.carved <= rental.billable || rental.status == RentalStatus::Created,
				"carved beyond billable"
			);
			ensure!(
				rental.billable <= rental.terms.periods,
				"more billable periods than agreed"
			);
			if let Some(service_id) = rental.service_id {
				ensure!(
					Services::<T>::contains_key(service_id)
						&& RentalOfService::<T>::get(service_id) == Some(rental_id),
					"a running rental's service is missing"
				);
				let entry = rented
					.entry((rental.terms.blueprint_id, rental.provider.clone()))
					.or_default();
				*entry = entry.saturating_add(rental.terms.capacity);
			}
			if rental.status.is_final() {
				ensure!(
					rental.service_id.is_none(),
					"a finished rental keeps its service"
				);
				ensure!(
					rental.open_periods == 0,
					"a finished rental has open periods"
				);
			}
		}
		for (blueprint_id, operator, capacity) in RentedCapacity::<T>::iter() {
			ensure!(
				rented.remove(&(blueprint_id, operator.clone())) == Some(capacity),
				"rented capacity differs from the running rentals"
			);
			let registration = Operators::<T>::get(blueprint_id, &operator)
				.ok_or("capacity rented from a missing registration")?;
			ensure!(
				capacity <= registration.preferences.capacity,
				"more capacity rented than registered"
			);
		}
		ensure!(rented.is_empty(), "running rentals without rented capacity");
		for (service_id, rental_id) in RentalOfService::<T>::iter() {
			ensure!(
				Rentals::<T>::get(rental_id).is_some_and(|r| r.service_id == Some(service_id)),
				"a service carries a rental that does not name it"
			);
		}
		Ok(())
	}
}
