//! Benchmarks of the validator set's calls and offence handling, at the largest set.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_support::BoundedVec;
use sp_runtime::Perbill;
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

/// Fills the set with `count` prepared validators (keeping any already in it).
fn fill<T: Config>(count: u32) -> Vec<T::AccountId> {
	let mut validators = Validators::<T>::get().into_inner();
	let mut i = 0;
	while (validators.len() as u32) < count {
		let who: T::AccountId = account("validator", i, 0);
		i += 1;
		if validators.contains(&who) {
			continue;
		}
		T::BenchmarkHelper::prepare_validator(&who);
		validators.push(who);
	}
	validators.sort();
	Validators::<T>::put(BoundedVec::truncate_from(validators.clone()));
	validators
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator(
		v: Linear<1, { T::MaxValidators::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::UpdateOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill::<T>(v.max(T::MinValidators::get()));
		let new: T::AccountId = account("newcomer", 0, 0);
		T::BenchmarkHelper::prepare_validator(&new);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, new.clone());

		assert!(Pallet::<T>::is_validator(&new));
		Ok(())
	}

	#[benchmark]
	fn remove_validator(
		v: Linear<{ T::MinValidators::get().saturating_add(1) }, { T::MaxValidators::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::UpdateOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let validators = fill::<T>(v);
		let leaving = validators
			.last()
			.cloned()
			.ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, leaving.clone());

		assert!(!Pallet::<T>::is_validator(&leaving));
		Ok(())
	}

	#[benchmark]
	fn on_offence(n: Linear<1, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		let validators = fill::<T>(T::MaxValidators::get());
		let offenders: Vec<_> = validators
			.iter()
			.take(n as usize)
			.filter_map(|v| {
				use sp_runtime::traits::Convert;
				T::FullIdentificationOf::convert(v.clone()).map(|id| OffenceDetails {
					offender: (v.clone(), id),
					reporters: Vec::new(),
				})
			})
			.collect();
		let fractions = alloc::vec![Perbill::from_percent(10); offenders.len()];

		#[block]
		{
			<Pallet<T> as OnOffenceHandler<_, _, _>>::on_offence(&offenders, &fractions, 0);
		}

		assert_eq!(OffenderCount::<T>::get(0), offenders.len() as u32);
		Ok(())
	}

	/// The two seal checks of an Aura equivocation report.
	#[benchmark]
	fn check_equivocation_proof() -> Result<(), BenchmarkError> {
		use codec::Encode;
		use frame_system::pallet_prelude::HeaderFor;
		use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
		use sp_runtime::{traits::Header as _, Digest, DigestItem, RuntimeAppPublic};

		let offender = T::AuthorityId::generate_pair(None);
		let slot = Slot::from(42u64);
		let sealed = |salt: u8| -> Result<HeaderFor<T>, BenchmarkError> {
			let mut header = HeaderFor::<T>::new(
				1u32.into(),
				Default::default(),
				Default::default(),
				Default::default(),
				Digest {
					logs: alloc::vec![
						DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode()),
						DigestItem::Other(alloc::vec![salt]),
					],
				},
			);
			let signature = offender
				.sign(&header.hash())
				.ok_or(BenchmarkError::Stop("the benchmark keystore cannot sign"))?;
			header
				.digest_mut()
				.push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
			Ok(header)
		};
		let proof = sp_consensus_slots::EquivocationProof {
			offender: offender.clone(),
			slot,
			first_header: sealed(1)?,
			second_header: sealed(2)?,
		};
		let valid;

		#[block]
		{
			valid = check_aura_equivocation_proof(&proof);
		}

		assert!(valid);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_bench_ext(), crate::mock::Test);
}
