//! The governed validator set on the real runtime: keys set with `Session::set_keys` and their
//! proof of possession, a council motion that adds a validator, sessions that hand its keys to
//! Aura, every refusal of a set change, and equivocations (GRANDPA's votes, Aura's seals) that end
//! as a pending slash the council may veto.

mod common;

use aitbc_primitives::{traits::OffenceKind, VALIDATOR_DUTY};
use aitbc_runtime::{
	configs::{staking::MinOperatorBond, validators::SessionPeriod},
	Grandpa, Historical, Runtime, RuntimeCall, RuntimeEvent, Session, SessionKeys, Staking, System,
	ValidatorSet,
};
use codec::Encode;
use common::*;
use frame_support::{assert_noop, assert_ok, traits::KeyOwnerProofSystem};
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, Slot, AURA_ENGINE_ID};
use sp_core::{Pair, H256};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::{
	traits::Header as _, Digest, DigestItem, DispatchError, Perbill, RuntimeAppPublic,
};

/// A dev chain with a keystore, in which `SessionKeys::generate` makes keys as
/// `author_rotateKeys` does on a node.
fn chain() -> sp_io::TestExternalities {
	let mut ext = new_chain();
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}

/// `who` bonds as an operator and registers freshly generated session keys with their proof of
/// possession, as `aitbc validator set-keys` does after `author_rotateKeysWithOwner`.
fn become_candidate(who: Sr25519Keyring) -> SessionKeys {
	assert_ok!(Staking::bond(signed(who), MinOperatorBond::get()));
	let generated = SessionKeys::generate(&account(who).encode(), None);
	assert_ok!(Session::set_keys(
		signed(who),
		generated.keys.clone(),
		generated.proof.encode()
	));
	generated.keys
}

fn sessions_later(n: u32) {
	run_to(now() + n * SessionPeriod::get() + 1);
}

fn validator_set_events() -> Vec<pallet_validator_set::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::ValidatorSet(e) => Some(e),
			_ => None,
		})
		.collect()
}

#[test]
fn a_council_motion_adds_a_validator_whose_keys_then_author() {
	chain().execute_with(|| {
		assert_eq!(Session::validators(), vec![account(Alice)]);
		let keys = become_candidate(Dave);
		assert_ok!(pass_council_motion(RuntimeCall::ValidatorSet(
			pallet_validator_set::Call::add_validator {
				validator: account(Dave)
			}
		)));
		assert!(
			validator_set_events().contains(&pallet_validator_set::Event::ValidatorAdded {
				validator: account(Dave)
			})
		);
		sessions_later(2);
		let mut expected = vec![account(Alice), account(Dave)];
		expected.sort();
		assert_eq!(Session::validators(), expected);
		assert!(pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));
		println!(
			"council motion: Dave validates from session {} with Aura key {:?}",
			Session::current_index(),
			keys.aura
		);
	});
}

#[test]
fn keys_need_a_proof_of_possession() {
	chain().execute_with(|| {
		// Dave claims Alice's keys (public, on chain) as his own: he cannot sign for them.
		let alice_keys = SessionKeys {
			aura: Sr25519Keyring::Alice.public().into(),
			grandpa: Ed25519Keyring::Alice.public().into(),
		};
		assert_noop!(
			Session::set_keys(signed(Dave), alice_keys, Vec::new()),
			pallet_session::Error::<Runtime>::InvalidProof
		);
		// Keys with a proof made for another owner.
		let generated = SessionKeys::generate(&account(Eve).encode(), None);
		assert_noop!(
			Session::set_keys(signed(Dave), generated.keys, generated.proof.encode()),
			pallet_session::Error::<Runtime>::InvalidProof
		);
	});
}

#[test]
fn every_refused_set_change() {
	chain().execute_with(|| {
		let root = || aitbc_runtime::RuntimeOrigin::root();
		let add = |who: Sr25519Keyring| ValidatorSet::add_validator(root(), account(who));
		// Only governance changes the set.
		assert_noop!(
			ValidatorSet::add_validator(signed(Dave), account(Dave)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::remove_validator(signed(Bob), account(Alice)),
			DispatchError::BadOrigin
		);
		// Eve has neither keys nor bond; then keys but no bond.
		assert_noop!(
			add(Eve),
			pallet_validator_set::Error::<Runtime>::NoSessionKeys
		);
		let generated = SessionKeys::generate(&account(Eve).encode(), None);
		assert_ok!(Session::set_keys(
			signed(Eve),
			generated.keys,
			generated.proof.encode()
		));
		assert_noop!(add(Eve), pallet_validator_set::Error::<Runtime>::BondTooLow);
		assert_noop!(
			add(Alice),
			pallet_validator_set::Error::<Runtime>::AlreadyValidator
		);
		assert_noop!(
			ValidatorSet::remove_validator(root(), account(Eve)),
			pallet_validator_set::Error::<Runtime>::NotValidator
		);
		// The dev chain starts with one validator: it may grow, not shrink, until it has three.
		assert_noop!(
			ValidatorSet::remove_validator(root(), account(Alice)),
			pallet_validator_set::Error::<Runtime>::TooFewValidators
		);
		assert_noop!(
			ValidatorSet::leave(signed(Alice)),
			pallet_validator_set::Error::<Runtime>::TooFewValidators
		);
		for who in [Dave, Ferdie] {
			become_candidate(who);
			assert_ok!(add(who));
		}
		// Three: still none may go. Eve, with her keys, bonds and makes four.
		assert_noop!(
			ValidatorSet::leave(signed(Ferdie)),
			pallet_validator_set::Error::<Runtime>::TooFewValidators
		);
		assert_ok!(Staking::bond(signed(Eve), MinOperatorBond::get()));
		assert_ok!(add(Eve));
		assert_ok!(ValidatorSet::leave(signed(Ferdie)));
		assert_noop!(
			ValidatorSet::leave(signed(Dave)),
			pallet_validator_set::Error::<Runtime>::TooFewValidators
		);
	});
}

/// A GRANDPA equivocation: two prevotes of `voter` in one round for different blocks.
fn grandpa_equivocation(
	voter: Ed25519Keyring,
) -> sp_consensus_grandpa::EquivocationProof<H256, u32> {
	let set_id = Grandpa::current_set_id();
	let round = 1;
	let prevote = |hash: H256| {
		let prevote = finality_grandpa::Prevote {
			target_hash: hash,
			target_number: 1,
		};
		let message = finality_grandpa::Message::Prevote(prevote.clone());
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
		(prevote, voter.sign(&payload).into())
	};
	sp_consensus_grandpa::EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: voter.public().into(),
			first: prevote(H256::repeat_byte(1)),
			second: prevote(H256::repeat_byte(2)),
		}),
	)
}

/// The pending slashes of `who` reported as equivocations.
fn equivocation_slashes(who: Sr25519Keyring) -> Vec<(u64, Perbill)> {
	pallet_operator_staking::UnappliedSlashes::<Runtime>::iter()
		.filter(|(_, slash)| {
			slash.operator == account(who) && slash.kind == OffenceKind::Equivocation
		})
		.map(|(id, slash)| {
			assert_eq!(slash.blueprint_id, VALIDATOR_DUTY);
			(id, slash.fraction)
		})
		.collect()
}

#[test]
fn a_grandpa_equivocation_ends_as_a_pending_slash_the_council_may_veto() {
	chain().execute_with(|| {
		run_to(now() + 3);
		let key_owner_proof = Historical::prove((
			sp_consensus_grandpa::KEY_TYPE,
			Ed25519Keyring::Alice.public(),
		))
		.expect("Alice's GRANDPA key is in the current session");
		let reporter_before = free(&account(Bob));
		assert_ok!(Grandpa::report_equivocation(
			signed(Bob),
			Box::new(grandpa_equivocation(Ed25519Keyring::Alice)),
			key_owner_proof.clone()
		));
		let slashes = equivocation_slashes(Alice);
		// One offender of one validator: (3 * 1 / 1)^2, all of the bond.
		assert_eq!(slashes.len(), 1);
		assert_eq!(slashes[0].1, Perbill::one());
		// The only validator stays: the set cannot shrink below its size.
		assert!(
			validator_set_events().contains(&pallet_validator_set::Event::OffenderKept {
				validator: account(Alice),
				session: 0
			})
		);
		// The same report again is refused; a valid report costs the reporter nothing.
		assert!(Grandpa::report_equivocation(
			signed(Bob),
			Box::new(grandpa_equivocation(Ed25519Keyring::Alice)),
			key_owner_proof
		)
		.is_err());
		assert_eq!(free(&account(Bob)), reporter_before);
		// The council vetoes it, as any slash.
		assert_ok!(pass_council_motion(RuntimeCall::Staking(
			pallet_operator_staking::Call::cancel_slash {
				slash_id: slashes[0].0
			}
		)));
		assert!(equivocation_slashes(Alice).is_empty());
		println!(
			"GRANDPA equivocation: slash {:?} of Alice's bond reported, then vetoed",
			slashes[0].1
		);
	});
}

/// A header at `number` claiming Aura `slot`, not sealed yet; `salt` tells two apart.
fn unsealed_header(number: u32, slot: u64, salt: u8) -> aitbc_runtime::Header {
	aitbc_runtime::Header::new(
		number,
		Default::default(),
		H256::repeat_byte(salt),
		Default::default(),
		Digest {
			logs: vec![DigestItem::PreRuntime(
				AURA_ENGINE_ID,
				Slot::from(slot).encode(),
			)],
		},
	)
}

/// A header at `number` for `slot` sealed by `author`'s Aura key; `salt` tells two apart.
fn sealed_header(
	author: Sr25519Keyring,
	number: u32,
	slot: u64,
	salt: u8,
) -> aitbc_runtime::Header {
	let mut header = unsealed_header(number, slot, salt);
	let signature = author.pair().sign(header.hash().as_ref());
	header
		.digest_mut()
		.push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	header
}

#[test]
fn an_aura_double_seal_ends_as_a_pending_slash_and_the_offender_leaves() {
	chain().execute_with(|| {
		// Three more validators, so one can go.
		for who in [Dave, Eve, Ferdie] {
			become_candidate(who);
			assert_ok!(ValidatorSet::add_validator(
				aitbc_runtime::RuntimeOrigin::root(),
				account(who)
			));
		}
		sessions_later(2);
		assert_eq!(Session::validators().len(), 4);
		let number = now();
		let dave_key: AuraId = pallet_session::NextKeys::<Runtime>::get(account(Dave))
			.expect("Dave has keys")
			.aura;
		// Sealed with Dave's session key from the keystore.
		let seal = |salt: u8| {
			let mut header = unsealed_header(number, 77, salt);
			let signature = dave_key
				.sign(&header.hash())
				.expect("the key is in the keystore");
			header
				.digest_mut()
				.push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
			header
		};
		let proof = sp_consensus_slots::EquivocationProof {
			offender: dave_key.clone(),
			slot: Slot::from(77u64),
			first_header: seal(1),
			second_header: seal(2),
		};
		let key_owner_proof = Historical::prove((<AuraId as RuntimeAppPublic>::ID, dave_key))
			.expect("Dave's key is in the current session");
		// A forged report, with Alice's seal for Dave's slot, is refused.
		let mut forged = proof.clone();
		forged.second_header = sealed_header(Alice, number, 77, 2);
		assert_noop!(
			ValidatorSet::report_aura_equivocation(
				signed(Bob),
				Box::new(forged),
				key_owner_proof.clone()
			),
			pallet_validator_set::Error::<Runtime>::InvalidEquivocationProof
		);
		assert_ok!(ValidatorSet::report_aura_equivocation(
			signed(Bob),
			Box::new(proof),
			key_owner_proof
		));
		let slashes = equivocation_slashes(Dave);
		// One of four: (3 / 4)^2.
		assert_eq!(slashes.len(), 1);
		assert_eq!(slashes[0].1, Perbill::from_rational(9u32, 16));
		sessions_later(2);
		assert!(!Session::validators().contains(&account(Dave)));
		assert!(!pallet_validator_set::Validators::<Runtime>::get().contains(&account(Dave)));
		println!(
			"Aura equivocation: Dave out of the set, slash of {:?} of his bond pending",
			slashes[0].1
		);
	});
}
