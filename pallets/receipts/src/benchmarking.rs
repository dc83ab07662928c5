//! Benchmarks of every call and of the hooks, each at its worst case.
//!
//! Receipts carry real sr25519 signatures made through the keystore host functions and go
//! through the runtime's real job registry and escrow (set up by `T::BenchmarkHelper`: a called
//! job with its escrow, then the operator's result). Settlements mint both shares; the single
//! ones (`accept`, `submit_receipt_accepted`) also hit the mint cap, which scales the mint.

use crate::{pallet::*, settlement::WorkTally, types::*, ComputeReceipt, ReceiptBody};
use aitbc_primitives::{traits::JobRegistry, JobId, ReceiptId};
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
	traits::{IdentifyAccount, One, Saturating, Verify},
	Permill,
};

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"rcpt");
const OUTPUT: H256 = H256::repeat_byte(1);

fn indexed_id(fill: u8, index: u32) -> ReceiptId {
	let mut id = [fill; 32];
	for (slot, byte) in id.iter_mut().zip(index.to_le_bytes()) {
		*slot = byte;
	}
	id
}

/// A fresh sr25519 key in the keystore and its account.
fn new_key<T: Config>() -> (sr25519::Public, T::AccountId)
where
	<T::Signature as Verify>::Signer: From<sr25519::Public>,
{
	let key = sp_io::crypto::sr25519_generate(KEY_TYPE, None);
	let account = <T::Signature as Verify>::Signer::from(key).into_account();
	(key, account)
}

fn sign<T: Config>(key: &sr25519::Public, payload: &[u8]) -> Result<T::Signature, BenchmarkError>
where
	T::Signature: From<sr25519::Signature>,
{
	sp_io::crypto::sr25519_sign(KEY_TYPE, key, payload)
		.map(Into::into)
		.ok_or(BenchmarkError::Stop("the keystore could not sign"))
}

/// A price the operator can be paid (well above the existential deposit, less any fee).
fn price<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(100u32.into())
}

/// A job of `client` with `operator`'s result submitted, ready to be claimed.
fn job_with_result<T: Config>(client: &T::AccountId, operator: &T::AccountId) -> JobId {
	let job_id = T::BenchmarkHelper::create_job(client, operator, u64::MAX, price::<T>());
	T::BenchmarkHelper::submit_result(job_id, operator, OUTPUT);
	job_id
}

/// `operator`'s receipt `receipt_id` for `job_id`, for `units` units at the benchmark price.
fn receipt<T: Config>(
	key: &sr25519::Public,
	operator: &T::AccountId,
	client: &T::AccountId,
	job_id: JobId,
	receipt_id: ReceiptId,
	units: u64,
) -> Result<ReceiptOf<T>, BenchmarkError>
where
	T::Signature: From<sr25519::Signature>,
{
	let body = ReceiptBody {
		receipt_id,
		job_id,
		client: client.clone(),
		operator: operator.clone(),
		compute_units: units,
		price: price::<T>(),
		output_hash: OUTPUT,
		nonce: 0,
	};
	let signature = sign::<T>(key, &body.signing_payload(&Pallet::<T>::genesis_hash()))?;
	Ok(ComputeReceipt { body, signature })
}

/// Claim a fresh job of `client` through `submit_receipt`, as `operator`'s receipt `index`.
fn claimed_job<T: Config>(
	key: &sr25519::Public,
	operator: &T::AccountId,
	client: &T::AccountId,
	index: u32,
) -> Result<JobId, BenchmarkError>
where
	T::Signature: From<sr25519::Signature>,
{
	let job_id = job_with_result::<T>(client, operator);
	let receipt = receipt::<T>(key, operator, client, job_id, indexed_id(0xC1, index), 1)?;
	let relayer: T::AccountId = account("relayer", 0, 0);
	Pallet::<T>::submit_receipt(
		RawOrigin::Signed(relayer).into(),
		Box::new(receipt),
		PrivacyLevel::Public,
		None,
	)
	.map_err(|_| BenchmarkError::Stop("the claim failed"))?;
	Ok(job_id)
}

/// Mint parameters with both shares non-zero. With `clip`, one unit mints twice what the caps
/// allow, so the mint is scaled down (the costlier path); otherwise a unit mints 2 (fits).
fn set_mint<T: Config>(clip: bool) -> Result<(), BenchmarkError> {
	T::Currency::mint_into(&T::TreasuryAccount::get(), T::Currency::minimum_balance())?;
	let cap = T::MaxMintPerBlock::get().min(T::MaxMintPerSession::get());
	let mint_per_unit = if clip {
		cap.saturating_mul(2u32.into())
	} else {
		2u32.into()
	};
	MintParams::<T>::put(MintParameters {
		mint_per_unit,
		coordinator_share: Permill::from_percent(50),
	});
	Ok(())
}

/// Remember `count` settled receipts of `operator`, all to be pruned at `prunable_at`, as the
/// calls would.
fn remember_receipts<T: Config>(
	prunable_at: BlockNumberFor<T>,
	count: u32,
	operator: &T::AccountId,
) -> Result<(), BenchmarkError> {
	let mut queue = Vec::new();
	for index in 0..count {
		let receipt_id = indexed_id(0xEE, index);
		let job_id = JobId::MAX.saturating_sub(JobId::from(index));
		ClaimedReceipts::<T>::insert(
			operator,
			receipt_id,
			ClaimedReceipt {
				job_id,
				compute_units: 1,
				claimed_at: prunable_at,
				prunable_at,
				state: ReceiptState::Settled { at: prunable_at },
			},
		);
		queue.push((operator.clone(), receipt_id, job_id));
	}
	let queue = BoundedVec::try_from(queue)
		.map_err(|_| BenchmarkError::Stop("more fillers than a block's prune queue holds"))?;
	PruneQueue::<T>::insert(prunable_at, queue);
	Ok(())
}

/// Fill the prune and maturity queues a claim made now appends to, one short of full.
fn nearly_full_queues<T: Config>() -> Result<(), BenchmarkError> {
	let now = frame_system::Pallet::<T>::block_number();
	let fillers = T::MaxReceiptsPerBlock::get().saturating_sub(1);
	let filler_operator: T::AccountId = account("filler", 0, 0);
	remember_receipts::<T>(
		now.saturating_add(T::RetentionPeriod::get()),
		fillers,
		&filler_operator,
	)?;
	let stale: Vec<JobId> = (0..fillers)
		.map(|index| JobId::MAX.saturating_sub(JobId::from(index)))
		.collect();
	MaturityQueue::<T>::insert(
		now.saturating_add(T::ChallengeWindow::get()),
		BoundedVec::truncate_from(stale),
	);
	Ok(())
}

#[benchmarks(where
	T::Signature: From<sr25519::Signature>,
	<T::Signature as Verify>::Signer: From<sr25519::Public>,
)]
mod benchmarks {
	use super::*;

	/// A claim: every check (a real signature), the registry's claim, both queues nearly full.
	#[benchmark]
	fn submit_receipt() -> Result<(), BenchmarkError> {
		let (key, operator) = new_key::<T>();
		let client: T::AccountId = account("client", 0, 0);
		let job_id = job_with_result::<T>(&client, &operator);
		set_mint::<T>(true)?;
		nearly_full_queues::<T>()?;
		let receipt = receipt::<T>(&key, &operator, &client, job_id, [1u8; 32], 1)?;
		let relayer: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(relayer),
			Box::new(receipt),
			PrivacyLevel::Public,
			None,
		);

		assert!(Claims::<T>::contains_key(job_id));
		assert!(ClaimedReceipts::<T>::contains_key(&operator, [1u8; 32]));
		Ok(())
	}

	/// A claim with the client's counter-signature, settled in the same call, the mint clipped
	/// by the cap.
	#[benchmark]
	fn submit_receipt_accepted() -> Result<(), BenchmarkError> {
		let (key, operator) = new_key::<T>();
		let (client_key, client) = new_key::<T>();
		let job_id = job_with_result::<T>(&client, &operator);
		set_mint::<T>(true)?;
		nearly_full_queues::<T>()?;
		let receipt = receipt::<T>(&key, &operator, &client, job_id, [1u8; 32], 1)?;
		let acceptance = sign::<T>(
			&client_key,
			&receipt
				.body
				.acceptance_payload(&Pallet::<T>::genesis_hash()),
		)?;
		let relayer: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		submit_receipt(
			RawOrigin::Signed(relayer),
			Box::new(receipt),
			PrivacyLevel::Public,
			Some(acceptance),
		);

		assert!(!Claims::<T>::contains_key(job_id));
		assert_eq!(TotalWork::<T>::get(&operator), 1);
		Ok(())
	}

	/// The client accepts a claim: one settlement, the mint clipped by the cap.
	#[benchmark]
	fn accept() -> Result<(), BenchmarkError> {
		let (key, operator) = new_key::<T>();
		let client: T::AccountId = account("client", 0, 0);
		set_mint::<T>(true)?;
		let job_id = claimed_job::<T>(&key, &operator, &client, 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(client), job_id);

		assert!(!Claims::<T>::contains_key(job_id));
		assert_eq!(TotalWork::<T>::get(&operator), 1);
		Ok(())
	}

	/// The client accepts `n` claims, made in consecutive blocks.
	#[benchmark]
	fn accept_many(n: Linear<1, { T::MaxBatch::get() }>) -> Result<(), BenchmarkError> {
		let (key, operator) = new_key::<T>();
		let client: T::AccountId = account("client", 0, 0);
		set_mint::<T>(false)?;
		let start = frame_system::Pallet::<T>::block_number();
		let mut jobs = Vec::new();
		for index in 0..n {
			frame_system::Pallet::<T>::set_block_number(start.saturating_add(index.into()));
			jobs.push(claimed_job::<T>(&key, &operator, &client, index)?);
		}
		let job_ids = BoundedVec::try_from(jobs).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(client), job_ids);

		assert_eq!(Claims::<T>::iter().count(), 0);
		assert_eq!(TotalWork::<T>::get(&operator), u64::from(n));
		Ok(())
	}

	/// Anyone settles `n` matured claims, made in consecutive blocks.
	#[benchmark]
	fn settle_claims(n: Linear<1, { T::MaxBatch::get() }>) -> Result<(), BenchmarkError> {
		let (key, operator) = new_key::<T>();
		let client: T::AccountId = account("client", 0, 0);
		set_mint::<T>(false)?;
		let start = frame_system::Pallet::<T>::block_number();
		let mut jobs = Vec::new();
		for index in 0..n {
			frame_system::Pallet::<T>::set_block_number(start.saturating_add(index.into()));
			jobs.push(claimed_job::<T>(&key, &operator, &client, index)?);
		}
		let matured = start
			.saturating_add(n.into())
			.saturating_add(T::ChallengeWindow::get());
		frame_system::Pallet::<T>::set_block_number(matured);
		let job_ids = BoundedVec::try_from(jobs).map_err(|_| BenchmarkError::Weightless)?;
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), job_ids);

		assert_eq!(Claims::<T>::iter().count(), 0);
		assert_eq!(TotalWork::<T>::get(&operator), u64::from(n));
		Ok(())
	}

	/// `on_initialize` settles `n` claims that matured in this block (claimed in one block, so
	/// `n` is at most `MaxReceiptsPerBlock` too): one bucket at the cursor; further buckets and
	/// stale entries are charged by the queue's weight model.
	#[benchmark]
	fn settle_matured(
		n: Linear<
			0,
			{ T::MaxSettlementsProcessedPerBlock::get().min(T::MaxReceiptsPerBlock::get()) },
		>,
	) -> Result<(), BenchmarkError> {
		let (key, operator) = new_key::<T>();
		let client: T::AccountId = account("client", 0, 0);
		set_mint::<T>(false)?;
		let mut jobs = Vec::new();
		for index in 0..n {
			jobs.push(claimed_job::<T>(&key, &operator, &client, index)?);
		}
		let matures_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ChallengeWindow::get());
		frame_system::Pallet::<T>::set_block_number(matures_at);
		SettlementCursor::<T>::put(matures_at);

		#[block]
		{
			Pallet::<T>::settle_matured(matures_at);
		}

		assert_eq!(Claims::<T>::iter().count(), 0);
		assert_eq!(TotalWork::<T>::get(&operator), u64::from(n));
		for job_id in jobs {
			assert!(T::Jobs::job(job_id).is_some_and(|job| job.status.is_final()));
		}
		assert_eq!(
			SettlementCursor::<T>::get(),
			matures_at.saturating_add(One::one())
		);
		Ok(())
	}

	/// What each further operator costs a batch: the batch's end mints, scores and credits `o`
	/// operators (one unit each, the mint clipped by the cap) on a priced class and a blueprint
	/// staking pays points for. The batch benchmarks above settle jobs of one operator.
	#[benchmark]
	fn apply_work(
		o: Linear<1, { T::MaxBatch::get().max(T::MaxSettlementsProcessedPerBlock::get()) }>,
	) -> Result<(), BenchmarkError> {
		let (class, blueprint_id) = T::BenchmarkHelper::incentivized_blueprint();
		set_mint::<T>(true)?;
		let mut tally = WorkTally::<T>::new();
		let operators: Vec<T::AccountId> =
			(0..o).map(|index| account("worker", index, 0)).collect();
		for operator in &operators {
			T::Currency::mint_into(operator, T::Currency::minimum_balance())?;
			let fee = T::Currency::minimum_balance();
			tally.add_paid(
				operator,
				class,
				blueprint_id,
				MintableWork {
					units: 1,
					burned: fee,
					mintable: fee,
				},
			);
		}

		#[block]
		{
			tally
				.apply()
				.map_err(|_| BenchmarkError::Stop("applying the tally failed"))?;
		}

		for operator in &operators {
			assert_eq!(TotalWork::<T>::get(operator), 1);
		}
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
			total_units: 1_000,
			minted: PerShare {
				coordinator: 0u32.into(),
				treasury: 1_000u32.into(),
			},
			burned: 1_000u32.into(),
			..Default::default()
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
		remember_receipts::<T>(prunable_at, n, &operator)?;

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
		let job_id = T::BenchmarkHelper::create_job(&client, &operator, 1, price::<T>());
		let commitment = T::Jobs::job(job_id)
			.ok_or(BenchmarkError::Stop("no job"))?
			.input_hash
			.to_fixed_bytes();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(client),
			job_id,
			commitment,
			Some([7u8; 32]),
		);

		assert_eq!(
			JobCommitments::<T>::get(job_id),
			Some(JobCommitment {
				job: commitment,
				rate: Some([7u8; 32])
			})
		);
		Ok(())
	}

	/// The commitment of a job the registry no longer knows.
	#[benchmark]
	fn remove_job_commitment() {
		let job_id = JobId::MAX;
		JobCommitments::<T>::insert(
			job_id,
			JobCommitment {
				job: [7u8; 32],
				rate: None,
			},
		);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), job_id);

		assert!(!JobCommitments::<T>::contains_key(job_id));
	}

	/// Worst case: a key replaces another, so one is pinned and one released.
	#[benchmark]
	fn set_privacy_key() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let inputs = PrivacyKind::Enhanced.public_inputs();
		let old = T::BenchmarkHelper::privacy_key(inputs, 0);
		let new = T::BenchmarkHelper::privacy_key(inputs, 1);
		Pallet::<T>::set_privacy_key(origin.clone(), PrivacyKind::Enhanced, Some(old))
			.map_err(|_| BenchmarkError::Stop("the first key is refused"))?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, PrivacyKind::Enhanced, Some(new));

		assert_eq!(PrivacyKeys::<T>::get(PrivacyKind::Enhanced), Some(new));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
