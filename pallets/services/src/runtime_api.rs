//! Runtime API of the services pallet.
//!
//! The runtime implements it by calling, on its `Services` pallet: `services_by_blueprint` →
//! `Services::services_by_blueprint`, `services_by_operator` → `Services::services_by_operator`,
//! `requests_by_client` → `Services::requests_by_client`, `job` → `Services::job_details`;
//! and [`RentalsApi`] with `Services::rental_details`, `Services::rentals_of`,
//! `Services::open_rental_periods`, `Services::calculate_penalty` and `Services::period_judgement`.

use crate::types::{Job, PeriodJudgement, Rental, RentalMetrics};
use aitbc_primitives::{BlueprintId, JobId, RentalId, RequestId, ServiceId};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Services, requests and jobs, by the party that looks for them.
	pub trait ServicesApi<AccountId, AssetId, Balance>
	where
		AccountId: Codec,
		AssetId: Codec,
		Balance: Codec,
	{
		/// The running services of a blueprint.
		fn services_by_blueprint(blueprint_id: BlueprintId) -> Vec<ServiceId>;
		/// The running services an operator serves.
		fn services_by_operator(operator: AccountId) -> Vec<ServiceId>;
		/// The open requests of a client.
		fn requests_by_client(client: AccountId) -> Vec<RequestId>;
		/// A job, with its status and result.
		fn job(job_id: JobId) -> Option<Job<AccountId, AssetId, Balance>>;
	}
}

sp_api::decl_runtime_apis! {
	/// Rental agreements: what they are, who holds them, and what a period costs.
	pub trait RentalsApi<AccountId, AssetId, Balance, BlockNumber>
	where
		AccountId: Codec,
		AssetId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A rental, with its terms, state and payment progress.
		fn rental(rental_id: RentalId) -> Option<Rental<AccountId, AssetId, Balance, BlockNumber>>;
		/// The rentals an account offered, holds or provides (open offers included).
		fn rentals_of(account: AccountId) -> Vec<RentalId>;
		/// The periods of a rental that ended and are not settled yet, with the job that holds
		/// each one's payment (the job a dispute names).
		fn open_periods(rental_id: RentalId) -> Vec<(u32, JobId)>;
		/// The penalty a full period of the rental costs its provider if `metrics` are what was
		/// measured: each broken SLA term refunds the breach penalty, broken availability also
		/// the unavailable share, at most the period's price. `None` for an unknown rental.
		fn calculate_penalty(rental_id: RentalId, metrics: RentalMetrics) -> Option<Balance>;
		/// How an open period would be judged if it were settled now: the metrics it would be
		/// paid on (reports capped by heartbeats) and the terms broken.
		fn period_judgement(rental_id: RentalId, period: u32) -> Option<PeriodJudgement>;
	}
}
