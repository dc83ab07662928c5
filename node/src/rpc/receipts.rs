//! `receipts_status` and `receipts_workScore`: what became of an operator's compute receipt
//! (claimed, settled or voided by a dispute), and how much verified work an operator has done,
//! for miners and dashboards.

use std::{marker::PhantomData, sync::Arc};

use aitbc_runtime::{opaque::Block, AccountId, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObject, ErrorObjectOwned},
};
use pallet_receipts::{
	runtime_api::ReceiptsApi as ReceiptsRuntimeApi, ReceiptState, ReceiptStatus,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, H256};
use sp_runtime::traits::Block as BlockT;

/// An operator's receipt. `state` is `unknown` for a receipt this operator never claimed, or
/// claimed longer than the retention period ago (its job is then closed, so it still cannot be
/// replayed); otherwise `pending` (challenge window until `maturesAt`), `settled` or `voided`
/// (the job was disputed before the claim settled).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptStatusView {
	pub state: String,
	pub job_id: Option<u64>,
	pub compute_units: Option<u64>,
	pub claimed_at: Option<BlockNumber>,
	/// When the challenge window of a pending claim closes.
	pub matures_at: Option<BlockNumber>,
	/// The block a settled claim was paid, or a voided one dropped, in.
	pub closed_at: Option<BlockNumber>,
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
	/// The status of `operator`'s (SS58 address) receipt with id `receipt_id` (32 bytes, hex) at
	/// the best block or `at`. Receipt ids are per operator.
	#[method(name = "receipts_status")]
	fn status(
		&self,
		operator: String,
		receipt_id: H256,
		at: Option<BlockHash>,
	) -> RpcResult<ReceiptStatusView>;

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

fn parse_account(address: &str) -> Result<AccountId, ErrorObjectOwned> {
	AccountId::from_ss58check(address)
		.map_err(|e| ErrorObject::owned(3, "Invalid SS58 address", Some(format!("{e:?}"))))
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
		operator: String,
		receipt_id: H256,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<ReceiptStatusView> {
		let operator = parse_account(&operator)?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let status = self
			.client
			.runtime_api()
			.receipt_status(at, operator, receipt_id.0)
			.map_err(runtime_error)?;
		Ok(match status {
			ReceiptStatus::Unknown => ReceiptStatusView {
				state: "unknown".into(),
				job_id: None,
				compute_units: None,
				claimed_at: None,
				matures_at: None,
				closed_at: None,
				prunable_at: None,
			},
			ReceiptStatus::Claimed(claim) => {
				let (state, matures_at, closed_at) = match claim.state {
					ReceiptState::Pending { matures_at } => ("pending", Some(matures_at), None),
					ReceiptState::Settled { at } => ("settled", None, Some(at)),
					ReceiptState::Voided { at } => ("voided", None, Some(at)),
				};
				ReceiptStatusView {
					state: state.into(),
					job_id: Some(claim.job_id),
					compute_units: Some(claim.compute_units),
					claimed_at: Some(claim.claimed_at),
					matures_at,
					closed_at,
					prunable_at: Some(claim.prunable_at),
				}
			}
		})
	}

	fn work_score(
		&self,
		operator: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<WorkScoreView> {
		let operator = parse_account(&operator)?;
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
