//! The runtime API behind the `receipts_*` RPC methods.
//!
//! The runtime implements it with [`crate::Pallet::receipt_status`] and
//! [`crate::Pallet::work_score`].

use crate::types::{ReceiptStatus, WorkScoreInfo};
use aitbc_primitives::ReceiptId;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Receipt statuses and operators' work scores.
	pub trait ReceiptsApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// Whether `operator` claimed with receipt `receipt_id` (and the receipt is still
		/// remembered), and what became of the claim. Receipt ids are per operator.
		fn receipt_status(operator: AccountId, receipt_id: ReceiptId) -> ReceiptStatus<BlockNumber>;

		/// An operator's verified compute units in the current session and since genesis.
		fn work_score(who: AccountId) -> WorkScoreInfo;
	}
}
