//! Deadlines: the per-block expiry queue and the hook that refunds expired escrows.

use crate::{
	weights::WeightInfo, Config, Error, EscrowId, EscrowInfo, Escrows, Event, Expiries,
	NextExpiryBlock, Pallet,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn schedule_expiry(
		escrow_id: EscrowId,
		deadline: BlockNumberFor<T>,
	) -> DispatchResult {
		Expiries::<T>::try_mutate(deadline, |queue| {
			queue
				.try_push(escrow_id)
				.map_err(|_| Error::<T>::ExpiryQueueFull.into())
		})
	}

	pub(crate) fn unschedule_expiry(escrow_id: EscrowId, deadline: BlockNumberFor<T>) {
		Expiries::<T>::mutate_exists(deadline, |maybe_queue| {
			if let Some(queue) = maybe_queue {
				queue.retain(|queued| *queued != escrow_id);
				if queue.is_empty() {
					*maybe_queue = None;
				}
			}
		});
	}

	/// Refund due escrows, oldest deadline first: at most `MaxAutoRefundsPerBlock` escrows and
	/// as many block queues per call. What is left waits for the next block.
	pub(crate) fn process_expiries(now: BlockNumberFor<T>) -> Weight {
		let budget = T::MaxAutoRefundsPerBlock::get();
		let mut block = NextExpiryBlock::<T>::get().unwrap_or(now);
		let mut handled: u32 = 0;
		let mut queues_visited: u32 = 0;
		while block <= now && handled < budget && queues_visited < budget {
			queues_visited.saturating_inc();
			let queue = Expiries::<T>::take(block);
			let room = usize::try_from(budget.saturating_sub(handled)).unwrap_or(usize::MAX);
			let mut due = queue.into_inner().into_iter();
			for escrow_id in due.by_ref().take(room) {
				handled.saturating_inc();
				Self::expire_queued(escrow_id);
			}
			let left: Vec<EscrowId> = due.collect();
			if !left.is_empty() {
				// `left` is a tail of a queue that fitted the bound, so it fits too.
				Expiries::<T>::insert(block, BoundedVec::truncate_from(left));
				break;
			}
			block.saturating_inc();
		}
		NextExpiryBlock::<T>::put(block);
		T::WeightInfo::on_initialize_expiries(handled)
			.saturating_add(
				T::DbWeight::get().reads_writes(
					u64::from(queues_visited).saturating_add(1),
					u64::from(queues_visited).saturating_add(1),
				),
			)
			// A refunded escrow with a proof condition releases its key's pin.
			.saturating_add(
				<T::Proofs as aitbc_primitives::traits::ProofVerifier>::pin_weight()
					.saturating_mul(u64::from(handled)),
			)
	}

	fn expire_queued(escrow_id: EscrowId) {
		// Closed escrows leave the queue, so a missing one is not expected; nothing to do.
		let Some(info) = Escrows::<T>::get(escrow_id) else {
			return;
		};
		if info.frozen {
			// It leaves the queue; unfreezing after the deadline refunds it.
			Self::deposit_event(Event::ExpirySkipped { escrow_id });
			return;
		}
		Self::expire(escrow_id, info);
	}

	/// Refund an expired escrow without failing the caller: if the refund fails, nothing moved,
	/// the escrow stays open and anyone may refund it by hand.
	pub(crate) fn expire(escrow_id: EscrowId, info: EscrowInfo<T>) {
		match with_storage_layer(|| Self::do_refund(escrow_id, &info)) {
			Ok(amount) => Self::deposit_event(Event::Expired {
				escrow_id,
				to: info.depositor,
				amount,
			}),
			Err(error) => {
				log::warn!(
					target: "runtime::escrow",
					"auto-refund of escrow {escrow_id} failed: {error:?}"
				);
				Self::deposit_event(Event::AutoRefundFailed { escrow_id, error });
			}
		}
	}
}
