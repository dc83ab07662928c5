//! Weights for `pallet_receipts`
//!
//! ESTIMATES, NOT MEASUREMENTS: the numbers below were written by hand from the storage reads
//! and writes counted in the code (including the job registry, escrow, balances and pricing
//! accesses a receipt causes in the AITBC runtime) and typical sr25519 verification time. They
//! are replaced by real benchmark results when `scripts/benchmark.sh` regenerates this file
//! from the runtime (`aitbc-node benchmark pallet --pallet pallet_receipts`).
//!
//! HOSTNAME: `none (hand estimate)`, CPU: `none (hand estimate)`

// Command that will regenerate it:
// ./target/release/aitbc-node
// benchmark
// pallet
// --chain=dev
// --pallet=pallet_receipts
// --extrinsic=*
// --steps=50
// --repeat=20
// --wasm-execution=compiled
// --output=pallets/receipts/src/weights.rs
// --template=scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_receipts`.
pub trait WeightInfo {
	fn submit_receipt() -> Weight;
	fn set_mint_parameters() -> Weight;
	fn prune_receipts(n: u32, ) -> Weight;
	fn prune_session_work(n: u32, ) -> Weight;
}

/// Weights for `pallet_receipts` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Storage: `Services::Services` (r:1 w:0)
	/// Storage: `Receipts::SettledJobs` (r:1 w:1)
	/// Proof: `Receipts::SettledJobs` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Number` (r:1 w:0)
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(10255), added: 12730, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:3 w:3)
	/// Storage: `Balances::TotalIssuance` (r:1 w:1)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Storage: `Pricing::Demand` (r:1 w:1)
	/// Storage: `Staking::RewardPoints` (r:1 w:1)
	fn submit_receipt() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2400`
		//  Estimated: `14000`
		// Minimum execution time: 150_000_000 picoseconds.
		Weight::from_parts(160_000_000, 14000)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Receipts::MintParams` (r:1 w:1)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(96), added: 591, mode: `MaxEncodedLen`)
	fn set_mint_parameters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `150`
		//  Estimated: `1600`
		// Minimum execution time: 14_000_000 picoseconds.
		Weight::from_parts(15_000_000, 1600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(10255), added: 12730, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:0 w:256)
	/// Storage: `Receipts::SettledJobs` (r:0 w:256)
	/// The range of component `n` is `[0, 256]`.
	fn prune_receipts(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `100 + n * (40 ±0)`
		//  Estimated: `1600 + n * (40 ±0)`
		// Minimum execution time: 4_000_000 picoseconds.
		Weight::from_parts(5_000_000, 1600)
			// Standard Error: 2_000
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 40).saturating_mul(n.into()))
	}
	/// Storage: `Receipts::OldestSession` (r:1 w:1)
	/// Proof: `Receipts::OldestSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:0 w:256)
	/// The range of component `n` is `[0, 256]`.
	fn prune_session_work(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `100 + n * (60 ±0)`
		//  Estimated: `1500 + n * (2560 ±0)`
		// Minimum execution time: 4_000_000 picoseconds.
		Weight::from_parts(5_000_000, 1500)
			// Standard Error: 2_000
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2560).saturating_mul(n.into()))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn submit_receipt() -> Weight {
		Weight::from_parts(160_000_000, 14000)
			.saturating_add(RocksDbWeight::get().reads(23_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn set_mint_parameters() -> Weight {
		Weight::from_parts(15_000_000, 1600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1600)
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 40).saturating_mul(n.into()))
	}
	fn prune_session_work(n: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1500)
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2560).saturating_mul(n.into()))
	}
}
