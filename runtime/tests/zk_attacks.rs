//! Zero-knowledge settlement attacked on the real runtime (issue 16): real snarkjs proofs of
//! `zk/circuits` (the fixtures `zk/build.sh` writes for job 1), verified by the real
//! `ZkVerifier` behind `Receipts` and `Escrow`. Each attack prints what the attacker gained.

mod common;

use aitbc_primitives::{traits::KeyConsumer, JobId, PaymentAsset, VerifyingKeyId};
use aitbc_runtime::{Escrow, Receipts, Runtime, RuntimeOrigin, Services, ZkVerifier};
use common::*;
use frame_support::{assert_noop, assert_ok, BoundedVec};
use pallet_receipts::{PrivacyKind, PrivacyLevel, PrivateProof};
use sp_core::{Pair, H256};

const BASIC_VK: &[u8] = include_bytes!("../../pallets/receipts/src/fixtures/receipt_basic.vk.bin");
const BASIC_PROOF: &[u8] =
	include_bytes!("../../pallets/receipts/src/fixtures/receipts_basic_job1.proof.bin");
const BASIC_PUBLIC: &[u8] =
	include_bytes!("../../pallets/receipts/src/fixtures/receipts_basic_job1.public.bin");
const ENHANCED_VK: &[u8] =
	include_bytes!("../../pallets/receipts/src/fixtures/receipt_enhanced.vk.bin");
const ENHANCED_PROOF: &[u8] =
	include_bytes!("../../pallets/receipts/src/fixtures/receipts_enhanced_job1.proof.bin");
const ENHANCED_PUBLIC: &[u8] =
	include_bytes!("../../pallets/receipts/src/fixtures/receipts_enhanced_job1.public.bin");
/// The units the basic statement proves, and the unit cap the enhanced one was proven under.
const BASIC_UNITS: u64 = 40;
const ENHANCED_MAX_UNITS: u64 = 100;

fn inputs(public: &[u8]) -> Vec<[u8; 32]> {
	public
		.chunks_exact(32)
		.map(|chunk| chunk.try_into().expect("32-byte chunks"))
		.collect()
}

/// Governance registers `vk` for private receipts and approves it for `kind`.
fn approve(kind: PrivacyKind, vk: &[u8]) -> VerifyingKeyId {
	assert_ok!(ZkVerifier::register_key_for_everyone(
		RuntimeOrigin::root(),
		BoundedVec::truncate_from(vk.to_vec()),
		None,
		KeyConsumer::Receipts,
	));
	let key = ZkVerifier::id_of_key(vk, None, KeyConsumer::Receipts).expect("a valid key");
	assert_ok!(Receipts::set_privacy_key(
		RuntimeOrigin::root(),
		kind,
		Some(key)
	));
	key
}

/// Charlie calls job 1 (the fixtures' job) privately on a service Bob runs: the call publishes
/// the commitment as its input hash, the client commits (with `rate` for an enhanced
/// receipt), and Bob delivers the proven output hash.
fn private_job(max_units: u64, public: &[[u8; 32]], rate: Option<[u8; 32]>) -> JobId {
	let blueprint = operator_with_blueprint(Bob);
	let service_id = service(Charlie, blueprint, Terms::of(&[Bob]));
	while pallet_services::NextJobId::<Runtime>::get() < 1 {
		call_job(Charlie, service_id, 1);
	}
	let job_id = pallet_services::NextJobId::<Runtime>::get();
	assert_eq!(job_id, 1, "the fixtures are proven for job 1");
	assert_ok!(Services::call_job(
		signed(Charlie),
		service_id,
		0,
		H256(public[1]),
		max_units,
		aitbc_runtime::Balance::MAX
	));
	assert_ok!(Receipts::commit_job(
		signed(Charlie),
		job_id,
		public[1],
		rate
	));
	assert_ok!(Services::submit_result(
		signed(Bob),
		job_id,
		H256(public[2])
	));
	job_id
}

/// Bob's signed receipt for `job_id` with the proven output hash.
fn private_receipt(
	job_id: JobId,
	output: [u8; 32],
	units: u64,
	price: aitbc_runtime::Balance,
) -> Receipt {
	let body = aitbc_primitives::receipt::ReceiptBody {
		receipt_id: [job_id as u8; 32],
		job_id,
		client: account(Charlie),
		operator: account(Bob),
		compute_units: units,
		price,
		output_hash: H256(output),
		nonce: 0,
	};
	let signature = Bob
		.pair()
		.sign(&body.signing_payload(&Receipts::genesis_hash()));
	pallet_receipts::ComputeReceipt {
		body,
		signature: aitbc_runtime::Signature::from(signature),
	}
}

fn proof(key: VerifyingKeyId, bytes: &[u8]) -> PrivateProof {
	PrivateProof {
		key,
		proof: BoundedVec::truncate_from(bytes.to_vec()),
	}
}

/// A watcher copies a pending private receipt's public inputs and proof into the verifier's
/// open calls, to spend the job's nullifier first (before: the job could then never settle
/// privately), or fills the key's nullifier ceiling with batches (before: ~625 extrinsics
/// stopped private receipts chain-wide). Now the receipts key is not open, and receipts record
/// no nullifier at all.
#[test]
fn a_watcher_cannot_front_run_or_exhaust_private_receipts() {
	new_chain().execute_with(|| {
		let key = approve(PrivacyKind::Basic, BASIC_VK);
		let public = inputs(BASIC_PUBLIC);
		let job_id = private_job(100, &public, None);
		let price = pallet_services::Jobs::<Runtime>::get(job_id)
			.expect("the job")
			.price;
		let watcher = account(Eve);
		let before = owned(&watcher);

		assert_noop!(
			ZkVerifier::verify_proof(
				signed(Eve),
				key,
				BoundedVec::truncate_from(BASIC_PROOF.to_vec()),
				BoundedVec::truncate_from(public.clone())
			),
			pallet_zk_verifier::Error::<Runtime>::KeyServesAnotherConsumer
		);
		assert_noop!(
			ZkVerifier::verify_batch(
				signed(Eve),
				key,
				BoundedVec::truncate_from(vec![(
					BoundedVec::truncate_from(BASIC_PROOF.to_vec()),
					BoundedVec::truncate_from(public.clone())
				)])
			),
			pallet_zk_verifier::Error::<Runtime>::KeyServesAnotherConsumer
		);
		// The same bytes registered for the open calls are another key with its own
		// nullifiers; spending them there reaches no receipt.
		assert_ok!(ZkVerifier::register_key(
			signed(Eve),
			BoundedVec::truncate_from(BASIC_VK.to_vec()),
			Some(0),
			KeyConsumer::Open
		));
		let open =
			ZkVerifier::id_of_key(BASIC_VK, Some(0), KeyConsumer::Open).expect("a valid key");
		assert_ok!(ZkVerifier::verify_proof(
			signed(Eve),
			open,
			BoundedVec::truncate_from(BASIC_PROOF.to_vec()),
			BoundedVec::truncate_from(public.clone())
		));
		check_invariants();

		assert_ok!(Receipts::submit_receipt(
			signed(Bob),
			Box::new(private_receipt(job_id, public[2], BASIC_UNITS, price)),
			PrivacyLevel::Basic(proof(key, BASIC_PROOF)),
			None
		));
		assert_eq!(
			pallet_zk_verifier::NullifierCount::<Runtime>::get(key),
			0,
			"no ceiling to exhaust"
		);
		run_to(now() + challenge_window() + 1);
		assert_eq!(
			job_status(job_id),
			Some(aitbc_primitives::traits::JobStatus::Settled)
		);
		assert_ok!(ZkVerifier::unregister_key(signed(Eve), open));
		let gain = report_gain(
			"watcher front-running a private receipt through the open calls",
			before,
			owned(&watcher),
		);
		assert!(gain <= 0);
	});
}

/// The enhanced level on the real escrow: the operator is paid exactly the proven units at the
/// client's committed rate, the client gets the rest back, and nothing is minted.
#[test]
fn an_enhanced_receipt_pays_the_committed_rate_and_refunds_the_rest() {
	new_chain().execute_with(|| {
		let key = approve(PrivacyKind::Enhanced, ENHANCED_VK);
		let public = inputs(ENHANCED_PUBLIC);
		let job_id = private_job(ENHANCED_MAX_UNITS, &public, Some(public[4]));
		let held = pallet_services::Jobs::<Runtime>::get(job_id)
			.expect("the job")
			.price;
		let price = u128::from_le_bytes(public[5][..16].try_into().expect("16 bytes"));
		assert!(price < held);
		let (client, operator) = (account(Charlie), account(Bob));
		let (client_before, operator_before) = (owned(&client), owned(&operator));
		let issuance = aitbc_runtime::Balances::total_issuance();

		// The operator cannot step around the client's rate with a public receipt for the
		// whole escrow ...
		assert_noop!(
			Receipts::submit_receipt(
				signed(Bob),
				Box::new(private_receipt(job_id, public[2], ENHANCED_MAX_UNITS, held)),
				PrivacyLevel::Public,
				None
			),
			pallet_receipts::Error::<Runtime>::RateCommitted
		);
		// ... nor name a higher price than its units at the committed rate.
		assert_noop!(
			Receipts::submit_receipt(
				signed(Bob),
				Box::new(private_receipt(job_id, public[2], 0, price + 1)),
				PrivacyLevel::Enhanced(proof(key, ENHANCED_PROOF)),
				None
			),
			pallet_zk_verifier::Error::<Runtime>::ProofRejected
		);
		assert_ok!(Receipts::submit_receipt(
			signed(Bob),
			Box::new(private_receipt(job_id, public[2], 0, price)),
			PrivacyLevel::Enhanced(proof(key, ENHANCED_PROOF)),
			None
		));
		assert_ok!(Receipts::accept(signed(Charlie), job_id));
		let fee = pallet_escrow::PlatformFee::<Runtime>::get() * price;
		assert_eq!(
			owned(&operator) - operator_before,
			price - fee,
			"the proven price, less the platform fee"
		);
		assert_eq!(
			client_before - owned(&client),
			price,
			"the rest is refunded"
		);
		assert!(
			aitbc_runtime::Balances::total_issuance() <= issuance,
			"hidden units mint nothing"
		);
	});
}

/// A depositor who owns the verifying key of its escrow's condition tries to keep what the
/// beneficiary earned: by unregistering the key (the proof could then never be checked), or by
/// proving the agreed statement first in a second escrow of its own.
#[test]
fn a_depositor_cannot_pull_or_spend_the_key_of_its_escrow() {
	new_chain().execute_with(|| {
		use pallet_zk_verifier::testing::{synthetic_inputs, synthetic_key, synthetic_proof};
		let (depositor, beneficiary) = (account(Dave), account(Ferdie));
		let key_bytes = synthetic_key(2);
		assert_ok!(ZkVerifier::register_key(
			signed(Dave),
			BoundedVec::truncate_from(key_bytes.clone()),
			Some(0),
			KeyConsumer::Escrow
		));
		let key =
			ZkVerifier::id_of_key(&key_bytes, Some(0), KeyConsumer::Escrow).expect("a valid key");
		let agreed = synthetic_inputs(2, 1);
		let statement = sp_io::hashing::blake2_256(&codec::Encode::encode(&agreed));
		let condition = pallet_escrow::ReleaseCondition::ZkProof { key, statement };
		let amount = 1_000 * aitbc_runtime::MICRO_AIT;
		let before = owned(&depositor);
		let escrow_id = pallet_escrow::NextEscrowId::<Runtime>::get();
		assert_ok!(Escrow::create(
			signed(Dave),
			beneficiary.clone().into(),
			PaymentAsset::Native,
			amount,
			None,
			None,
			condition.clone()
		));
		assert_noop!(
			ZkVerifier::unregister_key(signed(Dave), key),
			pallet_zk_verifier::Error::<Runtime>::KeyInUse
		);
		// A second escrow with the same statement, to Eve, proven first by the depositor.
		let decoy = pallet_escrow::NextEscrowId::<Runtime>::get();
		assert_ok!(Escrow::create(
			signed(Dave),
			account(Eve).into(),
			PaymentAsset::Native,
			aitbc_runtime::MICRO_AIT,
			None,
			None,
			condition
		));
		let proof_bytes: BoundedVec<u8, _> = BoundedVec::truncate_from(synthetic_proof(&agreed));
		assert_ok!(Escrow::submit_proof(
			signed(Dave),
			decoy,
			proof_bytes.clone(),
			BoundedVec::truncate_from(agreed.clone())
		));
		// The beneficiary's proof still counts for its own escrow.
		assert_ok!(Escrow::submit_proof(
			signed(Ferdie),
			escrow_id,
			proof_bytes,
			BoundedVec::truncate_from(agreed)
		));
		let beneficiary_before = owned(&beneficiary);
		assert_ok!(Escrow::release(signed(Ferdie), escrow_id, None));
		assert!(owned(&beneficiary) > beneficiary_before);
		check_invariants();
		let gain = report_gain(
			"depositor withdrawing or spending its escrow's key",
			before,
			owned(&depositor),
		);
		assert!(gain < 0, "the depositor paid what it escrowed");
	});
}

/// One key, many ids: flag bits the reader ignores used to give the same key thousands of ids,
/// each with a fresh nullifier space (and a fresh ceiling). Only the canonical bytes register.
#[test]
fn one_key_registers_under_one_id_per_use() {
	new_chain().execute_with(|| {
		let attacker = account(Eve);
		let before = owned(&attacker);
		assert_ok!(ZkVerifier::register_key(
			signed(Eve),
			BoundedVec::truncate_from(BASIC_VK.to_vec()),
			Some(0),
			KeyConsumer::Open
		));
		let mut registered = 1;
		// Bit 7 of the last byte of each point of the key: ignored by the uncompressed reader.
		let point_ends = [64usize, 192, 320, 448];
		for end in point_ends {
			let mut twin = BASIC_VK.to_vec();
			twin[end - 1] ^= 0x80;
			let result = ZkVerifier::register_key(
				signed(Eve),
				BoundedVec::truncate_from(twin),
				Some(0),
				KeyConsumer::Open,
			);
			assert_eq!(
				result,
				Err(pallet_zk_verifier::Error::<Runtime>::KeyNotCanonical.into())
			);
			if result.is_ok() {
				registered += 1;
			}
		}
		assert_eq!(
			pallet_zk_verifier::Keys::<Runtime>::iter().count(),
			registered
		);
		println!(
			"[attack] one key under many ids: {} of {} encodings registered",
			registered,
			point_ends.len() + 1
		);
		report_gain(
			"registering one key under many ids",
			before,
			owned(&attacker),
		);
	});
}
