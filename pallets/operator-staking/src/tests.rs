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
		System::assert_last_event(staking_event(Event::CommissionSet {
			operator: OPERATOR,
			commission: Perbill::from_percent(50),
			from_session: 1,
		}));
		// Not for the session running now, which pays out at its end.
		assert_eq!(
			Staking::operator_ledger(&OPERATOR).unwrap().commission,
			Perbill::zero()
		);
		assert_eq!(Staking::commission_for(&OPERATOR, 0), Some(Perbill::zero()));
		assert_eq!(
			Staking::commission_for(&OPERATOR, 1),
			Some(Perbill::from_percent(50))
		);
	});
}

/// Issue 15: a commission change applied at once, just before a session's payout, so an
/// operator could take its delegators' share of a session they backed at a lower rate. Now it
/// applies from the next session.
#[test]
fn commission_change_waits_for_the_next_session() {
	test(|| {
		bond(OPERATOR, MIN_BOND);
		let set = |percent| {
			Staking::set_commission(
				RuntimeOrigin::signed(OPERATOR),
				Perbill::from_percent(percent),
			)
		};
		assert_ok!(set(10));
		// Replaced while it applies to no session yet.
		assert_ok!(set(20));
		assert_eq!(
			PendingCommissions::<Test>::get(OPERATOR),
			Some(PendingCommission {
				commission: Perbill::from_percent(20),
				from_session: 1
			})
		);
		// The session about to pay out keeps the old rate.
		assert_eq!(Staking::commission_for(&OPERATOR, 0), Some(Perbill::zero()));
		run_to(SESSION);
		assert_eq!(CurrentSession::<Test>::get(), 1);
		assert_eq!(
			Staking::operator_ledger(&OPERATOR).unwrap().commission,
			Perbill::from_percent(20)
		);
		// In force for session 1 while session 0 may still be paying out: it cannot change.
		assert_noop!(set(50), Error::<Test>::CommissionChangePending);
		run_to(2 * SESSION);
		assert_ok!(set(50));
		assert_eq!(
			Operators::<Test>::get(OPERATOR).unwrap().commission,
			Perbill::from_percent(20)
		);
		assert_eq!(
			Staking::commission_for(&OPERATOR, 2),
			Some(Perbill::from_percent(20))
		);
		assert_eq!(
			Staking::commission_for(&OPERATOR, 3),
			Some(Perbill::from_percent(50))
		);
		// Leaving forgets the change.
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			MIN_BOND
		));
		run_to(2 * SESSION + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		assert!(!PendingCommissions::<Test>::contains_key(OPERATOR));
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

/// The disputes pallet keeps an operator's delegators off its panels: staking tells who
/// delegates to whom, from the first delegation until the last one is withdrawn.
#[test]
fn delegates_to_follows_delegations_from_first_to_last() {
	use aitbc_primitives::traits::StakeInfo;
	test(|| {
		bond(OPERATOR, MIN_BOND);
		assert!(!<Staking as StakeInfo<_, _>>::delegates_to(
			&DELEGATOR, &OPERATOR
		));
		delegate(DELEGATOR, OPERATOR, 200);
		assert!(<Staking as StakeInfo<_, _>>::delegates_to(
			&DELEGATOR, &OPERATOR
		));
		assert!(!<Staking as StakeInfo<_, _>>::delegates_to(
			&OPERATOR, &DELEGATOR
		));
		assert!(!<Staking as StakeInfo<_, _>>::delegates_to(
			&STRANGER, &OPERATOR
		));
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			200
		));
		// Unbonding stake still shares the operator's fortunes.
		assert!(<Staking as StakeInfo<_, _>>::delegates_to(
			&DELEGATOR, &OPERATOR
		));
		run_to(1 + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE
		));
		assert!(!<Staking as StakeInfo<_, _>>::delegates_to(
			&DELEGATOR, &OPERATOR
		));
		assert_eq!(DelegatorLinks::<Test>::iter().count(), 0);
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
		assert_eq!(SlashCursor::<Test>::get(), 2 + DEFER);
		assert!(!SlashQueue::<Test>::contains_key(1 + DEFER));
		assert!(!Exposures::<Test>::contains_key(OPERATOR, BLUEPRINT));
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
		assert!(!Exposures::<Test>::contains_key(OPERATOR, BLUEPRINT));
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
fn hook_applies_at_most_max_slashes_per_block_oldest_first() {
	test(|| {
		bond(OPERATOR, 1_000);
		for _ in 0..3 {
			report(OPERATOR, BLUEPRINT, 10);
		}
		run_to(1 + DEFER);
		// Each takes 10% of the bond it was reported against.
		assert_eq!(bond_hold(OPERATOR), 800);
		assert!(!UnappliedSlashes::<Test>::contains_key(0));
		assert!(!UnappliedSlashes::<Test>::contains_key(1));
		assert!(UnappliedSlashes::<Test>::contains_key(2));
		// The third waits in its bucket, with the cursor on it.
		assert_eq!(SlashQueue::<Test>::get(1 + DEFER).into_inner(), vec![2]);
		assert_eq!(SlashCursor::<Test>::get(), 1 + DEFER);
		run_to(2 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 700);
		assert_eq!(SlashCursor::<Test>::get(), 3 + DEFER);
	});
}

/// A slash reported when the bucket of its ripening block is full is stored all the same (and
/// may be vetoed), but the hook does not apply it: anyone does, with `apply_slash`.
#[test]
fn a_slash_that_finds_its_bucket_full_is_kept_for_apply_slash() {
	test(|| {
		MaxSlashesPerBlock::set(2);
		bond(OPERATOR, 1_000);
		for _ in 0..3 {
			report(OPERATOR, BLUEPRINT, 10);
		}
		System::assert_has_event(staking_event(Event::SlashNotQueued {
			slash_id: 2,
			ripe_at: 1 + DEFER,
		}));
		assert_eq!(UnappliedSlashes::<Test>::iter().count(), 3);
		assert_eq!(SlashQueue::<Test>::get(1 + DEFER).into_inner(), vec![0, 1]);
		run_to(3 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 800);
		assert!(UnappliedSlashes::<Test>::contains_key(2));
		assert_ok!(Staking::apply_slash(RuntimeOrigin::signed(STRANGER), 2));
		assert_eq!(bond_hold(OPERATOR), 700);
		assert!(UnappliedSlashes::<Test>::iter().next().is_none());
	});
}

/// A slash vetoed, or applied by hand, leaves its queue entry behind; the hook skips it.
#[test]
fn the_hook_skips_slashes_cancelled_or_applied_by_hand() {
	test(|| {
		bond(OPERATOR, 1_000);
		for _ in 0..3 {
			report(OPERATOR, BLUEPRINT, 10);
		}
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), 0));
		run_to(DEFER + 1);
		// Slash 0 was skipped; 1 and 2 applied (the budget is two applied slashes).
		assert_eq!(bond_hold(OPERATOR), 800);
		assert!(UnappliedSlashes::<Test>::iter().next().is_none());
		assert!(!SlashQueue::<Test>::contains_key(1 + DEFER));
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

/// Issue 15: a report that found no queue slot was lost. Now every report is stored, and the
/// hook still applies at most `MaxSlashesProcessedPerBlock` (2 in the mock) a block.
#[test]
fn every_slash_report_is_stored() {
	test(|| {
		bond(OPERATOR, 1_000);
		for _ in 0..200 {
			report(OPERATOR, BLUEPRINT, 1);
		}
		assert_eq!(UnappliedSlashes::<Test>::iter().count(), 200);
		assert_eq!(PendingSlashCount::<Test>::get(OPERATOR), 200);
		run_to(1 + DEFER);
		assert_eq!(UnappliedSlashes::<Test>::iter().count(), 198);
		run_to(DEFER + 100);
		assert_eq!(UnappliedSlashes::<Test>::iter().count(), 0);
		assert!(!Exposures::<Test>::contains_key(OPERATOR, BLUEPRINT));
		assert!(!OperatorExposures::<Test>::contains_key(OPERATOR));
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
		// The new commission applies from the next session.
		assert_eq!(
			Staking::operator_ledger(&OPERATOR),
			Some(OperatorLedger {
				bond: 500,
				unbonding: None,
				commission: Perbill::zero()
			})
		);
		assert_eq!(
			Staking::commission_for(&OPERATOR, 1),
			Some(Perbill::from_percent(5))
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
		// A commission in force since an earlier session (a change waits a session).
		Operators::<Test>::mutate(OPERATOR, |ledger| {
			ledger.as_mut().unwrap().commission = Perbill::from_percent(10)
		});
		delegate(DELEGATOR, OPERATOR, 300);
		delegate(DELEGATOR_2, OPERATOR, 100);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 50, room(50));
		// Points on a blueprint that is not incentivized count for nothing.
		<Staking as OnVerifiedWork<_>>::on_verified_work(
			&OPERATOR_2,
			OTHER_BLUEPRINT,
			50,
			room(50),
		);
		run_to(SESSION);
		System::assert_has_event(staking_event(Event::SessionRewarded {
			session: 0,
			funded: 1_000,
			operators: 1,
			returned: 0,
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

fn work(operator: AccountId, blueprint_id: u64, units: u64) {
	<Staking as OnVerifiedWork<_>>::on_verified_work(&operator, blueprint_id, units, room(units));
}

/// An operator paying itself through a sybil client at a cheap price reports many units, but
/// its jobs burned little beyond their mint. Entries weigh by that room, not by units, so the
/// farmer's nine-fold units take no share from the honest operator; and whatever share it gets
/// is at most half its room, so every AIT of reward cost it two in burned fees.
#[test]
fn an_award_follows_and_never_exceeds_the_fees_its_work_burned() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		assert_ok!(Staking::set_blueprint_incentive(
			RuntimeOrigin::root(),
			BLUEPRINT,
			Some(Perbill::one())
		));
		bond(OPERATOR, MIN_BOND);
		bond(OPERATOR_2, MIN_BOND);
		let farmer_before = Balances::total_balance(&OPERATOR);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 900, 100);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR_2, BLUEPRINT, 100, 9_900);
		run_to(SESSION + 1);
		// By weight the farmer's share would be 10 of 1,000; half its room caps it at 50, the
		// honest operator's share of 990 is within half of its 9,900.
		System::assert_has_event(staking_event(Event::SessionRewarded {
			session: 0,
			funded: 1_000,
			operators: 2,
			returned: 0,
		}));
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 10);
		assert_eq!(Staking::claimable_rewards(&OPERATOR_2, &OPERATOR_2), 990);
		assert_ok!(Staking::claim_rewards(
			RuntimeOrigin::signed(OPERATOR),
			OPERATOR
		));
		let gain = Balances::total_balance(&OPERATOR) - farmer_before;
		println!("[attack] farmed units: the farmer got {gain} for a room of 100");
		assert_eq!(gain, 10);
	});
}

/// Half the room caps an award even when the points would pay more; the rest goes back to
/// the reward source.
#[test]
fn an_award_is_at_most_half_its_room_and_the_rest_returns() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		assert_ok!(Staking::set_blueprint_incentive(
			RuntimeOrigin::root(),
			BLUEPRINT,
			Some(Perbill::one())
		));
		bond(OPERATOR, MIN_BOND);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 900, 60);
		run_to(SESSION + 1);
		System::assert_has_event(staking_event(Event::SessionRewarded {
			session: 0,
			funded: 1_000,
			operators: 1,
			returned: 970,
		}));
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 30);
		assert_eq!(Balances::balance(&REWARD_SOURCE), INITIAL - 30);
		assert_eq!(TotalRewardsFunded::<Test>::get(), 30);
	});
}

/// This session's point entry of `operator` on `blueprint_id`.
fn entry(operator: AccountId, blueprint_id: u64) -> Option<PointEntry> {
	SessionPoints::<Test>::get((CurrentSession::<Test>::get(), blueprint_id, operator))
}

/// Bond `count` fresh accounts from `first` on as operators.
fn bond_many(first: AccountId, count: u64) -> Vec<AccountId> {
	(first..first + count)
		.map(|who| {
			Balances::set_balance(&who, 10 * MIN_BOND);
			bond(who, MIN_BOND);
			who
		})
		.collect()
}

#[test]
fn operators_share_a_blueprint_by_points() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 50);
		incentivize(OTHER_BLUEPRINT, 50);
		bond(OPERATOR, MIN_BOND);
		bond(OPERATOR_2, MIN_BOND);
		work(OPERATOR, BLUEPRINT, 30);
		work(OPERATOR_2, BLUEPRINT, 10);
		outcome(OPERATOR_2, BLUEPRINT, JobOutcome::ResultFailed);
		outcome(OPERATOR_2, BLUEPRINT, JobOutcome::HeartbeatKept);
		work(OPERATOR_2, OTHER_BLUEPRINT, 1);
		// 30 points against 10 - 5 + 1 = 6 on BLUEPRINT; OPERATOR_2 alone on OTHER_BLUEPRINT.
		assert_eq!(Staking::session_points(BLUEPRINT, &OPERATOR_2), 6);
		assert_eq!(
			entry(OPERATOR_2, BLUEPRINT),
			Some(PointEntry {
				work: 10,
				heartbeats: 1,
				penalties: 5,
				reward_room: room(10),
			})
		);
		run_to(SESSION);
		System::assert_has_event(staking_event(Event::SessionFunded {
			session: 0,
			funded: 1_000,
			entries: 3,
		}));
		// 416 + 83 + 500 = 999: the awards' rounding goes back to the reward source.
		System::assert_has_event(staking_event(Event::SessionRewarded {
			session: 0,
			funded: 1_000,
			operators: 3,
			returned: 1,
		}));
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 416);
		assert_eq!(
			Staking::claimable_rewards(&OPERATOR_2, &OPERATOR_2),
			83 + 500
		);
		// The 1 rounding left went back to the reward source.
		assert_eq!(TotalRewardsFunded::<Test>::get(), 999);
		assert_eq!(SessionPoints::<Test>::iter().count(), 0);
		assert_eq!(SessionTallies::<Test>::iter().count(), 0);
		assert_eq!(UnpaidSession::<Test>::get(), 1);
	});
}

/// Issue 15: points came from `submit_result`, before anything was settled or paid. A submitted
/// result now earns nothing; only settled work paid in AIT (reported by receipts) counts.
#[test]
fn a_submitted_result_earns_no_points() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		for _ in 0..100 {
			outcome(OPERATOR, BLUEPRINT, JobOutcome::ResultSubmitted);
		}
		assert_eq!(entry(OPERATOR, BLUEPRINT), None);
		assert_eq!(Staking::session_points(BLUEPRINT, &OPERATOR), 0);
		run_to(SESSION);
		assert_eq!(TotalRewardsFunded::<Test>::get(), 0);
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 0);
		// Zero units (a job paid in an asset settles with no AIT work) earn nothing either.
		work(OPERATOR, BLUEPRINT, 0);
		assert_eq!(entry(OPERATOR, BLUEPRINT), None);
	});
}

/// What `who` has in AIT and could claim as an operator.
fn owned(who: AccountId) -> Balance {
	Balances::balance(&who) + Staking::claimable_rewards(&who, &who)
}

/// Issue 15: heartbeat points were capped per service, so an operator serving 64 services (its
/// own sybil clients request them for free) collected 64 times the points. They are now capped
/// per operator, blueprint and session: 64 services earn what one service earns.
#[test]
fn sixty_four_services_do_not_multiply_heartbeat_points() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		bond(OPERATOR_2, MIN_BOND);
		// Both did the same paid work.
		work(OPERATOR, BLUEPRINT, 10);
		work(OPERATOR_2, BLUEPRINT, 10);
		let before = owned(OPERATOR);
		// The honest operator keeps one service alive all session; the attacker beats for 64
		// services every block of the session.
		for _ in 1..SESSION {
			outcome(OPERATOR_2, BLUEPRINT, JobOutcome::HeartbeatKept);
			for _service in 0..64 {
				outcome(OPERATOR, BLUEPRINT, JobOutcome::HeartbeatKept);
			}
		}
		assert_eq!(
			entry(OPERATOR, BLUEPRINT).map(|e| e.heartbeats),
			Some(MAX_HEARTBEAT_POINTS)
		);
		assert_eq!(
			entry(OPERATOR_2, BLUEPRINT).map(|e| e.heartbeats),
			Some(MAX_HEARTBEAT_POINTS)
		);
		assert_eq!(
			Staking::session_points(BLUEPRINT, &OPERATOR),
			Staking::session_points(BLUEPRINT, &OPERATOR_2)
		);
		run_to(SESSION);
		let after = owned(OPERATOR);
		println!("64-service heartbeat farmer: {before} AIT before, {after} after");
		assert_eq!(after - before, 500);
		assert_eq!(Staking::claimable_rewards(&OPERATOR_2, &OPERATOR_2), 500);
	});
}

/// Heartbeats alone earn nothing: an operator whose services have no paid work in the session
/// (the attacker's services for its own sybil clients) gets no points for keeping them alive.
#[test]
fn heartbeats_without_paid_work_earn_nothing() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		bond(OPERATOR_2, MIN_BOND);
		for _ in 0..MAX_HEARTBEAT_POINTS {
			outcome(OPERATOR, BLUEPRINT, JobOutcome::HeartbeatKept);
		}
		assert_eq!(Staking::session_points(BLUEPRINT, &OPERATOR), 0);
		work(OPERATOR_2, BLUEPRINT, 1);
		run_to(SESSION);
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 0);
		assert_eq!(Staking::claimable_rewards(&OPERATOR_2, &OPERATOR_2), 1_000);
		// Heartbeats kept earlier count once paid work arrives in the same session, whatever
		// the order.
		outcome(OPERATOR, BLUEPRINT, JobOutcome::HeartbeatKept);
		assert_eq!(Staking::session_points(BLUEPRINT, &OPERATOR), 0);
		work(OPERATOR, BLUEPRINT, 4);
		assert_eq!(Staking::session_points(BLUEPRINT, &OPERATOR), 5);
	});
}

/// Only bonded operators earn points: that is what bounds a session's entries, each one backed
/// by `MinOperatorBond`.
#[test]
fn only_bonded_operators_earn_points() {
	test(|| {
		incentivize(BLUEPRINT, 100);
		work(STRANGER, BLUEPRINT, 10);
		outcome(STRANGER, BLUEPRINT, JobOutcome::SlaBreached);
		assert_eq!(entry(STRANGER, BLUEPRINT), None);
		assert_eq!(SessionTallies::<Test>::get(0).entries, 0);
		// Nor does work on a blueprint nobody incentivized.
		bond(OPERATOR, MIN_BOND);
		work(OPERATOR, OTHER_BLUEPRINT, 10);
		assert_eq!(entry(OPERATOR, OTHER_BLUEPRINT), None);
		work(OPERATOR, BLUEPRINT, 10);
		work(OPERATOR, BLUEPRINT, 10);
		assert_eq!(Staking::session_points(BLUEPRINT, &OPERATOR), 20);
		assert_eq!(SessionTallies::<Test>::get(0).entries, 1);
	});
}

/// Issue 15: a session kept the first 1,024 point entries, so sybil operators with dust points
/// could fill it and late honest operators were dropped silently. Every bonded operator now gets
/// its entry, and the payout pays `MaxPayoutsPerBlock` entries a block until all are paid.
#[test]
fn a_late_honest_operator_is_paid_when_sybil_dust_fills_the_table() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		let sybils = bond_many(20, 5 * u64::from(MaxPayoutsPerBlock::get()));
		for sybil in &sybils {
			work(*sybil, BLUEPRINT, 1);
		}
		bond(OPERATOR, MIN_BOND);
		work(OPERATOR, BLUEPRINT, 80);
		assert_eq!(entry(OPERATOR, BLUEPRINT).map(|e| e.work), Some(80));
		assert_eq!(SessionTallies::<Test>::get(0).entries, 21);
		// The boundary funds the session and pays the first page.
		run_to(SESSION);
		assert_eq!(TotalRewardsFunded::<Test>::get(), 1_000);
		assert!(CurrentPayout::<Test>::get().is_some());
		// 21 entries at 4 a block: paid by the sixth block.
		run_to(SESSION + 5);
		assert_eq!(CurrentPayout::<Test>::get(), None);
		System::assert_has_event(staking_event(Event::SessionRewarded {
			session: 0,
			funded: 1_000,
			operators: 21,
			returned: 0,
		}));
		// 80 of 100 points.
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 800);
		let dust: Balance = sybils
			.iter()
			.map(|s| Staking::claimable_rewards(s, s))
			.sum();
		assert_eq!(dust, 200);
	});
}

/// The tally of a session holds `MaxIncentivizedBlueprints` blueprints. Only governance
/// changing incentives within one session can fill it, and then the points are refused with an
/// event, never silently.
#[test]
fn points_beyond_a_full_tally_are_refused_openly() {
	test(|| {
		bond(OPERATOR, MIN_BOND);
		for blueprint_id in 1..=4 {
			incentivize(blueprint_id, 10);
			work(OPERATOR, blueprint_id, 1);
		}
		assert_ok!(Staking::set_blueprint_incentive(
			RuntimeOrigin::root(),
			4,
			None
		));
		incentivize(5, 10);
		work(OPERATOR, 5, 1);
		System::assert_last_event(staking_event(Event::PointsNotRecorded {
			session: 0,
			blueprint_id: 5,
			operator: OPERATOR,
		}));
		assert_eq!(entry(OPERATOR, 5), None);
		// The next session starts with an empty tally.
		run_to(SESSION);
		work(OPERATOR, 5, 1);
		assert_eq!(Staking::session_points(5, &OPERATOR), 1);
	});
}

/// A payout still running when the next session closes waits its turn; the next session's
/// points are kept apart and paid after it.
#[test]
fn a_long_payout_runs_into_the_next_session() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		let limit = u64::from(MaxPayoutsPerBlock::get());
		let operators = bond_many(20, limit * (SESSION + 2));
		for operator in &operators {
			work(*operator, BLUEPRINT, 1);
		}
		run_to(SESSION);
		// Points of session 1 while session 0 is still paying.
		bond(OPERATOR, MIN_BOND);
		work(OPERATOR, BLUEPRINT, 5);
		run_to(2 * SESSION);
		assert_eq!(CurrentSession::<Test>::get(), 2);
		assert_eq!(UnpaidSession::<Test>::get(), 0);
		assert_eq!(SessionTallies::<Test>::get(1).entries, 1);
		run_to(3 * SESSION);
		assert_eq!(UnpaidSession::<Test>::get(), 3);
		// Session 0's 28 entries got 35 each; the 20 its rounding left went back.
		assert_eq!(TotalRewardsFunded::<Test>::get(), 2_000 - 20);
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 1_000);
		let first: Balance = operators
			.iter()
			.map(|o| Staking::claimable_rewards(o, o))
			.sum();
		// 1,000 over 28 equal entries rounds down to 35 each.
		assert_eq!(first, 35 * operators.len() as Balance);
	});
}

#[test]
fn unpaid_session_is_skipped() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 2 * INITIAL));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 10, room(10));
		run_to(SESSION);
		System::assert_has_event(staking_event(Event::SessionRewardsSkipped { session: 0 }));
		assert_eq!(TotalRewardsFunded::<Test>::get(), 0);
		assert_eq!(Staking::claimable_rewards(&OPERATOR, &OPERATOR), 0);
		assert_eq!(SessionPoints::<Test>::iter().count(), 0);
		assert_eq!(UnpaidSession::<Test>::get(), 1);
	});
}

#[test]
fn rewards_survive_a_slash_and_a_full_undelegation() {
	test(|| {
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000));
		incentivize(BLUEPRINT, 100);
		bond(OPERATOR, MIN_BOND);
		delegate(DELEGATOR, OPERATOR, 100);
		<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATOR, BLUEPRINT, 10, room(10));
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
		Outcome(u8, u8),
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
			(0u8..2, 0u8..4).prop_map(|(o, k)| Action::Outcome(o, k)),
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
							<Staking as OnVerifiedWork<_>>::on_verified_work(&OPERATORS[o as usize], BLUEPRINT, u.into(), room(u.into()));
							Ok(())
						},
						Action::Outcome(o, k) => {
							let outcome = match k {
								0 => JobOutcome::ResultSubmitted,
								1 => JobOutcome::ResultFailed,
								2 => JobOutcome::HeartbeatKept,
								_ => JobOutcome::SlaBreached,
							};
							<Staking as OnJobOutcome<_>>::on_job_outcome(&OPERATORS[o as usize], BLUEPRINT, outcome);
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

// ---- issue 15: exposure at the accusation, delegation assets, heartbeat slashes ----

const JUNK: AssetId = 66;

fn accuse(operator: AccountId, blueprint_id: u64) {
	assert_ok!(<Staking as OffenceReporter<AccountId>>::note_accusation(
		&operator,
		blueprint_id
	));
}

fn clear(operator: AccountId, blueprint_id: u64) {
	<Staking as OffenceReporter<AccountId>>::clear_accusation(&operator, blueprint_id);
}

fn heartbeat_report(operator: AccountId, blueprint_id: u64, service_id: u64, percent: u32) {
	assert_ok!(<Staking as OffenceReporter<AccountId>>::report(Offence {
		offender: operator,
		blueprint_id,
		service_id: Some(service_id),
		fraction: Perbill::from_percent(percent),
		kind: OffenceKind::MissedHeartbeats,
	}));
}

/// Issue 15: a dispute's slash was reported only when it resolved, weeks after the job, so the
/// operator's delegators (its own sybil accounts among them) undelegated and left first. Now
/// the stake present when the dispute opened is locked until it ends, and slashed if it is
/// lost.
#[test]
fn delegator_leaving_after_the_dispute_opened_is_still_slashed() {
	test(|| {
		bond(OPERATOR, 1_000);
		delegate(DELEGATOR, OPERATOR, 100);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR_2),
			OPERATOR,
			NATIVE,
			100,
			only(&[BLUEPRINT])
		));
		// The dispute opens: pallet-disputes notes the accusation.
		accuse(OPERATOR, BLUEPRINT);
		System::assert_last_event(staking_event(Event::AccusationNoted {
			operator: OPERATOR,
			blueprint_id: BLUEPRINT,
		}));
		run_to(2);
		// Scheduling is allowed; leaving is not.
		for who in [DELEGATOR, DELEGATOR_2] {
			assert_ok!(Staking::schedule_undelegation(
				RuntimeOrigin::signed(who),
				OPERATOR,
				NATIVE,
				100
			));
		}
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			1_000
		));
		run_to(2 + UNBONDING_DELAY);
		for who in [DELEGATOR, DELEGATOR_2] {
			assert_noop!(
				Staking::withdraw_undelegated(RuntimeOrigin::signed(who), OPERATOR, NATIVE),
				Error::<Test>::SlashPending
			);
		}
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)),
			Error::<Test>::SlashPending
		);
		// Long after the undelegation delay the operator loses: report, then the dispute ends.
		run_to(50);
		report(OPERATOR, BLUEPRINT, 10);
		clear(OPERATOR, BLUEPRINT);
		let slash = UnappliedSlashes::<Test>::get(0).unwrap();
		assert_eq!((slash.exposed_at, slash.exposed_bond), (1, 1_000));
		// The slash keeps the stake locked until it is applied.
		assert_noop!(
			Staking::withdraw_undelegated(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE),
			Error::<Test>::SlashPending
		);
		run_to(50 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 900);
		for who in [DELEGATOR, DELEGATOR_2] {
			assert_ok!(Staking::withdraw_undelegated(
				RuntimeOrigin::signed(who),
				OPERATOR,
				NATIVE
			));
			assert_eq!(Balances::balance(&who), INITIAL - 10);
		}
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		assert_eq!(Balances::balance(&OPERATOR), INITIAL - 100);
	});
}

/// Issue 15: slashes took the stake present when applied, so newcomers paid for old offences
/// and every delegator was locked while any slash was pending. Now stake that arrives after
/// the offence (a new delegation or a bond top-up) is neither locked nor slashed for it.
#[test]
fn stake_arriving_after_the_offence_is_neither_locked_nor_slashed() {
	test(|| {
		bond(OPERATOR, 1_000);
		delegate(DELEGATOR, OPERATOR, 100);
		accuse(OPERATOR, BLUEPRINT);
		report(OPERATOR, BLUEPRINT, 10);
		run_to(2);
		delegate(DELEGATOR_2, OPERATOR, 100);
		assert_ok!(Staking::bond_extra(RuntimeOrigin::signed(OPERATOR), 500));
		// The newcomer may add to its delegation; the exposed delegator may not grow its own,
		// which would make fresh stake pay for the offence.
		delegate(DELEGATOR_2, OPERATOR, 50);
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(DELEGATOR),
				OPERATOR,
				NATIVE,
				50,
				BlueprintSelection::All
			),
			Error::<Test>::SlashPending
		);
		run_to(1 + DEFER);
		assert_eq!(bond_hold(OPERATOR), 1_400);
		assert_eq!(delegation_hold(DELEGATOR), 90);
		assert_eq!(delegation_hold(DELEGATOR_2), 150);
		// The accusation is still open: the newcomer leaves, the exposed delegator cannot.
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR_2),
			OPERATOR,
			NATIVE,
			150
		));
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			90
		));
		// The operator may take out only what it holds above the bond the accusation recorded
		// (1,000): 400 of its 1,400.
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			400
		));
		run_to(2 + DEFER + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR_2),
			OPERATOR,
			NATIVE
		));
		assert_eq!(Balances::balance(&DELEGATOR_2), INITIAL);
		assert_noop!(
			Staking::withdraw_undelegated(RuntimeOrigin::signed(DELEGATOR), OPERATOR, NATIVE),
			Error::<Test>::SlashPending
		);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		assert_eq!(bond_hold(OPERATOR), 1_000);
		assert_ok!(Staking::schedule_unbond(
			RuntimeOrigin::signed(OPERATOR),
			100
		));
		run_to(2 + DEFER + 2 * UNBONDING_DELAY);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)),
			Error::<Test>::SlashPending
		);
		// The dispute ends without a report: the lock goes.
		clear(OPERATOR, BLUEPRINT);
		System::assert_last_event(staking_event(Event::AccusationCleared {
			operator: OPERATOR,
			blueprint_id: BLUEPRINT,
		}));
		assert!(!OperatorExposures::<Test>::contains_key(OPERATOR));
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE
		));
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(OPERATOR)));
		assert_eq!(bond_hold(OPERATOR), 900);
	});
}

#[test]
fn an_accusation_locks_only_the_blueprint_it_concerns() {
	test(|| {
		bond(OPERATOR, 1_000);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			100,
			only(&[OTHER_BLUEPRINT])
		));
		accuse(OPERATOR, BLUEPRINT);
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE,
			100
		));
		run_to(1 + UNBONDING_DELAY);
		assert_ok!(Staking::withdraw_undelegated(
			RuntimeOrigin::signed(DELEGATOR),
			OPERATOR,
			NATIVE
		));
		// A lost dispute reported with the accusation open is slashed from the bond recorded
		// when the dispute opened; a clear without an accusation does nothing.
		assert_ok!(Staking::bond_extra(RuntimeOrigin::signed(OPERATOR), 1_000));
		report(OPERATOR, BLUEPRINT, 10);
		clear(OPERATOR, BLUEPRINT);
		clear(OPERATOR, BLUEPRINT);
		let slash = UnappliedSlashes::<Test>::get(0).unwrap();
		assert_eq!((slash.exposed_at, slash.exposed_bond), (1, 1_000));
		run_to(1 + UNBONDING_DELAY + DEFER);
		assert_eq!(bond_hold(OPERATOR), 1_900);
	});
}

/// Issue 15: one `MinDelegation` for every asset let anyone fill an operator's delegation slots
/// with a worthless asset. Now only assets governance lists may be delegated, each with its
/// own minimum.
#[test]
fn junk_asset_cannot_fill_delegation_slots() {
	test(|| {
		bond(OPERATOR, MIN_BOND);
		assert_ok!(Assets::force_create(
			RuntimeOrigin::root(),
			JUNK,
			STRANGER,
			true,
			1
		));
		assert_ok!(Assets::mint(
			RuntimeOrigin::signed(STRANGER),
			JUNK,
			STRANGER,
			1_000_000
		));
		let junk = PaymentAsset::Asset(JUNK);
		for _ in 0..MaxDelegationsPerOperator::get() {
			assert_noop!(
				Staking::delegate(
					RuntimeOrigin::signed(STRANGER),
					OPERATOR,
					junk,
					MIN_DELEGATION,
					BlueprintSelection::All
				),
				Error::<Test>::AssetNotDelegatable
			);
		}
		assert_eq!(Pools::<Test>::get(OPERATOR).delegations, 0);
		delegate(DELEGATOR, OPERATOR, MIN_DELEGATION);

		// Governance lists it, with a minimum of its own.
		assert_noop!(
			Staking::set_delegation_asset(RuntimeOrigin::signed(STRANGER), JUNK, Some(500)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Staking::set_delegation_asset(RuntimeOrigin::root(), JUNK, Some(0)),
			Error::<Test>::ZeroMinimum
		);
		assert_ok!(Staking::set_delegation_asset(
			RuntimeOrigin::root(),
			JUNK,
			Some(500)
		));
		System::assert_last_event(staking_event(Event::DelegationAssetSet {
			asset: JUNK,
			minimum: Some(500),
		}));
		assert_noop!(
			Staking::set_delegation_asset(RuntimeOrigin::root(), 77, Some(1)),
			Error::<Test>::TooManyDelegationAssets
		);
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(STRANGER),
				OPERATOR,
				junk,
				499,
				BlueprintSelection::All
			),
			Error::<Test>::DelegationTooLow
		);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(STRANGER),
			OPERATOR,
			junk,
			600,
			BlueprintSelection::All
		));
		// Delisted: no new stake, but what is there may leave in any parts.
		assert_ok!(Staking::set_delegation_asset(
			RuntimeOrigin::root(),
			JUNK,
			None
		));
		assert_eq!(DelegationAssetCount::<Test>::get(), 1);
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(STRANGER),
				OPERATOR,
				junk,
				600,
				BlueprintSelection::All
			),
			Error::<Test>::AssetNotDelegatable
		);
		assert_ok!(Staking::schedule_undelegation(
			RuntimeOrigin::signed(STRANGER),
			OPERATOR,
			junk,
			599
		));
	});
}

/// Issue 15: the heartbeat cap applied per report and per service, so an operator in 64
/// services down for ten minutes collected 64 separate 10% offences. Now one pending
/// `MissedHeartbeats` slash per (operator, blueprint) is raised to the larger fraction.
#[test]
fn sixty_four_heartbeat_reports_slash_once() {
	test(|| {
		bond(OPERATOR, 1_000);
		for service_id in 0..64 {
			heartbeat_report(OPERATOR, BLUEPRINT, service_id, 10);
		}
		assert_eq!(UnappliedSlashes::<Test>::iter().count(), 1);
		System::assert_last_event(staking_event(Event::SlashRaised {
			slash_id: 0,
			operator: OPERATOR,
			fraction: Perbill::from_percent(10),
		}));
		// A larger fraction raises it; a smaller one does not lower it.
		heartbeat_report(OPERATOR, BLUEPRINT, 99, 15);
		heartbeat_report(OPERATOR, BLUEPRINT, 98, 5);
		assert_eq!(
			UnappliedSlashes::<Test>::get(0).unwrap().fraction,
			Perbill::from_percent(15)
		);
		// Another blueprint's stake is another matter, and other kinds are not merged.
		heartbeat_report(OPERATOR, OTHER_BLUEPRINT, 1, 10);
		report(OPERATOR, BLUEPRINT, 1);
		assert_eq!(UnappliedSlashes::<Test>::iter().count(), 3);
		run_to(1 + DEFER);
		run_to(2 + DEFER);
		// 15%, 10% and 1% of the bond each was reported against: never 64 × 10%.
		assert_eq!(bond_hold(OPERATOR), 740);
		assert_eq!(HeartbeatSlashes::<Test>::iter().count(), 0);
		// After the slash, a new outage is a new offence.
		heartbeat_report(OPERATOR, BLUEPRINT, 0, 10);
		assert!(UnappliedSlashes::<Test>::contains_key(3));
	});
}

/// Issue 15: anyone could fill the slash queue by reporting missed heartbeats of its own sybil
/// operators, and a report that found no room was lost. Now every report is stored, ripe
/// slashes apply oldest first, and anyone may apply a ripe slash at once.
#[test]
fn a_sybil_heartbeat_flood_cannot_crowd_out_an_honest_slash() {
	test(|| {
		bond(OPERATOR, 1_000);
		bond(OPERATOR_2, 1_000);
		// The sybil reports its own operator on 100 blueprints (one pending slash each).
		for blueprint_id in 100..200 {
			heartbeat_report(OPERATOR_2, blueprint_id, 0, 1);
		}
		report(OPERATOR, BLUEPRINT, 10);
		let honest = 100;
		assert_eq!(
			UnappliedSlashes::<Test>::get(honest).unwrap().operator,
			OPERATOR
		);
		// In the same block more flooding comes after it in the order.
		for blueprint_id in 200..300 {
			heartbeat_report(OPERATOR_2, blueprint_id, 0, 1);
		}
		run_to(1 + DEFER);
		// Ripe: anyone applies it at once, whatever is ahead of it.
		assert_ok!(Staking::apply_slash(
			RuntimeOrigin::signed(STRANGER),
			honest
		));
		assert_eq!(bond_hold(OPERATOR), 900);
		// Left alone, the hook reaches a slash after at most (ripe slashes before it) / 2 blocks.
		run_to(1 + DEFER + 50);
		assert!((0..100).all(|id| !UnappliedSlashes::<Test>::contains_key(id)));
		assert!(UnappliedSlashes::<Test>::contains_key(101 + 50));
		run_to(1 + DEFER + 101);
		assert_eq!(UnappliedSlashes::<Test>::iter().count(), 0);
	});
}
