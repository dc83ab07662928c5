//! Cross-chain settlement on the real runtime: a job that settles through `Receipts` becomes
//! settleable in `Settlement`, its client asks for a message to another chain, the block commits
//! it in the digest, the runtime API proves it, and an attested acknowledgement pays the relayer.
//! Then the attacks at the boundary: a stranger's request, a forged acknowledgement, another
//! chain's committee acknowledging our message to a third, a replayed acknowledgement. Each
//! prints what the attacker gained.

mod common;

use aitbc_primitives::settlement::{
	verify_commitment_proof, Adapter, ChainId, MessageKind, SettlementCommitment, SettlementMessage,
};
use aitbc_runtime::{Receipts, Runtime, RuntimeOrigin, Settlement};
use codec::Encode;
use common::*;
use frame_support::{assert_noop, assert_ok, traits::Hooks, BoundedVec};
use pallet_receipts::PrivacyLevel;
use pallet_settlement::{MessageStatus, RateLimit, Route, RouteAdapter, Routing};
use sp_core::{ecdsa, Pair, H256};
use sp_keyring::Sr25519Keyring;

type SettlementError = pallet_settlement::Error<Runtime>;

const THERE: ChainId = 2;
const ELSEWHERE: ChainId = 3;
const FEE: aitbc_runtime::Balance = aitbc_runtime::MILLI_AIT;

fn attester(seed: u8) -> (ecdsa::Pair, [u8; 20]) {
	let pair = ecdsa::Pair::from_seed(&[seed; 32]);
	let probe = H256::repeat_byte(0x55);
	let address =
		pallet_settlement::attested::recover_signer(&pair.sign_prehashed(&probe.0).0, &probe)
			.expect("a signature recovers");
	(pair, address)
}

fn attest(
	message: &SettlementMessage,
	seeds: &[u8],
) -> BoundedVec<u8, aitbc_runtime::configs::settlement::MaxProofLen> {
	let signatures: Vec<[u8; 65]> = seeds
		.iter()
		.map(|seed| attester(*seed).0.sign_prehashed(&message.hash().0).0)
		.collect();
	BoundedVec::truncate_from(signatures.encode())
}

/// Routes to chains 2 and 3 through their committees (seeds 1–3 for chain 2, 2 of 3; seeds
/// 7–8 for chain 3, 1 of 2).
fn open_routes() {
	for (chain, seeds, threshold) in [(THERE, vec![1u8, 2, 3], 2u32), (ELSEWHERE, vec![7, 8], 1)] {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			chain,
			Some(Route {
				adapters: BoundedVec::truncate_from(vec![RouteAdapter {
					adapter: Adapter::Attested,
					fee: FEE,
					latency: 20,
				}]),
				rate_limit: RateLimit {
					window: 10,
					max_messages: 100
				},
			})
		));
		assert_ok!(Settlement::set_committee(
			RuntimeOrigin::root(),
			chain,
			BoundedVec::truncate_from(seeds.iter().map(|s| attester(*s).1).collect::<Vec<_>>()),
			threshold
		));
	}
}

/// Dave serves Ferdie a job of 100 units, which settles at Ferdie's acceptance.
fn a_settled_job() -> u64 {
	let blueprint_id = operator_with_blueprint(Dave);
	let service_id = service(Ferdie, blueprint_id, Terms::of(&[Dave]));
	let (job_id, price) = call_job(Ferdie, service_id, 100);
	submit_result(Dave, job_id);
	assert_ok!(Receipts::submit_receipt(
		signed(Dave),
		Box::new(receipt(Dave, job_id, [9; 32], 100, price)),
		PrivacyLevel::Public,
		None
	));
	assert_ok!(Receipts::accept(signed(Ferdie), job_id));
	job_id
}

/// Ends the block with `Settlement`'s commitment; returns the commitment in its digest.
fn commit_block() -> Option<SettlementCommitment> {
	Settlement::on_finalize(now());
	let commitment = SettlementCommitment::find(&frame_system::Pallet::<Runtime>::digest());
	next_block();
	commitment
}

fn request(who: Sr25519Keyring, job_id: u64, target: ChainId) -> sp_runtime::DispatchResult {
	Settlement::request_settlement(
		signed(who),
		job_id,
		target,
		Routing::Cheapest,
		H256::repeat_byte(0xfe),
		FEE,
	)
}

/// Ferdie's job goes to chain 2; returns the message sent.
fn sent_there() -> SettlementMessage {
	open_routes();
	let job_id = a_settled_job();
	assert_ok!(request(Ferdie, job_id, THERE));
	commit_block().expect("the block commits the message");
	pallet_settlement::Outbound::<Runtime>::get(THERE, 1)
		.expect("sent")
		.message
}

fn receive(
	relayer: Sr25519Keyring,
	message: SettlementMessage,
	seeds: &[u8],
) -> sp_runtime::DispatchResult {
	Settlement::receive(
		signed(relayer),
		message.clone(),
		Adapter::Attested,
		attest(&message, seeds),
	)
}

fn status(nonce: u64) -> MessageStatus<aitbc_runtime::BlockNumber> {
	pallet_settlement::Outbound::<Runtime>::get(THERE, nonce)
		.expect("sent")
		.status
}

#[test]
fn a_job_settled_here_is_committed_proven_and_acknowledged() {
	new_chain().execute_with(|| {
		open_routes();
		let job_id = a_settled_job();
		let record = pallet_settlement::SettledJobs::<Runtime>::get(job_id).expect("settleable");
		assert_eq!(
			(record.client.clone(), record.operator.clone(), record.units),
			(account(Ferdie), account(Dave), 100)
		);
		let held_before = held(&account(Ferdie));

		assert_ok!(request(Ferdie, job_id, THERE));
		assert_eq!(held(&account(Ferdie)), held_before + FEE);
		let block = now();
		let commitment = commit_block().expect("a commitment in the digest");
		assert_eq!(commitment.count, 1);

		let provable = Settlement::provable_message(THERE, 1).expect("provable");
		assert_eq!(provable.block, block);
		assert_eq!(provable.message.job_id, job_id);
		assert_eq!(provable.message.client, H256(account(Ferdie).into()));
		assert_eq!(provable.message.operator, H256(account(Dave).into()));
		assert_eq!(
			provable.message.source,
			pallet_settlement::ChainIdentity::<Runtime>::get()
		);
		assert!(verify_commitment_proof(
			&commitment.root,
			provable.message.hash(),
			&provable.proof
		));

		let eve_before = owned(&account(Eve));
		let ack = provable.message.acknowledgement(1);
		assert_ok!(receive(Eve, ack, &[2, 3]));
		assert!(matches!(status(1), MessageStatus::Delivered { .. }));
		assert_eq!(owned(&account(Eve)), eve_before + FEE);
		assert_eq!(held(&account(Ferdie)), held_before);
		check_invariants();
	});
}

#[test]
fn a_stranger_cannot_ask_for_a_settlement_of_someone_elses_job() {
	new_chain().execute_with(|| {
		open_routes();
		let job_id = a_settled_job();
		let before = owned(&account(Eve));
		assert_noop!(request(Eve, job_id, THERE), SettlementError::NotJobParty);
		// A job that never settled is not settleable either, not even for its client.
		let blueprint_id = operator_with_blueprint(Charlie);
		let service_id = service(Ferdie, blueprint_id, Terms::of(&[Charlie]));
		let (open_job, _) = call_job(Ferdie, service_id, 10);
		assert_noop!(
			request(Ferdie, open_job, THERE),
			SettlementError::NotSettleable
		);
		assert_eq!(
			report_gain(
				"a stranger's settlement request",
				before,
				owned(&account(Eve))
			),
			0
		);
	});
}

#[test]
fn a_forged_acknowledgement_is_refused_and_pays_nobody() {
	new_chain().execute_with(|| {
		let sent = sent_there();
		let before = owned(&account(Eve));
		// Eve signs with keys of her own (seeds 20 and 21).
		let ack = sent.acknowledgement(1);
		assert_noop!(
			receive(Eve, ack.clone(), &[20, 21]),
			SettlementError::InvalidProof
		);
		// One real member is below the threshold of two.
		assert_noop!(receive(Eve, ack, &[1]), SettlementError::TooFewAttestations);
		assert!(matches!(status(1), MessageStatus::Sent { .. }));
		assert_eq!(
			report_gain("a forged acknowledgement", before, owned(&account(Eve))),
			0
		);
	});
}

#[test]
fn another_chains_committee_cannot_acknowledge_a_message_sent_elsewhere() {
	new_chain().execute_with(|| {
		let sent = sent_there();
		let before = owned(&account(Eve));
		// Chain 3's committee (1 of 2: easier to win) signs an acknowledgement of our nonce 1
		// to chain 2, coming from chain 3.
		let mut ack = sent.acknowledgement(1);
		ack.source = ELSEWHERE;
		assert_ok!(receive(Eve, ack, &[7]));
		assert!(matches!(status(1), MessageStatus::Sent { .. }));
		assert_eq!(
			report_gain(
				"chain 3 acknowledging a message to chain 2",
				before,
				owned(&account(Eve))
			),
			0
		);
		check_invariants();
	});
}

#[test]
fn a_replayed_acknowledgement_pays_once() {
	new_chain().execute_with(|| {
		let sent = sent_there();
		let before = owned(&account(Eve));
		let ack = sent.acknowledgement(1);
		assert_ok!(receive(Eve, ack.clone(), &[1, 2]));
		assert_noop!(receive(Eve, ack.clone(), &[1, 2]), SettlementError::Replay);
		// The same acknowledgement under the next nonce is a different message, and names a
		// message already delivered: recorded, ignored, unpaid.
		let mut again = ack;
		again.nonce = 2;
		assert_ok!(receive(Eve, again, &[1, 3]));
		let gain = report_gain("a replayed acknowledgement", before, owned(&account(Eve)));
		assert_eq!(gain, FEE as i128, "paid once, for the one delivery");
		assert_eq!(held(&account(Ferdie)), 0);
	});
}

#[test]
fn a_message_for_another_chain_is_refused() {
	new_chain().execute_with(|| {
		open_routes();
		let mut message = SettlementMessage {
			kind: MessageKind::JobSettled,
			source: THERE,
			target: ELSEWHERE,
			nonce: 1,
			job_id: 1,
			receipt_id: [1; 32],
			output_hash: H256::zero(),
			units: 1,
			amount: 1,
			token: H256::zero(),
			client: H256::zero(),
			operator: H256::zero(),
			beneficiary: H256::zero(),
		};
		assert_noop!(
			receive(Eve, message.clone(), &[1, 2]),
			SettlementError::WrongTargetChain
		);
		message.target = pallet_settlement::ChainIdentity::<Runtime>::get();
		assert_ok!(receive(Eve, message, &[1, 2]));
	});
}
