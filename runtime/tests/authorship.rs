//! Compute-weighted authorship on the real runtime: verified compute (settled through
//! `Receipts`) and bonds (`Staking`) decide the shares of the slots two sessions later; weight
//! added after an epoch's randomness is fixed waits an epoch; a validator that pays its own
//! sybil client for made-up work buys slots only with the fees it burns; and a block sealed in
//! another authority's slot ends as a pending slash the council may veto.

mod common;

use aitbc_primitives::authorship::AuthorshipMode;
use aitbc_runtime::{
	configs::{staking::MinOperatorBond, validators::SessionPeriod},
	ComputeAuthorship, Historical, Receipts, Runtime, RuntimeCall, Session, SessionKeys, Staking,
	AIT,
};
use codec::Encode;
use common::*;
use frame_support::{assert_ok, traits::KeyOwnerProofSystem};
use pallet_receipts::PrivacyLevel;
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AURA_ENGINE_ID};
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Header as _, Digest, DigestItem, Perbill, RuntimeAppPublic};

/// A dev chain with a keystore, for `SessionKeys::generate`.
fn chain() -> sp_io::TestExternalities {
	let mut ext = new_chain();
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}

/// `who` bonds, registers its keyring keys (so the test chain can sign its VRF) and is added by a
/// council motion.
fn join(who: Sr25519Keyring) {
	if pallet_operator_staking::Operators::<Runtime>::get(account(who)).is_none() {
		assert_ok!(Staking::bond(signed(who), MinOperatorBond::get()));
	}
	let generated = SessionKeys::generate(&account(who).encode(), Some(who.to_seed().into_bytes()));
	assert_eq!(generated.keys.aura, AuraId::from(who.public()));
	assert_ok!(Session::set_keys(
		signed(who),
		generated.keys,
		generated.proof.encode()
	));
	assert_ok!(pass_council_motion(RuntimeCall::ValidatorSet(
		pallet_validator_set::Call::add_validator {
			validator: account(who)
		}
	)));
}

fn sessions_later(n: u32) {
	run_to(now() + n * SessionPeriod::get() + 1);
}

/// Alice (genesis), Bob, Charlie and Dave validate.
fn four_validators() {
	for who in [Bob, Charlie, Dave] {
		join(who);
	}
	sessions_later(2);
	assert_eq!(Session::validators().len(), 4);
	assert_eq!(ComputeAuthorship::mode(), AuthorshipMode::Weighted);
}

fn share_in(
	epoch: Option<pallet_compute_authorship::EpochSummary<aitbc_runtime::AccountId>>,
	who: Sr25519Keyring,
) -> Perbill {
	epoch
		.and_then(|e| {
			e.authorities
				.into_iter()
				.find(|(a, _, _)| *a == account(who))
		})
		.map(|(_, _, share)| share)
		.unwrap_or_default()
}

fn share(who: Sr25519Keyring) -> Perbill {
	share_in(ComputeAuthorship::current_epoch_summary(), who)
}

fn next_share(who: Sr25519Keyring) -> Perbill {
	share_in(ComputeAuthorship::next_epoch_summary(), who)
}

/// `operator` runs `jobs` jobs of `units` for `client`, each claimed and accepted at once.
fn deliver(operator: Sr25519Keyring, client: Sr25519Keyring, jobs: u32, units: u64) {
	let blueprint_id = operator_with_blueprint(operator);
	let service_id = service(client, blueprint_id, Terms::of(&[operator]));
	for i in 0..jobs {
		let (job_id, price) = call_job(client, service_id, units);
		submit_result(operator, job_id);
		let mut id = [0u8; 32];
		id[..4].copy_from_slice(&i.to_le_bytes());
		id[4] = operator as u8;
		let claimed = receipt(operator, job_id, id, units, price);
		assert_ok!(Receipts::submit_receipt(
			signed(operator),
			Box::new(claimed),
			PrivacyLevel::Public,
			None
		));
		assert_ok!(Receipts::accept(signed(client), job_id));
	}
}

/// Draws `slots` slots of the current epoch and counts those of `who`.
fn drawn_for(who: Sr25519Keyring, slots: u64) -> f64 {
	let key = pallet_session::NextKeys::<Runtime>::get(account(who)).map(|k| k.aura);
	let from = u64::from(pallet_aura::CurrentSlot::<Runtime>::get()) + 1;
	let mine = (from..from + slots)
		.filter(|slot| {
			ComputeAuthorship::slot_claim(*slot).map(|c| Some(c.author)) == Some(key.clone())
		})
		.count();
	mine as f64 / slots as f64
}

#[test]
fn verified_work_moves_slots_to_the_validator_that_did_it() {
	chain().execute_with(|| {
		four_validators();
		let before = share(Dave);
		// Dave delivers verified compute this work session; nobody else does.
		deliver(Dave, Ferdie, 5, 1_000);
		// The work session closes, then a validator session plans the epoch after next from it.
		let reward_session = <Runtime as pallet_operator_staking::Config>::SessionLength::get();
		run_to(now() + reward_session + 1);
		sessions_later(2);
		let after = share(Dave);
		// Half the weight is work (all Dave's), half stake (equal): Dave's raw share is 62.5%,
		// capped at 33%; the other three split the rest.
		assert_eq!(after, Perbill::from_percent(33));
		for other in [Alice, Bob, Charlie] {
			assert_eq!(share(other), Perbill::from_rational(67u32, 300));
		}
		let drawn = drawn_for(Dave, 20_000);
		println!(
			"[authorship] Dave's share: {before:?} before his verified work, {after:?} after; \
			 drawn for {:.1}% of 20,000 slots",
			drawn * 100.0
		);
		assert!((drawn - 0.33).abs() < 0.015, "drawn {drawn}");
	});
}

#[test]
fn weight_added_after_the_randomness_is_fixed_waits_an_epoch() {
	chain().execute_with(|| {
		four_validators();
		let fixed_next = ComputeAuthorship::next_epoch_summary();
		let fixed_randomness = pallet_compute_authorship::NextRandomness::<Runtime>::get();
		// Dave sees the next epoch's randomness, and bonds a fortune to take more of it.
		assert_ok!(Staking::bond_extra(signed(Dave), 100_000 * AIT));
		assert_eq!(ComputeAuthorship::next_epoch_summary(), fixed_next);
		sessions_later(1);
		// The epoch he aimed at runs with the shares and randomness fixed before his bond.
		let current = ComputeAuthorship::current_epoch_summary().expect("an epoch");
		assert_eq!(
			Some(current.authorities.clone()),
			fixed_next.map(|e| e.authorities)
		);
		assert_eq!(current.randomness, fixed_randomness);
		// His bond counts from the epoch after, with randomness fixed after it.
		assert_eq!(next_share(Dave), Perbill::from_percent(33));
		assert_ne!(
			pallet_compute_authorship::NextRandomness::<Runtime>::get(),
			fixed_randomness
		);
		println!(
			"[attack] bonding after seeing the randomness: Dave's share of the epoch it aimed at \
			 stayed {:?}; it counts an epoch later, under randomness nobody knew then",
			share(Dave)
		);
	});
}

#[test]
fn made_up_work_buys_slots_only_with_the_fees_it_burns() {
	chain().execute_with(|| {
		four_validators();
		// Dave funds a sybil client and pays it to "use" his service.
		let sybil = Eve;
		let wealth = || owned(&account(Dave)) + owned(&account(sybil));
		let before = wealth();
		let share_before = share(Dave);
		deliver(Dave, sybil, 20, 1_000);
		let reward_session = <Runtime as pallet_operator_staking::Config>::SessionLength::get();
		run_to(now() + reward_session + 1);
		sessions_later(2);
		// Rewards of the sessions since are Dave's to claim too.
		let _ = Staking::claim_rewards(signed(Dave), account(Dave));
		let after = wealth();
		let gained = report_gain("made-up work for block share", before, after);
		println!(
			"[attack] Dave's share went from {share_before:?} to {:?} (the cap)",
			share(Dave)
		);
		// Farming work costs him: the fees burned exceed what mint and rewards give back.
		assert!(gained < 0, "made-up work paid {gained}");
		assert_eq!(share(Dave), Perbill::from_percent(33));
	});
}

#[test]
fn a_block_sealed_in_another_authoritys_slot_ends_as_a_pending_slash() {
	chain().execute_with(|| {
		four_validators();
		let number = now();
		let parent = H256::repeat_byte(0xAB);
		frame_system::BlockHash::<Runtime>::insert(number, parent);
		let dave_key = AuraId::from(Dave.public());
		let from = u64::from(pallet_aura::CurrentSlot::<Runtime>::get()) + 1;
		let slot = (from..)
			.find(|s| ComputeAuthorship::slot_claim(*s).map(|c| c.author) != Some(dave_key.clone()))
			.expect("a slot not Dave's");
		let mut header = aitbc_runtime::Header::new(
			number + 1,
			Default::default(),
			Default::default(),
			parent,
			Digest {
				logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())],
			},
		);
		let seal = Dave.pair().sign(header.hash().as_ref());
		header
			.digest_mut()
			.push(DigestItem::Seal(AURA_ENGINE_ID, seal.encode()));
		let key_owner_proof =
			Historical::prove((<AuraId as RuntimeAppPublic>::ID, dave_key.clone()))
				.expect("Dave's key is in the session");
		let bond_before = held(&account(Dave));
		assert_ok!(ComputeAuthorship::report_wrong_slot_unsigned(
			aitbc_runtime::RuntimeOrigin::none(),
			Box::new(header),
			dave_key,
			key_owner_proof
		));
		let slashes: Vec<_> = pallet_operator_staking::UnappliedSlashes::<Runtime>::iter()
			.filter(|(_, s)| s.operator == account(Dave))
			.collect();
		assert_eq!(slashes.len(), 1, "one pending slash");
		// One of four: (3 / 4)^2 of the validator bond, deferred; the council may veto it.
		assert_eq!(slashes[0].1.fraction, Perbill::from_rational(9u32, 16));
		assert_eq!(
			held(&account(Dave)),
			bond_before,
			"nothing is taken before the review ends"
		);
		sessions_later(2);
		assert!(!Session::validators().contains(&account(Dave)));
		println!(
			"[attack] sealing another's slot: the block is refused by every verifier; Dave's \
			 report ends as a pending slash of {:?} of his bond and his removal",
			slashes[0].1.fraction
		);
	});
}
