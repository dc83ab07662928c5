//! # AITBC primitives
//!
//! Types and traits that more than one AITBC crate needs. Pallets never import each other: they
//! meet through the traits in [`traits`], and the runtime wires the implementations together.
//!
//! - [`ids`]: the identifiers of blueprints, services, jobs, receipts and resource classes.
//! - [`receipt`]: the signed [`receipt::ComputeReceipt`] an operator submits to claim payment,
//!   and the domain-separated payload its signature covers.
//! - [`traits`]: `JobRegistry`, `EscrowLedger`, `PriceOracle`, `ProofVerifier`,
//!   `OffenceReporter`, `WorkScore` and the hooks that carry reward points.
//! - [`block_queue`]: [`block_queue::BlockQueue`], the one bounded, block-keyed work queue that
//!   the pallets' hooks work through (request expiry and job pruning in services, receipt
//!   pruning and claim maturity in receipts, escrow expiry, dispute deadlines, deferred
//!   slashes), with one meaning of its bounds (`Max…PerBlock` a bucket's capacity,
//!   `Max…ProcessedPerBlock` a hook's budget) and one weight model.
//! - [`authorship`]: the VRF pre-digest and the slot claim that compute-weighted authorship's
//!   node worker, import verifier and runtime share.
//! - [`settlement`]: the cross-chain settlement message, its EVM-readable encoding and hash, the
//!   keccak Merkle commitment a block's digest carries, and the `BridgeAdapter` and
//!   `OnJobSettled` traits.
//! - [`assets`]: [`assets::transfer_credited`], the asset transfer the pallets use, which fails
//!   rather than debit a sender without crediting the receiver.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod assets;
pub mod authorship;
pub mod block_queue;
pub mod ids;
pub mod receipt;
pub mod settlement;
pub mod traits;

pub use ids::*;

/// Balance of AIT, 12 decimals.
pub type Balance = u128;
/// One AIT in plancks.
pub const AIT: Balance = 1_000_000_000_000;
/// One thousandth of an AIT.
pub const MILLI_AIT: Balance = AIT / 1_000;
/// One millionth of an AIT.
pub const MICRO_AIT: Balance = AIT / 1_000_000;
/// Token symbol shown by wallets.
pub const TOKEN_SYMBOL: &str = "AIT";
/// Token decimals shown by wallets.
pub const TOKEN_DECIMALS: u8 = 12;
/// SS58 prefix: 42, the generic Substrate prefix, until AITBC registers its own.
pub const SS58_PREFIX: u16 = 42;
