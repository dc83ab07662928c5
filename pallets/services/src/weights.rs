
//! Weights for `pallet_services`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
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
// pallet_services
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
// /tmp/services-weights-run2.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_services`.
pub trait WeightInfo {
	fn create_blueprint() -> Weight;
	fn remove_blueprint() -> Weight;
	fn register_operator() -> Weight;
	fn update_registration() -> Weight;
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
	fn cancel_job() -> Weight;
	fn leave_service() -> Weight;
	fn complete_service_exit(j: u32, ) -> Weight;
	fn prune_jobs(n: u32, ) -> Weight;
	fn expire_requests(n: u32, ) -> Weight;
	fn file_performance_report(r: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Services::NextBlueprintId` (r:1 w:1)
	/// Proof: `Services::NextBlueprintId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:0 w:1)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	fn create_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `216`
		//  Estimated: `3748`
		// Minimum execution time: 87_705_000 picoseconds.
		Weight::from_parts(146_755_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:1)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:0)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn remove_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1488`
		//  Estimated: `4696`
		// Minimum execution time: 89_188_000 picoseconds.
		Weight::from_parts(146_103_000, 4696)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorBlueprints` (r:1 w:1)
	/// Proof: `Services::OperatorBlueprints` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn register_operator() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2668`
		//  Estimated: `4696`
		// Minimum execution time: 87_394_000 picoseconds.
		Weight::from_parts(162_625_000, 4696)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn update_registration() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2017`
		//  Estimated: `4696`
		// Minimum execution time: 68_368_000 picoseconds.
		Weight::from_parts(110_888_000, 4696)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn go_inactive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2017`
		//  Estimated: `4696`
		// Minimum execution time: 61_315_000 picoseconds.
		Weight::from_parts(97_533_000, 4696)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn go_active() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2154`
		//  Estimated: `4696`
		// Minimum execution time: 69_360_000 picoseconds.
		Weight::from_parts(96_852_000, 4696)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorBlueprints` (r:1 w:1)
	/// Proof: `Services::OperatorBlueprints` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	fn schedule_leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2062`
		//  Estimated: `4696`
		// Minimum execution time: 65_683_000 picoseconds.
		Weight::from_parts(111_580_000, 4696)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorBlueprints` (r:1 w:1)
	/// Proof: `Services::OperatorBlueprints` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1677`
		//  Estimated: `4696`
		// Minimum execution time: 43_953_000 picoseconds.
		Weight::from_parts(50_845_000, 4696)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:16 w:0)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::NextRequestId` (r:1 w:1)
	/// Proof: `Services::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Services::ClientRequests` (r:1 w:1)
	/// Proof: `Services::ClientRequests` (`max_values`: None, `max_size`: Some(8050), added: 10525, mode: `MaxEncodedLen`)
	/// Storage: `Services::ExpiryCursor` (r:1 w:0)
	/// Proof: `Services::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::RequestExpiries` (r:1 w:1)
	/// Proof: `Services::RequestExpiries` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::Requests` (r:0 w:1)
	/// Proof: `Services::Requests` (`max_values`: None, `max_size`: Some(1170), added: 3645, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[1, 16]`.
	fn request_service(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1775 + o * (119 ±0)`
		//  Estimated: `11515 + o * (2718 ±0)`
		// Minimum execution time: 118_412_000 picoseconds.
		Weight::from_parts(139_925_536, 11515)
			// Standard Error: 197_746
			.saturating_add(Weight::from_parts(9_666_399, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(Weight::from_parts(0, 2718).saturating_mul(o.into()))
	}
	/// Storage: `Services::Requests` (r:1 w:1)
	/// Proof: `Services::Requests` (`max_values`: None, `max_size`: Some(1170), added: 3645, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:16 w:0)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::RequestExpiries` (r:1 w:1)
	/// Proof: `Services::RequestExpiries` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `Services::ExpiryCursor` (r:1 w:0)
	/// Proof: `Services::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[1, 16]`.
	fn update_request(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2259 + o * (118 ±0)`
		//  Estimated: `4696 + o * (2718 ±0)`
		// Minimum execution time: 62_337_000 picoseconds.
		Weight::from_parts(94_766_751, 4696)
			// Standard Error: 90_533
			.saturating_add(Weight::from_parts(11_647_702, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 2718).saturating_mul(o.into()))
	}
	/// Storage: `Services::Requests` (r:1 w:1)
	/// Proof: `Services::Requests` (`max_values`: None, `max_size`: Some(1170), added: 3645, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:16 w:16)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:16 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::NextServiceId` (r:1 w:1)
	/// Proof: `Services::NextServiceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:16 w:16)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Services::ClientRequests` (r:1 w:1)
	/// Proof: `Services::ClientRequests` (`max_values`: None, `max_size`: Some(8050), added: 10525, mode: `MaxEncodedLen`)
	/// Storage: `Services::RequestExpiries` (r:1 w:1)
	/// Proof: `Services::RequestExpiries` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::BlueprintServices` (r:0 w:1)
	/// Proof: `Services::BlueprintServices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:0 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:0 w:16)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[1, 16]`.
	fn approve(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1569 + o * (246 ±0)`
		//  Estimated: `11515 + o * (3037 ±0)`
		// Minimum execution time: 151_374_000 picoseconds.
		Weight::from_parts(193_383_123, 11515)
			// Standard Error: 526_415
			.saturating_add(Weight::from_parts(35_625_275, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 3037).saturating_mul(o.into()))
	}
	/// Storage: `Services::Requests` (r:1 w:1)
	/// Proof: `Services::Requests` (`max_values`: None, `max_size`: Some(1170), added: 3645, mode: `MaxEncodedLen`)
	/// Storage: `Services::ClientRequests` (r:1 w:1)
	/// Proof: `Services::ClientRequests` (`max_values`: None, `max_size`: Some(8050), added: 10525, mode: `MaxEncodedLen`)
	/// Storage: `Services::RequestExpiries` (r:1 w:1)
	/// Proof: `Services::RequestExpiries` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2298`
		//  Estimated: `11515`
		// Minimum execution time: 114_575_000 picoseconds.
		Weight::from_parts(210_926_000, 11515)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Services::Requests` (r:1 w:1)
	/// Proof: `Services::Requests` (`max_values`: None, `max_size`: Some(1170), added: 3645, mode: `MaxEncodedLen`)
	/// Storage: `Services::ClientRequests` (r:1 w:1)
	/// Proof: `Services::ClientRequests` (`max_values`: None, `max_size`: Some(8050), added: 10525, mode: `MaxEncodedLen`)
	/// Storage: `Services::RequestExpiries` (r:1 w:1)
	/// Proof: `Services::RequestExpiries` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2298`
		//  Estimated: `11515`
		// Minimum execution time: 118_252_000 picoseconds.
		Weight::from_parts(217_988_000, 11515)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:0)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Services::NextJobId` (r:1 w:1)
	/// Proof: `Services::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextEscrowId` (r:1 w:1)
	/// Proof: `Escrow::NextEscrowId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:0 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:0 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn call_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3864`
		//  Estimated: `5531`
		// Minimum execution time: 176_430_000 picoseconds.
		Weight::from_parts(316_303_000, 5531)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	fn submit_result() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1542`
		//  Estimated: `4602`
		// Minimum execution time: 46_918_000 picoseconds.
		Weight::from_parts(97_363_000, 4602)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:1 w:1)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Staking::HeartbeatSlashes` (r:1 w:1)
	/// Proof: `Staking::HeartbeatSlashes` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextSlashId` (r:1 w:1)
	/// Proof: `Staking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashCursor` (r:1 w:0)
	/// Proof: `Staking::SlashCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3670`
		//  Estimated: `5527`
		// Minimum execution time: 128_701_000 picoseconds.
		Weight::from_parts(233_538_000, 5527)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:1 w:1)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Staking::HeartbeatSlashes` (r:1 w:1)
	/// Proof: `Staking::HeartbeatSlashes` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextSlashId` (r:1 w:1)
	/// Proof: `Staking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:1 w:1)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:1 w:1)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:1 w:1)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashCursor` (r:1 w:0)
	/// Proof: `Staking::SlashCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	fn report_missed_heartbeats() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3670`
		//  Estimated: `5527`
		// Minimum execution time: 134_643_000 picoseconds.
		Weight::from_parts(238_447_000, 5527)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Services::Services` (r:1 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:256 w:256)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:256 w:256)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:256 w:256)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:16 w:16)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:16 w:16)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorBlueprints` (r:16 w:16)
	/// Proof: `Services::OperatorBlueprints` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Services::BlueprintServices` (r:0 w:1)
	/// Proof: `Services::BlueprintServices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::ServiceExits` (r:0 w:16)
	/// Proof: `Services::ServiceExits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:0 w:16)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[0, 256]`.
	/// The range of component `o` is `[1, 16]`.
	fn terminate_service(j: u32, o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1618 + j * (169 ±0) + o * (232 ±0)`
		//  Estimated: `19863 + j * (3107 ±0) + o * (3037 ±0)`
		// Minimum execution time: 1_068_614_000 picoseconds.
		Weight::from_parts(1_071_990_000, 19863)
			// Standard Error: 5_762_117
			.saturating_add(Weight::from_parts(162_905_857, 0).saturating_mul(j.into()))
			// Standard Error: 92_101_300
			.saturating_add(Weight::from_parts(41_068_077, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 3037).saturating_mul(o.into()))
	}
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	fn cancel_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6129`
		//  Estimated: `19863`
		// Minimum execution time: 239_580_000 picoseconds.
		Weight::from_parts(406_973_000, 19863)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::ServiceExits` (r:1 w:1)
	/// Proof: `Services::ServiceExits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn leave_service() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1706`
		//  Estimated: `4602`
		// Minimum execution time: 46_327_000 picoseconds.
		Weight::from_parts(107_843_000, 4602)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Services::ServiceExits` (r:1 w:1)
	/// Proof: `Services::ServiceExits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:1 w:1)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorBlueprints` (r:1 w:1)
	/// Proof: `Services::OperatorBlueprints` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:256 w:256)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:256 w:256)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:256 w:256)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Services::BlueprintServices` (r:0 w:1)
	/// Proof: `Services::BlueprintServices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:0 w:1)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[0, 256]`.
	fn complete_service_exit(j: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1935 + j * (169 ±0)`
		//  Estimated: `19863 + j * (3107 ±0)`
		// Minimum execution time: 81_362_000 picoseconds.
		Weight::from_parts(110_557_000, 19863)
			// Standard Error: 2_448_365
			.saturating_add(Weight::from_parts(144_799_846, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(j.into()))
	}
	/// Storage: `Services::JobPruneCursor` (r:1 w:1)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:0 w:256)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::SlaPenalties` (r:0 w:256)
	/// Proof: `Services::SlaPenalties` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::PerformanceReports` (r:0 w:256)
	/// Proof: `Services::PerformanceReports` (`max_values`: None, `max_size`: Some(849), added: 3324, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn prune_jobs(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `391 + n * (8 ±0)`
		//  Estimated: `19863`
		// Minimum execution time: 18_103_000 picoseconds.
		Weight::from_parts(20_047_000, 19863)
			// Standard Error: 69_052
			.saturating_add(Weight::from_parts(8_959_301, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	/// Storage: `Services::ExpiryCursor` (r:1 w:1)
	/// Proof: `Services::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::RequestExpiries` (r:1 w:1)
	/// Proof: `Services::RequestExpiries` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `Services::Requests` (r:32 w:32)
	/// Proof: `Services::Requests` (`max_values`: None, `max_size`: Some(1170), added: 3645, mode: `MaxEncodedLen`)
	/// Storage: `Services::ClientRequests` (r:32 w:32)
	/// Proof: `Services::ClientRequests` (`max_values`: None, `max_size`: Some(8050), added: 10525, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:32 w:32)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:32 w:32)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 32]`.
	fn expire_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `417 + n * (876 ±0)`
		//  Estimated: `4503 + n * (10525 ±0)`
		// Minimum execution time: 12_924_000 picoseconds.
		Weight::from_parts(15_318_000, 4503)
			// Standard Error: 411_962
			.saturating_add(Weight::from_parts(123_932_582, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 10525).saturating_mul(n.into()))
	}
	/// Storage: `Services::Jobs` (r:1 w:0)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Services::PerformanceReports` (r:1 w:1)
	/// Proof: `Services::PerformanceReports` (`max_values`: None, `max_size`: Some(849), added: 3324, mode: `MaxEncodedLen`)
	/// Storage: `Services::SlaPenalties` (r:1 w:1)
	/// Proof: `Services::SlaPenalties` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:0)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn file_performance_report(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3029 + r * (52 ±0)`
		//  Estimated: `4602`
		// Minimum execution time: 294_682_000 picoseconds.
		Weight::from_parts(467_177_220, 4602)
			// Standard Error: 679_821
			.saturating_add(Weight::from_parts(1_789_881, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_blueprint() -> Weight {
		Weight::from_parts(146_755_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn remove_blueprint() -> Weight {
		Weight::from_parts(146_103_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn register_operator() -> Weight {
		Weight::from_parts(162_625_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn update_registration() -> Weight {
		Weight::from_parts(110_888_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn go_inactive() -> Weight {
		Weight::from_parts(97_533_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn go_active() -> Weight {
		Weight::from_parts(96_852_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn schedule_leave() -> Weight {
		Weight::from_parts(111_580_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn deregister() -> Weight {
		Weight::from_parts(50_845_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn request_service(o: u32, ) -> Weight {
		Weight::from_parts(139_925_536, 11515)
			.saturating_add(Weight::from_parts(9_666_399, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(Weight::from_parts(0, 2718).saturating_mul(o.into()))
	}
	fn update_request(o: u32, ) -> Weight {
		Weight::from_parts(94_766_751, 4696)
			.saturating_add(Weight::from_parts(11_647_702, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 2718).saturating_mul(o.into()))
	}
	fn approve(o: u32, ) -> Weight {
		Weight::from_parts(193_383_123, 11515)
			.saturating_add(Weight::from_parts(35_625_275, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 3037).saturating_mul(o.into()))
	}
	fn reject() -> Weight {
		Weight::from_parts(210_926_000, 11515)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(217_988_000, 11515)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn call_job() -> Weight {
		Weight::from_parts(316_303_000, 5531)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn submit_result() -> Weight {
		Weight::from_parts(97_363_000, 4602)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn heartbeat() -> Weight {
		Weight::from_parts(233_538_000, 5527)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn report_missed_heartbeats() -> Weight {
		Weight::from_parts(238_447_000, 5527)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn terminate_service(j: u32, o: u32, ) -> Weight {
		Weight::from_parts(1_071_990_000, 19863)
			.saturating_add(Weight::from_parts(162_905_857, 0).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(41_068_077, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 3037).saturating_mul(o.into()))
	}
	fn cancel_job() -> Weight {
		Weight::from_parts(406_973_000, 19863)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn leave_service() -> Weight {
		Weight::from_parts(107_843_000, 4602)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn complete_service_exit(j: u32, ) -> Weight {
		Weight::from_parts(110_557_000, 19863)
			.saturating_add(Weight::from_parts(144_799_846, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(j.into()))
	}
	fn prune_jobs(n: u32, ) -> Weight {
		Weight::from_parts(20_047_000, 19863)
			.saturating_add(Weight::from_parts(8_959_301, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn expire_requests(n: u32, ) -> Weight {
		Weight::from_parts(15_318_000, 4503)
			.saturating_add(Weight::from_parts(123_932_582, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 10525).saturating_mul(n.into()))
	}
	fn file_performance_report(r: u32, ) -> Weight {
		Weight::from_parts(467_177_220, 4602)
			.saturating_add(Weight::from_parts(1_789_881, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
}
