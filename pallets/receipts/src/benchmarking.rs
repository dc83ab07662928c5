//! Benchmarks of every call and of the hooks' pruning, each at its worst case.
//!
//! `submit_receipt` verifies a real sr25519 signature made through the keystore host functions,
//! goes through the runtime's real job registry and escrow (set up by `T::BenchmarkHelper`),
//! mints both shares, and appends to a prune queue that is one entry short of full.

use crate::{pallet::*, types::*, ComputeReceipt, ReceiptBody};
use aitbc_primitives::{JobId, ReceiptId};
use alloc::{boxed::Box, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::{crypto::KeyTypeId, sr25519, H256};
use sp_runtime::{
	traits::{IdentifyAccount, Saturating, Verify},
	Permill,
};

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"rcpt");

fn filler_receipt_id(index: u32) -> ReceiptId {
	let mut id = [0xEE; 32];
	for (slot, byte) in id.iter_mut().zip(index.to_le_bytes()) {
		*slot = byte;
	}
	id
}

/// Remember `count` accepted receipts, all to be pruned at `prunable_at`, as the call would.
fn remember_claims<T: Config>(
	prunable_at: BlockNumberFor<T>,
	count: u32,
	operator: &T::AccountId,
) -> Result<(), BenchmarkError> {
	let mut queue = Vec::new();
	for index in 0..count {
		let receipt_id = filler_receipt_id(index);
		let job_id = JobId::MAX.saturating_sub(JobId::from(index));
		ClaimedReceipts::<T>::insert(
			receipt_id,
			ClaimedReceipt {
				job_id,
				operator: operator.clone(),
				compute_units: 1,
				accepted_at: prunable_at,
				prunable_at,
			},
		);
		SettledJobs::<T>::insert(
			job_id,
			JobSettlement {
				receipt_id,
				settled_at: prunable_at,
			},
		);
		queue.push((receipt_id, job_id));
	}
	let queue = BoundedVec::try_from(queue)
		.map_err(|_| BenchmarkError::Stop("more fillers than a block's prune queue holds"))?;
	PruneQueue::<T>::insert(prunable_at, queue);
	Ok(())
}

#[benchmarks(where
	T::Signature: From<sr25519::Signature>,
	<T::Signature as Verify>::Signer: From<sr25519::Public>,
)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit_receipt() -> Result<(), BenchmarkError> {
		let key = sp_io::crypto::sr25519_generate(KEY_TYPE, None);
		let operator: T::AccountId = <T::Signature as Verify>::Signer::from(key).into_account();
		let client: T::AccountId = account("client", 0, 0);
		let existential = T::Currency::minimum_balance();
		let price = existential.saturating_mul(100u32.into());
		let job_id = T::BenchmarkHelper::create_job(&client, &operator, u64::MAX, price);
		T::Currency::mint_into(&T::TreasuryAccount::get(), existential)?;

		// Both shares non-zero, and the whole mint within both caps.
		let mint_per_unit = T::MaxMintPerBlock::get().min(T::MaxMintPerSession::get());
		MintParams::<T>::put(MintParameters {
			mint_per_unit,
			coordinator_share: Permill::from_percent(50),
		});

		let now = frame_system::Pallet::<T>::block_number();
		let prunable_at = now.saturating_add(T::RetentionPeriod::get());
		let filler_operator: T::AccountId = account("filler", 0, 0);
		remember_claims::<T>(
			prunable_at,
			T::MaxReceiptsPerBlock::get().saturating_sub(1),
			&filler_operator,
		)?;

		let receipt_id = [1u8; 32];
		let body = ReceiptBody {
			receipt_id,
			job_id,
			client,
			operator: operator.clone(),
			compute_units: 1,
			price,
			output_hash: H256::repeat_byte(1),
			nonce: 0,
		};
		let payload = body.signing_payload(&Pallet::<T>::genesis_hash());
		let signature = sp_io::crypto::sr25519_sign(KEY_TYPE, &key, &payload)
			.ok_or(BenchmarkError::Stop("the keystore could not sign"))?;
		let receipt = ComputeReceipt {
			body,
			signature: signature.into(),
		};
		let relayer: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(relayer),
			Box::new(receipt),
			PrivacyLevel::Public,
		);

		assert!(ClaimedReceipts::<T>::contains_key(receipt_id));
		assert_eq!(TotalWork::<T>::get(&operator), 1);
		Ok(())
	}

	#[benchmark]
	fn set_mint_parameters() -> Result<(), BenchmarkError> {
		// An open epoch with units, so the change folds it into the closed total.
		let params = MintParameters {
			mint_per_unit: 1u32.into(),
			coordinator_share: Permill::zero(),
		};
		MintParams::<T>::put(params);
		Ledger::<T>::put(MintLedger {
			epoch_units: 1_000,
			closed_epochs: PerShare::default(),
			total_units: 1_000,
			minted: PerShare {
				coordinator: 0u32.into(),
				treasury: 1_000u32.into(),
			},
		});
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			2u32.into(),
			Permill::from_percent(40),
		);

		assert_eq!(
			MintParams::<T>::get().coordinator_share,
			Permill::from_percent(40)
		);
		assert_eq!(Ledger::<T>::get().epoch_units, 0);
		Ok(())
	}

	#[benchmark]
	fn prune_receipts(
		n: Linear<0, { T::MaxReceiptsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let operator: T::AccountId = account("operator", 0, 0);
		let prunable_at: BlockNumberFor<T> = 10u32.into();
		remember_claims::<T>(prunable_at, n, &operator)?;

		#[block]
		{
			Pallet::<T>::prune_receipts(prunable_at);
		}

		assert!(!PruneQueue::<T>::contains_key(prunable_at));
		assert_eq!(ClaimedReceipts::<T>::iter().count(), 0);
		Ok(())
	}

	#[benchmark]
	fn prune_session_work(n: Linear<0, { T::SessionPruneLimit::get() }>) {
		for index in 0..n {
			SessionWork::<T>::insert(0, account::<T::AccountId>("operator", index, 0), 1u64);
		}
		// Session 0 is one session older than the ones kept.
		let current = T::SessionsToKeep::get();

		#[block]
		{
			Pallet::<T>::prune_session_work(current);
		}

		assert_eq!(OldestSession::<T>::get(), 1);
		assert_eq!(SessionWork::<T>::iter_prefix(0).count(), 0);
	}

	#[benchmark]
	fn commit_job() -> Result<(), BenchmarkError> {
		let client: T::AccountId = account("client", 0, 0);
		let operator: T::AccountId = account("operator", 0, 0);
		let price = T::Currency::minimum_balance().saturating_mul(100u32.into());
		let job_id = T::BenchmarkHelper::create_job(&client, &operator, 1, price);

		#[extrinsic_call]
		_(RawOrigin::Signed(client), job_id, [7u8; 32]);

		assert_eq!(JobCommitments::<T>::get(job_id), Some([7u8; 32]));
		Ok(())
	}

	/// The commitment of a job the registry no longer knows.
	#[benchmark]
	fn remove_job_commitment() {
		let job_id = JobId::MAX;
		JobCommitments::<T>::insert(job_id, [7u8; 32]);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), job_id);

		assert!(!JobCommitments::<T>::contains_key(job_id));
	}

	#[benchmark]
	fn set_privacy_key() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			PrivacyKind::Enhanced,
			Some([9u8; 32]),
		);

		assert_eq!(
			PrivacyKeys::<T>::get(PrivacyKind::Enhanced),
			Some([9u8; 32])
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
