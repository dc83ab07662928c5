//! Settling claims: the one settlement every path uses ([`Pallet::settle_claim`]), the client's
//! acceptance, anyone's settlement of matured claims, and the hook that settles matured claims
//! from [`ClaimMaturities`].
//!
//! The hook walks [`ClaimMaturities`] from its cursor up to the current block (an
//! [`aitbc_primitives::block_queue::BlockQueue`]), settling at most
//! `MaxSettlementsProcessedPerBlock` claims and skipping at most `MaxReceiptsPerBlock` entries
//! whose claim was already settled or voided (stale: one read each); whatever is left stays
//! queued, and the cursor resumes there in the next block. Each settlement runs in its own
//! storage layer, so one that fails leaves nothing behind; it is reported with
//! `SettlementFailed` and its claim is kept (out of the queue) for a retry with
//! `settle_claims`.

use crate::{pallet::*, types::*, weights::WeightInfo, ClaimMaturities};
use aitbc_primitives::{
	block_queue::{Budget, Visit},
	settlement::{OnJobSettled, SettledJob},
	traits::{EscrowLedger, JobEnd, JobInfo, JobRegistry, JobStatus, OnVerifiedWork, PriceOracle},
	BlueprintId, JobId, PaymentAsset, ResourceClass, SessionIndex,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, Zero},
	Rounding, SaturatedConversion,
};

/// What became of a claim that was looked at.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Settled {
	/// The operator was paid and the job closed.
	Paid,
	/// The job was no longer `Claimed`: the claim was dropped, nothing paid.
	Voided,
}

/// The units that `amount` of `price` pays for: `units × amount / price`, rounded down, and all
/// of them when the whole price is paid.
fn paid_units<Balance: TryInto<u128> + PartialOrd + Zero + Copy>(
	units: u64,
	amount: Balance,
	price: Balance,
) -> u64 {
	if amount >= price {
		return units;
	}
	let (Ok(amount), Ok(price)) = (amount.try_into(), price.try_into()) else {
		return 0;
	};
	multiply_by_rational_with_rounding(u128::from(units), amount, price, Rounding::Down)
		.and_then(|paid| u64::try_from(paid).ok())
		.unwrap_or(0)
}

impl<T: Config> Pallet<T> {
	/// Settle `claim` on `job_id`, or void it if the job is no longer `Claimed` (a dispute
	/// opened). Settling pays the operator `min(price, held)` and the payer the rest, closes the
	/// job as `Settled`, and adds the units paid to `tally`, which mints, scores and tells
	/// pricing and staking once for the whole batch ([`WorkTally::apply`]). All-or-nothing only
	/// inside a storage layer (a dispatchable, or `with_storage_layer`).
	pub(crate) fn settle_claim(
		job_id: JobId,
		claim: PendingClaimOf<T>,
		tally: &mut WorkTally<T>,
	) -> Result<Settled, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let PendingClaim {
			receipt_id,
			operator,
			compute_units,
			price,
			..
		} = claim;
		let job = T::Jobs::job(job_id).filter(|job| job.status == JobStatus::Claimed);
		let Some(job) = job else {
			Claims::<T>::remove(job_id);
			Self::note_receipt_state(&operator, receipt_id, ReceiptState::Voided { at: now });
			Self::deposit_event(Event::ClaimVoided {
				receipt_id,
				job_id,
				operator,
			});
			return Ok(Settled::Voided);
		};

		let escrow = T::Escrow::escrow_of(job_id).ok_or(Error::<T>::EscrowNotFound)?;
		ensure!(!escrow.frozen, Error::<T>::EscrowFrozen);
		// An SLA penalty may have refunded part of the price since the claim.
		let amount = price.min(escrow.held);
		let (paid, refunded) = T::Escrow::settle(job_id, &operator, amount)?;
		T::Jobs::close_job(
			job_id,
			JobEnd::Settled {
				units: compute_units,
			},
		)?;
		Claims::<T>::remove(job_id);
		// Only private jobs have a commitment: a read saves the others a write.
		if JobCommitments::<T>::contains_key(job_id) {
			JobCommitments::<T>::remove(job_id);
		}
		Self::note_receipt_state(&operator, receipt_id, ReceiptState::Settled { at: now });

		let units = paid_units(compute_units, amount, price);
		// What the payee did not receive of `amount` is the platform fee, burned on AIT.
		let fee = amount.saturating_sub(paid);
		Self::deposit_event(Event::ReceiptSettled {
			receipt_id,
			job_id,
			operator: operator.clone(),
			compute_units: units,
			paid,
			refunded,
		});
		T::OnSettled::on_job_settled(SettledJob {
			job_id,
			service_id: job.service_id,
			client: job.client.clone(),
			operator: operator.clone(),
			receipt_id,
			output_hash: job
				.result
				.as_ref()
				.map(|result| result.output_hash)
				.unwrap_or_default(),
			units,
			paid,
			asset: job.asset.clone(),
		});

		tally.add(&operator, &job, units, fee);
		Ok(Settled::Paid)
	}

	/// Record what became of a remembered receipt (it may already be pruned, if its claim
	/// waited for a retry longer than the retention period).
	fn note_receipt_state(
		operator: &T::AccountId,
		receipt_id: aitbc_primitives::ReceiptId,
		state: ReceiptState<BlockNumberFor<T>>,
	) {
		ClaimedReceipts::<T>::mutate_exists(operator, receipt_id, |receipt| {
			if let Some(receipt) = receipt {
				receipt.state = state;
			}
		});
	}

	/// `who` accepts the claim on `job_id`: it must be the job's client and there must be a
	/// claim.
	pub(crate) fn accept_claim(
		who: &T::AccountId,
		job_id: JobId,
		tally: &mut WorkTally<T>,
	) -> DispatchResult {
		let claim = Claims::<T>::get(job_id);
		let client = match &claim {
			Some(claim) => claim.client.clone(),
			None => T::Jobs::job(job_id).ok_or(Error::<T>::JobNotFound)?.client,
		};
		ensure!(client == *who, Error::<T>::NotJobClient);
		let claim = claim.ok_or(Error::<T>::NoClaim)?;
		Self::settle_claim(job_id, claim, tally).map(|_| ())
	}

	/// Whether `job_id` has no claim left because it settled (of `client`, if given): a batch
	/// skips such jobs instead of failing, since racing the hook is no fault of the caller.
	pub(crate) fn settled_meanwhile(job_id: JobId, client: Option<&T::AccountId>) -> bool {
		!Claims::<T>::contains_key(job_id)
			&& T::Jobs::job(job_id).is_some_and(|job| {
				job.status == JobStatus::Settled
					&& client.is_none_or(|client| *client == job.client)
			})
	}

	/// Settle the claim on `job_id`, whose challenge window must have closed.
	pub(crate) fn settle_matured_claim(job_id: JobId, tally: &mut WorkTally<T>) -> DispatchResult {
		let claim = Claims::<T>::get(job_id).ok_or(Error::<T>::NoClaim)?;
		ensure!(
			claim.matures_at <= frame_system::Pallet::<T>::block_number(),
			Error::<T>::ClaimNotMatured
		);
		Self::settle_claim(job_id, claim, tally).map(|_| ())
	}

	/// The weight of a batch of `n` settlements: `benchmarked(n)` (jobs of one operator and
	/// class), what `apply_work` measured for every further operator the batch spreads over,
	/// and a read and a write for every further resource class. Without a `tally`, the worst
	/// case: every job its own operator and class.
	pub(crate) fn batch_weight(
		benchmarked: fn(u32) -> Weight,
		n: u32,
		tally: Option<&WorkTally<T>>,
	) -> Weight {
		let (spread, classes) = tally.map_or((n, n), |tally| (tally.spread(), tally.classes()));
		let further_operators =
			T::WeightInfo::apply_work(spread).saturating_sub(T::WeightInfo::apply_work(1));
		let further_classes = u64::from(classes.saturating_sub(1));
		let told = <T::OnSettled as OnJobSettled<_, _, _>>::weight().saturating_mul(u64::from(n));
		benchmarked(n)
			.saturating_add(told)
			.saturating_add(further_operators)
			.saturating_add(T::DbWeight::get().reads_writes(further_classes, further_classes))
	}

	/// Settle one claim with its own tally: a batch of one.
	pub(crate) fn settle_alone(job_id: JobId, claim: PendingClaimOf<T>) -> DispatchResult {
		let mut tally = WorkTally::new();
		Self::settle_claim(job_id, claim, &mut tally)?;
		tally.apply()
	}

	/// Settle each claim in its own storage layer; report those that fail, whose claims stay
	/// for a retry.
	fn settle_one_by_one(due: Vec<(JobId, PendingClaimOf<T>)>) {
		for (job_id, claim) in due {
			if let Err(error) = with_storage_layer(|| Self::settle_alone(job_id, claim)) {
				Self::deposit_event(Event::SettlementFailed { job_id, error });
			}
		}
	}

	/// The hook: settle matured claims within the per-block budget (see the module docs).
	/// Returns the weight used. Never fails.
	pub(crate) fn settle_matured(now: BlockNumberFor<T>) -> Weight {
		let budget = Budget::with_stale(
			T::MaxSettlementsProcessedPerBlock::get(),
			T::MaxReceiptsPerBlock::get(),
		);
		let mut due: Vec<(JobId, PendingClaimOf<T>)> = Vec::new();
		let walk = ClaimMaturities::<T>::walk(now, budget, |job_id| {
			// A claim settled early, voided or retried elsewhere left a stale entry. (A job is
			// claimed once, and its entry is in the bucket its window closes in.)
			match Claims::<T>::get(job_id).filter(|claim| claim.matures_at <= now) {
				Some(claim) => {
					due.push((job_id, claim));
					Visit::Processed
				}
				None => Visit::Stale,
			}
		});
		let settled = walk.processed;

		// One batch, so each operator is minted and scored once. A failure undoes the batch;
		// then each claim settles alone, and only the failing ones wait for a retry.
		let benchmarked = T::WeightInfo::settle_matured;
		let batch = with_storage_layer(|| -> Result<Weight, DispatchError> {
			let mut tally = WorkTally::new();
			for (job_id, claim) in due.iter().cloned() {
				Self::settle_claim(job_id, claim, &mut tally)?;
			}
			let weight = Self::batch_weight(benchmarked, settled, Some(&tally));
			tally.apply()?;
			Ok(weight)
		});
		let weight = match batch {
			Ok(weight) => weight,
			Err(_) => {
				let worst = Self::batch_weight(benchmarked, settled, None);
				Self::settle_one_by_one(due);
				worst.saturating_add(worst)
			}
		};

		// The benchmark covers the cursor, one bucket and `settled` settlements; the queue's
		// weight model charges further buckets and stale entries.
		weight.saturating_add(walk.beyond_benchmark(T::DbWeight::get()))
	}

	/// Grow the operator's work score in `session` and since genesis.
	pub(crate) fn record_work(
		operator: &T::AccountId,
		session: SessionIndex,
		units: u64,
	) -> DispatchResult {
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

/// One operator's share of a batch of settlements.
struct OperatorWork<AccountId, Balance> {
	operator: AccountId,
	/// Units of jobs paid in AIT (they mint and score), and what they may mint.
	work: MintableWork<Balance>,
}

/// What a batch of settlements owes the rest of the market, summed while the batch settles so
/// that each operator is minted and scored once, each class's demand and each operator's
/// points on a blueprint are told once, whatever the number of jobs. The batch is at most
/// `MaxBatch` or `MaxSettlementsProcessedPerBlock` jobs, so its lists stay short, and sums of
/// `u64` in `u128` cannot overflow.
pub(crate) struct WorkTally<T: Config> {
	operators: Vec<OperatorWork<T::AccountId, BalanceOf<T>>>,
	demand: Vec<(ResourceClass, u128)>,
	/// Units and reward room (fees burned beyond what may be minted) per operator and blueprint.
	points: Vec<(T::AccountId, BlueprintId, u128, BalanceOf<T>)>,
	unminted: u128,
	/// The mint parameters in force, read at the first job paid in AIT.
	params: Option<MintParameters<BalanceOf<T>>>,
}

impl<T: Config> WorkTally<T> {
	pub(crate) fn new() -> Self {
		Self {
			operators: Vec::new(),
			demand: Vec::new(),
			points: Vec::new(),
			unminted: 0,
			params: None,
		}
	}

	/// Count `units` paid to `operator` for `job`, whose settlement took `fee`.
	pub(crate) fn add(
		&mut self,
		operator: &T::AccountId,
		job: &JobInfo<T::AccountId, BalanceOf<T>, T::AssetId>,
		units: u64,
		fee: BalanceOf<T>,
	) {
		let units = u128::from(units);
		// Anyone can create an asset and pay itself in it, so only work paid in AIT mints,
		// scores, earns points and counts as demand; the rest is only counted.
		if job.asset != PaymentAsset::Native {
			self.unminted = self.unminted.saturating_add(units);
			return;
		}
		let params = self.params.get_or_insert_with(MintParams::<T>::get);
		// A job mints at most the fee it burned: whoever pays a job to itself burns at least
		// what it mints. A mint too large to compute is bounded by the fee alone.
		let mintable = Pallet::<T>::owed_for(units, params)
			.ok()
			.and_then(|owed| owed.total())
			.map_or(fee, |owed| owed.min(fee));
		self.add_paid(
			operator,
			job.resource_class,
			job.blueprint_id,
			MintableWork {
				units,
				burned: fee,
				mintable,
			},
		);
	}

	/// Count `work` paid in AIT to `operator` for a job of `class` on `blueprint`.
	pub(crate) fn add_paid(
		&mut self,
		operator: &T::AccountId,
		class: ResourceClass,
		blueprint: BlueprintId,
		work: MintableWork<BalanceOf<T>>,
	) {
		let units = work.units;
		if units.is_zero() && work.burned.is_zero() {
			return;
		}
		let room = work.burned.saturating_sub(work.mintable);
		match self
			.operators
			.iter_mut()
			.find(|known| known.operator == *operator)
		{
			Some(known) => {
				known.work.units = known.work.units.saturating_add(units);
				known.work.burned = known.work.burned.saturating_add(work.burned);
				known.work.mintable = known.work.mintable.saturating_add(work.mintable);
			}
			None => self.operators.push(OperatorWork {
				operator: operator.clone(),
				work,
			}),
		}
		if units.is_zero() {
			return;
		}
		match self.demand.iter_mut().find(|(known, _)| *known == class) {
			Some((_, demand)) => *demand = demand.saturating_add(units),
			None => self.demand.push((class, units)),
		}
		match self
			.points
			.iter_mut()
			.find(|(who, id, _, _)| who == operator && *id == blueprint)
		{
			Some((_, _, points, known_room)) => {
				*points = points.saturating_add(units);
				*known_room = known_room.saturating_add(room);
			}
			None => self.points.push((operator.clone(), blueprint, units, room)),
		}
	}

	/// How many operators (with their blueprints) the batch mints, scores and credits
	/// separately: what [`Pallet::batch_weight`] charges `apply_work` for.
	pub(crate) fn spread(&self) -> u32 {
		let spread = self.operators.len().max(self.points.len());
		u32::try_from(spread).unwrap_or(u32::MAX)
	}

	/// How many resource classes the batch records demand in.
	pub(crate) fn classes(&self) -> u32 {
		u32::try_from(self.demand.len()).unwrap_or(u32::MAX)
	}

	/// Mint, score and credit what the batch settled.
	pub(crate) fn apply(self) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let session = T::CurrentSession::get();
		let to_u64 = |units: u128| u64::try_from(units).map_err(|_| Error::<T>::Overflow);
		if !self.unminted.is_zero() {
			Pallet::<T>::note_unminted(self.unminted)?;
		}
		for OperatorWork { operator, work } in self.operators {
			Pallet::<T>::mint_for_work(&operator, &work, now, session)?;
			if !work.units.is_zero() {
				Pallet::<T>::record_work(&operator, session, to_u64(work.units)?)?;
			}
		}
		for (class, units) in self.demand {
			T::Pricing::record_demand(class, to_u64(units)?);
		}
		for (operator, blueprint, units, room) in self.points {
			T::OnWork::on_verified_work(
				&operator,
				blueprint,
				to_u64(units)?,
				room.saturated_into(),
			);
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::paid_units;

	#[test]
	fn paid_units_scale_with_the_part_of_the_price_paid() {
		assert_eq!(paid_units(50u64, 1_000u128, 1_000u128), 50);
		assert_eq!(paid_units(50u64, 800u128, 1_000u128), 40);
		assert_eq!(paid_units(3u64, 999u128, 1_000u128), 2);
		assert_eq!(paid_units(50u64, 0u128, 1_000u128), 0);
		assert_eq!(paid_units(0u64, 0u128, 0u128), 0);
	}
}
