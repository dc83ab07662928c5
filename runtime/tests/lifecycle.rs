//! One settlement lifecycle across Services, Receipts, Escrow and Disputes, on the real runtime.
//!
//! Each `hole_*` test is an attack that worked against the pallets before the lifecycle was
//! unified (the numbered list), written as the attacker would try it; it must now fail
//! with a named error or leave the attacker no better off, and prints what the attacker gained.
//! The other tests are the happy paths. Every block runs every pallet's hooks and then every
//! pallet's `try_state` invariants (see `common`).

mod common;

use aitbc_primitives::traits::{JobStatus, OperatorRegistry};
use aitbc_runtime::{Balance, Disputes, Escrow, Receipts, Runtime, RuntimeOrigin, Services};
use common::*;
use frame_support::{assert_noop, assert_ok, BoundedVec};
use pallet_receipts::PrivacyLevel;

type ServicesError = pallet_services::Error<Runtime>;
type ReceiptsError = pallet_receipts::Error<Runtime>;
type DisputesError = pallet_disputes::Error<Runtime>;

fn claim(receipt: Receipt) -> sp_runtime::DispatchResult {
	Receipts::submit_receipt(signed(Bob), Box::new(receipt), PrivacyLevel::Public, None)
}

fn platform_fee(amount: Balance) -> Balance {
	pallet_escrow::PlatformFee::<Runtime>::get().mul_floor(amount)
}

/// A service of Dave for Ferdie, and a job of `units` called by Ferdie.
fn dave_serves_ferdie(units: u64) -> (u64, u64, Balance) {
	let blueprint_id = operator_with_blueprint(Dave);
	let service_id = service(Ferdie, blueprint_id, Terms::of(&[Dave]));
	let (job_id, price) = call_job(Ferdie, service_id, units);
	(service_id, job_id, price)
}

fn settle_after_window() {
	run_to(now() + challenge_window() + 1);
}

// ---------------------------------------------------------------------------------------------
// Happy paths

#[test]
fn a_claim_settles_when_its_challenge_window_closes() {
	new_chain().execute_with(|| {
		let (_, job_id, price) = dave_serves_ferdie(100);
		let (dave, ferdie) = (account(Dave), account(Ferdie));
		assert_eq!(held(&ferdie), price);
		submit_result(Dave, job_id);
		let dave_before = owned(&dave);
		assert_ok!(claim(receipt(Dave, job_id, [1; 32], 100, price)));
		assert_eq!(job_status(job_id), Some(JobStatus::Claimed));
		// Nothing moves during the window.
		assert_eq!(owned(&dave), dave_before);
		assert_eq!(held(&ferdie), price);
		settle_after_window();
		assert_eq!(job_status(job_id), Some(JobStatus::Settled));
		assert_eq!(held(&ferdie), 0);
		assert!(owned(&dave) >= dave_before + price - platform_fee(price));
	});
}

#[test]
fn the_client_accepts_and_the_claim_settles_at_once() {
	new_chain().execute_with(|| {
		let (_, job_id, price) = dave_serves_ferdie(100);
		submit_result(Dave, job_id);
		assert_ok!(claim(receipt(Dave, job_id, [1; 32], 100, price)));
		assert_noop!(
			Receipts::accept(signed(Dave), job_id),
			ReceiptsError::NotJobClient
		);
		assert_ok!(Receipts::accept(signed(Ferdie), job_id));
		assert_eq!(job_status(job_id), Some(JobStatus::Settled));
		assert_eq!(held(&account(Ferdie)), 0);
		next_block();
	});
}

#[test]
fn a_counter_signed_receipt_settles_in_the_same_call() {
	new_chain().execute_with(|| {
		let (_, job_id, price) = dave_serves_ferdie(100);
		submit_result(Dave, job_id);
		let receipt = receipt(Dave, job_id, [1; 32], 100, price);
		let forged = acceptance(Eve, &receipt);
		assert_noop!(
			Receipts::submit_receipt(
				signed(Bob),
				Box::new(receipt.clone()),
				PrivacyLevel::Public,
				Some(forged)
			),
			ReceiptsError::BadAcceptance
		);
		let accepted = acceptance(Ferdie, &receipt);
		assert_ok!(Receipts::submit_receipt(
			signed(Bob),
			Box::new(receipt),
			PrivacyLevel::Public,
			Some(accepted)
		));
		assert_eq!(job_status(job_id), Some(JobStatus::Settled));
		next_block();
	});
}

#[test]
fn matured_claims_settle_in_one_batch() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Ferdie, blueprint_id, Terms::of(&[Dave]));
		let mut jobs = Vec::new();
		for n in 0..8u8 {
			let (job_id, price) = call_job(Ferdie, service_id, 10);
			submit_result(Dave, job_id);
			assert_ok!(claim(receipt(Dave, job_id, [n; 32], 10, price)));
			jobs.push(job_id);
		}
		let ids = BoundedVec::truncate_from(jobs.clone());
		assert_noop!(
			Receipts::settle_claims(signed(Charlie), ids.clone()),
			ReceiptsError::ClaimNotMatured
		);
		run_to(now() + challenge_window());
		// Whatever the hook did not settle yet, one call settles.
		let open: Vec<u64> = jobs
			.iter()
			.copied()
			.filter(|job| job_status(*job) == Some(JobStatus::Claimed))
			.collect();
		if !open.is_empty() {
			assert_ok!(Receipts::settle_claims(
				signed(Charlie),
				BoundedVec::truncate_from(open)
			));
		}
		next_block();
		for job in jobs {
			assert_eq!(job_status(job), Some(JobStatus::Settled));
		}
		assert_eq!(held(&account(Ferdie)), 0);
	});
}

// ---------------------------------------------------------------------------------------------
// The holes

/// 1. An operator settled its own receipt one block after `call_job`, before any result, and a
/// co-operator could claim a job another operator ran.
#[test]
fn hole_1_no_claim_without_the_operators_own_result() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		register(Eve, blueprint_id);
		let service_id = service(Ferdie, blueprint_id, Terms::of(&[Dave, Eve]));
		let (job_id, price) = call_job(Ferdie, service_id, 100);
		let (dave_before, eve_before) = (owned(&account(Dave)), owned(&account(Eve)));
		next_block();

		assert_noop!(
			claim(receipt(Dave, job_id, [1; 32], 100, price)),
			ReceiptsError::NoResult
		);
		submit_result(Dave, job_id);
		assert_noop!(
			claim(receipt(Eve, job_id, [2; 32], 100, price)),
			ReceiptsError::NotResultOperator
		);
		let mut wrong_output = receipt(Dave, job_id, [3; 32], 100, price);
		wrong_output.body.output_hash = sp_core::H256::repeat_byte(9);
		wrong_output.signature = {
			use sp_core::Pair;
			aitbc_runtime::Signature::from(
				Dave.pair()
					.sign(&wrong_output.body.signing_payload(&Receipts::genesis_hash())),
			)
		};
		assert_noop!(claim(wrong_output), ReceiptsError::OutputMismatch);
		// Even the right claim leaves the client its challenge window: it disputes in time.
		assert_ok!(claim(receipt(Dave, job_id, [4; 32], 100, price)));
		assert_ok!(Disputes::file_dispute(
			signed(Ferdie),
			job_id,
			account(Dave)
		));
		assert_eq!(job_status(job_id), Some(JobStatus::Disputed));
		settle_after_window();
		assert_eq!(job_status(job_id), Some(JobStatus::Disputed));
		assert_eq!(
			report_gain(
				"hole 1: settle before the result",
				dave_before,
				owned(&account(Dave))
			),
			0
		);
		assert_eq!(
			report_gain(
				"hole 1: co-operator claims",
				eve_before,
				owned(&account(Eve))
			),
			0
		);
	});
}

/// 2. A client terminated its service after the result and before the receipt, and got the
/// whole escrow back while the honest operator went unpaid.
#[test]
fn hole_2_terminating_after_the_result_does_not_unpay_the_operator() {
	new_chain().execute_with(|| {
		let ferdie_before = owned(&account(Ferdie));
		let (service_id, job_id, price) = dave_serves_ferdie(100);
		let dave_before = owned(&account(Dave));
		submit_result(Dave, job_id);
		assert_ok!(Services::terminate_service(signed(Ferdie), service_id));
		assert_eq!(job_status(job_id), Some(JobStatus::ResultSubmitted));
		assert_eq!(held(&account(Ferdie)), price);
		assert_ok!(claim(receipt(Dave, job_id, [1; 32], 100, price)));
		settle_after_window();
		assert_eq!(job_status(job_id), Some(JobStatus::Settled));
		// Paid the price less the platform fee, plus its share of the mint for the units.
		assert!(owned(&account(Dave)) >= dave_before + price - platform_fee(price));
		let gain = report_gain(
			"hole 2: client terminates after the result",
			ferdie_before,
			owned(&account(Ferdie)),
		);
		assert_eq!(gain, -(price as i128));
	});
}

/// 3. After a dispute's ruling (or an emergency withdrawal) the job stayed pending: the service
/// could never be terminated and the operator never left it.
#[test]
fn hole_3_a_ruled_job_frees_its_service_and_operator() {
	new_chain().execute_with(|| {
		let (service_id, job_id, _) = dave_serves_ferdie(100);
		assert_ok!(Disputes::file_dispute(
			signed(Ferdie),
			job_id,
			account(Dave)
		));
		// Dave never answers: default judgment at the end of the evidence period.
		let evidence_end = Disputes::dispute(0).expect("filed").evidence_end;
		run_to(evidence_end + 1);
		assert_eq!(job_status(job_id), Some(JobStatus::Resolved));
		assert_ok!(Services::terminate_service(signed(Ferdie), service_id));
		assert_eq!(
			<Services as OperatorRegistry<_>>::active_services(&account(Dave)),
			0
		);
		next_block();
	});
}

#[test]
fn hole_3_an_emergency_withdrawal_closes_the_job() {
	new_chain().execute_with(|| {
		let (service_id, job_id, price) = dave_serves_ferdie(100);
		let escrow_id = pallet_escrow::JobEscrows::<Runtime>::get(job_id).expect("escrowed");
		assert_ok!(Escrow::emergency_withdraw(
			RuntimeOrigin::root(),
			escrow_id,
			account(Ferdie).into()
		));
		assert_eq!(job_status(job_id), Some(JobStatus::Withdrawn));
		assert_eq!(held(&account(Ferdie)), 0);
		assert!(price > 0);
		assert_ok!(Services::terminate_service(signed(Ferdie), service_id));
		assert_eq!(
			<Services as OperatorRegistry<_>>::active_services(&account(Dave)),
			0
		);
		next_block();
	});
}

/// 4. A receipt priced below the escrowed quote left the rest held forever.
#[test]
fn hole_4_the_rest_of_the_escrow_goes_back_at_settlement() {
	new_chain().execute_with(|| {
		let ferdie_before = owned(&account(Ferdie));
		let (_, job_id, price) = dave_serves_ferdie(100);
		submit_result(Dave, job_id);
		let paid = price / 4;
		assert_ok!(claim(receipt(Dave, job_id, [1; 32], 25, paid)));
		assert_ok!(Receipts::accept(signed(Ferdie), job_id));
		assert_eq!(held(&account(Ferdie)), 0);
		assert_eq!(owned(&account(Ferdie)), ferdie_before - paid);
		next_block();
	});
}

/// 5. Jobs never timed out: a caller whose operator went silent, or a permitted caller who is
/// not the owner, had no way back to its money.
#[test]
fn hole_5_a_permitted_caller_cancels_a_job_that_timed_out() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		let mut terms = Terms::of(&[Dave]);
		terms.callers = vec![Charlie];
		let timeout = terms.job_timeout;
		let service_id = service(Ferdie, blueprint_id, terms);
		let charlie_before = owned(&account(Charlie));
		let (job_id, price) = call_job(Charlie, service_id, 100);
		assert_eq!(held(&account(Charlie)), price);
		assert_noop!(
			Services::cancel_job(signed(Ferdie), job_id),
			ServicesError::NotJobClient
		);
		run_to(now() + timeout - 1);
		assert_noop!(
			Services::cancel_job(signed(Charlie), job_id),
			ServicesError::JobNotTimedOut
		);
		next_block();
		assert_ok!(Services::cancel_job(signed(Charlie), job_id));
		assert_eq!(job_status(job_id), Some(JobStatus::TimedOut));
		assert_eq!(owned(&account(Charlie)), charlie_before);
		next_block();
	});
}

/// 6. Operators could not leave a service: an absent client kept the operator's bond hostage.
#[test]
fn hole_6_an_operator_leaves_a_service_after_notice() {
	new_chain().execute_with(|| {
		let ferdie_before = owned(&account(Ferdie));
		let (service_id, job_id, _) = dave_serves_ferdie(100);
		assert_ok!(Services::leave_service(signed(Dave), service_id));
		assert_noop!(
			Services::complete_service_exit(signed(Charlie), service_id, account(Dave)),
			ServicesError::ExitNoticeRunning
		);
		let notice = <Runtime as pallet_services::Config>::ServiceExitNotice::get();
		run_to(now() + notice);
		assert_ok!(Services::complete_service_exit(
			signed(Charlie),
			service_id,
			account(Dave)
		));
		// Dave was the only operator: the service ended and the undelivered job was refunded.
		assert!(!pallet_services::Services::<Runtime>::contains_key(
			service_id
		));
		assert_eq!(job_status(job_id), Some(JobStatus::Cancelled));
		assert_eq!(owned(&account(Ferdie)), ferdie_before);
		assert_eq!(
			<Services as OperatorRegistry<_>>::active_services(&account(Dave)),
			0
		);
		next_block();
	});
}

/// 7. Receipt ids lived in one global namespace: anyone could squat the id an operator's
/// daemon would use for a future job.
#[test]
fn hole_7_receipt_ids_are_per_operator() {
	new_chain().execute_with(|| {
		let squatted = [0x5Au8; 32];
		// Eve, an operator with her own client, claims her job under the id Dave will use.
		let eve_blueprint = operator_with_blueprint(Eve);
		let eve_service = service(Charlie, eve_blueprint, Terms::of(&[Eve]));
		let (eve_job, eve_price) = call_job(Charlie, eve_service, 10);
		submit_result(Eve, eve_job);
		assert_ok!(claim(receipt(Eve, eve_job, squatted, 10, eve_price)));
		// Dave's claim under the same id still goes through.
		let (_, job_id, price) = dave_serves_ferdie(100);
		submit_result(Dave, job_id);
		assert_ok!(claim(receipt(Dave, job_id, squatted, 100, price)));
		// Dave's own id is still single-use.
		let (job_2, price_2) = call_job(
			Ferdie,
			pallet_services::Jobs::<Runtime>::get(job_id)
				.expect("job")
				.service_id,
			10,
		);
		submit_result(Dave, job_2);
		assert_noop!(
			claim(receipt(Dave, job_2, squatted, 10, price_2)),
			ReceiptsError::ReceiptAlreadyClaimed
		);
		next_block();
	});
}

/// 8. The mint caps were hard errors: once a cap was reached every receipt failed, payment
/// included.
#[test]
fn hole_8_a_reached_mint_cap_never_blocks_payment() {
	new_chain().execute_with(|| {
		let cap = <Runtime as pallet_receipts::Config>::MaxMintPerBlock::get();
		// A rate at which one job mints far beyond the block's cap, and a job big enough that
		// its burned fee would cover more than the cap too.
		assert_ok!(Receipts::set_mint_parameters(
			RuntimeOrigin::root(),
			cap / 50,
			sp_runtime::Permill::from_percent(80)
		));
		let units = 50_000_000;
		let (_, job_id, price) = dave_serves_ferdie(units);
		assert!(
			platform_fee(price) > cap,
			"the fee would allow more than the cap"
		);
		submit_result(Dave, job_id);
		assert_ok!(claim(receipt(Dave, job_id, [1; 32], units, price)));
		assert_ok!(Receipts::accept(signed(Ferdie), job_id));
		assert_eq!(job_status(job_id), Some(JobStatus::Settled));
		assert_eq!(held(&account(Ferdie)), 0);
		let ledger = pallet_receipts::Ledger::<Runtime>::get();
		assert_eq!(
			ledger.minted.coordinator + ledger.minted.treasury,
			cap,
			"the mint is clipped to the cap, the payment is not"
		);
		next_block();
	});
}

/// 9a. An operator could file against its own client on a job it never worked on and take the
/// escrow by default judgment.
#[test]
fn hole_9_an_operator_cannot_dispute_a_job_it_never_worked() {
	new_chain().execute_with(|| {
		let (_, job_id, _) = dave_serves_ferdie(100);
		let dave_before = owned(&account(Dave));
		assert_noop!(
			Disputes::file_dispute(signed(Dave), job_id, account(Ferdie)),
			DisputesError::NoResultSubmitted
		);
		assert_eq!(
			report_gain(
				"hole 9: operator disputes an unworked job",
				dave_before,
				owned(&account(Dave))
			),
			0
		);
	});
}

/// 9b. A default judgment slashed 5% of the bond and of every delegation for a job of any size.
#[test]
fn hole_9_a_default_judgment_slash_scales_with_the_job() {
	new_chain().execute_with(|| {
		let (_, job_id, price) = dave_serves_ferdie(1);
		assert_ok!(Disputes::file_dispute(
			signed(Ferdie),
			job_id,
			account(Dave)
		));
		let evidence_end = Disputes::dispute(0).expect("filed").evidence_end;
		run_to(evidence_end + 1);
		let slash = pallet_operator_staking::UnappliedSlashes::<Runtime>::iter()
			.map(|(_, slash)| slash)
			.find(|slash| slash.operator == account(Dave))
			.expect("the default judgment reports an offence");
		let full = <Runtime as pallet_disputes::Config>::DisputeLostFraction::get();
		println!("[attack] hole 9: a job of {price} costs the operator {slash:?} (full {full:?})");
		assert!(slash.fraction < full);
	});
}

/// 9c. When enforcing a ruling failed, the bonds and the offence were applied anyway and the
/// job could be disputed again. On the real runtime the one way a ruling finds no escrow is
/// governance emptying it during the dispute: the job is then closed once (`Withdrawn`), the
/// ruling moves no money a second time, and the job cannot be disputed again. (A split that
/// fails outright, leaving the bonds and the offence untouched and escalating to the council,
/// is tested in pallet-disputes with a refusing escrow.)
#[test]
fn hole_9_a_withdrawn_escrow_is_not_paid_twice_by_the_ruling() {
	new_chain().execute_with(|| {
		let ferdie_start = owned(&account(Ferdie));
		let (_, job_id, price) = dave_serves_ferdie(100);
		submit_result(Dave, job_id);
		assert_ok!(Disputes::file_dispute(
			signed(Ferdie),
			job_id,
			account(Dave)
		));
		let escrow_id = pallet_escrow::JobEscrows::<Runtime>::get(job_id).expect("escrowed");
		assert_ok!(Escrow::emergency_withdraw(
			RuntimeOrigin::root(),
			escrow_id,
			account(Ferdie).into()
		));
		assert_eq!(job_status(job_id), Some(JobStatus::Withdrawn));
		let dave_before = owned(&account(Dave));
		let evidence_end = Disputes::dispute(0).expect("filed").evidence_end;
		run_to(evidence_end + 1);
		let dispute = Disputes::dispute(0).expect("kept until pruned");
		assert!(matches!(
			dispute.status,
			pallet_disputes::DisputeStatus::Resolved { .. }
		));
		assert_eq!(job_status(job_id), Some(JobStatus::Withdrawn));
		// The client got its escrow back once (by the withdrawal) and its bond back.
		assert_eq!(owned(&account(Ferdie)), ferdie_start);
		assert!(price > 0);
		assert_eq!(owned(&account(Dave)), dave_before);
		assert!(Disputes::file_dispute(signed(Ferdie), job_id, account(Dave)).is_err());
		assert_eq!(
			report_gain(
				"hole 9: ruling after a withdrawal",
				ferdie_start,
				owned(&account(Ferdie))
			),
			0
		);
	});
}
