//! Pallet configurations, one module per group.
//!
//! - [`system`]: frame-system, timestamp, Aura and GRANDPA.
//! - [`monetary`]: balances (AIT), transaction payment and its fee multiplier, assets, treasury.
//! - [`governance`]: sudo (dev and local chains only), the council, scheduler, preimages, and the
//!   emergency brakes the council controls (safe mode, transaction pause).
//! - [`accounts`]: utility and multisig.
//! - [`market`]: the compute market: pricing, escrow, services and receipts.
//! - [`disputes`]: disputes over jobs, arbiter panels, appeals, the council as last instance.
//! - [`zk`]: Groth16 verifying keys, proofs through a host function, nullifiers.
//! - [`settlement`]: settled jobs carried to other chains, and their news from them.
//! - [`staking`]: operator bonds, delegations, deferred slashes with a council veto, rewards.
//! - [`validators`]: sessions and session keys, the governed validator set, offences and
//!   equivocation reports.

pub mod accounts;
pub mod disputes;
pub mod governance;
pub mod market;
pub mod monetary;
pub mod settlement;
pub mod staking;
pub mod system;
pub mod validators;
pub mod zk;

pub use system::RuntimeBlockWeights;
