use crate::{mock::*, pallet::*, types::*, Error, Event};
use aitbc_primitives::{
	traits::{
		JobOutcome, Offence, OffenceKind, OffenceReporter, OnJobOutcome, OnVerifiedWork, StakeInfo,
	},
	PaymentAsset,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays},
	traits::fungible::{Inspect, InspectHold, Mutate},
	BoundedVec,
};
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	DispatchError, Perbill,
};

const NATIVE: PaymentAsset<AssetId> = PaymentAsset::Native;
const BLUEPRINT: u64 = 7;
const OTHER_BLUEPRINT: u64 = 8;

fn staking_event(event: Event<Test>) -> RuntimeEvent {
	RuntimeEvent::Staking(event)
}

fn bond_hold(who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Staking(HoldReason::OperatorBond), &who)
}

fn delegation_hold(who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Staking(HoldReason::Delegation), &who)
}

fn only(blueprints: &[u64]) -> BlueprintSelection<frame_support::traits::ConstU32<4>> {
	BlueprintSelection::Only(BoundedVec::truncate_from(blueprints.to_vec()))
}

fn bond(who: AccountId, amount: Balance) {
	assert_ok!(Staking::bond(RuntimeOrigin::signed(who), amount));
}

fn delegate(who: AccountId, operator: AccountId, amount: Balance) {
	assert_ok!(Staking::delegate(
		RuntimeOrigin::signed(who),
		operator,
		NATIVE,
		amount,
		BlueprintSelection::All
	));
}

fn report(operator: AccountId, blueprint_id: u64, percent: u32) {
	assert_ok!(<Staking as OffenceReporter<AccountId>>::report(Offence {
		offender: operator,
		blueprint_id,
		service_id: Some(3),
		fraction: Perbill::from_percent(percent),
		kind: OffenceKind::DisputeLost,
	}));
}

fn check() {
	Staking::do_try_state().unwrap();
}

// ---- bonds ----

#[test]
fn bond_holds_funds_and_makes_an_active_operator() {
	test(|| {
		bond(OPERATOR, 500);
		assert_eq!(bond_hold(OPERATOR), 500);
		assert_eq!(Balances::balance(&OPERATOR), INITIAL - 500);
		assert_eq!(
			<Staking as StakeInfo<_, _>>::operator_bond(&OPERATOR),
			Some(500)
		);
		assert!(<Staking as StakeInfo<_, _>>::is_active_operator(&OPERATOR));
		System::assert_last_event(staking_event(Event::Bonded {
			operator: OPERATOR,
			amount: 500,
		}));
	});
}

#[test]
fn bond_refuses_too_little_twice_or_unsigned() {
	test(|| {
		assert_noop!(
			Staking::bond(RuntimeOrigin::signed(OPERATOR), MIN_BOND - 1),
			Error::<Test>::BondTooLow
		);
		assert_noop!(
			Staking::bond(RuntimeOrigin::none(), MIN_BOND),
			DispatchError::BadOrigin
		);
		bond(OPERATOR, MIN_BOND);
		assert_noop!(
			Staking::bond(RuntimeOrigin::signed(OPERATOR), MIN_BOND),
			Error::<Test>::AlreadyOperator
		);
		assert_noop!(
			Staking::bond(RuntimeOrigin::signed(STRANGER), INITIAL + 1),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn bond_extra_adds_to_the_bond() {
	test(|| {
		assert_noop!(
			Staking::bond_extra(RuntimeOrigin::signed(STRANGER), 10),
			Error::<Test>::NotOperator
		);
		bond(OPERATOR, MIN_BOND);
		assert_noop!(
			Staking::bond_extra(RuntimeOrigin::signed(OPERATOR), 0),
			Error::<Test>::InvalidAmount
		);
		assert_ok!(Staking::bond_extra(RuntimeOrigin::signed(OPERATOR), 50));
		assert_eq!(bond_hold(OPERATOR), MIN_BOND + 50);
		assert_eq!(
			Operators::<Test>::get(OPERATOR).unwrap().bond,
			MIN_BOND + 50
		);
	});
}

#[test]
fn unbond_waits_for_the_delay_then_releases() {
	test(|| {
		bond(OPERATOR, 300);
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			100
		));
		System::assert_last_event(staking_event(Event::UnbondScheduled {
			operator: OPERATOR,
			amount: 100,
			unlock_at: 1 + UNBONDING_DELAY,
		}));
		// Still active: it keeps more than the minimum.
		assert!(<Staking as StakeInfo<_, _>>::is_active_operator(&OPERATOR));
		assert_noop!(
			Staking::schedule_unbond(RuntimeOrigin::signed(OPERATOR), 10),
			Error::<Test>::UnbondingInProgress
		);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)),
			Error::<Test>::UnbondingNotReady
		);
		run_to(1 + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		assert_eq!(bond_hold(OPERATOR), 200);
		assert_eq!(Balances::balance(&OPERATOR), INITIAL - 200);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)),
			Error::<Test>::NothingUnbonding
		);
	});
}

#[test]
fn unbond_refuses_bad_amounts() {
	test(|| {
		assert_noop!(
			Staking::schedule_unbond(RuntimeOrigin::signed(STRANGER), 10),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(STRANGER)),
			Error::<Test>::NotOperator
		);
		bond(OPERATOR, 150);
		assert_noop!(
			Staking::schedule_unbond(RuntimeOrigin::signed(OPERATOR), 0),
			Error::<Test>::InvalidAmount
		);
		assert_noop!(
			Staking::schedule_unbond(RuntimeOrigin::signed(OPERATOR), 151),
			Error::<Test>::InvalidAmount
		);
		// Leaving 50 would be below the minimum without leaving.
		assert_noop!(
			Staking::schedule_unbond(RuntimeOrigin::signed(OPERATOR), 100),
			Error::<Test>::BondTooLow
		);
	});
}

#[test]
fn operator_with_an_active_service_cannot_leave() {
	test(|| {
		bond(OPERATOR, 300);
		set_active_services(OPERATOR, 1);
		assert_noop!(
			Staking::schedule_unbond(RuntimeOrigin::signed(OPERATOR), 300),
			Error::<Test>::HasActiveServices
		);
		set_active_services(OPERATOR, 0);
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			300
		));
		assert!(!<Staking as StakeInfo<_, _>>::is_active_operator(&OPERATOR));
		assert_noop!(
			Staking::bond_extra(RuntimeOrigin::signed(OPERATOR), 10),
			Error::<Test>::OperatorNotActive
		);
		// A service started during the delay still blocks the exit.
		set_active_services(OPERATOR, 1);
		run_to(1 + UNBONDING_DELAY);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)),
			Error::<Test>::HasActiveServices
		);
		assert_eq!(bond_hold(OPERATOR), 300);
		set_active_services(OPERATOR, 0);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		System::assert_last_event(staking_event(Event::OperatorLeft { operator: OPERATOR }));
		assert_eq!(Balances::balance(&OPERATOR), INITIAL);
		assert_eq!(<Staking as StakeInfo<_, _>>::operator_bond(&OPERATOR), None);
	});
}

#[test]
fn commission_is_bounded_and_only_for_operators() {
	test(|| {
		assert_noop!(
			Staking::set_commission(RuntimeOrigin::signed(STRANGER), Perbill::from_percent(5)),
			Error::<Test>::NotOperator
		);
		bond(OPERATOR, MIN_BOND);
		assert_noop!(
			Staking::set_commission(RuntimeOrigin::signed(OPERATOR), Perbill::from_percent(51)),
			Error::<Test>::CommissionTooHigh
		);
		assert_ok!(Staking::set_commission(
			RuntimeOrigin::signed(OPERATOR),
			Perbill::from_percent(50)
		));
		assert_eq!(
			Operators::<Test>::get(OPERATOR).unwrap().commission,
			Perbill::from_percent(50)
		);
	});
}

// ---- delegation ----

#[test]
fn delegate_native_and_asset() {
	test(|| {
		bond(OPERATOR, MIN_BOND);
		delegate(DELEGATOR, OPERATOR, 200);
		assert_eq!(delegation_hold(DELEGATOR), 200);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			PaymentAsset::Asset(USD),
			300,
			only(&[BLUEPRINT])
		));
		assert_eq!(Assets::balance(USD, DELEGATOR), INITIAL - 300);
		assert_eq!(Assets::balance(USD, Staking::account_id()), 300);
		assert_eq!(AssetTotals::<Test>::get(USD), 300);
		let pool = Pools::<Test>::get(OPERATOR);
		assert_eq!((pool.delegations, pool.native_stake), (2, 200));
		// Adding to a delegation keeps one entry.
		delegate(DELEGATOR, OPERATOR, 50);
		assert_eq!(Pools::<Test>::get(OPERATOR).delegations, 2);
		assert_eq!(delegation_hold(DELEGATOR), 250);
		assert_eq!(Staking::delegations_of(&OPERATOR).len(), 2);
	});
}

#[test]
fn delegate_refusals() {
	test(|| {
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(DELEGATOR),
				STRANGER,
				NATIVE,
				50,
				BlueprintSelection::All
			),
			Error::<Test>::OperatorNotActive
		);
		bond(OPERATOR, MIN_BOND);
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(DELEGATOR),
				OPERATOR,
				NATIVE,
				0,
				BlueprintSelection::All
			),
			Error::<Test>::InvalidAmount
		);
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(DELEGATOR),
				OPERATOR,
				NATIVE,
				MIN_DELEGATION - 1,
				BlueprintSelection::All
			),
			Error::<Test>::DelegationTooLow
		);
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(DELEGATOR),
				OPERATOR,
				NATIVE,
				50,
				only(&[])
			),
			Error::<Test>::EmptyBlueprintSelection
		);
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::none(),
				OPERATOR,
				NATIVE,
				50,
				BlueprintSelection::All
			),
			DispatchError::BadOrigin
		);
		for who in 20..28 {
			Balances::set_balance(&who, 1_000);
			delegate(who, OPERATOR, 50);
		}
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(DELEGATOR),
				OPERATOR,
				NATIVE,
				50,
				BlueprintSelection::All
			),
			Error::<Test>::TooManyDelegations
		);
	});
}

#[test]
fn undelegation_before_the_delay_is_refused() {
	test(|| {
		bond(OPERATOR, MIN_BOND);
		delegate(DELEGATOR, OPERATOR, 200);
		assert_noop!(
			Staking::schedule_undelegation(RuntimeOrigin::signed(STRANGER), OPERATOR, NATIVE, 10),
			Error::<Test>::NoDelegation
		);
		assert_noop!(
			Staking::schedule_undelegation(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE, 201),
			Error::<Test>::InvalidAmount
		);
		assert_noop!(
			Staking::schedule_undelegation(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE, 195),
			Error::<Test>::DelegationTooLow
		);
		assert_noop!(
			Staking::withdraw_undelegated(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE),
			Error::<Test>::NothingUnbonding
		);
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			200
		));
		assert_noop!(
			Staking::schedule_undelegation(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE, 10),
			Error::<Test>::UnbondingInProgress
		);
		run_to(UNBONDING_DELAY);
		assert_noop!(
			Staking::withdraw_undelegated(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE),
			Error::<Test>::UnbondingNotReady
		);
		assert_eq!(delegation_hold(DELEGATOR), 200);
		run_to(1 + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE
		));
		assert_eq!(delegation_hold(DELEGATOR), 0);
		assert_eq!(Balances::balance(&DELEGATOR), INITIAL);
		assert_eq!(
			Delegations::<Test>::get(OPERATOR, (DELEGATOR, NATIVE)),
			None
		);
		assert_eq!(Pools::<Test>::get(OPERATOR).delegations, 0);
		System::assert_last_event(staking_event(Event::Undelegated {
			delegator: DELEGATOR,
			operator: OPERATOR,
			asset: NATIVE,
			amount: 200,
		}));
	});
}

#[test]
fn asset_undelegation_returns_the_asset() {
	test(|| {
		bond(OPERATOR, MIN_BOND);
		let usd = PaymentAsset::Asset(USD);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			usd,
			300,
			BlueprintSelection::All
		));
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			usd,
			100
		));
		run_to(1 + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			usd
		));
		assert_eq!(Assets::balance(USD, DELEGATOR), INITIAL - 200);
		assert_eq!(AssetTotals::<Test>::get(USD), 200);
	});
}

// ---- offences, deferred slashes, veto ----

#[test]
fn council_veto_cancels_the_slash_and_it_is_never_applied() {
	test(|| {
		bond(OPERATOR, 1_000);
		delegate(DELEGATOR, OPERATOR, 500);
		report(OPERATOR, BLUEPRINT, 10);
		assert!(UnappliedSlashes::<Test>::contains_key(0));

		let call = RuntimeCall::Staking(crate::Call::cancel_slash { slash_id: 0 });
		let length = call.encoded_size() as u32;
		let hash = BlakeTwo256::hash_of(&call);
		let weight = call.get_dispatch_info().call_weight;
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(COUNCIL[0]),
			2,
			Box::new(call),
			length
		));
		assert_ok!(Council::vote(
			RuntimeOrigin::signed(COUNCIL[0]),
			hash,
			0,
			true
		));
		assert_ok!(Council::vote(
			RuntimeOrigin::signed(COUNCIL[1]),
			hash,
			0,
			true
		));
		assert_ok!(Council::close(
			RuntimeOrigin::signed(COUNCIL[2]),
			hash,
			0,
			weight,
			length
		));
		System::assert_has_event(staking_event(Event::SlashCancelled {
			slash_id: 0,
			vetoer: Vetoer::Council,
		}));
		assert!(!UnappliedSlashes::<Test>::contains_key(0));

		run_to(2 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 1_000);
		assert_eq!(delegation_hold(DELEGATOR), 500);
		assert_eq!(Balances::balance(&TREASURY), ED);
		assert!(!System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::Staking(Event::SlashApplied { .. }))));
		assert_noop!(
			Staking::apply_slash(RuntimeOrigin::signed(STRANGER), 0),
			Error::<Test>::SlashNotFound
		);
	});
}

#[test]
fn one_council_member_cannot_veto() {
	test(|| {
		bond(OPERATOR, 1_000);
		report(OPERATOR, BLUEPRINT, 10);
		let call = RuntimeCall::Staking(crate::Call::cancel_slash { slash_id: 0 });
		let length = call.encoded_size() as u32;
		// A threshold of one executes at once with one of three members behind it.
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(COUNCIL[0]),
			1,
			Box::new(call),
			length
		));
		assert!(UnappliedSlashes::<Test>::contains_key(0));
		assert_noop!(
			Staking::cancel_slash(RuntimeOrigin::signed(COUNCIL[0]), 0),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Staking::cancel_slash(RuntimeOrigin::signed(STRANGER), 0),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn root_veto_and_its_limits() {
	test(|| {
		bond(OPERATOR, 1_000);
		report(OPERATOR, BLUEPRINT, 10);
		report(OPERATOR, BLUEPRINT, 10);
		assert_noop!(
			Staking::cancel_slash(RuntimeOrigin::root(), 9),
			Error::<Test>::SlashNotFound
		);
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), 0));
		System::assert_last_event(staking_event(Event::SlashCancelled {
			slash_id: 0,
			vetoer: Vetoer::Root,
		}));
		// Slash 1 ripens at 1 + DEFER; on_initialize of that block applies it, so freeze the
		// hook by only moving the clock.
		System::set_block_number(1 + DEFER);
		assert_noop!(
			Staking::cancel_slash(RuntimeOrigin::root(), 1),
			Error::<Test>::SlashAlreadyRipe
		);
	});
}

#[test]
fn ripe_slash_is_applied_in_on_initialize() {
	test(|| {
		bond(OPERATOR, 1_000);
		delegate(DELEGATOR, OPERATOR, 500);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR_2),
			OPERATOR,
			NATIVE,
			400,
			only(&[OTHER_BLUEPRINT])
		));
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR_2),
			OPERATOR,
			PaymentAsset::Asset(USD),
			1_000,
			only(&[BLUEPRINT])
		));
		report(OPERATOR, BLUEPRINT, 10);
		System::assert_last_event(staking_event(Event::SlashReported {
			slash_id: 0,
			operator: OPERATOR,
			ripe_at: 1 + DEFER,
		}));
		assert_eq!(Staking::pending_slashes(&OPERATOR).len(), 1);
		run_to(DEFER);
		assert_eq!(bond_hold(OPERATOR), 1_000);
		run_to(1 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 900);
		assert_eq!(delegation_hold(DELEGATOR), 450);
		// The other blueprint's delegation is untouched.
		assert_eq!(delegation_hold(DELEGATOR_2), 400);
		assert_eq!(Balances::balance(&TREASURY), ED + 150);
		assert_eq!(Assets::balance(USD, TREASURY), 100);
		assert_eq!(AssetTotals::<Test>::get(USD), 900);
		System::assert_has_event(staking_event(Event::SlashApplied {
			slash_id: 0,
			operator: OPERATOR,
			operator_slashed: 100,
			delegators_slashed: 50,
			delegations_slashed: 2,
		}));
		assert!(Staking::pending_slashes(&OPERATOR).is_empty());
		assert_eq!(SlashQueue::<Test>::get(1 + DEFER).len(), 0);
	});
}

#[test]
fn anyone_may_apply_a_ripe_slash_for_free() {
	test(|| {
		bond(OPERATOR, 1_000);
		report(OPERATOR, BLUEPRINT, 20);
		assert_noop!(
			Staking::apply_slash(RuntimeOrigin::signed(STRANGER), 0),
			Error::<Test>::SlashNotRipe
		);
		assert_noop!(
			Staking::apply_slash(RuntimeOrigin::none(), 0),
			DispatchError::BadOrigin
		);
		System::set_block_number(1 + DEFER);
		let info = Staking::apply_slash(RuntimeOrigin::signed(STRANGER), 0).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(bond_hold(OPERATOR), 800);
		assert!(SlashQueue::<Test>::get(1 + DEFER).is_empty());
		assert_noop!(
			Staking::apply_slash(RuntimeOrigin::signed(STRANGER), 0),
			Error::<Test>::SlashNotFound
		);
	});
}

#[test]
fn slash_across_many_delegators() {
	test(|| {
		bond(OPERATOR, 1_000);
		for who in 20..28u64 {
			Balances::set_balance(&who, 10_000);
			delegate(who, OPERATOR, 100 * (who - 19) as Balance);
		}
		report(OPERATOR, BLUEPRINT, 50);
		run_to(1 + DEFER);
		for who in 20..28u64 {
			assert_eq!(delegation_hold(who), 50 * (who - 19) as Balance);
			assert_eq!(
				Balances::total_balance(&who),
				10_000 - 50 * (who - 19) as Balance
			);
		}
		let delegated: Balance = (1..=8).map(|k| 100 * k).sum();
		assert_eq!(Balances::balance(&TREASURY), ED + 500 + delegated / 2);
		assert_eq!(Pools::<Test>::get(OPERATOR).native_stake, delegated / 2);
	});
}

#[test]
fn burn_destination_reduces_issuance() {
	test(|| {
		assert_noop!(
			Staking::set_slash_destination(RuntimeOrigin::signed(STRANGER), SlashDestination::Burn),
			DispatchError::BadOrigin
		);
		assert_ok!(Staking::set_slash_destination(
			RuntimeOrigin::root(),
			SlashDestination::Burn
		));
		bond(OPERATOR, 1_000);
		let issuance = Balances::total_issuance();
		report(OPERATOR, BLUEPRINT, 10);
		run_to(1 + DEFER);
		assert_eq!(Balances::total_issuance(), issuance - 100);
		assert_eq!(Balances::balance(&TREASURY), ED);
	});
}

#[test]
fn burnt_asset_stake_leaves_the_pallet_account() {
	test(|| {
		assert_ok!(Staking::set_slash_destination(
			RuntimeOrigin::root(),
			SlashDestination::Burn
		));
		bond(OPERATOR, 1_000);
		let usd = PaymentAsset::Asset(USD);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			usd,
			500,
			BlueprintSelection::All
		));
		assert_noop!(
			Staking::withdraw_undelegated(RuntimeOrigin::signed(DELEGATOR_2), OPERATOR, usd),
			Error::<Test>::NoDelegation
		);
		let supply = Assets::total_supply(USD);
		report(OPERATOR, BLUEPRINT, 20);
		run_to(1 + DEFER);
		assert_eq!(Assets::total_supply(USD), supply - 100);
		assert_eq!(Assets::balance(USD, Staking::account_id()), 400);
		assert_eq!(Assets::balance(USD, TREASURY), 0);
		assert_eq!(
			Delegations::<Test>::get(OPERATOR, (DELEGATOR, usd))
				.unwrap()
				.amount,
			400
		);
	});
}

#[test]
fn full_slash_queue_carries_forward() {
	test(|| {
		bond(OPERATOR, 1_000);
		for _ in 0..3 {
			report(OPERATOR, BLUEPRINT, 10);
		}
		assert_eq!(SlashQueue::<Test>::get(1 + DEFER).into_inner(), vec![0, 1]);
		assert_eq!(SlashQueue::<Test>::get(2 + DEFER).into_inner(), vec![2]);
		run_to(1 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 810);
		assert!(UnappliedSlashes::<Test>::contains_key(2));
		run_to(2 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 729);
	});
}

#[test]
fn nobody_withdraws_while_a_slash_is_under_review() {
	test(|| {
		bond(OPERATOR, 1_000);
		delegate(DELEGATOR, OPERATOR, 100);
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			1_000
		));
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			100
		));
		run_to(20);
		report(OPERATOR, BLUEPRINT, 10);
		report(OPERATOR, BLUEPRINT, 10);
		assert_eq!(PendingSlashCount::<Test>::get(OPERATOR), 2);
		run_to(1 + UNBONDING_DELAY);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)),
			Error::<Test>::SlashPending
		);
		assert_noop!(
			Staking::withdraw_undelegated(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE),
			Error::<Test>::SlashPending
		);
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), 0));
		assert_eq!(PendingSlashCount::<Test>::get(OPERATOR), 1);
		run_to(20 + DEFER);
		assert!(!PendingSlashCount::<Test>::contains_key(OPERATOR));
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE
		));
		assert_eq!(Balances::balance(&OPERATOR), INITIAL - 100);
		assert_eq!(Balances::balance(&DELEGATOR), INITIAL - 10);
	});
}

#[test]
fn topping_up_keeps_the_blueprint_selection() {
	test(|| {
		bond(OPERATOR, MIN_BOND);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			50,
			only(&[BLUEPRINT])
		));
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(DELEGATOR),
				OPERATOR,
				NATIVE,
				50,
				only(&[OTHER_BLUEPRINT])
			),
			Error::<Test>::BlueprintSelectionMismatch
		);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			50,
			only(&[BLUEPRINT])
		));
		assert_eq!(delegation_hold(DELEGATOR), 100);
	});
}

#[test]
fn slash_queue_has_a_limit() {
	test(|| {
		bond(OPERATOR, 1_000);
		// Two a block, for the 64 blocks a report may look ahead.
		for _ in 0..128 {
			report(OPERATOR, BLUEPRINT, 1);
		}
		assert_eq!(SlashQueue::<Test>::get(DEFER + 64).len(), 2);
		assert_noop!(
			<Staking as OffenceReporter<AccountId>>::report(Offence {
				offender: OPERATOR,
				blueprint_id: BLUEPRINT,
				service_id: None,
				fraction: Perbill::from_percent(1),
				kind: OffenceKind::MissedHeartbeats,
			}),
			Error::<Test>::SlashQueueFull
		);
	});
}

#[test]
fn runtime_api_queries() {
	test(|| {
		bond(OPERATOR, 500);
		assert_ok!(Staking::set_commission(
			RuntimeOrigin::signed(OPERATOR),
			Perbill::from_percent(5)
		));
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			40,
			only(&[BLUEPRINT])
		));
		report(OPERATOR, BLUEPRINT, 10);
		assert_eq!(
			Staking::operator_ledger(&OPERATOR),
			Some(OperatorLedger {
				bond: 500,
				unbonding: None,
				commission: Perbill::from_percent(5)
			})
		);
		assert_eq!(
			Staking::delegations_of(&OPERATOR),
			vec![DelegationView {
				delegator: DELEGATOR,
				asset: NATIVE,
				amount: 40,
				unbonding: None,
				blueprints: Some(vec![BLUEPRINT]),
			}]
		);
		let pending = Staking::pending_slashes(&OPERATOR);
		assert_eq!(pending.len(), 1);
		assert_eq!(pending[0].1.fraction, Perbill::from_percent(10));
		assert_eq!(pending[0].1.ripe_at, 1 + DEFER);
		assert!(Staking::pending_slashes(&OPERATOR_2).is_empty());
		assert_eq!(Staking::claimable_rewards(&DELEGATOR, &OPERATOR), 0);
	});
}

#[test]
fn slash_during_unbonding_shrinks_what_is_released() {
	test(|| {
		bond(OPERATOR, 1_000);
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			1_000
		));
		report(OPERATOR, BLUEPRINT, 50);
		run_to(1 + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		assert_eq!(Balances::balance(&OPERATOR), INITIAL - 500);
		assert_eq!(bond_hold(OPERATOR), 0);
	});
}

// ---- rewards ----

fn outcome(operator: AccountId, blueprint_id: u64, outcome: JobOutcome) {
	<Staking as OnJobOutcome<_>>::on_job_outcome(&operator, blueprint_id, outcome);
}

fn incentivize(blueprint_id: u64, percent: u32) {
	assert_ok!(Staking::set_blueprint_incentive(
		RuntimeOrigin::root(),
		blueprint_id,
		Some(Perbill::from_percent(percent))
	));
}

#[test]
fn governance_sets_pool_and_incentives() {
	test(|| {
		assert_noop!(
			Staking::set_reward_pool(RuntimeOrigin::signed(STRANGER), 5),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Staking::set_blueprint_incentive(RuntimeOrigin::signed(STRANGER), 1, None),
			DispatchError::BadOrigin
		);
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 5));
		assert_eq!(RewardPoolPerSession::<Test>::get(), 5);
		incentivize(1, 60);
		assert_noop!(
			Staking::set_blueprint_incentive(
				RuntimeOrigin::root(),
				2,
				Some(Perbill::from_percent(41))
			),
			Error::<Test>::SharesExceedWhole
		);
		incentivize(2, 10);
		incentivize(3, 10);
		incentivize(4, 10);
		assert_noop!(
			Staking::set_blueprint_incentive(
				RuntimeOrigin::root(),
				5,
				Some(Perbill::from_percent(1))
			),
			Error::<Test>::TooManyBlueprints
		);
		assert_ok!(Staking::set_blueprint_incentive(
			RuntimeOrigin::root(),
			4,
			None
		));
		System::assert_last_event(staking_event(Event::BlueprintIncentiveSet {
			blueprint_id: 4,
			share: None,
		}));
		assert_eq!(BlueprintIncentives::<Test>::get().len(), 3);
	});
}

#[test]
fn session_rewards_flow_to_operator_and_delegators() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		assert_ok!(Staking::set_commission(
			RuntimeOrigin::signed(OPERATOR),
			Perbill::from_percent(10)
		));
		delegate(DELEGATOR, OPERATOR, 300);
		delegate(DELEGATOR_2, OPERATOR, 100);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 50);
		// Points on a blueprint that is not incentivized count for nothing.
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR_2, OTHER_BLUEPRINT, 50);
		run_to(SESSION);
		System::assert_has_event(staking_event(Event::SessionRewarded {
			session: 0,
			funded: 1_000,
			operators: 1,
		}));
		assert_eq!(Balances::balance(&REWARD_SOURCE), INITIAL - 1_000);
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 100);
		assert_eq!(Staking::claimable_rewards(&DELEGATOR, &OPERATOR), 675);
		assert_eq!(Staking::claimable_rewards(&DELEGATOR_2, &OPERATOR), 225);

		assert_ok!(Staking::claim_rewards(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR
		));
		assert_eq!(Balances::balance(&DELEGATOR), INITIAL - 300 + 675);
		assert_noop!(
			Staking::claim_rewards(RuntimeOrigin::signed(DELEGATOR), OPERATOR),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			Staking::claim_rewards(RuntimeOrigin::signed(STRANGER), OPERATOR),
			Error::<Test>::NothingToClaim
		);
		assert_ok!(Staking::claim_rewards(
			RuntimeOrigin::signed(OPERATOR),
			OPERATOR
		));
		assert_eq!(Balances::balance(&OPERATOR), INITIAL - MIN_BOND + 100);
		assert_eq!(TotalRewardsPaid::<Test>::get(), 775);
		// The next session has no points, so nothing is funded.
		run_to(2 * SESSION);
		assert_eq!(TotalRewardsFunded::<Test>::get(), 1_000);
		assert_eq!(CurrentSession::<Test>::get(), 2);
	});
}

#[test]
fn operators_share_a_blueprint_by_points() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 50);
		incentivize(OTHER_BLUEPRINT, 50);
		bond(OPERATOR, MIN_BOND);
		bond(OPERATOR_2, MIN_BOND);
		for _ in 0..3 {
			outcome(OPERATOR, BLUEPRINT, JobOutcome::ResultSubmitted);
		}
		outcome(OPERATOR_2, BLUEPRINT, JobOutcome::ResultSubmitted);
		outcome(OPERATOR_2, BLUEPRINT, JobOutcome::ResultFailed);
		outcome(OPERATOR_2, BLUEPRINT, JobOutcome::HeartbeatKept);
		outcome(OPERATOR_2, OTHER_BLUEPRINT, JobOutcome::HeartbeatKept);
		// 30 points against 10 - 5 + 1 = 6 on BLUEPRINT; OPERATOR_2 alone on OTHER_BLUEPRINT.
		assert_eq!(SessionPoints::<Test>::get(BLUEPRINT, OPERATOR_2), 6);
		run_to(SESSION);
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 416);
		assert_eq!(
			Staking::claimable_rewards(&OPERATOR_2, &OPERATOR_2),
			83 + 500
		);
		assert_eq!(TotalRewardsFunded::<Test>::get(), 999);
		assert_eq!(SessionPointEntries::<Test>::get(), 0);
	});
}

#[test]
fn session_points_are_bounded() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		for operator in 20..26u64 {
			<Staking as OnVerifiedWork<_>>::on_verified_work(&operator, BLUEPRINT, 10);
		}
		assert_eq!(
			SessionPointEntries::<Test>::get(),
			MaxOperatorsPerSession::get()
		);
		assert_eq!(SessionPoints::<Test>::get(BLUEPRINT, 25), 0);
		// A known entry still grows.
		<Staking as OnVerifiedWork<_>>::on_verified_work(&20, BLUEPRINT, 10);
		assert_eq!(SessionPoints::<Test>::get(BLUEPRINT, 20), 20);
	});
}

#[test]
fn unpaid_session_is_skipped() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 2 * INITIAL));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 10);
		run_to(SESSION);
		System::assert_has_event(staking_event(Event::SessionRewardsSkipped { session: 0 }));
		assert_eq!(TotalRewardsFunded::<Test>::get(), 0);
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 0);
		assert_eq!(SessionPointEntries::<Test>::get(), 0);
	});
}

#[test]
fn rewards_survive_a_slash_and_a_full_undelegation() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		delegate(DELEGATOR, OPERATOR, 100);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 10);
		run_to(SESSION);
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			100
		));
		report(OPERATOR, BLUEPRINT, 50);
		run_to(SESSION + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE
		));
		// The delegation is gone as stake but its rewards wait to be claimed.
		assert_eq!(Staking::claimable_rewards(&DELEGATOR, &OPERATOR), 1_000);
		assert_ok!(Staking::claim_rewards(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR
		));
		assert_eq!(
			Delegations::<Test>::get(OPERATOR, (DELEGATOR, NATIVE)),
			None
		);
		assert_eq!(Balances::balance(&DELEGATOR), INITIAL - 50 + 1_000);
	});
}

// ---- properties ----

mod properties {
	use super::*;
	use proptest::prelude::*;

	#[derive(Debug, Clone)]
	enum Action {
		Bond(u8, u16),
		Delegate(u8, u8, u16, bool),
		Undelegate(u8, u8, u16),
		Withdraw(u8, u8),
		Report(u8, u8),
		Veto(u8),
		Work(u8, u16),
		Claim(u8, u8),
		Advance(u8),
	}

	fn action() -> impl Strategy<Value = Action> {
		prop_oneof![
			(0u8..2, 100u16..2_000).prop_map(|(o, a)| Action::Bond(o, a)),
			(0u8..3, 0u8..2, 1u16..2_000, any::<bool>())
				.prop_map(|(d, o, a, n)| Action::Delegate(d, o, a, n)),
			(0u8..3, 0u8..2, 1u16..2_000).prop_map(|(d, o, a)| Action::Undelegate(d, o, a)),
			(0u8..3, 0u8..2).prop_map(|(d, o)| Action::Withdraw(d, o)),
			(0u8..2, 1u8..100).prop_map(|(o, p)| Action::Report(o, p)),
			(0u8..4).prop_map(Action::Veto),
			(0u8..2, 1u16..500).prop_map(|(o, u)| Action::Work(o, u)),
			(0u8..3, 0u8..2).prop_map(|(d, o)| Action::Claim(d, o)),
			(1u8..15).prop_map(Action::Advance),
		]
	}

	const OPERATORS: [AccountId; 2] = [OPERATOR, OPERATOR_2];
	const DELEGATORS: [AccountId; 3] = [DELEGATOR, DELEGATOR_2, DELEGATOR_3];

	fn asset_total() -> Balance {
		[
			DELEGATOR,
			DELEGATOR_2,
			DELEGATOR_3,
			TREASURY,
			Staking::account_id(),
		]
		.iter()
		.map(|who| Assets::balance(USD, who))
		.sum()
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(200))]

		/// Whatever happens, AIT and assets are neither created nor lost (slashes go to the
		/// treasury; rewards come from the reward source), holds match the ledgers and rewards
		/// paid never exceed rewards funded.
		#[test]
		fn funds_are_conserved(actions in proptest::collection::vec(action(), 1..40)) {
			test(|| {
				assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 777));
				incentivize(BLUEPRINT, 100);
				let issuance = Balances::total_issuance();
				let assets = asset_total();
				for action in actions {
					let _ = match action {
						Action::Bond(o, a) => Staking::bond(RuntimeOrigin::signed(OPERATORS[o as usize]), a.into()),
						Action::Delegate(d, o, a, native) => Staking::delegate(
							RuntimeOrigin::signed(DELEGATORS[d as usize]),
							OPERATORS[o as usize],
							if native { NATIVE } else { PaymentAsset::Asset(USD) },
							a.into(),
							if a % 2 == 0 { BlueprintSelection::All } else { only(&[OTHER_BLUEPRINT]) },
						),
						Action::Undelegate(d, o, a) => Staking::schedule_undelegation(
							RuntimeOrigin::signed(DELEGATORS[d as usize]),
							OPERATORS[o as usize],
							if a % 2 == 0 { NATIVE } else { PaymentAsset::Asset(USD) },
							a.into(),
						),
						Action::Withdraw(d, o) => {
							let who = DELEGATORS[d as usize];
							let operator = OPERATORS[o as usize];
							let _ = Staking::withdraw_unbonded(RuntimeOrigin::signed(operator));
							let _ = Staking::withdraw_undelegated(RuntimeOrigin::signed(who), operator, PaymentAsset::Asset(USD));
							Staking::withdraw_undelegated(RuntimeOrigin::signed(who), operator, NATIVE)
						},
						Action::Report(o, p) => <Staking as OffenceReporter<AccountId>>::report(Offence {
							offender: OPERATORS[o as usize],
							blueprint_id: if p % 3 == 0 { OTHER_BLUEPRINT } else { BLUEPRINT },
							service_id: None,
							fraction: Perbill::from_percent(p.into()),
							kind: OffenceKind::SlaBreach,
						}),
						Action::Veto(id) => Staking::cancel_slash(RuntimeOrigin::root(), id.into()),
						Action::Work(o, u) => {
							<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATORS[o as usize], BLUEPRINT, u.into());
							Ok(())
						},
						Action::Claim(d, o) => {
							let operator = OPERATORS[o as usize];
							let _ = Staking::claim_rewards(RuntimeOrigin::signed(operator), operator);
							Staking::claim_rewards(RuntimeOrigin::signed(DELEGATORS[d as usize]), operator)
						},
						Action::Advance(n) => {
							run_to(System::block_number() + u64::from(n));
							Ok(())
						},
					};
					check();
					assert_eq!(Balances::total_issuance(), issuance);
					assert_eq!(asset_total(), assets);
					assert!(TotalRewardsPaid::<Test>::get() <= TotalRewardsFunded::<Test>::get());
				}
			});
		}

		/// A slash takes exactly `fraction` (rounded down) of the bond and of every covering
		/// delegation, and the treasury receives all of it.
		#[test]
		fn slash_takes_the_same_fraction_from_everyone(
			bond_amount in 100u128..100_000,
			stakes in proptest::collection::vec(10u128..100_000, 1..8),
			percent in 0u32..=100,
		) {
			test(|| {
				bond(OPERATOR, bond_amount);
				for (i, stake) in stakes.iter().enumerate() {
					let who = 20 + i as AccountId;
					Balances::set_balance(&who, 200_000);
					delegate(who, OPERATOR, *stake);
				}
				report(OPERATOR, BLUEPRINT, percent);
				run_to(1 + DEFER);
				let fraction = Perbill::from_percent(percent);
				let mut expected = fraction * bond_amount;
				assert_eq!(bond_hold(OPERATOR), bond_amount - fraction * bond_amount);
				for (i, stake) in stakes.iter().enumerate() {
					let who = 20 + i as AccountId;
					assert_eq!(delegation_hold(who), stake - fraction * *stake);
					expected += fraction * *stake;
				}
				assert_eq!(Balances::balance(&TREASURY), ED + expected);
			});
		}
	}
}
