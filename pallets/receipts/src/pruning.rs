//! Bounded cleanup in `on_initialize`: forget receipts past their retention period, and remove
//! per-session work scores older than `SessionsToKeep` sessions.
//!
//! Both are bounded per block: a block's bucket in [`ReceiptPrunes`] holds at most
//! `MaxReceiptsPerBlock` receipts (the most one block can claim), and the hook forgets at most
//! that many a block (one bucket: exactly one fills per block), carrying any rest over; at most
//! `SessionPruneLimit` work entries are removed per block, and an old session with more entries
//! is finished in the following blocks.

use crate::{pallet::*, weights::WeightInfo, ReceiptPrunes};
use aitbc_primitives::{
	block_queue::{Budget, Visit, Walk},
	SessionIndex,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// Both cleanups for block `now`, returning the weight they used.
	pub(crate) fn on_initialize_prune(now: BlockNumberFor<T>) -> Weight {
		let pruned = Self::prune_receipts(now);
		let removed = Self::prune_session_work(T::CurrentSession::get());
		T::WeightInfo::prune_receipts(pruned.processed)
			.saturating_add(pruned.beyond_benchmark(T::DbWeight::get()))
			.saturating_add(T::WeightInfo::prune_session_work(removed))
			// Reading the current session.
			.saturating_add(T::DbWeight::get().reads(1))
	}

	/// Forget the receipts whose retention ended by `now`, at most `MaxReceiptsPerBlock`,
	/// oldest first. Returns what the walk did, for its weight.
	pub(crate) fn prune_receipts(now: BlockNumberFor<T>) -> Walk {
		let budget = Budget::items(T::MaxReceiptsPerBlock::get());
		let walk = ReceiptPrunes::<T>::walk(now, budget, |(operator, receipt_id, _job_id)| {
			ClaimedReceipts::<T>::remove(operator, receipt_id);
			Visit::Processed
		});
		if walk.processed > 0 {
			Self::deposit_event(Event::ReceiptsPruned {
				count: walk.processed,
			});
		}
		walk
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
