
//! Weights for `pallet_compute_authorship`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-12-03, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
//! WASM-EXECUTION: `Compiled`, CPU: `AMD EPYC`
//!
//! Regenerate with `scripts/benchmark.sh`; do not edit by hand.

// Executed Command:
// /root/.cache/aitbc-target/release/aitbc-node
// benchmark
// pallet
// --chain
// dev
// --pallet
// pallet_compute_authorship
// --extrinsic
// *
// --steps
// 10
// --repeat
// 5
// --heap-pages
// 4096
// --template
// scripts/weight-template.hbs
// --output
// pallets/compute-authorship/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_compute_authorship`.
pub trait WeightInfo {
	fn note_block(s: u32, ) -> Weight;
	fn schedule_handover() -> Weight;
	fn check_wrong_slot() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ComputeAuthorship::Noted` (r:1 w:1)
	/// Proof: `ComputeAuthorship::Noted` (`max_values`: Some(1), `max_size`: Some(37), added: 532, mode: `MaxEncodedLen`)
	/// Storage: `ComputeAuthorship::CurrentEpoch` (r:1 w:0)
	/// Proof: `ComputeAuthorship::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(6843), added: 7338, mode: `MaxEncodedLen`)
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Proof: `Session::CurrentIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `ComputeAuthorship::RunningRandomness` (r:1 w:1)
	/// Proof: `ComputeAuthorship::RunningRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `ComputeAuthorship::Liveness` (r:1 w:1)
	/// Proof: `ComputeAuthorship::Liveness` (`max_values`: Some(1), `max_size`: Some(802), added: 1297, mode: `MaxEncodedLen`)
	/// Storage: `ComputeAuthorship::LastSlot` (r:1 w:1)
	/// Proof: `ComputeAuthorship::LastSlot` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 100]`.
	fn note_block(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7994`
		//  Estimated: `9479`
		// Minimum execution time: 96_794_000 picoseconds.
		Weight::from_parts(100_831_706, 9479)
			// Standard Error: 44_547
			.saturating_add(Weight::from_parts(779_642, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ComputeAuthorship::CurrentEpoch` (r:1 w:0)
	/// Proof: `ComputeAuthorship::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(6843), added: 7338, mode: `MaxEncodedLen`)
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Proof: `Session::CurrentIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `ComputeAuthorship::HandoverSession` (r:0 w:1)
	/// Proof: `ComputeAuthorship::HandoverSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn schedule_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `410`
		//  Estimated: `8328`
		// Minimum execution time: 12_449_000 picoseconds.
		Weight::from_parts(14_041_000, 8328)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeAuthorship::CurrentEpoch` (r:1 w:0)
	/// Proof: `ComputeAuthorship::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(6843), added: 7338, mode: `MaxEncodedLen`)
	fn check_wrong_slot() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7088`
		//  Estimated: `8328`
		// Minimum execution time: 69_413_000 picoseconds.
		Weight::from_parts(72_557_000, 8328)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn note_block(s: u32, ) -> Weight {
		Weight::from_parts(100_831_706, 9479)
			.saturating_add(Weight::from_parts(779_642, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn schedule_handover() -> Weight {
		Weight::from_parts(14_041_000, 8328)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn check_wrong_slot() -> Weight {
		Weight::from_parts(72_557_000, 8328)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
}
