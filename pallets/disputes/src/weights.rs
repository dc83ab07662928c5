
//! Weights for `pallet_disputes`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
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
// pallet_disputes
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
// /work/main/pallets/disputes/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_disputes`.
pub trait WeightInfo {
	fn file_dispute() -> Weight;
	fn submit_evidence() -> Weight;
	fn commit_vote() -> Weight;
	fn reveal_vote() -> Weight;
	fn appeal() -> Weight;
	fn resolve_escalated() -> Weight;
	fn advance_draw_panel() -> Weight;
	fn draw_panel() -> Weight;
	fn advance_tally() -> Weight;
	fn advance_resolve() -> Weight;
	fn join_arbiters() -> Weight;
	fn add_arbiter_stake() -> Weight;
	fn leave_arbiters() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DisputeOfJob` (r:1 w:1)
	/// Proof: `Disputes::DisputeOfJob` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:0)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::NextDisputeId` (r:1 w:1)
	/// Proof: `Disputes::NextDisputeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DeadlineCursor` (r:1 w:0)
	/// Proof: `Disputes::DeadlineCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Disputes` (r:0 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	fn file_dispute() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2207`
		//  Estimated: `42846`
		// Minimum execution time: 242_474_000 picoseconds.
		Weight::from_parts(419_768_000, 42846)
			.saturating_add(T::DbWeight::get().reads(28_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Evidence` (r:1 w:1)
	/// Proof: `Disputes::Evidence` (`max_values`: None, `max_size`: Some(2346), added: 4821, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn submit_evidence() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `561`
		//  Estimated: `5811`
		// Minimum execution time: 97_373_000 picoseconds.
		Weight::from_parts(132_939_000, 5811)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:0)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	fn commit_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1230`
		//  Estimated: `4334`
		// Minimum execution time: 51_427_000 picoseconds.
		Weight::from_parts(98_806_000, 4334)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:0)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	fn reveal_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1273`
		//  Estimated: `4334`
		// Minimum execution time: 53_780_000 picoseconds.
		Weight::from_parts(99_467_000, 4334)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn appeal() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1346`
		//  Estimated: `3748`
		// Minimum execution time: 115_917_000 picoseconds.
		Weight::from_parts(194_505_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextSlashId` (r:1 w:1)
	/// Proof: `Staking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashCursor` (r:1 w:0)
	/// Proof: `Staking::SlashCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Arbiters` (r:12 w:12)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DeadlineCursor` (r:1 w:0)
	/// Proof: `Disputes::DeadlineCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DisputeOfJob` (r:0 w:1)
	/// Proof: `Disputes::DisputeOfJob` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn resolve_escalated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7998`
		//  Estimated: `42846`
		// Minimum execution time: 621_866_000 picoseconds.
		Weight::from_parts(882_405_000, 42846)
			.saturating_add(T::DbWeight::get().reads(51_u64))
			.saturating_add(T::DbWeight::get().writes(32_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::PendingDraws` (r:1 w:0)
	/// Proof: `Disputes::PendingDraws` (`max_values`: Some(1), `max_size`: Some(129), added: 624, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DeadlineCursor` (r:1 w:0)
	/// Proof: `Disputes::DeadlineCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn advance_draw_panel() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1315`
		//  Estimated: `42846`
		// Minimum execution time: 125_716_000 picoseconds.
		Weight::from_parts(269_085_000, 42846)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::ArbiterPool` (r:1 w:0)
	/// Proof: `Disputes::ArbiterPool` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Arbiters` (r:100 w:12)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Staking::DelegatorLinks` (r:100 w:0)
	/// Proof: `Staking::DelegatorLinks` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DeadlineCursor` (r:1 w:0)
	/// Proof: `Disputes::DeadlineCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:0 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	fn draw_panel() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `13864`
		//  Estimated: `258490`
		// Minimum execution time: 1_524_218_000 picoseconds.
		Weight::from_parts(2_827_923_000, 258490)
			.saturating_add(T::DbWeight::get().reads(223_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:0)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Arbiters` (r:1 w:1)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:12 w:12)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DeadlineCursor` (r:1 w:0)
	/// Proof: `Disputes::DeadlineCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn advance_tally() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5952`
		//  Estimated: `42846`
		// Minimum execution time: 811_101_000 picoseconds.
		Weight::from_parts(1_386_220_000, 42846)
			.saturating_add(T::DbWeight::get().reads(33_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:13 w:13)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextSlashId` (r:1 w:1)
	/// Proof: `Staking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashCursor` (r:1 w:0)
	/// Proof: `Staking::SlashCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Arbiters` (r:12 w:12)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DeadlineCursor` (r:1 w:0)
	/// Proof: `Disputes::DeadlineCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DisputeOfJob` (r:0 w:1)
	/// Proof: `Disputes::DisputeOfJob` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn advance_resolve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `9900`
		//  Estimated: `42846`
		// Minimum execution time: 1_202_225_000 picoseconds.
		Weight::from_parts(2_014_829_000, 42846)
			.saturating_add(T::DbWeight::get().reads(61_u64))
			.saturating_add(T::DbWeight::get().writes(42_u64))
	}
	/// Storage: `Disputes::Arbiters` (r:101 w:2)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::ArbiterPool` (r:1 w:1)
	/// Proof: `Disputes::ArbiterPool` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn join_arbiters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `13146`
		//  Estimated: `259853`
		// Minimum execution time: 702_227_000 picoseconds.
		Weight::from_parts(1_202_185_000, 259853)
			.saturating_add(T::DbWeight::get().reads(106_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Disputes::Arbiters` (r:1 w:1)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn add_arbiter_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `350`
		//  Estimated: `3748`
		// Minimum execution time: 82_434_000 picoseconds.
		Weight::from_parts(136_005_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Disputes::Arbiters` (r:1 w:1)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::ArbiterPool` (r:1 w:1)
	/// Proof: `Disputes::ArbiterPool` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	fn leave_arbiters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5085`
		//  Estimated: `4687`
		// Minimum execution time: 123_621_000 picoseconds.
		Weight::from_parts(224_351_000, 4687)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn file_dispute() -> Weight {
		Weight::from_parts(419_768_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(28_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn submit_evidence() -> Weight {
		Weight::from_parts(132_939_000, 5811)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn commit_vote() -> Weight {
		Weight::from_parts(98_806_000, 4334)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn reveal_vote() -> Weight {
		Weight::from_parts(99_467_000, 4334)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn appeal() -> Weight {
		Weight::from_parts(194_505_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn resolve_escalated() -> Weight {
		Weight::from_parts(882_405_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(51_u64))
			.saturating_add(ParityDbWeight::get().writes(32_u64))
	}
	fn advance_draw_panel() -> Weight {
		Weight::from_parts(269_085_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(19_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn draw_panel() -> Weight {
		Weight::from_parts(2_827_923_000, 258490)
			.saturating_add(ParityDbWeight::get().reads(223_u64))
			.saturating_add(ParityDbWeight::get().writes(15_u64))
	}
	fn advance_tally() -> Weight {
		Weight::from_parts(1_386_220_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(33_u64))
			.saturating_add(ParityDbWeight::get().writes(16_u64))
	}
	fn advance_resolve() -> Weight {
		Weight::from_parts(2_014_829_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(61_u64))
			.saturating_add(ParityDbWeight::get().writes(42_u64))
	}
	fn join_arbiters() -> Weight {
		Weight::from_parts(1_202_185_000, 259853)
			.saturating_add(ParityDbWeight::get().reads(106_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn add_arbiter_stake() -> Weight {
		Weight::from_parts(136_005_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn leave_arbiters() -> Weight {
		Weight::from_parts(224_351_000, 4687)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
}
