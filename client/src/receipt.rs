//! Compute receipts, signed exactly as `aitbc-primitives` verifies them:
//!
//! ```text
//! payload = b"AITBC/compute-receipt/v1" ++ genesis_hash ++ SCALE(ReceiptBody)
//! ```
//!
//! signed with the operator's sr25519 key and wrapped as `MultiSignature::Sr25519`.

use crate::aitbc::runtime_types::{aitbc_primitives::receipt as chain, sp_runtime::MultiSignature};
use codec::Encode;
use subxt::utils::{AccountId32, H256};
use subxt_signer::sr25519::Keypair;

/// Domain tag that opens every signed receipt payload (primitives/src/receipt.rs).
pub const RECEIPT_SIGNING_DOMAIN: &[u8] = b"AITBC/compute-receipt/v1";

/// The fields an operator signs, in the order and encoding of `aitbc_primitives::ReceiptBody`.
#[derive(Clone, Debug, PartialEq, Eq, Encode)]
pub struct ReceiptBody {
	pub receipt_id: [u8; 32],
	pub job_id: u64,
	pub client: [u8; 32],
	pub operator: [u8; 32],
	pub compute_units: u64,
	pub price: u128,
	pub output_hash: [u8; 32],
	pub nonce: u64,
}

/// A signed receipt, ready for `Receipts.submit_receipt`.
pub type ChainReceipt = chain::ComputeReceipt<AccountId32, u128, MultiSignature>;

impl ReceiptBody {
	/// The exact bytes the operator signs for the chain with `genesis_hash`.
	pub fn signing_payload(&self, genesis_hash: &[u8; 32]) -> Vec<u8> {
		let mut payload = Vec::with_capacity(RECEIPT_SIGNING_DOMAIN.len() + 32 + self.size_hint());
		payload.extend_from_slice(RECEIPT_SIGNING_DOMAIN);
		payload.extend_from_slice(genesis_hash);
		self.encode_to(&mut payload);
		payload
	}

	/// The sr25519 signature of `operator` over [`Self::signing_payload`].
	pub fn sign(&self, operator: &Keypair, genesis_hash: &[u8; 32]) -> [u8; 64] {
		operator.sign(&self.signing_payload(genesis_hash)).0
	}

	/// This body signed by `operator`, in the runtime's receipt type.
	pub fn into_signed(self, operator: &Keypair, genesis_hash: &[u8; 32]) -> ChainReceipt {
		let signature = MultiSignature::Sr25519(self.sign(operator, genesis_hash));
		chain::ComputeReceipt {
			body: chain::ReceiptBody {
				receipt_id: self.receipt_id,
				job_id: self.job_id,
				client: AccountId32(self.client),
				operator: AccountId32(self.operator),
				compute_units: self.compute_units,
				price: self.price,
				output_hash: H256(self.output_hash),
				nonce: self.nonce,
			},
			signature,
		}
	}
}

/// The receipt id an operator uses for a job: the same on every retry, so a receipt submitted
/// twice (say, before and after a restart) is refused instead of paid twice.
pub fn receipt_id_for(genesis_hash: &[u8; 32], job_id: u64, operator: &AccountId32) -> [u8; 32] {
	let mut seed = Vec::with_capacity(24 + 32 + 8 + 32);
	seed.extend_from_slice(b"aitbc-client/receipt-id");
	seed.extend_from_slice(genesis_hash);
	seed.extend_from_slice(&job_id.to_le_bytes());
	seed.extend_from_slice(&operator.0);
	sp_crypto_hashing::blake2_256(&seed)
}

#[cfg(test)]
mod tests {
	use super::*;
	use aitbc_primitives::receipt::{ComputeReceipt, ReceiptBody as PrimitiveBody};
	use sp_core::{crypto::AccountId32 as SpAccount, sr25519, Pair, H256 as SpH256};
	use sp_runtime::MultiSignature as SpMultiSignature;

	fn body(operator: [u8; 32], client: [u8; 32]) -> ReceiptBody {
		ReceiptBody {
			receipt_id: [7; 32],
			job_id: 42,
			client,
			operator,
			compute_units: 1234,
			price: 5_000_000_000_000,
			output_hash: [9; 32],
			nonce: 3,
		}
	}

	fn primitive(body: &ReceiptBody) -> PrimitiveBody<SpAccount, u128> {
		PrimitiveBody {
			receipt_id: body.receipt_id,
			job_id: body.job_id,
			client: SpAccount::new(body.client),
			operator: SpAccount::new(body.operator),
			compute_units: body.compute_units,
			price: body.price,
			output_hash: SpH256(body.output_hash),
			nonce: body.nonce,
		}
	}

	#[test]
	fn payload_bytes_match_the_primitives_crate() {
		let genesis = [5u8; 32];
		let ours = body([1; 32], [2; 32]);
		assert_eq!(
			ours.signing_payload(&genesis),
			primitive(&ours).signing_payload(&SpH256(genesis))
		);
		assert!(ours
			.signing_payload(&genesis)
			.starts_with(b"AITBC/compute-receipt/v1"));
	}

	#[test]
	fn signature_verifies_with_the_primitives_crate_and_only_for_its_chain() {
		let operator = crate::keys::keypair_from_suri("//Alice").unwrap();
		let operator_id = operator.public_key().0;
		let genesis = [5u8; 32];
		let ours = body(operator_id, [2; 32]);
		let signature = sr25519::Signature::from_raw(ours.sign(&operator, &genesis));
		let receipt = ComputeReceipt {
			body: primitive(&ours),
			signature: SpMultiSignature::Sr25519(signature),
		};
		assert!(receipt.verify_signature(&SpH256(genesis)));
		assert!(!receipt.verify_signature(&SpH256([6u8; 32])));

		// Another field changed after signing fails too.
		let mut tampered = receipt.clone();
		tampered.body.compute_units += 1;
		assert!(!tampered.verify_signature(&SpH256(genesis)));

		// sp-core agrees that it is Alice's key.
		let alice = sr25519::Pair::from_string("//Alice", None).unwrap();
		assert_eq!(alice.public().0, operator_id);
	}

	#[test]
	fn chain_receipt_encodes_like_the_primitives_receipt() {
		let operator = crate::keys::keypair_from_suri("//Bob").unwrap();
		let genesis = [8u8; 32];
		let ours = body(operator.public_key().0, [2; 32]);
		let signed = ours.clone().into_signed(&operator, &genesis);
		let MultiSignature::Sr25519(raw) = signed.signature else {
			panic!("sr25519 expected")
		};
		let theirs = ComputeReceipt {
			body: primitive(&ours),
			signature: SpMultiSignature::Sr25519(sr25519::Signature::from_raw(raw)),
		};
		// Encode ours through the metadata's type of `submit_receipt`'s receipt argument.
		use subxt::ext::scale_encode::EncodeAsType;
		let metadata =
			subxt::Metadata::decode_from(include_bytes!("../metadata/aitbc.scale")).unwrap();
		let call = metadata
			.pallet_by_name("Receipts")
			.unwrap()
			.call_variant_by_name("submit_receipt")
			.unwrap();
		let type_id = call.fields[0].ty.id;
		let ours_encoded = signed.encode_as_type(type_id, metadata.types()).unwrap();
		assert_eq!(ours_encoded, codec::Encode::encode(&theirs));
	}

	#[test]
	fn receipt_ids_are_stable_per_job_and_operator() {
		let genesis = [1u8; 32];
		let a = AccountId32([1; 32]);
		let b = AccountId32([2; 32]);
		assert_eq!(
			receipt_id_for(&genesis, 1, &a),
			receipt_id_for(&genesis, 1, &a)
		);
		assert_ne!(
			receipt_id_for(&genesis, 1, &a),
			receipt_id_for(&genesis, 2, &a)
		);
		assert_ne!(
			receipt_id_for(&genesis, 1, &a),
			receipt_id_for(&genesis, 1, &b)
		);
	}
}
