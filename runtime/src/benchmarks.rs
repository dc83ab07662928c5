//! The pallets `aitbc-node benchmark pallet` measures.

pub use frame_benchmarking::baseline::Pallet as Baseline;
pub use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

pub use crate::{
	Assets, Balances, BridgeAitbcGrandpa, Council, Disputes, Escrow, Multisig, Preimage, Pricing,
	Receipts, Runtime, SafeMode, Scheduler, Services, Staking, Sudo, Timestamp, Treasury, TxPause,
	Utility, ValidatorSet, ZkVerifier,
};

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, Baseline::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_assets, Assets]
	[pallet_balances, Balances]
	[pallet_bridge_grandpa, BridgeAitbcGrandpa]
	[pallet_compute_authorship, ComputeAuthorship]
	[pallet_collective, Council]
	[pallet_disputes, Disputes]
	[pallet_escrow, Escrow]
	[pallet_multisig, Multisig]
	[pallet_preimage, Preimage]
	[pallet_operator_staking, Staking]
	[pallet_pricing, Pricing]
	[pallet_receipts, Receipts]
	[pallet_safe_mode, SafeMode]
	[pallet_scheduler, Scheduler]
	[pallet_services, Services]
	[pallet_settlement, Settlement]
	[pallet_sudo, Sudo]
	[pallet_timestamp, Timestamp]
	[pallet_treasury, Treasury]
	[pallet_tx_pause, TxPause]
	[pallet_utility, Utility]
	[pallet_validator_set, ValidatorSet]
	[pallet_zk_verifier, ZkVerifier]
);
