//! Weights for `pallet_pricing`
//!
//! ESTIMATES, NOT MEASUREMENTS: the execution times below are hand-written guesses and the
//! storage reads/writes are counted from the code. `scripts/benchmark.sh` regenerates this file
//! from real runs (`aitbc-node benchmark pallet --pallet pallet_pricing`) once the pallet is in
//! the runtime.
//!
//! Laid out as the Substrate benchmark CLI (version 64.0.0) generates it, so the regenerated
//! file replaces it line for line.
//! DATE: (estimate), STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `(estimate)`, CPU: `(estimate)`
//! WASM-EXECUTION: `Compiled`, CHAIN: `Some("dev")`, DB CACHE: `1024`

// Executed Command:
// (not yet run; see scripts/benchmark.sh)

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_pricing`.
pub trait WeightInfo {
	fn create_class() -> Weight;
	fn update_parameters() -> Weight;
	fn remove_class() -> Weight;
	fn set_ask() -> Weight;
	fn clear_ask() -> Weight;
	fn on_initialize_update(c: u32, ) -> Weight;
}

/// Weights for `pallet_pricing` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::ClassCount` (r:1 w:1)
	/// Proof: `Pricing::ClassCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn create_class() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `100`
		//  Estimated: `3601`
		// Minimum execution time: 15_000_000 picoseconds.
		Weight::from_parts(16_000_000, 3601)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn update_parameters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `250`
		//  Estimated: `3601`
		// Minimum execution time: 16_000_000 picoseconds.
		Weight::from_parts(17_000_000, 3601)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::ClassCount` (r:1 w:1)
	/// Proof: `Pricing::ClassCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_class() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `250`
		//  Estimated: `3601`
		// Minimum execution time: 15_000_000 picoseconds.
		Weight::from_parts(16_000_000, 3601)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:0)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Asks` (r:1 w:1)
	/// Proof: `Pricing::Asks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(1249), added: 3724, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn set_ask() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `4714`
		// Minimum execution time: 45_000_000 picoseconds.
		Weight::from_parts(48_000_000, 4714)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Pricing::Asks` (r:1 w:1)
	/// Proof: `Pricing::Asks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(1249), added: 3724, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn clear_ask() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `450`
		//  Estimated: `4714`
		// Minimum execution time: 42_000_000 picoseconds.
		Weight::from_parts(44_000_000, 4714)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Pricing::Classes` (r:33 w:32)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Events` (r:1 w:1)
	/// Proof: `System::Events` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// The range of component `c` is `[0, 32]`.
	fn on_initialize_update(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0 + c * (150 ±0)`
		//  Estimated: `990 + c * (2611 ±0)`
		// Minimum execution time: 3_000_000 picoseconds.
		Weight::from_parts(3_000_000, 990)
			// Standard Error: 2_000
			.saturating_add(Weight::from_parts(12_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(c.into()))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::ClassCount` (r:1 w:1)
	/// Proof: `Pricing::ClassCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn create_class() -> Weight {
		Weight::from_parts(16_000_000, 3601)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn update_parameters() -> Weight {
		Weight::from_parts(17_000_000, 3601)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::ClassCount` (r:1 w:1)
	/// Proof: `Pricing::ClassCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_class() -> Weight {
		Weight::from_parts(16_000_000, 3601)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Pricing::Classes` (r:1 w:0)
	/// Storage: `Pricing::Asks` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn set_ask() -> Weight {
		Weight::from_parts(48_000_000, 4714)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Pricing::Asks` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn clear_ask() -> Weight {
		Weight::from_parts(44_000_000, 4714)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Pricing::Classes` (r:33 w:32)
	/// Storage: `System::Events` (r:1 w:1)
	/// The range of component `c` is `[0, 32]`.
	fn on_initialize_update(c: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 990)
			.saturating_add(Weight::from_parts(12_000_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2611).saturating_mul(c.into()))
	}
}
