//! Service requests: from request to approval, rejection, cancellation or expiry.

use crate::*;
use aitbc_primitives::block_queue::{Budget, Visit, Walk};
use frame_support::{ensure, pallet_prelude::*, BoundedVec};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Checks the terms against the blueprint; returns the block the request expires in.
	fn check_terms(
		blueprint: &BlueprintOf<T>,
		blueprint_id: BlueprintId,
		terms: &TermsOf<T>,
		ttl: BlockNumberOf<T>,
	) -> Result<BlockNumberOf<T>, DispatchError> {
		let named = u32::try_from(terms.operators.len()).unwrap_or(u32::MAX);
		ensure!(
			named >= blueprint.min_operators,
			Error::<T>::TooFewOperators
		);
		for (position, operator) in terms.operators.iter().enumerate() {
			ensure!(
				!terms
					.operators
					.iter()
					.skip(position.saturating_add(1))
					.any(|o| o == operator),
				Error::<T>::DuplicateOperator
			);
			let registration =
				Operators::<T>::get(blueprint_id, operator).ok_or(Error::<T>::NotRegistered)?;
			ensure!(
				registration.state == OperatorState::Active,
				Error::<T>::OperatorNotActive
			);
		}
		ensure!(
			!ttl.is_zero() && ttl <= T::MaxRequestTtl::get(),
			Error::<T>::InvalidTtl
		);
		ensure!(
			terms.job_timeout >= T::MinJobTimeout::get()
				&& terms.job_timeout <= T::MaxJobTimeout::get(),
			Error::<T>::InvalidJobTimeout
		);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			terms.ends_at.is_none_or(|end| end > now),
			Error::<T>::EndInPast
		);
		Ok(now.saturating_add(ttl))
	}

	fn pending_approvals(terms: &TermsOf<T>) -> BoundedVec<Approval, T::MaxOperatorsPerService> {
		// Same length as `terms.operators`, which has the same bound.
		BoundedVec::truncate_from(terms.operators.iter().map(|_| Approval::Pending).collect())
	}

	/// Queue the request's expiry in the bucket of `at` (always ahead of the hook's cursor: a
	/// time-to-live is at least one block), refused if the bucket is full.
	fn schedule_expiry(request_id: RequestId, at: BlockNumberOf<T>) -> DispatchResult {
		ExpiryQueue::<T>::schedule(at, request_id, 0).map_err(|_| Error::<T>::ExpiryQueueFull)?;
		Ok(())
	}

	fn unschedule_expiry(request_id: RequestId, at: BlockNumberOf<T>) {
		ExpiryQueue::<T>::remove(at, &request_id);
	}

	pub(crate) fn do_request_service(
		requester: T::AccountId,
		blueprint_id: BlueprintId,
		terms: TermsOf<T>,
		ttl: BlockNumberOf<T>,
	) -> DispatchResult {
		let blueprint = Blueprints::<T>::get(blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		let expires_at = Self::check_terms(&blueprint, blueprint_id, &terms, ttl)?;
		let request_id = NextRequestId::<T>::get();
		let next = request_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		ClientRequests::<T>::try_mutate(&requester, |ids| {
			ids.try_push(request_id)
				.map_err(|_| Error::<T>::TooManyRequests)
		})?;
		Self::schedule_expiry(request_id, expires_at)?;
		let deposit = T::RequestDeposit::get();
		Self::hold_deposit(&requester, HoldReason::RequestDeposit, deposit)?;
		let approvals = Self::pending_approvals(&terms);
		Requests::<T>::insert(
			request_id,
			ServiceRequest {
				requester: requester.clone(),
				blueprint_id,
				terms,
				approvals,
				expires_at,
				deposit,
			},
		);
		NextRequestId::<T>::put(next);
		Self::deposit_event(Event::ServiceRequested {
			request_id,
			requester,
			blueprint_id,
			expires_at,
		});
		Ok(())
	}

	pub(crate) fn do_update_request(
		who: T::AccountId,
		request_id: RequestId,
		terms: TermsOf<T>,
		ttl: BlockNumberOf<T>,
	) -> DispatchResult {
		let mut request = Requests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(request.requester == who, Error::<T>::NotRequester);
		ensure!(
			request.approvals.iter().all(|a| *a == Approval::Pending),
			Error::<T>::RequestAlreadyApproved
		);
		let blueprint =
			Blueprints::<T>::get(request.blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		let expires_at = Self::check_terms(&blueprint, request.blueprint_id, &terms, ttl)?;
		Self::unschedule_expiry(request_id, request.expires_at);
		Self::schedule_expiry(request_id, expires_at)?;
		request.approvals = Self::pending_approvals(&terms);
		request.terms = terms;
		request.expires_at = expires_at;
		Requests::<T>::insert(request_id, request);
		Self::deposit_event(Event::RequestUpdated {
			request_id,
			expires_at,
		});
		Ok(())
	}

	pub(crate) fn do_approve(who: T::AccountId, request_id: RequestId) -> DispatchResult {
		let mut request = Requests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() < request.expires_at,
			Error::<T>::RequestExpired
		);
		let position = request
			.terms
			.operators
			.iter()
			.position(|o| *o == who)
			.ok_or(Error::<T>::NotRequestedOperator)?;
		let approval = request
			.approvals
			.get_mut(position)
			.ok_or(Error::<T>::NotRequestedOperator)?;
		ensure!(*approval == Approval::Pending, Error::<T>::AlreadyApproved);
		*approval = Approval::Approved;
		Self::ensure_can_take_service(request.blueprint_id, &who)?;
		Self::deposit_event(Event::RequestApproved {
			request_id,
			operator: who,
		});
		if request.approvals.iter().all(|a| *a == Approval::Approved) {
			Self::create_service(request_id, request)
		} else {
			Requests::<T>::insert(request_id, request);
			Ok(())
		}
	}

	/// The operator is active for the blueprint, still bonded, and below its own instance limit.
	pub(crate) fn ensure_can_take_service(
		blueprint_id: BlueprintId,
		who: &T::AccountId,
	) -> DispatchResult {
		let registration =
			Operators::<T>::get(blueprint_id, who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(
			registration.state == OperatorState::Active,
			Error::<T>::OperatorNotActive
		);
		// Staking may have started the operator's unbonding since it registered.
		ensure!(
			T::Stake::is_active_operator(who),
			Error::<T>::NotBondedOperator
		);
		ensure!(
			registration.active_instances < registration.max_instances,
			Error::<T>::InstanceLimitReached
		);
		Ok(())
	}

	/// Every operator approved: start the service and give the deposit back.
	fn create_service(request_id: RequestId, request: RequestOf<T>) -> DispatchResult {
		let service_id = Self::start_service(
			request.requester.clone(),
			request.blueprint_id,
			request.terms.clone(),
		)?;
		Self::remove_request(request_id, &request);
		Self::deposit_event(Event::ServiceCreated {
			service_id,
			request_id,
			owner: request.requester,
			blueprint_id: request.blueprint_id,
		});
		Ok(())
	}

	/// Start a service of `blueprint_id` for `owner` on `terms`: every operator must be able to
	/// take it (active, bonded, below its instance limit); each gets a heartbeat record and
	/// counts it against its limits. Used by approved requests and by accepted rentals.
	pub(crate) fn start_service(
		owner: T::AccountId,
		blueprint_id: BlueprintId,
		terms: TermsOf<T>,
	) -> Result<ServiceId, DispatchError> {
		let service_id = NextServiceId::<T>::get();
		let next = service_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		for operator in terms.operators.iter() {
			// Other services may have filled the operator up since it approved.
			Self::ensure_can_take_service(blueprint_id, operator)?;
			Operators::<T>::try_mutate(blueprint_id, operator, |entry| {
				let registration = entry.as_mut().ok_or(Error::<T>::NotRegistered)?;
				registration.active_instances = registration
					.active_instances
					.checked_add(1)
					.ok_or(Error::<T>::Overflow)?;
				Ok::<_, DispatchError>(())
			})?;
			OperatorServices::<T>::try_mutate(operator, |ids| {
				ids.try_push(service_id)
					.map_err(|_| Error::<T>::TooManyServices)
			})?;
			Heartbeats::<T>::insert(
				service_id,
				operator,
				HeartbeatRecord {
					accounted_until: now,
					window_start: now,
					missed_in_window: 0,
				},
			);
		}
		BlueprintServices::<T>::insert(blueprint_id, service_id, ());
		Services::<T>::insert(
			service_id,
			ServiceInstance {
				owner,
				blueprint_id,
				terms,
				created_at: now,
			},
		);
		NextServiceId::<T>::put(next);
		Ok(service_id)
	}

	pub(crate) fn do_reject(who: T::AccountId, request_id: RequestId) -> DispatchResult {
		let request = Requests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(
			request.terms.operators.contains(&who),
			Error::<T>::NotRequestedOperator
		);
		let refunded = Self::remove_request(request_id, &request);
		Self::deposit_event(Event::RequestRejected {
			request_id,
			operator: who,
			refunded,
		});
		Ok(())
	}

	pub(crate) fn do_cancel_request(who: T::AccountId, request_id: RequestId) -> DispatchResult {
		let request = Requests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(request.requester == who, Error::<T>::NotRequester);
		let refunded = Self::remove_request(request_id, &request);
		Self::deposit_event(Event::RequestCancelled {
			request_id,
			refunded,
		});
		Ok(())
	}

	/// Remove the request and its index entries, and refund its deposit.
	fn remove_request(request_id: RequestId, request: &RequestOf<T>) -> BalanceOf<T> {
		Requests::<T>::remove(request_id);
		remove_from_list::<ClientRequests<T>, _, _, _, _>(&request.requester, &request_id);
		Self::unschedule_expiry(request_id, request.expires_at);
		Self::release_deposit(
			&request.requester,
			HoldReason::RequestDeposit,
			request.deposit,
		)
	}

	/// Work through [`ExpiryQueue`] from its cursor up to `now`, expiring at most
	/// `MaxExpiriesProcessedPerBlock` requests, oldest first; what is left waits for the next
	/// block. Returns what the walk did, for its weight.
	pub(crate) fn expire_requests(now: BlockNumberOf<T>) -> Walk {
		let budget = Budget::items(T::MaxExpiriesProcessedPerBlock::get());
		ExpiryQueue::<T>::walk(now, budget, |request_id| {
			// A request leaves its bucket when it goes, so this is not expected.
			let Some(request) = Requests::<T>::get(request_id) else {
				return Visit::Stale;
			};
			// Its entry left the bucket already; `remove_request` finds nothing to unqueue.
			let refunded = Self::remove_request(request_id, &request);
			Self::deposit_event(Event::RequestExpired {
				request_id,
				requester: request.requester,
				refunded,
			});
			Visit::Processed
		})
	}
}
