
//! Weights for `pallet_operator_staking`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
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
// /work/main/scripts/weight-template.hbs
// --output
// /work/main/pallets/operator-staking/src/weights.rs

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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `250`
		//  Estimated: `3748`
		// Minimum execution time: 82_013_000 picoseconds.
		Weight::from_parts(141_426_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `3748`
		// Minimum execution time: 86_903_000 picoseconds.
		Weight::from_parts(144_251_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:1 w:0)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn schedule_unbond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `284`
		//  Estimated: `4027`
		// Minimum execution time: 30_406_000 picoseconds.
		Weight::from_parts(54_702_000, 4027)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:1 w:0)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:0)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingCommissions` (r:0 w:1)
	/// Proof: `Staking::PendingCommissions` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `464`
		//  Estimated: `4027`
		// Minimum execution time: 87_995_000 picoseconds.
		Weight::from_parts(142_798_000, 4027)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingCommissions` (r:1 w:1)
	/// Proof: `Staking::PendingCommissions` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn set_commission() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `344`
		//  Estimated: `3554`
		// Minimum execution time: 33_473_000 picoseconds.
		Weight::from_parts(55_283_000, 3554)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(304), added: 2779, mode: `MaxEncodedLen`)
	/// Storage: `Staking::DelegatorLinks` (r:1 w:1)
	/// Proof: `Staking::DelegatorLinks` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn delegate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3935`
		//  Estimated: `3769`
		// Minimum execution time: 204_293_000 picoseconds.
		Weight::from_parts(333_726_000, 3769)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(304), added: 2779, mode: `MaxEncodedLen`)
	fn schedule_undelegation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `372`
		//  Estimated: `3769`
		// Minimum execution time: 29_375_000 picoseconds.
		Weight::from_parts(52_328_000, 3769)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(304), added: 2779, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:16 w:0)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Staking::DelegatorLinks` (r:1 w:1)
	/// Proof: `Staking::DelegatorLinks` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn withdraw_undelegated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1910`
		//  Estimated: `42382`
		// Minimum execution time: 183_444_000 picoseconds.
		Weight::from_parts(308_209_000, 42382)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Staking::UnappliedSlashes` (r:1 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::HeartbeatSlashes` (r:1 w:0)
	/// Proof: `Staking::HeartbeatSlashes` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	fn cancel_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `913`
		//  Estimated: `3577`
		// Minimum execution time: 52_238_000 picoseconds.
		Weight::from_parts(90_340_000, 3577)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Staking::UnappliedSlashes` (r:1 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::HeartbeatSlashes` (r:1 w:0)
	/// Proof: `Staking::HeartbeatSlashes` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:257 w:257)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:258 w:258)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:257 w:256)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(304), added: 2779, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashDestinationSetting` (r:1 w:0)
	/// Proof: `Staking::SlashDestinationSetting` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// The range of component `d` is `[0, 256]`.
	fn apply_slash(d: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1630 + d * (244 ±0)`
		//  Estimated: `6196 + d * (2779 ±0)`
		// Minimum execution time: 142_357_000 picoseconds.
		Weight::from_parts(84_041_706, 6196)
			// Standard Error: 1_731_781
			.saturating_add(Weight::from_parts(67_876_380, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2779).saturating_mul(d.into()))
	}
	/// Storage: `Staking::SlashCursor` (r:1 w:1)
	/// Proof: `Staking::SlashCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:8 w:8)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::HeartbeatSlashes` (r:1 w:0)
	/// Proof: `Staking::HeartbeatSlashes` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:1)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:257 w:257)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:258 w:258)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:257 w:256)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(304), added: 2779, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashDestinationSetting` (r:1 w:0)
	/// Proof: `Staking::SlashDestinationSetting` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 8]`.
	fn on_initialize_slashes(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `63927 + s * (61 ±0)`
		//  Estimated: `715193 + s * (2573 ±0)`
		// Minimum execution time: 38_011_000 picoseconds.
		Weight::from_parts(4_840_139_917, 715193)
			// Standard Error: 240_612_574
			.saturating_add(Weight::from_parts(12_623_779_915, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(487_u64))
			.saturating_add(T::DbWeight::get().reads((53_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(484_u64))
			.saturating_add(T::DbWeight::get().writes((53_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2573).saturating_mul(s.into()))
	}
	/// Storage: `Staking::SlashCursor` (r:1 w:1)
	/// Proof: `Staking::SlashCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:0)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:1)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnpaidSession` (r:1 w:1)
	/// Proof: `Staking::UnpaidSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentPayout` (r:1 w:1)
	/// Proof: `Staking::CurrentPayout` (`max_values`: Some(1), `max_size`: Some(1821), added: 2316, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SessionTallies` (r:1 w:1)
	/// Proof: `Staking::SessionTallies` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Staking::RewardPoolPerSession` (r:1 w:0)
	/// Proof: `Staking::RewardPoolPerSession` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalRewardsFunded` (r:1 w:1)
	/// Proof: `Staking::TotalRewardsFunded` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SessionPoints` (r:257 w:256)
	/// Proof: `Staking::SessionPoints` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:256 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingCommissions` (r:256 w:0)
	/// Proof: `Staking::PendingCommissions` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Pools` (r:256 w:256)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 256]`.
	fn close_session(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2364 + p * (249 ±0)`
		//  Estimated: `6196 + p * (2591 ±0)`
		// Minimum execution time: 52_148_000 picoseconds.
		Weight::from_parts(56_616_000, 6196)
			// Standard Error: 556_803
			.saturating_add(Weight::from_parts(57_528_910, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2591).saturating_mul(p.into()))
	}
	/// Storage: `Staking::SlashDestinationSetting` (r:0 w:1)
	/// Proof: `Staking::SlashDestinationSetting` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn set_slash_destination() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 10_219_000 picoseconds.
		Weight::from_parts(20_488_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::RewardPoolPerSession` (r:0 w:1)
	/// Proof: `Staking::RewardPoolPerSession` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_reward_pool() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 10_129_000 picoseconds.
		Weight::from_parts(20_027_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:1)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	fn set_blueprint_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `547`
		//  Estimated: `1870`
		// Minimum execution time: 23_464_000 picoseconds.
		Weight::from_parts(44_613_000, 1870)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Staking::Pools` (r:1 w:1)
	/// Proof: `Staking::Pools` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Delegations` (r:1 w:1)
	/// Proof: `Staking::Delegations` (`max_values`: None, `max_size`: Some(304), added: 2779, mode: `MaxEncodedLen`)
	/// Storage: `Staking::TotalRewardsPaid` (r:1 w:1)
	/// Proof: `Staking::TotalRewardsPaid` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `866`
		//  Estimated: `6196`
		// Minimum execution time: 104_256_000 picoseconds.
		Weight::from_parts(173_666_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Staking::DelegationAssets` (r:1 w:1)
	/// Proof: `Staking::DelegationAssets` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Staking::DelegationAssetCount` (r:1 w:1)
	/// Proof: `Staking::DelegationAssetCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_delegation_asset() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `665`
		//  Estimated: `3501`
		// Minimum execution time: 27_031_000 picoseconds.
		Weight::from_parts(50_585_000, 3501)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn bond() -> Weight {
		Weight::from_parts(141_426_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(144_251_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn schedule_unbond() -> Weight {
		Weight::from_parts(54_702_000, 4027)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(142_798_000, 4027)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn set_commission() -> Weight {
		Weight::from_parts(55_283_000, 3554)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn delegate() -> Weight {
		Weight::from_parts(333_726_000, 3769)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn schedule_undelegation() -> Weight {
		Weight::from_parts(52_328_000, 3769)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_undelegated() -> Weight {
		Weight::from_parts(308_209_000, 42382)
			.saturating_add(ParityDbWeight::get().reads(21_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn cancel_slash() -> Weight {
		Weight::from_parts(90_340_000, 3577)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn apply_slash(d: u32, ) -> Weight {
		Weight::from_parts(84_041_706, 6196)
			.saturating_add(Weight::from_parts(67_876_380, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2779).saturating_mul(d.into()))
	}
	fn on_initialize_slashes(s: u32, ) -> Weight {
		Weight::from_parts(4_840_139_917, 715193)
			.saturating_add(Weight::from_parts(12_623_779_915, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(487_u64))
			.saturating_add(ParityDbWeight::get().reads((53_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(484_u64))
			.saturating_add(ParityDbWeight::get().writes((53_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2573).saturating_mul(s.into()))
	}
	fn close_session(p: u32, ) -> Weight {
		Weight::from_parts(56_616_000, 6196)
			.saturating_add(Weight::from_parts(57_528_910, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2591).saturating_mul(p.into()))
	}
	fn set_slash_destination() -> Weight {
		Weight::from_parts(20_488_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_reward_pool() -> Weight {
		Weight::from_parts(20_027_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_blueprint_incentive() -> Weight {
		Weight::from_parts(44_613_000, 1870)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(173_666_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn set_delegation_asset() -> Weight {
		Weight::from_parts(50_585_000, 3501)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
}
