//! Every state transition and every refusal, and the conservation of funds.

use crate::{mock::Disputes, mock::*, pallet::*, types::*};
use aitbc_primitives::{
	traits::{EscrowLedger, JobEnd, JobRegistry, JobStatus, Offence, OffenceKind},
	DisputeId, JobId,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{Get, Hooks, Randomness},
};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill};

const ESCROWED: Balance = 1_000;
/// A dispute filed at block 1: evidence ends at 11 (requesting the panel), the panel is drawn
/// at 12, votes are committed until 17 and revealed until 22, the appeal window of the first
/// ruling ends at 27.
const EVIDENCE_END: BlockNumber = 1 + EVIDENCE_PERIOD;
/// The evidence deadline requests the panel; the next block draws it.
const DRAWN: BlockNumber = EVIDENCE_END + 1;
const COMMIT_END: BlockNumber = DRAWN + COMMIT_PERIOD;
const REVEAL_END: BlockNumber = COMMIT_END + REVEAL_PERIOD;
const APPEAL_END: BlockNumber = REVEAL_END + APPEAL_PERIOD;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn join(count: u64) {
	for i in 0..count {
		assert_ok!(Disputes::join_arbiters(
			signed(arbiter(i)),
			MIN_ARBITER_STAKE
		));
	}
}

fn new_job() -> JobId {
	MockServices::add_job(CLIENT, vec![OPERATOR, OTHER_OPERATOR], ESCROWED)
}

/// The client disputes a new job against `OPERATOR`.
fn file_by_client() -> (JobId, DisputeId) {
	let job_id = new_job();
	let dispute_id = NextDisputeId::<Test>::get();
	assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
	(job_id, dispute_id)
}

fn uri(text: &[u8]) -> UriOf<Test> {
	text.to_vec().try_into().unwrap()
}

fn evidence(who: AccountId, dispute_id: DisputeId) -> DispatchResult {
	Disputes::submit_evidence(
		signed(who),
		dispute_id,
		H256::repeat_byte(7),
		uri(b"ipfs://log"),
	)
}

/// Filed by the client, answered by the operator, with a panel seated at the evidence deadline.
fn under_review() -> (JobId, DisputeId, Vec<AccountId>) {
	let (job_id, dispute_id) = file_by_client();
	assert_ok!(evidence(OPERATOR, dispute_id));
	run_to_block(DRAWN);
	(job_id, dispute_id, panel(dispute_id))
}

fn panel(dispute_id: DisputeId) -> Vec<AccountId> {
	Panels::<Test>::get(dispute_id)
		.into_iter()
		.map(|seat| seat.arbiter)
		.collect()
}

fn status(dispute_id: DisputeId) -> DisputeStatus<BlockNumber> {
	crate::Disputes::<Test>::get(dispute_id).unwrap().status
}

fn salt(who: AccountId) -> [u8; 32] {
	[u8::try_from(who).unwrap(); 32]
}

fn commit(dispute_id: DisputeId, who: AccountId, ruling: Ruling) -> DispatchResult {
	Disputes::commit_vote(
		signed(who),
		dispute_id,
		commitment_of(dispute_id, &who, &ruling, &salt(who)),
	)
}

fn reveal(dispute_id: DisputeId, who: AccountId, ruling: Ruling) -> DispatchResult {
	Disputes::reveal_vote(signed(who), dispute_id, ruling, salt(who))
}

/// Commit every vote now, go to `commit_end` and reveal them all.
fn vote(dispute_id: DisputeId, commit_end: BlockNumber, votes: &[(AccountId, Ruling)]) {
	for (who, ruling) in votes {
		assert_ok!(commit(dispute_id, *who, *ruling));
	}
	run_to_block(commit_end);
	for (who, ruling) in votes {
		assert_ok!(reveal(dispute_id, *who, *ruling));
	}
}

fn event(event: Event<Test>) {
	System::assert_has_event(event.into());
}

fn offence(fraction: Perbill) -> Offence<AccountId> {
	Offence {
		offender: OPERATOR,
		blueprint_id: BLUEPRINT,
		service_id: Some(101),
		fraction,
		kind: OffenceKind::DisputeLost,
	}
}

fn receipt_offence(fraction: Perbill) -> Offence<AccountId> {
	Offence {
		kind: OffenceKind::InvalidReceipt,
		..offence(fraction)
	}
}

/// A job whose result `OPERATOR` submitted now.
fn job_with_result() -> JobId {
	let job_id = new_job();
	assert_ok!(MockServices::submit_result(job_id, OPERATOR));
	job_id
}

/// A job whose result `OPERATOR` submitted now and whose receipt settled it: `OPERATOR` was
/// paid everything escrowed.
fn settled_job() -> JobId {
	let job_id = job_with_result();
	assert_ok!(MockServices::claim_and_settle(job_id));
	assert_eq!(MockServices::status(job_id), JobStatus::Settled);
	job_id
}

fn record(dispute_id: DisputeId) -> DisputeOf<Test> {
	crate::Disputes::<Test>::get(dispute_id).unwrap()
}

type DispatchResult = sp_runtime::DispatchResult;

// ---- arbiters ----

#[test]
fn arbiters_join_add_stake_and_leave() {
	build_and_execute(|| {
		assert_ok!(Disputes::join_arbiters(
			signed(arbiter(0)),
			MIN_ARBITER_STAKE
		));
		assert_eq!(stake_held(arbiter(0)), MIN_ARBITER_STAKE);
		event(Event::ArbiterJoined {
			who: arbiter(0),
			stake: MIN_ARBITER_STAKE,
		});

		assert_ok!(Disputes::add_arbiter_stake(signed(arbiter(0)), 500));
		assert_eq!(stake_held(arbiter(0)), 1_500);
		assert_eq!(Arbiters::<Test>::get(arbiter(0)).unwrap().stake, 1_500);
		event(Event::ArbiterStakeAdded {
			who: arbiter(0),
			amount: 500,
		});

		assert_ok!(Disputes::leave_arbiters(signed(arbiter(0))));
		assert_eq!(stake_held(arbiter(0)), 0);
		assert_eq!(free(arbiter(0)), FUNDS);
		assert!(ArbiterPool::<Test>::get().is_empty());
		event(Event::ArbiterLeft {
			who: arbiter(0),
			stake: 1_500,
		});
	});
}

#[test]
fn joining_refusals() {
	build_and_execute(|| {
		assert_noop!(
			Disputes::join_arbiters(signed(arbiter(0)), MIN_ARBITER_STAKE - 1),
			Error::<Test>::StakeTooLow
		);
		assert_noop!(
			Disputes::join_arbiters(signed(arbiter(0)), FUNDS * 2),
			sp_runtime::TokenError::FundsUnavailable
		);
		join(1);
		assert_noop!(
			Disputes::join_arbiters(signed(arbiter(0)), MIN_ARBITER_STAKE),
			Error::<Test>::AlreadyArbiter
		);
		for i in 1..u64::from(MAX_ARBITERS) {
			assert_ok!(Disputes::join_arbiters(
				signed(arbiter(i)),
				MIN_ARBITER_STAKE
			));
		}
		// A full pool takes only a stake above its lowest one (see the eviction tests).
		assert_noop!(
			Disputes::join_arbiters(signed(arbiter(u64::from(MAX_ARBITERS))), MIN_ARBITER_STAKE),
			Error::<Test>::StakeNotAboveLowest
		);
	});
}

#[test]
fn strangers_cannot_add_stake_or_leave() {
	build_and_execute(|| {
		assert_noop!(
			Disputes::add_arbiter_stake(signed(STRANGER), 5),
			Error::<Test>::NotArbiter
		);
		assert_noop!(
			Disputes::leave_arbiters(signed(STRANGER)),
			Error::<Test>::NotArbiter
		);
	});
}

#[test]
fn a_seated_arbiter_cannot_leave_until_the_dispute_is_resolved() {
	build_and_execute(|| {
		join(3);
		let (_, dispute_id, seated) = under_review();
		assert_eq!(seated.len(), 3);
		assert_noop!(
			Disputes::leave_arbiters(signed(seated[0])),
			Error::<Test>::SeatedOnPanel
		);
		assert_eq!(Arbiters::<Test>::get(seated[0]).unwrap().seats, 1);

		let votes: Vec<_> = seated.iter().map(|who| (*who, Ruling::Client)).collect();
		vote(dispute_id, COMMIT_END, &votes);
		run_to_block(APPEAL_END);
		assert!(matches!(status(dispute_id), DisputeStatus::Resolved { .. }));
		assert_eq!(Arbiters::<Test>::get(seated[0]).unwrap().seats, 0);
		assert_ok!(Disputes::leave_arbiters(signed(seated[0])));
	});
}

/// Every arbiter account 0..MAX_ARBITERS joins with the minimum stake: the pool is full.
fn fill_pool() {
	join(u64::from(MAX_ARBITERS));
	assert_eq!(ArbiterPool::<Test>::get().len(), MAX_ARBITERS as usize);
}

/// The attack: sybils fill the pool with the minimum stake and hold it. Now any newcomer
/// with more stake evicts the lowest of them, whose stake is simply released; a newcomer not
/// above the lowest is refused.
#[test]
fn a_pool_filled_by_sybils_is_taken_by_a_higher_stake() {
	build_and_execute(|| {
		fill_pool();
		let sybil_ait: Balance = (0..u64::from(MAX_ARBITERS))
			.map(|i| free(arbiter(i)) + stake_held(arbiter(i)))
			.sum();
		let honest = arbiter(u64::from(MAX_ARBITERS));
		assert_noop!(
			Disputes::join_arbiters(signed(honest), MIN_ARBITER_STAKE),
			Error::<Test>::StakeNotAboveLowest
		);
		assert_ok!(Disputes::join_arbiters(
			signed(honest),
			MIN_ARBITER_STAKE + 1
		));
		// The newest of the equally low sybils goes; its stake is free again.
		let evicted = arbiter(u64::from(MAX_ARBITERS) - 1);
		event(Event::ArbiterEvicted {
			who: evicted,
			stake: MIN_ARBITER_STAKE,
			by: honest,
		});
		assert!(Arbiters::<Test>::get(evicted).is_none());
		assert!(!ArbiterPool::<Test>::get().contains(&evicted));
		assert!(ArbiterPool::<Test>::get().contains(&honest));
		assert_eq!(ArbiterPool::<Test>::get().len(), MAX_ARBITERS as usize);
		assert_eq!(stake_held(evicted), 0);
		assert_eq!(free(evicted), FUNDS);
		let sybil_after: Balance = (0..u64::from(MAX_ARBITERS))
			.map(|i| free(arbiter(i)) + stake_held(arbiter(i)))
			.sum();
		println!("sybils' AIT before {sybil_ait}, after {sybil_after}; pool seats held 10 -> 9");
		assert_eq!(sybil_after, sybil_ait);

		// Raising a stake counts: the sybil that tops up stays, the next lowest goes.
		let topped = arbiter(u64::from(MAX_ARBITERS) - 2);
		assert_ok!(Disputes::add_arbiter_stake(signed(topped), 10));
		assert_ok!(Disputes::join_arbiters(
			signed(evicted),
			MIN_ARBITER_STAKE + 1
		));
		assert!(Arbiters::<Test>::get(topped).is_some());
		event(Event::ArbiterEvicted {
			who: arbiter(u64::from(MAX_ARBITERS) - 3),
			stake: MIN_ARBITER_STAKE,
			by: evicted,
		});
	});
}

#[test]
fn seated_arbiters_are_never_evicted() {
	build_and_execute(|| {
		fill_pool();
		let newcomer = arbiter(u64::from(MAX_ARBITERS));
		let pool: Vec<AccountId> = ArbiterPool::<Test>::get().into_inner();
		// Every arbiter seated: nobody can be evicted.
		Disputes::seat(&pool);
		assert_noop!(
			Disputes::join_arbiters(signed(newcomer), MIN_ARBITER_STAKE * 100),
			Error::<Test>::TooManyArbiters
		);
		pool.iter().for_each(Disputes::unseat);

		// The lowest arbiter is seated: the lowest of the others goes instead, and the one
		// compared with is that one.
		let (_, dispute_id, seated) = under_review();
		for who in &pool {
			if !seated.contains(who) {
				assert_ok!(Disputes::add_arbiter_stake(signed(*who), 10));
			}
		}
		assert_noop!(
			Disputes::join_arbiters(signed(newcomer), MIN_ARBITER_STAKE + 10),
			Error::<Test>::StakeNotAboveLowest
		);
		assert_ok!(Disputes::join_arbiters(
			signed(newcomer),
			MIN_ARBITER_STAKE + 11
		));
		for who in &seated {
			assert!(Arbiters::<Test>::get(who).is_some());
		}
		assert_eq!(ArbiterPool::<Test>::get().len(), MAX_ARBITERS as usize);
		assert!(!panel(dispute_id).is_empty());
	});
}

#[test]
fn added_stake_warms_up_before_it_counts() {
	build_and_execute(|| {
		join(1);
		let info = Arbiters::<Test>::get(arbiter(0)).unwrap();
		assert_eq!((info.warming, info.warming_since), (MIN_ARBITER_STAKE, 1));
		assert_eq!(info.drawable_stake(ARBITER_WARMUP, ARBITER_WARMUP), 0);
		assert_eq!(
			info.drawable_stake(1 + ARBITER_WARMUP, ARBITER_WARMUP),
			MIN_ARBITER_STAKE
		);
		run_to_block(20);
		assert_ok!(Disputes::add_arbiter_stake(signed(arbiter(0)), 500));
		let info = Arbiters::<Test>::get(arbiter(0)).unwrap();
		assert_eq!(info.drawable_stake(20, ARBITER_WARMUP), MIN_ARBITER_STAKE);
		assert_eq!(
			info.drawable_stake(20 + ARBITER_WARMUP, ARBITER_WARMUP),
			MIN_ARBITER_STAKE + 500
		);
		// More before the first part warmed up: both warm up from the later block.
		run_to_block(22);
		assert_ok!(Disputes::add_arbiter_stake(signed(arbiter(0)), 100));
		let info = Arbiters::<Test>::get(arbiter(0)).unwrap();
		assert_eq!(info.warming, 600);
		assert_eq!(
			info.drawable_stake(20 + ARBITER_WARMUP, ARBITER_WARMUP),
			MIN_ARBITER_STAKE
		);
		assert_eq!(
			info.drawable_stake(22 + ARBITER_WARMUP, ARBITER_WARMUP),
			MIN_ARBITER_STAKE + 600
		);
	});
}

// ---- filing ----

#[test]
fn the_client_files_a_dispute() {
	build_and_execute(|| {
		let (job_id, dispute_id) = file_by_client();
		assert_eq!(bond_held(CLIENT), FILING_BOND);
		assert!(MockEscrow::escrow_of(job_id).unwrap().frozen);
		assert_eq!(DisputeOfJob::<Test>::get(job_id), Some(dispute_id));
		let dispute = record(dispute_id);
		assert_eq!(dispute.status, DisputeStatus::Filed);
		assert_eq!(
			(dispute.client, dispute.operator, dispute.filer),
			(CLIENT, OPERATOR, Side::Client)
		);
		assert_eq!(
			(dispute.kind, dispute.job_value),
			(DisputeKind::Payment, ESCROWED)
		);
		assert_eq!(MockServices::status(job_id), JobStatus::Disputed);
		assert_eq!(dispute.deadline, EVIDENCE_END);
		assert_eq!(
			Deadlines::<Test>::get(EVIDENCE_END).into_inner(),
			vec![dispute_id]
		);
		event(Event::DisputeFiled {
			dispute_id,
			job_id,
			kind: DisputeKind::Payment,
			filer: CLIENT,
			respondent: OPERATOR,
			bond: FILING_BOND,
			evidence_end: EVIDENCE_END,
		});
	});
}

#[test]
fn the_operator_of_the_result_files_against_the_client() {
	build_and_execute(|| {
		let job_id = new_job();
		assert_ok!(MockServices::submit_result(job_id, OTHER_OPERATOR));
		assert_ok!(Disputes::file_dispute(
			signed(OTHER_OPERATOR),
			job_id,
			CLIENT
		));
		let dispute = record(0);
		assert_eq!(
			(dispute.client, dispute.operator, dispute.filer),
			(CLIENT, OTHER_OPERATOR, Side::Operator)
		);
		assert_eq!(dispute.kind, DisputeKind::Payment);
		assert_eq!(bond_held(OTHER_OPERATOR), FILING_BOND);
		assert_eq!(MockServices::status(job_id), JobStatus::Disputed);
		assert!(MockEscrow::escrow_of(job_id).unwrap().frozen);
	});
}

#[test]
fn an_operator_cannot_dispute_a_job_it_never_worked_on() {
	build_and_execute(|| {
		// No result yet: no operator has a claim to the escrow.
		let job_id = new_job();
		assert_noop!(
			Disputes::file_dispute(signed(OPERATOR), job_id, CLIENT),
			Error::<Test>::NoResultSubmitted
		);
		// Another operator's result: only that one may file.
		assert_ok!(MockServices::submit_result(job_id, OPERATOR));
		assert_noop!(
			Disputes::file_dispute(signed(OTHER_OPERATOR), job_id, CLIENT),
			Error::<Test>::NotResultOperator
		);
		assert_ok!(MockServices::claim_and_settle(job_id));
		// Nor once the job settled (a receipt dispute is the client's).
		assert_noop!(
			Disputes::file_dispute(signed(OTHER_OPERATOR), job_id, CLIENT),
			Error::<Test>::NotTheClient
		);
		assert_eq!(bond_held(OPERATOR) + bond_held(OTHER_OPERATOR), 0);
	});
}

#[test]
fn the_client_must_name_the_operator_of_the_result() {
	build_and_execute(|| {
		let job_id = job_with_result();
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OTHER_OPERATOR),
			Error::<Test>::NotResultOperator
		);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
	});
}

#[test]
fn the_client_disputes_a_claimed_job_during_its_challenge_window() {
	build_and_execute(|| {
		let job_id = job_with_result();
		assert_ok!(MockServices::claim(job_id, &OPERATOR, OUTPUT));
		assert_eq!(MockServices::status(job_id), JobStatus::Claimed);
		// Long after the call: a payment dispute is open as long as the job is.
		run_to_block(1 + DISPUTE_WINDOW * 3);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
		// The claim is void from now on: the job is disputed and its escrow frozen.
		assert_eq!(MockServices::status(job_id), JobStatus::Disputed);
		assert!(MockEscrow::escrow_of(job_id).unwrap().frozen);
		assert_noop!(
			MockServices::claim_and_settle(job_id),
			DispatchError::Other("job not in a state that allows this")
		);
	});
}

#[test]
fn filing_refusals() {
	build_and_execute(|| {
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), 99, OPERATOR),
			Error::<Test>::JobNotFound
		);
		let job_id = new_job();
		assert_noop!(
			Disputes::file_dispute(signed(STRANGER), job_id, OPERATOR),
			Error::<Test>::NotAParty
		);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, STRANGER),
			Error::<Test>::InvalidCounterparty
		);
		let with_result = job_with_result();
		assert_noop!(
			Disputes::file_dispute(signed(OPERATOR), with_result, STRANGER),
			Error::<Test>::InvalidCounterparty
		);
		assert_noop!(
			Disputes::file_dispute(signed(STRANGER), with_result, CLIENT),
			Error::<Test>::NotAParty
		);
		let own_service = MockServices::add_job(CLIENT, vec![CLIENT], ESCROWED);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), own_service, CLIENT),
			Error::<Test>::InvalidCounterparty
		);

		for ended in [
			JobStatus::Resolved,
			JobStatus::Cancelled,
			JobStatus::TimedOut,
			JobStatus::Withdrawn,
		] {
			MockServices::set_status(job_id, ended);
			assert_noop!(
				Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
				Error::<Test>::JobClosed
			);
		}
		MockServices::set_status(job_id, JobStatus::Disputed);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::AlreadyDisputed
		);
		// A settled job without a result (not a state the registry makes) has no receipt.
		MockServices::set_status(job_id, JobStatus::Settled);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::NoResultSubmitted
		);
		MockServices::set_status(job_id, JobStatus::Called);

		let unfunded = MockServices::add_job(CLIENT, vec![OPERATOR], 0);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), unfunded, OPERATOR),
			Error::<Test>::NoOpenEscrow
		);

		assert_ok!(MockEscrow::freeze(job_id));
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::EscrowFrozen
		);
		assert_ok!(MockEscrow::unfreeze(job_id));

		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
		assert_noop!(
			Disputes::file_dispute(signed(OPERATOR), job_id, CLIENT),
			Error::<Test>::AlreadyDisputed
		);
	});
}

#[test]
fn a_payment_dispute_is_not_bound_to_the_receipt_window() {
	build_and_execute(|| {
		let job_id = new_job();
		run_to_block(1 + DISPUTE_WINDOW * 2);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
	});
}

#[test]
fn late_receipt_disputes_are_refused() {
	build_and_execute(|| {
		// The result is submitted at block 5; the receipt window counts from there.
		run_to_block(5);
		let job_id = settled_job();
		run_to_block(5 + DISPUTE_WINDOW + 1);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::DisputeWindowClosed
		);
	});
}

#[test]
fn a_receipt_dispute_on_the_last_block_of_the_window_works() {
	build_and_execute(|| {
		run_to_block(5);
		let job_id = settled_job();
		run_to_block(5 + DISPUTE_WINDOW);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
	});
}

#[test]
fn a_filer_who_cannot_pay_the_bond_is_refused() {
	build_and_execute(|| {
		let job_id = MockServices::add_job(CLIENT, vec![OPERATOR], FUNDS - 50);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn a_full_deadline_queue_moves_to_the_next_block_and_refuses_when_all_are_full() {
	build_and_execute(|| {
		for _ in 0..MAX_DEADLINES_PER_BLOCK {
			file_by_client();
		}
		let (_, overflowed) = file_by_client();
		assert_eq!(record(overflowed).deadline, EVIDENCE_END);
		assert_eq!(
			Deadlines::<Test>::get(EVIDENCE_END + 1).into_inner(),
			vec![overflowed]
		);

		let full: frame_support::BoundedVec<DisputeId, _> =
			vec![1_000; MAX_DEADLINES_PER_BLOCK as usize]
				.try_into()
				.unwrap();
		for block in EVIDENCE_END..EVIDENCE_END + u64::from(crate::SCHEDULE_SCAN) {
			Deadlines::<Test>::insert(block, full.clone());
		}
		let job_id = new_job();
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::DeadlineQueueFull
		);
	});
}

#[test]
fn an_overflowed_deadline_is_processed_one_block_late() {
	build_and_execute(|| {
		for _ in 0..=MAX_DEADLINES_PER_BLOCK {
			file_by_client();
		}
		run_to_block(EVIDENCE_END);
		assert!(matches!(status(0), DisputeStatus::Resolved { .. }));
		assert!(matches!(status(1), DisputeStatus::Resolved { .. }));
		assert_eq!(status(2), DisputeStatus::Filed);
		run_to_block(EVIDENCE_END + 1);
		assert!(matches!(status(2), DisputeStatus::Resolved { .. }));
	});
}

// ---- evidence ----

#[test]
fn evidence_from_both_sides_and_the_respondent_bond() {
	build_and_execute(|| {
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(CLIENT, dispute_id));
		assert_eq!(status(dispute_id), DisputeStatus::Filed);
		event(Event::EvidenceSubmitted {
			dispute_id,
			side: Side::Client,
			hash: H256::repeat_byte(7),
		});

		assert_ok!(evidence(OPERATOR, dispute_id));
		assert_eq!(status(dispute_id), DisputeStatus::EvidenceSubmitted);
		assert_eq!(bond_held(OPERATOR), FILING_BOND);
		assert_eq!(record(dispute_id).operator_bond, FILING_BOND);
		event(Event::Responded {
			dispute_id,
			respondent: OPERATOR,
			bond: FILING_BOND,
		});

		// A second item costs nothing more.
		assert_ok!(evidence(OPERATOR, dispute_id));
		assert_eq!(bond_held(OPERATOR), FILING_BOND);
		assert_eq!(Evidence::<Test>::get(dispute_id, Side::Operator).len(), 2);
		assert_eq!(Evidence::<Test>::get(dispute_id, Side::Client).len(), 1);
	});
}

#[test]
fn evidence_refusals() {
	build_and_execute(|| {
		assert_noop!(evidence(CLIENT, 9), Error::<Test>::DisputeNotFound);
		let (_, dispute_id) = file_by_client();
		assert_noop!(evidence(STRANGER, dispute_id), Error::<Test>::NotAParty);
		// The other operator of the service is not the respondent.
		assert_noop!(
			evidence(OTHER_OPERATOR, dispute_id),
			Error::<Test>::NotAParty
		);
		assert_ok!(evidence(CLIENT, dispute_id));
		assert_ok!(evidence(CLIENT, dispute_id));
		assert_noop!(evidence(CLIENT, dispute_id), Error::<Test>::TooMuchEvidence);
	});
}

#[test]
fn evidence_after_the_deadline_is_refused() {
	build_and_execute(|| {
		join(3);
		let (_, dispute_id, _) = under_review();
		assert_noop!(
			evidence(CLIENT, dispute_id),
			Error::<Test>::EvidencePeriodOver
		);
		assert_noop!(
			evidence(OPERATOR, dispute_id),
			Error::<Test>::EvidencePeriodOver
		);
	});
}

#[test]
fn a_uri_longer_than_the_bound_does_not_decode() {
	let too_long: Result<UriOf<Test>, _> = vec![0u8; 17].try_into();
	assert!(too_long.is_err());
}

// ---- default judgement ----

#[test]
fn a_silent_operator_loses_by_default() {
	build_and_execute(|| {
		let (job_id, dispute_id) = file_by_client();
		run_to_block(EVIDENCE_END);
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Resolved {
				ruling: Ruling::Client,
				by: ResolvedBy::Default
			}
		);
		assert_eq!(free(CLIENT), FUNDS);
		assert_eq!(bond_held(CLIENT), 0);
		assert!(MockEscrow::escrow_of(job_id).is_none());
		assert_eq!(DisputeOfJob::<Test>::get(job_id), None);
		assert_eq!(reported(), vec![offence(DISPUTE_LOST_FRACTION)]);
		event(Event::DisputeResolved {
			dispute_id,
			ruling: Ruling::Client,
			by: ResolvedBy::Default,
			to_operator: 0,
			to_client: ESCROWED,
		});
	});
}

#[test]
fn a_silent_client_loses_by_default() {
	build_and_execute(|| {
		let job_id = job_with_result();
		assert_ok!(Disputes::file_dispute(signed(OPERATOR), job_id, CLIENT));
		run_to_block(EVIDENCE_END);
		assert_eq!(
			status(0),
			DisputeStatus::Resolved {
				ruling: Ruling::Operator,
				by: ResolvedBy::Default
			}
		);
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED);
		assert!(reported().is_empty());
		assert_eq!(MockServices::closed(), vec![(job_id, JobEnd::Resolved)]);
	});
}

#[test]
fn a_default_judgment_scales_the_offence_with_the_job_value() {
	build_and_execute(|| {
		// A tenth of `FullSlashJobValue`: a tenth of the fraction.
		let small = MockServices::add_job(CLIENT, vec![OPERATOR], FULL_SLASH_JOB_VALUE / 10);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), small, OPERATOR));
		// Five times `FullSlashJobValue`: the whole fraction, no more.
		let large = MockServices::add_job(CLIENT, vec![OPERATOR], FULL_SLASH_JOB_VALUE * 5);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), large, OPERATOR));
		assert_eq!(record(0).job_value, FULL_SLASH_JOB_VALUE / 10);
		run_to_block(EVIDENCE_END);
		assert_eq!(
			reported(),
			vec![
				offence(Perbill::from_parts(5_000_000)),
				Offence {
					service_id: Some(100 + large),
					..offence(DISPUTE_LOST_FRACTION)
				},
			]
		);
		assert_eq!(
			Perbill::from_parts(5_000_000),
			DISPUTE_LOST_FRACTION * Perbill::from_percent(10)
		);
	});
}

#[test]
fn a_panel_ruling_reports_the_whole_fraction_even_for_a_small_job() {
	build_and_execute(|| {
		join(3);
		let job_id = MockServices::add_job(CLIENT, vec![OPERATOR], FULL_SLASH_JOB_VALUE / 10);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
		assert_ok!(evidence(OPERATOR, 0));
		run_to_block(DRAWN);
		let votes: Vec<_> = panel(0).iter().map(|who| (*who, Ruling::Client)).collect();
		vote(0, COMMIT_END, &votes);
		run_to_block(APPEAL_END);
		assert_eq!(reported(), vec![offence(DISPUTE_LOST_FRACTION)]);
	});
}

#[test]
fn a_resolved_dispute_is_pruned_after_the_retention_period() {
	build_and_execute(|| {
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(CLIENT, dispute_id));
		run_to_block(EVIDENCE_END + RESOLVED_RETENTION - 1);
		assert!(crate::Disputes::<Test>::get(dispute_id).is_some());
		run_to_block(EVIDENCE_END + RESOLVED_RETENTION);
		assert!(crate::Disputes::<Test>::get(dispute_id).is_none());
		assert!(Evidence::<Test>::get(dispute_id, Side::Client).is_empty());
		event(Event::DisputePruned { dispute_id });
	});
}

// ---- panels and votes ----

#[test]
fn the_panel_is_drawn_at_the_evidence_deadline_without_the_parties() {
	build_and_execute(|| {
		join(5);
		// The operator is an arbiter too, and must never judge its own dispute.
		assert_ok!(Disputes::join_arbiters(
			signed(OPERATOR),
			MIN_ARBITER_STAKE * 100
		));
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(OPERATOR, dispute_id));
		run_to_block(EVIDENCE_END - 1);
		assert!(Panels::<Test>::get(dispute_id).is_empty());
		run_to_block(EVIDENCE_END);
		// The deadline only requested the panel; it is drawn in the next block.
		assert!(Panels::<Test>::get(dispute_id).is_empty());
		assert_eq!(
			status(dispute_id),
			DisputeStatus::AwaitingPanel {
				requested_at: EVIDENCE_END
			}
		);
		event(Event::PanelRequested {
			dispute_id,
			round: 0,
			requested_at: EVIDENCE_END,
		});
		run_to_block(DRAWN);
		let seated = panel(dispute_id);
		assert_eq!(seated.len(), 3);
		assert!(!seated.contains(&OPERATOR) && !seated.contains(&CLIENT));
		let mut unique = seated.clone();
		unique.sort();
		unique.dedup();
		assert_eq!(unique.len(), 3);
		assert_eq!(
			status(dispute_id),
			DisputeStatus::UnderReview {
				phase: ReviewPhase::Voting {
					commit_end: COMMIT_END,
					reveal_end: REVEAL_END
				}
			}
		);
		event(Event::PanelDrawn {
			dispute_id,
			round: 0,
			arbiters: seated,
			commit_end: COMMIT_END,
			reveal_end: REVEAL_END,
		});
	});
}

#[test]
fn the_draw_favours_stake() {
	build_and_execute(|| {
		// Arbiter 0 holds 100 times the stake of each of the others.
		assert_ok!(Disputes::join_arbiters(
			signed(arbiter(0)),
			MIN_ARBITER_STAKE * 100
		));
		for i in 1..9 {
			assert_ok!(Disputes::join_arbiters(
				signed(arbiter(i)),
				MIN_ARBITER_STAKE
			));
		}
		let mut seated_heavy = 0;
		for seed in 0..20u64 {
			let drawn =
				Disputes::select_panel(&seed.to_le_bytes(), 1, 1 + ARBITER_WARMUP, |_| false)
					.unwrap();
			if drawn == vec![arbiter(0)] {
				seated_heavy += 1;
			}
		}
		assert!(
			seated_heavy >= 15,
			"heavy arbiter drawn {seated_heavy} of 20 times"
		);
	});
}

/// The attack: once a draw is predictable, bond stake (a new sybil, or more on an existing
/// one) so that it weighs in the draw. Stake bonded after the request, or less than
/// `ArbiterWarmup` blocks before it, does not count.
#[test]
fn stake_added_after_the_request_is_not_drawn() {
	let mut heavy_seated = 0;
	for seed in 0..20u64 {
		build_and_execute(|| {
			RandomSeed::put(seed);
			join(6);
			let (_, dispute_id) = file_by_client();
			assert_ok!(evidence(OPERATOR, dispute_id));
			// A block before the request: too late to warm up.
			run_to_block(EVIDENCE_END - 1);
			assert_ok!(Disputes::join_arbiters(
				signed(arbiter(6)),
				MIN_ARBITER_STAKE * 500
			));
			// The request is made at the start of EVIDENCE_END; the attacker acts after it, in
			// the same block, knowing who is eligible.
			run_to_block(EVIDENCE_END);
			assert_ok!(Disputes::join_arbiters(
				signed(arbiter(7)),
				MIN_ARBITER_STAKE * 500
			));
			assert_ok!(Disputes::add_arbiter_stake(
				signed(arbiter(0)),
				MIN_ARBITER_STAKE * 500
			));
			run_to_block(DRAWN);
			let seated = panel(dispute_id);
			assert_eq!(seated.len(), 3);
			assert!(!seated.contains(&arbiter(6)) && !seated.contains(&arbiter(7)));
			if seated.contains(&arbiter(0)) {
				heavy_seated += 1;
			}
		});
	}
	// Counted, arbiter 0's five-hundredfold stake would seat it every time; warmed up, it holds
	// one sixth of the stake and sits on about half of the panels of three.
	assert!(
		heavy_seated < 16,
		"arbiter 0 seated {heavy_seated} of 20 times"
	);
}

/// The attack: sit on a panel that decides about one's own money. The parties, the other
/// operators of the job's service and the operator's delegators are never drawn, even with
/// almost all of the stake.
#[test]
fn stakeholders_of_a_dispute_are_never_drawn() {
	build_and_execute(|| {
		let co_operator = arbiter(0);
		let delegator = arbiter(1);
		MockDelegations::delegate(delegator, OPERATOR);
		let stakeholders = [CLIENT, OPERATOR, co_operator, delegator];
		for who in stakeholders {
			assert_ok!(Disputes::join_arbiters(
				signed(who),
				MIN_ARBITER_STAKE * 100
			));
		}
		for i in 2..8 {
			assert_ok!(Disputes::join_arbiters(
				signed(arbiter(i)),
				MIN_ARBITER_STAKE
			));
		}
		let job_id = MockServices::add_job(CLIENT, vec![OPERATOR, co_operator], ESCROWED);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
		let dispute = record(0);
		let requested_at = 1 + ARBITER_WARMUP;
		let mut would_sit = 0;
		for seed in 0..200u64 {
			let drawn = Disputes::select_panel(&seed.to_le_bytes(), 3, requested_at, |who| {
				Disputes::is_stakeholder(&dispute, who)
			})
			.unwrap();
			assert!(drawn.iter().all(|who| !stakeholders.contains(who)));
			let unfiltered =
				Disputes::select_panel(&seed.to_le_bytes(), 3, requested_at, |_| false).unwrap();
			if unfiltered.iter().any(|who| stakeholders.contains(who)) {
				would_sit += 1;
			}
		}
		// Without the rule they would sit on nearly every panel.
		assert!(
			would_sit >= 190,
			"stakeholders on {would_sit} of 200 panels"
		);

		assert_ok!(evidence(OPERATOR, 0));
		run_to_block(DRAWN);
		let seated = panel(0);
		assert_eq!(seated.len(), 3);
		assert!(seated.iter().all(|who| !stakeholders.contains(who)));
	});
}

/// The attacker lets a dispute's deadline go unqueued (as filling the queues does), advances
/// it by hand in a block it picks, and tops up a sybil in the same batch. Returns what the
/// randomness of that block would have drawn and the panel actually drawn in the next block,
/// whose randomness is `next_seed`.
fn panel_after_advance(next_seed: u64) -> (Vec<AccountId>, Vec<AccountId>) {
	let mut result = (Vec::new(), Vec::new());
	build_and_execute(|| {
		join(8);
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(OPERATOR, dispute_id));
		Deadlines::<Test>::remove(EVIDENCE_END);
		let at = EVIDENCE_END + 3;
		run_to_block(at);
		assert_eq!(status(dispute_id), DisputeStatus::EvidenceSubmitted);
		assert_ok!(Disputes::advance(signed(STRANGER), dispute_id));
		assert!(panel(dispute_id).is_empty());
		assert_eq!(
			status(dispute_id),
			DisputeStatus::AwaitingPanel { requested_at: at }
		);
		assert_eq!(PendingDraws::<Test>::get().into_inner(), vec![dispute_id]);
		// Everything the attacker can know now: this block's randomness and parent hash.
		let subject = (b"aitbc/disputes/panel", dispute_id, 0u32).encode();
		let random = <TestRandomness as Randomness<H256, BlockNumber>>::random(&subject).0;
		let seed = sp_io::hashing::blake2_256(&(random, System::parent_hash(), &subject).encode());
		let dispute = record(dispute_id);
		let predicted =
			Disputes::select_panel(&seed, 3, at, |who| Disputes::is_stakeholder(&dispute, who))
				.unwrap();
		assert_ok!(Disputes::add_arbiter_stake(
			signed(arbiter(7)),
			MIN_ARBITER_STAKE * 500
		));
		RandomSeed::put(next_seed);
		run_to_block(at + 1);
		event(Event::PanelDrawn {
			dispute_id,
			round: 0,
			arbiters: panel(dispute_id),
			commit_end: at + 1 + COMMIT_PERIOD,
			reveal_end: at + 1 + COMMIT_PERIOD + REVEAL_PERIOD,
		});
		result = (predicted, panel(dispute_id));
	});
	result
}

#[test]
fn the_panel_cannot_be_known_when_advance_is_called() {
	let mut panels = std::collections::BTreeSet::new();
	let mut mispredicted = 0;
	for next_seed in 1..=12u64 {
		let (predicted, mut drawn) = panel_after_advance(next_seed);
		assert_eq!(drawn.len(), 3);
		if predicted != drawn {
			mispredicted += 1;
		}
		drawn.sort();
		panels.insert(drawn);
	}
	// The same state when `advance` is called gives different panels: they depend on
	// randomness that did not exist yet.
	assert!(panels.len() > 2, "only {} different panels", panels.len());
	assert!(
		mispredicted >= 6,
		"predicted {} of 12 panels",
		12 - mispredicted
	);
}

/// More requests in one block than the next block may draw: the extra one is requested again
/// a block later, and still drawn a block after its request.
#[test]
fn a_request_without_a_draw_slot_is_made_again_next_block() {
	build_and_execute(|| {
		join(5);
		let ids: Vec<DisputeId> = (0..3).map(|_| file_by_client().1).collect();
		for id in &ids {
			assert_ok!(evidence(OPERATOR, *id));
		}
		for block in EVIDENCE_END..EVIDENCE_END + 2 {
			Deadlines::<Test>::remove(block);
		}
		let at = EVIDENCE_END + 2;
		run_to_block(at);
		for id in &ids {
			assert_ok!(Disputes::advance(signed(STRANGER), *id));
		}
		assert_eq!(PendingDraws::<Test>::get().len(), 2);
		event(Event::DrawDeferred {
			dispute_id: ids[2],
			at: at + 1,
		});
		assert_eq!(Deadlines::<Test>::get(at + 1).into_inner(), vec![ids[2]]);
		run_to_block(at + 1);
		assert_eq!(panel(ids[0]).len(), 3);
		assert_eq!(panel(ids[1]).len(), 3);
		assert!(panel(ids[2]).is_empty());
		assert_eq!(
			status(ids[2]),
			DisputeStatus::AwaitingPanel {
				requested_at: at + 1
			}
		);
		run_to_block(at + 2);
		assert_eq!(panel(ids[2]).len(), 3);
	});
}

#[test]
fn too_few_arbiters_escalate_to_the_council() {
	build_and_execute(|| {
		join(2);
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(OPERATOR, dispute_id));
		run_to_block(DRAWN);
		let until = DRAWN + ESCALATION_TIMEOUT;
		assert_eq!(status(dispute_id), DisputeStatus::Escalated { until });
		event(Event::Escalated { dispute_id, until });
	});
}

#[test]
fn vote_refusals() {
	build_and_execute(|| {
		join(3);
		assert_noop!(
			commit(9, arbiter(0), Ruling::Client),
			Error::<Test>::DisputeNotFound
		);
		let (_, dispute_id) = file_by_client();
		// No panel yet.
		assert_noop!(
			commit(dispute_id, arbiter(0), Ruling::Client),
			Error::<Test>::NotCommitPhase
		);
		assert_ok!(evidence(OPERATOR, dispute_id));
		run_to_block(DRAWN);
		let seated = panel(dispute_id);
		let (a, b, c) = (seated[0], seated[1], seated[2]);

		assert_noop!(
			commit(dispute_id, STRANGER, Ruling::Client),
			Error::<Test>::NotOnPanel
		);
		assert_noop!(
			commit(dispute_id, CLIENT, Ruling::Client),
			Error::<Test>::NotOnPanel
		);
		assert_ok!(commit(dispute_id, a, Ruling::Client));
		event(Event::VoteCommitted {
			dispute_id,
			arbiter: a,
		});
		// Voting twice.
		assert_noop!(
			commit(dispute_id, a, Ruling::Operator),
			Error::<Test>::AlreadyCommitted
		);
		assert_ok!(commit(dispute_id, b, Ruling::Operator));
		// Revealing during the commit period.
		assert_noop!(
			reveal(dispute_id, a, Ruling::Client),
			Error::<Test>::NotRevealPhase
		);

		run_to_block(COMMIT_END);
		// Committing late.
		assert_noop!(
			commit(dispute_id, c, Ruling::Client),
			Error::<Test>::NotCommitPhase
		);
		assert_noop!(
			reveal(dispute_id, STRANGER, Ruling::Client),
			Error::<Test>::NotOnPanel
		);
		assert_noop!(
			reveal(dispute_id, c, Ruling::Client),
			Error::<Test>::NoCommitment
		);
		// A reveal that does not match the commitment: another ruling, or another salt.
		assert_noop!(
			reveal(dispute_id, a, Ruling::Operator),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			Disputes::reveal_vote(signed(a), dispute_id, Ruling::Client, [0; 32]),
			Error::<Test>::CommitmentMismatch
		);
		assert_ok!(reveal(dispute_id, a, Ruling::Client));
		event(Event::VoteRevealed {
			dispute_id,
			arbiter: a,
			ruling: Ruling::Client,
		});
		assert_noop!(
			reveal(dispute_id, a, Ruling::Client),
			Error::<Test>::AlreadyRevealed
		);

		run_to_block(REVEAL_END);
		assert_noop!(
			reveal(dispute_id, b, Ruling::Operator),
			Error::<Test>::NotRevealPhase
		);
	});
}

#[test]
fn a_copied_commitment_cannot_be_revealed() {
	build_and_execute(|| {
		join(3);
		let (_, dispute_id, seated) = under_review();
		let (honest, copier) = (seated[0], seated[1]);
		assert_ok!(commit(dispute_id, honest, Ruling::Client));
		let copied = Panels::<Test>::get(dispute_id)[0].commitment.unwrap();
		assert_ok!(Disputes::commit_vote(signed(copier), dispute_id, copied));
		run_to_block(COMMIT_END);
		assert_ok!(reveal(dispute_id, honest, Ruling::Client));
		// The copier learnt the ruling and the salt, but the commitment names the honest arbiter.
		assert_noop!(
			Disputes::reveal_vote(signed(copier), dispute_id, Ruling::Client, salt(honest)),
			Error::<Test>::CommitmentMismatch
		);
	});
}

#[test]
fn the_majority_rules_the_minority_is_slashed_and_the_loser_pays_the_majority() {
	build_and_execute(|| {
		join(3);
		let (job_id, dispute_id, seated) = under_review();
		let (a, b, c) = (seated[0], seated[1], seated[2]);
		vote(
			dispute_id,
			COMMIT_END,
			&[
				(a, Ruling::Client),
				(b, Ruling::Client),
				(c, Ruling::Operator),
			],
		);
		run_to_block(REVEAL_END);

		let slash = ARBITER_SLASH * MIN_ARBITER_STAKE;
		assert_eq!(stake_held(c), MIN_ARBITER_STAKE - slash);
		assert_eq!(
			Arbiters::<Test>::get(c).unwrap().stake,
			MIN_ARBITER_STAKE - slash
		);
		assert_eq!(free(a), FUNDS - MIN_ARBITER_STAKE + slash / 2);
		assert_eq!(free(b), FUNDS - MIN_ARBITER_STAKE + slash / 2);
		event(Event::ArbiterSlashed {
			dispute_id,
			arbiter: c,
			amount: slash,
		});
		event(Event::PanelRuled {
			dispute_id,
			round: 0,
			ruling: Ruling::Client,
			appeal_end: APPEAL_END,
		});
		assert_eq!(
			status(dispute_id),
			DisputeStatus::UnderReview {
				phase: ReviewPhase::AppealWindow {
					ruling: Ruling::Client,
					appeal_end: APPEAL_END,
					appealed_by: None
				}
			}
		);

		run_to_block(APPEAL_END);
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Resolved {
				ruling: Ruling::Client,
				by: ResolvedBy::Panel
			}
		);
		// The escrow went back to the client; its bond too. The job ended through the registry.
		assert_eq!(free(CLIENT), FUNDS);
		assert!(MockEscrow::escrow_of(job_id).is_none());
		assert_eq!(MockServices::closed(), vec![(job_id, JobEnd::Resolved)]);
		assert_eq!(MockServices::status(job_id), JobStatus::Resolved);
		assert_eq!(DisputeOfJob::<Test>::get(job_id), None);
		// The operator's bond went to the majority.
		assert_eq!(bond_held(OPERATOR), 0);
		assert_eq!(free(OPERATOR), FUNDS - FILING_BOND);
		assert_eq!(
			free(a),
			FUNDS - MIN_ARBITER_STAKE + slash / 2 + FILING_BOND / 2
		);
		assert_eq!(
			free(b),
			FUNDS - MIN_ARBITER_STAKE + slash / 2 + FILING_BOND / 2
		);
		assert_eq!(free(c), FUNDS - MIN_ARBITER_STAKE);
		event(Event::BondForfeited {
			dispute_id,
			side: Side::Operator,
			amount: FILING_BOND,
		});
		assert_eq!(reported(), vec![offence(DISPUTE_LOST_FRACTION)]);
		event(Event::OffenceReported {
			dispute_id,
			offender: OPERATOR,
		});
		assert!(Panels::<Test>::get(dispute_id).is_empty());
	});
}

#[test]
fn a_silent_arbiter_is_slashed_for_the_treasury_when_nobody_reveals_and_the_council_decides() {
	build_and_execute(|| {
		join(3);
		let (_, dispute_id, seated) = under_review();
		run_to_block(REVEAL_END + 1);
		let slash = ARBITER_SLASH * MIN_ARBITER_STAKE;
		for who in &seated {
			assert_eq!(stake_held(*who), MIN_ARBITER_STAKE - slash);
		}
		assert_eq!(free(TREASURY), ED + 3 * slash);
		event(Event::PanelInconclusive {
			dispute_id,
			round: 0,
		});
		// The second round needs six arbiters with the minimum stake: escalated.
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Escalated {
				until: REVEAL_END + 1 + ESCALATION_TIMEOUT
			}
		);
		assert!(Panels::<Test>::get(dispute_id).is_empty());
	});
}

#[test]
fn a_tie_draws_a_panel_twice_as_large_without_a_bond() {
	build_and_execute(|| {
		join(6);
		let (_, dispute_id, seated) = under_review();
		vote(
			dispute_id,
			COMMIT_END,
			&[
				(seated[0], Ruling::Client),
				(seated[1], Ruling::Operator),
				(seated[2], Ruling::Split(Perbill::from_percent(50))),
			],
		);
		run_to_block(REVEAL_END + 1);
		event(Event::PanelInconclusive {
			dispute_id,
			round: 0,
		});
		// Everybody revealed: nobody is slashed.
		for who in &seated {
			assert_eq!(stake_held(*who), MIN_ARBITER_STAKE);
		}
		assert_eq!(record(dispute_id).round, 1);
		assert_eq!(panel(dispute_id).len(), 6);
		assert_eq!(bond_held(CLIENT), FILING_BOND);
		assert_eq!(bond_held(OPERATOR), FILING_BOND);
	});
}

#[test]
fn rulings_with_the_same_share_count_together() {
	build_and_execute(|| {
		join(3);
		let (_, dispute_id, seated) = under_review();
		vote(
			dispute_id,
			COMMIT_END,
			&[
				(seated[0], Ruling::Operator),
				(seated[1], Ruling::Split(Perbill::one())),
				(seated[2], Ruling::Client),
			],
		);
		run_to_block(REVEAL_END);
		event(Event::PanelRuled {
			dispute_id,
			round: 0,
			ruling: Ruling::Operator,
			appeal_end: APPEAL_END,
		});
	});
}

// ---- appeals ----

/// A panel of three rules for the client at `REVEAL_END`.
fn ruled_for_client() -> (JobId, DisputeId) {
	join(6);
	let (job_id, dispute_id, seated) = under_review();
	let votes: Vec<_> = seated.iter().map(|who| (*who, Ruling::Client)).collect();
	vote(dispute_id, COMMIT_END, &votes);
	run_to_block(REVEAL_END);
	(job_id, dispute_id)
}

#[test]
fn appeal_refusals() {
	build_and_execute(|| {
		join(3);
		let (_, dispute_id) = file_by_client();
		assert_noop!(
			Disputes::appeal(signed(CLIENT), dispute_id),
			Error::<Test>::NotAppealable
		);
		assert_noop!(
			Disputes::appeal(signed(CLIENT), 9),
			Error::<Test>::DisputeNotFound
		);
	});
	build_and_execute(|| {
		let (_, dispute_id) = ruled_for_client();
		assert_noop!(
			Disputes::appeal(signed(STRANGER), dispute_id),
			Error::<Test>::NotAParty
		);
		assert_noop!(
			Disputes::appeal(signed(CLIENT), dispute_id),
			Error::<Test>::NotTheLoser
		);
		assert_ok!(Disputes::appeal(signed(OPERATOR), dispute_id));
		assert_noop!(
			Disputes::appeal(signed(OPERATOR), dispute_id),
			Error::<Test>::AlreadyAppealed
		);
	});
	build_and_execute(|| {
		let (_, dispute_id) = ruled_for_client();
		run_to_block(APPEAL_END);
		assert_noop!(
			Disputes::appeal(signed(OPERATOR), dispute_id),
			Error::<Test>::NotAppealable
		);
	});
}

#[test]
fn either_side_may_appeal_an_even_split() {
	build_and_execute(|| {
		join(3);
		let (_, dispute_id, seated) = under_review();
		let even = Ruling::Split(Perbill::from_percent(50));
		let votes: Vec<_> = seated.iter().map(|who| (*who, even)).collect();
		vote(dispute_id, COMMIT_END, &votes);
		run_to_block(REVEAL_END);
		assert_ok!(Disputes::appeal(signed(CLIENT), dispute_id));
	});
}

#[test]
fn an_appeal_doubles_the_bond_and_the_panel_and_the_new_panel_decides() {
	build_and_execute(|| {
		let (job_id, dispute_id) = ruled_for_client();
		assert_ok!(Disputes::appeal(signed(OPERATOR), dispute_id));
		assert_eq!(bond_held(OPERATOR), FILING_BOND * 3);
		event(Event::Appealed {
			dispute_id,
			by: Side::Operator,
			bond: FILING_BOND * 2,
		});

		run_to_block(APPEAL_END + 1);
		let seated = panel(dispute_id);
		assert_eq!(seated.len(), 6);
		assert_eq!(record(dispute_id).round, 1);
		let commit_end = APPEAL_END + 1 + COMMIT_PERIOD;
		let reveal_end = commit_end + REVEAL_PERIOD;
		let votes: Vec<_> = seated
			.iter()
			.enumerate()
			.map(|(i, who)| {
				(
					*who,
					if i < 4 {
						Ruling::Operator
					} else {
						Ruling::Client
					},
				)
			})
			.collect();
		vote(dispute_id, commit_end, &votes);
		run_to_block(reveal_end);
		let appeal_end = reveal_end + APPEAL_PERIOD;
		event(Event::PanelRuled {
			dispute_id,
			round: 1,
			ruling: Ruling::Operator,
			appeal_end,
		});

		let stakes_before: Vec<Balance> = seated.iter().map(|who| free(*who)).collect();
		run_to_block(appeal_end);
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Resolved {
				ruling: Ruling::Operator,
				by: ResolvedBy::Panel
			}
		);
		// The operator is paid and gets all its bonds back; the client's bond goes to the four.
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED - FILING_BOND);
		for (i, who) in seated.iter().enumerate() {
			let expected = if i < 4 { FILING_BOND / 4 } else { 0 };
			assert_eq!(free(*who) - stakes_before[i], expected);
		}
		assert!(reported().is_empty());
		assert!(MockEscrow::escrow_of(job_id).is_none());
	});
}

#[test]
fn an_appeal_after_the_last_round_escalates_and_the_council_decides() {
	build_and_execute(|| {
		let (_, dispute_id) = ruled_for_client();
		assert_ok!(Disputes::appeal(signed(OPERATOR), dispute_id));
		run_to_block(APPEAL_END + 1);
		let seated = panel(dispute_id);
		let commit_end = APPEAL_END + 1 + COMMIT_PERIOD;
		let reveal_end = commit_end + REVEAL_PERIOD;
		let votes: Vec<_> = seated.iter().map(|who| (*who, Ruling::Operator)).collect();
		vote(dispute_id, commit_end, &votes);
		run_to_block(reveal_end);

		assert_ok!(Disputes::appeal(signed(CLIENT), dispute_id));
		assert_eq!(bond_held(CLIENT), FILING_BOND * 5);
		let appeal_end = reveal_end + APPEAL_PERIOD;
		run_to_block(appeal_end);
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Escalated {
				until: appeal_end + ESCALATION_TIMEOUT
			}
		);
		assert!(Panels::<Test>::get(dispute_id).is_empty());
		assert!(seated
			.iter()
			.all(|who| Arbiters::<Test>::get(who).unwrap().seats == 0));

		assert_noop!(
			Disputes::resolve_escalated(signed(STRANGER), dispute_id, Ruling::Client),
			DispatchError::BadOrigin
		);
		let treasury = free(TREASURY);
		assert_ok!(Disputes::resolve_escalated(
			signed(COUNCIL),
			dispute_id,
			Ruling::Split(Perbill::from_percent(30))
		));
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Resolved {
				ruling: Ruling::Split(Perbill::from_percent(30)),
				by: ResolvedBy::Council
			}
		);
		// The operator received 30% and lost: its bonds go to the treasury.
		assert_eq!(free(OPERATOR), FUNDS + 300 - FILING_BOND * 3);
		assert_eq!(free(CLIENT), FUNDS - 300);
		assert_eq!(free(TREASURY), treasury + FILING_BOND * 3);
		assert_eq!(reported(), vec![offence(DISPUTE_LOST_FRACTION)]);
	});
}

// ---- council ----

#[test]
fn resolve_escalated_refusals() {
	build_and_execute(|| {
		assert_noop!(
			Disputes::resolve_escalated(RuntimeOrigin::root(), 9, Ruling::Client),
			Error::<Test>::DisputeNotFound
		);
		let (_, dispute_id) = file_by_client();
		assert_noop!(
			Disputes::resolve_escalated(RuntimeOrigin::root(), dispute_id, Ruling::Client),
			Error::<Test>::NotEscalated
		);
		assert_noop!(
			Disputes::resolve_escalated(signed(CLIENT), dispute_id, Ruling::Client),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn root_decides_an_escalated_dispute_for_the_operator() {
	build_and_execute(|| {
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(OPERATOR, dispute_id));
		run_to_block(DRAWN);
		assert_ok!(Disputes::resolve_escalated(
			RuntimeOrigin::root(),
			dispute_id,
			Ruling::Operator
		));
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED - FILING_BOND);
		assert!(reported().is_empty());
		assert_noop!(
			Disputes::resolve_escalated(RuntimeOrigin::root(), dispute_id, Ruling::Client),
			Error::<Test>::NotEscalated
		);
	});
}

#[test]
fn an_undecided_escalation_splits_evenly_at_the_timeout() {
	build_and_execute(|| {
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(OPERATOR, dispute_id));
		run_to_block(DRAWN + ESCALATION_TIMEOUT);
		let even = Ruling::Split(Perbill::from_percent(50));
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Resolved {
				ruling: even,
				by: ResolvedBy::Timeout
			}
		);
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED / 2);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED / 2);
		assert_eq!(bond_held(CLIENT) + bond_held(OPERATOR), 0);
		assert!(reported().is_empty());
	});
}

// ---- advance ----

#[test]
fn advance_moves_an_unqueued_dispute_and_refuses_early_calls() {
	build_and_execute(|| {
		assert_noop!(
			Disputes::advance(signed(STRANGER), 9),
			Error::<Test>::DisputeNotFound
		);
		let (_, dispute_id) = file_by_client();
		assert_noop!(
			Disputes::advance(signed(STRANGER), dispute_id),
			Error::<Test>::DeadlineNotReached
		);
		assert_noop!(
			Disputes::advance(RuntimeOrigin::none(), dispute_id),
			DispatchError::BadOrigin
		);
		// Lose the queue entry, as if the deadline could not be queued.
		Deadlines::<Test>::remove(EVIDENCE_END);
		run_to_block(EVIDENCE_END + 3);
		assert_eq!(status(dispute_id), DisputeStatus::Filed);
		assert_ok!(Disputes::advance(signed(STRANGER), dispute_id));
		assert!(matches!(status(dispute_id), DisputeStatus::Resolved { .. }));
	});
}

#[test]
fn a_deadline_that_finds_no_room_is_announced_and_advanced_by_hand() {
	build_and_execute(|| {
		let (_, dispute_id) = file_by_client();
		assert_ok!(evidence(OPERATOR, dispute_id));
		let until = DRAWN + ESCALATION_TIMEOUT;
		let full: frame_support::BoundedVec<DisputeId, _> =
			vec![1_000; MAX_DEADLINES_PER_BLOCK as usize]
				.try_into()
				.unwrap();
		for block in until..until + u64::from(crate::SCHEDULE_SCAN) {
			Deadlines::<Test>::insert(block, full.clone());
		}
		// No arbiters: the dispute escalates, but its timeout cannot be queued.
		run_to_block(DRAWN);
		assert_eq!(status(dispute_id), DisputeStatus::Escalated { until });
		event(Event::DeadlineNotQueued {
			dispute_id,
			at: until,
		});
		run_to_block(until + u64::from(crate::SCHEDULE_SCAN));
		assert_eq!(status(dispute_id), DisputeStatus::Escalated { until });
		assert_ok!(Disputes::advance(signed(STRANGER), dispute_id));
		assert!(matches!(
			status(dispute_id),
			DisputeStatus::Resolved {
				by: ResolvedBy::Timeout,
				..
			}
		));
	});
}

#[test]
fn on_initialize_charges_every_queued_deadline_at_its_worst_case() {
	build_and_execute(|| {
		file_by_client();
		file_by_client();
		System::set_block_number(EVIDENCE_END);
		let weight = Disputes::on_initialize(EVIDENCE_END);
		let db: frame_support::weights::RuntimeDbWeight =
			<Test as frame_system::Config>::DbWeight::get();
		// The pending draws, the queue's cursor and one bucket (read and taken), and two
		// deadlines at their worst case.
		assert_eq!(
			weight,
			db.reads_writes(1, 1)
				.saturating_add(db.reads_writes(2, 2))
				.saturating_add(Disputes::deadline_weight().saturating_mul(2))
		);
		// An empty bucket is one read.
		System::set_block_number(EVIDENCE_END + 1);
		assert_eq!(
			Disputes::on_initialize(EVIDENCE_END + 1),
			db.reads_writes(1, 1).saturating_add(db.reads_writes(2, 1))
		);
	});
}

#[test]
fn a_stale_queue_entry_is_ignored() {
	build_and_execute(|| {
		let (_, dispute_id) = file_by_client();
		Deadlines::<Test>::insert(
			5,
			frame_support::BoundedVec::truncate_from(vec![dispute_id]),
		);
		run_to_block(5);
		assert_eq!(status(dispute_id), DisputeStatus::Filed);
	});
}

fn enforcement_failed(dispute_id: DisputeId) -> bool {
	// Event storage drops the text of `DispatchError::Other`, so match the variant only.
	System::events().iter().any(|record| {
		matches!(
			record.event,
			RuntimeEvent::Disputes(Event::EnforcementFailed { dispute_id: id, .. }) if id == dispute_id
		)
	})
}

#[test]
fn a_ruling_the_registry_refuses_changes_nothing_and_goes_to_the_council() {
	build_and_execute(|| {
		let (job_id, dispute_id) = file_by_client();
		// The split would succeed, closing the job fails: the split is undone with it.
		MockServices::refuse_close(true);
		run_to_block(EVIDENCE_END);
		let until = EVIDENCE_END + ESCALATION_TIMEOUT;
		assert!(enforcement_failed(dispute_id));
		assert_eq!(status(dispute_id), DisputeStatus::Escalated { until });
		event(Event::Escalated { dispute_id, until });

		// Nothing of the default judgment was applied.
		assert_eq!(bond_held(CLIENT), FILING_BOND);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED - FILING_BOND);
		assert_eq!(free(OPERATOR), FUNDS);
		assert!(reported().is_empty());
		let escrow = MockEscrow::escrow_of(job_id).unwrap();
		assert!(escrow.frozen);
		assert_eq!(escrow.held, ESCROWED);
		assert_eq!(MockServices::status(job_id), JobStatus::Disputed);
		assert!(MockServices::closed().is_empty());
		// Still the job's dispute: the job cannot be disputed again.
		assert_eq!(DisputeOfJob::<Test>::get(job_id), Some(dispute_id));
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::AlreadyDisputed
		);

		// A council ruling that cannot be enforced fails and changes nothing.
		assert_noop!(
			Disputes::resolve_escalated(RuntimeOrigin::root(), dispute_id, Ruling::Client),
			DispatchError::Other("registry refuses")
		);
		// Nor can the even split at the timeout: escalated again.
		run_to_block(until);
		let again = until + ESCALATION_TIMEOUT;
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Escalated { until: again }
		);
		assert_eq!(bond_held(CLIENT), FILING_BOND);

		// Once the registry accepts, the council ends it.
		MockServices::refuse_close(false);
		assert_ok!(Disputes::resolve_escalated(
			RuntimeOrigin::root(),
			dispute_id,
			Ruling::Client
		));
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Resolved {
				ruling: Ruling::Client,
				by: ResolvedBy::Council
			}
		);
		assert_eq!(free(CLIENT), FUNDS);
		assert_eq!(MockServices::closed(), vec![(job_id, JobEnd::Resolved)]);
		assert_eq!(reported(), vec![offence(DISPUTE_LOST_FRACTION)]);
		assert_eq!(DisputeOfJob::<Test>::get(job_id), None);
	});
}

#[test]
fn a_split_the_escrow_refuses_keeps_the_panel_seated_until_the_council_decides() {
	build_and_execute(|| {
		join(3);
		let (job_id, dispute_id, seated) = under_review();
		let votes: Vec<_> = seated.iter().map(|who| (*who, Ruling::Client)).collect();
		vote(dispute_id, COMMIT_END, &votes);
		run_to_block(REVEAL_END);
		RefuseSplit::put(true);
		run_to_block(APPEAL_END);
		assert!(enforcement_failed(dispute_id));
		assert_eq!(
			status(dispute_id),
			DisputeStatus::Escalated {
				until: APPEAL_END + ESCALATION_TIMEOUT
			}
		);
		// No bond moved, no offence, the panel still sits.
		assert_eq!(bond_held(CLIENT), FILING_BOND);
		assert_eq!(bond_held(OPERATOR), FILING_BOND);
		assert!(reported().is_empty());
		assert_eq!(panel(dispute_id), seated);
		assert_noop!(
			Disputes::leave_arbiters(signed(seated[0])),
			Error::<Test>::SeatedOnPanel
		);
		assert_eq!(MockServices::status(job_id), JobStatus::Disputed);

		RefuseSplit::put(false);
		let treasury = free(TREASURY);
		assert_ok!(Disputes::resolve_escalated(
			signed(COUNCIL),
			dispute_id,
			Ruling::Client
		));
		// The council decided: the operator's bond goes to the treasury.
		assert_eq!(free(TREASURY), treasury + FILING_BOND);
		assert_eq!(free(CLIENT), FUNDS);
		assert!(Panels::<Test>::get(dispute_id).is_empty());
		assert_ok!(Disputes::leave_arbiters(signed(seated[0])));
	});
}

#[test]
fn a_dispute_whose_escrow_governance_withdrew_still_settles_its_bonds() {
	build_and_execute(|| {
		let (job_id, dispute_id) = file_by_client();
		assert_ok!(evidence(OPERATOR, dispute_id));
		assert_ok!(MockEscrow::emergency_withdraw(job_id, STRANGER));
		assert_eq!(MockServices::status(job_id), JobStatus::Withdrawn);
		assert_ok!(Disputes::do_try_state());
		// No arbiters: the council decides; there is no money left to divide.
		run_to_block(DRAWN);
		assert_ok!(Disputes::resolve_escalated(
			RuntimeOrigin::root(),
			dispute_id,
			Ruling::Client
		));
		event(Event::DisputeResolved {
			dispute_id,
			ruling: Ruling::Client,
			by: ResolvedBy::Council,
			to_operator: 0,
			to_client: 0,
		});
		assert_eq!(bond_held(CLIENT) + bond_held(OPERATOR), 0);
		assert_eq!(free(OPERATOR), FUNDS - FILING_BOND);
		assert_eq!(free(STRANGER), FUNDS + ESCROWED);
		assert_eq!(reported(), vec![offence(DISPUTE_LOST_FRACTION)]);
		assert_eq!(MockServices::closed(), vec![(job_id, JobEnd::Withdrawn)]);
	});
}

// ---- receipt disputes ----

#[test]
fn a_lost_receipt_dispute_reports_an_invalid_receipt_and_moves_no_money() {
	build_and_execute(|| {
		join(3);
		let job_id = settled_job();
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED);
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
		let dispute = record(0);
		assert_eq!(
			(dispute.kind, dispute.job_value, dispute.filer),
			(DisputeKind::Receipt, ESCROWED, Side::Client)
		);
		event(Event::DisputeFiled {
			dispute_id: 0,
			job_id,
			kind: DisputeKind::Receipt,
			filer: CLIENT,
			respondent: OPERATOR,
			bond: FILING_BOND,
			evidence_end: EVIDENCE_END,
		});
		// The job stays settled; there is no escrow to freeze.
		assert_eq!(MockServices::status(job_id), JobStatus::Settled);
		assert!(MockEscrow::escrow_of(job_id).is_none());

		assert_ok!(evidence(OPERATOR, 0));
		run_to_block(DRAWN);
		let votes: Vec<_> = panel(0).iter().map(|who| (*who, Ruling::Client)).collect();
		vote(0, COMMIT_END, &votes);
		run_to_block(APPEAL_END);
		assert_eq!(
			status(0),
			DisputeStatus::Resolved {
				ruling: Ruling::Client,
				by: ResolvedBy::Panel
			}
		);
		event(Event::DisputeResolved {
			dispute_id: 0,
			ruling: Ruling::Client,
			by: ResolvedBy::Panel,
			to_operator: 0,
			to_client: 0,
		});
		assert_eq!(reported(), vec![receipt_offence(DISPUTE_LOST_FRACTION)]);
		// The payment stands; only the operator's bond is lost.
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED - FILING_BOND);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED);
		assert_eq!(
			MockServices::closed(),
			vec![(job_id, JobEnd::Settled { units: 1 })]
		);

		// A receipt is disputed once: the record stays the job's until the window closed.
		assert_eq!(DisputeOfJob::<Test>::get(job_id), Some(0));
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::AlreadyDisputed
		);
		run_to_block(APPEAL_END + RESOLVED_RETENTION);
		assert!(crate::Disputes::<Test>::get(0).is_some());
		run_to_block(1 + DISPUTE_WINDOW + 1);
		assert!(crate::Disputes::<Test>::get(0).is_none());
		assert_eq!(DisputeOfJob::<Test>::get(job_id), None);
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR),
			Error::<Test>::DisputeWindowClosed
		);
	});
}

#[test]
fn a_receipt_dispute_the_operator_wins_reports_nothing() {
	build_and_execute(|| {
		let job_id = settled_job();
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
		assert_ok!(evidence(OPERATOR, 0));
		run_to_block(DRAWN);
		assert_ok!(Disputes::resolve_escalated(
			RuntimeOrigin::root(),
			0,
			Ruling::Operator
		));
		assert!(reported().is_empty());
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED - FILING_BOND);
		assert_eq!(bond_held(OPERATOR), 0);
	});
}

#[test]
fn a_silent_operator_loses_a_receipt_dispute_by_default() {
	build_and_execute(|| {
		let job_id = settled_job();
		assert_ok!(Disputes::file_dispute(signed(CLIENT), job_id, OPERATOR));
		run_to_block(EVIDENCE_END);
		assert_eq!(reported(), vec![receipt_offence(DISPUTE_LOST_FRACTION)]);
		assert_eq!(free(OPERATOR), FUNDS + ESCROWED);
		assert_eq!(free(CLIENT), FUNDS - ESCROWED);
	});
}

#[test]
fn receipt_dispute_refusals() {
	build_and_execute(|| {
		let job_id = settled_job();
		assert_noop!(
			Disputes::file_dispute(signed(CLIENT), job_id, OTHER_OPERATOR),
			Error::<Test>::NotResultOperator
		);
		assert_noop!(
			Disputes::file_dispute(signed(OPERATOR), job_id, CLIENT),
			Error::<Test>::NotTheClient
		);
		assert_noop!(
			Disputes::file_dispute(signed(STRANGER), job_id, OPERATOR),
			Error::<Test>::NotTheClient
		);
	});
}

// ---- conservation of funds ----

mod conservation {
	use super::*;
	use proptest::prelude::*;
	use std::collections::BTreeMap;

	/// Indices pick among what exists (jobs, disputes, panel seats), so most calls can succeed.
	#[derive(Clone, Debug)]
	enum Op {
		NewJob(Balance),
		SubmitResult { job: u8 },
		Settle { job: u8 },
		File { job: u8, by_client: bool },
		Evidence { dispute: u8, client: bool },
		Join { arbiter: u8, extra: Balance },
		AddStake { arbiter: u8, amount: Balance },
		Leave { arbiter: u8 },
		Commit { dispute: u8, seat: u8, ruling: u8 },
		Reveal { dispute: u8, seat: u8, honest: bool },
		Appeal { dispute: u8, client: bool },
		Council { dispute: u8, share: u32 },
		Advance { dispute: u8 },
		EscrowRelease { job: u8, amount: Balance },
		EscrowRefund { job: u8 },
		Blocks(u8),
	}

	fn ruling(choice: u8) -> Ruling {
		match choice % 4 {
			0 | 1 => Ruling::Client,
			2 => Ruling::Operator,
			_ => Ruling::Split(Perbill::from_percent(50)),
		}
	}

	fn op() -> impl Strategy<Value = Op> {
		prop_oneof![
			1 => (1u128..5_000).prop_map(Op::NewJob),
			2 => any::<u8>().prop_map(|job| Op::SubmitResult { job }),
			1 => any::<u8>().prop_map(|job| Op::Settle { job }),
			3 => (any::<u8>(), any::<bool>()).prop_map(|(job, by_client)| Op::File { job, by_client }),
			3 => (any::<u8>(), any::<bool>())
				.prop_map(|(dispute, client)| Op::Evidence { dispute, client }),
			1 => (0u8..12, 0u128..3_000).prop_map(|(arbiter, extra)| Op::Join { arbiter, extra }),
			1 => (0u8..12, 0u128..500).prop_map(|(arbiter, amount)| Op::AddStake { arbiter, amount }),
			1 => (0u8..12).prop_map(|arbiter| Op::Leave { arbiter }),
			10 => (any::<u8>(), any::<u8>(), any::<u8>())
				.prop_map(|(dispute, seat, ruling)| Op::Commit { dispute, seat, ruling }),
			10 => (any::<u8>(), any::<u8>(), prop::bool::weighted(0.9))
				.prop_map(|(dispute, seat, honest)| Op::Reveal { dispute, seat, honest }),
			4 => (any::<u8>(), any::<bool>()).prop_map(|(dispute, client)| Op::Appeal { dispute, client }),
			1 => (any::<u8>(), 0u32..=100).prop_map(|(dispute, share)| Op::Council { dispute, share }),
			1 => any::<u8>().prop_map(|dispute| Op::Advance { dispute }),
			1 => (any::<u8>(), 1u128..2_000).prop_map(|(job, amount)| Op::EscrowRelease { job, amount }),
			1 => any::<u8>().prop_map(|job| Op::EscrowRefund { job }),
			4 => (1u8..4).prop_map(Op::Blocks),
		]
	}

	fn pick(index: u8, count: u64) -> u64 {
		u64::from(index) % count.max(1)
	}

	fn job(index: u8) -> JobId {
		pick(index, NextJobId::get().unwrap_or(1) - 1) + 1
	}

	fn dispute(index: u8) -> DisputeId {
		pick(index, NextDisputeId::<Test>::get())
	}

	/// A dispute whose status passes `wanted`, if any (else any dispute, to exercise refusals).
	fn dispute_in(index: u8, wanted: fn(&DisputeStatus<BlockNumber>) -> bool) -> DisputeId {
		let mut matching: Vec<DisputeId> = crate::Disputes::<Test>::iter()
			.filter(|(_, record)| wanted(&record.status))
			.map(|(id, _)| id)
			.collect();
		matching.sort();
		usize::try_from(pick(index, matching.len() as u64))
			.ok()
			.and_then(|i| matching.get(i).copied())
			.unwrap_or_else(|| dispute(index))
	}

	fn voting(status: &DisputeStatus<BlockNumber>) -> bool {
		matches!(
			status,
			DisputeStatus::UnderReview {
				phase: ReviewPhase::Voting { .. }
			}
		)
	}

	fn seat(dispute_id: DisputeId, index: u8) -> AccountId {
		let panel = panel(dispute_id);
		usize::try_from(pick(index, panel.len() as u64))
			.ok()
			.and_then(|i| panel.get(i).copied())
			.unwrap_or(STRANGER)
	}

	fn party(dispute_id: DisputeId, client: bool) -> AccountId {
		crate::Disputes::<Test>::get(dispute_id)
			.map(|d| if client { d.client } else { d.operator })
			.unwrap_or(STRANGER)
	}

	/// Apply `op`; whether it succeeds does not matter, only that funds add up afterwards.
	fn apply(op: Op, votes: &mut BTreeMap<(DisputeId, AccountId), Ruling>) {
		let _ = match op {
			Op::NewJob(amount) => {
				let operator = if amount % 2 == 0 {
					OPERATOR
				} else {
					OTHER_OPERATOR
				};
				MockServices::add_job(CLIENT, vec![operator], amount);
				Ok(())
			}
			Op::SubmitResult { job: index } => {
				let job_id = job(index);
				match JobOperators::get(job_id).and_then(|ops| ops.first().copied()) {
					Some(operator) => frame_support::storage::with_storage_layer(|| {
						MockServices::submit_result(job_id, operator)
					}),
					None => Ok(()),
				}
			}
			Op::Settle { job: index } => MockServices::claim_and_settle(job(index)),
			Op::File {
				job: index,
				by_client,
			} => {
				let job_id = job(index);
				// The operator of the result if there is one, else the first of the service.
				let operator = Jobs::get(job_id)
					.and_then(|job| job.result)
					.map(|result| result.operator)
					.or_else(|| JobOperators::get(job_id).and_then(|ops| ops.first().copied()));
				match operator {
					Some(operator) if by_client => {
						Disputes::file_dispute(signed(CLIENT), job_id, operator)
					}
					Some(operator) => Disputes::file_dispute(signed(operator), job_id, CLIENT),
					None => Ok(()),
				}
			}
			Op::Evidence {
				dispute: index,
				client,
			} => {
				let dispute_id = dispute_in(index, |status| {
					matches!(
						status,
						DisputeStatus::Filed | DisputeStatus::EvidenceSubmitted
					)
				});
				evidence(party(dispute_id, client), dispute_id)
			}
			Op::Join { arbiter: i, extra } => {
				Disputes::join_arbiters(signed(arbiter(u64::from(i))), MIN_ARBITER_STAKE + extra)
			}
			Op::AddStake { arbiter: i, amount } => {
				Disputes::add_arbiter_stake(signed(arbiter(u64::from(i))), amount)
			}
			Op::Leave { arbiter: i } => Disputes::leave_arbiters(signed(arbiter(u64::from(i)))),
			Op::Commit {
				dispute: index,
				seat: chosen,
				ruling: choice,
			} => {
				let dispute_id = dispute_in(index, voting);
				let who = seat(dispute_id, chosen);
				let result = commit(dispute_id, who, ruling(choice));
				if result.is_ok() {
					votes.insert((dispute_id, who), ruling(choice));
				}
				result
			}
			Op::Reveal {
				dispute: index,
				seat: chosen,
				honest,
			} => {
				let dispute_id = dispute_in(index, voting);
				let who = seat(dispute_id, chosen);
				let committed = votes
					.get(&(dispute_id, who))
					.copied()
					.unwrap_or(Ruling::Client);
				let revealed = if honest {
					committed
				} else {
					Ruling::Split(Perbill::from_percent(1))
				};
				reveal(dispute_id, who, revealed)
			}
			Op::Appeal {
				dispute: index,
				client,
			} => {
				let dispute_id = dispute_in(index, |status| {
					matches!(
						status,
						DisputeStatus::UnderReview {
							phase: ReviewPhase::AppealWindow { .. }
						}
					)
				});
				Disputes::appeal(signed(party(dispute_id, client)), dispute_id)
			}
			Op::Council {
				dispute: index,
				share,
			} => Disputes::resolve_escalated(
				RuntimeOrigin::root(),
				dispute_in(index, |status| {
					matches!(status, DisputeStatus::Escalated { .. })
				}),
				Ruling::Split(Perbill::from_percent(share)),
			),
			Op::Advance { dispute: index } => Disputes::advance(signed(STRANGER), dispute(index)),
			Op::EscrowRelease { job: index, amount } => {
				frame_support::storage::with_storage_layer(|| {
					MockEscrow::release(job(index), &OPERATOR, amount).map(|_| ())
				})
			}
			Op::EscrowRefund { job: index } => frame_support::storage::with_storage_layer(|| {
				MockEscrow::refund(job(index)).map(|_| ())
			}),
			Op::Blocks(count) => {
				run_to_block(System::block_number() + u64::from(count));
				Ok(())
			}
		};
	}

	fn check(issuance: Balance) -> Result<(), TestCaseError> {
		prop_assert_eq!(Balances::total_issuance(), issuance);
		prop_assert_eq!(total_of_accounts(), issuance);
		prop_assert_eq!(free(ESCROW_POT), ED + MockEscrow::total_held());
		prop_assert!(Disputes::do_try_state().is_ok());
		Ok(())
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(128))]
		#[test]
		fn funds_are_conserved(
			escrows in proptest::collection::vec(1u128..5_000, 2..5),
			ops in proptest::collection::vec(op(), 1..160),
		) {
			new_test_ext().execute_with(|| {
				let issuance = Balances::total_issuance();
				check(issuance)?;
				join(7);
				for (i, amount) in escrows.iter().enumerate() {
					let operator = if i % 2 == 0 { OPERATOR } else { OTHER_OPERATOR };
					MockServices::add_job(CLIENT, vec![operator], *amount);
				}
				let mut votes = BTreeMap::new();
				for op in ops {
					apply(op, &mut votes);
					check(issuance)?;
				}
				// Run every deadline out: every dispute resolves and is pruned, nothing stays held.
				run_to_block(System::block_number() + 200);
				check(issuance)?;
				prop_assert_eq!(crate::Disputes::<Test>::iter().count(), 0);
				prop_assert_eq!(DisputeOfJob::<Test>::iter().count(), 0);
				prop_assert_eq!(bond_held(CLIENT) + bond_held(OPERATOR) + bond_held(OTHER_OPERATOR), 0);
				prop_assert!(Escrows::iter_values().all(|escrow| !escrow.frozen));
				Ok(())
			})?;
		}
	}
}
