//! Weights for `pallet_settlement`. NOT MEASURED YET: replaced by `scripts/benchmark.sh
//! pallet_settlement` once the runtime has the pallet.

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
	fn set_route() -> Weight;
	fn set_committee() -> Weight;
	fn commit_messages(n: u32, ) -> Weight;
	fn expire_deliveries(n: u32, ) -> Weight;
	fn forget_settled_jobs(n: u32, ) -> Weight;
	fn on_job_settled() -> Weight;
	fn set_standing_rule() -> Weight;
	fn set_light_client_chain() -> Weight;
}

/// Until measured: the estimates below.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn request_settlement() -> Weight { <() as WeightInfo>::request_settlement() }
	fn retry() -> Weight { <() as WeightInfo>::retry() }
	fn refund() -> Weight { <() as WeightInfo>::refund() }
	fn receive_job_settled() -> Weight { <() as WeightInfo>::receive_job_settled() }
	fn receive_acknowledgement() -> Weight { <() as WeightInfo>::receive_acknowledgement() }
	fn verify_attestations(s: u32, ) -> Weight { <() as WeightInfo>::verify_attestations(s) }
	fn set_route() -> Weight { <() as WeightInfo>::set_route() }
	fn set_committee() -> Weight { <() as WeightInfo>::set_committee() }
	fn commit_messages(n: u32, ) -> Weight { <() as WeightInfo>::commit_messages(n) }
	fn expire_deliveries(n: u32, ) -> Weight { <() as WeightInfo>::expire_deliveries(n) }
	fn forget_settled_jobs(n: u32, ) -> Weight { <() as WeightInfo>::forget_settled_jobs(n) }
	fn on_job_settled() -> Weight { <() as WeightInfo>::on_job_settled() }
	fn set_standing_rule() -> Weight { <() as WeightInfo>::set_standing_rule() }
	fn set_light_client_chain() -> Weight { <() as WeightInfo>::set_light_client_chain() }
}

impl WeightInfo for () {
	fn request_settlement() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn retry() -> Weight {
		Weight::from_parts(60_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn refund() -> Weight {
		Weight::from_parts(60_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn receive_job_settled() -> Weight {
		Weight::from_parts(150_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn receive_acknowledgement() -> Weight {
		Weight::from_parts(150_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn verify_attestations(s: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 2_000)
			.saturating_add(Weight::from_parts(60_000_000, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
	}
	fn set_route() -> Weight {
		Weight::from_parts(20_000_000, 2_000)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_committee() -> Weight {
		Weight::from_parts(30_000_000, 2_000)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn commit_messages(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 5_000)
			.saturating_add(Weight::from_parts(2_000_000, 50).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn expire_deliveries(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 5_000)
			.saturating_add(Weight::from_parts(20_000_000, 1_000).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn forget_settled_jobs(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 5_000)
			.saturating_add(Weight::from_parts(10_000_000, 500).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn on_job_settled() -> Weight {
		Weight::from_parts(20_000_000, 5_000)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_standing_rule() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_light_client_chain() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
