//! pallet-zk-verifier's Groth16 verifier, unchanged (included by path), compiled to wasm by
//! `substrate-wasm-builder` and exported in the Substrate calling convention, so that the
//! known-answer vectors (`../src/fixtures/known_answers.json`) run through the very executor a
//! node runs the runtime with (`tests/known_answers.rs`). The pure backend of the pallet runs the
//! same functions inside the runtime; if a dependency bump made wasm and native answer
//! differently, or changed an answer at all, the test fails.
//!
//! The verifier is included by path rather than through the pallet, so the wasm build needs no
//! FRAME (as `zk/wasm-bench` does).
//!
//! The export, `run_known_answers(ptr, len) -> u64`, reads the SCALE encoding of `Vec<Case>` and
//! returns the packed `(len << 32) | ptr` of the SCALE encoding of `Vec<Answer>`. In wasm, sp-io
//! provides the global allocator (the host's, `ext_allocator_*_version_1`) and the panic handler.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;
// Linked for its wasm global allocator and panic handler (nothing of it is called by name).
#[cfg(not(feature = "std"))]
extern crate sp_io;

#[path = "../../src/verifier.rs"]
pub mod verifier;

use alloc::vec::Vec;
use codec::{Decode, Encode};
use verifier::{Groth16Error, Rules};

// The wasm binary (`WASM_BINARY: Option<&[u8]>`), `None` when built with `SKIP_WASM_BUILD`.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

/// Which function a case calls.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode)]
pub enum Op {
	/// [`verifier::prepare_key_under`]; the answer is the blake2_256 of the prepared key.
	PrepareKey,
	/// [`verifier::verify_under`]; the answer is 32 zero bytes.
	Verify,
}

/// [`Rules`], encodable.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode)]
pub enum CaseRules {
	/// [`Rules::Lenient`].
	Lenient,
	/// [`Rules::Strict`].
	Strict,
}

/// One known-answer case.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct Case {
	pub op: Op,
	pub rules: CaseRules,
	/// The key for [`Op::PrepareKey`]; the prepared key for [`Op::Verify`].
	pub key: Vec<u8>,
	pub proof: Vec<u8>,
	pub inputs: Vec<u8>,
	pub max_inputs: u32,
}

/// The blake2_256 of a prepared key, 32 zero bytes for a verified proof, or the error.
pub type Answer = Result<[u8; 32], Groth16Error>;

/// Answers one case (the same function runs natively and in wasm).
pub fn answer(case: &Case) -> Answer {
	let rules = match case.rules {
		CaseRules::Lenient => Rules::Lenient,
		CaseRules::Strict => Rules::Strict,
	};
	match case.op {
		Op::PrepareKey => verifier::prepare_key_under(&case.key, case.max_inputs, rules)
			.map(|prepared| sp_crypto_hashing::blake2_256(&prepared)),
		Op::Verify => {
			verifier::verify_under(&case.key, &case.proof, &case.inputs, rules).map(|()| [0u8; 32])
		}
	}
}

/// Answers SCALE-encoded `Vec<Case>` with SCALE-encoded `Vec<Answer>`; `None` if the cases do
/// not decode.
pub fn answer_encoded(mut cases: &[u8]) -> Option<Vec<u8>> {
	let cases = Vec::<Case>::decode(&mut cases).ok()?;
	Some(cases.iter().map(answer).collect::<Vec<Answer>>().encode())
}

/// The export the test calls through the wasm executor, in the Substrate calling convention:
/// the input is `len` bytes at `ptr` (written by the executor), the output is returned as
/// `(len << 32) | ptr`. Cases that do not decode trap.
#[cfg(not(feature = "std"))]
#[no_mangle]
pub extern "C" fn run_known_answers(ptr: u32, len: u32) -> u64 {
	// SAFETY: the executor wrote `len` bytes at `ptr` into this instance's memory.
	let input = unsafe { core::slice::from_raw_parts(ptr as usize as *const u8, len as usize) };
	let output = answer_encoded(input).expect("SCALE-encoded Vec<Case>");
	let (ptr, len) = (output.as_ptr() as usize as u64, output.len() as u64);
	// The executor reads the output from memory after the call; the instance is discarded.
	core::mem::forget(output);
	(len << 32) | ptr
}
