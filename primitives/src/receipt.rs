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

/// Domain tag that opens a client's acceptance of a receipt: the client's counter-signature,
/// which settles the receipt at once instead of after the challenge window.
///
/// ```text
/// acceptance = b"AITBC/receipt-acceptance/v1" ++ genesis_hash ++ SCALE(ReceiptBody)
/// ```
pub const RECEIPT_ACCEPTANCE_DOMAIN: &[u8] = b"AITBC/receipt-acceptance/v1";

/// The fields of a receipt that the operator signs.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ReceiptBody<AccountId, Balance> {
	/// Chosen by the operator; never accepted twice from the same operator (ids are per
	/// operator, so nobody can squat another operator's ids).
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
		self.payload(RECEIPT_SIGNING_DOMAIN, genesis_hash)
	}

	/// The exact bytes the client signs to accept this receipt on a chain with `genesis_hash`.
	pub fn acceptance_payload(&self, genesis_hash: &H256) -> alloc::vec::Vec<u8> {
		self.payload(RECEIPT_ACCEPTANCE_DOMAIN, genesis_hash)
	}

	fn payload(&self, domain: &[u8], genesis_hash: &H256) -> alloc::vec::Vec<u8> {
		let mut payload = alloc::vec::Vec::with_capacity(
			domain
				.len()
				.saturating_add(32)
				.saturating_add(self.encoded_size()),
		);
		payload.extend_from_slice(domain);
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

	/// Whether `acceptance` is the receipt's client's counter-signature on this chain.
	pub fn verify_acceptance(&self, acceptance: &Signature, genesis_hash: &H256) -> bool {
		let payload = self.body.acceptance_payload(genesis_hash);
		acceptance.verify(&payload[..], &self.body.client)
	}
}
