//! Groth16 (BN254) verification: verifying keys with a deposit, proofs checked through the
//! node's host function (`pallet_zk_verifier::host::aitbc_zk`), nullifiers so a statement is
//! settled once. `Receipts` (private receipts) and `Escrow` (proof-conditioned release) use it
//! through `ProofVerifier`.

use crate::{
	configs::governance::EnsureRootOrHalfCouncil, Balance, Balances, Runtime, RuntimeHoldReason,
	AIT, MICRO_AIT,
};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	pub const KeyDepositBase: Balance = AIT;
	pub const KeyDepositPerByte: Balance = 10 * MICRO_AIT;
	/// Covers one stored nullifier; a key's deposit covers all it may record.
	pub const NullifierDeposit: Balance = 100 * MICRO_AIT;
}

impl pallet_zk_verifier::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type GovernanceOrigin = EnsureRootOrHalfCouncil;
	/// Native arkworks through the node's host function, about 5x faster than in wasm.
	type Backend = pallet_zk_verifier::HostBackend;
	type MaxPublicInputs = ConstU32<16>;
	type MaxBatchSize = ConstU32<16>;
	type MaxNullifiersPerKey = ConstU32<10_000>;
	type KeyDepositBase = KeyDepositBase;
	type KeyDepositPerByte = KeyDepositPerByte;
	type NullifierDeposit = NullifierDeposit;
	type WeightInfo = pallet_zk_verifier::weights::SubstrateWeight<Runtime>;
}
