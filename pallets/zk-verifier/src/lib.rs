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
//! ## Keys, and who may use them
//!
//! A key serves one [`KeyConsumer`], fixed when it is registered: the open calls of this pallet
//! (`verify_proof`, `verify_batch`), private receipts, or `ZkProof` escrow conditions. The open
//! calls refuse every key registered for a pallet, and a pallet refuses keys registered for
//! another, so nobody can spend a nullifier, or exhaust a ceiling, of a key another pallet
//! depends on (before, a watcher could copy a pending private receipt's inputs into
//! `verify_proof` and make the job unsettleable). A pallet that depends on a key pins it
//! ([`ProofVerifier::pin_key`]): its owner cannot unregister it while pinned.
//!
//! A key is identified by the blake2-256 of its canonical bytes, its nullifier input and its
//! consumer. Only the canonical encoding is accepted (the bytes are decoded, encoded again and
//! compared), so one key has one id per use: before, flag bits that decoding ignores let the
//! same key register under thousands of ids, each with a fresh nullifier space. A key is fully
//! validated when it is registered (every point on its curve and in its subgroup, none at
//! infinity, at most `MaxPublicInputs` inputs, gamma ≠ delta, delta ≠ the G2 generator) and
//! stored prepared (`e(alpha, beta)` computed once). Anyone may register a key with a deposit;
//! governance may register keys for everyone without one. The owner (while the key is not
//! pinned) or governance may unregister it.
//!
//! ## Nullifiers: scoped to their consumer, bounded
//!
//! A key may name one public input as its nullifier. The pallet that verifies a proof says
//! where the nullifier goes ([`NullifierScope`]): recorded under `(key, domain, value)`, so a
//! value is accepted once per domain whatever the proof bytes (Groth16 proofs are malleable),
//! or not at all when the consumer's own state already makes the statement count once (a job
//! is claimed once, an escrow accepts one proof), which is what receipts and escrow do: their
//! proofs meet no nullifier ceiling. The open calls record in [`OPEN_DOMAIN`].
//!
//! Recorded nullifiers are kept for good, also after the key is unregistered, so that
//! registering the same key again cannot replay them. Their storage is bounded per key by
//! `MaxNullifiersPerKey` (a key that reaches it records no more; a new phase-2 setup gives a
//! new key), and paid for: the deposit of a key covers its bytes and `MaxNullifiersPerKey`
//! nullifiers, and when the key is unregistered the part that pays for the nullifiers it
//! recorded is burned (the storage stays), the rest returned. Governance keys record
//! nullifiers under the same cap without a deposit.
//!
//! ## Which rules the verifier applies
//!
//! [`verifier`] documents the encodings and [`verifier::Rules`]. What the host function
//! accepts is frozen by known-answer vectors (`fixtures/known_answers.json`) that the tests
//! run natively and inside wasm through the wasm executor, so a dependency bump that changes
//! an answer fails CI; a change of the rules needs a new version of the host function.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod host;
mod invariants;
/// Test support only: the format of the known-answer vectors, for this crate's tests and the
/// wasm check in `kat-wasm`.
#[cfg(any(test, feature = "known-answers"))]
pub mod known_answers;
mod registry;
#[cfg(feature = "std")]
pub mod snarkjs;
mod types;
pub mod verifier;
mod verifying;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
// Also under `invariants`, the feature the runtime's cross-pallet tests enable, so the attack
// tests can make proofs on a runtime built as it ships.
#[cfg(any(feature = "runtime-benchmarks", feature = "invariants", test))]
pub mod testing;

#[cfg(test)]
mod kat;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use host::{Groth16Backend, HostBackend, PureBackend};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// Groth16 (BN254) zero-knowledge proofs: verifying keys registered with a deposit (or by
/// governance for everyone), proof verification for private receipts, escrow conditions and
/// anyone's open calls, and nullifiers recorded so a statement is accepted once.
///
/// A key serves one consumer, fixed at registration; a pallet that depends on a key pins it.
/// Deposits are in 10^-12 AIT.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::verifier::Groth16Error;
	use aitbc_primitives::{
		traits::{KeyConsumer, NullifierDomain, NullifierScope},
		VerifyingKeyId,
	};
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;

	/// The layout of this pallet's storage. Bump it with every change of layout, together with the
	/// migration that converts the old layout, listed in the runtime's `migrations.rs`.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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

	/// Registered verifying keys, by [`Pallet::key_id`].
	#[pallet::storage]
	pub type Keys<T: Config> =
		StorageMap<_, Blake2_128Concat, VerifyingKeyId, RegisteredKey<T>, OptionQuery>;

	/// Nullifiers recorded per key and domain, with the block that recorded them. Kept for
	/// good.
	#[pallet::storage]
	pub type Nullifiers<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, VerifyingKeyId>,
			NMapKey<Blake2_128Concat, NullifierDomain>,
			NMapKey<Blake2_128Concat, Nullifier>,
		),
		BlockNumberFor<T>,
		OptionQuery,
	>;

	/// How many nullifiers each key id recorded, ever, in all domains (at most
	/// `MaxNullifiersPerKey`). Outlives the key, like the nullifiers.
	#[pallet::storage]
	pub type NullifierCount<T: Config> =
		StorageMap<_, Blake2_128Concat, VerifyingKeyId, u32, ValueQuery>;

	/// How many times pallets pinned each key id and have not released it. Outlives the key
	/// (governance may unregister a pinned key), so that the pins of a pallet that still
	/// depends on it are counted when the key is registered again.
	#[pallet::storage]
	pub type KeyPins<T: Config> = StorageMap<_, Blake2_128Concat, VerifyingKeyId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A verifying key was registered.
		KeyRegistered {
			/// The key's id: blake2-256 of its canonical bytes, nullifier input and consumer.
			key_id: VerifyingKeyId,
			/// `None` for a key governance registered for everyone.
			owner: Option<T::AccountId>,
			/// The deposit held from the owner, in 10^-12 AIT (zero for governance keys).
			deposit: BalanceOf<T>,
			/// How many public inputs the key's proofs take.
			public_inputs: u32,
			/// The index of the public input that is a proof's nullifier, if any.
			nullifier_input: Option<u32>,
			/// Who may verify proofs under the key: the open calls, receipts or escrow.
			consumer: KeyConsumer,
		},
		/// A verifying key was unregistered; its nullifiers stay.
		KeyUnregistered {
			/// The key's id.
			key_id: VerifyingKeyId,
			/// Its owner, or `None` for a governance key.
			owner: Option<T::AccountId>,
			/// Deposit returned to the owner.
			released: BalanceOf<T>,
			/// Deposit burned for the nullifiers this registration recorded.
			burned: BalanceOf<T>,
		},
		/// A proof was verified for `consumer` (and its nullifier recorded, if the key names one
		/// and the consumer asked for it).
		ProofVerified {
			/// The key the proof verified under.
			key_id: VerifyingKeyId,
			/// Who asked: the open calls, receipts or escrow.
			consumer: KeyConsumer,
			/// The nullifier recorded, or `None` if none was.
			nullifier: Option<Nullifier>,
		},
		/// Every proof of a batch was verified.
		BatchVerified {
			/// The key the proofs verified under.
			key_id: VerifyingKeyId,
			/// How many proofs the batch held.
			proofs: u32,
		},
		/// A pallet pinned a key it depends on.
		KeyPinned {
			/// The key pinned; its owner cannot unregister it while pinned.
			key_id: VerifyingKeyId,
			/// The pallet that pinned it.
			consumer: KeyConsumer,
			/// How many pins the key has now.
			pins: u32,
		},
		/// A pallet released a pin of a key.
		KeyUnpinned {
			/// The key.
			key_id: VerifyingKeyId,
			/// How many pins the key has left; at zero its owner may unregister it.
			pins: u32,
		},
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
		/// The key's bytes are not the canonical encoding of its points.
		KeyNotCanonical,
		/// An IC point of the key is at infinity: its input would be bound to nothing.
		KeyInputAtInfinity,
		/// A, B or C of the proof is the point at infinity.
		ProofPointAtInfinity,
		/// The proof's bytes are not the canonical encoding of its points.
		ProofNotCanonical,
		/// The key is registered for another consumer: the open calls take only keys
		/// registered for them, and a pallet only its own.
		KeyServesAnotherConsumer,
		/// A pallet depends on the key (it is pinned): only governance may unregister it.
		KeyInUse,
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
				Groth16Error::KeyNotCanonical => Error::KeyNotCanonical,
				Groth16Error::KeyInputAtInfinity => Error::KeyInputAtInfinity,
				Groth16Error::ProofPointAtInfinity => Error::ProofPointAtInfinity,
				Groth16Error::ProofNotCanonical => Error::ProofNotCanonical,
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
		/// Register a verifying key (arkworks uncompressed bytes, canonical) for `consumer`,
		/// holding a deposit from the caller. `nullifier_input` names the public input that is
		/// a proof's nullifier.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_key(key_inputs(&key)))]
		pub fn register_key(
			origin: OriginFor<T>,
			key: KeyBytes<T>,
			nullifier_input: Option<u32>,
			consumer: KeyConsumer,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_key(&key, nullifier_input, consumer, Some(who)).map(|_| ())
		}

		/// Register a verifying key for everyone, without a deposit. Governance only.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_key_for_everyone(key_inputs(&key)))]
		pub fn register_key_for_everyone(
			origin: OriginFor<T>,
			key: KeyBytes<T>,
			nullifier_input: Option<u32>,
			consumer: KeyConsumer,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_register_key(&key, nullifier_input, consumer, None).map(|_| ())
		}

		/// Unregister a key. Its owner (while no pallet pins it) or governance only. The
		/// deposit goes back to the owner, less the part that pays for the nullifiers the key
		/// recorded (burned; they stay).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unregister_key())]
		pub fn unregister_key(origin: OriginFor<T>, key_id: VerifyingKeyId) -> DispatchResult {
			let caller = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => Unregisterer::Governance,
				Err(origin) => Unregisterer::Account(ensure_signed(origin)?),
			};
			Self::do_unregister_key(key_id, caller)
		}

		/// Verify a proof under a key registered for the open calls, recording its nullifier in
		/// [`OPEN_DOMAIN`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::verify_proof(len_u32(public_inputs.len())))]
		pub fn verify_proof(
			origin: OriginFor<T>,
			key_id: VerifyingKeyId,
			proof: ProofBytes,
			public_inputs: PublicInputs<T>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_verify_open(&key_id, &proof, &public_inputs)
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
				Self::do_verify_open(&key_id, proof, public_inputs)?;
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

	pub(crate) fn len_u32(len: usize) -> u32 {
		saturated_u32(len)
	}

	fn most_inputs<T: Config>(proofs: &[(ProofBytes, PublicInputs<T>)]) -> u32 {
		proofs
			.iter()
			.map(|(_, inputs)| len_u32(inputs.len()))
			.max()
			.unwrap_or(0)
	}

	/// The nullifier domain of the open calls.
	pub const OPEN_DOMAIN: NullifierDomain = [0; 32];

	impl<T: Config> Pallet<T> {
		fn do_verify_open(
			key_id: &VerifyingKeyId,
			proof: &[u8],
			public_inputs: &[[u8; 32]],
		) -> DispatchResult {
			Self::do_verify(
				KeyConsumer::Open,
				key_id,
				NullifierScope::Domain(OPEN_DOMAIN),
				proof,
				public_inputs,
			)
			.map(|_| ())
		}
	}
}
