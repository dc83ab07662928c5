//! The compute receipt: an operator's signed claim that it ran a job.
//!
//! The signature covers a domain-separated SCALE encoding of every field plus the chain's genesis
//! hash, so a receipt signed for one chain (or for another purpose) never verifies on another.
//!
//! ```text
//! payload = b"AITBC/compute-receipt/v1" ++ genesis_hash ++ SCALE(ReceiptBody)
//! ```

use crate::ids::{JobId, ReceiptId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::traits::{IdentifyAccount, Verify};

/// Domain tag that opens every signed receipt payload.
pub const RECEIPT_SIGNING_DOMAIN: &[u8] = b"AITBC/compute-receipt/v1";

/// The fields of a receipt that the operator signs.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ReceiptBody<AccountId, Balance> {
	/// Chosen by the operator; never accepted twice.
	pub receipt_id: ReceiptId,
	/// The job this receipt settles.
	pub job_id: JobId,
	/// The client who called the job.
	pub client: AccountId,
	/// The operator who ran it and is paid.
	pub operator: AccountId,
	/// Compute units delivered.
	pub compute_units: u64,
	/// Total price claimed for the job, in the job's payment asset.
	pub price: Balance,
	/// Hash of the job's output, as delivered to the client.
	pub output_hash: H256,
	/// Operator-chosen nonce, so two receipts with otherwise equal fields differ.
	pub nonce: u64,
}

impl<AccountId: Encode, Balance: Encode> ReceiptBody<AccountId, Balance> {
	/// The exact bytes the operator signs for a chain with `genesis_hash`.
	pub fn signing_payload(&self, genesis_hash: &H256) -> alloc::vec::Vec<u8> {
		let mut payload =
			alloc::vec::Vec::with_capacity(RECEIPT_SIGNING_DOMAIN.len() + 32 + self.encoded_size());
		payload.extend_from_slice(RECEIPT_SIGNING_DOMAIN);
		payload.extend_from_slice(genesis_hash.as_bytes());
		self.encode_to(&mut payload);
		payload
	}
}

/// A receipt with the operator's signature over [`ReceiptBody::signing_payload`].
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ComputeReceipt<AccountId, Balance, Signature> {
	/// The signed fields.
	pub body: ReceiptBody<AccountId, Balance>,
	/// The operator's signature (sr25519 or ed25519 through `MultiSignature`).
	pub signature: Signature,
}

impl<AccountId, Balance, Signature> ComputeReceipt<AccountId, Balance, Signature>
where
	AccountId: Encode,
	Balance: Encode,
	Signature: Verify,
	<Signature as Verify>::Signer: IdentifyAccount<AccountId = AccountId>,
{
	/// Whether the signature is the operator's, over this chain's payload.
	pub fn verify_signature(&self, genesis_hash: &H256) -> bool {
		let payload = self.body.signing_payload(genesis_hash);
		self.signature.verify(&payload[..], &self.body.operator)
	}
}
