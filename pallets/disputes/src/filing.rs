//! What the parties and the arbiters do: filing, evidence, votes and appeals.

use crate::{pallet::*, types::*, SCHEDULE_SCAN};
use aitbc_primitives::{
	traits::{EscrowLedger, JobRegistry, JobStatus},
	DisputeId, JobId,
};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, CheckedMul, Saturating, Zero};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_file(
		who: T::AccountId,
		job_id: JobId,
		respondent: T::AccountId,
	) -> DispatchResult {
		let job = T::Jobs::job(job_id).ok_or(Error::<T>::JobNotFound)?;
		ensure!(who != respondent, Error::<T>::InvalidCounterparty);
		let (filer, client, operator) = if who == job.client {
			ensure!(
				T::Jobs::is_job_operator(job_id, &respondent),
				Error::<T>::InvalidCounterparty
			);
			(Side::Client, who.clone(), respondent.clone())
		} else if T::Jobs::is_job_operator(job_id, &who) {
			ensure!(respondent == job.client, Error::<T>::InvalidCounterparty);
			(Side::Operator, respondent.clone(), who.clone())
		} else {
			return Err(Error::<T>::NotAParty.into());
		};
		ensure!(
			!DisputeOfJob::<T>::contains_key(job_id),
			Error::<T>::AlreadyDisputed
		);
		let now = frame_system::Pallet::<T>::block_number();
		let window_end = BlockNumberFor::<T>::from(job.called_at)
			.checked_add(&T::DisputeWindow::get())
			.ok_or(Error::<T>::Overflow)?;
		ensure!(now <= window_end, Error::<T>::DisputeWindowClosed);
		ensure!(
			matches!(job.status, JobStatus::Pending | JobStatus::ResultSubmitted),
			Error::<T>::NoOpenEscrow
		);
		let escrow = T::Escrow::escrow_of(job_id).ok_or(Error::<T>::NoOpenEscrow)?;
		ensure!(!escrow.held.is_zero(), Error::<T>::NoOpenEscrow);
		ensure!(!escrow.frozen, Error::<T>::EscrowFrozen);

		let bond = T::FilingBond::get();
		T::Currency::hold(&HoldReason::DisputeBond.into(), &who, bond)?;
		T::Escrow::freeze(job_id)?;

		let dispute_id = NextDisputeId::<T>::get();
		NextDisputeId::<T>::put(dispute_id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let evidence_end = now
			.checked_add(&T::EvidencePeriod::get())
			.ok_or(Error::<T>::Overflow)?;
		let mut dispute = Dispute {
			job_id,
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
		let queued_at = Self::find_queue_slot(evidence_end).ok_or(Error::<T>::DeadlineQueueFull)?;
		Self::queue(dispute_id, queued_at);
		Disputes::<T>::insert(dispute_id, dispute);
		DisputeOfJob::<T>::insert(job_id, dispute_id);
		Self::deposit_event(Event::DisputeFiled {
			dispute_id,
			job_id,
			filer: who,
			respondent,
			bond,
			evidence_end,
		});
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

	/// The first block from `at` on whose deadline queue has room.
	pub(crate) fn find_queue_slot(at: BlockNumberFor<T>) -> Option<BlockNumberFor<T>> {
		let room = usize::try_from(T::MaxDeadlinesPerBlock::get()).unwrap_or(usize::MAX);
		let mut block = at;
		for _ in 0..SCHEDULE_SCAN {
			if Deadlines::<T>::decode_len(block).unwrap_or(0) < room {
				return Some(block);
			}
			block = block.saturating_add(1u32.into());
		}
		None
	}

	/// Queue at a block that [`Self::find_queue_slot`] found to have room.
	pub(crate) fn queue(dispute_id: DisputeId, at: BlockNumberFor<T>) {
		Deadlines::<T>::mutate(at, |queue| {
			// Room was checked by `find_queue_slot` in the same call.
			let _ = queue.try_push(dispute_id);
		});
	}
}
