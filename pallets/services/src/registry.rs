//! What the other pallets learn from this one: [`JobRegistry`] and [`OperatorRegistry`].

use crate::*;
use aitbc_primitives::traits::{JobEnd, JobInfo};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use sp_core::H256;

impl<T: Config> JobRegistry<T::AccountId, BalanceOf<T>, T::AssetId> for Pallet<T> {
	/// `price_cap` is the price locked in escrow when the job was called (never above the
	/// caller's own cap), so a receipt can never claim more than escrow holds.
	fn job(
		job_id: JobId,
	) -> Option<aitbc_primitives::traits::JobInfo<T::AccountId, BalanceOf<T>, T::AssetId>> {
		let job = Jobs::<T>::get(job_id)?;
		Some(JobInfo {
			service_id: job.service_id,
			blueprint_id: job.blueprint_id,
			client: job.client,
			max_units: job.max_units,
			price_cap: job.price,
			asset: job.asset,
			resource_class: job.resource_class,
			called_at: job.called_at,
			input_hash: job.input_hash,
			status: job.status,
			result: job.result,
		})
	}

	fn is_job_operator(job_id: JobId, who: &T::AccountId) -> bool {
		Jobs::<T>::get(job_id)
			.and_then(|job| Services::<T>::get(job.service_id))
			.is_some_and(|service| service.terms.operators.contains(who))
	}

	fn claim(job_id: JobId, operator: &T::AccountId, output_hash: H256) -> DispatchResult {
		// A rental period is paid by its own settlement: no receipt claims it (or mints for it).
		ensure!(
			!RentalPeriodJobs::<T>::contains_key(job_id),
			Error::<T>::RentalPeriodJob
		);
		with_storage_layer(|| Self::do_claim(job_id, operator, output_hash))
	}

	fn open_dispute(job_id: JobId) -> DispatchResult {
		with_storage_layer(|| Self::do_open_dispute(job_id))
	}

	fn close_job(job_id: JobId, end: JobEnd) -> DispatchResult {
		with_storage_layer(|| Self::do_close_job(job_id, end))
	}
}

impl<T: Config> OperatorRegistry<T::AccountId> for Pallet<T> {
	fn active_services(who: &T::AccountId) -> u32 {
		OperatorServices::<T>::decode_len(who)
			.map_or(0, |len| u32::try_from(len).unwrap_or(u32::MAX))
	}

	fn is_registered(who: &T::AccountId) -> bool {
		OperatorBlueprints::<T>::contains_key(who)
	}
}

impl<T: Config> Pallet<T> {
	/// The services of `blueprint_id`, for the runtime API.
	pub fn services_by_blueprint(blueprint_id: BlueprintId) -> alloc::vec::Vec<ServiceId> {
		BlueprintServices::<T>::iter_key_prefix(blueprint_id).collect()
	}

	/// The services `operator` serves, for the runtime API.
	pub fn services_by_operator(operator: &T::AccountId) -> alloc::vec::Vec<ServiceId> {
		OperatorServices::<T>::get(operator).into_inner()
	}

	/// The open requests of `client`, for the runtime API.
	pub fn requests_by_client(client: &T::AccountId) -> alloc::vec::Vec<RequestId> {
		ClientRequests::<T>::get(client).into_inner()
	}

	/// A job with its result, for the runtime API.
	pub fn job_details(job_id: JobId) -> Option<JobOf<T>> {
		Jobs::<T>::get(job_id)
	}
}
