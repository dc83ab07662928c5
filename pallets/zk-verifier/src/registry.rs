//! Keys: registration with a deposit, unregistration, and the pins of the pallets that depend
//! on a key.

use crate::{pallet::*, types::*, verifier, Groth16Backend};
use aitbc_primitives::{traits::KeyConsumer, VerifyingKeyId};
use codec::Encode;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision},
	},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The id of a key: the blake2-256 of its prepared form (`e(alpha, beta) ‖ -gamma ‖ -delta
	/// ‖ IC`, what verification reads), then its nullifier input and its consumer (SCALE).
	///
	/// Over the prepared form rather than the submitted bytes, so that keys which verify
	/// exactly the same proofs share one id: other encodings of the points are refused anyway,
	/// and rescaled pairs `(s·alpha, beta/s)` (or `(-alpha, -beta)`) give the same `e(alpha,
	/// beta)`. The same key used otherwise (another nullifier input or consumer) is another
	/// key, with its own nullifiers.
	pub fn key_id(
		prepared_key: &[u8],
		nullifier_input: Option<u32>,
		consumer: KeyConsumer,
	) -> VerifyingKeyId {
		let mut preimage = prepared_key.to_vec();
		nullifier_input.encode_to(&mut preimage);
		consumer.encode_to(&mut preimage);
		sp_io::hashing::blake2_256(&preimage)
	}

	/// The id `key` (arkworks bytes) registers under with `nullifier_input` for `consumer`, if
	/// it is a key this chain accepts. Prepares the key: a pairing, for clients and tests.
	pub fn id_of_key(
		key: &[u8],
		nullifier_input: Option<u32>,
		consumer: KeyConsumer,
	) -> Option<VerifyingKeyId> {
		let prepared = T::Backend::prepare_key(key, T::MaxPublicInputs::get()).ok()?;
		Some(Self::key_id(&prepared, nullifier_input, consumer))
	}

	/// The deposit of a key whose prepared form has `prepared_len` bytes: its bytes and the
	/// most nullifiers it may record.
	pub fn key_deposit(prepared_len: usize) -> BalanceOf<T> {
		let bytes = BalanceOf::<T>::from(saturated_u32(prepared_len));
		let nullifiers = BalanceOf::<T>::from(T::MaxNullifiersPerKey::get());
		T::KeyDepositBase::get()
			.saturating_add(T::KeyDepositPerByte::get().saturating_mul(bytes))
			.saturating_add(T::NullifierDeposit::get().saturating_mul(nullifiers))
	}

	/// Validates and registers a key; returns its id.
	pub(crate) fn do_register_key(
		key: &[u8],
		nullifier_input: Option<u32>,
		consumer: KeyConsumer,
		owner: Option<T::AccountId>,
	) -> Result<VerifyingKeyId, DispatchError> {
		// The backend refuses every encoding but the canonical one, and the id covers what
		// verification reads: one id per key and use.
		let prepared =
			T::Backend::prepare_key(key, T::MaxPublicInputs::get()).map_err(Error::<T>::from)?;
		let key_id = Self::key_id(&prepared, nullifier_input, consumer);
		ensure!(
			!Keys::<T>::contains_key(key_id),
			Error::<T>::KeyAlreadyRegistered
		);
		let public_inputs =
			verifier::inputs_of_key_len(key.len()).ok_or(Error::<T>::MalformedKey)?;
		if let Some(index) = nullifier_input {
			ensure!(index < public_inputs, Error::<T>::NullifierInputOutOfRange);
		}
		let prepared: PreparedKeyBytes<T> = prepared
			.try_into()
			.map_err(|_| Error::<T>::TooManyPublicInputs)?;

		let deposit = match &owner {
			Some(who) => {
				let deposit = Self::key_deposit(prepared.len());
				T::Currency::hold(&HoldReason::KeyDeposit.into(), who, deposit)
					.map_err(|_| Error::<T>::InsufficientDeposit)?;
				deposit
			}
			None => Zero::zero(),
		};
		Keys::<T>::insert(
			key_id,
			RegisteredKey {
				prepared,
				public_inputs,
				nullifier_input,
				consumer,
				owner: owner.clone(),
				deposit,
				nullifiers_at_registration: NullifierCount::<T>::get(key_id),
			},
		);
		Self::deposit_event(Event::KeyRegistered {
			key_id,
			owner,
			deposit,
			public_inputs,
			nullifier_input,
			consumer,
		});
		Ok(key_id)
	}

	pub(crate) fn do_unregister_key(
		key_id: VerifyingKeyId,
		caller: Unregisterer<T::AccountId>,
	) -> DispatchResult {
		let key = Keys::<T>::get(key_id).ok_or(Error::<T>::UnknownKey)?;
		if let Unregisterer::Account(who) = &caller {
			ensure!(key.owner.as_ref() == Some(who), Error::<T>::NotKeyOwner);
			// A depositor would otherwise unregister the key of its own escrow's condition,
			// and the beneficiary could never release what it earned.
			ensure!(KeyPins::<T>::get(key_id) == 0, Error::<T>::KeyInUse);
		}
		let (released, burned) = match &key.owner {
			Some(owner) => {
				let reason = HoldReason::KeyDeposit.into();
				let recorded =
					NullifierCount::<T>::get(key_id).saturating_sub(key.nullifiers_at_registration);
				let to_burn = T::NullifierDeposit::get()
					.saturating_mul(BalanceOf::<T>::from(recorded))
					.min(key.deposit);
				let burned = if to_burn.is_zero() {
					Zero::zero()
				} else {
					T::Currency::burn_held(
						&reason,
						owner,
						to_burn,
						Precision::BestEffort,
						Fortitude::Force,
					)?
				};
				let released = T::Currency::release(
					&reason,
					owner,
					key.deposit.saturating_sub(burned),
					Precision::BestEffort,
				)?;
				(released, burned)
			}
			None => (Zero::zero(), Zero::zero()),
		};
		Keys::<T>::remove(key_id);
		Self::deposit_event(Event::KeyUnregistered {
			key_id,
			owner: key.owner,
			released,
			burned,
		});
		Ok(())
	}

	/// See [`aitbc_primitives::traits::ProofVerifier::pin_key`].
	pub(crate) fn do_pin_key(
		consumer: KeyConsumer,
		key_id: &VerifyingKeyId,
		public_inputs: Option<u32>,
	) -> DispatchResult {
		let key = Keys::<T>::get(key_id).ok_or(Error::<T>::UnknownKey)?;
		ensure!(
			key.consumer == consumer,
			Error::<T>::KeyServesAnotherConsumer
		);
		if let Some(inputs) = public_inputs {
			ensure!(key.public_inputs == inputs, Error::<T>::WrongInputCount);
		}
		let pins = KeyPins::<T>::get(key_id).saturating_add(1);
		KeyPins::<T>::insert(key_id, pins);
		Self::deposit_event(Event::KeyPinned {
			key_id: *key_id,
			consumer,
			pins,
		});
		Ok(())
	}

	/// See [`aitbc_primitives::traits::ProofVerifier::unpin_key`].
	pub(crate) fn do_unpin_key(key_id: &VerifyingKeyId) {
		let pins = KeyPins::<T>::get(key_id).saturating_sub(1);
		if pins == 0 {
			KeyPins::<T>::remove(key_id);
		} else {
			KeyPins::<T>::insert(key_id, pins);
		}
		Self::deposit_event(Event::KeyUnpinned {
			key_id: *key_id,
			pins,
		});
	}
}
