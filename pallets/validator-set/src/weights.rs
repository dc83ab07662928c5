//! Weights for `pallet_validator_set`.
//!
//! The pallet is not in the runtime yet, so `scripts/benchmark.sh` cannot measure it; the
//! runtime will take `SubstrateWeight` generated from `benchmarking.rs` when it wires the pallet.
//! Until then only `()` exists, for tests: it charges the storage the calls touch at ParityDB's
//! weights plus a generous computation allowance, and two sr25519 verifications for an Aura equivocation proof.

#![allow(missing_docs)]

use frame_support::weights::{constants::ParityDbWeight, Weight};

/// Weight functions needed by `pallet_validator_set`.
pub trait WeightInfo {
	/// `v`: validators in the set.
	fn add_validator(v: u32) -> Weight;
	/// `v`: validators in the set.
	fn remove_validator(v: u32) -> Weight;
	/// `n`: offenders handled.
	fn on_offence(n: u32) -> Weight;
	/// Two Aura seal checks.
	fn check_equivocation_proof() -> Weight;
}

impl WeightInfo for () {
	fn add_validator(v: u32) -> Weight {
		Weight::from_parts(20_000_000, 0)
			.saturating_add(Weight::from_parts(40_000, 33).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads_writes(3, 1))
	}
	fn remove_validator(v: u32) -> Weight {
		Weight::from_parts(20_000_000, 0)
			.saturating_add(Weight::from_parts(40_000, 33).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads_writes(1, 1))
	}
	fn on_offence(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(Weight::from_parts(60_000_000, 3_000).saturating_mul(n.into()))
			.saturating_add(
				ParityDbWeight::get()
					.reads_writes(4, 4)
					.saturating_mul(n.into()),
			)
	}
	fn check_equivocation_proof() -> Weight {
		Weight::from_parts(120_000_000, 0)
	}
}

/// The runtime's weights; `scripts/benchmark.sh pallet_validator_set` replaces this file with
/// measured ones.
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn add_validator(v: u32) -> Weight {
		<() as WeightInfo>::add_validator(v)
	}
	fn remove_validator(v: u32) -> Weight {
		<() as WeightInfo>::remove_validator(v)
	}
	fn on_offence(n: u32) -> Weight {
		<() as WeightInfo>::on_offence(n)
	}
	fn check_equivocation_proof() -> Weight {
		<() as WeightInfo>::check_equivocation_proof()
	}
}
