//! The runtime API for wallets and explorers: a dispute's record (its status included), the
//! open dispute of a job, and an arbiter's stake.
//!
//! The runtime implements it with [`crate::Pallet::dispute`], [`crate::Pallet::dispute_of_job`]
//! and [`crate::Pallet::arbiter`].

use crate::types::{ArbiterInfo, Dispute};
use aitbc_primitives::{DisputeId, JobId};
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Disputes and arbiters.
	pub trait DisputesApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A dispute, while it is open and for `ResolvedRetention` blocks after it is resolved.
		fn dispute(dispute_id: DisputeId) -> Option<Dispute<AccountId, Balance, BlockNumber>>;

		/// The open dispute of a job, if any.
		fn dispute_of_job(job_id: JobId) -> Option<DisputeId>;

		/// An arbiter's stake (and the part of it still warming up) and the open panels it sits
		/// on.
		fn arbiter(who: AccountId) -> Option<ArbiterInfo<Balance, BlockNumber>>;
	}
}
