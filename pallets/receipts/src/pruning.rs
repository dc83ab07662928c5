//! Bounded cleanup in `on_initialize`: forget receipts past their retention period, and remove
//! per-session work scores older than `SessionsToKeep` sessions.
//!
//! Both are bounded per block: a block's prune queue holds at most `MaxReceiptsPerBlock`
//! receipts (the most one block can claim), and at most `SessionPruneLimit` work entries are
//! removed per block; an old session with more entries is finished in the following blocks.

use crate::{pallet::*, weights::WeightInfo};
use aitbc_primitives::SessionIndex;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// Both cleanups for block `now`, returning the weight they used.
	pub(crate) fn on_initialize_prune(now: BlockNumberFor<T>) -> Weight {
		let pruned = Self::prune_receipts(now);
		let removed = Self::prune_session_work(T::CurrentSession::get());
		T::WeightInfo::prune_receipts(pruned)
			.saturating_add(T::WeightInfo::prune_session_work(removed))
			// Reading the current session.
			.saturating_add(T::DbWeight::get().reads(1))
	}

	/// Forget the receipts whose retention ends at `now`. Returns how many were forgotten.
	pub(crate) fn prune_receipts(now: BlockNumberFor<T>) -> u32 {
		let expired = PruneQueue::<T>::take(now);
		let mut count: u32 = 0;
		for (operator, receipt_id, _job_id) in expired {
			ClaimedReceipts::<T>::remove(operator, receipt_id);
			count = count.saturating_add(1);
		}
		if count > 0 {
			Self::deposit_event(Event::ReceiptsPruned { count });
		}
		count
	}

	/// Remove up to `SessionPruneLimit` work entries of the oldest stored session, if it is no
	/// longer one of the last `SessionsToKeep` sessions before and including `current`.
	/// Returns how many entries were removed.
	pub(crate) fn prune_session_work(current: SessionIndex) -> u32 {
		let keep = T::SessionsToKeep::get().max(1);
		let first_kept = current.saturating_sub(keep.saturating_sub(1));
		let oldest = OldestSession::<T>::get();
		if oldest >= first_kept {
			return 0;
		}
		let result = SessionWork::<T>::clear_prefix(oldest, T::SessionPruneLimit::get(), None);
		if result.maybe_cursor.is_none() {
			OldestSession::<T>::put(oldest.saturating_add(1));
			Self::deposit_event(Event::SessionWorkPruned { session: oldest });
		}
		result.unique
	}
}
