//! Weights for `pallet_services`
//!
//! ESTIMATES, NOT MEASUREMENTS: the execution times below are hand-written guesses and the
//! storage reads/writes are counted from the code. `scripts/benchmark.sh` regenerates this file
//! from real runs (`aitbc-node benchmark pallet --pallet pallet_services`) once the pallet is in
//! the runtime.
//!
//! Laid out as the Substrate benchmark CLI (version 64.0.0) generates it, so the regenerated
//! file replaces it line for line.
//! DATE: (estimate), STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `(estimate)`, CPU: `(estimate)`
//! WASM-EXECUTION: `Compiled`, CHAIN: `Some("dev")`, DB CACHE: `1024`

// Executed Command:
// (not yet run; see scripts/benchmark.sh)

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_services`.
pub trait WeightInfo {
	fn create_blueprint() -> Weight;
	fn register_operator() -> Weight;
	fn go_inactive() -> Weight;
	fn go_active() -> Weight;
	fn schedule_leave() -> Weight;
	fn deregister() -> Weight;
	fn request_service(o: u32, ) -> Weight;
	fn update_request(o: u32, ) -> Weight;
	fn approve(o: u32, ) -> Weight;
	fn reject() -> Weight;
	fn cancel_request() -> Weight;
	fn call_job() -> Weight;
	fn submit_result() -> Weight;
	fn heartbeat() -> Weight;
	fn report_missed_heartbeats() -> Weight;
	fn terminate_service(j: u32, o: u32, ) -> Weight;
	fn on_initialize(n: u32, ) -> Weight;
	fn file_performance_report(r: u32, ) -> Weight;
	fn remove_blueprint() -> Weight;
}

/// Weights for `pallet_services` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3593`
		// Minimum execution time: 20_000_000 picoseconds.
		Weight::from_parts(20_000_000, 3593)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn register_operator() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `4000`
		// Minimum execution time: 30_000_000 picoseconds.
		Weight::from_parts(30_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn go_inactive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 18_000_000 picoseconds.
		Weight::from_parts(18_000_000, 3800)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn go_active() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 20_000_000 picoseconds.
		Weight::from_parts(20_000_000, 3800)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn schedule_leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 22_000_000 picoseconds.
		Weight::from_parts(22_000_000, 3800)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 22_000_000 picoseconds.
		Weight::from_parts(22_000_000, 3800)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn request_service(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 40_000_000 picoseconds.
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn update_request(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 40_000_000 picoseconds.
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn approve(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 30_000_000 picoseconds.
		Weight::from_parts(30_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(8_000_000, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(o.into())))
	}
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 35_000_000 picoseconds.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 35_000_000 picoseconds.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn call_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 50_000_000 picoseconds.
		Weight::from_parts(50_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn submit_result() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn report_missed_heartbeats() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn terminate_service(j: u32, o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 40_000_000 picoseconds.
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(j.into()))
			// Standard Error: 0
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(j.into())))
	}
	fn on_initialize(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3500`
		// Minimum execution time: 5_000_000 picoseconds.
		Weight::from_parts(5_000_000, 3500)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(30_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn file_performance_report(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 60_000_000 picoseconds.
		Weight::from_parts(60_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:1)
	/// Storage: `Services::Operators` (r:1 w:0)
	/// Storage: `Balances::Holds` (r:1 w:1)
	fn remove_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `4000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn create_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3593`
		// Minimum execution time: 20_000_000 picoseconds.
		Weight::from_parts(20_000_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_operator() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `4000`
		// Minimum execution time: 30_000_000 picoseconds.
		Weight::from_parts(30_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn go_inactive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 18_000_000 picoseconds.
		Weight::from_parts(18_000_000, 3800)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn go_active() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 20_000_000 picoseconds.
		Weight::from_parts(20_000_000, 3800)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn schedule_leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 22_000_000 picoseconds.
		Weight::from_parts(22_000_000, 3800)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3800`
		// Minimum execution time: 22_000_000 picoseconds.
		Weight::from_parts(22_000_000, 3800)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn request_service(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 40_000_000 picoseconds.
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn update_request(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 40_000_000 picoseconds.
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn approve(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 30_000_000 picoseconds.
		Weight::from_parts(30_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(8_000_000, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(o.into())))
	}
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 35_000_000 picoseconds.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 35_000_000 picoseconds.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn call_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 50_000_000 picoseconds.
		Weight::from_parts(50_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn submit_result() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn report_missed_heartbeats() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn terminate_service(j: u32, o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 40_000_000 picoseconds.
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(j.into()))
			// Standard Error: 0
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(j.into())))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(j.into())))
	}
	fn on_initialize(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `3500`
		// Minimum execution time: 5_000_000 picoseconds.
		Weight::from_parts(5_000_000, 3500)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(30_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn file_performance_report(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `6000`
		// Minimum execution time: 60_000_000 picoseconds.
		Weight::from_parts(60_000_000, 6000)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:1)
	/// Storage: `Services::Operators` (r:1 w:0)
	/// Storage: `Balances::Holds` (r:1 w:1)
	fn remove_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300`
		//  Estimated: `4000`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
