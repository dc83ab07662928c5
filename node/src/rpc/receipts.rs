//! `receipts_status` and `receipts_workScore`: whether a compute receipt was accepted, and how
//! much verified work an operator has done, for miners and dashboards.

use std::{marker::PhantomData, sync::Arc};

use aitbc_runtime::{opaque::Block, AccountId, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObject, ErrorObjectOwned},
};
use pallet_receipts::{runtime_api::ReceiptsApi as ReceiptsRuntimeApi, ReceiptStatus};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, H256};
use sp_runtime::traits::Block as BlockT;

/// A receipt's status. `accepted` is false for a receipt never accepted, or accepted longer
/// than the retention period ago (its job then stays settled, so it still cannot be replayed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptStatusView {
	pub accepted: bool,
	pub job_id: Option<u64>,
	/// SS58 address of the operator that was paid.
	pub operator: Option<String>,
	pub compute_units: Option<u64>,
	pub accepted_at: Option<BlockNumber>,
	/// The block after which the claim is forgotten.
	pub prunable_at: Option<BlockNumber>,
}

/// An operator's verified compute units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkScoreView {
	pub session: u32,
	pub session_work: u64,
	pub total_work: u64,
}

#[rpc(client, server)]
pub trait ReceiptsApi<BlockHash> {
	/// The status of the receipt with id `receipt_id` (32 bytes, hex) at the best block or `at`.
	#[method(name = "receipts_status")]
	fn status(&self, receipt_id: H256, at: Option<BlockHash>) -> RpcResult<ReceiptStatusView>;

	/// The verified compute units of `operator` (SS58 address) in the current session and since
	/// genesis.
	#[method(name = "receipts_workScore")]
	fn work_score(&self, operator: String, at: Option<BlockHash>) -> RpcResult<WorkScoreView>;
}

/// Serves [`ReceiptsApiServer`] from the runtime's `ReceiptsApi`.
pub struct Receipts<C, B> {
	client: Arc<C>,
	_block: PhantomData<B>,
}

impl<C, B> Receipts<C, B> {
	pub fn new(client: Arc<C>) -> Self {
		Self {
			client,
			_block: PhantomData,
		}
	}
}

fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(1, "Runtime error", Some(format!("{e:?}")))
}

impl<C> ReceiptsApiServer<<Block as BlockT>::Hash> for Receipts<C, Block>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ReceiptsRuntimeApi<Block, AccountId, BlockNumber>,
{
	fn status(
		&self,
		receipt_id: H256,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<ReceiptStatusView> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let status = self
			.client
			.runtime_api()
			.receipt_status(at, receipt_id.0)
			.map_err(runtime_error)?;
		Ok(match status {
			ReceiptStatus::Unknown => ReceiptStatusView {
				accepted: false,
				job_id: None,
				operator: None,
				compute_units: None,
				accepted_at: None,
				prunable_at: None,
			},
			ReceiptStatus::Accepted(claim) => ReceiptStatusView {
				accepted: true,
				job_id: Some(claim.job_id),
				operator: Some(claim.operator.to_ss58check()),
				compute_units: Some(claim.compute_units),
				accepted_at: Some(claim.accepted_at),
				prunable_at: Some(claim.prunable_at),
			},
		})
	}

	fn work_score(
		&self,
		operator: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<WorkScoreView> {
		let operator = AccountId::from_ss58check(&operator)
			.map_err(|e| ErrorObject::owned(3, "Invalid SS58 address", Some(format!("{e:?}"))))?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let score = self
			.client
			.runtime_api()
			.work_score(at, operator)
			.map_err(runtime_error)?;
		Ok(WorkScoreView {
			session: score.session,
			session_work: score.session_work,
			total_work: score.total_work,
		})
	}
}
