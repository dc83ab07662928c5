//! Types stored and taken by the pallet.

use crate::{verifier, Config};
use aitbc_primitives::traits::KeyConsumer;
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::Inspect, ConstU32},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};

pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;

/// A nullifier: the public input a key names, as its 32 little-endian bytes.
pub type Nullifier = [u8; 32];

/// Bytes of a proof (A, B, C uncompressed).
pub const PROOF_BYTES: u32 = 256;
const _: () = assert!(PROOF_BYTES as usize == verifier::PROOF_LEN);

/// A proof, in arkworks' uncompressed encoding (see [`crate::verifier`]).
pub type ProofBytes = BoundedVec<u8, ConstU32<PROOF_BYTES>>;

/// The public inputs of one proof: 32-byte little-endian field elements.
pub type PublicInputs<T> = BoundedVec<[u8; 32], <T as Config>::MaxPublicInputs>;

/// A verifying key as submitted: arkworks' uncompressed encoding, at most
/// `MaxPublicInputs` inputs.
pub type KeyBytes<T> = BoundedVec<u8, KeyBytesBound<T>>;

/// A prepared key as stored (see [`crate::verifier`]).
pub type PreparedKeyBytes<T> = BoundedVec<u8, PreparedKeyBound<T>>;

pub(crate) fn saturated_u32(len: usize) -> u32 {
	u32::try_from(len).unwrap_or(u32::MAX)
}

/// The byte length of a key with `MaxPublicInputs` public inputs.
pub struct KeyBytesBound<T>(PhantomData<T>);
impl<T: Config> Get<u32> for KeyBytesBound<T> {
	fn get() -> u32 {
		saturated_u32(verifier::key_len(T::MaxPublicInputs::get()))
	}
}

/// The byte length of a prepared key with `MaxPublicInputs` public inputs.
pub struct PreparedKeyBound<T>(PhantomData<T>);
impl<T: Config> Get<u32> for PreparedKeyBound<T> {
	fn get() -> u32 {
		saturated_u32(verifier::prepared_key_len(T::MaxPublicInputs::get()))
	}
}

/// A registered verifying key.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct RegisteredKey<T: Config> {
	/// The validated key with `e(alpha, beta)` precomputed.
	pub prepared: PreparedKeyBytes<T>,
	/// How many public inputs a proof under this key has.
	pub public_inputs: u32,
	/// The public input that is the proof's nullifier, if the key names one: a proof is
	/// accepted only once per value of that input and nullifier domain.
	pub nullifier_input: Option<u32>,
	/// Who may verify proofs under this key.
	pub consumer: KeyConsumer,
	/// Who registered the key and holds its deposit; `None` for keys governance registered
	/// for everyone.
	pub owner: Option<AccountIdOf<T>>,
	/// Held from the owner while the key is registered.
	pub deposit: BalanceOf<T>,
	/// `NullifierCount` of this key when it was registered: nullifiers recorded since then are
	/// this registration's, and their share of the deposit pays for keeping them for good.
	pub nullifiers_at_registration: u32,
}

/// Who asks to unregister a key.
pub(crate) enum Unregisterer<AccountId> {
	Governance,
	Account(AccountId),
}
