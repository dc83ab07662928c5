
//! Weights for `pallet_zk_verifier`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-12-01, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
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
// /work/main/scripts/weight-template.hbs
// --output
// /work/main/pallets/zk-verifier/src/weights.rs

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
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1849), added: 4324, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:0)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn register_key(_n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `109`
		//  Estimated: `5314`
		// Minimum execution time: 1_541_560_000 picoseconds.
		Weight::from_parts(2_209_957_984, 5314)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:1)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1849), added: 4324, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:0)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn register_key_for_everyone(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6`
		//  Estimated: `5314`
		// Minimum execution time: 1_471_118_000 picoseconds.
		Weight::from_parts(2_047_585_563, 5314)
			// Standard Error: 1_608_438
			.saturating_add(Weight::from_parts(678_661, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:1)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1849), added: 4324, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::KeyPins` (r:1 w:0)
	/// Proof: `ZkVerifier::KeyPins` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:0)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn unregister_key() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2152`
		//  Estimated: `5314`
		// Minimum execution time: 132_559_000 picoseconds.
		Weight::from_parts(208_561_000, 5314)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:0)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1849), added: 4324, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::Nullifiers` (r:1 w:1)
	/// Proof: `ZkVerifier::Nullifiers` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:1)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn verify_proof(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `827 + n * (64 ±0)`
		//  Estimated: `5314`
		// Minimum execution time: 1_921_834_000 picoseconds.
		Weight::from_parts(2_215_347_539, 5314)
			// Standard Error: 1_988_973
			.saturating_add(Weight::from_parts(31_940_551, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:0)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1849), added: 4324, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::Nullifiers` (r:16 w:16)
	/// Proof: `ZkVerifier::Nullifiers` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::NullifierCount` (r:1 w:1)
	/// Proof: `ZkVerifier::NullifierCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 16]`.
	/// The range of component `n` is `[1, 16]`.
	fn verify_batch(b: u32, n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `827 + n * (64 ±0)`
		//  Estimated: `5314 + b * (2623 ±0)`
		// Minimum execution time: 2_602_771_000 picoseconds.
		Weight::from_parts(3_466_570_000, 5314)
			// Standard Error: 62_629_621
			.saturating_add(Weight::from_parts(2_570_023_842, 0).saturating_mul(b.into()))
			// Standard Error: 62_629_621
			.saturating_add(Weight::from_parts(15_324_155, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(b.into()))
	}
	/// The range of component `n` is `[1, 16]`.
	fn verify_with_host_backend(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 1_911_595_000 picoseconds.
		Weight::from_parts(2_661_779_863, 0)
			// Standard Error: 2_481_022
			.saturating_add(Weight::from_parts(39_200_361, 0).saturating_mul(n.into()))
	}
	/// The range of component `n` is `[1, 16]`.
	fn verify_with_pure_backend(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 7_793_925_000 picoseconds.
		Weight::from_parts(10_849_350_458, 0)
			// Standard Error: 3_905_446
			.saturating_add(Weight::from_parts(236_511_789, 0).saturating_mul(n.into()))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_key(_n: u32, ) -> Weight {
		Weight::from_parts(2_209_957_984, 5314)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn register_key_for_everyone(n: u32, ) -> Weight {
		Weight::from_parts(2_047_585_563, 5314)
			.saturating_add(Weight::from_parts(678_661, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn unregister_key() -> Weight {
		Weight::from_parts(208_561_000, 5314)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn verify_proof(n: u32, ) -> Weight {
		Weight::from_parts(2_215_347_539, 5314)
			.saturating_add(Weight::from_parts(31_940_551, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn verify_batch(b: u32, n: u32, ) -> Weight {
		Weight::from_parts(3_466_570_000, 5314)
			.saturating_add(Weight::from_parts(2_570_023_842, 0).saturating_mul(b.into()))
			.saturating_add(Weight::from_parts(15_324_155, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(b.into()))
	}
	fn verify_with_host_backend(n: u32, ) -> Weight {
		Weight::from_parts(2_661_779_863, 0)
			.saturating_add(Weight::from_parts(39_200_361, 0).saturating_mul(n.into()))
	}
	fn verify_with_pure_backend(n: u32, ) -> Weight {
		Weight::from_parts(10_849_350_458, 0)
			.saturating_add(Weight::from_parts(236_511_789, 0).saturating_mul(n.into()))
	}
}
