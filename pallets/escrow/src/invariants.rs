//! `try_state`: what must always hold between blocks.

use crate::{
	Approvals, Config, EscrowAssets, EscrowKind, Escrows, ExpiryQueue, JobEscrows, NextEscrowId,
	Pallet, PlatformFee, ReleaseCondition,
};
use aitbc_primitives::PaymentAsset;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, fungibles, Get},
};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

/// Add `amount` to the running total kept for `key`.
fn add_to<K: PartialEq, B: Saturating + Copy>(totals: &mut Vec<(K, B)>, key: K, amount: B) {
	match totals.iter_mut().find(|(k, _)| *k == key) {
		Some((_, total)) => *total = total.saturating_add(amount),
		None => totals.push((key, amount)),
	}
}

impl<T: Config> Pallet<T> {
	/// Per depositor, the AIT on hold under the escrow reason equals the sum of their open AIT
	/// escrows (no one else can hold under this reason); per asset, the asset's own pot holds
	/// at least the sum of open escrows in it and keeps its provider reference; open escrows
	/// hold something; the job index, approvals and expiry queue agree with the escrows (and
	/// the queue keeps its own invariants: nothing behind its cursor); the allow-list is within
	/// its bound and its counter is right.
	///
	/// A pot holding more than its escrows is not an error: anyone may send assets to it, and
	/// such a gift must not make `try_state` fail. The tests, which send none, check equality.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		ensure!(
			PlatformFee::<T>::get() <= T::MaxPlatformFee::get(),
			"the platform fee is above its maximum"
		);
		let next_id = NextEscrowId::<T>::get();
		ExpiryQueue::<T>::check(frame_system::Pallet::<T>::block_number())?;
		let cursor = ExpiryQueue::<T>::cursor();
		let mut native_by_depositor: Vec<(T::AccountId, T::Balance)> = Vec::new();

		for (escrow_id, info) in Escrows::<T>::iter() {
			ensure!(!info.held.is_zero(), "an open escrow holds nothing");
			ensure!(escrow_id < next_id, "an escrow id is beyond the counter");
			if info.asset == PaymentAsset::Native {
				add_to(&mut native_by_depositor, info.depositor.clone(), info.held);
			}
			match &info.kind {
				EscrowKind::Job(job_id) => ensure!(
					JobEscrows::<T>::get(job_id) == Some(escrow_id),
					"a job escrow is missing from the job index"
				),
				EscrowKind::General(terms) => {
					if let Some(deadline) = terms.deadline {
						// Blocks after the cursor are untouched by the hook.
						if cursor.is_none_or(|cursor| deadline > cursor) {
							ensure!(
								ExpiryQueue::<T>::contains(deadline, &escrow_id),
								"an escrow with a future deadline is not queued"
							);
						}
					}
					let approvals = Approvals::<T>::get(escrow_id);
					if !approvals.is_empty() {
						let ReleaseCondition::MultiSig { signatories, .. } = &terms.condition
						else {
							return Err("approvals on an escrow without multi-signature".into());
						};
						ensure!(
							approvals.iter().all(|a| signatories.contains(a)),
							"an approval from a non-signatory"
						);
					}
				}
			}
		}

		for (depositor, total) in native_by_depositor {
			ensure!(
				T::Currency::balance_on_hold(&Self::hold_reason(), &depositor) == total,
				"AIT on hold differs from the depositor's open escrows"
			);
		}
		for (asset_id, total) in Self::asset_totals() {
			let pot = Self::pot_of(asset_id);
			ensure!(
				<T::Assets as fungibles::Inspect<_>>::balance(asset_id, &pot) >= total,
				"an asset's pot holds less than its open escrows"
			);
			ensure!(
				frame_system::Pallet::<T>::providers(&pot) > 0,
				"an asset's pot lost its provider reference"
			);
		}
		let listed = EscrowAssets::<T>::iter_keys().count();
		ensure!(
			u32::try_from(listed).ok() == Some(EscrowAssets::<T>::count()),
			"the escrow asset counter is wrong"
		);
		ensure!(
			EscrowAssets::<T>::count() <= T::MaxEscrowAssets::get(),
			"more escrow assets are listed than allowed"
		);
		for (job_id, escrow_id) in JobEscrows::<T>::iter() {
			ensure!(
				Escrows::<T>::get(escrow_id)
					.is_some_and(|info| info.kind == EscrowKind::Job(job_id)),
				"the job index points to a missing or foreign escrow"
			);
		}
		for escrow_id in Approvals::<T>::iter_keys() {
			ensure!(
				Escrows::<T>::contains_key(escrow_id),
				"approvals of a closed escrow"
			);
		}
		for (block, escrow_id) in ExpiryQueue::<T>::all() {
			ensure!(
				Escrows::<T>::get(escrow_id).and_then(|info| info.deadline()) == Some(block),
				"the expiry queue names a closed escrow or the wrong block"
			);
		}
		Ok(())
	}

	/// The sum of open escrows per asset (not AIT).
	pub(crate) fn asset_totals() -> Vec<(T::AssetId, T::Balance)> {
		let mut totals = Vec::new();
		for info in Escrows::<T>::iter_values() {
			if let PaymentAsset::Asset(asset_id) = info.asset {
				add_to(&mut totals, asset_id, info.held);
			}
		}
		totals
	}
}
