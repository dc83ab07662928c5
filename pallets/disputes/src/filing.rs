//! What the parties and the arbiters do: filing, evidence, votes and appeals.

use crate::{pallet::*, types::*, DeadlineQueue, SCHEDULE_SCAN};
use aitbc_primitives::{
	traits::{EscrowLedger, JobRegistry, JobStatus, OffenceReporter},
	DisputeId, JobId,
};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, CheckedMul, Zero};

impl<T: Config> Pallet<T> {
	/// File a dispute over `job_id` against `respondent`. The job's status decides the kind: an
	/// open job's payment, or a settled job's receipt (see the module docs).
	pub(crate) fn do_file(
		who: T::AccountId,
		job_id: JobId,
		respondent: T::AccountId,
	) -> DispatchResult {
		let job = T::Jobs::job(job_id).ok_or(Error::<T>::JobNotFound)?;
		ensure!(who != respondent, Error::<T>::InvalidCounterparty);
		ensure!(
			!DisputeOfJob::<T>::contains_key(job_id),
			Error::<T>::AlreadyDisputed
		);
		let (kind, filer, client, operator) = match job.status {
			JobStatus::Called | JobStatus::ResultSubmitted | JobStatus::Claimed => {
				let (filer, client, operator) =
					Self::payment_parties(job_id, &job, &who, &respondent)?;
				(DisputeKind::Payment, filer, client, operator)
			}
			JobStatus::Settled => {
				Self::check_receipt_dispute(&job, &who, &respondent)?;
				(
					DisputeKind::Receipt,
					Side::Client,
					who.clone(),
					respondent.clone(),
				)
			}
			JobStatus::Disputed => return Err(Error::<T>::AlreadyDisputed.into()),
			JobStatus::Resolved
			| JobStatus::Cancelled
			| JobStatus::TimedOut
			| JobStatus::Withdrawn => return Err(Error::<T>::JobClosed.into()),
		};
		if kind == DisputeKind::Payment {
			let escrow = T::Escrow::escrow_of(job_id).ok_or(Error::<T>::NoOpenEscrow)?;
			ensure!(!escrow.held.is_zero(), Error::<T>::NoOpenEscrow);
			ensure!(!escrow.frozen, Error::<T>::EscrowFrozen);
		}

		let now = frame_system::Pallet::<T>::block_number();
		let bond = T::FilingBond::get();
		T::Currency::hold(&HoldReason::DisputeBond.into(), &who, bond)?;
		if kind == DisputeKind::Payment {
			// The dispatch is one storage transaction: the job becomes Disputed (which voids a
			// claim on it) and its escrow freezes together, or neither happens.
			T::Jobs::open_dispute(job_id)?;
			T::Escrow::freeze(job_id)?;
		}

		let dispute_id = NextDisputeId::<T>::get();
		NextDisputeId::<T>::put(dispute_id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let evidence_end = now
			.checked_add(&T::EvidencePeriod::get())
			.ok_or(Error::<T>::Overflow)?;
		let mut dispute = Dispute {
			job_id,
			kind,
			job_value: job.price_cap,
			blueprint_id: job.blueprint_id,
			service_id: job.service_id,
			client,
			operator,
			filer,
			client_bond: Zero::zero(),
			operator_bond: Zero::zero(),
			round: 0,
			evidence_end,
			deadline: evidence_end,
			status: DisputeStatus::Filed,
		};
		*dispute.bond_of_mut(filer) = bond;
		// The call is one storage transaction: a refusal below unqueues it again.
		Self::queue_deadline(dispute_id, evidence_end).ok_or(Error::<T>::DeadlineQueueFull)?;
		// From now until the dispute ends, the stake backing the operator on this blueprint
		// cannot leave, and a lost dispute is slashed from the stake present now: otherwise
		// delegators (or the operator's own) would withdraw during a dispute that outlasts the
		// undelegation delay.
		T::Offences::note_accusation(&dispute.operator, dispute.blueprint_id)?;
		Disputes::<T>::insert(dispute_id, dispute);
		DisputeOfJob::<T>::insert(job_id, dispute_id);
		Self::deposit_event(Event::DisputeFiled {
			dispute_id,
			job_id,
			kind,
			filer: who,
			respondent,
			bond,
			evidence_end,
		});
		Ok(())
	}

	/// The filer's side, the client and the operator of a payment dispute over an open job.
	///
	/// Once a result is on chain, its operator is the only operator the payment concerns: the
	/// client must name it, and only it may file. Before a result, the client may name any
	/// operator of the service, and no operator may file: an operator that never worked on the
	/// job has no claim to its escrow.
	fn payment_parties(
		job_id: JobId,
		job: &JobOf<T>,
		who: &T::AccountId,
		respondent: &T::AccountId,
	) -> Result<(Side, T::AccountId, T::AccountId), DispatchError> {
		let result_operator = match job.status {
			JobStatus::ResultSubmitted | JobStatus::Claimed => {
				job.result.as_ref().map(|result| &result.operator)
			}
			_ => None,
		};
		if *who == job.client {
			match result_operator {
				Some(operator) => ensure!(respondent == operator, Error::<T>::NotResultOperator),
				None => ensure!(
					T::Jobs::is_job_operator(job_id, respondent),
					Error::<T>::InvalidCounterparty
				),
			}
			return Ok((Side::Client, who.clone(), respondent.clone()));
		}
		match result_operator {
			Some(operator) if operator == who => {
				ensure!(*respondent == job.client, Error::<T>::InvalidCounterparty);
				Ok((Side::Operator, respondent.clone(), who.clone()))
			}
			// Asked only on the way to a refusal, to say why.
			Some(_) if T::Jobs::is_job_operator(job_id, who) => {
				Err(Error::<T>::NotResultOperator.into())
			}
			None if T::Jobs::is_job_operator(job_id, who) => {
				Err(Error::<T>::NoResultSubmitted.into())
			}
			_ => Err(Error::<T>::NotAParty.into()),
		}
	}

	/// A receipt dispute: the client, against the operator of the settled result, within
	/// `DisputeWindow` blocks of the result's submission.
	fn check_receipt_dispute(
		job: &JobOf<T>,
		who: &T::AccountId,
		respondent: &T::AccountId,
	) -> DispatchResult {
		ensure!(*who == job.client, Error::<T>::NotTheClient);
		let result = job.result.as_ref().ok_or(Error::<T>::NoResultSubmitted)?;
		ensure!(
			*respondent == result.operator,
			Error::<T>::NotResultOperator
		);
		let window_end = BlockNumberFor::<T>::from(result.submitted_at)
			.checked_add(&T::DisputeWindow::get())
			.ok_or(Error::<T>::Overflow)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() <= window_end,
			Error::<T>::DisputeWindowClosed
		);
		Ok(())
	}

	pub(crate) fn do_submit_evidence(
		who: T::AccountId,
		dispute_id: DisputeId,
		item: EvidenceItem<T::MaxUriLen>,
	) -> DispatchResult {
		let mut dispute = Disputes::<T>::get(dispute_id).ok_or(Error::<T>::DisputeNotFound)?;
		let side = dispute.side_of(&who).ok_or(Error::<T>::NotAParty)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			matches!(
				dispute.status,
				DisputeStatus::Filed | DisputeStatus::EvidenceSubmitted
			) && now < dispute.evidence_end,
			Error::<T>::EvidencePeriodOver
		);
		let hash = item.hash;
		Evidence::<T>::try_mutate(dispute_id, side, |items| {
			items
				.try_push(item)
				.map_err(|_| Error::<T>::TooMuchEvidence)
		})?;
		if side != dispute.filer && dispute.status == DisputeStatus::Filed {
			let bond = T::FilingBond::get();
			T::Currency::hold(&HoldReason::DisputeBond.into(), &who, bond)?;
			*dispute.bond_of_mut(side) = bond;
			dispute.status = DisputeStatus::EvidenceSubmitted;
			Disputes::<T>::insert(dispute_id, dispute);
			Self::deposit_event(Event::Responded {
				dispute_id,
				respondent: who,
				bond,
			});
		}
		Self::deposit_event(Event::EvidenceSubmitted {
			dispute_id,
			side,
			hash,
		});
		Ok(())
	}

	/// The dispute's voting periods and the caller's seat, or why the caller cannot vote.
	fn voting_seat(
		who: &T::AccountId,
		dispute_id: DisputeId,
	) -> Result<(BlockNumberFor<T>, BlockNumberFor<T>, PanelOf<T>, usize), DispatchError> {
		let dispute = Disputes::<T>::get(dispute_id).ok_or(Error::<T>::DisputeNotFound)?;
		let DisputeStatus::UnderReview {
			phase: ReviewPhase::Voting {
				commit_end,
				reveal_end,
			},
		} = dispute.status
		else {
			return Err(Error::<T>::NotCommitPhase.into());
		};
		let panel = Panels::<T>::get(dispute_id);
		let seat = panel
			.iter()
			.position(|seat| seat.arbiter == *who)
			.ok_or(Error::<T>::NotOnPanel)?;
		Ok((commit_end, reveal_end, panel, seat))
	}

	pub(crate) fn do_commit(
		who: T::AccountId,
		dispute_id: DisputeId,
		commitment: H256,
	) -> DispatchResult {
		let (commit_end, _, mut panel, seat) = Self::voting_seat(&who, dispute_id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < commit_end, Error::<T>::NotCommitPhase);
		let seat = panel.get_mut(seat).ok_or(Error::<T>::NotOnPanel)?;
		ensure!(seat.commitment.is_none(), Error::<T>::AlreadyCommitted);
		seat.commitment = Some(commitment);
		Panels::<T>::insert(dispute_id, panel);
		Self::deposit_event(Event::VoteCommitted {
			dispute_id,
			arbiter: who,
		});
		Ok(())
	}

	pub(crate) fn do_reveal(
		who: T::AccountId,
		dispute_id: DisputeId,
		ruling: Ruling,
		salt: [u8; 32],
	) -> DispatchResult {
		let (commit_end, reveal_end, mut panel, seat) = Self::voting_seat(&who, dispute_id)
			.map_err(|error| {
				if error == Error::<T>::NotCommitPhase.into() {
					Error::<T>::NotRevealPhase.into()
				} else {
					error
				}
			})?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			commit_end <= now && now < reveal_end,
			Error::<T>::NotRevealPhase
		);
		let seat = panel.get_mut(seat).ok_or(Error::<T>::NotOnPanel)?;
		ensure!(seat.revealed.is_none(), Error::<T>::AlreadyRevealed);
		let commitment = seat.commitment.ok_or(Error::<T>::NoCommitment)?;
		ensure!(
			commitment == commitment_of(dispute_id, &who, &ruling, &salt),
			Error::<T>::CommitmentMismatch
		);
		seat.revealed = Some(ruling);
		Panels::<T>::insert(dispute_id, panel);
		Self::deposit_event(Event::VoteRevealed {
			dispute_id,
			arbiter: who,
			ruling,
		});
		Ok(())
	}

	pub(crate) fn do_appeal(who: T::AccountId, dispute_id: DisputeId) -> DispatchResult {
		let mut dispute = Disputes::<T>::get(dispute_id).ok_or(Error::<T>::DisputeNotFound)?;
		let side = dispute.side_of(&who).ok_or(Error::<T>::NotAParty)?;
		let DisputeStatus::UnderReview {
			phase: ReviewPhase::AppealWindow {
				ruling,
				appeal_end,
				appealed_by,
			},
		} = dispute.status
		else {
			return Err(Error::<T>::NotAppealable.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < appeal_end, Error::<T>::NotAppealable);
		ensure!(appealed_by.is_none(), Error::<T>::AlreadyAppealed);
		ensure!(
			ruling.loser().map_or(true, |loser| loser == side),
			Error::<T>::NotTheLoser
		);

		let next_round = dispute.round.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let bond = Self::bond_for_round(next_round).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::DisputeBond.into(), &who, bond)?;
		let held = dispute.bond_of_mut(side);
		*held = held.checked_add(&bond).ok_or(Error::<T>::Overflow)?;
		dispute.status = DisputeStatus::UnderReview {
			phase: ReviewPhase::AppealWindow {
				ruling,
				appeal_end,
				appealed_by: Some(side),
			},
		};
		Disputes::<T>::insert(dispute_id, dispute);
		Self::deposit_event(Event::Appealed {
			dispute_id,
			by: side,
			bond,
		});
		Ok(())
	}

	/// `FilingBond * 2^round`: the appeal that opens `round` costs this.
	pub(crate) fn bond_for_round(round: u32) -> Option<BalanceOf<T>> {
		let factor = 1u32.checked_shl(round)?;
		T::FilingBond::get().checked_mul(&BalanceOf::<T>::from(factor))
	}

	/// Queue the deadline at `at`, or at the first of the next blocks with room (of the
	/// `SCHEDULE_SCAN` blocks from `at`). Returns the block it was queued at, or `None` if every
	/// one of them is full.
	pub(crate) fn queue_deadline(
		dispute_id: DisputeId,
		at: BlockNumberFor<T>,
	) -> Option<BlockNumberFor<T>> {
		DeadlineQueue::<T>::schedule(at, dispute_id, SCHEDULE_SCAN.saturating_sub(1)).ok()
	}
}
