//! `try_state`: what must hold after every block.

use crate::{pallet::*, types::*, ClaimMaturities, ReceiptPrunes};
use aitbc_primitives::traits::{JobRegistry, JobStatus};
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check every invariant of the pallet's storage.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_mint_accounting()?;
		Self::check_claims()?;
		Self::check_receipts()?;
		Self::check_work()?;
		Self::check_mint_caps_held()
	}

	/// Minted plus dropped AIT equals the accepted units times the rate in force, per share, and
	/// no more was minted than the settlements burned in fees.
	fn check_mint_accounting() -> Result<(), TryRuntimeError> {
		let ledger = Ledger::<T>::get();
		let current_epoch = Self::owed_for(ledger.epoch_units, &MintParams::<T>::get())
			.map_err(|_| TryRuntimeError::Other("current epoch's mint overflows"))?;
		let owed = ledger
			.closed_epochs
			.checked_add(&current_epoch)
			.ok_or(TryRuntimeError::Other("owed mint overflows"))?;
		let accounted = ledger
			.minted
			.checked_add(&ledger.dropped)
			.ok_or(TryRuntimeError::Other("minted and dropped overflow"))?;
		ensure!(
			accounted.coordinator == owed.coordinator,
			"coordinator mint and drop differ from accepted units times the rate in force"
		);
		ensure!(
			accounted.treasury == owed.treasury,
			"treasury mint and drop differ from accepted units times the rate in force"
		);
		ensure!(
			ledger.epoch_units <= ledger.total_units,
			"epoch has more units than all time"
		);
		let minted = ledger
			.minted
			.total()
			.ok_or(TryRuntimeError::Other("minted overflows"))?;
		ensure!(
			minted <= ledger.burned,
			"more AIT minted than the settlements burned in fees"
		);
		Ok(())
	}

	/// Every claim is on a job the registry reports `Claimed` (by the claim's operator), or is
	/// on its way to be voided; every claim either waits in the maturity queue at the block its
	/// window closes or has matured (so `settle_claims` can take it); the queue keeps its own
	/// invariants (nothing behind the cursor) and holds no job twice.
	fn check_claims() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		ClaimMaturities::<T>::check(now)?;

		let mut queued: BTreeMap<aitbc_primitives::JobId, _> = BTreeMap::new();
		for (block, job_id) in ClaimMaturities::<T>::all() {
			ensure!(
				queued.insert(job_id, block).is_none(),
				"a job is queued for settlement twice"
			);
		}

		for (job_id, claim) in Claims::<T>::iter() {
			ensure!(
				claim.matures_at > claim.claimed_at,
				"a claim matures before its window"
			);
			let in_queue = queued.get(&job_id) == Some(&claim.matures_at);
			ensure!(
				in_queue || claim.matures_at <= now,
				"a claim is neither queued for settlement nor matured"
			);
			let job = T::Jobs::job(job_id);
			if let Some(job) = job.filter(|job| job.status == JobStatus::Claimed) {
				ensure!(
					job.result
						.is_some_and(|result| result.operator == claim.operator),
					"a claim's operator did not submit the job's result"
				);
				ensure!(job.client == claim.client, "a claim names another client");
			}
			if let Some(receipt) = ClaimedReceipts::<T>::get(&claim.operator, claim.receipt_id) {
				ensure!(
					receipt.job_id == job_id,
					"a claim's receipt names another job"
				);
				ensure!(
					receipt.state
						== ReceiptState::Pending {
							matures_at: claim.matures_at
						},
					"a pending claim's receipt is not pending"
				);
			}
		}
		Ok(())
	}

	/// Every remembered receipt claimed one job, no job was claimed by two receipts, a pending
	/// receipt has its claim, and every remembered receipt is queued exactly once for pruning,
	/// at a block the hook has not passed.
	fn check_receipts() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		ReceiptPrunes::<T>::check(now)?;
		let prune_cursor = ReceiptPrunes::<T>::cursor();
		let mut claimed_jobs = BTreeSet::new();
		let mut receipts = 0usize;
		for (operator, receipt_id, receipt) in ClaimedReceipts::<T>::iter() {
			ensure!(
				claimed_jobs.insert(receipt.job_id),
				"a job was claimed by two receipts"
			);
			// Forgotten in the block its retention ends, unless the hook carried it over.
			ensure!(
				receipt.prunable_at > now
					|| prune_cursor.is_some_and(|cursor| receipt.prunable_at >= cursor),
				"a receipt outlived its retention period"
			);
			if matches!(receipt.state, ReceiptState::Pending { .. }) {
				let claim = Claims::<T>::get(receipt.job_id)
					.ok_or(TryRuntimeError::Other("a pending receipt has no claim"))?;
				ensure!(
					claim.operator == operator && claim.receipt_id == receipt_id,
					"a pending receipt's job is claimed by another receipt"
				);
			}
			receipts = receipts.saturating_add(1);
		}

		let mut queued = BTreeSet::new();
		for (prunable_at, (operator, receipt_id, job_id)) in ReceiptPrunes::<T>::all() {
			let receipt = ClaimedReceipts::<T>::get(&operator, receipt_id)
				.ok_or(TryRuntimeError::Other("a queued receipt is not claimed"))?;
			ensure!(
				receipt.job_id == job_id,
				"a queued receipt names another job"
			);
			ensure!(
				receipt.prunable_at == prunable_at,
				"a receipt is queued at the wrong block"
			);
			ensure!(
				queued.insert((operator, receipt_id)),
				"a receipt is queued twice"
			);
		}
		ensure!(
			queued.len() == receipts,
			"a claimed receipt is never pruned"
		);
		Ok(())
	}

	/// Work scores add up to the units settled on jobs paid in AIT (the units that minted), and
	/// no stale session is stored.
	fn check_work() -> Result<(), TryRuntimeError> {
		let mut total: u128 = 0;
		for work in TotalWork::<T>::iter_values() {
			total = total.saturating_add(u128::from(work));
		}
		let ledger = Ledger::<T>::get();
		ensure!(
			total == ledger.total_units,
			"work scores differ from settled units"
		);

		let oldest = OldestSession::<T>::get();
		let mut per_operator: BTreeMap<T::AccountId, u128> = BTreeMap::new();
		for (session, operator, work) in SessionWork::<T>::iter() {
			ensure!(
				session >= oldest,
				"work of a pruned session is still stored"
			);
			let sum = per_operator.entry(operator).or_default();
			*sum = sum.saturating_add(u128::from(work));
		}
		for (operator, session_sum) in per_operator {
			ensure!(
				session_sum <= u128::from(TotalWork::<T>::get(&operator)),
				"an operator's session work exceeds its total work"
			);
		}
		Ok(())
	}

	/// The recorded per-block and per-session mints are within their caps.
	fn check_mint_caps_held() -> Result<(), TryRuntimeError> {
		if let Some((_, amount)) = MintedInBlock::<T>::get() {
			ensure!(
				amount <= T::MaxMintPerBlock::get(),
				"a block minted more than its cap"
			);
		}
		if let Some((_, amount)) = MintedInSession::<T>::get() {
			ensure!(
				amount <= T::MaxMintPerSession::get(),
				"a session minted more than its cap"
			);
		}
		Ok(())
	}
}
