//! What governance, validators and reporters see: set changes and their errors, the sessions
//! they take effect in, and offences turned into slashes and removals.

use crate::{
	self as pallet_validator_set, mock::*, pallet::*, AuraEquivocationProof, Ineligibility,
};
use frame_support::{assert_noop, assert_ok, traits::KeyOwnerProofSystem};
use pallet_session::historical::IdentificationTuple;
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, Slot};
use sp_core::Pair;
#[allow(deprecated)]
use sp_runtime::traits::ValidateUnsigned;
use sp_runtime::BuildStorage;
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionSource},
	DispatchError, Perbill, RuntimeAppPublic,
};
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn set() -> Vec<AccountId> {
	Validators::<Test>::get().into_inner()
}

fn event(e: Event<Test>) -> RuntimeEvent {
	RuntimeEvent::ValidatorSet(e)
}

fn has_event(e: Event<Test>) -> bool {
	System::events()
		.iter()
		.any(|record| record.event == event(e.clone()))
}

// ---- the genesis set ----

#[test]
fn genesis_validators_validate_the_first_sessions() {
	test(|| {
		assert_eq!(set(), GENESIS.to_vec());
		assert_eq!(Planned::<Test>::get().into_inner(), GENESIS.to_vec());
		assert_eq!(Session::validators(), GENESIS.to_vec());
		start_session(2);
		assert_eq!(Session::validators(), GENESIS.to_vec());
	});
}

// ---- adding ----

#[test]
fn an_added_validator_validates_from_the_session_after_next() {
	test(|| {
		assert_ok!(ValidatorSet::add_validator(root(), CANDIDATE));
		System::assert_last_event(event(Event::ValidatorAdded {
			validator: CANDIDATE,
		}));
		assert_eq!(set(), vec![1, 2, 3, CANDIDATE]);
		// Session 1 was queued at genesis: the candidate is planned into session 2.
		start_session(1);
		assert!(!Session::validators().contains(&CANDIDATE));
		assert!(has_event(Event::SetPlanned {
			session: 2,
			count: 4
		}));
		start_session(2);
		assert_eq!(Session::validators(), vec![1, 2, 3, CANDIDATE]);
	});
}

#[test]
fn adding_needs_governance() {
	test(|| {
		assert_noop!(
			ValidatorSet::add_validator(signed(CANDIDATE), CANDIDATE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::none(), CANDIDATE),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn adding_refuses_a_member_an_account_without_keys_or_bond_and_a_full_set() {
	test(|| {
		assert_noop!(
			ValidatorSet::add_validator(root(), 2),
			Error::<Test>::AlreadyValidator
		);
		assert_noop!(
			ValidatorSet::add_validator(root(), STRANGER),
			Error::<Test>::NoSessionKeys
		);
		assert_noop!(
			ValidatorSet::add_validator(root(), UNBONDED),
			Error::<Test>::BondTooLow
		);
		set_bond(UNBONDED, Some(MIN_BOND - 1));
		assert_noop!(
			ValidatorSet::add_validator(root(), UNBONDED),
			Error::<Test>::BondTooLow
		);
		set_bond(UNBONDED, Some(MIN_BOND));
		assert_ok!(ValidatorSet::add_validator(root(), UNBONDED));
		assert_ok!(ValidatorSet::add_validator(root(), CANDIDATE));
		assert_eq!(set().len() as u32, MAX_VALIDATORS);
		// A sixth account with keys and a bond.
		let sixth = 7;
		set_bond(sixth, Some(MIN_BOND));
		register_keys(sixth);
		assert_noop!(
			ValidatorSet::add_validator(root(), sixth),
			Error::<Test>::TooManyValidators
		);
	});
}

// ---- removing and leaving ----

#[test]
fn a_removed_validator_stops_at_the_session_after_next() {
	test(|| {
		assert_ok!(ValidatorSet::remove_validator(root(), 2));
		System::assert_last_event(event(Event::ValidatorRemoved { validator: 2 }));
		assert_eq!(set(), vec![1, 3]);
		start_session(1);
		assert!(Session::validators().contains(&2));
		start_session(2);
		assert_eq!(Session::validators(), vec![1, 3]);
	});
}

#[test]
fn removing_needs_governance_a_member_and_keeps_the_minimum() {
	test(|| {
		assert_noop!(
			ValidatorSet::remove_validator(signed(1), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::remove_validator(root(), CANDIDATE),
			Error::<Test>::NotValidator
		);
		assert_ok!(ValidatorSet::remove_validator(root(), 3));
		assert_eq!(set().len() as u32, MIN_VALIDATORS);
		assert_noop!(
			ValidatorSet::remove_validator(root(), 2),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn a_validator_may_leave_on_its_own_but_not_below_the_minimum() {
	test(|| {
		assert_noop!(ValidatorSet::leave(root()), DispatchError::BadOrigin);
		assert_noop!(
			ValidatorSet::leave(signed(CANDIDATE)),
			Error::<Test>::NotValidator
		);
		assert_ok!(ValidatorSet::leave(signed(1)));
		System::assert_last_event(event(Event::ValidatorLeft { validator: 1 }));
		assert_noop!(
			ValidatorSet::leave(signed(2)),
			Error::<Test>::TooFewValidators
		);
		start_session(2);
		assert_eq!(Session::validators(), vec![2, 3]);
	});
}

// ---- planning ----

#[test]
fn a_member_without_bond_or_keys_is_skipped_until_it_can_validate() {
	test(|| {
		set_bond(3, None);
		start_session(1);
		assert!(has_event(Event::ValidatorSkipped {
			validator: 3,
			session: 2,
			reason: Ineligibility::BondTooLow
		}));
		start_session(2);
		assert_eq!(Session::validators(), vec![1, 2]);
		// It stays in the governed set and comes back once bonded again.
		assert_eq!(set(), GENESIS.to_vec());
		set_bond(3, Some(MIN_BOND));
		start_session(4);
		assert_eq!(Session::validators(), GENESIS.to_vec());

		assert_ok!(Session::purge_keys(signed(2)));
		start_session(5);
		assert!(has_event(Event::ValidatorSkipped {
			validator: 2,
			session: 6,
			reason: Ineligibility::NoSessionKeys
		}));
		start_session(6);
		assert_eq!(Session::validators(), vec![1, 3]);
	});
}

#[test]
fn the_previous_set_stays_when_too_few_could_validate() {
	test(|| {
		set_bond(2, None);
		set_bond(3, None);
		start_session(1);
		assert!(has_event(Event::PlanKept {
			session: 2,
			eligible: 1
		}));
		start_session(3);
		assert_eq!(Session::validators(), GENESIS.to_vec());
		assert_eq!(Planned::<Test>::get().into_inner(), GENESIS.to_vec());
	});
}

// ---- offences ----

fn offence(validator: AccountId) -> OffenceDetails<AccountId, IdentificationTuple<Test>> {
	OffenceDetails {
		offender: (validator, ()),
		reporters: vec![],
	}
}

fn on_offence(validators: &[AccountId], fraction: Perbill, session: u32) {
	let details: Vec<_> = validators.iter().map(|&v| offence(v)).collect();
	let fractions = vec![fraction; details.len()];
	<ValidatorSet as OnOffenceHandler<_, _, _>>::on_offence(&details, &fractions, session);
}

#[test]
fn an_offender_is_slashed_once_per_session_and_removed() {
	test(|| {
		on_offence(&[2], Perbill::from_percent(10), 0);
		assert_eq!(slashes(), vec![(2, 0, Perbill::from_percent(10))]);
		assert!(has_event(Event::OffenderRemoved {
			validator: 2,
			session: 0
		}));
		assert_eq!(set(), vec![1, 3]);
		// pallet-offences repeats earlier offenders of the same kind and time with new ones.
		on_offence(&[2, 3], Perbill::from_percent(40), 0);
		assert_eq!(
			slashes(),
			vec![
				(2, 0, Perbill::from_percent(10)),
				(3, 0, Perbill::from_percent(40))
			]
		);
		// At the minimum the offender stays; the slash is reported all the same.
		assert!(has_event(Event::OffenderKept {
			validator: 3,
			session: 0
		}));
		assert_eq!(set(), vec![1, 3]);
		start_session(2);
		assert_eq!(Session::validators(), vec![1, 3]);
		check();
	});
}

#[test]
fn a_failed_slash_is_told_and_the_offender_still_removed() {
	test(|| {
		set_slasher_fails(true);
		on_offence(&[1], Perbill::from_percent(5), 0);
		assert!(has_event(Event::SlashNotReported {
			validator: 1,
			session: 0
		}));
		assert!(has_event(Event::OffenderRemoved {
			validator: 1,
			session: 0
		}));
		assert!(slashes().is_empty());
	});
}

#[test]
fn an_offender_governance_removed_already_is_slashed_without_a_removal_event() {
	test(|| {
		assert_ok!(ValidatorSet::add_validator(root(), CANDIDATE));
		assert_ok!(ValidatorSet::remove_validator(root(), CANDIDATE));
		System::reset_events();
		on_offence(&[CANDIDATE], Perbill::from_percent(5), 0);
		assert_eq!(slashes(), vec![(CANDIDATE, 0, Perbill::from_percent(5))]);
		assert!(System::events().is_empty());
	});
}

// ---- Aura equivocation reports ----

fn aura_key(who: AccountId) -> AuraId {
	aura_pair(who).public().into()
}

fn key_owner_proof(who: AccountId) -> sp_session::MembershipProof {
	Historical::prove((<AuraId as RuntimeAppPublic>::ID, aura_key(who).to_raw_vec()))
		.expect("the key is in the current session")
}

/// `who` sealed two headers at the current block's height for `slot`.
fn double_seal(who: AccountId, slot: u64) -> AuraEquivocationProof<Test> {
	let number = System::block_number();
	sp_consensus_slots::EquivocationProof {
		offender: aura_key(who),
		slot: Slot::from(slot),
		first_header: sealed_header(who, number, slot, 1),
		second_header: sealed_header(who, number, slot, 2),
	}
}

fn report(
	proof: AuraEquivocationProof<Test>,
	key_proof: sp_session::MembershipProof,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	ValidatorSet::report_aura_equivocation(signed(CANDIDATE), Box::new(proof), key_proof)
}

#[test]
fn a_double_seal_is_an_offence_a_slash_and_a_removal() {
	test(|| {
		run_to_block(5);
		assert_ok!(report(double_seal(2, 100), key_owner_proof(2)));
		// One of three validators: (3 * 1 / 3)^2 = all of the bond.
		assert_eq!(slashes(), vec![(2, 0, Perbill::one())]);
		assert!(has_event(Event::OffenderRemoved {
			validator: 2,
			session: 0
		}));
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Offences(pallet_offences::Event::Offence { .. })
		)));
		// The same offence again.
		assert_noop!(
			report(double_seal(2, 100), key_owner_proof(2)),
			Error::<Test>::DuplicateOffenceReport
		);
		start_session(2);
		assert_eq!(Session::validators(), vec![1, 3]);
	});
}

#[test]
fn a_report_with_a_false_proof_is_refused() {
	test(|| {
		run_to_block(5);
		// The same header twice.
		let mut same = double_seal(2, 100);
		same.second_header = same.first_header.clone();
		assert_noop!(
			report(same, key_owner_proof(2)),
			Error::<Test>::InvalidEquivocationProof
		);
		// Two slots.
		let mut slots = double_seal(2, 100);
		slots.second_header = sealed_header(2, System::block_number(), 101, 2);
		assert_noop!(
			report(slots, key_owner_proof(2)),
			Error::<Test>::InvalidEquivocationProof
		);
		// A header sealed by someone else.
		let mut forged = double_seal(2, 100);
		forged.second_header = sealed_header(1, System::block_number(), 100, 2);
		assert_noop!(
			report(forged, key_owner_proof(2)),
			Error::<Test>::InvalidEquivocationProof
		);
		// An unsealed header.
		let mut unsealed = double_seal(2, 100);
		unsealed.second_header.digest.logs.pop();
		assert_noop!(
			report(unsealed, key_owner_proof(2)),
			Error::<Test>::InvalidEquivocationProof
		);
		// The key proven for another validator.
		assert_noop!(
			report(double_seal(2, 100), key_owner_proof(1)),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		assert!(slashes().is_empty());
		assert_eq!(set(), GENESIS.to_vec());
	});
}

#[test]
fn a_report_must_prove_the_key_for_the_session_that_authored_the_headers() {
	test(|| {
		run_to_block(5);
		let proof_in_session_0 = key_owner_proof(2);
		// Headers from session 1's blocks with the key proven for session 0.
		start_session(1);
		run_to_block(System::block_number() + 3);
		assert_noop!(
			report(double_seal(2, 200), proof_in_session_0.clone()),
			Error::<Test>::InvalidEquivocationProof
		);
		// Session 0's headers with session 0's proof are still provable.
		let mut old = double_seal(2, 100);
		old.first_header = sealed_header(2, 5, 100, 1);
		old.second_header = sealed_header(2, 5, 100, 2);
		assert_ok!(report(old, proof_in_session_0));
		// Genesis cannot be reported (no block authored it).
		let mut genesis = double_seal(1, 1);
		genesis.first_header = sealed_header(1, 0, 1, 1);
		genesis.second_header = sealed_header(1, 0, 1, 2);
		assert_noop!(
			report(genesis, key_owner_proof(1)),
			Error::<Test>::InvalidEquivocationProof
		);
	});
}

#[test]
#[allow(deprecated)]
fn reports_need_a_signature_or_to_come_unsigned_from_the_node() {
	test(|| {
		run_to_block(5);
		let proof = double_seal(2, 100);
		assert_noop!(
			ValidatorSet::report_aura_equivocation(
				RuntimeOrigin::none(),
				Box::new(proof.clone()),
				key_owner_proof(2)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::report_aura_equivocation_unsigned(
				signed(1),
				Box::new(proof.clone()),
				key_owner_proof(2)
			),
			DispatchError::BadOrigin
		);
		let call = Call::report_aura_equivocation_unsigned {
			equivocation_proof: Box::new(proof.clone()),
			key_owner_proof: key_owner_proof(2),
		};
		// Only the node's own reports enter its pool.
		assert_eq!(
			<ValidatorSet as ValidateUnsigned>::validate_unsigned(
				TransactionSource::External,
				&call
			),
			InvalidTransaction::Call.into()
		);
		let valid =
			<ValidatorSet as ValidateUnsigned>::validate_unsigned(TransactionSource::Local, &call)
				.expect("a local report is valid");
		assert_eq!(valid.longevity, REPORT_LONGEVITY);
		assert!(!valid.propagate);
		// A key proof of another validator does not enter the pool.
		let bad_key = Call::report_aura_equivocation_unsigned {
			equivocation_proof: Box::new(proof.clone()),
			key_owner_proof: key_owner_proof(1),
		};
		assert_eq!(
			<ValidatorSet as ValidateUnsigned>::validate_unsigned(
				TransactionSource::Local,
				&bad_key
			),
			InvalidTransaction::BadProof.into()
		);
		assert_ok!(ValidatorSet::report_aura_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(proof),
			key_owner_proof(2)
		));
		assert_eq!(slashes(), vec![(2, 0, Perbill::one())]);
		// Once reported, the same report is stale.
		assert_eq!(
			<ValidatorSet as ValidateUnsigned>::validate_unsigned(TransactionSource::Local, &call),
			InvalidTransaction::Stale.into()
		);
	});
}

// ---- history ----

#[test]
fn history_older_than_the_depth_is_pruned() {
	test(|| {
		run_to_block(5);
		let old_proof = key_owner_proof(2);
		on_offence(&[3], Perbill::from_percent(1), 0);
		assert!(Offenders::<Test>::contains_key(0, 3));
		assert!(SessionStarts::<Test>::contains_key(0));
		start_session(HISTORY_DEPTH + 1);
		assert!(!Offenders::<Test>::contains_key(0, 3));
		assert!(!OffenderCount::<Test>::contains_key(0));
		assert!(!SessionStarts::<Test>::contains_key(0));
		// The key history of session 0 is gone: its equivocations can no longer be proven.
		assert!(Historical::check_proof(
			(<AuraId as RuntimeAppPublic>::ID, aura_key(2).to_raw_vec()),
			old_proof
		)
		.is_none());
		check();
	});
}

#[test]
fn a_genesis_without_validators_governs_the_session_genesis_keys_owners() {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_session::GenesisConfig::<Test> {
		keys: [3, 1, 2]
			.iter()
			.map(|&who| (who, who, keys_of(who)))
			.collect(),
		non_authority_keys: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(set(), vec![1, 2, 3]);
		assert_eq!(Planned::<Test>::get().into_inner(), vec![1, 2, 3]);
		check();
	});
}

#[test]
fn a_set_smaller_than_the_minimum_can_grow_but_not_shrink() {
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_validator_set::GenesisConfig::<Test> {
		validators: vec![1],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_session::GenesisConfig::<Test> {
		keys: vec![(1, 1, keys_of(1))],
		non_authority_keys: vec![(CANDIDATE, CANDIDATE, keys_of(CANDIDATE))],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		System::set_block_number(1);
		set_bond(1, Some(MIN_BOND));
		set_bond(CANDIDATE, Some(MIN_BOND));
		assert_noop!(
			ValidatorSet::leave(signed(1)),
			Error::<Test>::TooFewValidators
		);
		assert_ok!(ValidatorSet::add_validator(root(), CANDIDATE));
		start_session(2);
		assert_eq!(Session::validators(), vec![1, CANDIDATE]);
		// Two is the minimum now: neither may leave, and a lost bond does not shrink the plan.
		assert_noop!(
			ValidatorSet::leave(signed(1)),
			Error::<Test>::TooFewValidators
		);
		set_bond(1, None);
		start_session(4);
		assert_eq!(Session::validators(), vec![1, CANDIDATE]);
		check();
	});
}
