
//! Weights for `pallet_receipts`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-12-02, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
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
// /work/main/scripts/weight-template.hbs
// --output
// /work/main/pallets/receipts/src/weights.rs

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
	fn apply_work(o: u32, ) -> Weight;
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
	/// Storage: `Receipts::JobCommitments` (r:1 w:0)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
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
	/// Storage: `Receipts::PruneCursor` (r:1 w:0)
	/// Proof: `Receipts::PruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SettlementCursor` (r:1 w:0)
	/// Proof: `Receipts::SettlementCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Claims` (r:0 w:1)
	/// Proof: `Receipts::Claims` (`max_values`: None, `max_size`: Some(152), added: 2627, mode: `MaxEncodedLen`)
	fn submit_receipt() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1733`
		//  Estimated: `77207`
		// Minimum execution time: 267_230_000 picoseconds.
		Weight::from_parts(372_929_000, 77207)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:1 w:0)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
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
	/// Storage: `Receipts::PruneCursor` (r:1 w:0)
	/// Proof: `Receipts::PruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(160), added: 655, mode: `MaxEncodedLen`)
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
	fn submit_receipt_accepted() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2643`
		//  Estimated: `77207`
		// Minimum execution time: 682_129_000 picoseconds.
		Weight::from_parts(1_036_294_000, 77207)
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
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
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:1 w:0)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:1 w:1)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(160), added: 655, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	fn accept() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2325`
		//  Estimated: `19863`
		// Minimum execution time: 389_210_000 picoseconds.
		Weight::from_parts(658_585_000, 19863)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(17_u64))
	}
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
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:64 w:0)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:64 w:64)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(160), added: 655, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn accept_many(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1935 + n * (582 ±0)`
		//  Estimated: `19863 + n * (3107 ±0)`
		// Minimum execution time: 412_844_000 picoseconds.
		Weight::from_parts(477_630_309, 19863)
			// Standard Error: 12_713_960
			.saturating_add(Weight::from_parts(360_766_996, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(12_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
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
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:64 w:0)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:64 w:64)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(160), added: 655, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn settle_claims(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1913 + n * (583 ±0)`
		//  Estimated: `19863 + n * (3107 ±0)`
		// Minimum execution time: 620_073_000 picoseconds.
		Weight::from_parts(82_522_448, 19863)
			// Standard Error: 10_064_928
			.saturating_add(Weight::from_parts(366_130_039, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(12_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
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
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:64 w:0)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:64 w:64)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(160), added: 655, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:1 w:1)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:1 w:1)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn settle_matured(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1951 + n * (414 ±0)`
		//  Estimated: `19863 + n * (3107 ±0)`
		// Minimum execution time: 46_147_000 picoseconds.
		Weight::from_parts(292_750_312, 19863)
			// Standard Error: 10_149_020
			.saturating_add(Weight::from_parts(357_945_852, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintParams` (r:1 w:0)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInBlock` (r:1 w:1)
	/// Proof: `Receipts::MintedInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::MintedInSession` (r:1 w:1)
	/// Proof: `Receipts::MintedInSession` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:65 w:65)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(160), added: 655, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::SessionWork` (r:64 w:64)
	/// Proof: `Receipts::SessionWork` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::TotalWork` (r:64 w:64)
	/// Proof: `Receipts::TotalWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:64 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[1, 64]`.
	fn apply_work(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `730 + o * (83 ±0)`
		//  Estimated: `3593 + o * (2603 ±0)`
		// Minimum execution time: 127_649_000 picoseconds.
		Weight::from_parts(154_460_000, 3593)
			// Standard Error: 652_469
			.saturating_add(Weight::from_parts(126_662_069, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(o.into()))
	}
	/// Storage: `Receipts::MintParams` (r:1 w:1)
	/// Proof: `Receipts::MintParams` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::Ledger` (r:1 w:1)
	/// Proof: `Receipts::Ledger` (`max_values`: Some(1), `max_size`: Some(160), added: 655, mode: `MaxEncodedLen`)
	fn set_mint_parameters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `377`
		//  Estimated: `1645`
		// Minimum execution time: 22_993_000 picoseconds.
		Weight::from_parts(41_117_000, 1645)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Receipts::PruneCursor` (r:1 w:1)
	/// Proof: `Receipts::PruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::PruneQueue` (r:1 w:1)
	/// Proof: `Receipts::PruneQueue` (`max_values`: None, `max_size`: Some(73742), added: 76217, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::ClaimedReceipts` (r:0 w:1024)
	/// Proof: `Receipts::ClaimedReceipts` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 1024]`.
	fn prune_receipts(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `259 + n * (72 ±0)`
		//  Estimated: `77207`
		// Minimum execution time: 14_968_000 picoseconds.
		Weight::from_parts(75_919_990, 77207)
			// Standard Error: 71_007
			.saturating_add(Weight::from_parts(4_630_997, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
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
		// Minimum execution time: 18_825_000 picoseconds.
		Weight::from_parts(24_045_000, 1489)
			// Standard Error: 14_341
			.saturating_add(Weight::from_parts(2_288_405, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(n.into()))
	}
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::JobCommitments` (r:1 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	fn commit_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `635`
		//  Estimated: `3676`
		// Minimum execution time: 35_196_000 picoseconds.
		Weight::from_parts(62_587_000, 3676)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Receipts::JobCommitments` (r:1 w:1)
	/// Proof: `Receipts::JobCommitments` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn remove_job_commitment() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `304`
		//  Estimated: `3676`
		// Minimum execution time: 26_891_000 picoseconds.
		Weight::from_parts(42_019_000, 3676)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ZkVerifier::Keys` (r:1 w:0)
	/// Proof: `ZkVerifier::Keys` (`max_values`: None, `max_size`: Some(1849), added: 4324, mode: `MaxEncodedLen`)
	/// Storage: `ZkVerifier::KeyPins` (r:2 w:2)
	/// Proof: `ZkVerifier::KeyPins` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Receipts::PrivacyKeys` (r:1 w:1)
	/// Proof: `Receipts::PrivacyKeys` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	fn set_privacy_key() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1571`
		//  Estimated: `6044`
		// Minimum execution time: 71_003_000 picoseconds.
		Weight::from_parts(116_729_000, 6044)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit_receipt() -> Weight {
		Weight::from_parts(372_929_000, 77207)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn submit_receipt_accepted() -> Weight {
		Weight::from_parts(1_036_294_000, 77207)
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn accept() -> Weight {
		Weight::from_parts(658_585_000, 19863)
			.saturating_add(ParityDbWeight::get().reads(23_u64))
			.saturating_add(ParityDbWeight::get().writes(17_u64))
	}
	fn accept_many(n: u32, ) -> Weight {
		Weight::from_parts(477_630_309, 19863)
			.saturating_add(Weight::from_parts(360_766_996, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(17_u64))
			.saturating_add(ParityDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	fn settle_claims(n: u32, ) -> Weight {
		Weight::from_parts(82_522_448, 19863)
			.saturating_add(Weight::from_parts(366_130_039, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(17_u64))
			.saturating_add(ParityDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	fn settle_matured(n: u32, ) -> Weight {
		Weight::from_parts(292_750_312, 19863)
			.saturating_add(Weight::from_parts(357_945_852, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(14_u64))
			.saturating_add(ParityDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	fn apply_work(o: u32, ) -> Weight {
		Weight::from_parts(154_460_000, 3593)
			.saturating_add(Weight::from_parts(126_662_069, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(o.into()))
	}
	fn set_mint_parameters() -> Weight {
		Weight::from_parts(41_117_000, 1645)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(75_919_990, 77207)
			.saturating_add(Weight::from_parts(4_630_997, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn prune_session_work(n: u32, ) -> Weight {
		Weight::from_parts(24_045_000, 1489)
			.saturating_add(Weight::from_parts(2_288_405, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2543).saturating_mul(n.into()))
	}
	fn commit_job() -> Weight {
		Weight::from_parts(62_587_000, 3676)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_job_commitment() -> Weight {
		Weight::from_parts(42_019_000, 3676)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_privacy_key() -> Weight {
		Weight::from_parts(116_729_000, 6044)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
