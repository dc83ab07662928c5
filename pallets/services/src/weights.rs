
//! Weights for `pallet_services`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-12-02, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
//! WASM-EXECUTION: `Compiled`, CPU: `Intel(R) Xeon(R) Processor @ 2.60GHz`
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
// /work/main/scripts/weight-template.hbs
// --output
// /work/main/pallets/services/src/weights.rs

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
	fn create_rental() -> Weight;
	fn accept_rental() -> Weight;
	fn decline_rental() -> Weight;
	fn cancel_rental() -> Weight;
	fn report_rental_metrics() -> Weight;
	fn advance_rental(n: u32, ) -> Weight;
	fn heartbeat_rental() -> Weight;
	fn wake_rentals(n: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Services::NextBlueprintId` (r:1 w:1)
	/// Proof: `Services::NextBlueprintId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:0 w:1)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	fn create_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `271`
		//  Estimated: `3766`
		// Minimum execution time: 87_913_000 picoseconds.
		Weight::from_parts(174_525_000, 3766)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn remove_blueprint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1526`
		//  Estimated: `4696`
		// Minimum execution time: 93_239_000 picoseconds.
		Weight::from_parts(174_611_000, 4696)
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
		//  Measured:  `2706`
		//  Estimated: `4696`
		// Minimum execution time: 85_485_000 picoseconds.
		Weight::from_parts(184_424_000, 4696)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentedCapacity` (r:1 w:0)
	/// Proof: `Services::RentedCapacity` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn update_registration() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2017`
		//  Estimated: `4696`
		// Minimum execution time: 73_735_000 picoseconds.
		Weight::from_parts(145_113_000, 4696)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentedCapacity` (r:1 w:0)
	/// Proof: `Services::RentedCapacity` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn go_inactive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2017`
		//  Estimated: `4696`
		// Minimum execution time: 67_098_000 picoseconds.
		Weight::from_parts(125_061_000, 4696)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentedCapacity` (r:1 w:0)
	/// Proof: `Services::RentedCapacity` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn go_active() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2192`
		//  Estimated: `4696`
		// Minimum execution time: 70_989_000 picoseconds.
		Weight::from_parts(91_211_000, 4696)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentedCapacity` (r:1 w:0)
	/// Proof: `Services::RentedCapacity` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 68_026_000 picoseconds.
		Weight::from_parts(112_621_000, 4696)
			.saturating_add(T::DbWeight::get().reads(6_u64))
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
		// Minimum execution time: 44_125_000 picoseconds.
		Weight::from_parts(69_875_000, 4696)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::Requests` (r:0 w:1)
	/// Proof: `Services::Requests` (`max_values`: None, `max_size`: Some(1170), added: 3645, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[1, 16]`.
	fn request_service(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1814 + o * (116 ±0)`
		//  Estimated: `11515 + o * (2718 ±0)`
		// Minimum execution time: 130_817_000 picoseconds.
		Weight::from_parts(226_685_298, 11515)
			// Standard Error: 185_259
			.saturating_add(Weight::from_parts(13_172_114, 0).saturating_mul(o.into()))
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
		// Minimum execution time: 66_955_000 picoseconds.
		Weight::from_parts(125_650_084, 4696)
			// Standard Error: 86_250
			.saturating_add(Weight::from_parts(13_099_396, 0).saturating_mul(o.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::BlueprintServices` (r:0 w:1)
	/// Proof: `Services::BlueprintServices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:0 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:0 w:16)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[1, 16]`.
	fn approve(o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1665 + o * (242 ±0)`
		//  Estimated: `11515 + o * (3037 ±0)`
		// Minimum execution time: 169_896_000 picoseconds.
		Weight::from_parts(260_314_473, 11515)
			// Standard Error: 575_690
			.saturating_add(Weight::from_parts(42_492_701, 0).saturating_mul(o.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2298`
		//  Estimated: `11515`
		// Minimum execution time: 123_548_000 picoseconds.
		Weight::from_parts(232_267_000, 11515)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2298`
		//  Estimated: `11515`
		// Minimum execution time: 123_258_000 picoseconds.
		Weight::from_parts(234_442_000, 11515)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:0 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:0 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn call_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3898`
		//  Estimated: `5531`
		// Minimum execution time: 191_492_000 picoseconds.
		Weight::from_parts(366_777_000, 5531)
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
		// Minimum execution time: 51_011_000 picoseconds.
		Weight::from_parts(103_491_000, 4602)
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
	/// Storage: `Services::RentalOfService` (r:1 w:0)
	/// Proof: `Services::RentalOfService` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:1)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4006`
		//  Estimated: `5527`
		// Minimum execution time: 154_903_000 picoseconds.
		Weight::from_parts(294_284_000, 5527)
			.saturating_add(T::DbWeight::get().reads(13_u64))
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
		// Minimum execution time: 145_956_000 picoseconds.
		Weight::from_parts(230_377_000, 5527)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Services::Services` (r:1 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfService` (r:1 w:0)
	/// Proof: `Services::RentalOfService` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalPeriodJobs` (r:256 w:0)
	/// Proof: `Services::RentalPeriodJobs` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
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
		//  Measured:  `1721 + j * (169 ±0) + o * (228 ±0)`
		//  Estimated: `19863 + j * (3107 ±0) + o * (3037 ±0)`
		// Minimum execution time: 938_595_000 picoseconds.
		Weight::from_parts(11_050_765_387, 19863)
			// Standard Error: 11_299_713
			.saturating_add(Weight::from_parts(147_335_088, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 3037).saturating_mul(o.into()))
	}
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalPeriodJobs` (r:1 w:0)
	/// Proof: `Services::RentalPeriodJobs` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	fn cancel_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6163`
		//  Estimated: `19863`
		// Minimum execution time: 270_325_000 picoseconds.
		Weight::from_parts(400_621_000, 19863)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfService` (r:1 w:0)
	/// Proof: `Services::RentalOfService` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Services::ServiceExits` (r:1 w:1)
	/// Proof: `Services::ServiceExits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn leave_service() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1706`
		//  Estimated: `4602`
		// Minimum execution time: 58_106_000 picoseconds.
		Weight::from_parts(97_957_000, 4602)
			.saturating_add(T::DbWeight::get().reads(3_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalPeriodJobs` (r:256 w:0)
	/// Proof: `Services::RentalPeriodJobs` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
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
		//  Measured:  `2002 + j * (169 ±0)`
		//  Estimated: `19863 + j * (3107 ±0)`
		// Minimum execution time: 90_617_000 picoseconds.
		Weight::from_parts(99_906_000, 19863)
			// Standard Error: 642_054
			.saturating_add(Weight::from_parts(119_950_089, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(j.into())))
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
	/// Storage: `Services::RentalPeriodJobs` (r:0 w:256)
	/// Proof: `Services::RentalPeriodJobs` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::PerformanceReports` (r:0 w:256)
	/// Proof: `Services::PerformanceReports` (`max_values`: None, `max_size`: Some(849), added: 3324, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn prune_jobs(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `391 + n * (8 ±0)`
		//  Estimated: `19863`
		// Minimum execution time: 17_567_000 picoseconds.
		Weight::from_parts(19_505_000, 19863)
			// Standard Error: 127_061
			.saturating_add(Weight::from_parts(8_796_209, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 32]`.
	fn expire_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `449 + n * (876 ±0)`
		//  Estimated: `4503 + n * (10525 ±0)`
		// Minimum execution time: 13_059_000 picoseconds.
		Weight::from_parts(35_350_272, 4503)
			// Standard Error: 380_963
			.saturating_add(Weight::from_parts(145_322_477, 0).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn file_performance_report(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3063 + r * (52 ±0)`
		//  Estimated: `4602`
		// Minimum execution time: 486_604_000 picoseconds.
		Weight::from_parts(549_378_977, 4602)
			// Standard Error: 160_216
			.saturating_add(Weight::from_parts(136_539, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:0)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentedCapacity` (r:1 w:0)
	/// Proof: `Services::RentedCapacity` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:0)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Services::NextRentalId` (r:1 w:1)
	/// Proof: `Services::NextRentalId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Services::NextJobId` (r:1 w:1)
	/// Proof: `Services::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::NextEscrowId` (r:1 w:1)
	/// Proof: `Escrow::NextEscrowId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeCursor` (r:1 w:0)
	/// Proof: `Services::RentalWakeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeups` (r:1 w:1)
	/// Proof: `Services::RentalWakeups` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:0 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Services::Rentals` (r:0 w:1)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalsByConsumer` (r:0 w:1)
	/// Proof: `Services::RentalsByConsumer` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfEscrow` (r:0 w:1)
	/// Proof: `Services::RentalOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalsByProvider` (r:0 w:1)
	/// Proof: `Services::RentalsByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn create_rental() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2304`
		//  Estimated: `4696`
		// Minimum execution time: 163_083_000 picoseconds.
		Weight::from_parts(338_848_000, 4696)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Services::Rentals` (r:1 w:1)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentedCapacity` (r:1 w:1)
	/// Proof: `Services::RentedCapacity` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Services::NextServiceId` (r:1 w:1)
	/// Proof: `Services::NextServiceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:1 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:1 w:1)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Services::OpenRentalPeriods` (r:1 w:0)
	/// Proof: `Services::OpenRentalPeriods` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeups` (r:2 w:2)
	/// Proof: `Services::RentalWakeups` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeCursor` (r:1 w:0)
	/// Proof: `Services::RentalWakeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::BlueprintServices` (r:0 w:1)
	/// Proof: `Services::BlueprintServices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfService` (r:0 w:1)
	/// Proof: `Services::RentalOfService` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:0 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:0 w:1)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn accept_rental() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1450`
		//  Estimated: `6992`
		// Minimum execution time: 125_598_000 picoseconds.
		Weight::from_parts(252_290_000, 6992)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Services::Rentals` (r:1 w:1)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeups` (r:2 w:2)
	/// Proof: `Services::RentalWakeups` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeCursor` (r:1 w:0)
	/// Proof: `Services::RentalWakeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfEscrow` (r:0 w:1)
	/// Proof: `Services::RentalOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn decline_rental() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1134`
		//  Estimated: `6992`
		// Minimum execution time: 247_305_000 picoseconds.
		Weight::from_parts(292_782_000, 6992)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Services::Rentals` (r:1 w:1)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Services::OpenRentalPeriods` (r:1 w:0)
	/// Proof: `Services::OpenRentalPeriods` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:1 w:0)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeups` (r:2 w:2)
	/// Proof: `Services::RentalWakeups` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeCursor` (r:1 w:0)
	/// Proof: `Services::RentalWakeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn cancel_rental() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1371`
		//  Estimated: `6992`
		// Minimum execution time: 246_793_000 picoseconds.
		Weight::from_parts(348_667_000, 6992)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Services::Rentals` (r:1 w:1)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Services::OpenRentalPeriods` (r:2 w:1)
	/// Proof: `Services::OpenRentalPeriods` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalPeriodJobs` (r:1 w:0)
	/// Proof: `Services::RentalPeriodJobs` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:1 w:1)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalReports` (r:1 w:1)
	/// Proof: `Services::RentalReports` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalBeats` (r:1 w:1)
	/// Proof: `Services::RentalBeats` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:2 w:1)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:1 w:1)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeups` (r:3 w:3)
	/// Proof: `Services::RentalWakeups` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeCursor` (r:1 w:0)
	/// Proof: `Services::RentalWakeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfEscrow` (r:0 w:1)
	/// Proof: `Services::RentalOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn report_rental_metrics() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2901`
		//  Estimated: `19863`
		// Minimum execution time: 345_715_000 picoseconds.
		Weight::from_parts(424_637_000, 19863)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
	/// Storage: `Services::Rentals` (r:1 w:1)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Services::OpenRentalPeriods` (r:5 w:4)
	/// Proof: `Services::OpenRentalPeriods` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalPeriodJobs` (r:4 w:0)
	/// Proof: `Services::RentalPeriodJobs` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:4 w:4)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalBeats` (r:4 w:4)
	/// Proof: `Services::RentalBeats` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalReports` (r:4 w:4)
	/// Proof: `Services::RentalReports` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:4 w:4)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:4 w:4)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:1 w:1)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeups` (r:3 w:3)
	/// Proof: `Services::RentalWakeups` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeCursor` (r:1 w:0)
	/// Proof: `Services::RentalWakeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
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
	/// Storage: `Services::RentedCapacity` (r:1 w:1)
	/// Proof: `Services::RentedCapacity` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Services::Operators` (r:1 w:1)
	/// Proof: `Services::Operators` (`max_values`: None, `max_size`: Some(243), added: 2718, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Supply` (r:1 w:1)
	/// Proof: `Pricing::Supply` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Classes` (r:1 w:1)
	/// Proof: `Pricing::Classes` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Services::Services` (r:1 w:1)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::OperatorServices` (r:1 w:1)
	/// Proof: `Services::OperatorServices` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Services::BlueprintServices` (r:0 w:1)
	/// Proof: `Services::BlueprintServices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfService` (r:0 w:1)
	/// Proof: `Services::RentalOfService` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Services::ServiceExits` (r:0 w:1)
	/// Proof: `Services::ServiceExits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:0 w:1)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfEscrow` (r:0 w:1)
	/// Proof: `Services::RentalOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 4]`.
	fn advance_rental(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3312 + n * (479 ±0)`
		//  Estimated: `19863 + n * (3107 ±0)`
		// Minimum execution time: 375_229_000 picoseconds.
		Weight::from_parts(282_706_556, 19863)
			// Standard Error: 2_108_068
			.saturating_add(Weight::from_parts(196_773_382, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(20_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	/// Storage: `Services::Services` (r:1 w:0)
	/// Proof: `Services::Services` (`max_values`: None, `max_size`: Some(1137), added: 3612, mode: `MaxEncodedLen`)
	/// Storage: `Services::Heartbeats` (r:1 w:1)
	/// Proof: `Services::Heartbeats` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalOfService` (r:1 w:0)
	/// Proof: `Services::RentalOfService` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Services::Rentals` (r:1 w:0)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalBeats` (r:1 w:1)
	/// Proof: `Services::RentalBeats` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Staking::BlueprintIncentives` (r:1 w:0)
	/// Proof: `Staking::BlueprintIncentives` (`max_values`: Some(1), `max_size`: Some(385), added: 880, mode: `MaxEncodedLen`)
	fn heartbeat_rental() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2385`
		//  Estimated: `4696`
		// Minimum execution time: 68_097_000 picoseconds.
		Weight::from_parts(95_001_000, 4696)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Services::RentalWakeCursor` (r:1 w:1)
	/// Proof: `Services::RentalWakeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalWakeups` (r:2 w:2)
	/// Proof: `Services::RentalWakeups` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Services::Rentals` (r:8 w:8)
	/// Proof: `Services::Rentals` (`max_values`: None, `max_size`: Some(270), added: 2745, mode: `MaxEncodedLen`)
	/// Storage: `Services::OpenRentalPeriods` (r:40 w:32)
	/// Proof: `Services::OpenRentalPeriods` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalPeriodJobs` (r:32 w:0)
	/// Proof: `Services::RentalPeriodJobs` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Services::Jobs` (r:32 w:32)
	/// Proof: `Services::Jobs` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Services::Blueprints` (r:1 w:0)
	/// Proof: `Services::Blueprints` (`max_values`: None, `max_size`: Some(1231), added: 3706, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalBeats` (r:32 w:32)
	/// Proof: `Services::RentalBeats` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Services::RentalReports` (r:32 w:32)
	/// Proof: `Services::RentalReports` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::JobEscrows` (r:32 w:32)
	/// Proof: `Escrow::JobEscrows` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Escrows` (r:32 w:32)
	/// Proof: `Escrow::Escrows` (`max_values`: None, `max_size`: Some(632), added: 3107, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::PlatformFee` (r:1 w:0)
	/// Proof: `Escrow::PlatformFee` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:8 w:8)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:8 w:8)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(301), added: 2776, mode: `MaxEncodedLen`)
	/// Storage: `Services::PendingJobs` (r:8 w:8)
	/// Proof: `Services::PendingJobs` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPruneCursor` (r:1 w:0)
	/// Proof: `Services::JobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Services::JobPrunes` (r:1 w:1)
	/// Proof: `Services::JobPrunes` (`max_values`: None, `max_size`: Some(16398), added: 18873, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Operators` (r:8 w:0)
	/// Proof: `Staking::Operators` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Staking::NextSlashId` (r:1 w:1)
	/// Proof: `Staking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Staking::PendingSlashCount` (r:8 w:8)
	/// Proof: `Staking::PendingSlashCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Staking::Exposures` (r:8 w:8)
	/// Proof: `Staking::Exposures` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Staking::OperatorExposures` (r:8 w:8)
	/// Proof: `Staking::OperatorExposures` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Staking::CurrentSession` (r:1 w:0)
	/// Proof: `Staking::CurrentSession` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashCursor` (r:1 w:0)
	/// Proof: `Staking::SlashCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Staking::SlashQueue` (r:1 w:1)
	/// Proof: `Staking::SlashQueue` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Staking::UnappliedSlashes` (r:0 w:8)
	/// Proof: `Staking::UnappliedSlashes` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 8]`.
	fn wake_rentals(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2242 + n * (2156 ±0)`
		//  Estimated: `19863 + n * (12555 ±0)`
		// Minimum execution time: 9_698_000 picoseconds.
		Weight::from_parts(212_533_459, 19863)
			// Standard Error: 23_419_128
			.saturating_add(Weight::from_parts(1_174_166_692, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((38_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((32_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 12555).saturating_mul(n.into()))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_blueprint() -> Weight {
		Weight::from_parts(174_525_000, 3766)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn remove_blueprint() -> Weight {
		Weight::from_parts(174_611_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn register_operator() -> Weight {
		Weight::from_parts(184_424_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn update_registration() -> Weight {
		Weight::from_parts(145_113_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn go_inactive() -> Weight {
		Weight::from_parts(125_061_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn go_active() -> Weight {
		Weight::from_parts(91_211_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn schedule_leave() -> Weight {
		Weight::from_parts(112_621_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn deregister() -> Weight {
		Weight::from_parts(69_875_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn request_service(o: u32, ) -> Weight {
		Weight::from_parts(226_685_298, 11515)
			.saturating_add(Weight::from_parts(13_172_114, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(Weight::from_parts(0, 2718).saturating_mul(o.into()))
	}
	fn update_request(o: u32, ) -> Weight {
		Weight::from_parts(125_650_084, 4696)
			.saturating_add(Weight::from_parts(13_099_396, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 2718).saturating_mul(o.into()))
	}
	fn approve(o: u32, ) -> Weight {
		Weight::from_parts(260_314_473, 11515)
			.saturating_add(Weight::from_parts(42_492_701, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 3037).saturating_mul(o.into()))
	}
	fn reject() -> Weight {
		Weight::from_parts(232_267_000, 11515)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(234_442_000, 11515)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn call_job() -> Weight {
		Weight::from_parts(366_777_000, 5531)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn submit_result() -> Weight {
		Weight::from_parts(103_491_000, 4602)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn heartbeat() -> Weight {
		Weight::from_parts(294_284_000, 5527)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn report_missed_heartbeats() -> Weight {
		Weight::from_parts(230_377_000, 5527)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn terminate_service(j: u32, o: u32, ) -> Weight {
		Weight::from_parts(11_050_765_387, 19863)
			.saturating_add(Weight::from_parts(147_335_088, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 3037).saturating_mul(o.into()))
	}
	fn cancel_job() -> Weight {
		Weight::from_parts(400_621_000, 19863)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn leave_service() -> Weight {
		Weight::from_parts(97_957_000, 4602)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn complete_service_exit(j: u32, ) -> Weight {
		Weight::from_parts(99_906_000, 19863)
			.saturating_add(Weight::from_parts(119_950_089, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(j.into()))
	}
	fn prune_jobs(n: u32, ) -> Weight {
		Weight::from_parts(19_505_000, 19863)
			.saturating_add(Weight::from_parts(8_796_209, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn expire_requests(n: u32, ) -> Weight {
		Weight::from_parts(35_350_272, 4503)
			.saturating_add(Weight::from_parts(145_322_477, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 10525).saturating_mul(n.into()))
	}
	fn file_performance_report(r: u32, ) -> Weight {
		Weight::from_parts(549_378_977, 4602)
			.saturating_add(Weight::from_parts(136_539, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn create_rental() -> Weight {
		Weight::from_parts(338_848_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
	}
	fn accept_rental() -> Weight {
		Weight::from_parts(252_290_000, 6992)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
	}
	fn decline_rental() -> Weight {
		Weight::from_parts(292_782_000, 6992)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn cancel_rental() -> Weight {
		Weight::from_parts(348_667_000, 6992)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn report_rental_metrics() -> Weight {
		Weight::from_parts(424_637_000, 19863)
			.saturating_add(ParityDbWeight::get().reads(21_u64))
			.saturating_add(ParityDbWeight::get().writes(15_u64))
	}
	fn advance_rental(n: u32, ) -> Weight {
		Weight::from_parts(282_706_556, 19863)
			.saturating_add(Weight::from_parts(196_773_382, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(18_u64))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(20_u64))
			.saturating_add(ParityDbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3107).saturating_mul(n.into()))
	}
	fn heartbeat_rental() -> Weight {
		Weight::from_parts(95_001_000, 4696)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn wake_rentals(n: u32, ) -> Weight {
		Weight::from_parts(212_533_459, 19863)
			.saturating_add(Weight::from_parts(1_174_166_692, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((38_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((32_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 12555).saturating_mul(n.into()))
	}
}
