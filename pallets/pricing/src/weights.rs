
//! Weights for `pallet_pricing`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-11-21, STEPS: `50`, REPEAT: `20`, CHAIN: `Some("dev")`
//! WASM-EXECUTION: `Compiled`, CPU: `Intel(R) Xeon(R) Processor @ 2.50GHz`
//!
//! Regenerate with `scripts/benchmark.sh`; do not edit by hand.

// Executed Command:
// /root/.cache/aitbc-target/release/aitbc-node
// benchmark
// pallet
// --chain
// dev
// --pallet
// pallet_pricing
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --heap-pages
// 4096
// --template
// scripts/weight-template.hbs
// --output
// pallets/pricing/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_pricing`.
pub trait WeightInfo {
	fn create_class() -> Weight;
	fn update_parameters() -> Weight;
	fn remove_class() -> Weight;
	fn set_ask() -> Weight;
	fn clear_ask() -> Weight;
	fn on_initialize_update(c: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::ClassCount` (r:1 w:1)
	/// Proof: `Pricing::ClassCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn create_class() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `694`
		//  Estimated: `3569`
		// Minimum execution time: 36_032_000 picoseconds.
		Weight::from_parts(41_852_000, 3569)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn update_parameters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `265`
		//  Estimated: `3569`
		// Minimum execution time: 33_311_000 picoseconds.
		Weight::from_parts(35_354_000, 3569)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::ClassCount` (r:1 w:1)
	/// Proof: `Pricing::ClassCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_class() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `265`
		//  Estimated: `3569`
		// Minimum execution time: 29_076_000 picoseconds.
		Weight::from_parts(31_047_000, 3569)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:0)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Asks` (r:1 w:1)
	/// Proof: `Pricing::Asks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn set_ask() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `265`
		//  Estimated: `3622`
		// Minimum execution time: 97_804_000 picoseconds.
		Weight::from_parts(103_862_000, 3622)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Asks` (r:1 w:1)
	/// Proof: `Pricing::Asks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn clear_ask() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `318`
		//  Estimated: `3622`
		// Minimum execution time: 81_136_000 picoseconds.
		Weight::from_parts(86_324_000, 3622)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Classes` (r:33 w:32)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 32]`.
	fn on_initialize_update(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `217 + c * (48 ±0)`
		//  Estimated: `3569 + c * (2579 ±0)`
		// Minimum execution time: 6_708_000 picoseconds.
		Weight::from_parts(16_896_721, 3569)
			// Standard Error: 44_995
			.saturating_add(Weight::from_parts(11_203_105, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2579).saturating_mul(c.into()))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_class() -> Weight {
		Weight::from_parts(41_852_000, 3569)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn update_parameters() -> Weight {
		Weight::from_parts(35_354_000, 3569)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_class() -> Weight {
		Weight::from_parts(31_047_000, 3569)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_ask() -> Weight {
		Weight::from_parts(103_862_000, 3622)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn clear_ask() -> Weight {
		Weight::from_parts(86_324_000, 3622)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn on_initialize_update(c: u32, ) -> Weight {
		Weight::from_parts(16_896_721, 3569)
			.saturating_add(Weight::from_parts(11_203_105, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2579).saturating_mul(c.into()))
	}
}
