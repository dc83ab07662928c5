
//! Weights for `pallet_disputes`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
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
// /work/wt/scripts/weight-template.hbs
// --output
// /work/wt/pallets/disputes/src/weights.rs

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
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Disputes` (r:0 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	fn file_dispute() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1942`
		//  Estimated: `42846`
		// Minimum execution time: 207_920_000 picoseconds.
		Weight::from_parts(215_283_000, 42846)
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
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
		// Minimum execution time: 95_559_000 picoseconds.
		Weight::from_parts(99_477_000, 5811)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:0)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	fn commit_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1207`
		//  Estimated: `4334`
		// Minimum execution time: 38_432_000 picoseconds.
		Weight::from_parts(45_926_000, 4334)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:0)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	fn reveal_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1250`
		//  Estimated: `4334`
		// Minimum execution time: 39_694_000 picoseconds.
		Weight::from_parts(46_767_000, 4334)
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
		//  Measured:  `1323`
		//  Estimated: `3748`
		// Minimum execution time: 98_986_000 picoseconds.
		Weight::from_parts(109_385_000, 3748)
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
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextSlashId` (r:1 w:1)
	/// Proof: `Staking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:1)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Arbiters` (r:12 w:12)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DisputeOfJob` (r:0 w:1)
	/// Proof: `Disputes::DisputeOfJob` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Approvals` (r:0 w:1)
	/// Proof: `Escrow::Approvals` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	fn resolve_escalated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7275`
		//  Estimated: `42846`
		// Minimum execution time: 496_962_000 picoseconds.
		Weight::from_parts(537_327_000, 42846)
			.saturating_add(T::DbWeight::get().reads(45_u64))
			.saturating_add(T::DbWeight::get().writes(31_u64))
	}
	/// Not re-measured yet: the request only (the draw moved to `draw_panel`), estimated from
	/// `appeal` plus the reads and writes below.
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Storage: `Disputes::PendingDraws` (r:1 w:1)
	/// Storage: `Disputes::Deadlines` (r:16 w:1) (a deferred request)
	fn advance_draw_panel() -> Weight {
		Weight::from_parts(110_000_000, 42846)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Not measured yet: the former `advance_draw_panel` plus, per pool member, a job registry
	/// read (`is_job_operator`) and a delegation read (`Delegations::delegates_to`), and the
	/// parent hash and `PendingDraws`.
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Storage: `Disputes::ArbiterPool` (r:1 w:0)
	/// Storage: `Disputes::Arbiters` (r:100 w:12)
	/// Storage: `Services::JobOperators` or equivalent (r:100 w:0)
	/// Storage: `Staking::Delegations` or equivalent (r:100 w:0)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Storage: `Disputes::Panels` (r:0 w:1)
	fn draw_panel() -> Weight {
		Weight::from_parts(1_016_654_000, 520_000)
			.saturating_add(T::DbWeight::get().reads(320_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
	/// Storage: `Disputes::Disputes` (r:1 w:1)
	/// Proof: `Disputes::Disputes` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Panels` (r:1 w:0)
	/// Proof: `Disputes::Panels` (`max_values`: None, `max_size`: Some(869), added: 3344, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Arbiters` (r:1 w:1)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:12 w:12)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn advance_tally() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6033`
		//  Estimated: `42846`
		// Minimum execution time: 715_783_000 picoseconds.
		Weight::from_parts(758_092_000, 42846)
			.saturating_add(T::DbWeight::get().reads(32_u64))
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
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextSlashId` (r:1 w:1)
	/// Proof: `Staking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Arbiters` (r:12 w:12)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::Deadlines` (r:16 w:1)
	/// Proof: `Disputes::Deadlines` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::DisputeOfJob` (r:0 w:1)
	/// Proof: `Disputes::DisputeOfJob` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Approvals` (r:0 w:1)
	/// Proof: `Escrow::Approvals` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	fn advance_resolve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `9005`
		//  Estimated: `42846`
		// Minimum execution time: 1_076_679_000 picoseconds.
		Weight::from_parts(1_123_247_000, 42846)
			.saturating_add(T::DbWeight::get().reads(55_u64))
			.saturating_add(T::DbWeight::get().writes(41_u64))
	}
	/// Storage: `Disputes::Arbiters` (r:1 w:1)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::ArbiterPool` (r:1 w:1)
	/// Proof: `Disputes::ArbiterPool` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Not re-measured yet: the former figures plus a full pool's scan for the lowest stake
	/// (`Disputes::Arbiters` r:100) and the eviction (its `Arbiters`, `System::Account` and
	/// `Balances::Holds`, r:2 w:3).
	fn join_arbiters() -> Weight {
		Weight::from_parts(350_000_000, 265_000)
			.saturating_add(T::DbWeight::get().reads(106_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Disputes::Arbiters` (r:1 w:1)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn add_arbiter_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `328`
		//  Estimated: `3748`
		// Minimum execution time: 80_691_000 picoseconds.
		Weight::from_parts(83_817_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Disputes::Arbiters` (r:1 w:1)
	/// Proof: `Disputes::Arbiters` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Disputes::ArbiterPool` (r:1 w:1)
	/// Proof: `Disputes::ArbiterPool` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	fn leave_arbiters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5064`
		//  Estimated: `4687`
		// Minimum execution time: 91_382_000 picoseconds.
		Weight::from_parts(106_300_000, 4687)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn file_dispute() -> Weight {
		Weight::from_parts(215_283_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(24_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn submit_evidence() -> Weight {
		Weight::from_parts(99_477_000, 5811)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn commit_vote() -> Weight {
		Weight::from_parts(45_926_000, 4334)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn reveal_vote() -> Weight {
		Weight::from_parts(46_767_000, 4334)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn appeal() -> Weight {
		Weight::from_parts(109_385_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn resolve_escalated() -> Weight {
		Weight::from_parts(537_327_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(45_u64))
			.saturating_add(ParityDbWeight::get().writes(31_u64))
	}
	fn advance_draw_panel() -> Weight {
		Weight::from_parts(110_000_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(18_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn draw_panel() -> Weight {
		Weight::from_parts(1_016_654_000, 520_000)
			.saturating_add(ParityDbWeight::get().reads(320_u64))
			.saturating_add(ParityDbWeight::get().writes(15_u64))
	}
	fn advance_tally() -> Weight {
		Weight::from_parts(758_092_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(32_u64))
			.saturating_add(ParityDbWeight::get().writes(16_u64))
	}
	fn advance_resolve() -> Weight {
		Weight::from_parts(1_123_247_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(55_u64))
			.saturating_add(ParityDbWeight::get().writes(41_u64))
	}
	fn join_arbiters() -> Weight {
		Weight::from_parts(350_000_000, 265_000)
			.saturating_add(ParityDbWeight::get().reads(106_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn add_arbiter_stake() -> Weight {
		Weight::from_parts(83_817_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn leave_arbiters() -> Weight {
		Weight::from_parts(106_300_000, 4687)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
}
