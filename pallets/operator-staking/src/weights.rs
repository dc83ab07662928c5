
//! Weights for `pallet_operator_staking`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
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
// pallet_operator_staking
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
// pallets/operator-staking/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_operator_staking`.
pub trait WeightInfo {
	fn bond() -> Weight;
	fn bond_extra() -> Weight;
	fn schedule_unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn set_commission() -> Weight;
	fn delegate() -> Weight;
	fn schedule_undelegation() -> Weight;
	fn withdraw_undelegated() -> Weight;
	fn cancel_slash() -> Weight;
	fn apply_slash(d: u32, ) -> Weight;
	fn on_initialize_slashes(s: u32, ) -> Weight;
	fn close_session(p: u32, ) -> Weight;
	fn set_slash_destination() -> Weight;
	fn set_reward_pool() -> Weight;
	fn set_blueprint_incentive() -> Weight;
	fn claim_rewards() -> Weight;
	fn set_delegation_asset() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `250`
		//  Estimated: `3694`
		// Minimum execution time: 93_166_000 picoseconds.
		Weight::from_parts(159_161_000, 3694)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `3694`
		// Minimum execution time: 100_750_000 picoseconds.
		Weight::from_parts(181_806_000, 3694)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:1 w:0)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn schedule_unbond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `248`
		//  Estimated: `4027`
		// Minimum execution time: 34_909_000 picoseconds.
		Weight::from_parts(61_399_000, 4027)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:1 w:0)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:0) (replaces `PendingSlashCount`, issue 15)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `428`
		//  Estimated: `4027`
		// Minimum execution time: 102_176_000 picoseconds.
		Weight::from_parts(179_733_000, 4027)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0), `Staking::PendingCommissions` (r:1 w:1)
	/// (added by hand, issue 15)
	fn set_commission() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `242`
		//  Estimated: `3554`
		// Minimum execution time: 26_512_000 picoseconds.
		Weight::from_parts(46_559_000, 3554)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(300), added: 2775, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Added by hand (issue 15): `Staking::DelegationAssets` (r:1), `Staking::Exposures`
	/// (r:16, one per blueprint of a top-up) and `Staking::OperatorExposures` (r:1).
	fn delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2908`
		//  Estimated: `3765`
		// Minimum execution time: 195_066_000 picoseconds.
		Weight::from_parts(303_571_000, 3765)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(300), added: 2775, mode: `MaxEncodedLen`)
	fn schedule_undelegation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `368`
		//  Estimated: `3765`
		// Minimum execution time: 34_212_000 picoseconds.
		Weight::from_parts(51_501_000, 3765)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(300), added: 2775, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:16 w:0) and `Staking::OperatorExposures` (r:1 w:0)
	/// (replace `PendingSlashCount`, issue 15; 16 = `MaxBlueprintsPerDelegation` in the runtime)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn withdraw_undelegated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `697`
		//  Estimated: `3765`
		// Minimum execution time: 110_349_000 picoseconds.
		Weight::from_parts(191_265_000, 3765)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Staking::UnappliedSlashes` (r:1 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Issue 15 (by hand): `Staking::SlashQueue` is gone; `Staking::Exposures`,
	/// `Staking::OperatorExposures` and `Staking::HeartbeatSlashes` (r:1 w:1 each) per slash,
	/// `Staking::NextSlashId` and `Staking::NextSlashToApply` (r:2 w:1) per block.
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn cancel_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `726`
		//  Estimated: `3547`
		// Minimum execution time: 49_030_000 picoseconds.
		Weight::from_parts(73_952_000, 3547)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Staking::UnappliedSlashes` (r:1 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Issue 15 (by hand): `Staking::SlashQueue` is gone; `Staking::Exposures`,
	/// `Staking::OperatorExposures` and `Staking::HeartbeatSlashes` (r:1 w:1 each) per slash,
	/// `Staking::NextSlashId` and `Staking::NextSlashToApply` (r:2 w:1) per block.
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:257 w:257)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:258 w:258)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:257 w:256)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(300), added: 2775, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashDestinationSetting` (r:1 w:0)
	/// Proof: `Staking::SlashDestinationSetting` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// The range of component `d` is `[0, 256]`.
	fn apply_slash(d: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1401 + d * (244 ±0)`
		//  Estimated: `6196 + d * (2775 ±0)`
		// Minimum execution time: 154_274_000 picoseconds.
		Weight::from_parts(1_224_595_308, 6196)
			// Standard Error: 2_455_727
			.saturating_add(Weight::from_parts(68_299_599, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2775).saturating_mul(d.into()))
	}
	/// Issue 15 (by hand): `Staking::SlashQueue` is gone; `Staking::Exposures`,
	/// `Staking::OperatorExposures` and `Staking::HeartbeatSlashes` (r:1 w:1 each) per slash,
	/// `Staking::NextSlashId` and `Staking::NextSlashToApply` (r:2 w:1) per block.
	/// Storage: `Staking::UnappliedSlashes` (r:8 w:8)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:257 w:257)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:258 w:258)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:257 w:256)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(300), added: 2775, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashDestinationSetting` (r:1 w:0)
	/// Proof: `Staking::SlashDestinationSetting` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 8]`.
	fn on_initialize_slashes(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `63632 + s * (61 ±0)`
		//  Estimated: `714165 + s * (2557 ±0)`
		// Minimum execution time: 19_388_000 picoseconds.
		Weight::from_parts(21_510_000, 714165)
			// Standard Error: 262_945_519
			.saturating_add(Weight::from_parts(16_170_070_586, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(486_u64))
			.saturating_add(T::DbWeight::get().reads((56_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(482_u64))
			.saturating_add(T::DbWeight::get().writes((57_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2557).saturating_mul(s.into()))
	}
	/// Storage: `Staking::SlashQueue` (r:1 w:0)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:1)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Paged since issue 15: `p` is at most `MaxPayoutsPerBlock`; adds `UnpaidSession`,
	/// `CurrentPayout` and `SessionTallies` (r:3 w:3) to the figures measured before, and
	/// `PendingCommissions` (r:1) per entry for the commission of the session paid.
	/// Storage: `Staking::SessionPoints` (r:1025 w:1024)
	/// Proof: `Staking::SessionPoints` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Staking::RewardPoolPerSession` (r:1 w:0)
	/// Proof: `Staking::RewardPoolPerSession` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalRewardsFunded` (r:1 w:1)
	/// Proof: `Staking::TotalRewardsFunded` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1024 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1024 w:1024)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SessionPointEntries` (r:0 w:1)
	/// Proof: `Staking::SessionPointEntries` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 1024]`.
	fn close_session(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `817 + p * (224 ±0)`
		//  Estimated: `6196 + p * (2575 ±0)`
		// Minimum execution time: 56_151_000 picoseconds.
		Weight::from_parts(57_131_000, 6196)
			// Standard Error: 2_217_163
			.saturating_add(Weight::from_parts(60_294_125, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(p.into()))
	}
	/// Storage: `Staking::SlashDestinationSetting` (r:0 w:1)
	/// Proof: `Staking::SlashDestinationSetting` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn set_slash_destination() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 12_800_000 picoseconds.
		Weight::from_parts(22_234_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::RewardPoolPerSession` (r:0 w:1)
	/// Proof: `Staking::RewardPoolPerSession` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_reward_pool() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 12_850_000 picoseconds.
		Weight::from_parts(27_402_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:1)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	fn set_blueprint_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `547`
		//  Estimated: `1870`
		// Minimum execution time: 28_761_000 picoseconds.
		Weight::from_parts(54_088_000, 1870)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(300), added: 2775, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalRewardsPaid` (r:1 w:1)
	/// Proof: `Staking::TotalRewardsPaid` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `813`
		//  Estimated: `6196`
		// Minimum execution time: 119_153_000 picoseconds.
		Weight::from_parts(204_391_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Written by hand (issue 15), from `set_slash_destination` plus the reads and writes:
	/// Storage: `Staking::DelegationAssets` (r:1 w:1)
	/// Storage: `Staking::DelegationAssetCount` (r:1 w:1)
	fn set_delegation_asset() -> Weight {
		Weight::from_parts(30_000_000, 2_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn bond() -> Weight {
		Weight::from_parts(159_161_000, 3694)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(181_806_000, 3694)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn schedule_unbond() -> Weight {
		Weight::from_parts(61_399_000, 4027)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(179_733_000, 4027)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_commission() -> Weight {
		Weight::from_parts(46_559_000, 3554)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn delegate() -> Weight {
		Weight::from_parts(303_571_000, 3765)
			.saturating_add(ParityDbWeight::get().reads(23_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn schedule_undelegation() -> Weight {
		Weight::from_parts(51_501_000, 3765)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_undelegated() -> Weight {
		Weight::from_parts(191_265_000, 3765)
			.saturating_add(ParityDbWeight::get().reads(21_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn cancel_slash() -> Weight {
		Weight::from_parts(73_952_000, 3547)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn apply_slash(d: u32, ) -> Weight {
		Weight::from_parts(1_224_595_308, 6196)
			.saturating_add(Weight::from_parts(68_299_599, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2775).saturating_mul(d.into()))
	}
	fn on_initialize_slashes(s: u32, ) -> Weight {
		Weight::from_parts(21_510_000, 714165)
			.saturating_add(Weight::from_parts(16_170_070_586, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(486_u64))
			.saturating_add(ParityDbWeight::get().reads((56_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(482_u64))
			.saturating_add(ParityDbWeight::get().writes((57_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2557).saturating_mul(s.into()))
	}
	fn close_session(p: u32, ) -> Weight {
		Weight::from_parts(57_131_000, 6196)
			.saturating_add(Weight::from_parts(60_294_125, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(p.into()))
	}
	fn set_slash_destination() -> Weight {
		Weight::from_parts(22_234_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_reward_pool() -> Weight {
		Weight::from_parts(27_402_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_blueprint_incentive() -> Weight {
		Weight::from_parts(54_088_000, 1870)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(204_391_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn set_delegation_asset() -> Weight {
		Weight::from_parts(30_000_000, 2_600)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
}
