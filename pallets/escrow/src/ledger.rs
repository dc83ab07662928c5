//! [`EscrowLedger`]: job escrows for the other pallets. Every method runs in its own storage
//! layer, so an `Err` leaves nothing changed even when called outside a dispatch.

use crate::{Config, Error, EscrowId, EscrowInfo, EscrowKind, Escrows, Event, JobEscrows, Pallet};
use aitbc_primitives::{
	traits::{EscrowLedger, JobEscrow},
	JobId, PaymentAsset,
};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	fn job_escrow(job_id: JobId) -> Result<(EscrowId, EscrowInfo<T>), DispatchError> {
		let escrow_id = JobEscrows::<T>::get(job_id).ok_or(Error::<T>::NoJobEscrow)?;
		Ok((escrow_id, Self::escrow(escrow_id)?))
	}
}

impl<T: Config> EscrowLedger<T::AccountId, T::Balance, T::AssetId> for Pallet<T> {
	fn lock(
		job_id: JobId,
		payer: &T::AccountId,
		asset: PaymentAsset<T::AssetId>,
		amount: T::Balance,
	) -> DispatchResult {
		with_storage_layer(|| {
			ensure!(
				!JobEscrows::<T>::contains_key(job_id),
				Error::<T>::JobEscrowExists
			);
			let escrow_id = Self::open(payer.clone(), asset, amount, EscrowKind::Job(job_id))?;
			JobEscrows::<T>::insert(job_id, escrow_id);
			Self::deposit_event(Event::JobLocked {
				job_id,
				escrow_id,
				payer: payer.clone(),
				asset,
				amount,
			});
			Ok(())
		})
	}

	fn escrow_of(job_id: JobId) -> Option<JobEscrow<T::AccountId, T::Balance, T::AssetId>> {
		let info = Escrows::<T>::get(JobEscrows::<T>::get(job_id)?)?;
		Some(JobEscrow {
			payer: info.depositor,
			asset: info.asset,
			held: info.held,
			frozen: info.frozen,
		})
	}

	fn release(
		job_id: JobId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		with_storage_layer(|| {
			let (escrow_id, info) = Self::job_escrow(job_id)?;
			Self::do_release(escrow_id, info, to, amount)
		})
	}

	fn settle(
		job_id: JobId,
		payee: &T::AccountId,
		amount: T::Balance,
	) -> Result<(T::Balance, T::Balance), DispatchError> {
		with_storage_layer(|| {
			let (escrow_id, info) = Self::job_escrow(job_id)?;
			Self::do_settle(escrow_id, info, payee, amount)
		})
	}

	fn refund(job_id: JobId) -> Result<T::Balance, DispatchError> {
		with_storage_layer(|| {
			let (escrow_id, info) = Self::job_escrow(job_id)?;
			let amount = Self::do_refund(escrow_id, &info)?;
			Self::deposit_event(Event::Refunded {
				escrow_id,
				to: info.depositor,
				amount,
			});
			Ok(amount)
		})
	}

	fn refund_part(job_id: JobId, amount: T::Balance) -> Result<T::Balance, DispatchError> {
		with_storage_layer(|| {
			let (escrow_id, info) = Self::job_escrow(job_id)?;
			Self::do_refund_part(escrow_id, info, amount)
		})
	}

	fn freeze(job_id: JobId) -> DispatchResult {
		with_storage_layer(|| Self::do_freeze(Self::job_escrow(job_id)?.0))
	}

	fn unfreeze(job_id: JobId) -> DispatchResult {
		with_storage_layer(|| Self::do_unfreeze(Self::job_escrow(job_id)?.0))
	}

	fn split(
		job_id: JobId,
		payee: &T::AccountId,
		payee_share: Perbill,
	) -> Result<(T::Balance, T::Balance), DispatchError> {
		with_storage_layer(|| {
			let (escrow_id, info) = Self::job_escrow(job_id)?;
			Self::do_split(escrow_id, info, payee, payee_share)
		})
	}
}
