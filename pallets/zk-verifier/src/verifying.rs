//! Proofs: verification for a consumer, and nullifiers in the consumer's scope.

use crate::{pallet::*, types::*, weights::WeightInfo, Groth16Backend};
use aitbc_primitives::{
	traits::{KeyConsumer, NullifierScope, ProofVerifier},
	VerifyingKeyId,
};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Verifies a proof under a key that serves `consumer`, and records its nullifier in
	/// `scope`. Replays and full keys are refused before the (expensive) pairing check.
	pub(crate) fn do_verify(
		consumer: KeyConsumer,
		key_id: &VerifyingKeyId,
		scope: NullifierScope,
		proof: &[u8],
		public_inputs: &[[u8; 32]],
	) -> Result<Option<Nullifier>, DispatchError> {
		let key = Keys::<T>::get(key_id).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key.consumer == consumer,
			Error::<T>::KeyServesAnotherConsumer
		);
		ensure!(
			public_inputs.len() == usize::try_from(key.public_inputs).unwrap_or(usize::MAX),
			Error::<T>::WrongInputCount
		);
		let recorded = match (scope, key.nullifier_input) {
			(NullifierScope::Domain(domain), Some(index)) => {
				let nullifier = usize::try_from(index)
					.ok()
					.and_then(|index| public_inputs.get(index))
					.copied()
					.ok_or(Error::<T>::WrongInputCount)?;
				ensure!(
					!Nullifiers::<T>::contains_key((key_id, domain, nullifier)),
					Error::<T>::NullifierAlreadyUsed
				);
				ensure!(
					NullifierCount::<T>::get(key_id) < T::MaxNullifiersPerKey::get(),
					Error::<T>::NullifierCapacityReached
				);
				Some((domain, nullifier))
			}
			_ => None,
		};

		T::Backend::verify(&key.prepared, proof, public_inputs).map_err(Error::<T>::from)?;

		if let Some((domain, nullifier)) = recorded {
			Nullifiers::<T>::insert(
				(key_id, domain, nullifier),
				frame_system::Pallet::<T>::block_number(),
			);
			NullifierCount::<T>::mutate(key_id, |count| *count = count.saturating_add(1));
		}
		let nullifier = recorded.map(|(_, nullifier)| nullifier);
		Self::deposit_event(Event::ProofVerified {
			key_id: *key_id,
			consumer,
			nullifier,
		});
		Ok(nullifier)
	}
}

impl<T: Config> ProofVerifier for Pallet<T> {
	fn verify(
		consumer: KeyConsumer,
		key: &VerifyingKeyId,
		scope: NullifierScope,
		proof: &[u8],
		public_inputs: &[[u8; 32]],
	) -> DispatchResult {
		Self::do_verify(consumer, key, scope, proof, public_inputs).map(|_| ())
	}

	fn pin_key(
		consumer: KeyConsumer,
		key: &VerifyingKeyId,
		public_inputs: Option<u32>,
	) -> DispatchResult {
		Self::do_pin_key(consumer, key, public_inputs)
	}

	fn unpin_key(key: &VerifyingKeyId) {
		Self::do_unpin_key(key)
	}

	fn verify_weight(public_inputs: u32) -> Weight {
		T::WeightInfo::verify_proof(public_inputs)
	}

	fn pin_weight() -> Weight {
		T::DbWeight::get().reads_writes(2, 1)
	}
}
