
//! Weights for `pallet_receipts`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-11-22, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
//! WASM-EXECUTION: `Compiled`, CPU: `Intel(R) Xeon(R) Processor @ 2.50GHz`
//!
//! Regenerate with `scripts/benchmark.sh`; do not edit by hand.
//!
//! NOTE: the claim/settle lifecycle changed `submit_receipt` and `prune_receipts` and added
//! `submit_receipt_accepted`, `accept`, `accept_many`, `settle_claims` and `settle_matured`.
//! Their figures below are estimates from the measured `submit_receipt` (split into its claim
//! and its settlement part) plus the new reads and writes, until the benchmarks are re-run.

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
	fn submit_receipt_accepted() -> Weight;
	fn accept() -> Weight;
	fn accept_many(n: u32, ) -> Weight;
	fn settle_claims(n: u32, ) -> Weight;
	fn settle_matured(n: u32, ) -> Weight;
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
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:0)
	/// Storage: `Escrow::Escrows` (r:1 w:0)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(73743), added: 76218, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MaturityQueue` (r:1 w:1)
	/// Proof: `Receipts::MaturityQueue` (`max_values`: None, `max_size`: Some(8207), added: 10682, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Claims` (r:0 w:1)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Estimate: the signature check and the claim writes of the measured receipt.
	fn submit_receipt() -> Weight {
		Weight::from_parts(310_000_000, 86900)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// The claim of `submit_receipt` plus a settlement (see `accept`) and the acceptance check.
	fn submit_receipt_accepted() -> Weight {
		Weight::from_parts(820_000_000, 105773)
			.saturating_add(T::DbWeight::get().reads(30_u64))
			.saturating_add(T::DbWeight::get().writes(23_u64))
	}
	/// Storage: `Receipts::Claims` (r:1 w:1), `Services::Jobs` (r:1 w:1), `Escrow::JobEscrows`
	/// (r:1 w:1), `Escrow::Escrows` (r:1 w:1), `Escrow::PlatformFee` (r:1 w:0),
	/// `Balances::Holds` (r:1 w:1), `System::Account` (r:3 w:3), `Services::JobPrunes` (r:1 w:1),
	/// `Receipts::ClaimedReceipts` (r:1 w:1), `Receipts::JobCommitments` (r:0 w:1),
	/// `Staking::CurrentSession` (r:1 w:0), `Receipts::MintParams` (r:1 w:0),
	/// `Receipts::MintedInBlock` (r:1 w:1), `Receipts::MintedInSession` (r:1 w:1),
	/// `Receipts::Ledger` (r:1 w:1), `Receipts::SessionWork` (r:1 w:1), `Receipts::TotalWork`
	/// (r:1 w:1), `Pricing::Classes` (r:1 w:1), `Staking::BlueprintIncentives` (r:1 w:0)
	/// Estimate: the settlement part of the measured receipt plus the claim's reads.
	fn accept() -> Weight {
		Weight::from_parts(480_000_000, 18873)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// `accept` per job.
	fn accept_many(n: u32, ) -> Weight {
		Weight::from_parts(15_000_000, 0)
			.saturating_add(Weight::from_parts(480_000_000, 18873).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((22_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((18_u64).saturating_mul(n.into())))
	}
	/// `accept` per job.
	fn settle_claims(n: u32, ) -> Weight {
		Weight::from_parts(15_000_000, 0)
			.saturating_add(Weight::from_parts(480_000_000, 18873).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((22_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((18_u64).saturating_mul(n.into())))
	}
	/// Storage: `Receipts::SettlementCursor` (r:1 w:1), `Receipts::MaturityQueue` (r:1 w:1),
	/// then `accept`'s per claim.
	fn settle_matured(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 10682)
			.saturating_add(Weight::from_parts(490_000_000, 18873).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().reads((22_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((18_u64).saturating_mul(n.into())))
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
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(73743), added: 76218, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:0 w:1024)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 1024]`.
	/// Estimate: the measured figure with the larger queue entries and one removal per entry.
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(16_000_000, 76218)
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
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
		Weight::from_parts(310_000_000, 86900)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn submit_receipt_accepted() -> Weight {
		Weight::from_parts(820_000_000, 105773)
			.saturating_add(ParityDbWeight::get().reads(30_u64))
			.saturating_add(ParityDbWeight::get().writes(23_u64))
	}
	fn accept() -> Weight {
		Weight::from_parts(480_000_000, 18873)
			.saturating_add(ParityDbWeight::get().reads(22_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn accept_many(n: u32, ) -> Weight {
		Weight::from_parts(15_000_000, 0)
			.saturating_add(Weight::from_parts(480_000_000, 18873).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads((22_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((18_u64).saturating_mul(n.into())))
	}
	fn settle_claims(n: u32, ) -> Weight {
		Weight::from_parts(15_000_000, 0)
			.saturating_add(Weight::from_parts(480_000_000, 18873).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads((22_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((18_u64).saturating_mul(n.into())))
	}
	fn settle_matured(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 10682)
			.saturating_add(Weight::from_parts(490_000_000, 18873).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().reads((22_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((18_u64).saturating_mul(n.into())))
	}
	fn set_mint_parameters() -> Weight {
		Weight::from_parts(31_643_000, 1581)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(16_000_000, 76218)
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
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
