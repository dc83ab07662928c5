
//! Weights for `pallet_settlement`, measured by `scripts/benchmark.sh` (frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-12-03, STEPS: `10`, REPEAT: `5`, CHAIN: `Some("dev")`
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
// pallet_settlement
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
// /tmp/settlement-weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_settlement`.
pub trait WeightInfo {
	fn request_settlement() -> Weight;
	fn retry() -> Weight;
	fn refund() -> Weight;
	fn receive_job_settled() -> Weight;
	fn receive_acknowledgement() -> Weight;
	fn verify_attestations(s: u32, ) -> Weight;
	fn verify_light_client(s: u32, ) -> Weight;
	fn set_route() -> Weight;
	fn set_committee() -> Weight;
	fn commit_messages(n: u32, ) -> Weight;
	fn expire_deliveries(n: u32, ) -> Weight;
	fn forget_settled_jobs(n: u32, ) -> Weight;
	fn set_standing_rule() -> Weight;
	fn set_light_client_chain() -> Weight;
	fn on_job_settled() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Settlement::SettledJobs` (r:1 w:1)
	/// Proof: `Settlement::SettledJobs` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Routes` (r:1 w:0)
	/// Proof: `Settlement::Routes` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::OutboundUsage` (r:1 w:1)
	/// Proof: `Settlement::OutboundUsage` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::OutboundNonces` (r:1 w:1)
	/// Proof: `Settlement::OutboundNonces` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::ChainIdentity` (r:1 w:0)
	/// Proof: `Settlement::ChainIdentity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::BlockMessages` (r:1 w:1)
	/// Proof: `Settlement::BlockMessages` (`max_values`: Some(1), `max_size`: Some(2818), added: 3313, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeliveryExpiryCursor` (r:1 w:0)
	/// Proof: `Settlement::DeliveryExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeliveryExpiries` (r:1 w:1)
	/// Proof: `Settlement::DeliveryExpiries` (`max_values`: None, `max_size`: Some(782), added: 3257, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::OutboundPruned` (r:1 w:1)
	/// Proof: `Settlement::OutboundPruned` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Outbound` (r:2 w:3)
	/// Proof: `Settlement::Outbound` (`max_values`: None, `max_size`: Some(368), added: 2843, mode: `MaxEncodedLen`)
	fn request_settlement() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1814`
		//  Estimated: `6676`
		// Minimum execution time: 202_330_000 picoseconds.
		Weight::from_parts(208_840_000, 6676)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Settlement::Outbound` (r:1 w:1)
	/// Proof: `Settlement::Outbound` (`max_values`: None, `max_size`: Some(368), added: 2843, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Routes` (r:1 w:0)
	/// Proof: `Settlement::Routes` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::OutboundUsage` (r:1 w:1)
	/// Proof: `Settlement::OutboundUsage` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::BlockMessages` (r:1 w:1)
	/// Proof: `Settlement::BlockMessages` (`max_values`: Some(1), `max_size`: Some(2818), added: 3313, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeliveryExpiryCursor` (r:1 w:0)
	/// Proof: `Settlement::DeliveryExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeliveryExpiries` (r:1 w:1)
	/// Proof: `Settlement::DeliveryExpiries` (`max_values`: None, `max_size`: Some(782), added: 3257, mode: `MaxEncodedLen`)
	fn retry() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `782`
		//  Estimated: `4303`
		// Minimum execution time: 38_297_000 picoseconds.
		Weight::from_parts(41_512_000, 4303)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Settlement::Outbound` (r:1 w:1)
	/// Proof: `Settlement::Outbound` (`max_values`: None, `max_size`: Some(368), added: 2843, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn refund() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `946`
		//  Estimated: `3833`
		// Minimum execution time: 62_372_000 picoseconds.
		Weight::from_parts(66_299_000, 3833)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Settlement::ChainIdentity` (r:1 w:0)
	/// Proof: `Settlement::ChainIdentity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Routes` (r:1 w:0)
	/// Proof: `Settlement::Routes` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::InboundNonces` (r:1 w:1)
	/// Proof: `Settlement::InboundNonces` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Committees` (r:1 w:0)
	/// Proof: `Settlement::Committees` (`max_values`: None, `max_size`: Some(661), added: 3136, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::InboundUsage` (r:1 w:1)
	/// Proof: `Settlement::InboundUsage` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::OutboundNonces` (r:1 w:1)
	/// Proof: `Settlement::OutboundNonces` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::BlockMessages` (r:1 w:1)
	/// Proof: `Settlement::BlockMessages` (`max_values`: Some(1), `max_size`: Some(2818), added: 3313, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::OutboundPruned` (r:1 w:1)
	/// Proof: `Settlement::OutboundPruned` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Outbound` (r:2 w:3)
	/// Proof: `Settlement::Outbound` (`max_values`: None, `max_size`: Some(368), added: 2843, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::InboundPruned` (r:1 w:1)
	/// Proof: `Settlement::InboundPruned` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Inbound` (r:2 w:3)
	/// Proof: `Settlement::Inbound` (`max_values`: None, `max_size`: Some(338), added: 2813, mode: `MaxEncodedLen`)
	fn receive_job_settled() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2168`
		//  Estimated: `6676`
		// Minimum execution time: 232_915_000 picoseconds.
		Weight::from_parts(245_313_000, 6676)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `Settlement::ChainIdentity` (r:1 w:0)
	/// Proof: `Settlement::ChainIdentity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Routes` (r:1 w:0)
	/// Proof: `Settlement::Routes` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::InboundNonces` (r:1 w:1)
	/// Proof: `Settlement::InboundNonces` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Committees` (r:1 w:0)
	/// Proof: `Settlement::Committees` (`max_values`: None, `max_size`: Some(661), added: 3136, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::InboundUsage` (r:1 w:1)
	/// Proof: `Settlement::InboundUsage` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Outbound` (r:1 w:1)
	/// Proof: `Settlement::Outbound` (`max_values`: None, `max_size`: Some(368), added: 2843, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::InboundPruned` (r:1 w:1)
	/// Proof: `Settlement::InboundPruned` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Inbound` (r:2 w:3)
	/// Proof: `Settlement::Inbound` (`max_values`: None, `max_size`: Some(338), added: 2813, mode: `MaxEncodedLen`)
	fn receive_acknowledgement() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1942`
		//  Estimated: `6616`
		// Minimum execution time: 173_918_000 picoseconds.
		Weight::from_parts(182_841_000, 6616)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Settlement::Committees` (r:1 w:0)
	/// Proof: `Settlement::Committees` (`max_values`: None, `max_size`: Some(661), added: 3136, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 32]`.
	fn verify_attestations(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `789`
		//  Estimated: `4126`
		// Minimum execution time: 55_543_000 picoseconds.
		Weight::from_parts(56_503_000, 4126)
			// Standard Error: 3_526_014
			.saturating_add(Weight::from_parts(45_610_605, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Settlement::LightClientChain` (r:1 w:0)
	/// Proof: `Settlement::LightClientChain` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `BridgeAitbcGrandpa::ImportedHeaders` (r:1 w:0)
	/// Proof: `BridgeAitbcGrandpa::ImportedHeaders` (`max_values`: Some(14400), `max_size`: Some(68), added: 2048, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 8192]`.
	fn verify_light_client(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `111`
		//  Estimated: `3038`
		// Minimum execution time: 16_564_000 picoseconds.
		Weight::from_parts(17_910_282, 3038)
			// Standard Error: 17
			.saturating_add(Weight::from_parts(7_070, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Settlement::ChainIdentity` (r:1 w:0)
	/// Proof: `Settlement::ChainIdentity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Routes` (r:0 w:1)
	/// Proof: `Settlement::Routes` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	fn set_route() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `93`
		//  Estimated: `1489`
		// Minimum execution time: 11_958_000 picoseconds.
		Weight::from_parts(13_770_000, 1489)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Settlement::ChainIdentity` (r:1 w:0)
	/// Proof: `Settlement::ChainIdentity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Committees` (r:1 w:1)
	/// Proof: `Settlement::Committees` (`max_values`: None, `max_size`: Some(661), added: 3136, mode: `MaxEncodedLen`)
	fn set_committee() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `134`
		//  Estimated: `4126`
		// Minimum execution time: 15_674_000 picoseconds.
		Weight::from_parts(17_666_000, 4126)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Settlement::BlockMessages` (r:1 w:1)
	/// Proof: `Settlement::BlockMessages` (`max_values`: Some(1), `max_size`: Some(2818), added: 3313, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Commitments` (r:0 w:2)
	/// Proof: `Settlement::Commitments` (`max_values`: None, `max_size`: Some(2830), added: 5305, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn commit_messages(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `150 + n * (44 ±0)`
		//  Estimated: `4303`
		// Minimum execution time: 6_559_000 picoseconds.
		Weight::from_parts(13_490_428, 4303)
			// Standard Error: 1_225
			.saturating_add(Weight::from_parts(850_953, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Settlement::DeliveryExpiryCursor` (r:1 w:1)
	/// Proof: `Settlement::DeliveryExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeliveryExpiries` (r:1 w:1)
	/// Proof: `Settlement::DeliveryExpiries` (`max_values`: None, `max_size`: Some(782), added: 3257, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Outbound` (r:64 w:64)
	/// Proof: `Settlement::Outbound` (`max_values`: None, `max_size`: Some(368), added: 2843, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn expire_deliveries(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `346 + n * (372 ±0)`
		//  Estimated: `4247 + n * (2843 ±0)`
		// Minimum execution time: 6_970_000 picoseconds.
		Weight::from_parts(12_512_827, 4247)
			// Standard Error: 11_853
			.saturating_add(Weight::from_parts(10_217_676, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2843).saturating_mul(n.into()))
	}
	/// Storage: `Settlement::SettledJobPruneCursor` (r:1 w:1)
	/// Proof: `Settlement::SettledJobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::SettledJobPrunes` (r:1 w:1)
	/// Proof: `Settlement::SettledJobPrunes` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::SettledJobs` (r:0 w:64)
	/// Proof: `Settlement::SettledJobs` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn forget_settled_jobs(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `163 + n * (8 ±0)`
		//  Estimated: `5527`
		// Minimum execution time: 7_331_000 picoseconds.
		Weight::from_parts(10_709_315, 5527)
			// Standard Error: 1_081
			.saturating_add(Weight::from_parts(1_312_025, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: `Settlement::StandingRules` (r:1 w:1)
	/// Proof: `Settlement::StandingRules` (`max_values`: None, `max_size`: Some(118), added: 2593, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Routes` (r:1 w:0)
	/// Proof: `Settlement::Routes` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn set_standing_rule() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `389`
		//  Estimated: `3802`
		// Minimum execution time: 66_619_000 picoseconds.
		Weight::from_parts(70_915_000, 3802)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Settlement::ChainIdentity` (r:1 w:0)
	/// Proof: `Settlement::ChainIdentity` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::LightClientChain` (r:0 w:1)
	/// Proof: `Settlement::LightClientChain` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_light_client_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `105`
		//  Estimated: `1489`
		// Minimum execution time: 9_654_000 picoseconds.
		Weight::from_parts(11_206_000, 1489)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Settlement::SettledJobPruneCursor` (r:1 w:0)
	/// Proof: `Settlement::SettledJobPruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::SettledJobPrunes` (r:1 w:1)
	/// Proof: `Settlement::SettledJobPrunes` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::StandingRules` (r:2 w:0)
	/// Proof: `Settlement::StandingRules` (`max_values`: None, `max_size`: Some(118), added: 2593, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::SettledJobs` (r:0 w:1)
	/// Proof: `Settlement::SettledJobs` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	fn on_job_settled() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `93`
		//  Estimated: `6176`
		// Minimum execution time: 14_982_000 picoseconds.
		Weight::from_parts(16_735_000, 6176)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn request_settlement() -> Weight {
		Weight::from_parts(208_840_000, 6676)
			.saturating_add(ParityDbWeight::get().reads(15_u64))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
	}
	fn retry() -> Weight {
		Weight::from_parts(41_512_000, 4303)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn refund() -> Weight {
		Weight::from_parts(66_299_000, 3833)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn receive_job_settled() -> Weight {
		Weight::from_parts(245_313_000, 6676)
			.saturating_add(ParityDbWeight::get().reads(15_u64))
			.saturating_add(ParityDbWeight::get().writes(14_u64))
	}
	fn receive_acknowledgement() -> Weight {
		Weight::from_parts(182_841_000, 6616)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn verify_attestations(s: u32, ) -> Weight {
		Weight::from_parts(56_503_000, 4126)
			.saturating_add(Weight::from_parts(45_610_605, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
	}
	fn verify_light_client(s: u32, ) -> Weight {
		Weight::from_parts(17_910_282, 3038)
			.saturating_add(Weight::from_parts(7_070, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn set_route() -> Weight {
		Weight::from_parts(13_770_000, 1489)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_committee() -> Weight {
		Weight::from_parts(17_666_000, 4126)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn commit_messages(n: u32, ) -> Weight {
		Weight::from_parts(13_490_428, 4303)
			.saturating_add(Weight::from_parts(850_953, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn expire_deliveries(n: u32, ) -> Weight {
		Weight::from_parts(12_512_827, 4247)
			.saturating_add(Weight::from_parts(10_217_676, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2843).saturating_mul(n.into()))
	}
	fn forget_settled_jobs(n: u32, ) -> Weight {
		Weight::from_parts(10_709_315, 5527)
			.saturating_add(Weight::from_parts(1_312_025, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_standing_rule() -> Weight {
		Weight::from_parts(70_915_000, 3802)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_light_client_chain() -> Weight {
		Weight::from_parts(11_206_000, 1489)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn on_job_settled() -> Weight {
		Weight::from_parts(16_735_000, 6176)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
}
