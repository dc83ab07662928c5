//! Runtime API of the services pallet.
//!
//! The runtime implements it by calling, on its `Services` pallet: `services_by_blueprint` →
//! `Services::services_by_blueprint`, `services_by_operator` → `Services::services_by_operator`,
//! `requests_by_client` → `Services::requests_by_client`, `job` → `Services::job_details`.

use crate::types::Job;
use aitbc_primitives::{BlueprintId, JobId, RequestId, ServiceId};
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
