//! Cross-chain settlement on the real runtime: a job that settles through `Receipts` becomes
//! settleable in `Settlement`, its client asks for a message to another chain, the block commits
//! it in the digest, the runtime API proves it, and an attested acknowledgement pays the relayer.
//! Then the attacks at the boundary: a stranger's request, a forged acknowledgement, another
//! chain's committee acknowledging our message to a third, a replayed acknowledgement. Each
//! prints what the attacker gained.
//!
//! The light-client adapter runs on two chains built from the two dev presets: the peer
//! (chain 2) settles a job and sends it here; this chain's `BridgeAitbcGrandpa` imports the
//! peer's header with a GRANDPA justification signed by the peer's authority, and the message
//! is proven by a storage proof under that header's state root. Forged proofs, unjustified
//! headers and wrong chains are refused.

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

// ---- the light-client adapter, between the two dev chains ----

mod light_client {
	use super::*;
	use aitbc_runtime::{
		configs::settlement::GrandpaMessageProof,
		genesis_config_presets::{development_peer_config_genesis, AITBC_CHAIN_ID, PEER_CHAIN_ID},
		BridgeAitbcGrandpa, Header,
	};
	use bp_header_chain::{justification::GrandpaJustification, InitializationData};
	use sp_consensus_grandpa::AuthorityId;
	use sp_keyring::Ed25519Keyring;
	use sp_runtime::traits::Header as _;

	type BridgeError = pallet_bridge_grandpa::Error<Runtime, pallet_bridge_grandpa::Instance1>;

	/// What the peer chain sent, and the header and state that prove it.
	struct Sent {
		message: SettlementMessage,
		header: Header,
		proof: Vec<Vec<u8>>,
	}

	fn grandpa_route(chain: ChainId) {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			chain,
			Some(Route {
				adapters: BoundedVec::truncate_from(vec![RouteAdapter {
					adapter: Adapter::Grandpa,
					fee: FEE,
					latency: 30,
				}]),
				rate_limit: RateLimit {
					window: 10,
					max_messages: 100
				},
			})
		));
	}

	/// On the peer (chain 2): Ferdie's settled job goes to chain 1 through the light client;
	/// the block is sealed into a header whose state root holds the message's record.
	fn sent_from_the_peer() -> Sent {
		let mut peer = new_chain_from(development_peer_config_genesis());
		let (message, number) = peer.execute_with(|| {
			grandpa_route(AITBC_CHAIN_ID);
			let job_id = a_settled_job();
			assert_ok!(Settlement::request_settlement(
				signed(Ferdie),
				job_id,
				AITBC_CHAIN_ID,
				Routing::Via(Adapter::Grandpa),
				H256::repeat_byte(0xfe),
				FEE,
			));
			commit_block();
			let sent =
				pallet_settlement::Outbound::<Runtime>::get(AITBC_CHAIN_ID, 1).expect("sent");
			(sent.message, now())
		});
		peer.commit_all().expect("the peer's state commits");
		let backend = peer.as_backend();
		let state_root = *backend.root();
		let key = GrandpaMessageProof::key(AITBC_CHAIN_ID, 1);
		let proof = sp_state_machine::prove_read(backend, [&key])
			.expect("the record is in the peer's state")
			.into_iter_nodes()
			.collect();
		let header = Header::new(
			number,
			H256::repeat_byte(1),
			state_root,
			H256::repeat_byte(2),
			Default::default(),
		);
		Sent {
			message,
			header,
			proof,
		}
	}

	/// A justification of `header` by one GRANDPA voter, the peer's only authority (Alice) or
	/// not.
	fn justification(header: &Header, voter: Ed25519Keyring) -> GrandpaJustification<Header> {
		let precommit = finality_grandpa::Precommit {
			target_hash: header.hash(),
			target_number: *header.number(),
		};
		let round = 1;
		let payload = sp_consensus_grandpa::localized_payload(
			round,
			0,
			&finality_grandpa::Message::Precommit(precommit.clone()),
		);
		GrandpaJustification {
			round,
			commit: finality_grandpa::Commit {
				target_hash: header.hash(),
				target_number: *header.number(),
				precommits: vec![finality_grandpa::SignedPrecommit {
					precommit,
					signature: voter.pair().sign(&payload).into(),
					id: AuthorityId::from(voter.public()),
				}],
			},
			votes_ancestries: vec![],
		}
	}

	/// Here (chain 1): the bridge starts from the peer's genesis header and authority set
	/// (Alice), and the route from the peer allows the light client.
	fn bridge_to_the_peer() {
		let genesis = Header::new(
			0,
			H256::zero(),
			H256::repeat_byte(3),
			H256::zero(),
			Default::default(),
		);
		assert_ok!(BridgeAitbcGrandpa::initialize(
			RuntimeOrigin::root(),
			InitializationData {
				header: Box::new(genesis),
				authority_list: vec![(AuthorityId::from(Ed25519Keyring::Alice.public()), 1)],
				set_id: 0,
				operating_mode: bp_runtime::BasicOperatingMode::Normal,
			}
		));
		grandpa_route(PEER_CHAIN_ID);
	}

	fn deliver(
		relayer: Sr25519Keyring,
		message: SettlementMessage,
		proof: GrandpaMessageProof,
	) -> sp_runtime::DispatchResult {
		Settlement::receive(
			signed(relayer),
			message,
			Adapter::Grandpa,
			BoundedVec::truncate_from(proof.encode()),
		)
	}

	#[test]
	fn a_job_settled_on_the_peer_is_proven_here_by_the_peers_finality() {
		let sent = sent_from_the_peer();
		assert_eq!(sent.message.source, PEER_CHAIN_ID);
		new_chain().execute_with(|| {
			assert_eq!(
				pallet_settlement::LightClientChain::<Runtime>::get(),
				Some(PEER_CHAIN_ID)
			);
			bridge_to_the_peer();
			let proof = GrandpaMessageProof {
				header: sent.header.hash(),
				target: AITBC_CHAIN_ID,
				nonce: 1,
				storage_proof: sent.proof.clone(),
			};
			// Before the header is imported, nothing vouches for its state.
			assert_noop!(
				deliver(Eve, sent.message.clone(), proof.clone()),
				SettlementError::HeaderNotFinalized
			);
			assert_ok!(BridgeAitbcGrandpa::submit_finality_proof_ex(
				signed(Eve),
				Box::new(sent.header.clone()),
				justification(&sent.header, Ed25519Keyring::Alice),
				0,
				false,
			));
			assert_ok!(deliver(Eve, sent.message.clone(), proof));
			let arrived =
				pallet_settlement::Inbound::<Runtime>::get(PEER_CHAIN_ID, 1).expect("recorded");
			assert_eq!(
				(arrived.message.job_id, arrived.adapter),
				(sent.message.job_id, Adapter::Grandpa)
			);
			// The acknowledgement goes back to the peer in this block's commitment.
			let ack = pallet_settlement::Outbound::<Runtime>::get(PEER_CHAIN_ID, 1).expect("ack");
			assert_eq!(ack.message, sent.message.acknowledgement(1));
			assert!(commit_block().is_some());
			check_invariants();
		});
	}

	#[test]
	fn forged_proofs_and_unjustified_headers_are_refused() {
		let sent = sent_from_the_peer();
		new_chain().execute_with(|| {
			bridge_to_the_peer();
			let before = owned(&account(Eve));
			// A header "justified" by someone outside the peer's authority set.
			assert_noop!(
				BridgeAitbcGrandpa::submit_finality_proof_ex(
					signed(Eve),
					Box::new(sent.header.clone()),
					justification(&sent.header, Ed25519Keyring::Eve),
					0,
					false,
				),
				BridgeError::InvalidJustification
			);
			assert_ok!(BridgeAitbcGrandpa::submit_finality_proof_ex(
				signed(Eve),
				Box::new(sent.header.clone()),
				justification(&sent.header, Ed25519Keyring::Alice),
				0,
				false,
			));
			let proof = GrandpaMessageProof {
				header: sent.header.hash(),
				target: AITBC_CHAIN_ID,
				nonce: 1,
				storage_proof: sent.proof.clone(),
			};
			// A message the peer never sent (a bigger amount) under the real proof.
			let mut forged = sent.message.clone();
			forged.amount += 1_000_000;
			assert_noop!(
				deliver(Eve, forged, proof.clone()),
				SettlementError::NotCommitted
			);
			// The proof pointed at a key the peer's state has no record under: it proves the
			// record's absence.
			assert_noop!(
				deliver(
					Eve,
					sent.message.clone(),
					GrandpaMessageProof {
						nonce: 2,
						..proof.clone()
					}
				),
				SettlementError::NotCommitted
			);
			// Trie nodes made up or cut short.
			assert_noop!(
				deliver(
					Eve,
					sent.message.clone(),
					GrandpaMessageProof {
						storage_proof: vec![vec![0u8; 40]],
						..proof.clone()
					}
				),
				SettlementError::InvalidProof
			);
			// A header the bridge never imported.
			assert_noop!(
				deliver(
					Eve,
					sent.message.clone(),
					GrandpaMessageProof {
						header: H256::repeat_byte(9),
						..proof.clone()
					}
				),
				SettlementError::HeaderNotFinalized
			);
			// Bytes that are no proof at all.
			assert_noop!(
				Settlement::receive(
					signed(Eve),
					sent.message.clone(),
					Adapter::Grandpa,
					BoundedVec::truncate_from(vec![1, 2, 3])
				),
				SettlementError::MalformedProof
			);
			// The peer's message claimed for another chain the light client does not follow.
			grandpa_route(ELSEWHERE);
			let mut elsewhere = sent.message.clone();
			elsewhere.source = ELSEWHERE;
			assert_noop!(
				deliver(Eve, elsewhere, proof.clone()),
				SettlementError::UnknownSource
			);
			// Delivered once; the same proof again is a replay.
			assert_ok!(deliver(Eve, sent.message.clone(), proof.clone()));
			assert_noop!(
				deliver(Eve, sent.message.clone(), proof),
				SettlementError::Replay
			);
			let gain = report_gain(
				"forged light-client proofs (the relayer's own delivery aside)",
				before,
				owned(&account(Eve)),
			);
			assert!(gain <= 0, "the relayer gained {gain} from forgeries");
			check_invariants();
		});
	}
}
