//! What deadlines do: draw panels, tally votes, escalate, resolve and prune.
//!
//! Nothing a deadline does can fail: every step either moves the dispute on or records why it
//! could not (an event), so a deadline never leaves a dispute behind. A ruling that cannot be
//! enforced goes to the council instead of being half applied.

use crate::{pallet::*, types::*};
use aitbc_primitives::{
	traits::{EscrowLedger, JobEnd, JobRegistry, Offence, OffenceKind, OffenceReporter},
	DisputeId, JobId,
};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{fungible::MutateHold, tokens::Precision, Get, Randomness},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	/// Move `dispute_id` on if its deadline passed; stale queue entries are ignored. Returns
	/// whether the dispute was moved on (`false`: a stale entry, found with one read).
	pub(crate) fn process_deadline(dispute_id: DisputeId, now: BlockNumberFor<T>) -> bool {
		let Some(dispute) = Disputes::<T>::get(dispute_id) else {
			return false;
		};
		if dispute.deadline > now {
			return false;
		}
		match dispute.status {
			DisputeStatus::Filed => {
				let ruling = Ruling::for_side(dispute.filer);
				Self::resolve_or_escalate(
					dispute_id,
					dispute,
					ruling,
					ResolvedBy::Default,
					&[],
					now,
				);
			}
			DisputeStatus::EvidenceSubmitted => Self::open_round(dispute_id, dispute, now),
			// Drawn by `on_initialize` of the block after the request; here only a request that
			// found no draw slot (`DrawDeferred`) is made again.
			DisputeStatus::AwaitingPanel { .. } => {
				if !PendingDraws::<T>::get().contains(&dispute_id) {
					Self::open_round(dispute_id, dispute, now);
				}
			}
			DisputeStatus::UnderReview {
				phase: ReviewPhase::Voting { .. },
			} => Self::tally(dispute_id, dispute, now),
			DisputeStatus::UnderReview {
				phase: ReviewPhase::AppealWindow {
					ruling,
					appealed_by,
					..
				},
			} => {
				if appealed_by.is_some() {
					Self::release_panel(dispute_id);
					Self::next_round(dispute_id, dispute, now);
				} else {
					let majority: Vec<T::AccountId> = Panels::<T>::get(dispute_id)
						.into_iter()
						.filter(|seat| seat.revealed.is_some_and(|vote| vote.same_as(&ruling)))
						.map(|seat| seat.arbiter)
						.collect();
					Self::resolve_or_escalate(
						dispute_id,
						dispute,
						ruling,
						ResolvedBy::Panel,
						&majority,
						now,
					);
				}
			}
			// If even the even split cannot be enforced, this escalates again: the council's
			// `resolve_escalated` with an enforceable ruling ends it.
			DisputeStatus::Escalated { .. } => Self::resolve_or_escalate(
				dispute_id,
				dispute,
				Ruling::Split(Perbill::from_percent(50)),
				ResolvedBy::Timeout,
				&[],
				now,
			),
			DisputeStatus::Resolved { .. } => Self::prune(dispute_id, dispute, now),
		}
		true
	}

	/// Forget a resolved dispute. A receipt dispute is kept (and with it the job's entry in
	/// [`DisputeOfJob`]) until the job's receipt window closed, so the same receipt cannot be
	/// disputed twice.
	fn prune(dispute_id: DisputeId, dispute: DisputeOf<T>, now: BlockNumberFor<T>) {
		if dispute.kind == DisputeKind::Receipt {
			if let Some(window_end) = Self::receipt_window_end(dispute.job_id) {
				if now <= window_end {
					let after = window_end.saturating_add(1u32.into());
					return Self::set_deadline(dispute_id, dispute, after);
				}
			}
			if DisputeOfJob::<T>::get(dispute.job_id) == Some(dispute_id) {
				DisputeOfJob::<T>::remove(dispute.job_id);
			}
		}
		Disputes::<T>::remove(dispute_id);
		let _ = Evidence::<T>::clear_prefix(dispute_id, 2, None);
		Self::deposit_event(Event::DisputePruned { dispute_id });
	}

	/// The last block in which the client may dispute the receipt of `job_id`'s result.
	pub(crate) fn receipt_window_end(job_id: JobId) -> Option<BlockNumberFor<T>> {
		let submitted_at = T::Jobs::job(job_id)?.result?.submitted_at;
		Some(BlockNumberFor::<T>::from(submitted_at).saturating_add(T::DisputeWindow::get()))
	}

	/// Request the panel of `dispute.round`: it is drawn at the start of the next block, over
	/// the stake warmed up by now (see "Draws" in the pallet docs). When the next block has no
	/// draw slot left, the request is made again at the next block.
	fn open_round(dispute_id: DisputeId, mut dispute: DisputeOf<T>, now: BlockNumberFor<T>) {
		let next = now.saturating_add(1u32.into());
		dispute.status = DisputeStatus::AwaitingPanel { requested_at: now };
		if PendingDraws::<T>::try_mutate(|pending| pending.try_push(dispute_id)).is_err() {
			Self::deposit_event(Event::DrawDeferred {
				dispute_id,
				at: next,
			});
			return Self::set_deadline(dispute_id, dispute, next);
		}
		let round = dispute.round;
		// Not queued in `Deadlines`: the hook of the next block draws every pending panel.
		dispute.deadline = next;
		Disputes::<T>::insert(dispute_id, dispute);
		Self::deposit_event(Event::PanelRequested {
			dispute_id,
			round,
			requested_at: now,
		});
	}

	/// Whether `who` gains or loses with the ruling of `dispute`: a party, another operator of
	/// the job's service, or a delegator of the operator. Such accounts are never drawn.
	pub(crate) fn is_stakeholder(dispute: &DisputeOf<T>, who: &T::AccountId) -> bool {
		dispute.side_of(who).is_some()
			|| T::Jobs::is_job_operator(dispute.job_id, who)
			|| T::Delegations::delegates_to(who, &dispute.operator)
	}

	/// Draw and seat the panel requested for `dispute_id` in an earlier block, or escalate if
	/// too few arbiters are eligible. Called by `on_initialize` before any transaction, so the
	/// randomness read here did not exist when the request fixed the eligible stake.
	pub(crate) fn draw_requested(dispute_id: DisputeId, now: BlockNumberFor<T>) {
		let Some(mut dispute) = Disputes::<T>::get(dispute_id) else {
			return;
		};
		let DisputeStatus::AwaitingPanel { requested_at } = dispute.status else {
			return;
		};
		if requested_at >= now {
			// Cannot happen (requests of this block are drawn in the next); never draw with
			// randomness known at the request.
			return Self::open_round(dispute_id, dispute, now);
		}
		let size = 1u32
			.checked_shl(dispute.round)
			.and_then(|factor| T::InitialPanelSize::get().checked_mul(factor))
			.unwrap_or(u32::MAX)
			.min(T::MaxPanelSize::get());
		let subject = (b"aitbc/disputes/panel", dispute_id, dispute.round).encode();
		let random = T::Randomness::random(&subject).0;
		let parent = frame_system::Pallet::<T>::parent_hash();
		let seed = sp_io::hashing::blake2_256(&(random, parent, &subject).encode());
		let Some(drawn) = Self::select_panel(&seed, size, requested_at, |who| {
			Self::is_stakeholder(&dispute, who)
		}) else {
			return Self::escalate(dispute_id, dispute, now);
		};
		Self::seat(&drawn);
		let commit_end = now.saturating_add(T::CommitPeriod::get());
		let reveal_end = commit_end.saturating_add(T::RevealPeriod::get());
		let panel: PanelOf<T> = drawn
			.iter()
			.map(|arbiter| Seat {
				arbiter: arbiter.clone(),
				commitment: None,
				revealed: None,
			})
			.collect::<Vec<_>>()
			.try_into()
			.unwrap_or_default();
		Panels::<T>::insert(dispute_id, panel);
		dispute.status = DisputeStatus::UnderReview {
			phase: ReviewPhase::Voting {
				commit_end,
				reveal_end,
			},
		};
		let round = dispute.round;
		Self::set_deadline(dispute_id, dispute, reveal_end);
		Self::deposit_event(Event::PanelDrawn {
			dispute_id,
			round,
			arbiters: drawn,
			commit_end,
			reveal_end,
		});
	}

	/// Count the revealed votes, slash the seats that did not vote with the plurality, and open
	/// the appeal window (or move on after a tie).
	fn tally(dispute_id: DisputeId, mut dispute: DisputeOf<T>, now: BlockNumberFor<T>) {
		let panel = Panels::<T>::get(dispute_id);
		let mut counts: Vec<(Ruling, u32)> = Vec::new();
		for vote in panel.iter().filter_map(|seat| seat.revealed) {
			match counts.iter_mut().find(|(ruling, _)| ruling.same_as(&vote)) {
				Some((_, count)) => *count = count.saturating_add(1),
				None => counts.push((vote, 1)),
			}
		}
		let most = counts.iter().map(|(_, count)| *count).max().unwrap_or(0);
		let mut leaders = counts.iter().filter(|(_, count)| *count == most);
		let winner = match (leaders.next(), leaders.next()) {
			(Some((ruling, _)), None) => Some(*ruling),
			_ => None,
		};
		let round = dispute.round;
		match winner {
			Some(ruling) => {
				let (majority, others): (Vec<_>, Vec<_>) = panel
					.into_iter()
					.partition(|seat| seat.revealed.is_some_and(|vote| vote.same_as(&ruling)));
				let majority: Vec<T::AccountId> =
					majority.into_iter().map(|seat| seat.arbiter).collect();
				for seat in others {
					Self::slash_arbiter(dispute_id, &seat.arbiter, &majority);
				}
				let appeal_end = now.saturating_add(T::AppealPeriod::get());
				dispute.status = DisputeStatus::UnderReview {
					phase: ReviewPhase::AppealWindow {
						ruling,
						appeal_end,
						appealed_by: None,
					},
				};
				Self::set_deadline(dispute_id, dispute, appeal_end);
				Self::deposit_event(Event::PanelRuled {
					dispute_id,
					round,
					ruling,
					appeal_end,
				});
			}
			None => {
				for seat in panel.iter().filter(|seat| seat.revealed.is_none()) {
					Self::slash_arbiter(dispute_id, &seat.arbiter, &[]);
				}
				Self::release_panel(dispute_id);
				Self::deposit_event(Event::PanelInconclusive { dispute_id, round });
				Self::next_round(dispute_id, dispute, now);
			}
		}
	}

	/// A panel twice as large, or the council once `MaxAppeals` rounds were used.
	fn next_round(dispute_id: DisputeId, mut dispute: DisputeOf<T>, now: BlockNumberFor<T>) {
		match dispute.round.checked_add(1) {
			Some(next) if dispute.round < T::MaxAppeals::get() => {
				dispute.round = next;
				Self::open_round(dispute_id, dispute, now);
			}
			_ => Self::escalate(dispute_id, dispute, now),
		}
	}

	fn escalate(dispute_id: DisputeId, mut dispute: DisputeOf<T>, now: BlockNumberFor<T>) {
		let until = now.saturating_add(T::EscalationTimeout::get());
		dispute.status = DisputeStatus::Escalated { until };
		Self::set_deadline(dispute_id, dispute, until);
		Self::deposit_event(Event::Escalated { dispute_id, until });
	}

	/// Resolve at a deadline; a ruling that cannot be enforced goes to the council instead,
	/// with nothing of it applied. The dispute stays the dispute of its job, so the job cannot
	/// be disputed again meanwhile.
	fn resolve_or_escalate(
		dispute_id: DisputeId,
		dispute: DisputeOf<T>,
		ruling: Ruling,
		by: ResolvedBy,
		majority: &[T::AccountId],
		now: BlockNumberFor<T>,
	) {
		if let Err(error) = Self::resolve(dispute_id, dispute.clone(), ruling, by, majority) {
			log::warn!(
				target: "runtime::disputes",
				"dispute {dispute_id}: ruling not enforced, escalated: {error:?}"
			);
			Self::deposit_event(Event::EnforcementFailed { dispute_id, error });
			Self::escalate(dispute_id, dispute, now);
		}
	}

	/// Enforce `ruling` first; only once it is enforced, settle both bonds (the loser's to
	/// `majority`, or the treasury when it is empty), report a losing operator, unseat the
	/// panel and keep the record for `ResolvedRetention` blocks. On `Err` nothing changed.
	pub(crate) fn resolve(
		dispute_id: DisputeId,
		mut dispute: DisputeOf<T>,
		ruling: Ruling,
		by: ResolvedBy,
		majority: &[T::AccountId],
	) -> DispatchResult {
		let (to_operator, to_client) = Self::enforce(&dispute, ruling)?;

		let loser = ruling.loser();
		for side in [Side::Client, Side::Operator] {
			let bond = dispute.bond_of(side);
			if bond.is_zero() {
				continue;
			}
			let party = dispute.party(side).clone();
			let mut unpaid = bond;
			if loser == Some(side) {
				let paid = Self::pay_from_hold(HoldReason::DisputeBond, &party, bond, majority);
				unpaid = bond.saturating_sub(paid);
				Self::deposit_event(Event::BondForfeited {
					dispute_id,
					side,
					amount: paid,
				});
			}
			// The winner's bond, and whatever of the loser's could not be paid out.
			let _ = T::Currency::release(
				&HoldReason::DisputeBond.into(),
				&party,
				unpaid,
				Precision::BestEffort,
			);
			*dispute.bond_of_mut(side) = Zero::zero();
		}

		if loser == Some(Side::Operator) {
			let offence = Offence {
				offender: dispute.operator.clone(),
				blueprint_id: dispute.blueprint_id,
				service_id: Some(dispute.service_id),
				fraction: Self::offence_fraction(&dispute, by),
				kind: match dispute.kind {
					DisputeKind::Payment => OffenceKind::DisputeLost,
					DisputeKind::Receipt => OffenceKind::InvalidReceipt,
				},
			};
			match T::Offences::report(offence) {
				Ok(()) => Self::deposit_event(Event::OffenceReported {
					dispute_id,
					offender: dispute.operator.clone(),
				}),
				Err(error) => Self::deposit_event(Event::OffenceReportFailed { dispute_id, error }),
			}
		}
		// The dispute is over: its report (if any) now holds the stake it exposed, and the
		// lock `note_accusation` put on the operator's stake at filing ends.
		T::Offences::clear_accusation(&dispute.operator, dispute.blueprint_id);

		Self::release_panel(dispute_id);
		// A receipt dispute keeps the job until it is pruned (see `prune`).
		if dispute.kind == DisputeKind::Payment {
			DisputeOfJob::<T>::remove(dispute.job_id);
		}
		dispute.status = DisputeStatus::Resolved { ruling, by };
		let prune_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ResolvedRetention::get());
		Self::set_deadline(dispute_id, dispute, prune_at);
		Self::deposit_event(Event::DisputeResolved {
			dispute_id,
			ruling,
			by,
			to_operator,
			to_client,
		});
		Ok(())
	}

	/// Carry out `ruling` on the money and the job, all or nothing. Returns (paid to the
	/// operator, returned to the client).
	///
	/// A payment dispute splits the frozen escrow and closes the job as `Resolved`, in one
	/// storage layer. If governance already emptied the escrow and closed the job (an emergency
	/// withdrawal), there is nothing left to divide: the ruling still decides bonds and
	/// offence. A receipt dispute moves no money: the job settled long ago.
	fn enforce(
		dispute: &DisputeOf<T>,
		ruling: Ruling,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		if dispute.kind == DisputeKind::Receipt {
			return Ok((Zero::zero(), Zero::zero()));
		}
		let job_id = dispute.job_id;
		with_storage_layer(|| {
			if T::Escrow::escrow_of(job_id).is_none()
				&& T::Jobs::job(job_id).is_none_or(|job| job.status.is_final())
			{
				return Ok((Zero::zero(), Zero::zero()));
			}
			let paid = T::Escrow::split(job_id, &dispute.operator, ruling.operator_share())?;
			T::Jobs::close_job(job_id, JobEnd::Resolved)?;
			Ok(paid)
		})
	}

	/// The fraction of a losing operator's stake to report.
	///
	/// Panel and council rulings heard both sides: the whole `DisputeLostFraction`. A default
	/// judgment heard nobody (the operator may just have been offline for the evidence period),
	/// and a slash takes the fraction from the operator's bond and from every delegation to the
	/// blueprint, which can be worth far more than the job. So it scales with the job's value,
	/// reaching the whole fraction at `FullSlashJobValue`: a tiny job must not cost 5% of
	/// everything staked behind the operator.
	pub(crate) fn offence_fraction(dispute: &DisputeOf<T>, by: ResolvedBy) -> Perbill {
		let lost = T::DisputeLostFraction::get();
		let full = T::FullSlashJobValue::get();
		if by != ResolvedBy::Default || full.is_zero() || dispute.job_value >= full {
			return lost;
		}
		lost.saturating_mul(Perbill::from_rational(dispute.job_value, full))
	}

	/// Store the dispute with its next deadline and queue it, or say that it must be advanced
	/// by hand.
	fn set_deadline(dispute_id: DisputeId, mut dispute: DisputeOf<T>, at: BlockNumberFor<T>) {
		dispute.deadline = at;
		Disputes::<T>::insert(dispute_id, dispute);
		if Self::queue_deadline(dispute_id, at).is_none() {
			Self::deposit_event(Event::DeadlineNotQueued { dispute_id, at });
		}
	}
}
