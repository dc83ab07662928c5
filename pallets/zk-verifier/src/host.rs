//! Groth16 as a host function, and the backends the pallet chooses between.
//!
//! [`aitbc_zk`] is a `#[runtime_interface]`: inside the wasm runtime its functions are imports
//! that the node implements natively, so a proof costs about what native arkworks costs. The
//! node registers them by adding [`aitbc_zk::HostFunctions`] to its executor's host functions:
//!
//! ```ignore
//! type HostFunctions = (
//!     sp_io::SubstrateHostFunctions,
//!     pallet_zk_verifier::host::aitbc_zk::HostFunctions,
//! );
//! sc_executor::WasmExecutor<HostFunctions>
//! ```
//!
//! (and the same tuple wherever the node builds an executor, including `benchmark pallet`). A
//! runtime that uses [`HostBackend`] cannot run on a node without them.
//!
//! Both backends call the same functions of [`crate::verifier`]; the host function only moves
//! where they run. A host function is consensus code: changing what it accepts needs a new
//! version of the function (`#[version(2)]`), never an edit of version 1.

use crate::verifier::{self, Groth16Error, Rules};
use alloc::vec::Vec;
use sp_runtime_interface::{
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndRead},
	runtime_interface,
};

/// Native Groth16 (BN254) for the runtime. The trait's name makes the module [`aitbc_zk`] and
/// the wasm imports `ext_aitbc_zk_groth16_*_version_1`, apart from other chains' host functions.
///
/// Version 1 reads keys and proofs under [`Rules::Lenient`]; version 2 (what a runtime built
/// now calls) under [`Rules::Strict`]. The node keeps both, so blocks made by a runtime that
/// called version 1 still execute to the same result.
#[runtime_interface]
pub trait AitbcZk {
	/// Version 1: [`verifier::prepare_key_under`] with [`Rules::Lenient`].
	fn groth16_prepare_key(
		key: PassFatPointerAndRead<&[u8]>,
		max_public_inputs: u32,
	) -> AllocateAndReturnByCodec<Result<Vec<u8>, Groth16Error>> {
		verifier::prepare_key_under(key, max_public_inputs, Rules::Lenient)
	}

	/// Validates an arkworks-encoded verifying key with at most `max_public_inputs` public
	/// inputs and returns its prepared form (see [`verifier::prepare_key`]).
	#[version(2)]
	fn groth16_prepare_key(
		key: PassFatPointerAndRead<&[u8]>,
		max_public_inputs: u32,
	) -> AllocateAndReturnByCodec<Result<Vec<u8>, Groth16Error>> {
		verifier::prepare_key_under(key, max_public_inputs, Rules::Strict)
	}

	/// Version 1: [`verifier::verify_under`] with [`Rules::Lenient`].
	fn groth16_verify(
		prepared_key: PassFatPointerAndRead<&[u8]>,
		proof: PassFatPointerAndRead<&[u8]>,
		public_inputs: PassFatPointerAndRead<&[u8]>,
	) -> AllocateAndReturnByCodec<Result<(), Groth16Error>> {
		verifier::verify_under(prepared_key, proof, public_inputs, Rules::Lenient)
	}

	/// Verifies a proof for concatenated 32-byte public inputs under a prepared key (see
	/// [`verifier::verify`]).
	#[version(2)]
	fn groth16_verify(
		prepared_key: PassFatPointerAndRead<&[u8]>,
		proof: PassFatPointerAndRead<&[u8]>,
		public_inputs: PassFatPointerAndRead<&[u8]>,
	) -> AllocateAndReturnByCodec<Result<(), Groth16Error>> {
		verifier::verify_under(prepared_key, proof, public_inputs, Rules::Strict)
	}
}

/// Where the pallet runs Groth16: natively through the host function, or inside the runtime.
pub trait Groth16Backend {
	/// See [`verifier::prepare_key`].
	fn prepare_key(key: &[u8], max_public_inputs: u32) -> Result<Vec<u8>, Groth16Error>;
	/// See [`verifier::verify`]; `public_inputs` are the 32-byte inputs in order.
	fn verify(
		prepared_key: &[u8],
		proof: &[u8],
		public_inputs: &[[u8; 32]],
	) -> Result<(), Groth16Error>;
}

/// Through the node's host function: the fast path, for a node that registers [`aitbc_zk`].
pub struct HostBackend;

impl Groth16Backend for HostBackend {
	fn prepare_key(key: &[u8], max_public_inputs: u32) -> Result<Vec<u8>, Groth16Error> {
		aitbc_zk::groth16_prepare_key(key, max_public_inputs)
	}

	fn verify(
		prepared_key: &[u8],
		proof: &[u8],
		public_inputs: &[[u8; 32]],
	) -> Result<(), Groth16Error> {
		aitbc_zk::groth16_verify(prepared_key, proof, public_inputs.as_flattened())
	}
}

/// Inside the runtime (wasm): slower, needs nothing from the node.
pub struct PureBackend;

impl Groth16Backend for PureBackend {
	fn prepare_key(key: &[u8], max_public_inputs: u32) -> Result<Vec<u8>, Groth16Error> {
		verifier::prepare_key(key, max_public_inputs)
	}

	fn verify(
		prepared_key: &[u8],
		proof: &[u8],
		public_inputs: &[[u8; 32]],
	) -> Result<(), Groth16Error> {
		verifier::verify(prepared_key, proof, public_inputs.as_flattened())
	}
}
