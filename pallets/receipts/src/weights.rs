
//! Weights for `pallet_receipts`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-11-22, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
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
// pallet_receipts
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
// pallets/receipts/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_receipts`.
pub trait WeightInfo {
	fn submit_receipt() -> Weight;
	fn set_mint_parameters() -> Weight;
	fn prune_receipts(n: u32, ) -> Weight;
	fn prune_session_work(n: u32, ) -> Weight;
	fn commit_job() -> Weight;
	fn remove_job_commitment() -> Weight;
	fn set_privacy_key() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(203), added: 2678, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1128), added: 3603, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SettledJobs` (r:1 w:1)
	/// Proof: `Receipts::SettledJobs` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:0)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(40974), added: 43449, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(96), added: 591, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:0 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn submit_receipt() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4334`
		//  Estimated: `44439`
		// Minimum execution time: 612_253_000 picoseconds.
		Weight::from_parts(662_695_000, 44439)
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Receipts::MintParams` (r:1 w:1)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(96), added: 591, mode: `MaxEncodedLen`)
	fn set_mint_parameters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `313`
		//  Estimated: `1581`
		// Minimum execution time: 28_545_000 picoseconds.
		Weight::from_parts(31_643_000, 1581)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(40974), added: 43449, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SettledJobs` (r:0 w:1024)
	/// Proof: `Receipts::SettledJobs` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:0 w:1024)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 1024]`.
	fn prune_receipts(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `270 + n * (40 ±0)`
		//  Estimated: `44439`
		// Minimum execution time: 14_160_000 picoseconds.
		Weight::from_parts(14_430_000, 44439)
			// Standard Error: 89_611
			.saturating_add(Weight::from_parts(5_602_018, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	/// Storage: `Receipts::OldestSession` (r:1 w:1)
	/// Proof: `Receipts::OldestSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:512 w:512)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 512]`.
	fn prune_session_work(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `148 + n * (61 ±0)`
		//  Estimated: `1489 + n * (2543 ±0)`
		// Minimum execution time: 24_454_000 picoseconds.
		Weight::from_parts(26_129_000, 1489)
			// Standard Error: 18_368
			.saturating_add(Weight::from_parts(2_127_948, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(n.into()))
	}
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(203), added: 2678, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:1 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn commit_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `631`
		//  Estimated: `3668`
		// Minimum execution time: 40_400_000 picoseconds.
		Weight::from_parts(45_980_000, 3668)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Receipts::JobCommitments` (r:1 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(203), added: 2678, mode: `MaxEncodedLen`)
	fn remove_job_commitment() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `305`
		//  Estimated: `3668`
		// Minimum execution time: 33_193_000 picoseconds.
		Weight::from_parts(37_098_000, 3668)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Receipts::PrivacyKeys` (r:0 w:1)
	/// Proof: `Receipts::PrivacyKeys` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	fn set_privacy_key() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 15_208_000 picoseconds.
		Weight::from_parts(18_154_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit_receipt() -> Weight {
		Weight::from_parts(662_695_000, 44439)
			.saturating_add(ParityDbWeight::get().reads(24_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn set_mint_parameters() -> Weight {
		Weight::from_parts(31_643_000, 1581)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(14_430_000, 44439)
			.saturating_add(Weight::from_parts(5_602_018, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn prune_session_work(n: u32, ) -> Weight {
		Weight::from_parts(26_129_000, 1489)
			.saturating_add(Weight::from_parts(2_127_948, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(n.into()))
	}
	fn commit_job() -> Weight {
		Weight::from_parts(45_980_000, 3668)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_job_commitment() -> Weight {
		Weight::from_parts(37_098_000, 3668)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_privacy_key() -> Weight {
		Weight::from_parts(18_154_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
