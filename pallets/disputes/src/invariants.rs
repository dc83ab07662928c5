//! The invariants `try_state` checks.

use crate::{pallet::*, types::*, DeadlineQueue};
use aitbc_primitives::traits::{EscrowLedger, JobRegistry, JobStatus};
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_bonds()?;
		Self::check_arbiters()?;
		Self::check_draws()?;
		Self::check_deadlines()
	}

	/// The deadline queue keeps its own invariants: nothing behind its cursor (which is at
	/// most the next block), so every queued deadline is still to be processed. (Entries of
	/// disputes that moved on since, or were pruned, are stale and ignored when reached.)
	fn check_deadlines() -> Result<(), TryRuntimeError> {
		DeadlineQueue::<T>::check(frame_system::Pallet::<T>::block_number())?;
		Ok(())
	}

	/// Every pending draw is a distinct dispute awaiting the panel it requested in this block
	/// or before (so the next hook draws it with later randomness), and no awaiting dispute
	/// has a seated panel.
	fn check_draws() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let pending = PendingDraws::<T>::get();
		for (position, dispute_id) in pending.iter().enumerate() {
			ensure!(
				!pending
					.iter()
					.skip(position.saturating_add(1))
					.any(|other| other == dispute_id),
				"a dispute is pending twice"
			);
			let requested_at = match Disputes::<T>::get(dispute_id).map(|dispute| dispute.status) {
				Some(DisputeStatus::AwaitingPanel { requested_at }) => requested_at,
				_ => return Err("a pending draw is not awaiting a panel".into()),
			};
			ensure!(requested_at <= now, "a draw was requested in the future");
		}
		for (dispute_id, dispute) in Disputes::<T>::iter() {
			if matches!(dispute.status, DisputeStatus::AwaitingPanel { .. }) {
				ensure!(
					Panels::<T>::get(dispute_id).is_empty(),
					"a dispute awaiting its panel has one seated"
				);
			}
		}
		Ok(())
	}

	/// Every bond on hold belongs to an open dispute; every open payment dispute owns its job's
	/// frozen escrow (receipt disputes have none); resolved disputes hold nothing; the job index
	/// names open disputes and resolved receipt disputes only.
	fn check_bonds() -> Result<(), TryRuntimeError> {
		let mut bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (dispute_id, dispute) in Disputes::<T>::iter() {
			if dispute.is_open() {
				for side in [Side::Client, Side::Operator] {
					let held = bonds.entry(dispute.party(side).clone()).or_default();
					*held = held.saturating_add(dispute.bond_of(side));
				}
				ensure!(
					DisputeOfJob::<T>::get(dispute.job_id) == Some(dispute_id),
					"an open dispute is not the dispute of its job"
				);
				if dispute.kind == DisputeKind::Payment {
					Self::check_payment_escrow(dispute.job_id)?;
				}
			} else {
				ensure!(
					dispute.client_bond.is_zero() && dispute.operator_bond.is_zero(),
					"a resolved dispute still holds bonds"
				);
				ensure!(
					Panels::<T>::get(dispute_id).is_empty(),
					"a resolved dispute has a panel"
				);
			}
		}
		for (job_id, dispute_id) in DisputeOfJob::<T>::iter() {
			ensure!(
				Disputes::<T>::get(dispute_id).is_some_and(|dispute| dispute.job_id == job_id
					&& (dispute.is_open() || dispute.kind == DisputeKind::Receipt)),
				"a job points to a dispute of another job, or to a resolved payment dispute"
			);
		}
		for (who, bond) in bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DisputeBond.into(), &who) == bond,
				"bonds on hold differ from the bonds of open disputes"
			);
		}
		Ok(())
	}

	/// The escrow of an open payment dispute is frozen and its job `Disputed`, unless
	/// governance emptied the escrow and closed the job (an emergency withdrawal).
	fn check_payment_escrow(job_id: aitbc_primitives::JobId) -> Result<(), TryRuntimeError> {
		let job = T::Jobs::job(job_id);
		match T::Escrow::escrow_of(job_id) {
			Some(escrow) => {
				ensure!(escrow.frozen, "the escrow of an open dispute is not frozen");
				ensure!(
					job.is_some_and(|job| job.status == JobStatus::Disputed),
					"the job of an open payment dispute is not disputed"
				);
			}
			None => ensure!(
				job.is_none_or(|job| job.status.is_final()),
				"an open payment dispute lost its escrow while its job is open"
			),
		}
		Ok(())
	}

	/// Stakes on hold match the arbiter records, the pool lists exactly the arbiters, and seats
	/// match the panels.
	fn check_arbiters() -> Result<(), TryRuntimeError> {
		let pool = ArbiterPool::<T>::get();
		let mut seats: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (_, panel) in Panels::<T>::iter() {
			for seat in panel {
				let count = seats.entry(seat.arbiter).or_default();
				*count = count.saturating_add(1);
			}
		}
		let mut arbiters = 0usize;
		for (who, info) in Arbiters::<T>::iter() {
			arbiters = arbiters.saturating_add(1);
			ensure!(pool.contains(&who), "an arbiter is missing from the pool");
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ArbiterStake.into(), &who) == info.stake,
				"an arbiter's stake on hold differs from its record"
			);
			ensure!(
				seats.get(&who).copied().unwrap_or(0) == info.seats,
				"an arbiter's seat count differs from the panels"
			);
			ensure!(
				info.warming <= info.stake,
				"an arbiter's warming stake exceeds its stake"
			);
			ensure!(
				info.warming_since <= frame_system::Pallet::<T>::block_number(),
				"an arbiter's stake warms up from the future"
			);
		}
		ensure!(
			arbiters == pool.len(),
			"the pool lists someone who is not an arbiter, or someone twice"
		);
		Ok(())
	}
}
