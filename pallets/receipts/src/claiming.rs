//! The checks and effects of `submit_receipt`: a receipt claims its job's payment.
//!
//! [`Pallet::validate_receipt`] only reads: it runs every check, in the documented order, and
//! returns what the effects need. [`Pallet::verify_private`] then verifies a private receipt's
//! proof (the most expensive check, last; it writes nothing: the claim itself is what makes the
//! proof count once), and [`Pallet::claim`] writes the claim.

use crate::{
	pallet::*, types::*, weights::WeightInfo, ClaimMaturities, ReceiptBody, ReceiptPrunes,
};
use aitbc_primitives::traits::{
	EscrowLedger, JobRegistry, JobStatus, KeyConsumer, NullifierScope, ProofVerifier,
};
use alloc::vec::Vec;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, UniqueSaturatedInto, Zero};

/// A number as a public input: 32 bytes little-endian.
fn field_element(value: u128) -> [u8; 32] {
	let mut out = [0u8; 32];
	for (slot, byte) in out.iter_mut().zip(value.to_le_bytes()) {
		*slot = byte;
	}
	out
}

/// What the effects of a claim need, computed by the checks.
pub(crate) struct ClaimPlan<T: Config> {
	pub now: BlockNumberFor<T>,
	pub matures_at: BlockNumberFor<T>,
	pub prunable_at: BlockNumberFor<T>,
}

impl<T: Config> Pallet<T> {
	/// The genesis hash receipts and acceptances are signed for.
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

	/// Why a job in `status` cannot be claimed, if it cannot.
	fn ensure_claimable(status: JobStatus) -> DispatchResult {
		match status {
			JobStatus::ResultSubmitted => Ok(()),
			JobStatus::Called => Err(Error::<T>::NoResult.into()),
			JobStatus::Claimed => Err(Error::<T>::JobAlreadyClaimed.into()),
			JobStatus::Disputed => Err(Error::<T>::JobDisputed.into()),
			JobStatus::Settled => Err(Error::<T>::JobAlreadySettled.into()),
			JobStatus::Resolved
			| JobStatus::Cancelled
			| JobStatus::TimedOut
			| JobStatus::Withdrawn => Err(Error::<T>::JobClosed.into()),
		}
	}

	/// Every check of `submit_receipt` but the private proof, in order; reads only.
	pub(crate) fn validate_receipt(
		receipt: &ReceiptOf<T>,
		privacy: &PrivacyLevel,
		acceptance: Option<&T::Signature>,
	) -> Result<ClaimPlan<T>, DispatchError> {
		let hidden_units = matches!(privacy, PrivacyLevel::Enhanced(_));
		let body = &receipt.body;

		let job = T::Jobs::job(body.job_id).ok_or(Error::<T>::JobNotFound)?;
		Self::ensure_claimable(job.status)?;
		let result = job.result.as_ref().ok_or(Error::<T>::NoResult)?;
		ensure!(
			result.operator == body.operator,
			Error::<T>::NotResultOperator
		);
		ensure!(
			result.output_hash == body.output_hash,
			Error::<T>::OutputMismatch
		);
		ensure!(job.client == body.client, Error::<T>::ClientMismatch);
		ensure!(
			!ClaimedReceipts::<T>::contains_key(&body.operator, body.receipt_id),
			Error::<T>::ReceiptAlreadyClaimed
		);

		// The client, not the operator, decides what the payout is bound to: once it committed
		// to a rate, only an enhanced receipt (paid units × that rate) can claim the job, never
		// one that names its own price.
		let commitment = JobCommitments::<T>::get(body.job_id);
		let rate_committed = commitment.as_ref().is_some_and(|c| c.rate.is_some());
		ensure!(hidden_units || !rate_committed, Error::<T>::RateCommitted);
		if let Some((kind, proof)) = privacy.private_proof() {
			ensure!(
				PrivacyKeys::<T>::get(kind) == Some(proof.key),
				Error::<T>::UnapprovedKey
			);
			ensure!(commitment.is_some(), Error::<T>::NoJobCommitment);
			if hidden_units {
				ensure!(rate_committed, Error::<T>::NoRateCommitment);
			}
		}

		if hidden_units {
			// The proof checks the hidden units against the job's cap, and the price against
			// them and the client's committed rate.
			ensure!(body.compute_units == 0, Error::<T>::UnitsNotHidden);
		} else {
			ensure!(body.compute_units > 0, Error::<T>::ZeroUnits);
			ensure!(
				body.compute_units <= job.max_units,
				Error::<T>::TooManyUnits
			);
		}
		ensure!(!body.price.is_zero(), Error::<T>::ZeroPrice);
		ensure!(body.price <= job.price_cap, Error::<T>::PriceAboveCap);

		let escrow = T::Escrow::escrow_of(body.job_id).ok_or(Error::<T>::EscrowNotFound)?;
		ensure!(!escrow.frozen, Error::<T>::EscrowFrozen);
		ensure!(
			escrow.held >= body.price && !escrow.held.is_zero(),
			Error::<T>::EscrowInsufficient
		);

		let genesis_hash = Self::genesis_hash();
		ensure!(
			receipt.verify_signature(&genesis_hash),
			Error::<T>::BadSignature
		);
		if let Some(acceptance) = acceptance {
			ensure!(
				receipt.verify_acceptance(acceptance, &genesis_hash),
				Error::<T>::BadAcceptance
			);
		}

		// The mint is computed again at settlement, under the rate then in force; a receipt
		// whose units overflow it even now could never settle.
		Self::mint_for(body.compute_units)?
			.total()
			.ok_or(Error::<T>::Overflow)?;

		let now = frame_system::Pallet::<T>::block_number();
		let matures_at = now
			.checked_add(&T::ChallengeWindow::get())
			.ok_or(Error::<T>::Overflow)?;
		let prunable_at = now
			.checked_add(&T::RetentionPeriod::get())
			.ok_or(Error::<T>::Overflow)?;
		ensure!(
			ReceiptPrunes::<T>::has_room(prunable_at)
				&& (acceptance.is_some() || ClaimMaturities::<T>::has_room(matures_at)),
			Error::<T>::TooManyReceiptsInBlock
		);

		Ok(ClaimPlan {
			now,
			matures_at,
			prunable_at,
		})
	}

	/// The weight of `submit_receipt` before any proof: a claim, or a claim that settles at
	/// once with the client's acceptance; and the read of the job's commitments.
	pub fn submit_weight(accepted: bool) -> Weight {
		if accepted {
			T::WeightInfo::submit_receipt_accepted().saturating_add(
				<T::OnSettled as aitbc_primitives::settlement::OnJobSettled<_, _, _>>::weight(),
			)
		} else {
			T::WeightInfo::submit_receipt()
		}
		.saturating_add(T::DbWeight::get().reads(1))
	}

	/// The weight a private level adds to `submit_receipt`: its proof and the read of the
	/// approved key (the job's commitments are read for every receipt).
	pub fn proof_weight(privacy: &PrivacyLevel) -> Weight {
		privacy.private_proof().map_or(Weight::zero(), |(kind, _)| {
			T::Proofs::verify_weight(kind.public_inputs())
				.saturating_add(T::DbWeight::get().reads(1))
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
		let mut inputs = Vec::from([
			field_element(u128::from(body.job_id)),
			commitment.job,
			body.output_hash.to_fixed_bytes(),
		]);
		match privacy {
			PrivacyLevel::Public => return Ok(Vec::new()),
			PrivacyLevel::Basic(_) => inputs.push(field_element(u128::from(body.compute_units))),
			PrivacyLevel::Enhanced(_) => {
				let rate = commitment.rate.ok_or(Error::<T>::NoRateCommitment)?;
				let price: u128 = body.price.unique_saturated_into();
				inputs.extend([
					field_element(u128::from(job.max_units)),
					rate,
					field_element(price),
				]);
			}
		}
		Ok(inputs)
	}

	/// Verifies a private receipt's proof. Nothing is recorded: the claim that follows moves
	/// the job out of `ResultSubmitted`, so the same proof can never claim it again.
	pub(crate) fn verify_private(
		body: &ReceiptBody<T::AccountId, BalanceOf<T>>,
		privacy: &PrivacyLevel,
	) -> DispatchResult {
		let Some((_, proof)) = privacy.private_proof() else {
			return Ok(());
		};
		let inputs = Self::private_inputs(body, privacy)?;
		T::Proofs::verify(
			KeyConsumer::Receipts,
			&proof.key,
			NullifierScope::ConsumerState,
			&proof.proof,
			&inputs,
		)
	}

	/// Claim the job for the receipt: the registry marks it `Claimed`, the claim and the
	/// receipt id are stored, and the receipt is queued for pruning and (if `queue`, i.e.
	/// unless it settles in this call) for settlement when the window closes. Only after every
	/// check passed. Returns the stored claim.
	pub(crate) fn claim(
		body: ReceiptBody<T::AccountId, BalanceOf<T>>,
		plan: ClaimPlan<T>,
		queue: bool,
	) -> Result<PendingClaimOf<T>, DispatchError> {
		let ClaimPlan {
			now,
			matures_at,
			prunable_at,
		} = plan;
		let ReceiptBody {
			receipt_id,
			job_id,
			client,
			operator,
			compute_units,
			price,
			output_hash,
			..
		} = body;

		T::Jobs::claim(job_id, &operator, output_hash)?;
		let claim = PendingClaim {
			receipt_id,
			operator: operator.clone(),
			client,
			compute_units,
			price,
			claimed_at: now,
			matures_at,
		};
		Claims::<T>::insert(job_id, &claim);
		ClaimedReceipts::<T>::insert(
			&operator,
			receipt_id,
			ClaimedReceipt {
				job_id,
				compute_units,
				claimed_at: now,
				prunable_at,
				state: ReceiptState::Pending { matures_at },
			},
		);
		// Both blocks are ahead of the hooks' cursors (the window and the retention are at
		// least a block), so each entry lands in the bucket of its own block.
		ReceiptPrunes::<T>::schedule(prunable_at, (operator.clone(), receipt_id, job_id), 0)
			.map_err(|_| Error::<T>::TooManyReceiptsInBlock)?;
		if queue {
			ClaimMaturities::<T>::schedule(matures_at, job_id, 0)
				.map_err(|_| Error::<T>::TooManyReceiptsInBlock)?;
		}

		Self::deposit_event(Event::ReceiptClaimed {
			receipt_id,
			job_id,
			operator,
			compute_units,
			price,
			matures_at,
		});
		Ok(claim)
	}
}
