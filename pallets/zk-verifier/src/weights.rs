
//! Weights for `pallet_zk_verifier`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-11-21, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
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
// pallet_zk_verifier
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
// pallets/zk-verifier/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_zk_verifier`.
pub trait WeightInfo {
	fn register_key(n: u32, ) -> Weight;
	fn register_key_for_everyone(n: u32, ) -> Weight;
	fn unregister_key() -> Weight;
	fn verify_proof(n: u32, ) -> Weight;
	fn verify_batch(b: u32, n: u32, ) -> Weight;
	fn verify_with_host_backend(n: u32, ) -> Weight;
	fn verify_with_pure_backend(n: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ZkVerifier::Keys` (r:1 w:1)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1848), added: 4323, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:0)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn register_key(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `109`
		//  Estimated: `5313`
		// Minimum execution time: 1_830_496_000 picoseconds.
		Weight::from_parts(2_476_066_156, 5313)
			// Standard Error: 2_597_805
			.saturating_add(Weight::from_parts(5_337_827, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:1)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1848), added: 4323, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:0)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn register_key_for_everyone(_n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6`
		//  Estimated: `5313`
		// Minimum execution time: 1_747_951_000 picoseconds.
		Weight::from_parts(2_662_342_040, 5313)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:1)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1848), added: 4323, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:0)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn unregister_key() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2151`
		//  Estimated: `5313`
		// Minimum execution time: 144_910_000 picoseconds.
		Weight::from_parts(163_600_000, 5313)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:0)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1848), added: 4323, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::Nullifiers` (r:1 w:1)
	/// Proof: `ZkVerifier::Nullifiers` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:1)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn verify_proof(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `826 + n * (64 ±0)`
		//  Estimated: `5313`
		// Minimum execution time: 2_214_138_000 picoseconds.
		Weight::from_parts(2_264_575_397, 5313)
			// Standard Error: 1_012_124
			.saturating_add(Weight::from_parts(41_892_404, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:0)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1848), added: 4323, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::Nullifiers` (r:16 w:16)
	/// Proof: `ZkVerifier::Nullifiers` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:1)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 16]`.
	/// The range of component `n` is `[1, 16]`.
	fn verify_batch(b: u32, n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `826 + n * (64 ±0)`
		//  Estimated: `5313 + b * (2575 ±0)`
		// Minimum execution time: 2_920_065_000 picoseconds.
		Weight::from_parts(3_394_050_000, 5313)
			// Standard Error: 35_956_103
			.saturating_add(Weight::from_parts(2_422_907_773, 0).saturating_mul(b.into()))
			// Standard Error: 35_956_103
			.saturating_add(Weight::from_parts(68_926_475, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(b.into()))
	}
	/// The range of component `n` is `[1, 16]`.
	fn verify_with_host_backend(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 2_176_895_000 picoseconds.
		Weight::from_parts(2_265_623_689, 0)
			// Standard Error: 1_864_006
			.saturating_add(Weight::from_parts(34_471_767, 0).saturating_mul(n.into()))
	}
	/// The range of component `n` is `[1, 16]`.
	fn verify_with_pure_backend(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 8_261_354_000 picoseconds.
		Weight::from_parts(8_491_796_572, 0)
			// Standard Error: 4_062_759
			.saturating_add(Weight::from_parts(175_390_148, 0).saturating_mul(n.into()))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_key(n: u32, ) -> Weight {
		Weight::from_parts(2_476_066_156, 5313)
			.saturating_add(Weight::from_parts(5_337_827, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn register_key_for_everyone(_n: u32, ) -> Weight {
		Weight::from_parts(2_662_342_040, 5313)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn unregister_key() -> Weight {
		Weight::from_parts(163_600_000, 5313)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn verify_proof(n: u32, ) -> Weight {
		Weight::from_parts(2_264_575_397, 5313)
			.saturating_add(Weight::from_parts(41_892_404, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn verify_batch(b: u32, n: u32, ) -> Weight {
		Weight::from_parts(3_394_050_000, 5313)
			.saturating_add(Weight::from_parts(2_422_907_773, 0).saturating_mul(b.into()))
			.saturating_add(Weight::from_parts(68_926_475, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(b.into()))
	}
	fn verify_with_host_backend(n: u32, ) -> Weight {
		Weight::from_parts(2_265_623_689, 0)
			.saturating_add(Weight::from_parts(34_471_767, 0).saturating_mul(n.into()))
	}
	fn verify_with_pure_backend(n: u32, ) -> Weight {
		Weight::from_parts(8_491_796_572, 0)
			.saturating_add(Weight::from_parts(175_390_148, 0).saturating_mul(n.into()))
	}
}
