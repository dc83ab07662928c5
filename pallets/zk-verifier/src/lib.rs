//! # ZkVerifier: Groth16 (BN254) verifying keys, proofs and nullifiers
//!
//! Operators may settle a receipt privately: instead of revealing what they computed (or even
//! the amounts), they prove it with a Groth16 proof made by circom and snarkjs (`zk/` in the
//! repository holds the circuits and `zk/build.sh`). This pallet keeps the verifying keys,
//! verifies proofs, and records nullifiers so a statement settles once. Other pallets use it
//! through [`aitbc_primitives::traits::ProofVerifier`].
//!
//! ## How the pieces fit
//!
//! - [`verifier`]: Groth16 in plain Rust (arkworks 0.6): key validation and preparation, proof
//!   verification, the byte encodings. No FRAME.
//! - [`host`]: the same functions as a `#[runtime_interface]` host function
//!   ([`host::aitbc_zk`]), and the two [`host::Groth16Backend`]s the pallet chooses from with
//!   `Config::Backend`: [`host::HostBackend`] (native speed; the node must register
//!   `host::aitbc_zk::HostFunctions`) and [`host::PureBackend`] (inside wasm). Both run the same
//!   code, so they give the same answers.
//! - [`snarkjs`] (std only): converts snarkjs's `verification_key.json`, `proof.json` and
//!   `public.json` into the bytes this pallet takes.
//! - this file: keys (with a deposit), proofs, nullifiers, events and errors.
//!
//! ## Keys
//!
//! A key is identified by the blake2-256 hash of its bytes. It is fully validated when it is
//! registered (every point on its curve and in its subgroup, at most `MaxPublicInputs` inputs,
//! gamma ≠ delta, delta ≠ the G2 generator), and stored prepared (`e(alpha, beta)` computed
//! once). Anyone may register a key with a deposit; governance may register keys for everyone
//! without one. The owner or governance may unregister it.
//!
//! ## Nullifiers, and why their storage stays bounded
//!
//! A key may name one public input as its nullifier. A proof is accepted once per value of that
//! input, whatever its proof bytes (Groth16 proofs are malleable: anyone can re-randomise a
//! valid proof, so uniqueness never keys on proof bytes). Nullifiers are kept for good, also
//! after the key is unregistered, so that registering the same key again cannot replay them.
//! Their storage is bounded per key by `MaxNullifiersPerKey` (a key that reaches it accepts no
//! more proofs; a new phase-2 setup gives a new key), and paid for: the deposit of a key covers
//! its bytes and `MaxNullifiersPerKey` nullifiers, and when the key is unregistered the part that
//! pays for the nullifiers it recorded is burned (the storage stays), the rest returned.
//! Governance keys record nullifiers under the same cap without a deposit.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod host;
#[cfg(feature = "std")]
pub mod snarkjs;
mod types;
pub mod verifier;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(any(feature = "runtime-benchmarks", test))]
pub mod testing;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use host::{Groth16Backend, HostBackend, PureBackend};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::verifier::Groth16Error;
	use aitbc_primitives::{traits::ProofVerifier, VerifyingKeyId};
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			tokens::{Fortitude, Precision},
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{Saturating, Zero};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a registered verifying key.
		KeyDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// AIT, from which key deposits are held.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// May register keys for everyone (without a deposit) and unregister any key.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Where Groth16 runs: [`HostBackend`] (the node's host function) or [`PureBackend`].
		/// The estimates in `weights.rs` assume `HostBackend` until the benchmarks (which
		/// measure the configured backend) regenerate them.
		type Backend: Groth16Backend;

		/// The most public inputs a key may have.
		#[pallet::constant]
		type MaxPublicInputs: Get<u32>;

		/// The most proofs one `verify_batch` call takes.
		#[pallet::constant]
		type MaxBatchSize: Get<u32>;

		/// The most nullifiers one key records, ever.
		#[pallet::constant]
		type MaxNullifiersPerKey: Get<u32>;

		/// The fixed part of a key deposit.
		#[pallet::constant]
		type KeyDepositBase: Get<BalanceOf<Self>>;

		/// The deposit per byte of a stored (prepared) key.
		#[pallet::constant]
		type KeyDepositPerByte: Get<BalanceOf<Self>>;

		/// The deposit per nullifier a key may record (`MaxNullifiersPerKey` of them are held);
		/// burned for each nullifier recorded when the key is unregistered.
		#[pallet::constant]
		type NullifierDeposit: Get<BalanceOf<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Registered verifying keys, by the blake2-256 hash of their bytes.
	#[pallet::storage]
	pub type Keys<T: Config> =
		StorageMap<_, Blake2_128Concat, VerifyingKeyId, RegisteredKey<T>, OptionQuery>;

	/// Nullifiers recorded per key, with the block that recorded them. Kept for good.
	#[pallet::storage]
	pub type Nullifiers<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		VerifyingKeyId,
		Blake2_128Concat,
		Nullifier,
		BlockNumberFor<T>,
		OptionQuery,
	>;

	/// How many nullifiers each key id recorded, ever (at most `MaxNullifiersPerKey`). Outlives
	/// the key, like the nullifiers.
	#[pallet::storage]
	pub type NullifierCount<T: Config> =
		StorageMap<_, Blake2_128Concat, VerifyingKeyId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A verifying key was registered.
		KeyRegistered {
			key_id: VerifyingKeyId,
			/// `None` for a key governance registered for everyone.
			owner: Option<T::AccountId>,
			deposit: BalanceOf<T>,
			public_inputs: u32,
			nullifier_input: Option<u32>,
		},
		/// A verifying key was unregistered; its nullifiers stay.
		KeyUnregistered {
			key_id: VerifyingKeyId,
			owner: Option<T::AccountId>,
			/// Deposit returned to the owner.
			released: BalanceOf<T>,
			/// Deposit burned for the nullifiers this registration recorded.
			burned: BalanceOf<T>,
		},
		/// A proof was verified (and its nullifier, if the key names one, recorded).
		ProofVerified {
			key_id: VerifyingKeyId,
			nullifier: Option<Nullifier>,
		},
		/// Every proof of a batch was verified.
		BatchVerified { key_id: VerifyingKeyId, proofs: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No key is registered under this id.
		UnknownKey,
		/// This key is already registered.
		KeyAlreadyRegistered,
		/// Only the key's owner or governance may unregister it.
		NotKeyOwner,
		/// The owner cannot pay the key deposit.
		InsufficientDeposit,
		/// The nullifier input index is not one of the key's public inputs.
		NullifierInputOutOfRange,
		/// This nullifier was already used with this key: the statement was settled before.
		NullifierAlreadyUsed,
		/// The key recorded `MaxNullifiersPerKey` nullifiers and accepts no more proofs.
		NullifierCapacityReached,
		/// A batch needs at least one proof.
		EmptyBatch,
		/// The key's bytes do not decode (length, coordinates, flags, IC count).
		MalformedKey,
		/// A point of the key is not on its curve.
		KeyPointNotOnCurve,
		/// A G2 point of the key is outside the prime-order subgroup.
		KeyPointNotInSubgroup,
		/// alpha, beta, gamma or delta is the point at infinity.
		KeyPointAtInfinity,
		/// The key's gamma equals its delta, which lets anyone forge proofs.
		GammaEqualsDelta,
		/// The key's delta is the G2 generator: no circuit-specific (phase-2) setup.
		DeltaIsGenerator,
		/// More public inputs than `MaxPublicInputs`.
		TooManyPublicInputs,
		/// The proof is not 256 bytes of valid coordinates and flags.
		MalformedProof,
		/// A or C of the proof is not on the curve.
		ProofG1NotOnCurve,
		/// B of the proof is not on the twist curve (often: `c0`/`c1` swapped).
		ProofG2NotOnCurve,
		/// B of the proof is outside the prime-order subgroup.
		ProofG2NotInSubgroup,
		/// A public input is not below the scalar field modulus.
		InputNotCanonical,
		/// Not as many public inputs as the key expects.
		WrongInputCount,
		/// The proof does not verify for these public inputs under this key.
		ProofRejected,
	}

	impl<T> From<Groth16Error> for Error<T> {
		fn from(error: Groth16Error) -> Self {
			match error {
				Groth16Error::MalformedKey => Error::MalformedKey,
				Groth16Error::KeyPointNotOnCurve => Error::KeyPointNotOnCurve,
				Groth16Error::KeyPointNotInSubgroup => Error::KeyPointNotInSubgroup,
				Groth16Error::KeyPointAtInfinity => Error::KeyPointAtInfinity,
				Groth16Error::GammaEqualsDelta => Error::GammaEqualsDelta,
				Groth16Error::DeltaIsGenerator => Error::DeltaIsGenerator,
				Groth16Error::TooManyPublicInputs => Error::TooManyPublicInputs,
				Groth16Error::MalformedProof => Error::MalformedProof,
				Groth16Error::ProofG1NotOnCurve => Error::ProofG1NotOnCurve,
				Groth16Error::ProofG2NotOnCurve => Error::ProofG2NotOnCurve,
				Groth16Error::ProofG2NotInSubgroup => Error::ProofG2NotInSubgroup,
				// Inputs reach the verifier as whole 32-byte elements; a count the key does not
				// expect is what a short or long input list means.
				Groth16Error::MalformedInputs => Error::WrongInputCount,
				Groth16Error::InputNotCanonical => Error::InputNotCanonical,
				Groth16Error::WrongInputCount => Error::WrongInputCount,
				Groth16Error::ProofRejected => Error::ProofRejected,
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a verifying key (arkworks uncompressed bytes), holding a deposit from the
		/// caller. `nullifier_input` names the public input that is a proof's nullifier.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_key(key_inputs(&key)))]
		pub fn register_key(
			origin: OriginFor<T>,
			key: KeyBytes<T>,
			nullifier_input: Option<u32>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_key(&key, nullifier_input, Some(who))
		}

		/// Register a verifying key for everyone, without a deposit. Governance only.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_key_for_everyone(key_inputs(&key)))]
		pub fn register_key_for_everyone(
			origin: OriginFor<T>,
			key: KeyBytes<T>,
			nullifier_input: Option<u32>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_register_key(&key, nullifier_input, None)
		}

		/// Unregister a key. Its owner or governance only. The deposit goes back to the owner,
		/// less the part that pays for the nullifiers the key recorded (burned; they stay).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unregister_key())]
		pub fn unregister_key(origin: OriginFor<T>, key_id: VerifyingKeyId) -> DispatchResult {
			let caller = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => Unregisterer::Governance,
				Err(origin) => Unregisterer::Account(ensure_signed(origin)?),
			};
			Self::do_unregister_key(key_id, caller)
		}

		/// Verify a proof under a registered key, recording its nullifier.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::verify_proof(len_u32(public_inputs.len())))]
		pub fn verify_proof(
			origin: OriginFor<T>,
			key_id: VerifyingKeyId,
			proof: ProofBytes,
			public_inputs: PublicInputs<T>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_verify(&key_id, &proof, &public_inputs).map(|_| ())
		}

		/// Verify several proofs under one key: all of them or none (their nullifiers too).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::verify_batch(len_u32(proofs.len()), most_inputs::<T>(&proofs)))]
		pub fn verify_batch(
			origin: OriginFor<T>,
			key_id: VerifyingKeyId,
			proofs: BoundedVec<(ProofBytes, PublicInputs<T>), T::MaxBatchSize>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(!proofs.is_empty(), Error::<T>::EmptyBatch);
			for (proof, public_inputs) in &proofs {
				Self::do_verify(&key_id, proof, public_inputs)?;
			}
			Self::deposit_event(Event::BatchVerified {
				key_id,
				proofs: len_u32(proofs.len()),
			});
			Ok(())
		}
	}

	/// The number of public inputs a submitted key claims by its length (for its weight).
	fn key_inputs<T: Config>(key: &KeyBytes<T>) -> u32 {
		verifier::inputs_of_key_len(key.len()).unwrap_or_else(T::MaxPublicInputs::get)
	}

	fn len_u32(len: usize) -> u32 {
		u32::try_from(len).unwrap_or(u32::MAX)
	}

	fn most_inputs<T: Config>(proofs: &[(ProofBytes, PublicInputs<T>)]) -> u32 {
		proofs
			.iter()
			.map(|(_, inputs)| len_u32(inputs.len()))
			.max()
			.unwrap_or(0)
	}

	impl<T: Config> Pallet<T> {
		/// The deposit of a key whose prepared form has `prepared_len` bytes: its bytes and the
		/// most nullifiers it may record.
		pub fn key_deposit(prepared_len: usize) -> BalanceOf<T> {
			let bytes = BalanceOf::<T>::from(len_u32(prepared_len));
			let nullifiers = BalanceOf::<T>::from(T::MaxNullifiersPerKey::get());
			T::KeyDepositBase::get()
				.saturating_add(T::KeyDepositPerByte::get().saturating_mul(bytes))
				.saturating_add(T::NullifierDeposit::get().saturating_mul(nullifiers))
		}

		pub(crate) fn do_register_key(
			key: &[u8],
			nullifier_input: Option<u32>,
			owner: Option<T::AccountId>,
		) -> DispatchResult {
			let key_id = sp_io::hashing::blake2_256(key);
			ensure!(
				!Keys::<T>::contains_key(key_id),
				Error::<T>::KeyAlreadyRegistered
			);
			let prepared = T::Backend::prepare_key(key, T::MaxPublicInputs::get())
				.map_err(Error::<T>::from)?;
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
			});
			Ok(())
		}

		pub(crate) fn do_unregister_key(
			key_id: VerifyingKeyId,
			caller: Unregisterer<T::AccountId>,
		) -> DispatchResult {
			let key = Keys::<T>::get(key_id).ok_or(Error::<T>::UnknownKey)?;
			if let Unregisterer::Account(who) = &caller {
				ensure!(key.owner.as_ref() == Some(who), Error::<T>::NotKeyOwner);
			}
			let (released, burned) = match &key.owner {
				Some(owner) => {
					let reason = HoldReason::KeyDeposit.into();
					let recorded = NullifierCount::<T>::get(key_id)
						.saturating_sub(key.nullifiers_at_registration);
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

		/// Verifies a proof and records its nullifier. Replays and full keys are refused before
		/// the (expensive) pairing check.
		pub(crate) fn do_verify(
			key_id: &VerifyingKeyId,
			proof: &[u8],
			public_inputs: &[[u8; 32]],
		) -> Result<Option<Nullifier>, DispatchError> {
			let key = Keys::<T>::get(key_id).ok_or(Error::<T>::UnknownKey)?;
			ensure!(
				public_inputs.len() <= usize::try_from(key.public_inputs).unwrap_or(usize::MAX),
				Error::<T>::WrongInputCount
			);
			let nullifier = match key.nullifier_input {
				Some(index) => {
					let nullifier = usize::try_from(index)
						.ok()
						.and_then(|index| public_inputs.get(index))
						.copied()
						.ok_or(Error::<T>::WrongInputCount)?;
					ensure!(
						!Nullifiers::<T>::contains_key(key_id, nullifier),
						Error::<T>::NullifierAlreadyUsed
					);
					ensure!(
						NullifierCount::<T>::get(key_id) < T::MaxNullifiersPerKey::get(),
						Error::<T>::NullifierCapacityReached
					);
					Some(nullifier)
				}
				None => None,
			};

			T::Backend::verify(&key.prepared, proof, public_inputs).map_err(Error::<T>::from)?;

			if let Some(nullifier) = nullifier {
				Nullifiers::<T>::insert(
					key_id,
					nullifier,
					frame_system::Pallet::<T>::block_number(),
				);
				NullifierCount::<T>::mutate(key_id, |count| *count = count.saturating_add(1));
			}
			Self::deposit_event(Event::ProofVerified {
				key_id: *key_id,
				nullifier,
			});
			Ok(nullifier)
		}

		/// Held key deposits equal the deposits of the keys; nullifier counts match the
		/// nullifiers stored and stay within the cap.
		#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use alloc::collections::btree_map::BTreeMap;
			use frame_support::traits::fungible::InspectHold;
			let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
			for (key_id, key) in Keys::<T>::iter() {
				let count = NullifierCount::<T>::get(key_id);
				ensure!(
					key.nullifiers_at_registration <= count,
					"a key recorded fewer nullifiers than when it was registered"
				);
				match &key.owner {
					Some(owner) => {
						let sum = deposits.entry(owner.clone()).or_default();
						*sum = sum.saturating_add(key.deposit);
					}
					None => ensure!(key.deposit.is_zero(), "a governance key has a deposit"),
				}
				ensure!(
					key.nullifier_input
						.map_or(true, |index| index < key.public_inputs),
					"a key names a nullifier input it does not have"
				);
			}
			for (owner, sum) in deposits {
				ensure!(
					T::Currency::balance_on_hold(&HoldReason::KeyDeposit.into(), &owner) == sum,
					"held key deposits differ from the deposits of the owner's keys"
				);
			}
			for (key_id, count) in NullifierCount::<T>::iter() {
				ensure!(
					count <= T::MaxNullifiersPerKey::get(),
					"a key exceeds the nullifier cap"
				);
				let stored = Nullifiers::<T>::iter_prefix(key_id).count();
				ensure!(
					usize::try_from(count).ok() == Some(stored),
					"a nullifier count differs from the nullifiers stored"
				);
			}
			Ok(())
		}
	}

	impl<T: Config> ProofVerifier for Pallet<T> {
		fn verify(
			key: &VerifyingKeyId,
			proof: &[u8],
			public_inputs: &[[u8; 32]],
		) -> DispatchResult {
			Self::do_verify(key, proof, public_inputs).map(|_| ())
		}

		fn verify_weight(public_inputs: u32) -> Weight {
			T::WeightInfo::verify_proof(public_inputs)
		}
	}
}
