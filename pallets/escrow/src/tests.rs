//! Every state transition and every refusal of the escrow pallet, plus property tests that
//! funds are conserved across any sequence of escrow and dispute calls.

use crate::{mock::*, *};
use aitbc_primitives::traits::{EscrowLedger, JobEnd, JobEscrow, JobStatus};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as _, InspectHold as _},
		fungibles::Inspect as _,
	},
	BoundedVec,
};
use sp_runtime::{DispatchError, Perbill, TokenError};

mod escrow_assets;
mod proptests;

// ---- helpers -------------------------------------------------------------------------------

fn on_hold(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Escrow.into(), &who)
}

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

fn usd(who: AccountId) -> Balance {
	Assets::balance(USD, who)
}

fn pot_usd() -> Balance {
	usd(Escrow::pot_of(USD))
}

fn escrow_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Escrow(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn last_event() -> Event<Test> {
	escrow_events().pop().expect("an escrow event")
}

fn signatories(accounts: &[AccountId]) -> BoundedVec<AccountId, ConstU32Signatories> {
	BoundedVec::try_from(accounts.to_vec()).expect("within MaxSignatories")
}

type ConstU32Signatories = <Test as Config>::MaxSignatories;

fn multisig(threshold: u32, accounts: &[AccountId]) -> ReleaseCondition<Test> {
	ReleaseCondition::MultiSig {
		threshold,
		signatories: signatories(accounts),
	}
}

fn inputs(values: &[[u8; 32]]) -> BoundedVec<[u8; 32], <Test as Config>::MaxPublicInputs> {
	BoundedVec::try_from(values.to_vec()).expect("within MaxPublicInputs")
}

fn proof(bytes: &[u8]) -> BoundedVec<u8, <Test as Config>::MaxProofLen> {
	BoundedVec::try_from(bytes.to_vec()).expect("within MaxProofLen")
}

fn statement_of(values: &[[u8; 32]]) -> [u8; 32] {
	sp_io::hashing::blake2_256(&inputs(values).encode())
}

/// ALICE escrows `amount` AIT for BOB.
fn create_native(
	amount: Balance,
	release_after: Option<u64>,
	deadline: Option<u64>,
	condition: ReleaseCondition<Test>,
) -> EscrowId {
	let escrow_id = NextEscrowId::<Test>::get();
	assert_ok!(Escrow::create(
		RuntimeOrigin::signed(ALICE),
		BOB,
		PaymentAsset::Native,
		amount,
		release_after,
		deadline,
		condition
	));
	check_invariants();
	escrow_id
}

/// ALICE escrows `amount` USD for BOB.
fn create_usd(amount: Balance, deadline: Option<u64>) -> EscrowId {
	let escrow_id = NextEscrowId::<Test>::get();
	assert_ok!(Escrow::create(
		RuntimeOrigin::signed(ALICE),
		BOB,
		PaymentAsset::Asset(USD),
		amount,
		None,
		deadline,
		ReleaseCondition::Unconditional
	));
	check_invariants();
	escrow_id
}

fn arbiter() -> RuntimeOrigin {
	RuntimeOrigin::signed(ARBITER)
}

fn set_fee(percent: u32) {
	assert_ok!(Escrow::set_platform_fee(
		RuntimeOrigin::root(),
		Perbill::from_percent(percent)
	));
}

// ---- create --------------------------------------------------------------------------------

#[test]
fn create_holds_the_payment_and_records_the_escrow() {
	test(|| {
		let id = create_native(300, Some(3), Some(10), ReleaseCondition::Unconditional);
		assert_eq!(id, 0);
		assert_eq!(NextEscrowId::<Test>::get(), 1);
		assert_eq!(on_hold(ALICE), 300);
		assert_eq!(free(ALICE), INITIAL - 300);
		let info = Escrows::<Test>::get(0).unwrap();
		assert_eq!(info.depositor, ALICE);
		assert_eq!(info.held, 300);
		assert!(!info.frozen);
		assert_eq!(info.general().unwrap().beneficiary, BOB);
		assert_eq!(Expiries::<Test>::get(10).into_inner(), vec![0]);
		assert_eq!(
			last_event(),
			Event::Created {
				escrow_id: 0,
				depositor: ALICE,
				beneficiary: BOB,
				asset: PaymentAsset::Native,
				amount: 300,
				release_after: Some(3),
				deadline: Some(10),
			}
		);
	});
}

#[test]
fn create_in_an_asset_moves_it_to_the_assets_own_pot() {
	test(|| {
		create_usd(500, None);
		assert_eq!(usd(ALICE), INITIAL - 500);
		assert_eq!(pot_usd(), 500);
		assert_eq!(on_hold(ALICE), 0);
	});
}

#[test]
fn create_refusals() {
	test(|| {
		let create = |origin: RuntimeOrigin,
		              beneficiary: AccountId,
		              asset: PaymentAsset<AssetId>,
		              amount: Balance,
		              release_after: Option<u64>,
		              deadline: Option<u64>,
		              condition: ReleaseCondition<Test>| {
			Escrow::create(
				origin,
				beneficiary,
				asset,
				amount,
				release_after,
				deadline,
				condition,
			)
		};
		let alice = || RuntimeOrigin::signed(ALICE);
		let none = || ReleaseCondition::Unconditional;
		let native = PaymentAsset::Native;

		assert_noop!(
			create(RuntimeOrigin::none(), BOB, native, 1, None, None, none()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			create(alice(), BOB, native, 0, None, None, none()),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			create(alice(), ALICE, native, 5, None, None, none()),
			Error::<Test>::SelfEscrow
		);
		assert_noop!(
			create(alice(), BOB, native, 5, None, Some(1), none()),
			Error::<Test>::DeadlineInPast
		);
		assert_noop!(
			create(alice(), BOB, native, 5, Some(8), Some(8), none()),
			Error::<Test>::TimeLockNotBeforeDeadline
		);
		assert_noop!(
			create(
				alice(),
				BOB,
				native,
				5,
				None,
				None,
				ReleaseCondition::JobSettled(7)
			),
			Error::<Test>::UnknownJob
		);
		assert_noop!(
			create(alice(), BOB, native, 5, None, None, multisig(0, &[CHARLIE])),
			Error::<Test>::InvalidThreshold
		);
		assert_noop!(
			create(
				alice(),
				BOB,
				native,
				5,
				None,
				None,
				multisig(3, &[CHARLIE, DAVE])
			),
			Error::<Test>::InvalidThreshold
		);
		assert_noop!(
			create(
				alice(),
				BOB,
				native,
				5,
				None,
				None,
				multisig(1, &[CHARLIE, DAVE, CHARLIE])
			),
			Error::<Test>::DuplicateSignatory
		);
		assert_noop!(
			create(alice(), BOB, native, INITIAL + 1, None, None, none()),
			TokenError::FundsUnavailable
		);
		assert_noop!(
			create(
				alice(),
				BOB,
				PaymentAsset::Asset(USD),
				ASSET_MIN - 1,
				None,
				None,
				none()
			),
			Error::<Test>::BelowAssetMinimum
		);
		assert_noop!(
			create(
				alice(),
				BOB,
				PaymentAsset::Asset(USD),
				INITIAL + 1,
				None,
				None,
				none()
			),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn create_refuses_a_deadline_whose_expiry_queue_is_full() {
	test(|| {
		for _ in 0..3 {
			create_native(10, None, Some(9), ReleaseCondition::Unconditional);
		}
		assert_noop!(
			Escrow::create(
				RuntimeOrigin::signed(ALICE),
				BOB,
				PaymentAsset::Native,
				10,
				None,
				Some(9),
				ReleaseCondition::Unconditional
			),
			Error::<Test>::ExpiryQueueFull
		);
		// The next block is free.
		create_native(10, None, Some(10), ReleaseCondition::Unconditional);
	});
}

// ---- release -------------------------------------------------------------------------------

#[test]
fn depositor_releases_an_unconditional_escrow() {
	test(|| {
		let id = create_native(300, None, Some(10), ReleaseCondition::Unconditional);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), id, None));
		assert_eq!(free(BOB), INITIAL + 300);
		assert_eq!(free(ALICE), INITIAL - 300);
		assert_eq!(on_hold(ALICE), 0);
		assert!(Escrows::<Test>::get(id).is_none());
		assert!(Expiries::<Test>::get(10).is_empty());
		assert_eq!(
			last_event(),
			Event::Released {
				escrow_id: id,
				to: BOB,
				amount: 300,
				fee: 0
			}
		);
	});
}

#[test]
fn partial_releases_keep_the_rest_held() {
	test(|| {
		let id = create_native(300, None, None, ReleaseCondition::Unconditional);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(100)));
		assert_eq!(free(BOB), INITIAL + 100);
		assert_eq!(on_hold(ALICE), 200);
		assert_eq!(Escrows::<Test>::get(id).unwrap().held, 200);
		check_invariants();
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(201)),
			Error::<Test>::InsufficientHeld
		);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(0)),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(200)));
		assert_eq!(free(BOB), INITIAL + 300);
		assert!(Escrows::<Test>::get(id).is_none());
	});
}

#[test]
fn release_refuses_strangers_and_unknown_escrows() {
	test(|| {
		let id = create_native(300, None, None, ReleaseCondition::Unconditional);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(STRANGER), id, None),
			Error::<Test>::NotParty
		);
		assert_noop!(
			Escrow::release(RuntimeOrigin::none(), id, None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), 42, None),
			Error::<Test>::UnknownEscrow
		);
	});
}

#[test]
fn beneficiary_cannot_release_an_escrow_without_condition_or_time_lock() {
	test(|| {
		let id = create_native(300, None, None, ReleaseCondition::Unconditional);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(BOB), id, None),
			Error::<Test>::OnlyDepositorMayRelease
		);
	});
}

#[test]
fn time_lock_blocks_release_until_it_ends_then_the_beneficiary_may_claim() {
	test(|| {
		let id = create_native(300, Some(5), None, ReleaseCondition::Unconditional);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), id, None),
			Error::<Test>::TimeLocked
		);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(BOB), id, None),
			Error::<Test>::TimeLocked
		);
		run_to_block(5);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(BOB), id, None));
		assert_eq!(free(BOB), INITIAL + 300);
	});
}

#[test]
fn release_after_the_deadline_is_refused() {
	test(|| {
		let id = create_native(300, None, Some(4), ReleaseCondition::Unconditional);
		// Move the clock without the hook, so the escrow is still open at its deadline.
		System::set_block_number(4);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), id, None),
			Error::<Test>::DeadlinePassed
		);
	});
}

#[test]
fn job_settled_condition_releases_only_once_the_job_is_settled() {
	test(|| {
		set_job(7, JobStatus::Called);
		let id = create_native(300, None, None, ReleaseCondition::JobSettled(7));
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(BOB), id, None),
			Error::<Test>::ConditionNotMet
		);
		// The condition binds the depositor too.
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), id, None),
			Error::<Test>::ConditionNotMet
		);
		// Delivered, claimed, disputed or divided by a ruling is not settled.
		for status in [
			JobStatus::ResultSubmitted,
			JobStatus::Claimed,
			JobStatus::Disputed,
			JobStatus::Resolved,
		] {
			set_job(7, status);
			assert_noop!(
				Escrow::release(RuntimeOrigin::signed(BOB), id, None),
				Error::<Test>::ConditionNotMet
			);
		}
		set_job(7, JobStatus::Settled);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(BOB), id, None));
		assert_eq!(free(BOB), INITIAL + 300);
	});
}

#[test]
fn zk_condition_releases_after_a_valid_proof_of_the_agreed_statement() {
	test(|| {
		let agreed = [[7u8; 32]];
		let id = create_native(
			300,
			None,
			None,
			ReleaseCondition::ZkProof {
				key: KEY,
				statement: statement_of(&agreed),
			},
		);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(BOB), id, None),
			Error::<Test>::ConditionNotMet
		);
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::signed(BOB),
				id,
				proof(VALID_PROOF),
				inputs(&[[8u8; 32]])
			),
			Error::<Test>::WrongStatement
		);
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::signed(BOB),
				id,
				proof(b"forged"),
				inputs(&agreed)
			),
			DispatchError::Other("invalid proof")
		);
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::none(),
				id,
				proof(VALID_PROOF),
				inputs(&agreed)
			),
			DispatchError::BadOrigin
		);
		// Anyone may submit the proof: it speaks for itself.
		assert_ok!(Escrow::submit_proof(
			RuntimeOrigin::signed(STRANGER),
			id,
			proof(VALID_PROOF),
			inputs(&agreed)
		));
		assert_eq!(last_event(), Event::ProofAccepted { escrow_id: id });
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::signed(BOB),
				id,
				proof(VALID_PROOF),
				inputs(&agreed)
			),
			Error::<Test>::ProofAlreadyAccepted
		);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(BOB), id, Some(100)));
		// The accepted proof keeps the condition met for later partial releases.
		assert_ok!(Escrow::release(RuntimeOrigin::signed(BOB), id, None));
		assert_eq!(free(BOB), INITIAL + 300);
	});
}

#[test]
fn a_zk_condition_pins_its_key_until_the_escrow_closes() {
	test(|| {
		let condition = |key| ReleaseCondition::ZkProof {
			key,
			statement: statement_of(&[[7u8; 32]]),
		};
		// Only keys registered for escrow conditions: a key the open calls use could have its
		// nullifiers spent by anyone.
		for key in [OPEN_KEY, [9; 32]] {
			assert!(Escrow::create(
				RuntimeOrigin::signed(ALICE),
				BOB,
				PaymentAsset::Native,
				300,
				None,
				None,
				condition(key)
			)
			.is_err());
		}
		assert_eq!(NextEscrowId::<Test>::get(), 0, "nothing was created");
		let released = create_native(300, None, None, condition(KEY));
		let refunded = create_native(200, None, Some(5), condition(KEY));
		assert_eq!(pins(KEY), 2);
		assert_ok!(Escrow::submit_proof(
			RuntimeOrigin::signed(BOB),
			released,
			proof(VALID_PROOF),
			inputs(&[[7u8; 32]])
		));
		assert_ok!(Escrow::release(RuntimeOrigin::signed(BOB), released, None));
		assert_eq!(pins(KEY), 1, "a closed escrow releases its pin");
		run_to_block(6);
		assert!(Escrows::<Test>::get(refunded).is_none());
		assert_eq!(pins(KEY), 0, "so does one refunded at its deadline");
	});
}

#[test]
fn submit_proof_needs_a_zk_condition() {
	test(|| {
		let id = create_native(300, None, None, ReleaseCondition::Unconditional);
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::signed(BOB),
				id,
				proof(VALID_PROOF),
				inputs(&[])
			),
			Error::<Test>::NotZkCondition
		);
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::signed(BOB),
				9,
				proof(VALID_PROOF),
				inputs(&[])
			),
			Error::<Test>::UnknownEscrow
		);
	});
}

#[test]
fn multisig_releases_once_the_threshold_approved() {
	test(|| {
		let id = create_native(300, None, None, multisig(2, &[CHARLIE, DAVE, STRANGER]));
		assert_noop!(
			Escrow::approve(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotSignatory
		);
		assert_noop!(
			Escrow::approve(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		assert_ok!(Escrow::approve(RuntimeOrigin::signed(CHARLIE), id));
		assert_eq!(
			last_event(),
			Event::Approved {
				escrow_id: id,
				signatory: CHARLIE,
				approvals: 1
			}
		);
		assert_noop!(
			Escrow::approve(RuntimeOrigin::signed(CHARLIE), id),
			Error::<Test>::AlreadyApproved
		);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(BOB), id, None),
			Error::<Test>::ConditionNotMet
		);
		// A signatory is not a party: approving is all it does.
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(CHARLIE), id, None),
			Error::<Test>::NotParty
		);
		assert_ok!(Escrow::approve(RuntimeOrigin::signed(DAVE), id));
		assert_eq!(Approvals::<Test>::get(id).into_inner(), vec![CHARLIE, DAVE]);
		check_invariants();
		assert_ok!(Escrow::release(RuntimeOrigin::signed(BOB), id, None));
		assert_eq!(free(BOB), INITIAL + 300);
		assert!(Approvals::<Test>::get(id).is_empty());
	});
}

#[test]
fn approve_needs_a_multisig_condition() {
	test(|| {
		let id = create_native(300, None, None, ReleaseCondition::Unconditional);
		assert_noop!(
			Escrow::approve(RuntimeOrigin::signed(CHARLIE), id),
			Error::<Test>::NotMultiSig
		);
		assert_noop!(
			Escrow::approve(RuntimeOrigin::signed(CHARLIE), 5),
			Error::<Test>::UnknownEscrow
		);
	});
}

// ---- platform fee --------------------------------------------------------------------------

#[test]
fn platform_fee_is_set_by_governance_only_and_bounded() {
	test(|| {
		assert_noop!(
			Escrow::set_platform_fee(RuntimeOrigin::signed(ALICE), Perbill::from_percent(1)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::set_platform_fee(arbiter(), Perbill::from_percent(1)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::set_platform_fee(RuntimeOrigin::root(), Perbill::from_percent(11)),
			Error::<Test>::FeeTooHigh
		);
		set_fee(10);
		assert_eq!(PlatformFee::<Test>::get(), Perbill::from_percent(10));
		assert_eq!(
			last_event(),
			Event::PlatformFeeSet {
				fee: Perbill::from_percent(10)
			}
		);
	});
}

#[test]
fn release_burns_an_ait_fee() {
	test(|| {
		set_fee(5);
		let issuance = Balances::total_issuance();
		let id = create_native(1_000, None, None, ReleaseCondition::Unconditional);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(400)));
		assert_eq!(free(BOB), INITIAL + 380);
		// An AIT fee is burned, not paid to the treasury.
		assert_eq!(free(TREASURY), ED);
		assert_eq!(Balances::total_issuance(), issuance - 20);
		assert_eq!(
			last_event(),
			Event::Released {
				escrow_id: id,
				to: BOB,
				amount: 400,
				fee: 20
			}
		);
		assert_eq!(on_hold(ALICE), 600);
	});
}

#[test]
fn asset_fee_goes_to_the_treasury_unless_below_the_asset_minimum() {
	test(|| {
		set_fee(5);
		let id = create_usd(1_100, None);
		// 5% of 100 is 5, below the minimum of 10: waived, so the pallet account cannot be
		// left with dust.
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(100)));
		assert_eq!(usd(BOB), INITIAL + 100);
		assert_eq!(usd(TREASURY), 0);
		assert_eq!(
			last_event(),
			Event::Released {
				escrow_id: id,
				to: BOB,
				amount: 100,
				fee: 0
			}
		);
		check_invariants();
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), id, None));
		assert_eq!(usd(BOB), INITIAL + 100 + 950);
		assert_eq!(usd(TREASURY), 50);
		assert_eq!(pot_usd(), 0);
	});
}

#[test]
fn asset_release_may_not_leave_less_than_the_minimum() {
	test(|| {
		let id = create_usd(100, None);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(95)),
			Error::<Test>::BelowAssetMinimum
		);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), id, Some(90)));
		assert_eq!(pot_usd(), 10);
	});
}

// ---- refund --------------------------------------------------------------------------------

#[test]
fn beneficiary_may_always_refund() {
	test(|| {
		let id = create_native(300, None, Some(50), multisig(1, &[CHARLIE]));
		assert_ok!(Escrow::refund(RuntimeOrigin::signed(BOB), id));
		assert_eq!(free(ALICE), INITIAL);
		assert_eq!(on_hold(ALICE), 0);
		assert!(Escrows::<Test>::get(id).is_none());
		assert!(Expiries::<Test>::get(50).is_empty());
		assert_eq!(
			last_event(),
			Event::Refunded {
				escrow_id: id,
				to: ALICE,
				amount: 300
			}
		);
	});
}

#[test]
fn refund_before_the_deadline_while_the_condition_is_possible_is_refused() {
	test(|| {
		set_job(7, JobStatus::Called);
		let id = create_native(300, None, Some(20), ReleaseCondition::JobSettled(7));
		// Every open status may still end as Settled, and a settled job met the condition.
		for status in [
			JobStatus::Called,
			JobStatus::ResultSubmitted,
			JobStatus::Claimed,
			JobStatus::Disputed,
			JobStatus::Settled,
		] {
			set_job(7, status);
			assert_noop!(
				Escrow::refund(RuntimeOrigin::signed(ALICE), id),
				Error::<Test>::RefundNotDue
			);
			assert_noop!(
				Escrow::refund(RuntimeOrigin::signed(STRANGER), id),
				Error::<Test>::RefundNotDue
			);
		}
		assert_noop!(
			Escrow::refund(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::refund(RuntimeOrigin::signed(ALICE), 77),
			Error::<Test>::UnknownEscrow
		);
	});
}

#[test]
fn anyone_may_refund_after_the_deadline() {
	test(|| {
		let id = create_native(300, None, Some(6), ReleaseCondition::Unconditional);
		System::set_block_number(6);
		assert_ok!(Escrow::refund(RuntimeOrigin::signed(STRANGER), id));
		assert_eq!(free(ALICE), INITIAL);
		assert!(Expiries::<Test>::get(6).is_empty());
	});
}

#[test]
fn anyone_may_refund_once_the_job_ended_unsettled_or_is_gone() {
	test(|| {
		// Every final status but Settled can never become Settled: the condition is dead.
		let ended = [
			JobStatus::Cancelled,
			JobStatus::TimedOut,
			JobStatus::Withdrawn,
			JobStatus::Resolved,
		];
		let mut ids = Vec::new();
		for (job, status) in (10..).zip(ended) {
			set_job(job, JobStatus::Called);
			ids.push(create_native(
				100,
				None,
				None,
				ReleaseCondition::JobSettled(job),
			));
			set_job(job, status);
		}
		set_job(8, JobStatus::Called);
		let removed = create_native(200, None, None, ReleaseCondition::JobSettled(8));
		remove_job(8);
		for id in ids {
			assert_ok!(Escrow::refund(RuntimeOrigin::signed(STRANGER), id));
			check_invariants();
		}
		assert_ok!(Escrow::refund(RuntimeOrigin::signed(STRANGER), removed));
		assert_eq!(free(ALICE), INITIAL);
		assert_eq!(on_hold(ALICE), 0);
	});
}

#[test]
fn asset_refund_returns_the_asset() {
	test(|| {
		let id = create_usd(500, Some(3));
		assert_ok!(Escrow::refund(RuntimeOrigin::signed(BOB), id));
		assert_eq!(usd(ALICE), INITIAL);
		assert_eq!(pot_usd(), 0);
	});
}

// ---- freeze, unfreeze, split ---------------------------------------------------------------

#[test]
fn a_frozen_escrow_refuses_every_movement() {
	test(|| {
		let agreed = [[1u8; 32]];
		let plain = create_native(300, None, None, ReleaseCondition::Unconditional);
		let signed = create_native(300, None, None, multisig(1, &[CHARLIE]));
		let proven = create_native(
			300,
			None,
			None,
			ReleaseCondition::ZkProof {
				key: KEY,
				statement: statement_of(&agreed),
			},
		);
		assert_noop!(
			Escrow::freeze(RuntimeOrigin::signed(ALICE), plain),
			DispatchError::BadOrigin
		);
		assert_noop!(Escrow::freeze(arbiter(), 99), Error::<Test>::UnknownEscrow);
		for id in [plain, signed, proven] {
			assert_ok!(Escrow::freeze(arbiter(), id));
			assert_eq!(last_event(), Event::Frozen { escrow_id: id });
		}
		assert_noop!(
			Escrow::freeze(arbiter(), plain),
			Error::<Test>::EscrowFrozen
		);
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), plain, None),
			Error::<Test>::EscrowFrozen
		);
		assert_noop!(
			Escrow::refund(RuntimeOrigin::signed(BOB), plain),
			Error::<Test>::EscrowFrozen
		);
		assert_noop!(
			Escrow::approve(RuntimeOrigin::signed(CHARLIE), signed),
			Error::<Test>::EscrowFrozen
		);
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::signed(BOB),
				proven,
				proof(VALID_PROOF),
				inputs(&agreed)
			),
			Error::<Test>::EscrowFrozen
		);
		assert_noop!(
			Escrow::unfreeze(RuntimeOrigin::signed(ALICE), plain),
			DispatchError::BadOrigin
		);
		assert_ok!(Escrow::unfreeze(arbiter(), plain));
		assert_eq!(last_event(), Event::Unfrozen { escrow_id: plain });
		assert_noop!(Escrow::unfreeze(arbiter(), plain), Error::<Test>::NotFrozen);
		assert_ok!(Escrow::release(RuntimeOrigin::signed(ALICE), plain, None));
	});
}

#[test]
fn split_needs_a_frozen_escrow() {
	test(|| {
		let id = create_native(300, None, None, ReleaseCondition::Unconditional);
		assert_noop!(
			Escrow::split(arbiter(), id, Perbill::from_percent(50)),
			Error::<Test>::NotFrozen
		);
		assert_noop!(
			Escrow::split(RuntimeOrigin::signed(BOB), id, Perbill::from_percent(50)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::split(arbiter(), 12, Perbill::from_percent(50)),
			Error::<Test>::UnknownEscrow
		);
	});
}

#[test]
fn split_divides_a_frozen_escrow_and_charges_the_fee_on_the_payee_part() {
	test(|| {
		set_fee(10);
		let issuance = Balances::total_issuance();
		let id = create_native(1_000, None, Some(30), ReleaseCondition::Unconditional);
		assert_ok!(Escrow::freeze(arbiter(), id));
		assert_ok!(Escrow::split(arbiter(), id, Perbill::from_percent(70)));
		assert_eq!(free(BOB), INITIAL + 630);
		// An AIT fee is burned, not paid to the treasury.
		assert_eq!(free(TREASURY), ED);
		assert_eq!(Balances::total_issuance(), issuance - 70);
		assert_eq!(free(ALICE), INITIAL - 700);
		assert_eq!(on_hold(ALICE), 0);
		assert!(Escrows::<Test>::get(id).is_none());
		assert!(Expiries::<Test>::get(30).is_empty());
		assert_eq!(
			last_event(),
			Event::Split {
				escrow_id: id,
				payee: BOB,
				to_payee: 630,
				fee: 70,
				to_depositor: 300
			}
		);
	});
}

#[test]
fn asset_split_pays_both_sides_without_dust() {
	test(|| {
		set_fee(10);
		let id = create_usd(300, None);
		assert_ok!(Escrow::freeze(arbiter(), id));
		assert_ok!(Escrow::split(arbiter(), id, Perbill::from_percent(50)));
		assert_eq!(usd(BOB), INITIAL + 135);
		assert_eq!(usd(TREASURY), 15);
		assert_eq!(usd(ALICE), INITIAL - 150);
		assert_eq!(pot_usd(), 0);
	});
}

// ---- emergency withdrawal ------------------------------------------------------------------

#[test]
fn only_governance_may_order_an_emergency_withdrawal() {
	test(|| {
		set_fee(10);
		let id = create_native(300, None, None, ReleaseCondition::Unconditional);
		assert_ok!(Escrow::freeze(arbiter(), id));
		assert_noop!(
			Escrow::emergency_withdraw(RuntimeOrigin::signed(ALICE), id, DAVE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::emergency_withdraw(arbiter(), id, DAVE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Escrow::emergency_withdraw(RuntimeOrigin::root(), 55, DAVE),
			Error::<Test>::UnknownEscrow
		);
		// Even a frozen escrow, and without fee.
		assert_ok!(Escrow::emergency_withdraw(RuntimeOrigin::root(), id, DAVE));
		assert_eq!(free(DAVE), INITIAL + 300);
		assert_eq!(free(TREASURY), ED);
		assert_eq!(on_hold(ALICE), 0);
		assert_eq!(
			last_event(),
			Event::EmergencyWithdrawn {
				escrow_id: id,
				to: DAVE,
				amount: 300
			}
		);
	});
}

// ---- job escrows through the extrinsics ----------------------------------------------------

#[test]
fn job_escrows_do_not_move_through_the_general_calls() {
	test(|| {
		set_job(7, JobStatus::Called);
		assert_ok!(<Escrow as EscrowLedger<_, _, _>>::lock(
			7,
			&ALICE,
			PaymentAsset::Native,
			300
		));
		let id = JobEscrows::<Test>::get(7).unwrap();
		assert_noop!(
			Escrow::release(RuntimeOrigin::signed(ALICE), id, None),
			Error::<Test>::JobEscrowNotCallable
		);
		assert_noop!(
			Escrow::refund(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::JobEscrowNotCallable
		);
		assert_noop!(
			Escrow::approve(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::JobEscrowNotCallable
		);
		assert_noop!(
			Escrow::submit_proof(
				RuntimeOrigin::signed(ALICE),
				id,
				proof(VALID_PROOF),
				inputs(&[])
			),
			Error::<Test>::JobEscrowNotCallable
		);
		// Nor freeze and unfreeze: a job's escrow is frozen by its dispute alone.
		assert_noop!(
			Escrow::freeze(arbiter(), id),
			Error::<Test>::JobEscrowNotCallable
		);
		assert_noop!(
			Escrow::unfreeze(arbiter(), id),
			Error::<Test>::JobEscrowNotCallable
		);
		assert_noop!(
			Escrow::split(arbiter(), id, Perbill::from_percent(50)),
			Error::<Test>::JobEscrowNotCallable
		);
		// Governance can still rescue it.
		assert_ok!(Escrow::emergency_withdraw(RuntimeOrigin::root(), id, ALICE));
		assert!(JobEscrows::<Test>::get(7).is_none());
		assert_eq!(free(ALICE), INITIAL);
	});
}

#[test]
fn emergency_withdrawal_of_a_job_escrow_closes_the_job_as_withdrawn() {
	test(|| {
		set_job(7, JobStatus::Disputed);
		assert_ok!(ledger_lock(7, 300));
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::freeze(7));
		let id = JobEscrows::<Test>::get(7).unwrap();
		assert_ok!(Escrow::emergency_withdraw(RuntimeOrigin::root(), id, DAVE));
		assert_eq!(closed_jobs(), vec![(7, JobEnd::Withdrawn)]);
		assert_eq!(job_status(7), Some(JobStatus::Withdrawn));
		assert_eq!(free(DAVE), INITIAL + 300);
		assert_eq!(on_hold(ALICE), 0);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		assert_eq!(
			last_event(),
			Event::EmergencyWithdrawn {
				escrow_id: id,
				to: DAVE,
				amount: 300
			}
		);
	});
}

#[test]
fn emergency_withdrawal_of_a_job_escrow_fails_if_the_registry_refuses_to_close_the_job() {
	test(|| {
		// The registry refuses: nothing moves, the job and its escrow stay as they were.
		set_job(7, JobStatus::Claimed);
		assert_ok!(ledger_lock(7, 300));
		let id = JobEscrows::<Test>::get(7).unwrap();
		refuse_close(true);
		assert_noop!(
			Escrow::emergency_withdraw(RuntimeOrigin::root(), id, DAVE),
			DispatchError::Other("registry refuses")
		);
		assert_eq!(job_status(7), Some(JobStatus::Claimed));
		assert_eq!(on_hold(ALICE), 300);
		assert!(closed_jobs().is_empty());
		refuse_close(false);

		// A job that already ended (here: its escrow outlived it) cannot be closed twice.
		set_job(7, JobStatus::Cancelled);
		assert_noop!(
			Escrow::emergency_withdraw(RuntimeOrigin::root(), id, DAVE),
			DispatchError::Other("job not in a state that allows this")
		);
		// General escrows have no job: unchanged.
		let general = create_native(100, None, None, ReleaseCondition::Unconditional);
		refuse_close(true);
		assert_ok!(Escrow::emergency_withdraw(
			RuntimeOrigin::root(),
			general,
			DAVE
		));
		assert_eq!(free(DAVE), INITIAL + 100);
		assert!(closed_jobs().is_empty());
	});
}

// ---- automatic expiry ----------------------------------------------------------------------

#[test]
fn an_escrow_is_refunded_automatically_at_its_deadline() {
	test(|| {
		let id = create_native(300, None, Some(4), ReleaseCondition::Unconditional);
		run_to_block(3);
		assert_eq!(on_hold(ALICE), 300);
		run_to_block(4);
		assert_eq!(on_hold(ALICE), 0);
		assert_eq!(free(ALICE), INITIAL);
		assert!(Escrows::<Test>::get(id).is_none());
		assert!(Expiries::<Test>::get(4).is_empty());
		assert_eq!(
			last_event(),
			Event::Expired {
				escrow_id: id,
				to: ALICE,
				amount: 300
			}
		);
	});
}

#[test]
fn auto_refunds_are_bounded_per_block_and_carried_over() {
	test(|| {
		let ids: Vec<_> = (0..3)
			.map(|_| create_native(100, None, Some(3), ReleaseCondition::Unconditional))
			.collect();
		let last = create_native(100, None, Some(4), ReleaseCondition::Unconditional);
		run_to_block(3);
		// Two of three at block 3 (MaxExpiriesProcessedPerBlock = 2) ...
		assert_eq!(on_hold(ALICE), 200);
		assert!(Escrows::<Test>::get(ids[2]).is_some());
		assert_eq!(Expiries::<Test>::get(3).into_inner(), vec![ids[2]]);
		assert_eq!(NextExpiryBlock::<Test>::get(), Some(3));
		// ... the third and the one due at block 4 in block 4.
		run_to_block(4);
		assert_eq!(on_hold(ALICE), 0);
		assert!(Escrows::<Test>::get(last).is_none());
		assert_eq!(NextExpiryBlock::<Test>::get(), Some(5));
		let expired = escrow_events()
			.into_iter()
			.filter(|event| matches!(event, Event::Expired { .. }))
			.count();
		assert_eq!(expired, 4);
	});
}

#[test]
fn a_backlog_over_empty_blocks_is_worked_off() {
	test(|| {
		MaxExpiriesProcessed::set(1);
		for deadline in [2, 6] {
			create_native(100, None, Some(deadline), ReleaseCondition::Unconditional);
		}
		// The hook starts late (as after an outage or a runtime upgrade at block 1).
		NextExpiryBlock::<Test>::put(1);
		System::set_block_number(7);
		use frame_support::traits::Hooks;
		Escrow::on_initialize(7);
		// Blocks 1 and 2 walked: the escrow due at 2 spends the budget of one.
		assert_eq!(on_hold(ALICE), 100);
		assert_eq!(NextExpiryBlock::<Test>::get(), Some(3));
		check_invariants();
		// The next block walks 3 to 6 and refunds the other.
		run_to_block(8);
		assert_eq!(on_hold(ALICE), 0);
		assert_eq!(NextExpiryBlock::<Test>::get(), Some(7));
		run_to_block(9);
		assert_eq!(NextExpiryBlock::<Test>::get(), Some(10));
	});
}

#[test]
fn a_frozen_escrow_is_skipped_at_expiry_and_refunded_when_unfrozen() {
	test(|| {
		let id = create_native(300, None, Some(4), ReleaseCondition::Unconditional);
		assert_ok!(Escrow::freeze(arbiter(), id));
		run_to_block(6);
		assert_eq!(on_hold(ALICE), 300);
		assert!(escrow_events().contains(&Event::ExpirySkipped { escrow_id: id }));
		assert!(Expiries::<Test>::get(4).is_empty());
		assert_ok!(Escrow::unfreeze(arbiter(), id));
		assert_eq!(on_hold(ALICE), 0);
		assert_eq!(free(ALICE), INITIAL);
		assert_eq!(
			last_event(),
			Event::Expired {
				escrow_id: id,
				to: ALICE,
				amount: 300
			}
		);
	});
}

#[test]
fn a_frozen_escrow_can_still_be_split_after_its_deadline() {
	test(|| {
		let id = create_native(300, None, Some(4), ReleaseCondition::Unconditional);
		assert_ok!(Escrow::freeze(arbiter(), id));
		run_to_block(5);
		assert_ok!(Escrow::split(arbiter(), id, Perbill::from_percent(100)));
		assert_eq!(free(BOB), INITIAL + 300);
	});
}

#[test]
fn a_failed_auto_refund_leaves_the_escrow_open_for_a_manual_refund() {
	test(|| {
		let id = create_usd(500, Some(3));
		assert_ok!(Assets::freeze_asset(
			RuntimeOrigin::signed(ASSET_OWNER),
			USD
		));
		run_to_block(3);
		assert!(Escrows::<Test>::get(id).is_some());
		assert!(
			matches!(last_event(), Event::AutoRefundFailed { escrow_id, .. } if escrow_id == id)
		);
		assert_eq!(pot_usd(), 500);
		assert_ok!(Assets::thaw_asset(RuntimeOrigin::signed(ASSET_OWNER), USD));
		assert_ok!(Escrow::refund(RuntimeOrigin::signed(STRANGER), id));
		assert_eq!(usd(ALICE), INITIAL);
	});
}

// ---- EscrowLedger --------------------------------------------------------------------------

type Ledger = Escrow;

fn ledger_lock(job: JobId, amount: Balance) -> sp_runtime::DispatchResult {
	<Ledger as EscrowLedger<_, _, _>>::lock(job, &ALICE, PaymentAsset::Native, amount)
}

#[test]
fn ledger_lock_and_escrow_of() {
	test(|| {
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		assert_ok!(ledger_lock(7, 300));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::escrow_of(7),
			Some(JobEscrow {
				payer: ALICE,
				asset: PaymentAsset::Native,
				held: 300,
				frozen: false
			})
		);
		assert_eq!(on_hold(ALICE), 300);
		assert_eq!(
			last_event(),
			Event::JobLocked {
				job_id: 7,
				escrow_id: 0,
				payer: ALICE,
				asset: PaymentAsset::Native,
				amount: 300
			}
		);
		assert_noop!(ledger_lock(7, 10), Error::<Test>::JobEscrowExists);
		assert_noop!(ledger_lock(8, 0), Error::<Test>::ZeroAmount);
		// All-or-nothing outside a dispatch: the failed hold leaves no escrow and no id used.
		assert_noop!(ledger_lock(8, INITIAL), TokenError::FundsUnavailable);
		assert_eq!(NextEscrowId::<Test>::get(), 1);
	});
}

#[test]
fn ledger_release_pays_less_the_fee_and_closes_when_empty() {
	test(|| {
		set_fee(10);
		let issuance = Balances::total_issuance();
		assert_ok!(ledger_lock(7, 1_000));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::release(7, &CHARLIE, 400),
			Ok(360)
		);
		assert_eq!(free(CHARLIE), INITIAL + 360);
		// An AIT fee is burned, not paid to the treasury.
		assert_eq!(free(TREASURY), ED);
		assert_eq!(Balances::total_issuance(), issuance - 40);
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::escrow_of(7)
				.unwrap()
				.held,
			600
		);
		check_invariants();
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::release(7, &CHARLIE, 601),
			Error::<Test>::InsufficientHeld
		);
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::release(7, &CHARLIE, 600),
			Ok(540)
		);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		assert!(JobEscrows::<Test>::get(7).is_none());
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::release(7, &CHARLIE, 1),
			Error::<Test>::NoJobEscrow
		);
	});
}

#[test]
fn ledger_settle_pays_the_payee_less_the_fee_and_returns_the_rest() {
	test(|| {
		set_fee(10);
		let issuance = Balances::total_issuance();
		assert_ok!(ledger_lock(7, 1_000));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::settle(7, &CHARLIE, 600),
			Ok((540, 400))
		);
		assert_eq!(free(CHARLIE), INITIAL + 540);
		// An AIT fee is burned, not paid to the treasury.
		assert_eq!(free(TREASURY), ED);
		assert_eq!(Balances::total_issuance(), issuance - 60);
		assert_eq!(free(ALICE), INITIAL - 600);
		assert_eq!(on_hold(ALICE), 0);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		assert!(JobEscrows::<Test>::get(7).is_none());
		assert!(Escrows::<Test>::get(0).is_none());
		assert_eq!(
			last_event(),
			Event::Settled {
				escrow_id: 0,
				payee: CHARLIE,
				to_payee: 540,
				fee: 60,
				to_depositor: 400
			}
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::settle(7, &CHARLIE, 1),
			Error::<Test>::NoJobEscrow
		);
	});
}

#[test]
fn ledger_settle_of_everything_or_of_nothing() {
	test(|| {
		assert_ok!(ledger_lock(7, 300));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::settle(7, &CHARLIE, 300),
			Ok((300, 0))
		);
		assert_eq!(free(CHARLIE), INITIAL + 300);
		check_invariants();
		// A job billed for nothing: everything goes back, and the escrow still closes.
		assert_ok!(ledger_lock(8, 300));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::settle(8, &CHARLIE, 0),
			Ok((0, 300))
		);
		assert_eq!(free(ALICE), INITIAL - 300);
		assert_eq!(on_hold(ALICE), 0);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(8), None);
	});
}

#[test]
fn ledger_settle_refuses_a_frozen_escrow_and_more_than_is_held() {
	test(|| {
		set_fee(10);
		assert_ok!(ledger_lock(7, 1_000));
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::settle(7, &CHARLIE, 1_001),
			Error::<Test>::InsufficientHeld
		);
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::freeze(7));
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::settle(7, &CHARLIE, 500),
			Error::<Test>::EscrowFrozen
		);
		// Nothing moved.
		assert_eq!(on_hold(ALICE), 1_000);
		assert_eq!(free(CHARLIE), INITIAL);
		assert_eq!(free(TREASURY), ED);
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::escrow_of(7),
			Some(JobEscrow {
				payer: ALICE,
				asset: PaymentAsset::Native,
				held: 1_000,
				frozen: true
			})
		);
	});
}

#[test]
fn ledger_settle_in_an_asset() {
	test(|| {
		set_fee(10);
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::lock(
			7,
			&BOB,
			PaymentAsset::Asset(USD),
			300
		));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::settle(7, &CHARLIE, 200),
			Ok((180, 100))
		);
		assert_eq!(usd(CHARLIE), INITIAL + 180);
		assert_eq!(usd(TREASURY), 20);
		assert_eq!(usd(BOB), INITIAL - 200);
		assert_eq!(pot_usd(), 0);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		check_invariants();

		// A remainder below the asset minimum goes back too (the depositor's account exists),
		// and the pot never falls into dust on the way.
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::lock(
			8,
			&BOB,
			PaymentAsset::Asset(USD),
			300
		));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::settle(8, &CHARLIE, 295),
			Ok((266, 5))
		);
		assert_eq!(usd(CHARLIE), INITIAL + 180 + 266);
		assert_eq!(usd(TREASURY), 20 + 29);
		assert_eq!(usd(BOB), INITIAL - 200 - 295);
		assert_eq!(pot_usd(), 0);
	});
}

#[test]
fn ledger_refund_returns_everything() {
	test(|| {
		assert_ok!(ledger_lock(7, 300));
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::refund(7), Ok(300));
		assert_eq!(free(ALICE), INITIAL);
		assert_eq!(
			last_event(),
			Event::Refunded {
				escrow_id: 0,
				to: ALICE,
				amount: 300
			}
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::refund(7),
			Error::<Test>::NoJobEscrow
		);
	});
}

#[test]
fn ledger_refund_part_returns_part_without_fee_and_keeps_the_rest() {
	test(|| {
		set_fee(10);
		assert_ok!(ledger_lock(7, 1_000));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::refund_part(7, 250),
			Ok(250)
		);
		assert_eq!(free(ALICE), INITIAL - 750);
		assert_eq!(on_hold(ALICE), 750);
		assert_eq!(free(TREASURY), ED, "a refund pays no platform fee");
		assert_eq!(
			last_event(),
			Event::Refunded {
				escrow_id: 0,
				to: ALICE,
				amount: 250
			}
		);
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::escrow_of(7)
				.unwrap()
				.held,
			750
		);
		check_invariants();

		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::refund_part(7, 751),
			Error::<Test>::InsufficientHeld
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::refund_part(7, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::refund_part(8, 1),
			Error::<Test>::NoJobEscrow
		);
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::freeze(7));
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::refund_part(7, 1),
			Error::<Test>::EscrowFrozen
		);
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::unfreeze(7));

		// Refunding the rest closes the escrow.
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::refund_part(7, 750),
			Ok(750)
		);
		assert_eq!(free(ALICE), INITIAL);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		assert!(JobEscrows::<Test>::get(7).is_none());
		check_invariants();
	});
}

#[test]
fn ledger_freeze_unfreeze_and_split() {
	test(|| {
		set_fee(10);
		let issuance = Balances::total_issuance();
		assert_ok!(ledger_lock(7, 1_000));
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::split(7, &CHARLIE, Perbill::from_percent(50)),
			Error::<Test>::NotFrozen
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::unfreeze(7),
			Error::<Test>::NotFrozen
		);
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::freeze(7));
		assert!(
			<Ledger as EscrowLedger<_, _, _>>::escrow_of(7)
				.unwrap()
				.frozen
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::freeze(7),
			Error::<Test>::EscrowFrozen
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::release(7, &CHARLIE, 1),
			Error::<Test>::EscrowFrozen
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::refund(7),
			Error::<Test>::EscrowFrozen
		);
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::unfreeze(7));
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::freeze(7));
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::split(7, &CHARLIE, Perbill::from_percent(40)),
			Ok((360, 600))
		);
		assert_eq!(free(CHARLIE), INITIAL + 360);
		// An AIT fee is burned, not paid to the treasury.
		assert_eq!(free(TREASURY), ED);
		assert_eq!(Balances::total_issuance(), issuance - 40);
		assert_eq!(free(ALICE), INITIAL - 400);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::freeze(7),
			Error::<Test>::NoJobEscrow
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::unfreeze(7),
			Error::<Test>::NoJobEscrow
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::split(7, &CHARLIE, Perbill::one()),
			Error::<Test>::NoJobEscrow
		);
	});
}

#[test]
fn ledger_works_with_assets() {
	test(|| {
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::lock(
			7,
			&BOB,
			PaymentAsset::Asset(USD),
			200
		));
		assert_eq!(pot_usd(), 200);
		check_invariants();
		assert_eq!(
			<Ledger as EscrowLedger<_, _, _>>::release(7, &CHARLIE, 50),
			Ok(50)
		);
		assert_eq!(usd(CHARLIE), INITIAL + 50);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::refund(7), Ok(150));
		assert_eq!(usd(BOB), INITIAL - 50);
		assert_eq!(pot_usd(), 0);
	});
}

#[test]
fn the_pallet_account_stays_usable_after_being_emptied() {
	test(|| {
		let first = create_usd(100, None);
		assert_ok!(Escrow::refund(RuntimeOrigin::signed(BOB), first));
		assert_eq!(pot_usd(), 0);
		create_usd(100, None);
		assert_eq!(pot_usd(), 100);
	});
}

#[test]
fn create_refuses_when_escrow_ids_run_out() {
	test(|| {
		NextEscrowId::<Test>::put(EscrowId::MAX);
		assert_noop!(
			Escrow::create(
				RuntimeOrigin::signed(ALICE),
				BOB,
				PaymentAsset::Native,
				10,
				None,
				None,
				ReleaseCondition::Unconditional
			),
			Error::<Test>::IdsExhausted
		);
		assert_noop!(ledger_lock(1, 10), Error::<Test>::IdsExhausted);
	});
}

#[test]
fn try_state_catches_held_funds_that_differ_from_the_escrows() {
	new_test_ext().execute_with(|| {
		let id = create_native(300, None, Some(9), ReleaseCondition::Unconditional);
		Escrows::<Test>::mutate(id, |info| info.as_mut().unwrap().held = 299);
		assert!(Escrow::do_try_state().is_err());
		Escrows::<Test>::mutate(id, |info| info.as_mut().unwrap().held = 300);
		assert_ok!(Escrow::do_try_state());
		Expiries::<Test>::remove(9);
		assert!(Escrow::do_try_state().is_err());
	});
}
