//! Weights for `pallet_operator_staking`.
//!
//! ESTIMATES, not measurements: until `scripts/benchmark.sh` regenerates this file from real
//! benchmark runs, the times below are guesses and the database reads and writes are counted from
//! the code. `on_initialize_slashes(s)` is per slash at `MaxDelegationsPerOperator` delegations
//! (the runtime should regenerate it with the real maximum).
//!
//! THIS FILE WAS WRITTEN IN THE FORMAT OF THE BENCHMARK CLI (frame-benchmarking-cli).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_operator_staking`.
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
	fn apply_slash(d: u32) -> Weight;
	fn on_initialize_slashes(s: u32) -> Weight;
	fn close_session(p: u32) -> Weight;
	fn set_slash_destination() -> Weight;
	fn set_reward_pool() -> Weight;
	fn set_blueprint_incentive() -> Weight;
	fn claim_rewards() -> Weight;
}

/// Weights for `pallet_operator_staking` using the AITBC node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn bond() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn schedule_unbond() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn set_commission() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn delegate() -> Weight {
		Weight::from_parts(90_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn schedule_undelegation() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn withdraw_undelegated() -> Weight {
		Weight::from_parts(90_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn cancel_slash() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn apply_slash(d: u32) -> Weight {
		Weight::from_parts(90_000_000, 3_600)
			.saturating_add(Weight::from_parts(45_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(d.into())))
	}
	fn on_initialize_slashes(s: u32) -> Weight {
		Weight::from_parts(5_000_000, 3_600)
			.saturating_add(Weight::from_parts(23_000_000_000, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads((1_030_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes((1_030_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn close_session(p: u32) -> Weight {
		Weight::from_parts(40_000_000, 3_600)
			.saturating_add(Weight::from_parts(30_000_000, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(p.into())))
	}
	fn set_slash_destination() -> Weight {
		Weight::from_parts(10_000_000, 3_600)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_reward_pool() -> Weight {
		Weight::from_parts(10_000_000, 3_600)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_blueprint_incentive() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(80_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn bond() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn schedule_unbond() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_commission() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn delegate() -> Weight {
		Weight::from_parts(90_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn schedule_undelegation() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_undelegated() -> Weight {
		Weight::from_parts(90_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn cancel_slash() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn apply_slash(d: u32) -> Weight {
		Weight::from_parts(90_000_000, 3_600)
			.saturating_add(Weight::from_parts(45_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(d.into())))
	}
	fn on_initialize_slashes(s: u32) -> Weight {
		Weight::from_parts(5_000_000, 3_600)
			.saturating_add(Weight::from_parts(23_000_000_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads((1_030_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes((1_030_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn close_session(p: u32) -> Weight {
		Weight::from_parts(40_000_000, 3_600)
			.saturating_add(Weight::from_parts(30_000_000, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(p.into())))
	}
	fn set_slash_destination() -> Weight {
		Weight::from_parts(10_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_reward_pool() -> Weight {
		Weight::from_parts(10_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_blueprint_incentive() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(80_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
}
