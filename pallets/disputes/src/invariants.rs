//! The invariants `try_state` checks.

use crate::{pallet::*, types::*};
use aitbc_primitives::traits::EscrowLedger;
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_bonds()?;
		Self::check_arbiters()
	}

	/// Every bond on hold belongs to an open dispute, every open dispute owns its job's frozen
	/// escrow, and resolved disputes hold nothing.
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
				ensure!(
					T::Escrow::escrow_of(dispute.job_id).is_some_and(|escrow| escrow.frozen),
					"the escrow of an open dispute is not frozen"
				);
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
		for (_, dispute_id) in DisputeOfJob::<T>::iter() {
			ensure!(
				Disputes::<T>::get(dispute_id).is_some_and(|dispute| dispute.is_open()),
				"a job points to a dispute that is not open"
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
		}
		ensure!(
			arbiters == pool.len(),
			"the pool lists someone who is not an arbiter"
		);
		Ok(())
	}
}
