//! Deadlines: the per-block expiry queue ([`ExpiryQueue`]) and the hook that refunds expired
//! escrows.

use crate::{
	weights::WeightInfo, Config, Error, EscrowId, EscrowInfo, Escrows, Event, ExpiryQueue, Pallet,
};
use aitbc_primitives::block_queue::{Budget, Visit};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// Queue the escrow's expiry in the bucket of its deadline (always in the future), refused
	/// if the bucket is full.
	pub(crate) fn schedule_expiry(
		escrow_id: EscrowId,
		deadline: BlockNumberFor<T>,
	) -> DispatchResult {
		ExpiryQueue::<T>::schedule(deadline, escrow_id, 0)
			.map(|_| ())
			.map_err(|_| Error::<T>::ExpiryQueueFull.into())
	}

	pub(crate) fn unschedule_expiry(escrow_id: EscrowId, deadline: BlockNumberFor<T>) {
		ExpiryQueue::<T>::remove(deadline, &escrow_id);
	}

	/// Refund due escrows, oldest deadline first: at most `MaxExpiriesProcessedPerBlock`
	/// escrows. What is left waits for the next block. Returns the weight used: the benchmark
	/// for the escrows handled, what the queue's weight model adds beyond it, and a key's pin
	/// released per refund.
	pub(crate) fn process_expiries(now: BlockNumberFor<T>) -> Weight {
		let budget = Budget::items(T::MaxExpiriesProcessedPerBlock::get());
		let walk = ExpiryQueue::<T>::walk(now, budget, Self::expire_queued);
		T::WeightInfo::on_initialize_expiries(walk.processed)
			.saturating_add(walk.beyond_benchmark(T::DbWeight::get()))
			// A refunded escrow with a proof condition releases its key's pin.
			.saturating_add(
				<T::Proofs as aitbc_primitives::traits::ProofVerifier>::pin_weight()
					.saturating_mul(u64::from(walk.processed)),
			)
	}

	fn expire_queued(escrow_id: EscrowId) -> Visit {
		// Closed escrows leave the queue, so a missing one is not expected; nothing to do.
		let Some(info) = Escrows::<T>::get(escrow_id) else {
			return Visit::Stale;
		};
		if info.frozen {
			// It leaves the queue; unfreezing after the deadline refunds it.
			Self::deposit_event(Event::ExpirySkipped { escrow_id });
			return Visit::Processed;
		}
		Self::expire(escrow_id, info);
		Visit::Processed
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
