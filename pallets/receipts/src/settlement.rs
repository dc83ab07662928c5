//! The checks and effects of `submit_receipt`.
//!
//! [`Pallet::validate_receipt`] only reads: it runs every check, in the documented order, and
//! returns what the effects need. [`Pallet::settle`] then moves funds and writes state; it runs
//! only after every check passed, inside the call's storage transaction. Between the two,
//! [`Pallet::verify_private`] verifies a private receipt's proof (which records its nullifier,
//! a write, rolled back with the call if settling fails).

use crate::{pallet::*, types::*, ReceiptBody};
use aitbc_primitives::{
	traits::{
		EscrowLedger, JobInfo, JobRegistry, JobStatus, OnVerifiedWork, PriceOracle, ProofVerifier,
	},
	SessionIndex,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::fungible::Mutate};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, UniqueSaturatedInto, Zero};

/// A number as a public input: 32 bytes little-endian.
fn field_element(value: u128) -> [u8; 32] {
	let mut out = [0u8; 32];
	out[..16].copy_from_slice(&value.to_le_bytes());
	out
}

/// What the effects of an accepted receipt need, computed by the checks.
pub(crate) struct Settlement<T: Config> {
	pub job: JobInfo<T::AccountId, BalanceOf<T>, T::AssetId>,
	pub now: BlockNumberFor<T>,
	pub session: SessionIndex,
	pub prunable_at: BlockNumberFor<T>,
	pub mint: PerShare<BalanceOf<T>>,
	pub minted_in_block: BalanceOf<T>,
	pub minted_in_session: BalanceOf<T>,
}

impl<T: Config> Pallet<T> {
	/// The genesis hash receipts are signed for.
	///
	/// `T::Hash` is 32 bytes on AITBC (BlakeTwo256), and then this is the genesis hash itself.
	/// A runtime with another hash length would get the BLAKE2-256 of its genesis hash, so
	/// receipts stay bound to one chain either way.
	pub fn genesis_hash() -> H256 {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let bytes: &[u8] = hash.as_ref();
		<[u8; 32]>::try_from(bytes)
			.map(H256::from)
			.unwrap_or_else(|_| H256::from(sp_io::hashing::blake2_256(bytes)))
	}

	/// Every check of `submit_receipt`, in order; reads only.
	pub(crate) fn validate_receipt(
		receipt: &ReceiptOf<T>,
		privacy: &PrivacyLevel,
	) -> Result<Settlement<T>, DispatchError> {
		let hidden_amounts = matches!(privacy, PrivacyLevel::Enhanced { .. });
		let body = &receipt.body;

		let job = T::Jobs::job(body.job_id).ok_or(Error::<T>::JobNotFound)?;
		ensure!(
			T::Jobs::is_job_operator(body.job_id, &body.operator),
			Error::<T>::NotJobOperator
		);
		ensure!(job.client == body.client, Error::<T>::ClientMismatch);
		ensure!(
			job.status != JobStatus::Settled && !SettledJobs::<T>::contains_key(body.job_id),
			Error::<T>::JobAlreadySettled
		);
		ensure!(job.status != JobStatus::Cancelled, Error::<T>::JobCancelled);
		ensure!(
			!ClaimedReceipts::<T>::contains_key(body.receipt_id),
			Error::<T>::ReceiptAlreadyClaimed
		);

		if let Some((kind, proof)) = privacy.private_proof() {
			ensure!(
				PrivacyKeys::<T>::get(kind) == Some(proof.key),
				Error::<T>::UnapprovedKey
			);
			ensure!(
				JobCommitments::<T>::contains_key(body.job_id),
				Error::<T>::NoJobCommitment
			);
		}

		if hidden_amounts {
			// The proof checks the hidden amounts against the job's caps.
			ensure!(
				body.compute_units == 0 && body.price.is_zero(),
				Error::<T>::AmountsNotHidden
			);
		} else {
			ensure!(body.compute_units > 0, Error::<T>::ZeroUnits);
			ensure!(
				body.compute_units <= job.max_units,
				Error::<T>::TooManyUnits
			);
			ensure!(!body.price.is_zero(), Error::<T>::ZeroPrice);
			ensure!(body.price <= job.price_cap, Error::<T>::PriceAboveCap);
		}

		let escrow = T::Escrow::escrow_of(body.job_id).ok_or(Error::<T>::EscrowNotFound)?;
		ensure!(!escrow.frozen, Error::<T>::EscrowFrozen);
		ensure!(
			escrow.held >= body.price && !escrow.held.is_zero(),
			Error::<T>::EscrowInsufficient
		);

		ensure!(
			receipt.verify_signature(&Self::genesis_hash()),
			Error::<T>::BadSignature
		);

		let now = frame_system::Pallet::<T>::block_number();
		let session = T::CurrentSession::get();
		let mint = Self::mint_for(body.compute_units)?;
		let (minted_in_block, minted_in_session) = Self::check_mint_caps(&mint, now, session)?;

		let prunable_at = now
			.checked_add(&T::RetentionPeriod::get())
			.ok_or(Error::<T>::Overflow)?;
		let queued = PruneQueue::<T>::decode_len(prunable_at).unwrap_or(0);
		let queued = u32::try_from(queued).unwrap_or(u32::MAX);
		ensure!(
			queued < T::MaxReceiptsPerBlock::get(),
			Error::<T>::TooManyReceiptsInBlock
		);

		Ok(Settlement {
			job,
			now,
			session,
			prunable_at,
			mint,
			minted_in_block,
			minted_in_session,
		})
	}

	/// The weight a private level adds to `submit_receipt`: its proof and the two reads of
	/// the approved key and the job commitment.
	pub fn proof_weight(privacy: &PrivacyLevel) -> Weight {
		privacy.private_proof().map_or(Weight::zero(), |(kind, _)| {
			T::Proofs::verify_weight(kind.public_inputs())
				.saturating_add(T::DbWeight::get().reads(2))
		})
	}

	/// The public inputs of a private receipt, all derived on-chain (see [`PrivacyLevel`]).
	/// The output hash and the commitments go in as their 32 bytes; the verifier refuses any
	/// that is not a canonical field element.
	fn private_inputs(
		body: &ReceiptBody<T::AccountId, BalanceOf<T>>,
		privacy: &PrivacyLevel,
	) -> Result<Vec<[u8; 32]>, DispatchError> {
		let job = T::Jobs::job(body.job_id).ok_or(Error::<T>::JobNotFound)?;
		let commitment =
			JobCommitments::<T>::get(body.job_id).ok_or(Error::<T>::NoJobCommitment)?;
		let head = [
			field_element(u128::from(body.job_id)),
			commitment,
			body.output_hash.to_fixed_bytes(),
		];
		let inputs = match privacy {
			PrivacyLevel::Public => Vec::new(),
			PrivacyLevel::Basic(proof) => {
				let mut inputs = head.to_vec();
				inputs.extend([
					field_element(u128::from(body.compute_units)),
					proof.nullifier,
				]);
				inputs
			}
			PrivacyLevel::Enhanced {
				proof,
				amount_commitment,
			} => {
				let price_cap: u128 = job.price_cap.unique_saturated_into();
				let mut inputs = head.to_vec();
				inputs.extend([
					field_element(u128::from(job.max_units)),
					field_element(price_cap),
					*amount_commitment,
					proof.nullifier,
				]);
				inputs
			}
		};
		Ok(inputs)
	}

	/// Verifies a private receipt's proof (recording its nullifier) and returns the body to
	/// settle: the receipt's own, except that an enhanced receipt is paid everything its job's
	/// escrow holds (its price is hidden; the client escrowed what it agreed to pay).
	pub(crate) fn verify_private(
		body: ReceiptBody<T::AccountId, BalanceOf<T>>,
		privacy: &PrivacyLevel,
	) -> Result<ReceiptBody<T::AccountId, BalanceOf<T>>, DispatchError> {
		let Some((_, proof)) = privacy.private_proof() else {
			return Ok(body);
		};
		let inputs = Self::private_inputs(&body, privacy)?;
		T::Proofs::verify(&proof.key, &proof.proof, &inputs)?;
		if matches!(privacy, PrivacyLevel::Enhanced { .. }) {
			let escrow = T::Escrow::escrow_of(body.job_id).ok_or(Error::<T>::EscrowNotFound)?;
			return Ok(ReceiptBody {
				price: escrow.held,
				..body
			});
		}
		Ok(body)
	}

	/// Pay, settle, mint, score and tell the other pallets. Only after `validate_receipt`.
	pub(crate) fn settle(
		body: ReceiptBody<T::AccountId, BalanceOf<T>>,
		settlement: Settlement<T>,
	) -> DispatchResult {
		let Settlement {
			job,
			now,
			session,
			prunable_at,
			mint,
			minted_in_block,
			minted_in_session,
		} = settlement;
		let ReceiptBody {
			receipt_id,
			job_id,
			client,
			operator,
			compute_units,
			price,
			..
		} = body;

		let paid = T::Escrow::release(job_id, &operator, price)?;
		T::Jobs::note_settled(job_id, &operator, compute_units)?;
		JobCommitments::<T>::remove(job_id);

		ClaimedReceipts::<T>::insert(
			receipt_id,
			ClaimedReceipt {
				job_id,
				operator: operator.clone(),
				compute_units,
				accepted_at: now,
				prunable_at,
			},
		);
		SettledJobs::<T>::insert(
			job_id,
			JobSettlement {
				receipt_id,
				settled_at: now,
			},
		);
		PruneQueue::<T>::try_append(prunable_at, (receipt_id, job_id))
			.map_err(|_| Error::<T>::TooManyReceiptsInBlock)?;

		Self::deposit_event(Event::ReceiptAccepted {
			receipt_id,
			job_id,
			client,
			operator: operator.clone(),
			compute_units,
			price,
			paid,
		});

		Self::mint_shares(&operator, &mint)?;
		Self::note_minted(
			compute_units,
			&mint,
			now,
			session,
			minted_in_block,
			minted_in_session,
		)?;
		Self::record_work(&operator, session, compute_units)?;

		T::Pricing::record_demand(job.resource_class, compute_units);
		T::OnWork::on_verified_work(&operator, job.blueprint_id, compute_units);
		Ok(())
	}

	/// Mint each non-zero share to its recipient.
	fn mint_shares(operator: &T::AccountId, mint: &PerShare<BalanceOf<T>>) -> DispatchResult {
		let treasury = T::TreasuryAccount::get();
		for (to, amount, share) in [
			(operator, mint.coordinator, MintShare::Coordinator),
			(&treasury, mint.treasury, MintShare::Treasury),
		] {
			if amount.is_zero() {
				continue;
			}
			T::Currency::mint_into(to, amount)?;
			Self::deposit_event(Event::Minted {
				to: to.clone(),
				amount,
				share,
			});
		}
		Ok(())
	}

	/// Grow the operator's work score in `session` and since genesis.
	fn record_work(operator: &T::AccountId, session: SessionIndex, units: u64) -> DispatchResult {
		let session_work = SessionWork::<T>::get(session, operator)
			.checked_add(units)
			.ok_or(Error::<T>::Overflow)?;
		let total_work = TotalWork::<T>::get(operator)
			.checked_add(units)
			.ok_or(Error::<T>::Overflow)?;
		SessionWork::<T>::insert(session, operator, session_work);
		TotalWork::<T>::insert(operator, total_work);
		Self::deposit_event(Event::WorkRecorded {
			operator: operator.clone(),
			session,
			compute_units: units,
			session_work,
			total_work,
		});
		Ok(())
	}
}
