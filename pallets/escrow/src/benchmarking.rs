//! Benchmarks, each at its worst case: asset escrows (payouts touch `pallet-assets` accounts),
//! the highest platform fee (an extra payout to the treasury), deadlines whose expiry queue is
//! as full as allowed, and multi-signature conditions with the most signatories.

use super::*;
use crate::Pallet as Escrow;
use alloc::vec::Vec;
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible, fungibles, Hooks},
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{One, Saturating, StaticLookup},
	Perbill,
};

const SEED: u32 = 0;

fn amount<T: Config>() -> T::Balance {
	T::Balance::from(1_000_000u32)
}

/// The benchmark asset, listed for escrow.
fn asset<T: Config>() -> T::AssetId {
	let asset = T::BenchmarkHelper::create_asset();
	EscrowAssets::<T>::insert(asset, ());
	asset
}

/// An account with plenty of AIT and of the benchmark asset.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let plenty = amount::<T>().saturating_mul(T::Balance::from(1_000u32));
	<T::Currency as fungible::Mutate<_>>::set_balance(&who, plenty);
	let _ = <T::Assets as fungibles::Mutate<_>>::mint_into(asset::<T>(), &who, plenty);
	who
}

/// The highest fee, and a treasury that can receive it.
fn worst_fee<T: Config>() {
	PlatformFee::<T>::put(T::MaxPlatformFee::get());
	let treasury = T::TreasuryAccount::get();
	let plenty = amount::<T>().saturating_mul(T::Balance::from(1_000u32));
	<T::Currency as fungible::Mutate<_>>::set_balance(&treasury, plenty);
	let _ = <T::Assets as fungibles::Mutate<_>>::mint_into(asset::<T>(), &treasury, plenty);
}

fn signatories<T: Config>(count: u32) -> BoundedVec<T::AccountId, T::MaxSignatories> {
	let all: Vec<T::AccountId> = (0..count).map(|i| funded::<T>("signatory", i)).collect();
	BoundedVec::truncate_from(all)
}

/// Fill the deadline's expiry queue to one below the bound, so scheduling and unscheduling
/// work on the longest queue.
fn crowd_expiry_queue<T: Config>(deadline: BlockNumberFor<T>) {
	let others = T::MaxExpiriesPerBlock::get().saturating_sub(1);
	let filler: Vec<EscrowId> = (0..others)
		.map(|i| u64::MAX.saturating_sub(u64::from(i)))
		.collect();
	Expiries::<T>::insert(deadline, BoundedVec::truncate_from(filler));
}

fn deadline<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(BlockNumberFor::<T>::from(100u32))
}

/// A general asset escrow from a funded depositor to a funded beneficiary, with a deadline.
fn asset_escrow<T: Config>(
	condition: ReleaseCondition<T>,
) -> Result<(EscrowId, T::AccountId, T::AccountId), BenchmarkError> {
	let depositor = funded::<T>("depositor", 0);
	let beneficiary = funded::<T>("beneficiary", 0);
	let deadline = deadline::<T>();
	crowd_expiry_queue::<T>(deadline);
	let escrow_id = Escrow::<T>::do_create(
		depositor.clone(),
		beneficiary.clone(),
		PaymentAsset::Asset(asset::<T>()),
		amount::<T>(),
		None,
		Some(deadline),
		condition,
	)?;
	Ok((escrow_id, depositor, beneficiary))
}

fn dispute_origin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::DisputeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create(s: Linear<1, { T::MaxSignatories::get() }>) -> Result<(), BenchmarkError> {
		let depositor = funded::<T>("depositor", 0);
		let beneficiary = funded::<T>("beneficiary", 0);
		let deadline = deadline::<T>();
		crowd_expiry_queue::<T>(deadline);
		let condition = ReleaseCondition::MultiSig {
			threshold: s,
			signatories: signatories::<T>(s),
		};

		#[extrinsic_call]
		_(
			RawOrigin::Signed(depositor),
			T::Lookup::unlookup(beneficiary),
			PaymentAsset::Asset(asset::<T>()),
			amount::<T>(),
			None,
			Some(deadline),
			condition,
		);

		assert!(Escrows::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn release() -> Result<(), BenchmarkError> {
		worst_fee::<T>();
		let max = T::MaxSignatories::get();
		let signatories = signatories::<T>(max);
		let condition = ReleaseCondition::MultiSig {
			threshold: max,
			signatories: signatories.clone(),
		};
		let (escrow_id, _, beneficiary) = asset_escrow::<T>(condition)?;
		Approvals::<T>::insert(escrow_id, signatories);

		#[extrinsic_call]
		_(RawOrigin::Signed(beneficiary), escrow_id, None);

		assert!(!Escrows::<T>::contains_key(escrow_id));
		Ok(())
	}

	#[benchmark]
	fn refund() -> Result<(), BenchmarkError> {
		let (escrow_id, _, _) = asset_escrow::<T>(ReleaseCondition::Unconditional)?;
		frame_system::Pallet::<T>::set_block_number(deadline::<T>());
		let stranger = funded::<T>("stranger", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(stranger), escrow_id);

		assert!(!Escrows::<T>::contains_key(escrow_id));
		Ok(())
	}

	#[benchmark]
	fn approve(s: Linear<1, { T::MaxSignatories::get() }>) -> Result<(), BenchmarkError> {
		let signatories = signatories::<T>(s);
		let last = signatories
			.last()
			.cloned()
			.ok_or(BenchmarkError::Weightless)?;
		let condition = ReleaseCondition::MultiSig {
			threshold: s,
			signatories: signatories.clone(),
		};
		let (escrow_id, _, _) = asset_escrow::<T>(condition)?;
		let earlier: Vec<T::AccountId> = signatories
			.iter()
			.take(usize::try_from(s.saturating_sub(1)).unwrap_or(0))
			.cloned()
			.collect();
		Approvals::<T>::insert(escrow_id, BoundedVec::truncate_from(earlier));

		#[extrinsic_call]
		_(RawOrigin::Signed(last), escrow_id);

		assert_eq!(
			Approvals::<T>::decode_len(escrow_id),
			usize::try_from(s).ok()
		);
		Ok(())
	}

	#[benchmark]
	fn submit_proof() -> Result<(), BenchmarkError> {
		let (key, proof, inputs) = T::BenchmarkHelper::valid_proof();
		let inputs: BoundedVec<[u8; 32], T::MaxPublicInputs> =
			inputs.try_into().map_err(|_| BenchmarkError::Weightless)?;
		let proof: BoundedVec<u8, T::MaxProofLen> =
			proof.try_into().map_err(|_| BenchmarkError::Weightless)?;
		let statement = sp_io::hashing::blake2_256(&inputs.encode());
		let (escrow_id, _, beneficiary) =
			asset_escrow::<T>(ReleaseCondition::ZkProof { key, statement })?;

		#[extrinsic_call]
		_(RawOrigin::Signed(beneficiary), escrow_id, proof, inputs);

		assert!(Escrows::<T>::get(escrow_id)
			.and_then(|info| info.general().map(|terms| terms.proof_accepted))
			.unwrap_or(false));
		Ok(())
	}

	#[benchmark]
	fn freeze() -> Result<(), BenchmarkError> {
		let (escrow_id, _, _) = asset_escrow::<T>(ReleaseCondition::Unconditional)?;
		let origin = dispute_origin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, escrow_id);

		assert!(Escrows::<T>::get(escrow_id).is_some_and(|info| info.frozen));
		Ok(())
	}

	/// Unfreezing after the deadline refunds the escrow on the spot.
	#[benchmark]
	fn unfreeze() -> Result<(), BenchmarkError> {
		let (escrow_id, _, _) = asset_escrow::<T>(ReleaseCondition::Unconditional)?;
		Escrow::<T>::do_freeze(escrow_id)?;
		frame_system::Pallet::<T>::set_block_number(deadline::<T>());
		let origin = dispute_origin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, escrow_id);

		assert!(!Escrows::<T>::contains_key(escrow_id));
		Ok(())
	}

	#[benchmark]
	fn split() -> Result<(), BenchmarkError> {
		worst_fee::<T>();
		let (escrow_id, _, _) = asset_escrow::<T>(ReleaseCondition::Unconditional)?;
		Escrow::<T>::do_freeze(escrow_id)?;
		let origin = dispute_origin::<T>()?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			escrow_id,
			Perbill::from_percent(50),
		);

		assert!(!Escrows::<T>::contains_key(escrow_id));
		Ok(())
	}

	#[benchmark]
	fn emergency_withdraw() -> Result<(), BenchmarkError> {
		let (escrow_id, _, _) = asset_escrow::<T>(ReleaseCondition::Unconditional)?;
		Escrow::<T>::do_freeze(escrow_id)?;
		let to = funded::<T>("rescue", 0);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			escrow_id,
			T::Lookup::unlookup(to),
		);

		assert!(!Escrows::<T>::contains_key(escrow_id));
		Ok(())
	}

	#[benchmark]
	fn set_platform_fee() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let fee = T::MaxPlatformFee::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, fee);

		assert_eq!(PlatformFee::<T>::get(), fee);
		Ok(())
	}

	/// Listing is the longer branch: it also checks that the asset exists and counts the list.
	#[benchmark]
	fn set_escrow_asset() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let asset = T::BenchmarkHelper::create_asset();
		EscrowAssets::<T>::remove(asset);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset, true);

		assert!(EscrowAssets::<T>::contains_key(asset));
		Ok(())
	}

	/// `n` due escrows in one bucket at the cursor; further buckets are charged by the queue's
	/// weight model.
	#[benchmark]
	fn on_initialize_expiries(
		n: Linear<0, { T::MaxExpiriesProcessedPerBlock::get().min(T::MaxExpiriesPerBlock::get()) }>,
	) -> Result<(), BenchmarkError> {
		let depositor = funded::<T>("depositor", 0);
		let beneficiary = funded::<T>("beneficiary", 0);
		let due = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		for _ in 0..n {
			Escrow::<T>::do_create(
				depositor.clone(),
				beneficiary.clone(),
				PaymentAsset::Asset(asset::<T>()),
				amount::<T>(),
				None,
				Some(due),
				ReleaseCondition::Unconditional,
			)?;
		}
		NextExpiryBlock::<T>::put(due);
		frame_system::Pallet::<T>::set_block_number(due);

		#[block]
		{
			Escrow::<T>::on_initialize(due);
		}

		assert_eq!(Escrows::<T>::iter().count(), 0);
		Ok(())
	}

	impl_benchmark_test_suite!(Escrow, crate::mock::new_test_ext(), crate::mock::Test);
}
