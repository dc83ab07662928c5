//! Issue 15's staking attacks, each as its own test on the real runtime: escaping a dispute's
//! slash by undelegating, making newcomers pay for old offences, locking delegators of other
//! blueprints, filling delegation slots with a junk asset, raising the commission just before a
//! payout, flooding the slash queue, and multiplying heartbeat slashes by the number of
//! services. Each test plays the attack through the public calls (signed origins of the
//! attacker's accounts, governance as root), prints the AIT (free, held and bonded) of the
//! accounts at stake before and after, and asserts what a user would see. Every block runs every
//! pallet's hooks and `try_state` invariants (see `common`).

mod common;

use aitbc_primitives::{BlueprintId, PaymentAsset, ResourceClass, ServiceId, AIT};
use aitbc_runtime::{
	AccountId, Assets, Balance, Balances, BlockNumber, Disputes, Receipts, Runtime, RuntimeEvent,
	RuntimeOrigin, Services, Staking, System,
};
use common::*;
use frame_support::{assert_noop, assert_ok, traits::Get, BoundedVec};
use pallet_operator_staking::{BlueprintSelection, SlashOf};
use pallet_receipts::PrivacyLevel;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::Perbill;

type StakingError = pallet_operator_staking::Error<Runtime>;
type StakingEvent = pallet_operator_staking::Event<Runtime>;
type Selection = pallet_operator_staking::SelectionOf<Runtime>;

const NATIVE: PaymentAsset<aitbc_runtime::AssetId> = PaymentAsset::Native;

/// Units of the jobs disputed below: at the class's starting price (a milli-AIT a unit) they are
/// worth far more than `FullSlashJobValue`, so a lost dispute costs the full fraction.
const DISPUTED_UNITS: u64 = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Helpers

fn undelegation_delay() -> BlockNumber {
	<Runtime as pallet_operator_staking::Config>::UndelegationDelay::get()
}

fn min_bond() -> Balance {
	<Runtime as pallet_operator_staking::Config>::MinOperatorBond::get()
}

fn filing_bond() -> Balance {
	<Runtime as pallet_disputes::Config>::FilingBond::get()
}

fn dispute_lost_fraction() -> Perbill {
	<Runtime as pallet_disputes::Config>::DisputeLostFraction::get()
}

fn slash_defer() -> BlockNumber {
	<Runtime as pallet_operator_staking::Config>::SlashDeferDuration::get()
}

/// The last block the council may rule on an escalated dispute.
fn council_until(dispute_id: u64) -> BlockNumber {
	match Disputes::dispute(dispute_id).expect("open").status {
		pallet_disputes::DisputeStatus::Escalated { until } => until,
		status => panic!("the dispute waits for the council, is {status:?}"),
	}
}

/// When the council rules on an escalated dispute so that its offence is still unsettled at
/// `unlock_at`: after it, where the council's time outlasts the undelegation delay (the fast
/// runtime), else at the end of that time (production: a dispute ends before a delay that began
/// at its filing), where the slash is then still under review at `unlock_at`.
fn late_ruling(dispute_id: u64, unlock_at: BlockNumber) -> BlockNumber {
	let ruling_at = (unlock_at + 1).min(council_until(dispute_id) - 1);
	assert!(
		ruling_at + slash_defer() > unlock_at,
		"a dispute and its slash review outlast the undelegation delay"
	);
	ruling_at
}

fn rule_for_client(dispute_id: u64) {
	assert_ok!(Disputes::resolve_escalated(
		RuntimeOrigin::root(),
		dispute_id,
		pallet_disputes::Ruling::Client
	));
}

fn ait_of(accounts: &[AccountId]) -> Balance {
	accounts.iter().map(owned).sum()
}

fn staking_events() -> Vec<StakingEvent> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Staking(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn bond_of(operator: &AccountId) -> Balance {
	pallet_operator_staking::Operators::<Runtime>::get(operator).map_or(0, |ledger| ledger.bond)
}

fn delegated(operator: &AccountId, delegator: &AccountId) -> Option<Balance> {
	pallet_operator_staking::Delegations::<Runtime>::get(operator, (delegator.clone(), NATIVE))
		.map(|delegation| delegation.amount)
}

fn only(blueprint_id: BlueprintId) -> Selection {
	BlueprintSelection::Only(BoundedVec::truncate_from(vec![blueprint_id]))
}

fn delegate(delegator: Sr25519Keyring, operator: Sr25519Keyring, amount: Balance, to: Selection) {
	assert_ok!(Staking::delegate(
		signed(delegator),
		account(operator),
		NATIVE,
		amount,
		to
	));
}

fn withdraw(delegator: Sr25519Keyring, operator: Sr25519Keyring) -> sp_runtime::DispatchResult {
	Staking::withdraw_undelegated(signed(delegator), account(operator), NATIVE)
}

/// The unapplied slashes of `operator`, by id.
fn pending_slashes(operator: &AccountId) -> Vec<(u64, SlashOf<Runtime>)> {
	let mut slashes = Staking::pending_slashes(operator);
	slashes.sort_by_key(|(id, _)| *id);
	slashes
}

/// The one unapplied slash of `operator`.
fn the_slash(operator: &AccountId) -> (u64, SlashOf<Runtime>) {
	let slashes = pending_slashes(operator);
	assert_eq!(
		slashes.len(),
		1,
		"one unapplied slash expected: {slashes:?}"
	);
	slashes.into_iter().next().expect("one slash")
}

/// `client` disputes `job_id` against `operator`; returns the dispute and its filing block.
fn file(client: Sr25519Keyring, operator: Sr25519Keyring, job_id: u64) -> (u64, BlockNumber) {
	assert_ok!(Disputes::file_dispute(
		signed(client),
		job_id,
		account(operator)
	));
	let dispute_id = Disputes::dispute_of_job(job_id).expect("filed");
	(dispute_id, now())
}

/// The operator answers the dispute with evidence, so it is not lost by default at the end of
/// the evidence period: the dispute wants a panel, and with no arbiter pool on this chain it goes
/// to the council, which has `EscalationTimeout` (longer than the undelegation delay) to rule.
fn answer_and_escalate(operator: Sr25519Keyring, dispute_id: u64) {
	assert_ok!(Disputes::submit_evidence(
		signed(operator),
		dispute_id,
		H256::repeat_byte(0xE1),
		BoundedVec::truncate_from(b"ipfs://operator-logs".to_vec())
	));
	let evidence_end = Disputes::dispute(dispute_id).expect("open").evidence_end;
	run_to(evidence_end + 1);
	let status = Disputes::dispute(dispute_id).expect("open").status;
	assert!(
		matches!(status, pallet_disputes::DisputeStatus::Escalated { .. }),
		"the dispute should wait for the council, is {status:?}"
	);
}

/// A job of `DISPUTED_UNITS` of `client` on `service_id`, with `operator`'s result.
fn delivered_job(client: Sr25519Keyring, operator: Sr25519Keyring, service_id: ServiceId) -> u64 {
	let (job_id, price) = call_job(client, service_id, DISPUTED_UNITS);
	assert!(price >= <Runtime as pallet_disputes::Config>::FullSlashJobValue::get());
	submit_result(operator, job_id);
	job_id
}

/// A fresh account of the attacker's, nobody's keyring.
fn sybil(index: u32) -> AccountId {
	let mut raw = [0x5Bu8; 32];
	raw[..4].copy_from_slice(&index.to_le_bytes());
	AccountId::new(raw)
}

fn fund(from: Sr25519Keyring, to: &AccountId, amount: Balance) {
	assert_ok!(Balances::transfer_keep_alive(
		signed(from),
		to.clone().into(),
		amount
	));
}

/// A blueprint of class 1 with one job and the given heartbeat interval, owned by `owner`.
fn blueprint(owner: &AccountId, heartbeat_interval: BlockNumber) -> BlueprintId {
	let blueprint_id = pallet_services::NextBlueprintId::<Runtime>::get();
	assert_ok!(Services::create_blueprint(
		RuntimeOrigin::signed(owner.clone()),
		BoundedVec::truncate_from(b"inference".to_vec()),
		H256::repeat_byte(7),
		BoundedVec::truncate_from(vec![pallet_services::JobDefinition {
			name: BoundedVec::truncate_from(b"run".to_vec()),
		}]),
		ResourceClass(1),
		1,
		heartbeat_interval,
	));
	blueprint_id
}

/// `who` bonds (if it is not bonded yet) and registers for `blueprint_id`.
fn register_as(who: &AccountId, blueprint_id: BlueprintId, max_instances: u32) {
	if pallet_operator_staking::Operators::<Runtime>::get(who).is_none() {
		assert_ok!(Staking::bond(
			RuntimeOrigin::signed(who.clone()),
			min_bond()
		));
	}
	assert_ok!(Services::register_operator(
		RuntimeOrigin::signed(who.clone()),
		blueprint_id,
		pallet_services::OperatorPreferences {
			session_key: [0; 32],
			rpc_endpoint: BoundedVec::truncate_from(b"http://127.0.0.1:1".to_vec()),
			capacity: 1_000,
		},
		max_instances,
	));
}

fn heartbeats_accounted_until(service_id: ServiceId, operator: &AccountId) -> BlockNumber {
	pallet_services::Heartbeats::<Runtime>::get(service_id, operator)
		.expect("an operator of the service")
		.accounted_until
}

fn heartbeat_interval() -> BlockNumber {
	<Runtime as pallet_services::Config>::MinHeartbeatInterval::get()
}

/// The first block at which an operator silent since `since` has missed `missed` intervals.
fn block_with_misses(since: BlockNumber, missed: BlockNumber) -> BlockNumber {
	since + missed * heartbeat_interval() + 1
}

// ---------------------------------------------------------------------------------------------
// 1. Leaving during a dispute

/// The attack: Dave (operator) cheats a client on a job. His own sybil Eve, who delegated to him,
/// schedules her undelegation the moment he does (an honest delegator, Charlie, who hears of it,
/// too). The client, Ferdie, disputes; Dave answers with evidence to draw the dispute out past
/// the undelegation delay (it goes to the council), and both delegators withdraw as soon as
/// their delay is over, before the dispute resolves, so the slash finds nothing.
///
/// What stops it: filing the dispute records the stake backing Dave on the blueprint then; until
/// the dispute and its slash are over, a delegation made by then can neither leave nor grow
/// (`SlashPending`). The lost dispute's slash takes its fraction from the stake present when the
/// dispute opened.
#[test]
fn delegators_cannot_withdraw_before_a_dispute_that_outlasts_the_delay_resolves() {
	new_chain().execute_with(|| {
		let (dave, eve, charlie) = (account(Dave), account(Eve), account(Charlie));
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Ferdie, blueprint_id, Terms::of(&[Dave]));
		let stake = 10_000 * AIT;
		delegate(Eve, Dave, stake, BlueprintSelection::All);
		delegate(Charlie, Dave, stake, only(blueprint_id));
		let bond = bond_of(&dave);
		let attackers = [dave.clone(), eve.clone()];
		let before = ait_of(&attackers);
		let charlie_before = owned(&charlie);
		next_block();

		// Dave delivers a bad result; his sybil and Charlie leave at once.
		let job_id = delivered_job(Ferdie, Dave, service_id);
		for delegator in [Eve, Charlie] {
			assert_ok!(Staking::schedule_undelegation(
				signed(delegator),
				dave.clone(),
				NATIVE,
				stake
			));
		}
		let unlock_at = now() + undelegation_delay();
		next_block();
		let (dispute_id, filed_at) = file(Ferdie, Dave, job_id);
		answer_and_escalate(Dave, dispute_id);
		let ruling_at = late_ruling(dispute_id, unlock_at);

		// Where the council has longer than the delay, the delay is over and the dispute is
		// not: neither delegation may leave.
		if unlock_at < ruling_at {
			run_to(unlock_at);
			assert!(Disputes::dispute(dispute_id).expect("open").is_open());
			for delegator in [Eve, Charlie] {
				assert_noop!(withdraw(delegator, Dave), StakingError::SlashPending);
			}
		}
		run_to(ruling_at);

		// The council rules for the client: the slash is reported with the exposure of the
		// filing, and the stake stays locked until it is applied, also once the delay is over.
		rule_for_client(dispute_id);
		let (slash_id, slash) = the_slash(&dave);
		assert_eq!(
			slash.kind,
			aitbc_primitives::traits::OffenceKind::DisputeLost
		);
		assert_eq!(slash.fraction, dispute_lost_fraction());
		assert_eq!(slash.exposed_at, filed_at);
		assert_eq!(slash.exposed_bond, bond);
		next_block();
		run_to(unlock_at);
		assert!(now() < slash.ripe_at);
		for delegator in [Eve, Charlie] {
			assert_noop!(withdraw(delegator, Dave), StakingError::SlashPending);
		}
		run_to(slash.ripe_at);
		assert!(pending_slashes(&dave).is_empty());
		let lost = slash.fraction * stake;
		assert!(staking_events().contains(&StakingEvent::SlashApplied {
			slash_id,
			operator: dave.clone(),
			operator_slashed: slash.fraction * bond,
			delegators_slashed: 2 * lost,
			delegations_slashed: 2,
		}));

		// Now they may leave, with what the slash left.
		let eve_free = free(&eve);
		assert_ok!(withdraw(Eve, Dave));
		assert_ok!(withdraw(Charlie, Dave));
		assert_eq!(free(&eve), eve_free + stake - lost);
		assert_eq!(delegated(&dave, &eve), None);

		let gain = report_gain(
			"leave during a dispute (operator Dave + sybil delegator Eve)",
			before,
			ait_of(&attackers),
		);
		assert_eq!(
			gain,
			-((slash.fraction * bond + lost + filing_bond()) as i128),
			"they lose the slash of the bond and of the sybil's stake, and Dave's dispute bond"
		);
		report_gain(
			"leave during a dispute (honest delegator Charlie)",
			charlie_before,
			owned(&charlie),
		);
		assert_eq!(owned(&charlie), charlie_before - lost);
	});
}

// ---------------------------------------------------------------------------------------------
// 2. Newcomers and old offences

/// The attack (on newcomers): an operator's offence is on record (a dispute filed, then its slash
/// reported), and newcomers who delegate afterwards are locked with everyone else and pay the
/// slash, taken from the stake present when it is applied, while those who were there when the
/// offence happened pay less.
///
/// What stops it: a slash takes its fraction only from delegations made by the block its
/// exposure was recorded (the dispute's filing), and only those are locked. Charlie delegates
/// after the filing and leaves while the slash is still pending (Dave answers, the council
/// rules late enough for that); Bob delegates after the slash was reported and keeps his whole
/// stake; Eve, who was there, is locked and slashed.
#[test]
fn a_newcomer_is_neither_locked_nor_slashed_for_an_older_offence() {
	new_chain().execute_with(|| {
		let (dave, eve, charlie, bob) =
			(account(Dave), account(Eve), account(Charlie), account(Bob));
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Ferdie, blueprint_id, Terms::of(&[Dave]));
		let stake = 10_000 * AIT;
		delegate(Eve, Dave, stake, BlueprintSelection::All);
		next_block();
		let job_id = delivered_job(Ferdie, Dave, service_id);
		let (dispute_id, filed_at) = file(Ferdie, Dave, job_id);
		next_block();

		// Charlie arrives after the dispute was filed, and wants out again right away.
		let charlie_before = owned(&charlie);
		delegate(Charlie, Dave, stake, BlueprintSelection::All);
		assert_ok!(Staking::schedule_undelegation(
			signed(Charlie),
			dave.clone(),
			NATIVE,
			stake
		));
		let unlock_at = now() + undelegation_delay();

		// Eve, who backed the offence, can neither leave nor top up.
		assert_noop!(
			Staking::delegate(
				signed(Eve),
				dave.clone(),
				NATIVE,
				AIT,
				BlueprintSelection::All
			),
			StakingError::SlashPending
		);

		// Dave answers; the council rules for the client so that the slash is still under
		// review when Charlie's delay is over.
		answer_and_escalate(Dave, dispute_id);
		let ruling_at = (unlock_at + 1).saturating_sub(slash_defer()).max(now());
		assert!(ruling_at < council_until(dispute_id));
		run_to(ruling_at);
		rule_for_client(dispute_id);
		let (slash_id, slash) = the_slash(&dave);
		assert_eq!(slash.exposed_at, filed_at);
		assert_eq!(slash.fraction, dispute_lost_fraction());
		next_block();

		// Bob arrives after the slash was reported.
		let bob_before = owned(&bob);
		delegate(Bob, Dave, stake, BlueprintSelection::All);

		// Charlie leaves while the slash is still pending.
		run_to(unlock_at);
		assert!(now() < slash.ripe_at);
		assert_eq!(pending_slashes(&dave).len(), 1);
		assert_ok!(withdraw(Charlie, Dave));
		assert_eq!(delegated(&dave, &charlie), None);

		run_to(slash.ripe_at);
		assert!(pending_slashes(&dave).is_empty());
		assert!(staking_events().contains(&StakingEvent::SlashApplied {
			slash_id,
			operator: dave.clone(),
			operator_slashed: slash.fraction * slash.exposed_bond,
			delegators_slashed: slash.fraction * stake,
			delegations_slashed: 1,
		}));
		assert_eq!(delegated(&dave, &bob), Some(stake));
		assert_eq!(delegated(&dave, &eve), Some(stake - slash.fraction * stake));

		let charlie_gain = report_gain(
			"newcomer after the dispute was filed (Charlie)",
			charlie_before,
			owned(&charlie),
		);
		let bob_gain = report_gain(
			"newcomer after the slash was reported (Bob)",
			bob_before,
			owned(&bob),
		);
		assert_eq!(charlie_gain, 0);
		assert_eq!(bob_gain, 0);
	});
}

// ---------------------------------------------------------------------------------------------
// 3. Delegators of other blueprints

/// The attack (on bystanders): a client disputes a job of Dave on blueprint A, and every
/// delegator of Dave is locked, including Charlie, who backs Dave only on blueprint B.
///
/// What stops it: the exposure is recorded per (operator, blueprint), and a delegation is locked
/// only by exposures of blueprints it covers. Charlie (blueprint B only) leaves while the
/// dispute on A is open and is not slashed when it is lost; Eve (blueprint A) is locked.
#[test]
fn a_delegator_of_another_blueprint_is_not_locked_by_a_dispute() {
	new_chain().execute_with(|| {
		let (dave, eve, charlie) = (account(Dave), account(Eve), account(Charlie));
		let blueprint_a = operator_with_blueprint(Dave);
		let blueprint_b = operator_with_blueprint(Dave);
		let service_id = service(Ferdie, blueprint_a, Terms::of(&[Dave]));
		let stake = 10_000 * AIT;
		delegate(Eve, Dave, stake, only(blueprint_a));
		delegate(Charlie, Dave, stake, only(blueprint_b));
		let charlie_before = owned(&charlie);
		next_block();

		let job_id = delivered_job(Ferdie, Dave, service_id);
		let (dispute_id, _) = file(Ferdie, Dave, job_id);
		for delegator in [Eve, Charlie] {
			assert_ok!(Staking::schedule_undelegation(
				signed(delegator),
				dave.clone(),
				NATIVE,
				stake
			));
		}
		let unlock_at = now() + undelegation_delay();
		answer_and_escalate(Dave, dispute_id);
		let ruling_at = late_ruling(dispute_id, unlock_at);
		if ruling_at < unlock_at {
			run_to(ruling_at);
			rule_for_client(dispute_id);
		}
		// The delay is over and the offence on blueprint A is not (its dispute is open or its
		// slash under review).
		run_to(unlock_at);
		assert!(pallet_operator_staking::Exposures::<Runtime>::contains_key(
			&dave,
			blueprint_a
		));
		assert!(!pallet_operator_staking::Exposures::<Runtime>::contains_key(&dave, blueprint_b));

		assert_noop!(withdraw(Eve, Dave), StakingError::SlashPending);
		assert_ok!(withdraw(Charlie, Dave));
		assert_eq!(delegated(&dave, &charlie), None);
		assert_eq!(owned(&charlie), charlie_before);

		// The dispute is lost: Eve is slashed, Charlie (gone, and never exposed) is not.
		if Disputes::dispute(dispute_id).is_some_and(|dispute| dispute.is_open()) {
			run_to(ruling_at);
			rule_for_client(dispute_id);
		}
		let (_, slash) = the_slash(&dave);
		run_to(slash.ripe_at);
		assert_eq!(delegated(&dave, &eve), Some(stake - slash.fraction * stake));
		let gain = report_gain(
			"dispute on blueprint A, delegator of blueprint B only (Charlie)",
			charlie_before,
			owned(&charlie),
		);
		assert_eq!(gain, 0);
	});
}

// ---------------------------------------------------------------------------------------------
// 4. Junk-asset delegations

const JUNK: aitbc_runtime::AssetId = 666;

/// The attack: Eve creates an asset, mints herself an endless supply, and with her sybils fills
/// all 256 delegation slots of an honest operator (Charlie) with dust of it, so no AIT delegator
/// can back Charlie any more.
///
/// What stops it: only assets governance listed with `set_delegation_asset` may be delegated,
/// each with its own non-zero minimum; an unlisted asset is refused (`AssetNotDelegatable`)
/// whatever the amount, and Charlie's slots stay free for AIT delegators. Once governance lists
/// an asset, each slot costs its minimum of it.
#[test]
fn a_junk_asset_cannot_fill_an_operators_delegation_slots() {
	new_chain().execute_with(|| {
		operator_with_blueprint(Charlie);
		let operator = account(Charlie);
		let slots = <Runtime as pallet_operator_staking::Config>::MaxDelegationsPerOperator::get();
		let sybils: Vec<AccountId> = (0..slots).map(sybil).collect();
		let mut attackers = sybils.clone();
		attackers.push(account(Eve));
		let before = ait_of(&attackers);

		own_asset(Eve, JUNK);
		for who in &sybils {
			fund(Eve, who, AIT);
			assert_ok!(Assets::mint(
				signed(Eve),
				JUNK.into(),
				who.clone().into(),
				1_000_000
			));
		}
		// Every sybil tries one dust delegation, Eve a huge one: all refused.
		for who in &sybils {
			assert_noop!(
				Staking::delegate(
					RuntimeOrigin::signed(who.clone()),
					operator.clone(),
					PaymentAsset::Asset(JUNK),
					1,
					BlueprintSelection::All
				),
				StakingError::AssetNotDelegatable
			);
		}
		assert_noop!(
			Staking::delegate(
				signed(Eve),
				operator.clone(),
				PaymentAsset::Asset(JUNK),
				u128::MAX / 8,
				BlueprintSelection::All
			),
			StakingError::AssetNotDelegatable
		);
		assert_eq!(
			pallet_operator_staking::Pools::<Runtime>::get(&operator).delegations,
			0
		);

		// The slots are free for AIT delegators.
		let honest = [Alice, Bob, Dave, Ferdie];
		for delegator in honest {
			delegate(
				delegator,
				Charlie,
				<Runtime as pallet_operator_staking::Config>::MinDelegation::get(),
				BlueprintSelection::All,
			);
		}
		assert_eq!(
			pallet_operator_staking::Pools::<Runtime>::get(&operator).delegations,
			honest.len() as u32
		);

		// Governance may list an asset, but only with a minimum, and each slot then costs it.
		assert_noop!(
			Staking::set_delegation_asset(RuntimeOrigin::root(), JUNK, Some(0)),
			StakingError::ZeroMinimum
		);
		let minimum: Balance = 1_000;
		assert_ok!(Staking::set_delegation_asset(
			RuntimeOrigin::root(),
			JUNK,
			Some(minimum)
		));
		assert_noop!(
			Staking::delegate(
				RuntimeOrigin::signed(sybils[0].clone()),
				operator.clone(),
				PaymentAsset::Asset(JUNK),
				minimum - 1,
				BlueprintSelection::All
			),
			StakingError::DelegationTooLow
		);
		assert_ok!(Staking::delegate(
			RuntimeOrigin::signed(sybils[0].clone()),
			operator.clone(),
			PaymentAsset::Asset(JUNK),
			minimum,
			BlueprintSelection::All
		));
		assert_eq!(
			pallet_operator_staking::Pools::<Runtime>::get(&operator).delegations,
			honest.len() as u32 + 1
		);
		println!(
			"[attack] junk-asset delegations: {} of {slots} slots taken by AIT delegators, 1 by a \
			 listed asset at its minimum; unlisted junk took none",
			honest.len()
		);
		let gain = report_gain(
			"fill delegation slots with a junk asset (Eve + sybils)",
			before,
			ait_of(&attackers),
		);
		assert!(gain <= 0);
		next_block();
	});
}

// ---------------------------------------------------------------------------------------------
// 5. Commission raised before a payout

/// The attack: Dave runs at 10% commission, so delegators back him. In the last block of a
/// session in which he earned rewards (settled work paid in AIT by an independent client), he
/// raises his commission to the maximum, so that the payout at the session boundary gives him
/// half of what his delegators earned.
///
/// What stops it: `set_commission` applies from the next session; the session that closes now
/// is paid at the commission it ran with. The new rate applies to the next session's rewards.
#[test]
fn a_commission_raised_before_the_payout_applies_from_the_next_session() {
	new_chain().execute_with(|| {
		let (dave, charlie) = (account(Dave), account(Charlie));
		let session = <Runtime as pallet_operator_staking::Config>::SessionLength::get();
		let old = Perbill::from_percent(10);
		let new = <Runtime as pallet_operator_staking::Config>::MaxCommission::get();
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Ferdie, blueprint_id, Terms::of(&[Dave]));
		assert_ok!(Staking::set_blueprint_incentive(
			RuntimeOrigin::root(),
			blueprint_id,
			Some(Perbill::from_percent(50))
		));
		assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), 1_000 * AIT));
		assert_ok!(Staking::set_commission(signed(Dave), old));
		delegate(Charlie, Dave, 10_000 * AIT, BlueprintSelection::All);

		// Ferdie pays for Dave's work; the client accepts it, so it settles and earns points.
		let mut receipt_no = 0u8;
		let mut settle_work = || {
			receipt_no += 1;
			restore_start_price(aitbc_primitives::ResourceClass(1));
			let (job_id, price) = call_job(Ferdie, service_id, 1_000_000);
			submit_result(Dave, job_id);
			let receipt = receipt(Dave, job_id, [receipt_no; 32], 1_000_000, price);
			let accepted = acceptance(Ferdie, &receipt);
			assert_ok!(Receipts::submit_receipt(
				signed(Dave),
				Box::new(receipt),
				PrivacyLevel::Public,
				Some(accepted)
			));
			assert!(Staking::session_points(blueprint_id, &dave) > 0);
		};

		// Session 2: the old commission has been in force for a session already.
		run_to(2 * session);
		let paid_session = pallet_operator_staking::CurrentSession::<Runtime>::get();
		settle_work();
		run_to(3 * session - 1);

		// The last block of the session: Dave raises his commission.
		let dave_before = owned(&dave);
		assert_ok!(Staking::set_commission(signed(Dave), new));
		assert!(staking_events().contains(&StakingEvent::CommissionSet {
			operator: dave.clone(),
			commission: new,
			from_session: paid_session + 1,
		}));
		next_block();
		let award = award_of(paid_session);
		assert!(award > 0, "the session paid Dave a reward");
		let pool = pallet_operator_staking::Pools::<Runtime>::get(&dave);
		assert_eq!(pool.pending_commission, old.mul_floor(award));
		assert_ok!(Staking::claim_rewards(signed(Dave), dave.clone()));
		let charlie_before = owned(&charlie);
		assert_ok!(Staking::claim_rewards(signed(Charlie), dave.clone()));
		let charlie_got = owned(&charlie) - charlie_before;
		println!(
			"[attack] commission raised before the payout: award {award}, Dave got {} (old \
			 {old:?} gives {}, new {new:?} would give {}), delegator Charlie got {charlie_got}",
			owned(&dave) - dave_before,
			old.mul_floor(award),
			new.mul_floor(award)
		);
		let gain = report_gain(
			"raise the commission just before the payout (Dave, commission claimed)",
			dave_before,
			owned(&dave),
		);
		assert_eq!(
			gain,
			old.mul_floor(award) as i128,
			"Dave got more than the old commission gives"
		);
		assert!(charlie_got + 1 >= award - old.mul_floor(award));

		// The next session pays at the new commission.
		let next_session = pallet_operator_staking::CurrentSession::<Runtime>::get();
		settle_work();
		run_to(4 * session);
		let award = award_of(next_session);
		assert!(award > 0);
		assert_eq!(
			pallet_operator_staking::Pools::<Runtime>::get(&dave).pending_commission,
			new.mul_floor(award)
		);
	});
}

/// What `session`'s payout awarded (its one entry): funded less returned.
fn award_of(session: u32) -> Balance {
	staking_events()
		.into_iter()
		.find_map(|event| match event {
			StakingEvent::SessionRewarded {
				session: paid,
				funded,
				operators,
				returned,
			} if paid == session => {
				assert_eq!(operators, 1);
				Some(funded - returned)
			}
			_ => None,
		})
		.unwrap_or_else(|| panic!("session {session} was not paid out"))
}

// ---------------------------------------------------------------------------------------------
// 6. Flooding the slash queue

/// The attack: Eve runs 64 sybil operators, each in a service of hers, and in one block reports
/// all of them for missed heartbeats, to fill the slash queue so that an honest report filed in
/// the same block (Bob reporting his operator Charlie, who really was offline) finds no slot and
/// is lost, or waits behind hers forever.
///
/// What stops it: every report is stored (a slash whose ripening block's bucket is full is kept
/// for `apply_slash`, and the runtime's bucket holds 256); every slash waits the same review
/// period and a bucket keeps report order, so the hook applies ripe ones oldest first,
/// `MaxSlashesProcessedPerBlock` a block: the honest slash is applied at most (ripe slashes
/// reported before it) / `MaxSlashesProcessedPerBlock` blocks after it ripens. Each sybil's
/// report costs the attacker its slash.
#[test]
fn a_sybil_flood_of_heartbeat_reports_cannot_lose_or_starve_an_honest_slash() {
	new_chain().execute_with(|| {
		const SYBILS: u32 = 64;
		let eve = account(Eve);
		let sybils: Vec<AccountId> = (0..SYBILS).map(sybil).collect();
		let mut attackers = sybils.clone();
		attackers.push(eve.clone());
		let before = ait_of(&attackers);
		let bond = min_bond();

		let sybil_blueprint = blueprint(&eve, heartbeat_interval());
		let mut sybil_services = Vec::new();
		for who in &sybils {
			fund(Eve, who, bond + 10 * AIT);
			register_as(who, sybil_blueprint, 1);
			sybil_services.push(service_from(
				&eve,
				sybil_blueprint,
				std::slice::from_ref(who),
			));
		}
		let honest_blueprint = blueprint(&account(Alice), heartbeat_interval());
		let charlie = account(Charlie);
		register_as(&charlie, honest_blueprint, 1);
		let honest_service = service_from(
			&account(Bob),
			honest_blueprint,
			std::slice::from_ref(&charlie),
		);
		let since = heartbeats_accounted_until(honest_service, &charlie);
		let charlie_bond = bond_of(&charlie);

		// Nobody beats; once the threshold is passed, Eve reports her sybils, then Bob reports
		// Charlie, in the same block.
		run_to(block_with_misses(since, 4));
		for (who, service_id) in sybils.iter().zip(&sybil_services) {
			assert_ok!(Services::report_missed_heartbeats(
				signed(Eve),
				*service_id,
				who.clone()
			));
		}
		assert_ok!(Services::report_missed_heartbeats(
			signed(Bob),
			honest_service,
			charlie.clone()
		));
		let reported = staking_events()
			.iter()
			.filter(|event| matches!(event, StakingEvent::SlashReported { .. }))
			.count();
		assert_eq!(reported, SYBILS as usize + 1, "no report was lost");
		let (honest_id, honest) = the_slash(&charlie);
		let earlier = pallet_operator_staking::UnappliedSlashes::<Runtime>::iter_keys()
			.filter(|id| *id < honest_id)
			.count() as u32;
		assert_eq!(earlier, SYBILS);
		let per_block: u32 =
			<Runtime as pallet_operator_staking::Config>::MaxSlashesProcessedPerBlock::get();
		let bound = honest.ripe_at + earlier / per_block;

		run_to(honest.ripe_at);
		while !pending_slashes(&charlie).is_empty() {
			assert!(now() < bound, "the honest slash waits past {bound}");
			next_block();
		}
		let applied_at = now();
		assert!(staking_events().contains(&StakingEvent::SlashApplied {
			slash_id: honest_id,
			operator: charlie.clone(),
			operator_slashed: honest.fraction * charlie_bond,
			delegators_slashed: 0,
			delegations_slashed: 0,
		}));
		println!(
			"[attack] slash flood: {SYBILS} sybil reports and the honest one stored; the honest \
			 slash ripened at {} and was applied at {applied_at} (bound {bound})",
			honest.ripe_at
		);
		run_to(now() + SYBILS / per_block + 1);
		assert_eq!(
			pallet_operator_staking::UnappliedSlashes::<Runtime>::iter().count(),
			0
		);
		let gain = report_gain(
			"flood the slash queue with sybil heartbeat reports (Eve + 64 sybil operators)",
			before,
			ait_of(&attackers),
		);
		let sybil_slashes: Balance = sybils.iter().map(|_| honest.fraction * bond).sum();
		assert_eq!(gain, -(sybil_slashes as i128));
	});
}

// ---------------------------------------------------------------------------------------------
// 7. One outage, many services

/// The attack (on an operator): Dave serves 64 services of one blueprint (a client's sybils can
/// open them for free) and is offline for ten minutes. Anyone reports his missed heartbeats on
/// every service, so one outage becomes 64 separate offences of up to 10% each, and takes his
/// whole bond.
///
/// What stops it: an operator has at most one pending `MissedHeartbeats` slash per blueprint; a
/// further report within its review period raises its fraction to the larger one (`SlashRaised`)
/// instead of adding a slash.
#[test]
fn an_outage_across_many_services_is_slashed_once() {
	new_chain().execute_with(|| {
		const SERVICES: u32 = 64;
		let dave = account(Dave);
		let blueprint_id = blueprint(&account(Alice), heartbeat_interval());
		register_as(&dave, blueprint_id, SERVICES);
		let services: Vec<ServiceId> = (0..SERVICES)
			.map(|_| service_from(&account(Eve), blueprint_id, std::slice::from_ref(&dave)))
			.collect();
		let since = heartbeats_accounted_until(services[0], &dave);
		let bond = bond_of(&dave);
		let before = owned(&dave);

		// Half the services reported after five missed intervals, half after ten.
		let (first, second) = services.split_at(services.len() / 2);
		run_to(block_with_misses(since, 5));
		for service_id in first {
			assert_ok!(Services::report_missed_heartbeats(
				signed(Bob),
				*service_id,
				dave.clone()
			));
		}
		run_to(block_with_misses(since, 10));
		for service_id in second {
			assert_ok!(Services::report_missed_heartbeats(
				signed(Bob),
				*service_id,
				dave.clone()
			));
		}
		let offences: Vec<Perbill> = System::events()
			.into_iter()
			.filter_map(|record| match record.event {
				RuntimeEvent::Services(pallet_services::Event::HeartbeatOffenceReported {
					fraction,
					..
				}) => Some(fraction),
				_ => None,
			})
			.collect();
		assert_eq!(offences.len(), SERVICES as usize);
		let events = staking_events();
		let reported = events
			.iter()
			.filter(|event| matches!(event, StakingEvent::SlashReported { .. }))
			.count();
		let raised = events
			.iter()
			.filter(|event| matches!(event, StakingEvent::SlashRaised { .. }))
			.count();
		assert_eq!(reported, 1);
		assert_eq!(raised, SERVICES as usize - 1);
		let (_, slash) = the_slash(&dave);
		let largest = offences.iter().copied().max().expect("offences");
		assert_eq!(
			largest,
			<Runtime as pallet_services::Config>::MaxHeartbeatSlash::get()
		);
		assert_eq!(slash.fraction, largest);

		run_to(slash.ripe_at);
		assert!(pending_slashes(&dave).is_empty());
		let loss = before - owned(&dave);
		// Each per-service slash would take its fraction of the exposed bond, bounded by what
		// is left of it.
		let per_service: Balance = offences
			.iter()
			.map(|fraction| *fraction * bond)
			.sum::<Balance>()
			.min(bond);
		println!(
			"[attack] one outage in {SERVICES} services: Dave lost {loss}; {SERVICES} per-service \
			 slashes would have cost {per_service} of his {bond} bond"
		);
		report_gain("heartbeat slashes per service (Dave)", before, owned(&dave));
		assert_eq!(loss, largest * bond);
		assert!(loss < per_service);
	});
}
