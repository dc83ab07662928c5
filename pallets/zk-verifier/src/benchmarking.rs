//! Benchmarks, each at its worst case: keys with `n` public inputs, full-width inputs, a
//! nullifier recorded by every proof, a deposit partly burned on unregistration.
//!
//! `verify_with_host_backend` and `verify_with_pure_backend` time the two backends alone, so a
//! run of the runtime benchmarks (in wasm) gives the cost of a proof through the host function
//! and without it; `verify_proof` and `verify_batch` use the runtime's `Config::Backend`.

use super::*;
use crate::testing::{synthetic_key, synthetic_statements};
use aitbc_primitives::{
	traits::{KeyConsumer, NullifierScope},
	VerifyingKeyId,
};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin,
	},
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let deposit = Pallet::<T>::key_deposit(verifier::prepared_key_len(T::MaxPublicInputs::get()));
	let amount = T::Currency::minimum_balance().saturating_add(deposit.saturating_mul(4u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

fn key_bytes<T: Config>(key: Vec<u8>) -> Result<KeyBytes<T>, BenchmarkError> {
	key.try_into()
		.map_err(|_| BenchmarkError::Stop("key over the bound"))
}

fn statement<T: Config>(
	proof: Vec<u8>,
	public_inputs: Vec<[u8; 32]>,
) -> Result<(ProofBytes, PublicInputs<T>), BenchmarkError> {
	Ok((
		proof
			.try_into()
			.map_err(|_| BenchmarkError::Stop("proof over the bound"))?,
		public_inputs
			.try_into()
			.map_err(|_| BenchmarkError::Stop("inputs over the bound"))?,
	))
}

/// Registers a governance key with `n` inputs (input 0 is the nullifier) and returns its id
/// with `count` valid statements.
fn key_with_statements<T: Config>(
	n: u32,
	count: u32,
) -> Result<(VerifyingKeyId, Vec<(ProofBytes, PublicInputs<T>)>), BenchmarkError> {
	let (key, statements) = synthetic_statements(n, count);
	let id = Pallet::<T>::do_register_key(&key, Some(0), KeyConsumer::Open, None)?;
	let statements = statements
		.into_iter()
		.map(|(proof, public_inputs)| statement::<T>(proof, public_inputs))
		.collect::<Result<Vec<_>, _>>()?;
	Ok((id, statements))
}

/// A prepared synthetic key with `n` inputs and one valid statement, for the backends alone.
fn backend_statement(n: u32) -> Result<(Vec<u8>, Vec<u8>, Vec<[u8; 32]>), BenchmarkError> {
	let (key, mut statements) = synthetic_statements(n, 1);
	let prepared = PureBackend::prepare_key(&key, n)
		.map_err(|_| BenchmarkError::Stop("invalid synthetic key"))?;
	let (proof, public_inputs) = statements
		.pop()
		.ok_or(BenchmarkError::Stop("no statement"))?;
	Ok((prepared, proof, public_inputs))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_key(n: Linear<1, { T::MaxPublicInputs::get() }>) -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let key = synthetic_key(n);
		let id = Pallet::<T>::id_of_key(&key, Some(0), KeyConsumer::Open)
			.ok_or(BenchmarkError::Stop("invalid synthetic key"))?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			key_bytes::<T>(key)?,
			Some(0),
			KeyConsumer::Open,
		);

		assert_eq!(Keys::<T>::get(id).and_then(|key| key.owner), Some(caller));
		Ok(())
	}

	#[benchmark]
	fn register_key_for_everyone(
		n: Linear<1, { T::MaxPublicInputs::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let key = synthetic_key(n);
		let id = Pallet::<T>::id_of_key(&key, Some(0), KeyConsumer::Open)
			.ok_or(BenchmarkError::Stop("invalid synthetic key"))?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			key_bytes::<T>(key)?,
			Some(0),
			KeyConsumer::Open,
		);

		assert!(Keys::<T>::contains_key(id));
		Ok(())
	}

	/// Worst case: an owned key that recorded a nullifier, so part of the deposit is burned and
	/// the rest released.
	#[benchmark]
	fn unregister_key() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let n = T::MaxPublicInputs::get();
		let (key, statements) = synthetic_statements(n, 1);
		let id =
			Pallet::<T>::do_register_key(&key, Some(0), KeyConsumer::Open, Some(caller.clone()))?;
		for (proof, public_inputs) in &statements {
			Pallet::<T>::do_verify(
				KeyConsumer::Open,
				&id,
				NullifierScope::Domain(OPEN_DOMAIN),
				proof,
				public_inputs,
			)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!Keys::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn verify_proof(n: Linear<1, { T::MaxPublicInputs::get() }>) -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let (id, mut statements) = key_with_statements::<T>(n, 1)?;
		let (proof, public_inputs) = statements
			.pop()
			.ok_or(BenchmarkError::Stop("no statement"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, proof, public_inputs);

		assert_eq!(NullifierCount::<T>::get(id), 1);
		Ok(())
	}

	#[benchmark]
	fn verify_batch(
		b: Linear<1, { T::MaxBatchSize::get() }>,
		n: Linear<1, { T::MaxPublicInputs::get() }>,
	) -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let (id, statements) = key_with_statements::<T>(n, b)?;
		let proofs: BoundedVec<_, T::MaxBatchSize> = statements
			.try_into()
			.map_err(|_| BenchmarkError::Stop("batch over the bound"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, proofs);

		assert_eq!(NullifierCount::<T>::get(id), b);
		Ok(())
	}

	#[benchmark]
	fn verify_with_host_backend(
		n: Linear<1, { T::MaxPublicInputs::get() }>,
	) -> Result<(), BenchmarkError> {
		let (prepared, proof, public_inputs) = backend_statement(n)?;
		let result;

		#[block]
		{
			result = HostBackend::verify(&prepared, &proof, &public_inputs);
		}

		assert_eq!(result, Ok(()));
		Ok(())
	}

	#[benchmark]
	fn verify_with_pure_backend(
		n: Linear<1, { T::MaxPublicInputs::get() }>,
	) -> Result<(), BenchmarkError> {
		let (prepared, proof, public_inputs) = backend_statement(n)?;
		let result;

		#[block]
		{
			result = PureBackend::verify(&prepared, &proof, &public_inputs);
		}

		assert_eq!(result, Ok(()));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
