//! Settling claims: the one settlement every path uses ([`Pallet::settle_claim`]), the client's
//! acceptance, anyone's settlement of matured claims, and the hook that settles matured claims
//! from [`MaturityQueue`].
//!
//! The hook works through the maturity queues from [`SettlementCursor`] up to the current block,
//! settling at most `MaxSettlementsPerBlock` claims, skipping at most `MaxReceiptsPerBlock`
//! entries whose claim was already settled or voided (one read each), and visiting at most
//! [`MAX_QUEUES_PER_BLOCK`] queues; whatever is left stays queued, and the cursor resumes there
//! in the next block. Each settlement runs in its own storage layer, so one that fails leaves
//! nothing behind; it is reported with `SettlementFailed` and its claim is kept (out of the
//! queue) for a retry with `settle_claims`.

use crate::{pallet::*, types::*, weights::WeightInfo};
use aitbc_primitives::{
	traits::{EscrowLedger, JobEnd, JobRegistry, JobStatus, OnVerifiedWork, PriceOracle},
	JobId, PaymentAsset, SessionIndex,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{One, Saturating, Zero},
	Rounding,
};

/// The most maturity queues (blocks) `on_initialize` looks at in one block. More than one, so a
/// cursor left behind by a busy block catches up.
pub const MAX_QUEUES_PER_BLOCK: u32 = 16;

/// What became of a claim that was looked at.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Settled {
	/// The operator was paid and the job closed.
	Paid,
	/// The job was no longer `Claimed`: the claim was dropped, nothing paid.
	Voided,
}

/// The units that `amount` of `price` pays for: `units × amount / price`, rounded down, and all
/// of them when the whole price is paid.
fn paid_units<Balance: TryInto<u128> + PartialOrd + Zero + Copy>(
	units: u64,
	amount: Balance,
	price: Balance,
) -> u64 {
	if amount >= price {
		return units;
	}
	let (Ok(amount), Ok(price)) = (amount.try_into(), price.try_into()) else {
		return 0;
	};
	multiply_by_rational_with_rounding(u128::from(units), amount, price, Rounding::Down)
		.and_then(|paid| u64::try_from(paid).ok())
		.unwrap_or(0)
}

impl<T: Config> Pallet<T> {
	/// Settle `claim` on `job_id`, or void it if the job is no longer `Claimed` (a dispute
	/// opened). Settling pays the operator `min(price, held)` and the payer the rest, closes the
	/// job as `Settled`, mints, scores and tells pricing and staking. All-or-nothing only inside
	/// a storage layer (a dispatchable, or `with_storage_layer`).
	pub(crate) fn settle_claim(
		job_id: JobId,
		claim: PendingClaimOf<T>,
	) -> Result<Settled, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let PendingClaim {
			receipt_id,
			operator,
			compute_units,
			price,
			..
		} = claim;
		let job = T::Jobs::job(job_id).filter(|job| job.status == JobStatus::Claimed);
		let Some(job) = job else {
			Claims::<T>::remove(job_id);
			Self::note_receipt_state(&operator, receipt_id, ReceiptState::Voided { at: now });
			Self::deposit_event(Event::ClaimVoided {
				receipt_id,
				job_id,
				operator,
			});
			return Ok(Settled::Voided);
		};

		let escrow = T::Escrow::escrow_of(job_id).ok_or(Error::<T>::EscrowNotFound)?;
		ensure!(!escrow.frozen, Error::<T>::EscrowFrozen);
		// An SLA penalty may have refunded part of the price since the claim.
		let amount = price.min(escrow.held);
		let (paid, refunded) = T::Escrow::settle(job_id, &operator, amount)?;
		T::Jobs::close_job(
			job_id,
			JobEnd::Settled {
				units: compute_units,
			},
		)?;
		Claims::<T>::remove(job_id);
		JobCommitments::<T>::remove(job_id);
		Self::note_receipt_state(&operator, receipt_id, ReceiptState::Settled { at: now });

		let units = paid_units(compute_units, amount, price);
		Self::deposit_event(Event::ReceiptSettled {
			receipt_id,
			job_id,
			operator: operator.clone(),
			compute_units: units,
			paid,
			refunded,
		});

		let session = T::CurrentSession::get();
		if job.asset == PaymentAsset::Native {
			Self::mint_for_work(job_id, &operator, units, now, session)?;
		} else {
			Self::note_unminted(units)?;
		}
		if units > 0 {
			Self::record_work(&operator, session, units)?;
			T::Pricing::record_demand(job.resource_class, units);
			T::OnWork::on_verified_work(&operator, job.blueprint_id, units);
		}
		Ok(Settled::Paid)
	}

	/// Record what became of a remembered receipt (it may already be pruned, if its claim
	/// waited for a retry longer than the retention period).
	fn note_receipt_state(
		operator: &T::AccountId,
		receipt_id: aitbc_primitives::ReceiptId,
		state: ReceiptState<BlockNumberFor<T>>,
	) {
		ClaimedReceipts::<T>::mutate_exists(operator, receipt_id, |receipt| {
			if let Some(receipt) = receipt {
				receipt.state = state;
			}
		});
	}

	/// `who` accepts the claim on `job_id`: it must be the job's client and there must be a
	/// claim.
	pub(crate) fn accept_claim(who: &T::AccountId, job_id: JobId) -> DispatchResult {
		let claim = Claims::<T>::get(job_id);
		let client = match &claim {
			Some(claim) => claim.client.clone(),
			None => T::Jobs::job(job_id).ok_or(Error::<T>::JobNotFound)?.client,
		};
		ensure!(client == *who, Error::<T>::NotJobClient);
		let claim = claim.ok_or(Error::<T>::NoClaim)?;
		Self::settle_claim(job_id, claim).map(|_| ())
	}

	/// Settle the claim on `job_id`, whose challenge window must have closed.
	pub(crate) fn settle_matured_claim(job_id: JobId) -> DispatchResult {
		let claim = Claims::<T>::get(job_id).ok_or(Error::<T>::NoClaim)?;
		ensure!(
			claim.matures_at <= frame_system::Pallet::<T>::block_number(),
			Error::<T>::ClaimNotMatured
		);
		Self::settle_claim(job_id, claim).map(|_| ())
	}

	/// The hook: settle matured claims within the per-block budget (see the module docs).
	/// Returns the weight used. Never fails.
	pub(crate) fn settle_matured(now: BlockNumberFor<T>) -> Weight {
		let settle_budget = T::MaxSettlementsPerBlock::get();
		let skip_budget = T::MaxReceiptsPerBlock::get();
		let (mut settled, mut skipped, mut visited) = (0u32, 0u32, 0u32);
		let mut block = SettlementCursor::<T>::get();
		// A fresh chain, or a cursor from the future: there is nothing before `now` to catch up.
		if block.is_zero() || block > now {
			block = now;
		}
		while visited < MAX_QUEUES_PER_BLOCK {
			visited = visited.saturating_add(1);
			let mut entries = MaturityQueue::<T>::take(block).into_iter();
			let mut left: Vec<JobId> = Vec::new();
			for job_id in entries.by_ref() {
				// A claim settled early, voided or retried elsewhere left a stale entry.
				let claim = Claims::<T>::get(job_id).filter(|claim| claim.matures_at == block);
				let budget_left = match claim {
					Some(_) => settled < settle_budget,
					None => skipped < skip_budget,
				};
				if !budget_left {
					left.push(job_id);
					break;
				}
				let Some(claim) = claim else {
					skipped = skipped.saturating_add(1);
					continue;
				};
				settled = settled.saturating_add(1);
				if let Err(error) = with_storage_layer(|| Self::settle_claim(job_id, claim)) {
					Self::deposit_event(Event::SettlementFailed { job_id, error });
				}
			}
			left.extend(entries);
			if !left.is_empty() {
				// Fewer entries than were taken: it fits.
				MaturityQueue::<T>::insert(block, BoundedVec::truncate_from(left));
				break;
			}
			let done = block >= now;
			block = block.saturating_add(One::one());
			if done {
				break;
			}
		}
		SettlementCursor::<T>::put(block);

		// The benchmark covers the cursor, one queue and `settled` settlements; every further
		// queue is a read and a write, every skipped entry a read.
		let db = T::DbWeight::get();
		let extra_queues = u64::from(visited.saturating_sub(1));
		T::WeightInfo::settle_matured(settled)
			.saturating_add(db.reads_writes(extra_queues, extra_queues))
			.saturating_add(db.reads(u64::from(skipped).saturating_add(1)))
	}

	/// Grow the operator's work score in `session` and since genesis.
	pub(crate) fn record_work(
		operator: &T::AccountId,
		session: SessionIndex,
		units: u64,
	) -> DispatchResult {
		let session_work = SessionWork::<T>::get(session, operator)
			.checked_add(units)
			.ok_or(Error::<T>::Overflow)?;
		let total_work = TotalWork::<T>::get(operator)
			.checked_add(units)
			.ok_or(Error::<T>::Overflow)?;
		SessionWork::<T>::insert(session, operator, session_work);
		TotalWork::<T>::insert(operator, total_work);
		Self::deposit_event(Event::WorkRecorded {
			operator: operator.clone(),
			session,
			compute_units: units,
			session_work,
			total_work,
		});
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::paid_units;

	#[test]
	fn paid_units_scale_with_the_part_of_the_price_paid() {
		assert_eq!(paid_units(50u64, 1_000u128, 1_000u128), 50);
		assert_eq!(paid_units(50u64, 800u128, 1_000u128), 40);
		assert_eq!(paid_units(3u64, 999u128, 1_000u128), 2);
		assert_eq!(paid_units(50u64, 0u128, 1_000u128), 0);
		assert_eq!(paid_units(0u64, 0u128, 0u128), 0);
	}
}
