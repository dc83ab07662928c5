
//! Weights for `pallet_receipts`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
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
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:0)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:0)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(73742), added: 76217, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MaturityQueue` (r:1 w:1)
	/// Proof: `Receipts::MaturityQueue` (`max_values`: None, `max_size`: Some(8206), added: 10681, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Claims` (r:0 w:1)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	fn submit_receipt() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1710`
		//  Estimated: `77207`
		// Minimum execution time: 190_798_000 picoseconds.
		Weight::from_parts(234_119_000, 77207)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(73742), added: 76217, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Claims` (r:0 w:1)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:0 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Approvals` (r:0 w:1)
	/// Proof: `Escrow::Approvals` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	fn submit_receipt_accepted() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2583`
		//  Estimated: `77207`
		// Minimum execution time: 540_824_000 picoseconds.
		Weight::from_parts(605_916_000, 77207)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(20_u64))
	}
	/// Storage: `Receipts::Claims` (r:1 w:1)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
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
	/// Storage: `Escrow::Approvals` (r:0 w:1)
	/// Proof: `Escrow::Approvals` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	fn accept() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2264`
		//  Estimated: `19863`
		// Minimum execution time: 326_412_000 picoseconds.
		Weight::from_parts(366_277_000, 19863)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(19_u64))
	}
	/// Storage: `Receipts::Claims` (r:32 w:32)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:32 w:32)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:32 w:32)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:32 w:32)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:32 w:32)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:0 w:32)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Approvals` (r:0 w:32)
	/// Proof: `Escrow::Approvals` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 32]`.
	fn accept_many(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1732 + n * (591 ±0)`
		//  Estimated: `19863 + n * (3107 ±0)`
		// Minimum execution time: 326_121_000 picoseconds.
		Weight::from_parts(154_774_929, 19863)
			// Standard Error: 674_872
			.saturating_add(Weight::from_parts(242_174_058, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(12_u64))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	/// Storage: `Receipts::Claims` (r:32 w:32)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:32 w:32)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:32 w:32)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:32 w:32)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:32 w:32)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:0 w:32)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Approvals` (r:0 w:32)
	/// Proof: `Escrow::Approvals` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 32]`.
	fn settle_claims(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1713 + n * (592 ±0)`
		//  Estimated: `19863 + n * (3107 ±0)`
		// Minimum execution time: 330_991_000 picoseconds.
		Weight::from_parts(139_295_177, 19863)
			// Standard Error: 341_988
			.saturating_add(Weight::from_parts(244_910_072, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(12_u64))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	/// Storage: `Receipts::SettlementCursor` (r:1 w:1)
	/// Proof: `Receipts::SettlementCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MaturityQueue` (r:1 w:1)
	/// Proof: `Receipts::MaturityQueue` (`max_values`: None, `max_size`: Some(8206), added: 10681, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Claims` (r:64 w:64)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:64 w:64)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:64 w:64)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:64 w:64)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:64 w:64)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:0 w:64)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Approvals` (r:0 w:64)
	/// Proof: `Escrow::Approvals` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn settle_matured(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1926 + n * (413 ±0)`
		//  Estimated: `19863 + n * (3107 ±0)`
		// Minimum execution time: 13_325_000 picoseconds.
		Weight::from_parts(43_365_077, 19863)
			// Standard Error: 507_130
			.saturating_add(Weight::from_parts(249_280_486, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	/// Storage: `Receipts::MintParams` (r:1 w:1)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	fn set_mint_parameters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `361`
		//  Estimated: `1629`
		// Minimum execution time: 22_972_000 picoseconds.
		Weight::from_parts(25_117_000, 1629)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(73742), added: 76217, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:0 w:1024)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 1024]`.
	fn prune_receipts(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `259 + n * (72 ±0)`
		//  Estimated: `77207`
		// Minimum execution time: 10_801_000 picoseconds.
		Weight::from_parts(11_792_000, 77207)
			// Standard Error: 18_665
			.saturating_add(Weight::from_parts(3_212_296, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 18_976_000 picoseconds.
		Weight::from_parts(21_911_000, 1489)
			// Standard Error: 13_378
			.saturating_add(Weight::from_parts(2_066_341, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(n.into()))
	}
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:1 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn commit_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `635`
		//  Estimated: `3676`
		// Minimum execution time: 32_862_000 picoseconds.
		Weight::from_parts(36_768_000, 3676)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Receipts::JobCommitments` (r:1 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn remove_job_commitment() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `305`
		//  Estimated: `3676`
		// Minimum execution time: 26_189_000 picoseconds.
		Weight::from_parts(31_359_000, 3676)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Receipts::PrivacyKeys` (r:0 w:1)
	/// Proof: `Receipts::PrivacyKeys` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	fn set_privacy_key() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 12_774_000 picoseconds.
		Weight::from_parts(14_437_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit_receipt() -> Weight {
		Weight::from_parts(234_119_000, 77207)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn submit_receipt_accepted() -> Weight {
		Weight::from_parts(605_916_000, 77207)
			.saturating_add(ParityDbWeight::get().reads(22_u64))
			.saturating_add(ParityDbWeight::get().writes(20_u64))
	}
	fn accept() -> Weight {
		Weight::from_parts(366_277_000, 19863)
			.saturating_add(ParityDbWeight::get().reads(21_u64))
			.saturating_add(ParityDbWeight::get().writes(19_u64))
	}
	fn accept_many(n: u32, ) -> Weight {
		Weight::from_parts(154_774_929, 19863)
			.saturating_add(Weight::from_parts(242_174_058, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(16_u64))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	fn settle_claims(n: u32, ) -> Weight {
		Weight::from_parts(139_295_177, 19863)
			.saturating_add(Weight::from_parts(244_910_072, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(16_u64))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	fn settle_matured(n: u32, ) -> Weight {
		Weight::from_parts(43_365_077, 19863)
			.saturating_add(Weight::from_parts(249_280_486, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	fn set_mint_parameters() -> Weight {
		Weight::from_parts(25_117_000, 1629)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(11_792_000, 77207)
			.saturating_add(Weight::from_parts(3_212_296, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn prune_session_work(n: u32, ) -> Weight {
		Weight::from_parts(21_911_000, 1489)
			.saturating_add(Weight::from_parts(2_066_341, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(n.into()))
	}
	fn commit_job() -> Weight {
		Weight::from_parts(36_768_000, 3676)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_job_commitment() -> Weight {
		Weight::from_parts(31_359_000, 3676)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_privacy_key() -> Weight {
		Weight::from_parts(14_437_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
