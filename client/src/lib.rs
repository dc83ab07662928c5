//! `aitbc-client`: a subxt client for the AITBC chain and the pieces of the `aitbc` command line.
//!
//! - [`aitbc`]: the API generated from the runtime metadata in `metadata/aitbc.scale`
//!   (refresh it with `update-metadata.sh` when the runtime changes).
//! - [`chain::Chain`]: a connection with typed calls for every role (bond, register,
//!   request_service, approve, call_job, submit_result, submit_receipt, quote, governance), each
//!   returning the ids its events carry; a refusal is an [`error::Error::Module`] shown as
//!   `Pallet.Error: docs`.
//! - [`disputes`]: filing, evidence, arbiters' commit-reveal votes, appeals.
//! - [`private`]: private jobs and Groth16-proven receipts through an external prover.
//! - [`receipt`]: compute receipts signed exactly as `aitbc-primitives` verifies them.
//! - [`executor`]: what a miner runs (built-in `hash-chain` and `matmul`, or an external command).
//! - [`miner`]: the daemon that follows finalized blocks and settles jobs, with [`state`] so a
//!   restart neither skips nor double-submits.
//! - [`validator`]: session keys made on one's node and registered, council proposals to add or
//!   remove a validator, where an account stands in the set.
//! - [`settlement`]: cross-chain settlement quotes, requests and status, and the relayer that
//!   carries messages between two AITBC chains (light client or attested committee).
//! - [`output`]: what the `aitbc` command line prints, as text or (`--json`) one JSON object.

#[subxt::subxt(runtime_metadata_path = "metadata/aitbc.scale")]
pub mod aitbc {}

/// The metadata the API was generated from. Including it makes cargo rebuild the crate when
/// `update-metadata.sh` rewrites the file (the subxt macro alone does not tell cargo).
pub const METADATA: &[u8] = include_bytes!("../metadata/aitbc.scale");

pub mod bytes;
pub mod chain;
pub mod disputes;
pub mod error;
pub mod executor;
pub mod keys;
pub mod miner;
pub mod output;
pub mod private;
pub mod receipt;
pub mod rental;
pub mod settlement;
pub mod state;
pub mod validator;

pub use chain::{Chain, AIT};
pub use error::{Error, Result};
