//! `try_state`: what must hold after every block.

use crate::pallet::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check every invariant of the pallet's storage.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_mint_accounting()?;
		Self::check_claims()?;
		Self::check_work()?;
		Self::check_mint_caps_held()
	}

	/// Minted AIT equals the accepted units times the rate in force, per share.
	fn check_mint_accounting() -> Result<(), TryRuntimeError> {
		let ledger = Ledger::<T>::get();
		let current_epoch = Self::owed_for(ledger.epoch_units, &MintParams::<T>::get())
			.map_err(|_| TryRuntimeError::Other("current epoch's mint overflows"))?;
		let owed = ledger
			.closed_epochs
			.checked_add(&current_epoch)
			.ok_or(TryRuntimeError::Other("owed mint overflows"))?;
		ensure!(
			ledger.minted.coordinator == owed.coordinator,
			"coordinator mint differs from accepted units times the rate in force"
		);
		ensure!(
			ledger.minted.treasury == owed.treasury,
			"treasury mint differs from accepted units times the rate in force"
		);
		ensure!(
			ledger.epoch_units <= ledger.total_units,
			"epoch has more units than all time"
		);
		Ok(())
	}

	/// Every remembered receipt settled exactly one job, no job was settled by two receipts,
	/// and every remembered receipt is queued exactly once for pruning, in the future.
	fn check_claims() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut claimed_jobs = BTreeSet::new();
		let mut claims = 0usize;
		for (receipt_id, claim) in ClaimedReceipts::<T>::iter() {
			ensure!(
				claimed_jobs.insert(claim.job_id),
				"a job was settled by two receipts"
			);
			let settlement = SettledJobs::<T>::get(claim.job_id).ok_or(TryRuntimeError::Other(
				"a claimed receipt's job is not settled",
			))?;
			ensure!(
				settlement.receipt_id == receipt_id,
				"a job's settlement names another receipt"
			);
			ensure!(
				claim.prunable_at > now,
				"a receipt outlived its retention period"
			);
			claims = claims.saturating_add(1);
		}
		ensure!(
			SettledJobs::<T>::iter_keys().count() == claims,
			"a settled job has no claimed receipt"
		);

		let mut queued = BTreeMap::new();
		for (prunable_at, entries) in PruneQueue::<T>::iter() {
			ensure!(prunable_at > now, "a prune queue entry is overdue");
			for (receipt_id, job_id) in entries {
				let claim = ClaimedReceipts::<T>::get(receipt_id)
					.ok_or(TryRuntimeError::Other("a queued receipt is not claimed"))?;
				ensure!(claim.job_id == job_id, "a queued receipt names another job");
				ensure!(
					claim.prunable_at == prunable_at,
					"a receipt is queued at the wrong block"
				);
				ensure!(
					queued.insert(receipt_id, ()).is_none(),
					"a receipt is queued twice"
				);
			}
		}
		ensure!(queued.len() == claims, "a claimed receipt is never pruned");
		Ok(())
	}

	/// Work scores add up to the accepted units, and no stale session is stored.
	fn check_work() -> Result<(), TryRuntimeError> {
		let mut total: u128 = 0;
		for work in TotalWork::<T>::iter_values() {
			total = total.saturating_add(u128::from(work));
		}
		ensure!(
			total == Ledger::<T>::get().total_units,
			"work scores differ from accepted units"
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
