//! Issue 15's attacks on reward points, prices, arbiter panels and escrow assets, each played on
//! the real runtime through its public calls as the attacker would run it (its own operator, its
//! sybil clients, operators and arbiters; governance through root). Each test prints what the
//! attacker's accounts own in AIT (free, held and bonded) before and after where AIT is at
//! stake, and asserts what a user would notice: balances, errors, events and storage. Every
//! block runs every pallet's `try_state` (see `common`).

mod common;

use aitbc_primitives::{receipt::ReceiptBody, traits::JobStatus, JobId, PaymentAsset, AIT};
use aitbc_runtime::{
	AccountId, Assets, Balance, Balances, BlockNumber, Disputes, Escrow, Pricing, Receipts,
	Runtime, RuntimeEvent, RuntimeOrigin, Services, Signature, Staking, System,
};
use common::*;
use frame_support::{assert_noop, assert_ok, traits::Get, BoundedVec};
use pallet_receipts::PrivacyLevel;
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::Perbill;

type StakingError = pallet_operator_staking::Error<Runtime>;
type DisputesError = pallet_disputes::Error<Runtime>;

/// The class `operator_with_blueprint` prices its blueprints in.
const CLASS: aitbc_primitives::ResourceClass = aitbc_primitives::ResourceClass(1);

// ---------------------------------------------------------------------------------------------
// Accounts, blocks and jobs

/// A sybil key the attacker (or an honest crowd) controls: `tag` tells the groups apart.
fn key(tag: u8, index: u32) -> sr25519::Pair {
	let mut seed = [0xA7u8; 32];
	seed[0] = tag;
	seed[1..5].copy_from_slice(&index.to_le_bytes());
	sr25519::Pair::from_seed(&seed)
}

fn id(pair: &sr25519::Pair) -> AccountId {
	AccountId::from(pair.public())
}

fn origin(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// `from` sends `amount` to `to` (a sybil it funds).
fn fund(from: &AccountId, to: &AccountId, amount: Balance) {
	assert_ok!(Balances::transfer_keep_alive(
		origin(from),
		to.clone().into(),
		amount
	));
}

/// The next block, sealed `skip` slots after the next one: another slot, another VRF output
/// of its author, other randomness for the panel draws.
fn block_skipping(skip: u64) {
	let next = u64::from(pallet_aura::CurrentSlot::<Runtime>::get()) + 1;
	next_block_at_slot(next + skip);
}

fn step() {
	next_block();
}

fn step_to(block: BlockNumber) {
	while now() < block {
		step();
	}
}

fn session_length() -> BlockNumber {
	<Runtime as pallet_operator_staking::Config>::SessionLength::get()
}

fn session() -> aitbc_primitives::SessionIndex {
	pallet_operator_staking::CurrentSession::<Runtime>::get()
}

/// Run to the first block of the next reward session.
fn next_session() {
	let length = session_length();
	step_to((now() / length + 1) * length);
}

/// Run until every entry of `session` was paid (the payout pages over blocks).
fn until_paid(paid: aitbc_primitives::SessionIndex) {
	while session() <= paid || pallet_operator_staking::UnpaidSession::<Runtime>::get() <= paid {
		step();
	}
}

fn incentivize(blueprint_id: u64, share: Perbill, pool: Balance) {
	assert_ok!(Staking::set_blueprint_incentive(
		RuntimeOrigin::root(),
		blueprint_id,
		Some(share)
	));
	assert_ok!(Staking::set_reward_pool(RuntimeOrigin::root(), pool));
}

fn entry(
	session: aitbc_primitives::SessionIndex,
	blueprint_id: u64,
	operator: &AccountId,
) -> Option<pallet_operator_staking::PointEntry> {
	pallet_operator_staking::SessionPoints::<Runtime>::get((session, blueprint_id, operator))
}

fn claimable(operator: &AccountId) -> Balance {
	Staking::claimable_rewards(operator, operator)
}

/// `amount` in AIT, for the printed reports.
fn ait(amount: Balance) -> String {
	format!("{}.{:012} AIT", amount / AIT, amount % AIT)
}

fn sum_owned(accounts: &[AccountId]) -> Balance {
	accounts.iter().map(owned).sum()
}

/// A blueprint of class 1 with one job and the given heartbeat interval, made by Alice.
fn blueprint(heartbeat_interval: BlockNumber) -> u64 {
	let blueprint_id = pallet_services::NextBlueprintId::<Runtime>::get();
	assert_ok!(Services::create_blueprint(
		signed(Alice),
		BoundedVec::truncate_from(b"inference".to_vec()),
		H256::repeat_byte(7),
		BoundedVec::truncate_from(vec![pallet_services::JobDefinition {
			name: BoundedVec::truncate_from(b"run".to_vec()),
		}]),
		CLASS,
		1,
		heartbeat_interval,
	));
	blueprint_id
}

/// `who` bonds (if it has not) and registers for `blueprint_id`, in up to 64 services.
fn register_account(who: &AccountId, blueprint_id: u64) {
	let bond = <Runtime as pallet_operator_staking::Config>::MinOperatorBond::get();
	if pallet_operator_staking::Operators::<Runtime>::get(who).is_none() {
		assert_ok!(Staking::bond(origin(who), bond));
	}
	assert_ok!(Services::register_operator(
		origin(who),
		blueprint_id,
		pallet_services::OperatorPreferences {
			session_key: [0; 32],
			rpc_endpoint: BoundedVec::truncate_from(b"http://127.0.0.1:1".to_vec()),
			capacity: 1_000,
		},
		64,
	));
}

/// `operator`'s signed receipt for `job_id` (client read from the job).
fn receipt_by(
	operator: &sr25519::Pair,
	job_id: JobId,
	receipt_id: u64,
	units: u64,
	price: Balance,
) -> Receipt {
	let client = pallet_services::Jobs::<Runtime>::get(job_id)
		.expect("job")
		.client;
	let mut id = [0u8; 32];
	id[..8].copy_from_slice(&receipt_id.to_le_bytes());
	let body = ReceiptBody {
		receipt_id: id,
		job_id,
		client,
		operator: AccountId::from(operator.public()),
		compute_units: units,
		price,
		output_hash: output_of(job_id),
		nonce: 0,
	};
	let signature = operator.sign(&body.signing_payload(&Receipts::genesis_hash()));
	pallet_receipts::ComputeReceipt {
		body,
		signature: Signature::from(signature),
	}
}

/// The operator delivers `job_id` and claims `units` for `price` with a receipt the client
/// counter-signed: the job settles in the same call.
fn deliver_and_settle(
	operator: &sr25519::Pair,
	client: &sr25519::Pair,
	job_id: JobId,
	receipt_id: u64,
	units: u64,
	price: Balance,
) {
	let who = AccountId::from(operator.public());
	assert_ok!(Services::submit_result(
		origin(&who),
		job_id,
		output_of(job_id)
	));
	let receipt = receipt_by(operator, job_id, receipt_id, units, price);
	let accepted =
		Signature::from(client.sign(&receipt.body.acceptance_payload(&Receipts::genesis_hash())));
	assert_ok!(Receipts::submit_receipt(
		origin(&who),
		Box::new(receipt),
		PrivacyLevel::Public,
		Some(accepted)
	));
	assert_eq!(job_status(job_id), Some(JobStatus::Settled));
}

/// A whole job of `units` at the class price: called, delivered and accepted at once.
fn paid_job(
	operator: Sr25519Keyring,
	client: Sr25519Keyring,
	service_id: u64,
	units: u64,
	receipt_id: u64,
) -> Balance {
	let (job_id, price) = call_job_as(&account(client), service_id, units);
	deliver_and_settle(
		&operator.pair(),
		&client.pair(),
		job_id,
		receipt_id,
		units,
		price,
	);
	price
}

fn staking_events() -> Vec<pallet_operator_staking::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Staking(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn disputes_events() -> Vec<pallet_disputes::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Disputes(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// What the payout of `session` says it paid: (funded, operators, returned).
fn session_rewarded(paid: aitbc_primitives::SessionIndex) -> Option<(Balance, u32, Balance)> {
	staking_events().into_iter().find_map(|event| match event {
		pallet_operator_staking::Event::SessionRewarded {
			session,
			funded,
			operators,
			returned,
		} if session == paid => Some((funded, operators, returned)),
		_ => None,
	})
}

/// What `entry` is awarded from a blueprint `share` split over `total` weight: its part by
/// weight, at most `RewardOfRoom` of its reward room (as the staking payout computes it).
fn expected_award(
	share: Balance,
	entry: &pallet_operator_staking::PointEntry,
	total: u128,
) -> Balance {
	let by_weight = sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
		share,
		entry.weight(),
		total,
		sp_runtime::Rounding::Down,
	)
	.unwrap_or_default();
	let cap = <Runtime as pallet_operator_staking::Config>::RewardOfRoom::get()
		.mul_floor(entry.reward_room);
	by_weight.min(cap)
}

// ---------------------------------------------------------------------------------------------
// Reward points

/// The attack: an operator (Dave) serves its own sybil client (Eve), which calls jobs of a
/// million units for free-to-fake work; Dave submits a result for every one of them (points
/// used to be earned right there) and never gets them settled: half are cancelled by Eve once
/// they time out, the rest are left open. What stops it: points come only from settled jobs
/// paid in AIT, so Dave has no entry in the session, no points and no reward at its end, while
/// the honest operator (Charlie) with one paid job takes the blueprint's whole payout.
#[test]
fn results_never_settled_earn_no_points_or_reward() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Charlie);
		register(Dave, blueprint_id);
		incentivize(blueprint_id, Perbill::from_percent(50), 1_000 * AIT);
		let honest_service = service(Bob, blueprint_id, Terms::of(&[Charlie]));
		let attacker_service = service(Eve, blueprint_id, Terms::of(&[Dave]));
		let attackers = [account(Dave), account(Eve)];
		let before = sum_owned(&attackers);
		let farmed = session();

		let mut jobs = Vec::new();
		for _ in 0..8 {
			let (job_id, _) = call_job(Eve, attacker_service, 1_000_000);
			submit_result(Dave, job_id);
			jobs.push(job_id);
		}
		assert_eq!(Staking::session_points(blueprint_id, &account(Dave)), 0);
		assert_eq!(entry(farmed, blueprint_id, &account(Dave)), None);

		paid_job(Charlie, Bob, honest_service, 10_000, 1);
		assert_eq!(
			Staking::session_points(blueprint_id, &account(Charlie)),
			10_000
		);

		// Eve takes half of the escrows back once the jobs time out; the rest stay open.
		step_to(now() + <Runtime as pallet_services::Config>::MinJobTimeout::get());
		for job_id in &jobs[..4] {
			assert_ok!(Services::cancel_job(signed(Eve), *job_id));
			assert_eq!(job_status(*job_id), Some(JobStatus::TimedOut));
		}
		for job_id in &jobs[4..] {
			assert_eq!(job_status(*job_id), Some(JobStatus::ResultSubmitted));
		}
		assert_eq!(session(), farmed, "the whole attack ran in one session");
		assert_eq!(entry(farmed, blueprint_id, &account(Dave)), None);
		assert_eq!(
			pallet_operator_staking::SessionTallies::<Runtime>::get(farmed).entries,
			1
		);

		until_paid(farmed);
		let (funded, operators, _) = session_rewarded(farmed).expect("session paid");
		assert_eq!(funded, 500 * AIT);
		assert_eq!(operators, 1, "only the honest operator was paid");
		assert_eq!(claimable(&account(Dave)), 0);
		assert_noop!(
			Staking::claim_rewards(signed(Dave), account(Dave)),
			StakingError::NothingToClaim
		);
		assert!(claimable(&account(Charlie)) > 0);
		println!(
			"[attack] results without settlement: attacker reward 0, honest operator's reward {}",
			ait(claimable(&account(Charlie)))
		);
		let gain = report_gain("points before settlement", before, sum_owned(&attackers));
		assert_eq!(gain, 0, "nothing was paid, nothing was earned");
	});
}

/// The attack: an operator (Dave) gets its sybil clients (Eve) to request sixteen services of
/// an incentivized blueprint for free and sends heartbeats in all of them, on time, all
/// session long, beside an honest operator (Charlie) in one paid service. What stops it:
/// heartbeat points are capped per operator, blueprint and session (sixteen services earn what
/// one earns), and count only beside paid work in the same session. Without paid work Dave
/// gets nothing; with the same paid work as Charlie (self-dealt) it gets exactly Charlie's
/// reward, and the self-dealing cost more than that.
#[test]
fn heartbeats_in_many_sybil_services_are_capped_and_need_paid_work() {
	new_chain().execute_with(|| {
		let cap = <Runtime as pallet_operator_staking::Config>::MaxHeartbeatPointsPerSession::get();
		let interval = <Runtime as pallet_services::Config>::MinHeartbeatInterval::get().max(4);
		next_session();
		let blueprint_id = blueprint(interval);
		register(Charlie, blueprint_id);
		register_account(&account(Dave), blueprint_id);
		incentivize(blueprint_id, Perbill::from_percent(50), 1_000 * AIT);
		let honest_service = service(Bob, blueprint_id, Terms::of(&[Charlie]));
		let farms: Vec<u64> = (0..16)
			.map(|_| service(Eve, blueprint_id, Terms::of(&[Dave])))
			.collect();
		let attackers = [account(Dave), account(Eve)];
		let before = sum_owned(&attackers);

		// Beats every half interval (on time, and far enough apart that each one is a kept
		// heartbeat) in every service.
		let half_interval = interval.div_ceil(2);
		let beat = || {
			assert_ok!(Services::heartbeat(signed(Charlie), honest_service));
			for service_id in &farms {
				assert_ok!(Services::heartbeat(signed(Dave), *service_id));
			}
		};

		// Session A: only Charlie has paid work.
		let first = session();
		restore_start_price(CLASS);
		paid_job(Charlie, Bob, honest_service, 100_000, 1);
		while now() + half_interval < (first + 1) * session_length() {
			step_to(now() + half_interval);
			beat();
		}
		let dave = entry(first, blueprint_id, &account(Dave)).expect("heartbeats noted");
		let charlie = entry(first, blueprint_id, &account(Charlie)).expect("paid work");
		assert_eq!(dave.heartbeats, cap, "sixteen services, one capped count");
		assert_eq!(charlie.heartbeats, cap);
		assert_eq!(dave.work, 0);
		assert_eq!(Staking::session_points(blueprint_id, &account(Dave)), 0);
		assert_eq!(
			Staking::session_points(blueprint_id, &account(Charlie)),
			100_000 + cap
		);

		// Session B: Dave self-deals the same paid work as Charlie's honest job, at the same
		// price, and keeps beating in all sixteen services.
		step_to((first + 1) * session_length());
		let second = session();
		until_paid(first);
		let reward_a = (claimable(&account(Dave)), claimable(&account(Charlie)));
		assert_eq!(reward_a.0, 0, "heartbeats alone earn nothing");
		assert!(reward_a.1 > 0);
		assert_ok!(Staking::claim_rewards(signed(Charlie), account(Charlie)));

		restore_start_price(CLASS);
		paid_job(Charlie, Bob, honest_service, 100_000, 2);
		let price = paid_job(Dave, Eve, farms[0], 100_000, 1);
		while now() + half_interval < (second + 1) * session_length() {
			step_to(now() + half_interval);
			beat();
		}
		let dave = entry(second, blueprint_id, &account(Dave)).expect("paid work");
		let charlie = entry(second, blueprint_id, &account(Charlie)).expect("paid work");
		assert_eq!(dave.heartbeats, cap);
		assert_eq!(dave, charlie, "sixteen services weigh what one weighs");
		until_paid(second);
		let reward_b = (claimable(&account(Dave)), claimable(&account(Charlie)));
		assert_eq!(reward_b.0, reward_b.1);
		assert!(reward_b.0 > 0);
		println!(
			"[attack] heartbeat farming in 16 services: without paid work attacker {} vs honest {}; \
			 with the same paid work (price {}) attacker {} vs honest {}",
			ait(reward_a.0),
			ait(reward_a.1),
			ait(price),
			ait(reward_b.0),
			ait(reward_b.1)
		);
		assert_ok!(Staking::claim_rewards(signed(Dave), account(Dave)));
		let gain = report_gain("heartbeat farming", before, sum_owned(&attackers));
		assert!(gain < 0, "the attacker gained {gain}");
	});
}

/// The attack: the attacker bonds 1,100 sybil operators (more than the 1,024 entries a session
/// used to keep, first come first served) and has each of them settle a one-unit job from its
/// own sybil client early in a session, before an honest operator (Charlie) settles its paid
/// work late in the session. What stops it: every bonded operator gets its entry (each costs
/// `MinOperatorBond`), and the payout pages through all of them, `MaxPayoutsPerBlock` a block:
/// Charlie's entry is there and paid its share, and the dust earns the sybils less than their
/// jobs burned.
#[test]
fn a_late_honest_operator_is_paid_after_sybil_dust() {
	new_chain().execute_with(|| {
		const SYBILS: u32 = 1_100;
		let blueprint_id = operator_with_blueprint(Charlie);
		let honest_service = service(Bob, blueprint_id, Terms::of(&[Charlie]));
		let share = 1_000 * AIT;
		incentivize(blueprint_id, Perbill::one(), share);

		let funders = [account(Dave), account(Eve), account(Ferdie)];
		let sybils: Vec<sr25519::Pair> = (0..SYBILS).map(|i| key(3, i)).collect();
		let mut attackers: Vec<AccountId> = funders.to_vec();
		attackers.extend(sybils.iter().map(id));
		let before = sum_owned(&attackers);
		let bond = <Runtime as pallet_operator_staking::Config>::MinOperatorBond::get();
		for (index, sybil) in sybils.iter().enumerate() {
			fund(&funders[index % 3], &id(sybil), bond + 5 * AIT);
			register_account(&id(sybil), blueprint_id);
		}
		let client = Eve.pair();
		let services: Vec<u64> = sybils
			.chunks(16)
			.map(|chunk| {
				let operators: Vec<AccountId> = chunk.iter().map(id).collect();
				service_from(&account(Eve), blueprint_id, &operators)
			})
			.collect();

		next_session();
		restore_start_price(CLASS);
		let dusted = session();
		for (index, sybil) in sybils.iter().enumerate() {
			if index % 100 == 0 {
				step();
			}
			let (job_id, price) = call_job_as(&account(Eve), services[index / 16], 1);
			deliver_and_settle(sybil, &client, job_id, 1, 1, price);
		}
		step();
		paid_job(Charlie, Bob, honest_service, 100_000, 1);
		assert_eq!(
			session(),
			dusted,
			"the dust and the honest work share a session"
		);
		let tally = pallet_operator_staking::SessionTallies::<Runtime>::get(dusted);
		assert_eq!(tally.entries, SYBILS + 1);
		let honest = entry(dusted, blueprint_id, &account(Charlie)).expect("the late entry");
		assert_eq!(honest.work, 100_000);
		let total = *tally.totals.get(&blueprint_id).expect("tallied");
		let expected = expected_award(share, &honest, total);
		assert!(expected > 0);

		until_paid(dusted);
		let (funded, operators, returned) = session_rewarded(dusted).expect("paid");
		println!(
			"[attack] sybil dust: {SYBILS} dust entries and the honest one; funded {}, \
			 {operators} operators paid, {} returned",
			ait(funded),
			ait(returned)
		);
		assert_eq!(funded, share);
		assert_eq!(operators, SYBILS + 1, "no entry dropped");
		assert_eq!(claimable(&account(Charlie)), expected);
		let dust: Balance = sybils.iter().map(|sybil| claimable(&id(sybil))).sum();
		println!(
			"[attack] sybil dust: honest operator paid {}, all {SYBILS} sybils together {}",
			ait(expected),
			ait(dust)
		);
		let after: Balance = sum_owned(&attackers)
			+ sybils
				.iter()
				.map(|sybil| claimable(&id(sybil)))
				.sum::<Balance>();
		let gain = report_gain("sybil dust before a late honest operator", before, after);
		assert!(gain < 0, "the attacker gained {gain}");
	});
}

/// Plays the floor-price farm (or not) beside one honest job of 100,000 units; returns the
/// honest award, the farmer's award, the farmer's entry and the attacker's gain.
fn floor_farm(
	farm: bool,
) -> (
	Balance,
	Balance,
	Option<pallet_operator_staking::PointEntry>,
	i128,
) {
	let mut result = (0, 0, None, 0);
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Charlie);
		register(Dave, blueprint_id);
		// A pool small enough that the split by weight, not the room cap, decides the honest
		// award: a farmer weighing anything would take from it.
		incentivize(blueprint_id, Perbill::one(), AIT);
		let honest_service = service(Bob, blueprint_id, Terms::of(&[Charlie]));
		let attacker_service = service(Eve, blueprint_id, Terms::of(&[Dave]));
		let attackers = [account(Dave), account(Eve)];
		let floor = pallet_pricing::Classes::<Runtime>::get(CLASS)
			.expect("class 1")
			.params
			.floor;
		next_session();
		restore_start_price(CLASS);
		let farmed = session();
		let before = sum_owned(&attackers);
		paid_job(Charlie, Bob, honest_service, 100_000, 1);
		if farm {
			for round in 0..5u64 {
				let units = 1_000_000;
				let (job_id, _) = call_job(Eve, attacker_service, units);
				// The receipt pays for every unit at the class floor, the cheapest price there
				// is; the rest of the escrow goes back to Eve.
				deliver_and_settle(
					&Dave.pair(),
					&Eve.pair(),
					job_id,
					round + 1,
					units,
					floor * Balance::from(units),
				);
			}
		}
		let farmer = entry(farmed, blueprint_id, &account(Dave));
		until_paid(farmed);
		let award = claimable(&account(Dave));
		if award > 0 {
			assert_ok!(Staking::claim_rewards(signed(Dave), account(Dave)));
		}
		let gain = report_gain(
			&format!("self-dealing at the floor price (farming: {farm})"),
			before,
			sum_owned(&attackers),
		);
		result = (claimable(&account(Charlie)), award, farmer, gain);
	});
	result
}

/// The attack: with a reward pool on an incentivized blueprint, an operator (Dave) has its
/// sybil client (Eve) pay for five jobs of a million units each at the class floor (the
/// cheapest price a unit may cost), so that by units it would dwarf the honest operator
/// (Charlie, 100,000 units at the class price) and take nearly all of the pool. What stops
/// it: an entry weighs by the fees its work burned beyond its mint (its reward room), and at
/// the floor the fee burned is exactly what the work mints: the farmer's room is zero, it
/// takes nothing from Charlie (whose award is the same as without the farm) and loses AIT.
#[test]
fn self_dealing_at_the_floor_price_takes_no_reward_share() {
	let (honest_alone, _, _, _) = floor_farm(false);
	let (honest, farmer_award, farmer, gain) = floor_farm(true);
	let farmer = farmer.expect("the farmer has an entry");
	println!(
		"[attack] floor-price farming: farmer {} units, room {}, award {}; honest award {} \
		 (alone {})",
		farmer.work,
		ait(farmer.reward_room),
		ait(farmer_award),
		ait(honest),
		ait(honest_alone)
	);
	assert_eq!(farmer.work, 5_000_000);
	assert_eq!(farmer.reward_room, 0);
	assert_eq!(farmer.weight(), 0);
	assert_eq!(farmer_award, 0);
	assert!(honest > 0);
	assert_eq!(
		honest, honest_alone,
		"the farm took nothing from the honest operator"
	);
	assert!(gain < 0, "the farmer gained {gain}");
}

// ---------------------------------------------------------------------------------------------
// Pricing

fn market() -> pallet_pricing::MarketData<Balance, BlockNumber> {
	Pricing::market(CLASS).expect("class 1 is priced")
}

/// Plays `attack` on a chain where Dave serves Eve, then runs until three pricing periods after
/// the attack's job could have timed out; returns the class market at the end.
fn priced_after(attack: bool) -> pallet_pricing::MarketData<Balance, BlockNumber> {
	let mut result = None;
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Eve, blueprint_id, Terms::of(&[Dave]));
		let period = <Runtime as pallet_pricing::Config>::UpdatePeriod::get();
		let timeout = <Runtime as pallet_services::Config>::MinJobTimeout::get();
		let end = now() + timeout + 3 * period + 1;
		if attack {
			let before = owned(&account(Eve));
			let (job_id, price) = call_job(Eve, service_id, 1_000_000);
			assert_eq!(market().period_demand, 0, "a call is no demand");
			submit_result(Dave, job_id);
			step_to(now() + timeout);
			assert_ok!(Services::cancel_job(signed(Eve), job_id));
			assert_eq!(job_status(job_id), Some(JobStatus::TimedOut));
			assert_eq!(market().period_demand, 0, "nor is a refunded job");
			println!(
				"[attack] called and refunded a job of 1,000,000 units priced {}",
				ait(price)
			);
			report_gain("demand from a refunded job", before, owned(&account(Eve)));
		}
		step_to(end);
		result = Some(market());
	});
	result.expect("ran")
}

/// The attack: a sybil client (Eve) calls a job of a million units from its own operator
/// (Dave), which delivers a result, and takes the payment back once the job times out, to push
/// its class price up (demand used to be counted at `call_job`, refunded jobs included, and
/// again at settlement). What stops it: demand is recorded once, at settlement, for the paid
/// units only: the class market is exactly that of a chain without the job, and a job that is
/// settled adds its paid units once.
#[test]
fn only_settled_paid_units_count_as_demand_once() {
	let quiet = priced_after(false);
	let attacked = priced_after(true);
	println!(
		"[attack] refunded demand: class price {} with the refunded job, {} without",
		ait(attacked.price),
		ait(quiet.price)
	);
	assert_eq!(attacked, quiet, "the refunded job moved nothing");

	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Eve, blueprint_id, Terms::of(&[Dave]));
		let period = <Runtime as pallet_pricing::Config>::UpdatePeriod::get();
		// At the start of a pricing period, so nothing resets the period's demand meanwhile.
		step_to((now() / period + 1) * period + 1);
		let units = 50_000;

		// Accepted at once: counted in the call that settles it, once.
		let first_period = now() / period;
		let (job_id, price) = call_job(Eve, service_id, units);
		assert_eq!(market().period_demand, 0);
		deliver_and_settle(&Dave.pair(), &Eve.pair(), job_id, 1, units, price);
		assert_eq!(market().period_demand, units);
		step();
		assert_eq!(market().period_demand, units);

		// Claimed and left to mature: nothing at the claim, the units when it settles.
		let (job_id, price) = call_job(Eve, service_id, units);
		submit_result(Dave, job_id);
		assert_ok!(Receipts::submit_receipt(
			signed(Dave),
			Box::new(receipt_by(&Dave.pair(), job_id, 2, units, price)),
			PrivacyLevel::Public,
			None
		));
		assert_eq!(job_status(job_id), Some(JobStatus::Claimed));
		assert_eq!(market().period_demand, units);
		step_to(now() + challenge_window());
		while job_status(job_id) == Some(JobStatus::Claimed) {
			step();
		}
		assert_eq!(job_status(job_id), Some(JobStatus::Settled));
		assert!(
			now() % period != 0,
			"not the first block of a pricing period"
		);
		// With production constants the challenge window (a day) outlasts the pricing period
		// the first job settled in, whose demand is then behind; the fast runtime's is not.
		let earlier = if now() / period == first_period {
			units
		} else {
			0
		};
		assert_eq!(market().period_demand, earlier + units);
	});
}

// ---------------------------------------------------------------------------------------------
// Arbiters

fn min_arbiter_stake() -> Balance {
	<Runtime as pallet_disputes::Config>::MinArbiterStake::get()
}

fn arbiter_warmup() -> BlockNumber {
	<Runtime as pallet_disputes::Config>::ArbiterWarmup::get()
}

fn pool() -> Vec<AccountId> {
	pallet_disputes::ArbiterPool::<Runtime>::get().into_inner()
}

fn panel(dispute_id: u64) -> Vec<AccountId> {
	pallet_disputes::Panels::<Runtime>::get(dispute_id)
		.into_iter()
		.map(|seat| seat.arbiter)
		.collect()
}

fn dispute_status(dispute_id: u64) -> pallet_disputes::DisputeStatus<BlockNumber> {
	Disputes::dispute(dispute_id).expect("dispute").status
}

/// `client` disputes `job_id` against `operator`, who answers with evidence (posting its bond),
/// so a panel is requested when the evidence period ends. Returns the dispute.
fn contested(client: &AccountId, job_id: JobId, operator: &AccountId) -> u64 {
	let dispute_id = pallet_disputes::NextDisputeId::<Runtime>::get();
	assert_ok!(Disputes::file_dispute(
		origin(client),
		job_id,
		operator.clone()
	));
	assert_ok!(Disputes::submit_evidence(
		origin(operator),
		dispute_id,
		H256::repeat_byte(1),
		BoundedVec::truncate_from(b"ipfs://logs".to_vec())
	));
	assert_eq!(
		dispute_status(dispute_id),
		pallet_disputes::DisputeStatus::EvidenceSubmitted
	);
	dispute_id
}

/// The attack: an attacker fills the arbiter pool (`MaxArbiters`, 100) with sybils at the
/// minimum stake and holds it, so no honest arbiter can join (the pool used to refuse
/// everyone once full). What stops it: a newcomer staking more than the lowest unseated
/// arbiter evicts it (the newest of the equally low), whose stake is released; a newcomer not
/// above the lowest is refused. Holding the pool costs a hundred times what honest arbiters
/// are willing to stake.
#[test]
fn a_pool_filled_by_sybil_arbiters_yields_to_a_higher_stake() {
	new_chain().execute_with(|| {
		let capacity = <Runtime as pallet_disputes::Config>::MaxArbiters::get();
		let min = min_arbiter_stake();
		let sybils: Vec<AccountId> = (0..capacity).map(|i| id(&key(6, i))).collect();
		let mut attackers = vec![account(Eve)];
		attackers.extend(sybils.iter().cloned());
		let before = sum_owned(&attackers);
		for sybil in &sybils {
			fund(&account(Eve), sybil, min + AIT);
			assert_ok!(Disputes::join_arbiters(origin(sybil), min));
		}
		assert_eq!(pool().len(), capacity as usize);
		assert!(pool().iter().all(|member| sybils.contains(member)));

		// Honest Bob at the sybils' stake is refused; a planck more evicts the newest sybil.
		assert_noop!(
			Disputes::join_arbiters(signed(Bob), min),
			DisputesError::StakeNotAboveLowest
		);
		let evicted = sybils.last().expect("sybils").clone();
		assert_ok!(Disputes::join_arbiters(signed(Bob), min + 1));
		assert!(
			disputes_events().contains(&pallet_disputes::Event::ArbiterEvicted {
				who: evicted.clone(),
				stake: min,
				by: account(Bob),
			})
		);
		assert!(pool().contains(&account(Bob)));
		assert!(!pool().contains(&evicted));
		assert_eq!(Disputes::arbiter(evicted.clone()), None);
		assert_eq!(held(&evicted), 0, "the evicted stake is released");

		// The evicted sybil cannot come back at the minimum; Charlie takes a second seat the
		// same way; an attacker keeping its seats must stake above every honest newcomer.
		assert_noop!(
			Disputes::join_arbiters(origin(&evicted), min),
			DisputesError::StakeNotAboveLowest
		);
		assert_ok!(Disputes::join_arbiters(signed(Charlie), min + AIT));
		assert_eq!(pool().len(), capacity as usize);
		let held_by_sybils = pool().iter().filter(|m| sybils.contains(m)).count();
		println!("[attack] arbiter pool: sybils hold {held_by_sybils} of {capacity} seats");
		assert_eq!(held_by_sybils, capacity as usize - 2);
		step();
		let gain = report_gain("sybil arbiter pool", before, sum_owned(&attackers));
		assert_eq!(gain, 0, "stakes are held, not lost or won, by evictions");
	});
}

/// The attack: an operator (Dave) wants its friends on the panels of its disputes: its
/// delegator (Ferdie), its co-operator in the service (Eve) and the parties themselves (Dave,
/// and even the client Charlie) join the arbiter pool with a thousand times an honest
/// arbiter's stake, so that a stake-weighted draw would seat them almost always. What stops
/// it: the parties, the service's operators and the operator's delegators are never drawn.
/// Six disputes reach a panel, each drawn in the block after its request with that block's
/// randomness; not one seat goes to a stakeholder.
#[test]
fn stakeholders_of_a_dispute_never_sit_on_its_panel() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		register(Eve, blueprint_id);
		let service_id = service(Charlie, blueprint_id, Terms::of(&[Dave, Eve]));
		assert_ok!(Staking::delegate(
			signed(Ferdie),
			account(Dave),
			PaymentAsset::Native,
			1_000 * AIT,
			pallet_operator_staking::BlueprintSelection::All,
		));
		let stakeholders = [
			account(Charlie),
			account(Dave),
			account(Eve),
			account(Ferdie),
		];
		let heavy = 1_000 * min_arbiter_stake();
		for who in &stakeholders {
			assert_ok!(Disputes::join_arbiters(origin(who), heavy));
		}
		let honest: Vec<AccountId> = (0..5).map(|i| id(&key(7, i))).collect();
		for arbiter in &honest {
			fund(&account(Alice), arbiter, min_arbiter_stake() + AIT);
			assert_ok!(Disputes::join_arbiters(
				origin(arbiter),
				min_arbiter_stake()
			));
		}
		step_to(now() + arbiter_warmup());

		let mut disputes = Vec::new();
		for _ in 0..6 {
			let (job_id, _) = call_job(Charlie, service_id, 100);
			disputes.push(contested(&account(Charlie), job_id, &account(Dave)));
			step();
		}
		let last_end = Disputes::dispute(*disputes.last().expect("filed"))
			.expect("dispute")
			.evidence_end;
		step_to(last_end + 1);
		let mut seats = 0;
		for dispute_id in &disputes {
			let seated = panel(*dispute_id);
			assert_eq!(seated.len(), 3, "dispute {dispute_id} has its panel");
			assert!(
				seated.iter().all(|who| honest.contains(who)),
				"a stakeholder sits on dispute {dispute_id}: {seated:?}"
			);
			seats += seated.len();
		}
		println!(
			"[attack] stakeholders on panels: 0 of {seats} seats over {} disputes, though they \
			 hold {} of {} of arbiter stake",
			disputes.len(),
			ait(4 * heavy),
			ait(4 * heavy + 5 * min_arbiter_stake())
		);
	});
}

/// One play of the panel-choosing attack. The attacker's dispute reaches its evidence deadline;
/// in that block it calls `advance` and then tops up its warmed sybil arbiter a thousandfold and
/// joins a fresh sybil with as much. The drawing block's parent hash is `draw_seed`. Returns
/// the panel, the topped sybil and the fresh one.
///
/// On the runtime the evidence deadline is always queued (filing is refused without a queue
/// slot), so the hook requests the panel at the start of the block and the attacker's
/// `advance` finds nothing to do. With `unqueued`, the test removes the queued deadline from
/// storage: the state a deadline left unqueued by full queues (`DeadlineNotQueued`, which
/// later phases can reach) is in, so that the attacker's own `advance` makes the request.
fn choose_panel(draw_seed: u64, unqueued: bool) -> (Vec<AccountId>, AccountId, AccountId) {
	let mut result = None;
	new_chain().execute_with(|| {
		let min = min_arbiter_stake();
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Charlie, blueprint_id, Terms::of(&[Dave]));
		let topped = id(&key(8, 0));
		let fresh = id(&key(8, 1));
		for sybil in [&topped, &fresh] {
			fund(&account(Dave), sybil, 1_001 * min + AIT);
		}
		assert_ok!(Disputes::join_arbiters(origin(&topped), min));
		for i in 0..7 {
			let arbiter = id(&key(9, i));
			fund(&account(Alice), &arbiter, min + AIT);
			assert_ok!(Disputes::join_arbiters(origin(&arbiter), min));
		}
		step_to(now() + arbiter_warmup());
		let (job_id, _) = call_job(Charlie, service_id, 100);
		let dispute_id = contested(&account(Charlie), job_id, &account(Dave));
		let deadline = Disputes::dispute(dispute_id).expect("dispute").evidence_end;
		if unqueued {
			pallet_disputes::Deadlines::<Runtime>::remove(deadline);
		}
		step_to(deadline);

		let stranger = id(&key(8, 2));
		if unqueued {
			assert_eq!(
				dispute_status(dispute_id),
				pallet_disputes::DisputeStatus::EvidenceSubmitted
			);
			assert_ok!(Disputes::advance(origin(&stranger), dispute_id));
		} else {
			// The hook requested the panel at the start of the block: there is nothing left
			// for `advance` to do in it.
			assert_noop!(
				Disputes::advance(origin(&stranger), dispute_id),
				DisputesError::DeadlineNotReached
			);
		}
		assert_eq!(
			dispute_status(dispute_id),
			pallet_disputes::DisputeStatus::AwaitingPanel {
				requested_at: deadline
			}
		);
		assert!(
			panel(dispute_id).is_empty(),
			"no panel in the requesting block"
		);

		assert_ok!(Disputes::add_arbiter_stake(origin(&topped), 1_000 * min));
		assert_ok!(Disputes::join_arbiters(origin(&fresh), 1_000 * min));
		let warmup = arbiter_warmup();
		let info = |who: &AccountId| Disputes::arbiter(who.clone()).expect("arbiter");
		assert_eq!(info(&topped).stake, 1_001 * min);
		assert_eq!(info(&topped).drawable_stake(deadline, warmup), min);
		assert_eq!(info(&fresh).drawable_stake(deadline, warmup), 0);

		block_skipping(draw_seed);
		let seated = panel(dispute_id);
		assert_eq!(seated.len(), 3);
		assert!(matches!(
			dispute_status(dispute_id),
			pallet_disputes::DisputeStatus::UnderReview { .. }
		));
		result = Some((seated, topped, fresh));
	});
	result.expect("ran")
}

/// The attack: the attacker (operator Dave, with sybil arbiters) acts in the block where its
/// dispute's panel is requested: it calls `advance` and, in the same block, adds a thousandfold
/// stake to a sybil arbiter and joins another sybil with as much, so that the draw (which used
/// to happen right there, from randomness it could read) seats them. What stops it: `advance`
/// (or the deadline) only requests the panel (`AwaitingPanel`); it is drawn in the next block's
/// hook from randomness that did not exist yet, and only over stake bonded `ArbiterWarmup`
/// before the request. The top-up and the newcomer never count: the fresh sybil is never
/// seated, the topped one no more often than its warmed-up stake (one in eight) makes it, and
/// the same state at `advance` gives different panels.
///
/// Fast runtime only: each of the 24 plays runs a chain through the arbiter warm-up and the
/// evidence period, 72,000 blocks each with the production constants (a quarter of an hour of
/// CI for nothing more: the draw does not depend on the periods' lengths).
#[test]
#[cfg_attr(
	not(feature = "fast-runtime"),
	ignore = "1.7 million blocks with production periods; the fast runtime runs it"
)]
fn the_panel_cannot_be_chosen_in_the_requesting_block() {
	let mut panels = std::collections::BTreeSet::new();
	let mut topped_seated = 0;
	let plays: u32 = 24;
	for play in 0..plays {
		let (mut seated, topped, fresh) = choose_panel(u64::from(play / 2), play % 2 == 1);
		assert!(!seated.contains(&fresh), "the fresh sybil was drawn");
		if seated.contains(&topped) {
			topped_seated += 1;
		}
		seated.sort();
		panels.insert(seated);
	}
	println!(
		"[attack] choosing the panel: the topped-up sybil sat on {topped_seated} of {plays} \
		 panels (counted, its stake would seat it on all), the fresh sybil on none; {} \
		 different panels from the same state at `advance`",
		panels.len()
	);
	// Warmed up, it holds one eighth of the stake: about three panels in eight.
	assert!(topped_seated < 18, "seated {topped_seated} of {plays}");
	assert!(panels.len() > 3, "only {} different panels", panels.len());
}

// ---------------------------------------------------------------------------------------------
// Assets

/// The attack: an attacker makes 20 junk assets (through 20 sybils, each the admin of its own)
/// and escrows a pittance of each, to use up the consumer references of the one pot all asset
/// escrows shared (`MaxConsumers`, 16) and so block every escrow in any other asset; and, as a
/// junk asset's admin, `force_transfer`s from the escrow pot. What stops it: an unlisted asset
/// cannot be escrowed at all (`AssetNotEscrowable`); even listed by root, each asset's escrows
/// sit in their own pot (`Escrow::pot_of`), so an honest escrow in a good asset goes through,
/// and a junk admin reaches its own pot only: the honest depositor's escrow is untouched and
/// pays out.
#[test]
fn junk_assets_neither_block_nor_reach_another_assets_escrow() {
	new_chain().execute_with(|| {
		const GOOD: aitbc_runtime::AssetId = 7;
		let junk: Vec<aitbc_runtime::AssetId> = (1_000..1_020).collect();
		let admins: Vec<AccountId> = (0..20).map(|i| id(&key(10, i))).collect();
		for (asset, admin) in junk.iter().zip(&admins) {
			fund(&account(Eve), admin, 20 * AIT);
			assert_ok!(Assets::create(
				origin(admin),
				(*asset).into(),
				admin.clone().into(),
				1
			));
			assert_ok!(Assets::mint(
				origin(admin),
				(*asset).into(),
				admin.clone().into(),
				1_000
			));
		}
		let escrow_in = |who: &AccountId, to: Sr25519Keyring, asset, amount| {
			Escrow::create(
				origin(who),
				account(to).into(),
				PaymentAsset::Asset(asset),
				amount,
				None,
				None,
				pallet_escrow::ReleaseCondition::Unconditional,
			)
		};
		// Unlisted, a junk asset cannot be escrowed.
		assert_noop!(
			escrow_in(&admins[0], Eve, junk[0], 1),
			pallet_escrow::Error::<Runtime>::AssetNotEscrowable
		);

		// Say root listed all twenty: each is escrowed in a pot of its own.
		for (asset, admin) in junk.iter().zip(&admins) {
			assert_ok!(Escrow::set_escrow_asset(
				RuntimeOrigin::root(),
				*asset,
				true
			));
			assert_ok!(escrow_in(admin, Eve, *asset, 1));
			let pot = Escrow::pot_of(*asset);
			assert_eq!(Assets::balance(*asset, &pot), 1);
			assert_eq!(System::consumers(&pot), 1);
		}
		// What one shared pot would have hit: an account holds at most 15 such assets.
		let collector = id(&key(10, 99));
		fund(&account(Eve), &collector, AIT);
		for (index, (asset, admin)) in junk.iter().zip(&admins).enumerate() {
			let moved =
				Assets::transfer(origin(admin), (*asset).into(), collector.clone().into(), 1);
			if index < 15 {
				assert_ok!(moved);
			} else {
				assert!(moved.is_err(), "the 16th asset finds no consumer reference");
			}
		}

		// A good asset, made and listed by root; Bob escrows 500 of it for Charlie.
		assert_ok!(Assets::force_create(
			RuntimeOrigin::root(),
			GOOD.into(),
			account(Alice).into(),
			false,
			1
		));
		assert_ok!(Assets::mint(
			signed(Alice),
			GOOD.into(),
			account(Bob).into(),
			1_000
		));
		assert_ok!(Escrow::set_escrow_asset(RuntimeOrigin::root(), GOOD, true));
		let bob_before = Assets::balance(GOOD, account(Bob));
		let escrow_id = pallet_escrow::NextEscrowId::<Runtime>::get();
		assert_ok!(escrow_in(&account(Bob), Charlie, GOOD, 500));
		let good_pot = Escrow::pot_of(GOOD);
		assert_eq!(Assets::balance(GOOD, &good_pot), 500);
		let mut pots: Vec<AccountId> = junk.iter().map(|asset| Escrow::pot_of(*asset)).collect();
		pots.push(good_pot.clone());
		pots.sort();
		pots.dedup();
		assert_eq!(pots.len(), 21);
		step();

		// The admin of junk asset 0 drains its own pot, and tries the good one.
		let attacker = &admins[0];
		assert_ok!(Assets::force_transfer(
			origin(attacker),
			junk[0].into(),
			Escrow::pot_of(junk[0]).into(),
			attacker.clone().into(),
			1
		));
		assert!(Assets::force_transfer(
			origin(attacker),
			GOOD.into(),
			good_pot.clone().into(),
			attacker.clone().into(),
			500
		)
		.is_err());
		assert!(Assets::force_transfer(
			origin(attacker),
			junk[0].into(),
			good_pot.clone().into(),
			attacker.clone().into(),
			1
		)
		.is_err());
		assert!(Assets::burn(origin(attacker), GOOD.into(), good_pot.clone().into(), 500).is_err());
		assert_eq!(Assets::balance(GOOD, &good_pot), 500);
		assert_eq!(Assets::balance(GOOD, attacker), 0);

		// Bob's escrow pays Charlie in full (less the platform fee, to the treasury).
		assert_ok!(Escrow::release(signed(Bob), escrow_id, None));
		let fee = pallet_escrow::PlatformFee::<Runtime>::get().mul_floor(500u128);
		assert_eq!(Assets::balance(GOOD, account(Charlie)), 500 - fee);
		let bob_after = Assets::balance(GOOD, account(Bob));
		println!(
			"[attack] junk asset admin: honest depositor's GOOD before {bob_before}, after \
			 {bob_after} (released 500 to Charlie, who got {}); taken by the junk admin: 0",
			500 - fee
		);
		assert_eq!(bob_after, bob_before - 500);
		assert_eq!(Assets::balance(GOOD, &good_pot), 0);
		// The drained junk pot is the attacker's own escrow, and `try_state` names it.
		assert_eq!(
			Escrow::do_try_state(),
			Err("an asset's pot holds less than its open escrows".into())
		);
	});
}
