//! The escrow engine shared by general and job escrows: open, release, refund, approve, prove,
//! freeze, split, withdraw, close.

use crate::{
	types::Payout, Approvals, Config, Error, EscrowId, EscrowInfo, EscrowKind, Escrows, Event,
	GeneralTerms, JobEscrows, NextEscrowId, Pallet, ReleaseCondition,
};
use aitbc_primitives::{
	traits::{JobEnd, JobRegistry, JobStatus, KeyConsumer, NullifierScope, ProofVerifier},
	PaymentAsset,
};
use codec::Encode;
use frame_support::{pallet_prelude::*, traits::fungibles};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedSub, Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn escrow(escrow_id: EscrowId) -> Result<EscrowInfo<T>, DispatchError> {
		Escrows::<T>::get(escrow_id).ok_or_else(|| Error::<T>::UnknownEscrow.into())
	}

	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Take the funds and record the escrow. Not transactional by itself: callers outside a
	/// dispatch wrap it in a storage layer.
	pub(crate) fn open(
		depositor: T::AccountId,
		asset: PaymentAsset<T::AssetId>,
		amount: T::Balance,
		kind: EscrowKind<T>,
	) -> Result<EscrowId, DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let escrow_id = NextEscrowId::<T>::get();
		let next_id = escrow_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let info = EscrowInfo {
			depositor,
			asset,
			held: amount,
			frozen: false,
			kind,
		};
		// Scheduling first: it is the last check that can fail, and it is undone with the
		// rest if taking the funds fails.
		if let Some(deadline) = info.deadline() {
			Self::schedule_expiry(escrow_id, deadline)?;
		}
		Self::take_in(&info.asset, &info.depositor, amount)?;
		NextEscrowId::<T>::put(next_id);
		Escrows::<T>::insert(escrow_id, info);
		Ok(escrow_id)
	}

	pub(crate) fn do_create(
		depositor: T::AccountId,
		beneficiary: T::AccountId,
		asset: PaymentAsset<T::AssetId>,
		amount: T::Balance,
		release_after: Option<BlockNumberFor<T>>,
		deadline: Option<BlockNumberFor<T>>,
		condition: ReleaseCondition<T>,
	) -> Result<EscrowId, DispatchError> {
		ensure!(depositor != beneficiary, Error::<T>::SelfEscrow);
		if let Some(deadline) = deadline {
			ensure!(deadline > Self::now(), Error::<T>::DeadlineInPast);
			if let Some(release_after) = release_after {
				ensure!(
					release_after < deadline,
					Error::<T>::TimeLockNotBeforeDeadline
				);
			}
		}
		Self::validate_condition(&condition)?;
		if let ReleaseCondition::ZkProof { key, .. } = &condition {
			// The key must be one registered for escrow conditions (the open calls of the
			// verifier cannot touch it), and stays registered while this escrow depends on it:
			// a depositor owning the key could otherwise withdraw it and keep what the
			// beneficiary earned.
			T::Proofs::pin_key(KeyConsumer::Escrow, key, None)?;
		}
		let terms = GeneralTerms {
			beneficiary: beneficiary.clone(),
			release_after,
			deadline,
			condition,
			proof_accepted: false,
		};
		let escrow_id = Self::open(depositor.clone(), asset, amount, EscrowKind::General(terms))?;
		Self::deposit_event(Event::Created {
			escrow_id,
			depositor,
			beneficiary,
			asset,
			amount,
			release_after,
			deadline,
		});
		Ok(escrow_id)
	}

	fn validate_condition(condition: &ReleaseCondition<T>) -> DispatchResult {
		match condition {
			ReleaseCondition::Unconditional | ReleaseCondition::ZkProof { .. } => Ok(()),
			ReleaseCondition::JobSettled(job_id) => {
				ensure!(T::Jobs::job(*job_id).is_some(), Error::<T>::UnknownJob);
				Ok(())
			}
			ReleaseCondition::MultiSig {
				threshold,
				signatories,
			} => {
				let count = u32::try_from(signatories.len()).unwrap_or(u32::MAX);
				ensure!(
					*threshold >= 1 && *threshold <= count,
					Error::<T>::InvalidThreshold
				);
				for (position, signatory) in signatories.iter().enumerate() {
					ensure!(
						!signatories
							.iter()
							.skip(position.saturating_add(1))
							.any(|s| s == signatory),
						Error::<T>::DuplicateSignatory
					);
				}
				Ok(())
			}
		}
	}

	/// Whether the condition holds now (the time lock is checked separately).
	///
	/// A job condition is met only by [`JobStatus::Settled`]: the job's receipt was paid. A
	/// dispute's ruling ([`JobStatus::Resolved`]) is not a settlement: arbiters divided the
	/// job's payment because the work was contested, which is not the proof of delivery the
	/// depositor asked for.
	pub(crate) fn condition_met(escrow_id: EscrowId, terms: &GeneralTerms<T>) -> bool {
		match &terms.condition {
			ReleaseCondition::Unconditional => true,
			ReleaseCondition::JobSettled(job_id) => {
				T::Jobs::job(*job_id).is_some_and(|job| job.status == JobStatus::Settled)
			}
			ReleaseCondition::ZkProof { .. } => terms.proof_accepted,
			ReleaseCondition::MultiSig { threshold, .. } => {
				let approvals = Approvals::<T>::decode_len(escrow_id).unwrap_or(0);
				u32::try_from(approvals).unwrap_or(u32::MAX) >= *threshold
			}
		}
	}

	/// Whether the condition can never be met any more.
	///
	/// A job condition becomes impossible when the job is gone or ended in any final state
	/// other than `Settled` (cancelled, timed out, withdrawn by governance, or divided by a
	/// dispute's ruling): final states never change, so it can never become `Settled`.
	fn condition_impossible(terms: &GeneralTerms<T>) -> bool {
		match &terms.condition {
			ReleaseCondition::JobSettled(job_id) => T::Jobs::job(*job_id)
				.is_none_or(|job| job.status.is_final() && job.status != JobStatus::Settled),
			_ => false,
		}
	}

	fn general_terms(info: &EscrowInfo<T>) -> Result<&GeneralTerms<T>, DispatchError> {
		info.general()
			.ok_or_else(|| Error::<T>::JobEscrowNotCallable.into())
	}

	pub(crate) fn do_release_general(
		who: &T::AccountId,
		escrow_id: EscrowId,
		amount: Option<T::Balance>,
	) -> DispatchResult {
		let info = Self::escrow(escrow_id)?;
		let terms = Self::general_terms(&info)?;
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		let is_depositor = *who == info.depositor;
		ensure!(
			is_depositor || *who == terms.beneficiary,
			Error::<T>::NotParty
		);
		let now = Self::now();
		if let Some(deadline) = terms.deadline {
			ensure!(now < deadline, Error::<T>::DeadlinePassed);
		}
		if let Some(release_after) = terms.release_after {
			ensure!(now >= release_after, Error::<T>::TimeLocked);
		}
		match terms.condition {
			ReleaseCondition::Unconditional => ensure!(
				is_depositor || terms.release_after.is_some(),
				Error::<T>::OnlyDepositorMayRelease
			),
			_ => ensure!(
				Self::condition_met(escrow_id, terms),
				Error::<T>::ConditionNotMet
			),
		}
		let amount = amount.unwrap_or(info.held);
		let beneficiary = terms.beneficiary.clone();
		Self::do_release(escrow_id, info, &beneficiary, amount).map(|_| ())
	}

	/// What stays held once `amount` leaves `info`. Refused while frozen, for zero, for more than
	/// is held, and when it would leave an asset escrow below the asset's minimum balance.
	fn held_after(info: &EscrowInfo<T>, amount: T::Balance) -> Result<T::Balance, DispatchError> {
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let remaining = info
			.held
			.checked_sub(&amount)
			.ok_or(Error::<T>::InsufficientHeld)?;
		if let PaymentAsset::Asset(asset_id) = info.asset {
			ensure!(
				remaining.is_zero()
					|| remaining >= <T::Assets as fungibles::Inspect<_>>::minimum_balance(asset_id),
				Error::<T>::BelowAssetMinimum
			);
		}
		Ok(remaining)
	}

	/// Record what is still held, or forget the escrow once nothing is.
	fn keep_or_close(escrow_id: EscrowId, mut info: EscrowInfo<T>, remaining: T::Balance) {
		info.held = remaining;
		if remaining.is_zero() {
			Self::close(escrow_id, &info);
		} else {
			Escrows::<T>::insert(escrow_id, info);
		}
	}

	/// Pay `amount` to `to`, less the platform fee; returns what `to` received.
	pub(crate) fn do_release(
		escrow_id: EscrowId,
		info: EscrowInfo<T>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		let remaining = Self::held_after(&info, amount)?;
		let fee = Self::fee_on(&info.asset, amount);
		let to_payee = amount.saturating_sub(fee);
		Self::pay_out(
			&info,
			to,
			&Payout {
				to_payee,
				fee,
				to_depositor: Zero::zero(),
			},
		)?;
		Self::keep_or_close(escrow_id, info, remaining);
		Self::deposit_event(Event::Released {
			escrow_id,
			to: to.clone(),
			amount,
			fee,
		});
		Ok(to_payee)
	}

	pub(crate) fn do_refund_general(who: &T::AccountId, escrow_id: EscrowId) -> DispatchResult {
		let info = Self::escrow(escrow_id)?;
		let terms = Self::general_terms(&info)?;
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		let due = *who == terms.beneficiary
			|| terms
				.deadline
				.is_some_and(|deadline| Self::now() >= deadline)
			|| Self::condition_impossible(terms);
		ensure!(due, Error::<T>::RefundNotDue);
		let amount = Self::do_refund(escrow_id, &info)?;
		Self::deposit_event(Event::Refunded {
			escrow_id,
			to: info.depositor,
			amount,
		});
		Ok(())
	}

	/// Return everything held to the depositor and close; the caller emits the event.
	pub(crate) fn do_refund(
		escrow_id: EscrowId,
		info: &EscrowInfo<T>,
	) -> Result<T::Balance, DispatchError> {
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		let payout = Payout {
			to_payee: Zero::zero(),
			fee: Zero::zero(),
			to_depositor: info.held,
		};
		Self::pay_out(info, &info.depositor, &payout)?;
		Self::close(escrow_id, info);
		Ok(info.held)
	}

	/// Return `amount` to the depositor without a fee and keep the rest held; closes the
	/// escrow when nothing is left. Emits `Refunded` for the part returned.
	pub(crate) fn do_refund_part(
		escrow_id: EscrowId,
		info: EscrowInfo<T>,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		let remaining = Self::held_after(&info, amount)?;
		let payout = Payout {
			to_payee: Zero::zero(),
			fee: Zero::zero(),
			to_depositor: amount,
		};
		Self::pay_out(&info, &info.depositor, &payout)?;
		let depositor = info.depositor.clone();
		Self::keep_or_close(escrow_id, info, remaining);
		Self::deposit_event(Event::Refunded {
			escrow_id,
			to: depositor,
			amount,
		});
		Ok(amount)
	}

	pub(crate) fn do_approve(who: T::AccountId, escrow_id: EscrowId) -> DispatchResult {
		let info = Self::escrow(escrow_id)?;
		let terms = Self::general_terms(&info)?;
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		let ReleaseCondition::MultiSig { signatories, .. } = &terms.condition else {
			return Err(Error::<T>::NotMultiSig.into());
		};
		ensure!(signatories.contains(&who), Error::<T>::NotSignatory);
		let approvals = Approvals::<T>::try_mutate(escrow_id, |approvals| {
			ensure!(!approvals.contains(&who), Error::<T>::AlreadyApproved);
			// Only distinct signatories get here, and there are at most `MaxSignatories`.
			approvals
				.try_push(who.clone())
				.map_err(|_| Error::<T>::NotSignatory)?;
			Ok::<_, DispatchError>(u32::try_from(approvals.len()).unwrap_or(u32::MAX))
		})?;
		Self::deposit_event(Event::Approved {
			escrow_id,
			signatory: who,
			approvals,
		});
		Ok(())
	}

	pub(crate) fn do_submit_proof(
		escrow_id: EscrowId,
		proof: &[u8],
		public_inputs: &[[u8; 32]],
	) -> DispatchResult {
		let mut info = Self::escrow(escrow_id)?;
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		let EscrowKind::General(terms) = &mut info.kind else {
			return Err(Error::<T>::JobEscrowNotCallable.into());
		};
		let ReleaseCondition::ZkProof { key, statement } = &terms.condition else {
			return Err(Error::<T>::NotZkCondition.into());
		};
		ensure!(!terms.proof_accepted, Error::<T>::ProofAlreadyAccepted);
		ensure!(
			sp_io::hashing::blake2_256(&public_inputs.encode()) == *statement,
			Error::<T>::WrongStatement
		);
		// The escrow accepts one proof (`proof_accepted`): its own state is the uniqueness, so
		// nothing is recorded, and no other escrow with the same statement can spend it first.
		T::Proofs::verify(
			KeyConsumer::Escrow,
			key,
			NullifierScope::ConsumerState,
			proof,
			public_inputs,
		)?;
		terms.proof_accepted = true;
		Escrows::<T>::insert(escrow_id, info);
		Self::deposit_event(Event::ProofAccepted { escrow_id });
		Ok(())
	}

	pub(crate) fn do_freeze(escrow_id: EscrowId) -> DispatchResult {
		let mut info = Self::escrow(escrow_id)?;
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		info.frozen = true;
		Escrows::<T>::insert(escrow_id, info);
		Self::deposit_event(Event::Frozen { escrow_id });
		Ok(())
	}

	/// Unfreeze; an escrow whose deadline passed meanwhile expires right away, as it would
	/// have without the dispute.
	pub(crate) fn do_unfreeze(escrow_id: EscrowId) -> DispatchResult {
		let mut info = Self::escrow(escrow_id)?;
		ensure!(info.frozen, Error::<T>::NotFrozen);
		info.frozen = false;
		Escrows::<T>::insert(escrow_id, info.clone());
		Self::deposit_event(Event::Unfrozen { escrow_id });
		if info
			.deadline()
			.is_some_and(|deadline| Self::now() >= deadline)
		{
			Self::expire(escrow_id, info);
		}
		Ok(())
	}

	pub(crate) fn do_split_general(escrow_id: EscrowId, payee_share: Perbill) -> DispatchResult {
		let info = Self::escrow(escrow_id)?;
		let beneficiary = Self::general_terms(&info)?.beneficiary.clone();
		Self::do_split(escrow_id, info, &beneficiary, payee_share).map(|_| ())
	}

	/// Settle a frozen escrow: `payee_share` to `payee` (less the fee), the rest back to the
	/// depositor. Returns (received by payee, refunded to depositor).
	pub(crate) fn do_split(
		escrow_id: EscrowId,
		info: EscrowInfo<T>,
		payee: &T::AccountId,
		payee_share: Perbill,
	) -> Result<(T::Balance, T::Balance), DispatchError> {
		ensure!(info.frozen, Error::<T>::NotFrozen);
		let payee_gross = payee_share.mul_floor(info.held);
		let fee = Self::fee_on(&info.asset, payee_gross);
		let payout = Payout {
			to_payee: payee_gross.saturating_sub(fee),
			fee,
			to_depositor: info.held.saturating_sub(payee_gross),
		};
		Self::pay_out(&info, payee, &payout)?;
		Self::close(escrow_id, &info);
		Self::deposit_event(Event::Split {
			escrow_id,
			payee: payee.clone(),
			to_payee: payout.to_payee,
			fee,
			to_depositor: payout.to_depositor,
		});
		Ok((payout.to_payee, payout.to_depositor))
	}

	/// Settle an escrow in one step: `amount` to `payee` (less the fee), the rest back to the
	/// depositor, and close it. Returns (received by payee, refunded to depositor).
	///
	/// A zero `amount` is allowed (a job billed for nothing): everything goes back.
	pub(crate) fn do_settle(
		escrow_id: EscrowId,
		info: EscrowInfo<T>,
		payee: &T::AccountId,
		amount: T::Balance,
	) -> Result<(T::Balance, T::Balance), DispatchError> {
		ensure!(!info.frozen, Error::<T>::EscrowFrozen);
		let to_depositor = info
			.held
			.checked_sub(&amount)
			.ok_or(Error::<T>::InsufficientHeld)?;
		let fee = Self::fee_on(&info.asset, amount);
		let payout = Payout {
			to_payee: amount.saturating_sub(fee),
			fee,
			to_depositor,
		};
		Self::pay_out(&info, payee, &payout)?;
		Self::close(escrow_id, &info);
		Self::deposit_event(Event::Settled {
			escrow_id,
			payee: payee.clone(),
			to_payee: payout.to_payee,
			fee,
			to_depositor,
		});
		Ok((payout.to_payee, to_depositor))
	}

	/// Move everything to `to`. A job escrow's job ends as `Withdrawn` in the same call, through
	/// the registry's one transition, so no job is left open without its payment; if the
	/// registry refuses, the withdrawal fails (the dispatch reverts the payout).
	pub(crate) fn do_emergency_withdraw(escrow_id: EscrowId, to: T::AccountId) -> DispatchResult {
		let info = Self::escrow(escrow_id)?;
		if let EscrowKind::Job(job_id) = info.kind {
			T::Jobs::close_job(job_id, JobEnd::Withdrawn)?;
		}
		let payout = Payout {
			to_payee: info.held,
			fee: Zero::zero(),
			to_depositor: Zero::zero(),
		};
		Self::pay_out(&info, &to, &payout)?;
		Self::close(escrow_id, &info);
		Self::deposit_event(Event::EmergencyWithdrawn {
			escrow_id,
			to,
			amount: info.held,
		});
		Ok(())
	}

	/// Forget a fully paid-out escrow.
	fn close(escrow_id: EscrowId, info: &EscrowInfo<T>) {
		Escrows::<T>::remove(escrow_id);
		// Only multi-signature escrows collect approvals; skipping the others saves every job
		// settlement a write.
		let multisig = info
			.general()
			.is_some_and(|terms| matches!(terms.condition, ReleaseCondition::MultiSig { .. }));
		if multisig {
			Approvals::<T>::remove(escrow_id);
		}
		if let Some(deadline) = info.deadline() {
			Self::unschedule_expiry(escrow_id, deadline);
		}
		if let Some(ReleaseCondition::ZkProof { key, .. }) =
			info.general().map(|terms| &terms.condition)
		{
			T::Proofs::unpin_key(key);
		}
		if let EscrowKind::Job(job_id) = info.kind {
			JobEscrows::<T>::remove(job_id);
		}
	}
}
