//! The schedule's shares and draw, epochs and their randomness, slot records, the handover and
//! wrong-slot reports. Every test that moves the chain checks `try_state` after each block.

use crate::{mock::*, offence::WrongSlotOffence, pallet::*, shares, types::*};
use aitbc_primitives::authorship::{vrf_sign_data, AuthorshipMode, WeightedPreDigest, ENGINE_ID};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{FindAuthor, Hooks, OneSessionHandler, Randomness as _},
};
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AURA_ENGINE_ID};
use sp_core::{crypto::VrfSecret, sr25519, Pair};
use sp_runtime::{
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionSource},
	Digest, DigestItem, DispatchError, Perbill,
};

type Header = frame_system::pallet_prelude::HeaderFor<Test>;

fn pair(i: u64) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[i as u8; 32])
}
fn key(i: u64) -> AuraId {
	AuraId::from(pair(i).public())
}
/// Validators `1..=n`, each with its key.
fn validators(n: u64) -> Vec<(AccountId, AuraId)> {
	(1..=n).map(|i| (i, key(i))).collect()
}
fn inputs(work: &[u64], stake: &[u128]) -> Vec<WeightInputs> {
	work.iter()
		.zip(stake)
		.map(|(w, s)| WeightInputs {
			work: *w,
			stake: *s,
			record: SlotRecord::default(),
		})
		.collect()
}
fn parts(shares: &[Perbill]) -> Vec<u32> {
	shares.iter().map(|s| s.deconstruct()).collect()
}

fn check() {
	assert_eq!(ComputeAuthorship::do_try_state(), Ok(()));
}

fn genesis(set: &[(AccountId, AuraId)]) {
	AuraKeys::set(set.iter().map(|(_, k)| k.clone()).collect());
	ComputeAuthorship::on_genesis_session(set.iter().map(|(a, k)| (a, k.clone())));
	check();
}

fn pairs(list: &[(AccountId, AuraId)]) -> Vec<(&AccountId, AuraId)> {
	list.iter().map(|(a, k)| (a, k.clone())).collect()
}

/// Starts the next session with `set` active and `queued` next, as `pallet-session` does in a
/// block's `on_initialize` (the tests call it after the block is initialized).
fn rotate(set: &[(AccountId, AuraId)], queued: &[(AccountId, AuraId)]) {
	Session::set(Session::get() + 1);
	let keys: Vec<AuraId> = set.iter().map(|(_, k)| k.clone()).collect();
	ComputeAuthorship::on_new_session(true, pairs(set).into_iter(), pairs(queued).into_iter());
	AuraKeys::set(keys);
	check();
}

/// Initializes the next block at `slot` with a VRF signature by `vrf_by`, if any, on the
/// current epoch's input, and runs the pallet's `on_initialize`.
fn block_at(slot: u64, vrf_by: Option<u64>) {
	let number = System::block_number() + 1;
	let mut logs = vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())];
	if let Some(signer) = vrf_by {
		let claim = ComputeAuthorship::slot_claim(slot).expect("a claim");
		let signature = pair(signer).vrf_sign(&vrf_sign_data(&claim.randomness, claim.epoch, slot));
		logs.push(DigestItem::PreRuntime(
			ENGINE_ID,
			WeightedPreDigest { vrf: signature }.encode(),
		));
	}
	System::initialize(&number, &System::parent_hash(), &Digest { logs });
	ComputeAuthorship::on_initialize(number);
	check();
}

/// Who the schedule gives `slot` to, as a validator index.
fn owner(slot: u64) -> AccountId {
	let claim = ComputeAuthorship::slot_claim(slot).expect("a claim");
	(1..=100)
		.find(|i| key(*i) == claim.author)
		.expect("a known key")
}

fn weighted_genesis(n: u64) -> Vec<(AccountId, AuraId)> {
	let set = validators(n);
	assert_ok!(ComputeAuthorship::schedule_handover(
		RuntimeOrigin::root(),
		Some(1)
	));
	genesis(&set);
	rotate(&set, &set);
	assert_eq!(ComputeAuthorship::mode(), AuthorshipMode::Weighted);
	set
}

// ---- shares -------------------------------------------------------------------------------

#[test]
fn shares_mix_work_and_stake() {
	let work = Perbill::from_percent(50);
	let (min, max) = (Perbill::zero(), Perbill::one());
	// Equal stake; work 3:1:0:0 → work part 37.5/12.5/0/0 %, stake part 12.5 % each.
	let s = shares::shares(
		&inputs(&[300, 100, 0, 0], &[10, 10, 10, 10]),
		work,
		min,
		max,
	);
	assert_eq!(
		parts(&s),
		vec![500_000_000, 250_000_000, 125_000_000, 125_000_000]
	);
	// No work anywhere: stake alone decides; no stake anywhere: work alone.
	let s = shares::shares(&inputs(&[0, 0], &[30, 10]), work, min, max);
	assert_eq!(parts(&s), vec![750_000_000, 250_000_000]);
	let s = shares::shares(&inputs(&[10, 30], &[0, 0]), work, min, max);
	assert_eq!(parts(&s), vec![250_000_000, 750_000_000]);
	// Nothing at all: equal shares.
	let s = shares::shares(&inputs(&[0, 0, 0, 0], &[0, 0, 0, 0]), work, min, max);
	assert_eq!(parts(&s), vec![250_000_000; 4]);
}

#[test]
fn a_big_operator_is_capped_and_a_newcomer_gets_the_floor() {
	let s = shares::shares(
		&inputs(&[1_000_000, 100, 100, 0], &[1_000_000, 10, 10, 0]),
		Perbill::from_percent(50),
		Perbill::from_percent(5),
		Perbill::from_percent(40),
	);
	// The whale holds 99.99 % of work and stake; it gets the 40 % cap, the newcomer the 5 %
	// floor, and the two small ones split the rest equally.
	assert_eq!(
		parts(&s),
		vec![400_000_000, 275_000_000, 275_000_000, 50_000_000]
	);
}

#[test]
fn bounds_no_set_can_meet_give_way_to_equal_shares() {
	let (work, min, max) = (
		Perbill::from_percent(50),
		Perbill::from_percent(5),
		Perbill::from_percent(40),
	);
	// Two authorities cannot both stay under 40 %.
	let s = shares::shares(&inputs(&[100, 0], &[100, 0]), work, min, max);
	assert_eq!(parts(&s), vec![500_000_000, 500_000_000]);
	// Thirty authorities cannot all have 5 %: the floor drops to 1/30, which leaves nothing
	// above it for the one with all the work.
	let mut work_units = vec![0u64; 30];
	work_units[0] = 1_000;
	let s = shares::shares(&inputs(&work_units, &[1; 30]), work, min, max);
	let thirtieth = Perbill::from_rational(1u32, 30).deconstruct();
	assert!(
		s.iter().all(|x| x.deconstruct().abs_diff(thirtieth) <= 1),
		"{s:?}"
	);
	// Ten can: the floor holds for nine, and the tenth's share is capped.
	let mut work_units = vec![0u64; 10];
	work_units[0] = 1_000;
	let s = shares::shares(&inputs(&work_units, &[1; 10]), work, min, max);
	assert_eq!(s[0], Perbill::from_percent(40));
	let ninth_of_60 = Perbill::from_rational(6u32, 90).deconstruct();
	assert!(
		s[1..]
			.iter()
			.all(|x| x.deconstruct().abs_diff(ninth_of_60) <= 1),
		"{s:?}"
	);
}

#[test]
fn missed_slots_cost_weight() {
	let mut i = inputs(&[100, 100], &[10, 10]);
	i[1].record = SlotRecord {
		produced: 1,
		missed: 3,
	};
	let s = shares::shares(
		&i,
		Perbill::from_percent(50),
		Perbill::zero(),
		Perbill::one(),
	);
	// Equal weight, but the second filled a quarter of its slots: 4:1.
	assert_eq!(parts(&s), vec![800_000_000, 200_000_000]);
}

#[test]
fn shares_always_sum_to_the_whole_within_bounds_and_keep_order() {
	let (min, max) = (Perbill::from_percent(5), Perbill::from_percent(40));
	let mut seed = 0x2545_f491_4f6c_dd1du64;
	let mut next = || {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		seed
	};
	for _ in 0..500 {
		let n = (next() % 40 + 1) as usize;
		let i: Vec<WeightInputs> = (0..n)
			.map(|_| WeightInputs {
				work: next() % 1_000_000,
				stake: (next() % 1_000_000) as u128 * 1_000_000_000_000,
				record: SlotRecord {
					produced: (next() % 10) as u32,
					missed: (next() % 3) as u32,
				},
			})
			.collect();
		let s = shares::shares(&i, Perbill::from_percent(50), min, max);
		let total: u64 = s.iter().map(|x| u64::from(x.deconstruct())).sum();
		assert!(total.abs_diff(1_000_000_000) <= n as u64, "total {total}");
		let even = Perbill::from_rational(1u32, n as u32);
		let (lo, hi) = (
			min.min(even).deconstruct() - 1,
			max.max(even).deconstruct() + 1,
		);
		assert!(
			s.iter().all(|x| (lo..=hi).contains(&x.deconstruct())),
			"{s:?}"
		);
		// A heavier authority never gets a smaller share.
		let raw = shares::shares(
			&i,
			Perbill::from_percent(50),
			Perbill::zero(),
			Perbill::one(),
		);
		for a in 0..n {
			for b in 0..n {
				if raw[a] > raw[b] {
					assert!(s[a] >= s[b]);
				}
			}
		}
	}
}

// ---- the draw -----------------------------------------------------------------------------

#[test]
fn the_draw_is_deterministic_and_follows_the_shares() {
	let shares_of = [40, 30, 20, 10].map(Perbill::from_percent);
	let randomness = [42u8; 32];
	let slots = 200_000u64;
	let mut counts = [0u64; 4];
	for slot in 0..slots {
		let i = shares::draw(&randomness, slot, shares_of.iter().copied()).expect("drawn");
		counts[i] += 1;
		// The same seed gives the same author.
		assert_eq!(
			shares::draw(&randomness, slot, shares_of.iter().copied()),
			Some(i)
		);
	}
	// Within half a percentage point of the share over 200 000 slots (the standard deviation
	// of a 40 % share is 0.11 points).
	for (count, share) in counts.iter().zip(shares_of) {
		let measured = *count as f64 / slots as f64;
		let expected = share.deconstruct() as f64 / 1e9;
		assert!(
			(measured - expected).abs() < 0.005,
			"{measured} vs {expected}"
		);
	}
	// Other randomness, another schedule.
	let other: Vec<_> = (0..64)
		.map(|s| shares::draw(&[43u8; 32], s, shares_of.iter().copied()))
		.collect();
	let same: Vec<_> = (0..64)
		.map(|s| shares::draw(&randomness, s, shares_of.iter().copied()))
		.collect();
	assert_ne!(other, same);
	// Zero shares are never drawn, and all-zero draws nobody.
	let with_zero = [
		Perbill::zero(),
		Perbill::from_percent(50),
		Perbill::from_percent(50),
	];
	assert!((0..10_000).all(|s| shares::draw(&randomness, s, with_zero.iter().copied()) != Some(0)));
	assert_eq!(
		shares::draw(&randomness, 1, [Perbill::zero(); 3].iter().copied()),
		None
	);
}

// ---- epochs -------------------------------------------------------------------------------

#[test]
fn genesis_starts_an_aura_epoch_with_equal_shares_and_plans_the_next() {
	new_test_ext().execute_with(|| {
		let set = validators(4);
		genesis(&set);
		let current = CurrentEpoch::<Test>::get().expect("an epoch");
		assert_eq!(current.index, 0);
		assert_eq!(current.mode, AuthorshipMode::Aura);
		assert!(current
			.authorities
			.iter()
			.all(|a| a.share == Perbill::from_percent(25)));
		assert_eq!(NextEpoch::<Test>::get().map(|e| e.index), Some(1));
		// Aura: the authorities in turn.
		for slot in 100..108 {
			assert_eq!(owner(slot), slot % 4 + 1);
		}
	});
}

#[test]
fn weights_come_from_the_last_complete_work_session_and_are_fixed_an_epoch_ahead() {
	new_test_ext().execute_with(|| {
		let set = validators(4);
		genesis(&set);
		// Work session 1 is under way; work of session 0 counts.
		set_work(0, 1, 3_000);
		set_work(0, 2, 1_000);
		set_work(1, 4, 1_000_000); // not complete yet: does not count
		block_at(10, None);
		rotate(&set, &set); // session 1 starts; epoch 2 is planned now
		let next = NextEpoch::<Test>::get().expect("planned");
		assert_eq!(next.index, 2);
		let share = |who: AccountId| {
			next.authorities
				.iter()
				.find(|a| a.account == who)
				.map(|a| a.share)
		};
		// No stake anywhere: work alone, 3:1:0:0. Both workers are capped at 40 %, the others
		// split the rest.
		assert_eq!(share(1), Some(Perbill::from_percent(40)));
		assert_eq!(share(2), Some(Perbill::from_percent(40)));
		assert_eq!(share(3), Some(Perbill::from_percent(10)));
		assert_eq!(share(4), Some(Perbill::from_percent(10)));
		// Work delivered now changes nothing for epoch 2: it was fixed when session 1 started.
		set_work(0, 4, 10_000_000);
		block_at(11, None);
		rotate(&set, &set);
		let current = CurrentEpoch::<Test>::get().expect("epoch 2");
		assert_eq!(current.index, 2);
		assert_eq!(current.authorities.to_vec(), next.authorities.to_vec());
	});
}

#[test]
fn an_epochs_randomness_is_fixed_when_the_epoch_before_starts() {
	new_test_ext().execute_with(|| {
		let set = weighted_genesis(4);
		let fixed = NextRandomness::<Test>::get();
		// Blocks of epoch 1 fold their VRF outputs in; epoch 2's randomness is already fixed.
		for slot in 20..30 {
			let author = owner(slot);
			block_at(slot, Some(author));
		}
		assert_eq!(NextRandomness::<Test>::get(), fixed);
		rotate(&set, &set);
		assert_eq!(
			CurrentEpoch::<Test>::get().map(|e| e.randomness),
			Some(fixed)
		);
		assert_ne!(NextRandomness::<Test>::get(), fixed);
	});
}

#[test]
fn each_vrf_output_moves_the_randomness_once_and_a_block_without_one_does_not() {
	new_test_ext().execute_with(|| {
		weighted_genesis(4);
		let before = RunningRandomness::<Test>::get();
		block_at(40, None);
		assert_eq!(RunningRandomness::<Test>::get(), before);
		let author = owner(41);
		block_at(41, Some(author));
		let after = RunningRandomness::<Test>::get();
		assert_ne!(after, before);
		// Noting the same block again (as a session start does) changes nothing.
		ComputeAuthorship::on_initialize(System::block_number());
		assert_eq!(RunningRandomness::<Test>::get(), after);
		// `Randomness` follows it and the subject.
		let (a, _) = ComputeAuthorship::random(b"panel");
		let (b, _) = ComputeAuthorship::random(b"other");
		assert_ne!(a, b);
		block_at(42, Some(owner(42)));
		assert_ne!(ComputeAuthorship::random(b"panel").0, a);
	});
}

#[test]
fn the_vrf_output_is_the_authors_alone() {
	// Two chains in the same state, the same slot: the same author's VRF gives the same
	// randomness; it cannot be chosen.
	let run = || {
		let mut out = [0u8; 32];
		new_test_ext().execute_with(|| {
			weighted_genesis(4);
			block_at(50, Some(owner(50)));
			out = RunningRandomness::<Test>::get();
		});
		out
	};
	assert_eq!(run(), run());
}

#[test]
fn produced_and_missed_slots_are_counted_for_their_owners() {
	new_test_ext().execute_with(|| {
		weighted_genesis(4);
		block_at(100, Some(owner(100)));
		let mut expected = [SlotRecord::default(); 4];
		expected[(owner(100) - 1) as usize].produced += 1;
		// Slots 101..=105 pass without a block.
		for slot in 101..106 {
			expected[(owner(slot) - 1) as usize].missed += 1;
		}
		block_at(106, Some(owner(106)));
		expected[(owner(106) - 1) as usize].produced += 1;
		let records: Vec<SlotRecord> = ComputeAuthorship::slot_records()
			.into_iter()
			.map(|(_, r)| r)
			.collect();
		assert_eq!(records, expected.to_vec());
		// A gap longer than `MaxSkippedSlotsCounted` (16) counts 16.
		let missed_before: u32 = records.iter().map(|r| r.missed).sum();
		block_at(1_000, Some(owner(1_000)));
		let missed_after: u32 = ComputeAuthorship::slot_records()
			.iter()
			.map(|(_, r)| r.missed)
			.sum();
		assert_eq!(missed_after - missed_before, 16);
		// The author of the block is who `FindAuthor` names.
		let slot = 1_000u64.encode();
		let digests = [(AURA_ENGINE_ID, &slot[..])];
		assert_eq!(ComputeAuthorship::find_author(digests), Some(owner(1_000)));
	});
}

#[test]
fn an_authority_that_misses_its_slots_loses_weight_in_the_epoch_after_next() {
	new_test_ext().execute_with(|| {
		let set = weighted_genesis(4);
		// Authority 4 is down for a while: every slot of it is missed.
		let mut slot = 200;
		for _ in 0..200 {
			slot += 1;
			if owner(slot) != 4 {
				block_at(slot, Some(owner(slot)));
			}
		}
		rotate(&set, &set);
		let next = NextEpoch::<Test>::get().expect("planned");
		let share4 = next
			.authorities
			.iter()
			.find(|a| a.account == 4)
			.map(|a| a.share);
		// It keeps only the floor.
		assert_eq!(share4, Some(Perbill::from_percent(5)));
	});
}

// ---- the handover -------------------------------------------------------------------------

#[test]
fn the_handover_switches_at_the_session_governance_sets_and_never_back() {
	new_test_ext().execute_with(|| {
		let set = validators(4);
		genesis(&set);
		assert_noop!(
			ComputeAuthorship::schedule_handover(RuntimeOrigin::signed(1), Some(2)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ComputeAuthorship::schedule_handover(RuntimeOrigin::root(), Some(0)),
			Error::<Test>::HandoverTooSoon
		);
		assert_ok!(ComputeAuthorship::schedule_handover(
			RuntimeOrigin::root(),
			Some(3)
		));
		assert_ok!(ComputeAuthorship::schedule_handover(
			RuntimeOrigin::root(),
			None
		));
		assert_eq!(HandoverSession::<Test>::get(), None);
		assert_ok!(ComputeAuthorship::schedule_handover(
			RuntimeOrigin::root(),
			Some(2)
		));
		System::assert_last_event(Event::HandoverScheduled { session: Some(2) }.into());

		block_at(10, None);
		rotate(&set, &set);
		assert_eq!(ComputeAuthorship::mode(), AuthorshipMode::Aura);
		assert_eq!(
			ComputeAuthorship::slot_claim(13).map(|c| c.mode),
			Some(AuthorshipMode::Aura)
		);
		block_at(11, None);
		rotate(&set, &set);
		assert_eq!(ComputeAuthorship::mode(), AuthorshipMode::Weighted);
		System::assert_has_event(Event::HandedOver { session: 2 }.into());
		assert_eq!(
			ComputeAuthorship::slot_claim(13).map(|c| c.mode),
			Some(AuthorshipMode::Weighted)
		);
		// No way back.
		assert_noop!(
			ComputeAuthorship::schedule_handover(RuntimeOrigin::root(), None),
			Error::<Test>::AlreadyWeighted
		);
		block_at(12, None);
		rotate(&set, &set);
		assert_eq!(ComputeAuthorship::mode(), AuthorshipMode::Weighted);
	});
}

#[test]
fn a_chain_can_start_weighted_at_genesis() {
	new_test_ext().execute_with(|| {
		HandoverSession::<Test>::put(0);
		genesis(&validators(4));
		assert_eq!(ComputeAuthorship::mode(), AuthorshipMode::Weighted);
	});
}

// ---- wrong-slot reports -------------------------------------------------------------------

/// A header on top of the current block at `slot`, sealed by `signer`.
fn sealed_header(slot: u64, signer: u64) -> Header {
	let parent = System::block_number();
	// The parent's hash as `frame_system` records it once the child is being built.
	let parent_hash = sp_core::H256::repeat_byte(parent as u8);
	frame_system::BlockHash::<Test>::insert(parent, parent_hash);
	let mut header = Header::new(
		parent + 1,
		Default::default(),
		Default::default(),
		parent_hash,
		Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())],
		},
	);
	let signature = pair(signer).sign(header.hash().as_ref());
	header
		.digest_mut()
		.push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	header
}

fn proof(owner: AccountId) -> MockProof {
	MockProof {
		session: Session::get(),
		validator_count: 4,
		owner,
	}
}

/// A slot of the current epoch that is not `who`'s.
fn slot_not_of(who: AccountId) -> u64 {
	(300..).find(|s| owner(*s) != who).expect("a slot")
}

#[test]
fn sealing_a_slot_not_ones_own_is_reported_once() {
	new_test_ext().execute_with(|| {
		weighted_genesis(4);
		block_at(299, None);
		let slot = slot_not_of(3);
		let header = sealed_header(slot, 3);
		assert_ok!(ComputeAuthorship::report_wrong_slot_unsigned(
			RuntimeOrigin::none(),
			Box::new(header.clone()),
			key(3),
			proof(3)
		));
		assert_eq!(
			offences(),
			vec![WrongSlotOffence {
				slot,
				session_index: 1,
				validator_set_count: 4,
				offender: 3
			}]
		);
		System::assert_last_event(Event::WrongSlotReported { offender: 3, slot }.into());
		assert_noop!(
			ComputeAuthorship::report_wrong_slot_unsigned(
				RuntimeOrigin::none(),
				Box::new(header),
				key(3),
				proof(3)
			),
			Error::<Test>::DuplicateOffenceReport
		);
	});
}

#[test]
fn a_wrong_slot_report_that_proves_nothing_is_refused() {
	new_test_ext().execute_with(|| {
		weighted_genesis(4);
		block_at(299, None);
		let report = |header: Header, offender: u64, proof: MockProof| {
			ComputeAuthorship::report_wrong_slot_unsigned(
				RuntimeOrigin::none(),
				Box::new(header),
				key(offender),
				proof,
			)
		};
		let slot = slot_not_of(3);
		let own = (300..).find(|s| owner(*s) == 3).expect("a slot");
		// The headers first: making one records its parent's hash.
		let wrong = sealed_header(slot, 3);
		let own_slot = sealed_header(own, 3);
		let by_bob = sealed_header(slot, 2);
		let mut unsealed = sealed_header(slot, 3);
		unsealed.digest_mut().pop();
		// Signed: only unsigned reports from the pool.
		assert_noop!(
			ComputeAuthorship::report_wrong_slot_unsigned(
				RuntimeOrigin::signed(1),
				Box::new(wrong.clone()),
				key(3),
				proof(3)
			),
			DispatchError::BadOrigin
		);
		// Its own slot.
		assert_noop!(
			report(own_slot, 3, proof(3)),
			Error::<Test>::InvalidWrongSlotProof
		);
		// Sealed by someone else than the accused.
		assert_noop!(
			report(by_bob, 3, proof(3)),
			Error::<Test>::InvalidWrongSlotProof
		);
		// Unsealed.
		assert_noop!(
			report(unsealed, 3, proof(3)),
			Error::<Test>::InvalidWrongSlotProof
		);
		// A parent that is not on this chain.
		let parent_hash = *wrong.parent_hash();
		frame_system::BlockHash::<Test>::insert(
			System::block_number(),
			sp_core::H256::repeat_byte(9),
		);
		assert_noop!(
			report(wrong.clone(), 3, proof(3)),
			Error::<Test>::InvalidWrongSlotProof
		);
		frame_system::BlockHash::<Test>::insert(System::block_number(), parent_hash);
		// A parent before the epoch started (authored under another schedule).
		let start = CurrentEpoch::<Test>::get()
			.map(|e| e.start_block)
			.unwrap_or_default();
		CurrentEpoch::<Test>::mutate(|e| {
			if let Some(e) = e {
				e.start_block = System::block_number() + 1;
			}
		});
		assert_noop!(
			report(wrong.clone(), 3, proof(3)),
			Error::<Test>::InvalidWrongSlotProof
		);
		CurrentEpoch::<Test>::mutate(|e| {
			if let Some(e) = e {
				e.start_block = start;
			}
		});
		// A key-ownership proof for another session, or another owner.
		let mut stale = proof(3);
		stale.session = 0;
		assert_noop!(
			report(wrong.clone(), 3, stale),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		assert_noop!(
			report(wrong.clone(), 3, proof(2)),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		// The same header and proof pass.
		assert_ok!(report(wrong, 3, proof(3)));
		assert_eq!(offences().len(), 1);
	});
}

#[test]
fn only_the_nodes_own_wrong_slot_reports_enter_the_pool() {
	new_test_ext().execute_with(|| {
		weighted_genesis(4);
		block_at(299, None);
		let slot = slot_not_of(3);
		let call = Call::report_wrong_slot_unsigned {
			header: Box::new(sealed_header(slot, 3)),
			offender: key(3),
			key_owner_proof: proof(3),
		};
		assert_eq!(
			ComputeAuthorship::validate_wrong_slot(TransactionSource::External, &call),
			InvalidTransaction::Call.into()
		);
		assert!(ComputeAuthorship::validate_wrong_slot(TransactionSource::Local, &call).is_ok());
		let own = (300..).find(|s| owner(*s) == 3).expect("a slot");
		let innocent = Call::report_wrong_slot_unsigned {
			header: Box::new(sealed_header(own, 3)),
			offender: key(3),
			key_owner_proof: proof(3),
		};
		assert_eq!(
			ComputeAuthorship::validate_wrong_slot(TransactionSource::Local, &innocent),
			InvalidTransaction::BadProof.into()
		);
	});
}

#[test]
fn bonds_decide_while_nobody_has_delivered_work() {
	new_test_ext().execute_with(|| {
		let set = validators(4);
		genesis(&set);
		set_bond(1, 4_000);
		set_bond(2, 2_000);
		set_bond(3, 1_000);
		set_bond(4, 1_000);
		block_at(10, None);
		rotate(&set, &set);
		let next = NextEpoch::<Test>::get().expect("planned");
		let shares: Vec<u32> = next
			.authorities
			.iter()
			.map(|a| a.share.deconstruct())
			.collect();
		// 4:2:1:1 is 50/25/12.5/12.5; the cap of 40% sends 10 points to the others by weight.
		assert_eq!(
			shares,
			vec![400_000_000, 300_000_000, 150_000_000, 150_000_000]
		);
	});
}
