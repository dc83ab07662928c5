//! Service level agreements: signed performance reports and the penalty for a breach.
//!
//! A client of the service (its owner or a permitted caller) signs a [`PerformanceReport`] for a
//! job with its account key; anyone may submit it. Each client reports a job once, and a job
//! takes at most `MaxReportsPerJob` reports. When a strict majority of the reports filed so far
//! show the SLA broken, the breach is established, once per job: `SlaPenalty` of the job's price
//! (at most what escrow still holds, and nothing once the job is closed or while it is disputed)
//! goes back to the caller of the job, and the operator that submitted the result loses reward
//! points.

use crate::*;
use aitbc_primitives::traits::{JobOutcome, JobStatus};
use frame_support::{ensure, pallet_prelude::*};
use sp_core::H256;
use sp_runtime::traits::{IdentifyAccount, Verify, Zero};

impl<T: Config> Pallet<T> {
	/// This chain's genesis hash, which every signed report commits to.
	pub fn genesis_hash() -> H256 {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberOf::<T>::zero());
		H256::from_slice(hash.as_ref().get(..32).unwrap_or(&[0u8; 32]))
	}

	pub(crate) fn do_file_performance_report(
		report: PerformanceReport,
		reporter: T::AccountId,
		signature: T::Signature,
	) -> DispatchResult
	where
		<T::Signature as Verify>::Signer: IdentifyAccount<AccountId = T::AccountId>,
	{
		let job_id = report.job_id;
		let job = Jobs::<T>::get(job_id).ok_or(Error::<T>::JobNotFound)?;
		let service = Services::<T>::get(job.service_id).ok_or(Error::<T>::ServiceNotFound)?;
		let sla = service.terms.sla.ok_or(Error::<T>::NoSla)?;
		ensure!(job.result.is_some(), Error::<T>::NoResultYet);
		ensure!(
			service.owner == reporter || service.terms.permitted_callers.contains(&reporter),
			Error::<T>::NotServiceClient
		);
		ensure!(
			signature.verify(
				&report.signing_payload(&Self::genesis_hash())[..],
				&reporter
			),
			Error::<T>::BadSignature
		);
		let reports = PerformanceReports::<T>::try_mutate(job_id, |reports| {
			ensure!(
				!reports.iter().any(|(who, _)| *who == reporter),
				Error::<T>::AlreadyReported
			);
			reports
				.try_push((reporter.clone(), report))
				.map_err(|_| Error::<T>::TooManyReports)?;
			Ok::<_, DispatchError>(reports.clone())
		})?;
		let breached = sla.is_breached_by(&report);
		Self::deposit_event(Event::PerformanceReported {
			job_id,
			reporter,
			breached,
		});

		let breaches = reports
			.iter()
			.filter(|(_, r)| sla.is_breached_by(r))
			.count();
		if breaches.saturating_mul(2) > reports.len() && !SlaPenalties::<T>::contains_key(job_id) {
			Self::penalise_breach(job_id, &job, &service)?;
		}
		Ok(())
	}

	fn penalise_breach(job_id: JobId, job: &JobOf<T>, service: &ServiceOf<T>) -> DispatchResult {
		// A closed job's escrow is gone, and a disputed one is frozen for its ruling, which
		// weighs the breach itself: the penalty refunds only while the job is open otherwise.
		let refundable = !job.status.is_final() && job.status != JobStatus::Disputed;
		let held = T::Escrow::escrow_of(job_id)
			.filter(|_| refundable)
			.map(|escrow| escrow.held)
			.unwrap_or_default();
		let refunded = (T::SlaPenalty::get() * job.price).min(held);
		let refunded = if refunded.is_zero() {
			refunded
		} else {
			T::Escrow::refund_part(job_id, refunded)?
		};
		SlaPenalties::<T>::insert(job_id, refunded);
		let blamed = match &job.result {
			Some(result) => alloc::vec![result.operator.clone()],
			None => service.terms.operators.to_vec(),
		};
		for operator in blamed.iter() {
			T::OnOutcome::on_job_outcome(operator, job.blueprint_id, JobOutcome::SlaBreached);
		}
		Self::deposit_event(Event::SlaBreached {
			job_id,
			operators: blamed,
			refunded,
		});
		Ok(())
	}
}
