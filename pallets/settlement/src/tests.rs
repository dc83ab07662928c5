//! The pallet on its own: requests and every refusal, the router, the block commitment and its
//! proofs, delivery, expiry, retries and refunds, inbound messages through both adapters and
//! every refusal, governance, two chains talking to each other, and the attested format checked
//! against an independent EVM-style implementation (k256 and sha3).

use crate::{
	attested::recover_signer, mock::*, pallet::*, types::*, Adapter, MessageKind,
	SettlementCommitment, SettlementMessage,
};
use aitbc_primitives::{
	settlement::{verify_commitment_proof, ChainId, OnJobSettled, SettledJob},
	PaymentAsset,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
	BoundedVec,
};
use sp_core::{ecdsa, Pair, H256};
use sp_runtime::DispatchError;

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::DeliveryFee.into(), &who)
}

fn route(adapters: &[(Adapter, Balance, u32)], max_messages: u32) -> Route<Test> {
	Route {
		adapters: BoundedVec::truncate_from(
			adapters
				.iter()
				.map(|(adapter, fee, latency)| RouteAdapter {
					adapter: *adapter,
					fee: *fee,
					latency: *latency,
				})
				.collect(),
		),
		rate_limit: RateLimit {
			window: 5,
			max_messages,
		},
	}
}

fn open_route(chain: ChainId) {
	assert_ok!(Settlement::set_route(
		RuntimeOrigin::root(),
		chain,
		Some(route(&[(Adapter::Attested, FEE, 10)], 100))
	));
}

fn settle(job_id: u64) {
	<Settlement as OnJobSettled<_, _, _>>::on_job_settled(SettledJob {
		job_id,
		service_id: 9,
		client: CLIENT,
		operator: OPERATOR,
		receipt_id: [job_id as u8; 32],
		output_hash: H256::repeat_byte(0xaa),
		units: 1_000,
		paid: 5_000,
		asset: PaymentAsset::Native,
	});
}

fn request(
	who: AccountId,
	job_id: u64,
	target: ChainId,
) -> frame_support::dispatch::DispatchResult {
	Settlement::request_settlement(
		RuntimeOrigin::signed(who),
		job_id,
		target,
		Routing::Cheapest,
		H256::repeat_byte(0xbe),
		// The most a congested route charges.
		2 * FEE,
	)
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Settlement(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn status(target: ChainId, nonce: u64) -> MessageStatus<u64> {
	Outbound::<Test>::get(target, nonce)
		.expect("a message")
		.status
}

/// The attesters of the tests: secp256k1 keys from fixed seeds, with their EVM addresses as
/// `k256` and `sha3` compute them (not the pallet's code).
fn attester(seed: u8) -> (ecdsa::Pair, [u8; 20]) {
	use k256::ecdsa::SigningKey;
	use sha3::{Digest, Keccak256};
	let secret = [seed; 32];
	let pair = ecdsa::Pair::from_seed(&secret);
	let key = SigningKey::from_slice(&secret).unwrap();
	let point = key.verifying_key().to_encoded_point(false);
	let hash = Keccak256::digest(&point.as_bytes()[1..]);
	let mut address = [0u8; 20];
	address.copy_from_slice(&hash[12..]);
	(pair, address)
}

fn set_committee(chain: ChainId, seeds: &[u8], threshold: u32) {
	let members = seeds.iter().map(|s| attester(*s).1).collect::<Vec<_>>();
	assert_ok!(Settlement::set_committee(
		RuntimeOrigin::root(),
		chain,
		BoundedVec::truncate_from(members),
		threshold
	));
}

fn attest(message: &SettlementMessage, seeds: &[u8]) -> BoundedVec<u8, ConstProofLen> {
	let signatures: Vec<[u8; 65]> = seeds
		.iter()
		.map(|s| attester(*s).0.sign_prehashed(&message.hash().0).0)
		.collect();
	BoundedVec::truncate_from(signatures.encode())
}

type ConstProofLen = frame_support::traits::ConstU32<4096>;

fn from_there(nonce: u64, kind: MessageKind) -> SettlementMessage {
	SettlementMessage {
		kind,
		source: THERE,
		target: HERE,
		nonce,
		job_id: 70 + nonce,
		receipt_id: [nonce as u8; 32],
		output_hash: H256::repeat_byte(1),
		units: 10,
		amount: 1_000,
		token: H256::zero(),
		client: H256::repeat_byte(2),
		operator: H256::repeat_byte(3),
		beneficiary: H256::repeat_byte(4),
	}
}

fn receive(
	message: SettlementMessage,
	proof: BoundedVec<u8, ConstProofLen>,
) -> frame_support::dispatch::DispatchResult {
	Settlement::receive(
		RuntimeOrigin::signed(RELAYER),
		message,
		Adapter::Attested,
		proof,
	)
}

// ---- outbound ----

#[test]
fn a_settled_job_is_committed_in_the_digest_and_provable() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		settle(7);
		assert_ok!(request(CLIENT, 7, THERE));
		assert_eq!(held(CLIENT), FEE);
		let sent = Outbound::<Test>::get(THERE, 1).unwrap();
		assert_eq!(sent.message.job_id, 7);
		assert_eq!(sent.message.source, HERE);
		assert_eq!(sent.message.amount, 5_000);
		assert_eq!(sent.message.beneficiary, H256::repeat_byte(0xbe));
		assert_eq!(
			sent.status,
			MessageStatus::Sent {
				block: 1,
				expires_at: 1 + TIMEOUT
			}
		);
		assert!(events().contains(&Event::SettlementRequested {
			job_id: 7,
			target: THERE,
			nonce: 1,
			adapter: Adapter::Attested,
			fee: FEE,
			requester: CLIENT,
			hash: sent.hash,
		}));

		let digest = end_block();
		let commitment = SettlementCommitment::find(&digest).expect("a commitment");
		assert_eq!(commitment.count, 1);
		let provable = Settlement::provable_message(THERE, 1).unwrap();
		assert_eq!(provable.block, 1);
		assert!(verify_commitment_proof(
			&commitment.root,
			sent.hash,
			&provable.proof
		));
	});
}

#[test]
fn a_block_without_messages_commits_nothing() {
	new_test_ext().execute_with(|| {
		assert_eq!(SettlementCommitment::find(&end_block()), None);
		assert!(Commitments::<Test>::iter().next().is_none());
	});
}

#[test]
fn the_operator_may_request_too_and_each_chain_once() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		open_route(ELSEWHERE);
		settle(7);
		assert_ok!(request(OPERATOR, 7, THERE));
		assert_noop!(request(CLIENT, 7, THERE), Error::<Test>::AlreadySentThere);
		assert_ok!(request(CLIENT, 7, ELSEWHERE));
		assert_eq!((held(OPERATOR), held(CLIENT)), (FEE, FEE));
	});
}

#[test]
fn a_request_is_refused_for_every_reason_and_changes_nothing() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		assert_noop!(request(CLIENT, 7, THERE), Error::<Test>::NotSettleable);
		settle(7);
		assert_noop!(request(STRANGER, 7, THERE), Error::<Test>::NotJobParty);
		assert_noop!(request(CLIENT, 7, ELSEWHERE), Error::<Test>::UnknownRoute);
		assert_noop!(
			Settlement::request_settlement(
				RuntimeOrigin::signed(CLIENT),
				7,
				THERE,
				Routing::Via(Adapter::Grandpa),
				H256::zero(),
				FEE
			),
			Error::<Test>::AdapterNotOnRoute
		);
		assert_noop!(
			Settlement::request_settlement(
				RuntimeOrigin::signed(CLIENT),
				7,
				THERE,
				Routing::Cheapest,
				H256::zero(),
				FEE - 1
			),
			Error::<Test>::FeeAboveMax
		);
		assert_noop!(
			Settlement::request_settlement(
				RuntimeOrigin::none(),
				7,
				THERE,
				Routing::Cheapest,
				H256::zero(),
				FEE
			),
			DispatchError::BadOrigin
		);
		// A fee the requester cannot pay.
		<Settlement as OnJobSettled<_, _, _>>::on_job_settled(SettledJob {
			job_id: 8,
			service_id: 9,
			client: 99,
			operator: OPERATOR,
			receipt_id: [8; 32],
			output_hash: H256::zero(),
			units: 1,
			paid: 1,
			asset: PaymentAsset::Native,
		});
		assert!(request(99, 8, THERE).is_err());
		assert_eq!(OutboundNonces::<Test>::get(THERE), 0);
		assert!(BlockMessages::<Test>::get().is_empty());
		check_invariants();
	});
}

#[test]
fn a_job_goes_to_at_most_max_targets_chains() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		open_route(ELSEWHERE);
		open_route(4);
		settle(7);
		assert_ok!(request(CLIENT, 7, THERE));
		assert_ok!(request(CLIENT, 7, ELSEWHERE));
		assert_noop!(request(CLIENT, 7, 4), Error::<Test>::TooManyTargets);
	});
}

#[test]
fn the_request_window_closes() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		settle(7);
		run_to_block(1 + WINDOW - 1);
		assert!(SettledJobs::<Test>::contains_key(7));
		end_block();
		assert!(!SettledJobs::<Test>::contains_key(7));
		assert_noop!(request(CLIENT, 7, THERE), Error::<Test>::NotSettleable);
	});
}

#[test]
fn the_rate_limit_refuses_until_the_window_moves_on() {
	new_test_ext().execute_with(|| {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			THERE,
			Some(route(&[(Adapter::Attested, FEE, 10)], 2))
		));
		for job in 1..=3 {
			settle(job);
		}
		assert_ok!(request(CLIENT, 1, THERE));
		assert_ok!(request(CLIENT, 2, THERE));
		assert_noop!(request(CLIENT, 3, THERE), Error::<Test>::RateLimited);
		run_to_block(6);
		assert_ok!(request(CLIENT, 3, THERE));
	});
}

#[test]
fn a_full_block_refuses_more_messages() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		for job in 1..=5 {
			settle(job);
		}
		for job in 1..=4 {
			assert_ok!(request(CLIENT, job, THERE));
		}
		assert_noop!(request(CLIENT, 5, THERE), Error::<Test>::BlockFull);
		let commitment = SettlementCommitment::find(&end_block()).unwrap();
		assert_eq!(commitment.count, 4);
		assert_ok!(request(CLIENT, 5, THERE));
	});
}

#[test]
fn the_router_picks_by_fee_or_by_latency_and_quotes_what_it_charges() {
	new_test_ext().execute_with(|| {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			THERE,
			Some(route(
				&[(Adapter::Attested, 50, 30), (Adapter::Grandpa, 80, 5)],
				100
			))
		));
		let cheapest = Settlement::quote(THERE, Routing::Cheapest).unwrap();
		assert_eq!((cheapest.adapter, cheapest.fee), (Adapter::Attested, 50));
		let fastest = Settlement::quote(THERE, Routing::Fastest).unwrap();
		assert_eq!(
			(fastest.adapter, fastest.fee, fastest.latency),
			(Adapter::Grandpa, 80, 5)
		);
		assert_eq!(Settlement::quote(ELSEWHERE, Routing::Cheapest), None);

		settle(7);
		assert_ok!(Settlement::request_settlement(
			RuntimeOrigin::signed(CLIENT),
			7,
			THERE,
			Routing::Fastest,
			H256::zero(),
			80
		));
		let sent = Outbound::<Test>::get(THERE, 1).unwrap();
		assert_eq!((sent.adapter, sent.fee), (Adapter::Grandpa, 80));
		assert_eq!(held(CLIENT), 80);
	});
}

#[test]
fn a_standing_rule_sends_every_settled_job_of_its_account() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		let rule = StandingRule {
			target: THERE,
			routing: Routing::Cheapest,
			beneficiary: H256::repeat_byte(0xcc),
			max_fee: 2 * FEE,
		};
		assert_noop!(
			Settlement::set_standing_rule(
				RuntimeOrigin::signed(CLIENT),
				Some(StandingRule {
					target: ELSEWHERE,
					..rule
				})
			),
			Error::<Test>::UnknownRoute
		);
		assert_ok!(Settlement::set_standing_rule(
			RuntimeOrigin::signed(CLIENT),
			Some(rule)
		));
		settle(7);
		let sent = Outbound::<Test>::get(THERE, 1).expect("sent by the rule");
		assert_eq!(
			(
				sent.message.job_id,
				sent.requester,
				sent.message.beneficiary
			),
			(7, Some(CLIENT), H256::repeat_byte(0xcc))
		);
		assert_eq!(held(CLIENT), FEE);
		// The operator has no rule: one message.
		assert_eq!(OutboundNonces::<Test>::get(THERE), 1);

		// A rule that would pay too little fails without stopping the settlement.
		assert_ok!(Settlement::set_standing_rule(
			RuntimeOrigin::signed(OPERATOR),
			Some(StandingRule {
				max_fee: FEE - 1,
				..rule
			})
		));
		settle(8);
		assert!(events().iter().any(|e| matches!(
			e,
			Event::StandingRuleFailed {
				who: OPERATOR,
				job_id: 8,
				..
			}
		)));
		assert!(SettledJobs::<Test>::contains_key(8));
		assert_eq!(
			OutboundNonces::<Test>::get(THERE),
			2,
			"the client's rule sent job 8"
		);

		assert_ok!(Settlement::set_standing_rule(
			RuntimeOrigin::signed(CLIENT),
			None
		));
		assert!(!StandingRules::<Test>::contains_key(CLIENT));
		settle(9);
		assert_eq!(OutboundNonces::<Test>::get(THERE), 2);
	});
}

#[test]
fn the_fee_rises_with_the_route_use_in_its_window() {
	new_test_ext().execute_with(|| {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			THERE,
			Some(route(&[(Adapter::Attested, FEE, 10)], 4))
		));
		for job in 1..=5 {
			settle(job);
		}
		let mut charged = Vec::new();
		for job in 1..=4 {
			let quoted = Settlement::quote(THERE, Routing::Cheapest).unwrap().fee;
			let before = held(CLIENT);
			assert_ok!(request(CLIENT, job, THERE));
			assert_eq!(held(CLIENT) - before, quoted, "charged what was quoted");
			charged.push(quoted);
		}
		// Each message of the window's four costs a quarter more than the one before.
		assert_eq!(charged, vec![FEE, FEE * 5 / 4, FEE * 6 / 4, FEE * 7 / 4]);
		// Someone who would pay only the base fee is refused while the window is busy...
		run_to_block(2);
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			THERE,
			Some(route(&[(Adapter::Attested, FEE, 10)], 8))
		));
		assert_noop!(
			Settlement::request_settlement(
				RuntimeOrigin::signed(CLIENT),
				5,
				THERE,
				Routing::Cheapest,
				H256::zero(),
				FEE
			),
			Error::<Test>::FeeAboveMax
		);
		// ...and pays it once the window moves on.
		run_to_block(6);
		assert_eq!(
			Settlement::quote(THERE, Routing::Cheapest).unwrap().fee,
			FEE
		);
		assert_ok!(Settlement::request_settlement(
			RuntimeOrigin::signed(CLIENT),
			5,
			THERE,
			Routing::Cheapest,
			H256::zero(),
			FEE
		));
	});
}

#[test]
fn a_standing_rule_holds_a_deposit_until_it_is_cleared() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		let deposit =
			|| Balances::balance_on_hold(&HoldReason::StandingRuleDeposit.into(), &CLIENT);
		let rule = StandingRule {
			target: THERE,
			routing: Routing::Cheapest,
			beneficiary: H256::repeat_byte(0xcc),
			max_fee: FEE,
		};
		assert_noop!(
			Settlement::set_standing_rule(RuntimeOrigin::signed(CLIENT), None),
			Error::<Test>::NoStandingRule
		);
		assert_noop!(
			Settlement::set_standing_rule(RuntimeOrigin::none(), Some(rule)),
			DispatchError::BadOrigin
		);
		let free = Balances::balance(&CLIENT);
		assert_ok!(Settlement::set_standing_rule(
			RuntimeOrigin::signed(CLIENT),
			Some(rule)
		));
		assert_eq!(deposit(), RULE_DEPOSIT);
		assert_eq!(Balances::balance(&CLIENT), free - RULE_DEPOSIT);
		// Replacing the rule holds nothing more.
		assert_ok!(Settlement::set_standing_rule(
			RuntimeOrigin::signed(CLIENT),
			Some(StandingRule {
				max_fee: 2 * FEE,
				..rule
			})
		));
		assert_eq!(deposit(), RULE_DEPOSIT);
		assert_eq!(
			StandingRules::<Test>::get(CLIENT).unwrap().rule.max_fee,
			2 * FEE
		);
		assert_ok!(Settlement::set_standing_rule(
			RuntimeOrigin::signed(CLIENT),
			None
		));
		assert_eq!(deposit(), 0);
		assert_eq!(Balances::balance(&CLIENT), free);

		// An account that cannot pay the deposit has no rule.
		let poor = 99;
		assert_ok!(
			<Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(
				&poor,
				RULE_DEPOSIT - 1
			)
		);
		assert!(Settlement::set_standing_rule(RuntimeOrigin::signed(poor), Some(rule)).is_err());
		assert!(!StandingRules::<Test>::contains_key(poor));
	});
}

// ---- delivery, expiry, retry, refund ----

/// Sends job 7 to THERE and ends the block; THERE's committee is seeds 1, 2, 3 (2 of 3).
fn sent_and_attested_route() -> SettlementMessage {
	open_route(THERE);
	set_committee(THERE, &[1, 2, 3], 2);
	settle(7);
	assert_ok!(request(CLIENT, 7, THERE));
	end_block();
	Outbound::<Test>::get(THERE, 1).unwrap().message
}

#[test]
fn an_acknowledgement_delivers_and_pays_the_relayer() {
	new_test_ext().execute_with(|| {
		let sent = sent_and_attested_route();
		let before = Balances::balance(&RELAYER);
		let ack = sent.acknowledgement(1);
		assert_ok!(receive(ack.clone(), attest(&ack, &[1, 3])));
		assert_eq!(status(THERE, 1), MessageStatus::Delivered { at: 2 });
		assert_eq!(held(CLIENT), 0);
		assert_eq!(Balances::balance(&RELAYER), before + FEE);
		assert!(events().contains(&Event::MessageDelivered {
			target: THERE,
			nonce: 1,
			relayer: RELAYER,
			fee_paid: FEE
		}));
		// The same acknowledgement again is a replay.
		assert_noop!(
			receive(ack.clone(), attest(&ack, &[1, 3])),
			Error::<Test>::Replay
		);
	});
}

#[test]
fn an_unacknowledged_message_fails_then_is_retried_or_refunded() {
	new_test_ext().execute_with(|| {
		sent_and_attested_route();
		assert_noop!(
			Settlement::retry(RuntimeOrigin::signed(STRANGER), THERE, 1),
			Error::<Test>::NotFailed
		);
		assert_noop!(
			Settlement::refund(RuntimeOrigin::signed(CLIENT), THERE, 1),
			Error::<Test>::NotFailed
		);
		run_to_block(1 + TIMEOUT);
		assert_eq!(status(THERE, 1), MessageStatus::Failed { at: 1 + TIMEOUT });
		assert!(events().contains(&Event::DeliveryFailed {
			target: THERE,
			nonce: 1
		}));

		// Anyone may retry: a fresh commitment.
		assert_ok!(Settlement::retry(RuntimeOrigin::signed(STRANGER), THERE, 1));
		let now = System::block_number();
		assert_eq!(
			status(THERE, 1),
			MessageStatus::Retried {
				block: now,
				expires_at: now + TIMEOUT,
				attempt: 2
			}
		);
		let commitment = SettlementCommitment::find(&end_block()).unwrap();
		let proof = Settlement::provable_message(THERE, 1).unwrap();
		assert!(verify_commitment_proof(
			&commitment.root,
			Outbound::<Test>::get(THERE, 1).unwrap().hash,
			&proof.proof
		));

		// Fails again; a third commit is the last.
		run_to_block(now + TIMEOUT);
		assert_ok!(Settlement::retry(RuntimeOrigin::signed(STRANGER), THERE, 1));
		run_to_block(now + 2 * TIMEOUT + 1);
		assert!(matches!(status(THERE, 1), MessageStatus::Failed { .. }));
		assert_noop!(
			Settlement::retry(RuntimeOrigin::signed(STRANGER), THERE, 1),
			Error::<Test>::NoAttemptsLeft
		);

		// Only the requester takes the fee back.
		assert_noop!(
			Settlement::refund(RuntimeOrigin::signed(STRANGER), THERE, 1),
			Error::<Test>::NotRequester
		);
		let before = Balances::balance(&CLIENT);
		assert_ok!(Settlement::refund(RuntimeOrigin::signed(CLIENT), THERE, 1));
		assert_eq!(held(CLIENT), 0);
		assert_eq!(Balances::balance(&CLIENT), before + FEE);
		assert_noop!(
			Settlement::refund(RuntimeOrigin::signed(CLIENT), THERE, 1),
			Error::<Test>::NotFailed
		);
		assert_noop!(
			Settlement::retry(RuntimeOrigin::signed(CLIENT), THERE, 9),
			Error::<Test>::UnknownMessage
		);
	});
}

#[test]
fn a_late_acknowledgement_after_a_refund_marks_delivery_and_pays_nobody() {
	new_test_ext().execute_with(|| {
		let sent = sent_and_attested_route();
		run_to_block(1 + TIMEOUT);
		assert_ok!(Settlement::refund(RuntimeOrigin::signed(CLIENT), THERE, 1));
		let before = Balances::balance(&RELAYER);
		let ack = sent.acknowledgement(1);
		assert_ok!(receive(ack.clone(), attest(&ack, &[1, 2])));
		assert!(matches!(status(THERE, 1), MessageStatus::Delivered { .. }));
		assert_eq!(Balances::balance(&RELAYER), before);
	});
}

#[test]
fn an_acknowledgement_of_a_message_never_sent_is_recorded_and_ignored() {
	new_test_ext().execute_with(|| {
		let sent = sent_and_attested_route();
		let mut forged = sent.clone();
		forged.amount += 1;
		let ack = forged.acknowledgement(1);
		assert_ok!(receive(ack.clone(), attest(&ack, &[1, 2])));
		assert!(events().contains(&Event::AcknowledgementIgnored {
			source: THERE,
			nonce: 1
		}));
		assert!(matches!(status(THERE, 1), MessageStatus::Sent { .. }));
		assert_eq!(held(CLIENT), FEE);
	});
}

#[test]
fn final_records_go_after_the_retention_and_a_forgotten_failed_fee_is_refunded() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		set_committee(THERE, &[1, 2, 3], 2);
		for job in 1..=3 {
			settle(job);
			assert_ok!(request(CLIENT, job, THERE));
		}
		end_block();
		// 1 and 3 are acknowledged; 2 is not and fails.
		for (ack_nonce, nonce) in [(1, 1), (2, 3)] {
			let sent = Outbound::<Test>::get(THERE, nonce).unwrap().message;
			let ack = SettlementMessage {
				nonce: ack_nonce,
				..sent.acknowledgement(ack_nonce)
			};
			assert_ok!(receive(ack.clone(), attest(&ack, &[1, 2])));
		}
		run_to_block(2 + TIMEOUT);
		assert!(matches!(status(THERE, 2), MessageStatus::Failed { .. }));
		let fee_of_2 = Outbound::<Test>::get(THERE, 2).unwrap().fee;
		assert_eq!(held(CLIENT), fee_of_2);

		// Within the retention nothing goes.
		settle(4);
		assert_ok!(request(CLIENT, 4, THERE));
		assert_eq!(OutboundPruned::<Test>::get(THERE), 0);
		end_block();

		run_to_block(2 + TIMEOUT + RETENTION);
		let free = Balances::balance(&CLIENT);
		settle(5);
		let fee_of_5 = Settlement::quote(THERE, Routing::Cheapest).unwrap().fee;
		assert_ok!(request(CLIENT, 5, THERE));
		// Two records per message sent: 1 (delivered) and 2 (failed, its fee refunded).
		assert_eq!(OutboundPruned::<Test>::get(THERE), 2);
		assert_eq!(Settlement::outbound_status(THERE, 1), None);
		assert_eq!(Settlement::outbound_status(THERE, 2), None);
		assert!(events().contains(&Event::FeeRefunded {
			target: THERE,
			nonce: 2,
			requester: CLIENT,
			fee: fee_of_2
		}));
		assert_eq!(Balances::balance(&CLIENT), free + fee_of_2 - fee_of_5);
		end_block();

		// 3 goes next; 4 is still awaited and stops the walk until it is final.
		settle(6);
		assert_ok!(request(CLIENT, 6, THERE));
		assert_eq!(OutboundPruned::<Test>::get(THERE), 3);
		assert!(Settlement::outbound_status(THERE, 4).is_some());
		end_block();
		settle(7);
		assert_ok!(request(CLIENT, 7, THERE));
		assert_eq!(OutboundPruned::<Test>::get(THERE), 3);
	});
}

#[test]
fn inbound_records_go_after_the_retention_and_replays_stay_refused() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		set_committee(THERE, &[1, 2, 3], 2);
		for nonce in 1..=3 {
			let message = from_there(nonce, MessageKind::JobSettled);
			assert_ok!(receive(message.clone(), attest(&message, &[1, 2])));
		}
		end_block();
		run_to_block(2 + RETENTION);
		let fourth = from_there(4, MessageKind::JobSettled);
		assert_ok!(receive(fourth.clone(), attest(&fourth, &[1, 2])));
		assert_eq!(InboundPruned::<Test>::get(THERE), 2);
		assert!(!Inbound::<Test>::contains_key(THERE, 1));
		assert!(Inbound::<Test>::contains_key(THERE, 3));
		// The acknowledgements sent for them went the same way.
		assert_eq!(OutboundPruned::<Test>::get(THERE), 2);

		let first = from_there(1, MessageKind::JobSettled);
		assert_noop!(
			receive(first.clone(), attest(&first, &[1, 2])),
			Error::<Test>::Replay
		);
	});
}

#[test]
fn the_light_client_chain_is_set_by_governance_only() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Settlement::set_light_client_chain(RuntimeOrigin::signed(CLIENT), Some(THERE)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Settlement::set_light_client_chain(RuntimeOrigin::root(), Some(HERE)),
			Error::<Test>::SameChain
		);
		assert_ok!(Settlement::set_light_client_chain(
			RuntimeOrigin::root(),
			Some(THERE)
		));
		assert_eq!(LightClientChain::<Test>::get(), Some(THERE));
		assert!(events().contains(&Event::LightClientChainSet { chain: Some(THERE) }));
		assert_ok!(Settlement::set_light_client_chain(
			RuntimeOrigin::root(),
			None
		));
		assert_eq!(LightClientChain::<Test>::get(), None);
	});
}

// ---- inbound ----

#[test]
fn a_message_with_enough_attestations_is_accepted_and_acknowledged() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		set_committee(THERE, &[1, 2, 3], 2);
		let message = from_there(1, MessageKind::JobSettled);
		assert_ok!(receive(message.clone(), attest(&message, &[3, 1])));
		let arrived = Inbound::<Test>::get(THERE, 1).unwrap();
		assert_eq!(
			(arrived.message.clone(), arrived.relayer, arrived.adapter),
			(message.clone(), RELAYER, Adapter::Attested)
		);
		assert_eq!(InboundNonces::<Test>::get(THERE), 1);
		// The acknowledgement goes back, free, in this block's commitment.
		let ack = Outbound::<Test>::get(THERE, 1).unwrap();
		assert_eq!(ack.message, message.acknowledgement(1));
		assert_eq!((ack.requester, ack.fee), (None, 0));
		assert_eq!(SettlementCommitment::find(&end_block()).unwrap().count, 1);
	});
}

#[test]
fn inbound_messages_are_refused_for_every_reason() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		let first = from_there(1, MessageKind::JobSettled);
		assert_noop!(
			receive(first.clone(), attest(&first, &[1, 2])),
			Error::<Test>::UnknownSource
		);
		set_committee(THERE, &[1, 2, 3], 2);

		assert_noop!(
			receive(first.clone(), attest(&first, &[1])),
			Error::<Test>::TooFewAttestations
		);
		assert_noop!(
			receive(first.clone(), attest(&first, &[1, 1])),
			Error::<Test>::DuplicateAttestation
		);
		assert_noop!(
			receive(first.clone(), attest(&first, &[1, 9])),
			Error::<Test>::InvalidProof
		);
		assert_noop!(
			receive(first.clone(), BoundedVec::truncate_from(vec![1, 2, 3])),
			Error::<Test>::MalformedProof
		);
		// Signatures over another message.
		let other = from_there(1, MessageKind::Acknowledgement);
		assert_noop!(
			receive(first.clone(), attest(&other, &[1, 2])),
			Error::<Test>::InvalidProof
		);

		let mut elsewhere = first.clone();
		elsewhere.target = ELSEWHERE;
		assert_noop!(
			receive(elsewhere.clone(), attest(&elsewhere, &[1, 2])),
			Error::<Test>::WrongTargetChain
		);
		let mut unknown = first.clone();
		unknown.source = ELSEWHERE;
		assert_noop!(
			receive(unknown.clone(), attest(&unknown, &[1, 2])),
			Error::<Test>::UnknownRoute
		);
		assert_noop!(
			Settlement::receive(
				RuntimeOrigin::signed(RELAYER),
				first.clone(),
				Adapter::Grandpa,
				attest(&first, &[1, 2])
			),
			Error::<Test>::AdapterNotOnRoute
		);

		let third = from_there(3, MessageKind::JobSettled);
		assert_noop!(
			receive(third.clone(), attest(&third, &[1, 2])),
			Error::<Test>::OutOfOrder
		);
		assert_ok!(receive(first.clone(), attest(&first, &[1, 2])));
		assert_noop!(
			receive(first.clone(), attest(&first, &[1, 2])),
			Error::<Test>::Replay
		);
		assert_noop!(
			Settlement::receive(
				RuntimeOrigin::none(),
				first.clone(),
				Adapter::Attested,
				attest(&first, &[1, 2])
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_high_s_signature_is_refused_and_v_may_be_27_or_28() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		set_committee(THERE, &[1, 2], 1);
		let message = from_there(1, MessageKind::JobSettled);
		let mut signature = attester(1).0.sign_prehashed(&message.hash().0).0;
		use k256::elliptic_curve::bigint::Encoding;
		// s' = n - s: the same key "signs" it, with the other parity.
		let n = k256::elliptic_curve::bigint::U256::from_be_hex(
			"FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141",
		);
		let s = k256::elliptic_curve::bigint::U256::from_be_slice(&signature[32..64]);
		let high = n.wrapping_sub(&s);
		let mut malleated = signature;
		malleated[32..64].copy_from_slice(&high.to_be_bytes());
		malleated[64] ^= 1;
		assert_eq!(recover_signer(&malleated, &message.hash()), None);
		assert_noop!(
			receive(
				message.clone(),
				BoundedVec::truncate_from(vec![malleated].encode())
			),
			Error::<Test>::InvalidProof
		);
		signature[64] += 27;
		assert_ok!(receive(
			message.clone(),
			BoundedVec::truncate_from(vec![signature].encode())
		));
	});
}

#[test]
fn a_rotated_committee_refuses_the_old_members() {
	new_test_ext().execute_with(|| {
		open_route(THERE);
		set_committee(THERE, &[1, 2, 3], 2);
		set_committee(THERE, &[4, 5, 6], 2);
		assert_eq!(Committees::<Test>::get(THERE).unwrap().set_id, 1);
		let message = from_there(1, MessageKind::JobSettled);
		assert_noop!(
			receive(message.clone(), attest(&message, &[1, 2])),
			Error::<Test>::InvalidProof
		);
		assert_ok!(receive(message.clone(), attest(&message, &[5, 6])));
	});
}

#[test]
fn the_light_client_adapter_needs_a_finalized_commitment_and_a_proof_under_it() {
	new_test_ext().execute_with(|| {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			THERE,
			Some(route(&[(Adapter::Grandpa, FEE, 5)], 100))
		));
		let first = from_there(1, MessageKind::JobSettled);
		let other = from_there(2, MessageKind::JobSettled);
		let hashes = vec![other.hash(), first.hash()];
		let root = aitbc_primitives::settlement::commitment_root(&hashes);
		let proof = |index: u32| {
			BoundedVec::truncate_from(
				LightClientProof {
					block: 40,
					proof: aitbc_primitives::settlement::commitment_proof(&hashes, index).unwrap(),
				}
				.encode(),
			)
		};
		let deliver = |proof| {
			Settlement::receive(
				RuntimeOrigin::signed(RELAYER),
				first.clone(),
				Adapter::Grandpa,
				proof,
			)
		};
		assert_noop!(deliver(proof(1)), Error::<Test>::HeaderNotFinalized);
		FINALIZED.with(|f| f.borrow_mut().insert((THERE, 40), root));
		// A proof of the other leaf does not prove this message.
		assert_noop!(deliver(proof(0)), Error::<Test>::NotCommitted);
		assert_noop!(
			deliver(BoundedVec::truncate_from(vec![0u8; 3])),
			Error::<Test>::MalformedProof
		);
		assert_ok!(deliver(proof(1)));
		assert_eq!(
			Inbound::<Test>::get(THERE, 1).unwrap().adapter,
			Adapter::Grandpa
		);
	});
}

// ---- governance ----

#[test]
fn routes_are_checked_and_set_by_governance_only() {
	new_test_ext().execute_with(|| {
		let good = route(&[(Adapter::Attested, FEE, 10)], 10);
		assert_noop!(
			Settlement::set_route(RuntimeOrigin::signed(CLIENT), THERE, Some(good.clone())),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Settlement::set_route(RuntimeOrigin::root(), HERE, Some(good.clone())),
			Error::<Test>::SameChain
		);
		assert_noop!(
			Settlement::set_route(RuntimeOrigin::root(), THERE, Some(route(&[], 10))),
			Error::<Test>::InvalidRoute
		);
		assert_noop!(
			Settlement::set_route(
				RuntimeOrigin::root(),
				THERE,
				Some(route(&[(Adapter::Attested, FEE, 10)], 0))
			),
			Error::<Test>::InvalidRoute
		);
		assert_noop!(
			Settlement::set_route(
				RuntimeOrigin::root(),
				THERE,
				Some(route(
					&[(Adapter::Attested, FEE, 10), (Adapter::Attested, 1, 1)],
					10
				))
			),
			Error::<Test>::DuplicateAdapter
		);
		GrandpaAvailable::set(false);
		assert_noop!(
			Settlement::set_route(
				RuntimeOrigin::root(),
				THERE,
				Some(route(&[(Adapter::Grandpa, FEE, 10)], 10))
			),
			Error::<Test>::AdapterUnavailable
		);
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			THERE,
			Some(good)
		));
		assert_ok!(Settlement::set_route(RuntimeOrigin::root(), THERE, None));
		assert!(!Routes::<Test>::contains_key(THERE));
		assert!(events().contains(&Event::RouteRemoved { chain: THERE }));
	});
}

#[test]
fn committees_are_checked_and_set_by_governance_only() {
	new_test_ext().execute_with(|| {
		let members = |seeds: &[u8]| {
			BoundedVec::truncate_from(seeds.iter().map(|s| attester(*s).1).collect::<Vec<_>>())
		};
		assert_noop!(
			Settlement::set_committee(RuntimeOrigin::signed(CLIENT), THERE, members(&[1]), 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Settlement::set_committee(RuntimeOrigin::root(), HERE, members(&[1]), 1),
			Error::<Test>::SameChain
		);
		assert_noop!(
			Settlement::set_committee(RuntimeOrigin::root(), THERE, members(&[1, 2]), 0),
			Error::<Test>::InvalidCommittee
		);
		assert_noop!(
			Settlement::set_committee(RuntimeOrigin::root(), THERE, members(&[1, 2]), 3),
			Error::<Test>::InvalidCommittee
		);
		assert_noop!(
			Settlement::set_committee(RuntimeOrigin::root(), THERE, members(&[1, 1]), 1),
			Error::<Test>::InvalidCommittee
		);
		assert_ok!(Settlement::set_committee(
			RuntimeOrigin::root(),
			THERE,
			members(&[1, 2]),
			2
		));
		assert!(events().contains(&Event::CommitteeSet {
			chain: THERE,
			set_id: 0,
			members: 2,
			threshold: 2
		}));
		assert_ok!(Settlement::set_committee(
			RuntimeOrigin::root(),
			THERE,
			members(&[]),
			0
		));
		assert!(!Committees::<Test>::contains_key(THERE));
	});
}

// ---- two chains ----

#[test]
fn a_job_settled_on_one_chain_is_delivered_to_another_and_acknowledged_back() {
	let mut here = chain_ext(HERE);
	let mut there = chain_ext(THERE);
	let light_client_route = || route(&[(Adapter::Grandpa, FEE, 5)], 100);

	// HERE: job 7 settles and its client asks for it to go THERE.
	let (message, root_here, proof_here) = here.execute_with(|| {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			THERE,
			Some(light_client_route())
		));
		settle(7);
		assert_ok!(request(CLIENT, 7, THERE));
		let root = SettlementCommitment::find(&end_block()).unwrap().root;
		let provable = Settlement::provable_message(THERE, 1).unwrap();
		(provable.message, root, provable.proof)
	});

	// THERE: the relayer proves it by HERE's finalized block 1.
	let (ack, root_there, proof_there) = there.execute_with(|| {
		assert_ok!(Settlement::set_route(
			RuntimeOrigin::root(),
			HERE,
			Some(light_client_route())
		));
		FINALIZED.with(|f| f.borrow_mut().insert((HERE, 1), root_here));
		let proof = LightClientProof {
			block: 1,
			proof: proof_here,
		};
		assert_ok!(Settlement::receive(
			RuntimeOrigin::signed(RELAYER),
			message.clone(),
			Adapter::Grandpa,
			BoundedVec::truncate_from(proof.encode())
		));
		assert_eq!(Inbound::<Test>::get(HERE, 1).unwrap().message.job_id, 7);
		let root = SettlementCommitment::find(&end_block()).unwrap().root;
		let provable = Settlement::provable_message(HERE, 1).unwrap();
		(provable.message, root, provable.proof)
	});
	assert_eq!(ack.kind, MessageKind::Acknowledgement);

	// HERE: the acknowledgement comes back; the relayer is paid.
	here.execute_with(|| {
		FINALIZED.with(|f| f.borrow_mut().insert((THERE, 1), root_there));
		let before = Balances::balance(&RELAYER);
		let proof = LightClientProof {
			block: 1,
			proof: proof_there,
		};
		assert_ok!(Settlement::receive(
			RuntimeOrigin::signed(RELAYER),
			ack,
			Adapter::Grandpa,
			BoundedVec::truncate_from(proof.encode())
		));
		assert!(matches!(status(THERE, 1), MessageStatus::Delivered { .. }));
		assert_eq!(Balances::balance(&RELAYER), before + FEE);
		check_invariants();
	});
}

// ---- the attested format, checked independently ----

/// The message encoded word by word as Solidity's `abi.encode` would, by hand.
fn abi_by_hand(m: &SettlementMessage) -> Vec<u8> {
	use sha3::{Digest, Keccak256};
	let uint = |v: u128| {
		let mut w = [0u8; 32];
		w[16..].copy_from_slice(&v.to_be_bytes());
		w
	};
	let domain: [u8; 32] = Keccak256::digest(b"AITBC/settlement-message/v1").into();
	let kind = match m.kind {
		MessageKind::JobSettled => 1,
		MessageKind::Acknowledgement => 2,
	};
	[
		domain,
		uint(kind),
		uint(m.source.into()),
		uint(m.target.into()),
		uint(m.nonce.into()),
		uint(m.job_id.into()),
		m.receipt_id,
		m.output_hash.0,
		uint(m.units.into()),
		uint(m.amount),
		m.token.0,
		m.client.0,
		m.operator.0,
		m.beneficiary.0,
	]
	.concat()
}

#[test]
fn the_attested_format_matches_an_independent_keccak_and_ecrecover() {
	use k256::ecdsa::{RecoveryId, Signature, SigningKey, VerifyingKey};
	use sha3::{Digest, Keccak256};
	new_test_ext().execute_with(|| {
		let message = from_there(1, MessageKind::JobSettled);
		let encoded = abi_by_hand(&message);
		assert_eq!(message.abi_encode(), encoded);
		let hash: [u8; 32] = Keccak256::digest(&encoded).into();
		assert_eq!(message.hash().0, hash);

		// Signed by k256, recovered by the pallet.
		let key = SigningKey::from_slice(&[7; 32]).unwrap();
		let (signature, recovery) = key.sign_prehash_recoverable(&hash).unwrap();
		let mut evm_signature = [0u8; 65];
		evm_signature[..64].copy_from_slice(&signature.to_bytes());
		evm_signature[64] = recovery.to_byte() + 27;
		assert_eq!(
			recover_signer(&evm_signature, &H256(hash)),
			Some(attester(7).1)
		);

		// Signed as the pallet's attesters sign (sp-core), recovered by k256 as ecrecover does.
		let ours = attester(7).0.sign_prehashed(&hash).0;
		let recovered = VerifyingKey::recover_from_prehash(
			&hash,
			&Signature::from_slice(&ours[..64]).unwrap(),
			RecoveryId::from_byte(ours[64]).unwrap(),
		)
		.unwrap();
		assert_eq!(recovered, *key.verifying_key());

		// And the pallet accepts the k256 signature as an attestation.
		open_route(THERE);
		set_committee(THERE, &[7], 1);
		assert_ok!(receive(
			message,
			BoundedVec::truncate_from(vec![evm_signature].encode())
		));
	});
}
