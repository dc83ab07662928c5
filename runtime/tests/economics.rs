//! AIT that cannot be farmed, on the real runtime: self-dealing and sybil attacks on minting,
//! work scores, reward points and prices. Each test is the attack as the attacker would run
//! it, prints what its accounts gained in AIT, and checks it gained nothing it was not paid for
//! by someone outside its control. Every block runs every pallet's `try_state` (see `common`).

mod common;

use aitbc_primitives::{PaymentAsset, ResourceClass};
use aitbc_runtime::{Pricing, Receipts, Runtime, RuntimeOrigin, Staking};
use common::*;
use frame_support::{assert_ok, traits::Get};
use pallet_receipts::PrivacyLevel;
use sp_runtime::Perbill;

const JUNK: aitbc_runtime::AssetId = 77;

/// The class `operator_with_blueprint` prices its blueprints in.
const CLASS: ResourceClass = ResourceClass(1);

fn period_demand() -> u64 {
	Pricing::market(CLASS).map_or(0, |market| market.period_demand)
}

/// Eve calls a job of `units` on `service_id`; Dave delivers and claims all of it with a
/// receipt Eve counter-signed, so the job settles at once.
fn self_deal(service_id: aitbc_primitives::ServiceId, units: u64, receipt_id: [u8; 32]) {
	let (job_id, price) = call_job(Eve, service_id, units);
	submit_result(Dave, job_id);
	let receipt = receipt(Dave, job_id, receipt_id, units, price);
	let accepted = acceptance(Eve, &receipt);
	assert_ok!(Receipts::submit_receipt(
		signed(Dave),
		Box::new(receipt),
		PrivacyLevel::Public,
		Some(accepted)
	));
	assert_eq!(
		job_status(job_id),
		Some(aitbc_primitives::traits::JobStatus::Settled)
	);
	next_block();
}

/// An operator (Dave) serves its own sybil client (Eve), which pays in an asset it created and
/// minted for itself, for as many units as a job allows, and accepts the receipt at once. Before
/// the lifecycle rework this minted AIT for every unit; it must now mint nothing, and the work
/// earns no score, no reward points on an incentivized blueprint and no demand that would move
/// the class price.
#[test]
fn self_dealing_in_an_own_asset_earns_no_ait_score_points_or_demand() {
	new_chain().execute_with(|| {
		let attackers = [account(Dave), account(Eve)];
		let before: u128 = attackers.iter().map(owned).sum();

		let blueprint_id = operator_with_blueprint(Dave);
		assert_ok!(Staking::set_blueprint_incentive(
			RuntimeOrigin::root(),
			blueprint_id,
			Some(Perbill::from_percent(50))
		));
		own_asset(Eve, JUNK);
		let mut terms = Terms::of(&[Dave]);
		terms.payment_asset = PaymentAsset::Asset(JUNK);
		let service_id = service(Eve, blueprint_id, terms);
		let demand_before = period_demand();
		let units = 1_000_000;

		// Unlisted, an own asset cannot even be escrowed: its admin could take it back out of
		// the escrow pot.
		frame_support::assert_noop!(
			aitbc_runtime::Services::call_job(
				signed(Eve),
				service_id,
				0,
				sp_core::H256::repeat_byte(3),
				units,
				u128::MAX
			),
			pallet_escrow::Error::<Runtime>::AssetNotEscrowable
		);
		// Say governance listed it anyway: a job paid in it still mints nothing.
		assert_ok!(aitbc_runtime::Escrow::set_escrow_asset(
			RuntimeOrigin::root(),
			JUNK,
			true
		));

		self_deal(service_id, units, [9; 32]);

		let after: u128 = attackers.iter().map(owned).sum();
		let gain = report_gain("self-dealing paid in an own asset", before, after);
		assert!(gain <= 0, "the attacker printed {gain} AIT");
		assert_eq!(pallet_receipts::TotalWork::<Runtime>::get(account(Dave)), 0);
		assert_eq!(Staking::session_points(blueprint_id, &account(Dave)), 0);
		assert_eq!(period_demand(), demand_before);
		assert_eq!(
			pallet_receipts::Ledger::<Runtime>::get().unminted_units,
			u128::from(units)
		);
	});
}

/// Supply is the capacity operators declare, and pricing divides demand by it. An operator
/// (Dave) tries to floor the class price by declaring endless capacity, then to zero the
/// class's supply (so it sits at the ceiling) by going inactive; governance removing and
/// re-creating the class must not forget the operators still in it either.
#[test]
fn declared_capacity_can_neither_floor_nor_zero_a_class_supply() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Charlie);
		let honest = Pricing::market(CLASS).map_or(0, |market| market.supply);
		assert!(honest > 0);

		let bond = <Runtime as pallet_operator_staking::Config>::MinOperatorBond::get();
		assert_ok!(Staking::bond(signed(Dave), bond));
		let mut preferences = pallet_services::OperatorPreferences {
			session_key: [0; 32],
			rpc_endpoint: frame_support::BoundedVec::truncate_from(b"http://dave".to_vec()),
			capacity: u64::MAX,
		};
		frame_support::assert_noop!(
			aitbc_runtime::Services::register_operator(
				signed(Dave),
				blueprint_id,
				preferences.clone(),
				1
			),
			pallet_services::Error::<Runtime>::CapacityTooHigh
		);
		preferences.capacity = <Runtime as pallet_services::Config>::MaxCapacity::get();
		assert_ok!(aitbc_runtime::Services::register_operator(
			signed(Dave),
			blueprint_id,
			preferences,
			1
		));
		next_block();
		// Going inactive takes Dave's own capacity away, not Charlie's.
		assert_ok!(aitbc_runtime::Services::go_inactive(
			signed(Dave),
			blueprint_id
		));
		next_block();
		assert_eq!(
			Pricing::market(CLASS).map(|market| market.supply),
			Some(honest)
		);

		let params = pallet_pricing::Classes::<Runtime>::get(CLASS)
			.expect("the preset prices class 1")
			.params;
		assert_ok!(Pricing::remove_class(RuntimeOrigin::root(), CLASS));
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			CLASS,
			params.clone(),
			params.floor
		));
		next_block();
		assert_eq!(
			Pricing::market(CLASS).map(|market| market.supply),
			Some(honest)
		);
		println!("[attack] capacity declarations: class supply stayed at the honest {honest}");
	});
}

/// An operator (Dave) serves its own sybil client (Eve), which pays in AIT for as many units as
/// a job allows and accepts each receipt at once, then repeats. The payment only goes round
/// between the two, so the only thing it could gain is the mint; but each job mints at most
/// the platform fee its settlement burned, and the operator's share of the mint is less than
/// the whole, so each round costs the attacker AIT.
#[test]
fn self_dealing_in_ait_mints_less_than_it_burns() {
	new_chain().execute_with(|| {
		let attackers = [account(Dave), account(Eve)];
		let blueprint_id = operator_with_blueprint(Dave);
		let service_id = service(Eve, blueprint_id, Terms::of(&[Dave]));
		let before: u128 = attackers.iter().map(owned).sum();
		let issuance_before = aitbc_runtime::Balances::total_issuance();

		let units = 1_000_000;
		for round in 0..5u8 {
			self_deal(service_id, units, [round; 32]);
		}

		let ledger = pallet_receipts::Ledger::<Runtime>::get();
		let minted = ledger.minted.coordinator + ledger.minted.treasury;
		println!(
			"[attack] self-dealing in AIT: {} units, minted {minted}, fees burned {}",
			ledger.total_units, ledger.burned
		);
		assert!(minted > 0, "the work did mint");
		assert!(minted <= ledger.burned);
		let after: u128 = attackers.iter().map(owned).sum();
		let gain = report_gain("self-dealing paid in AIT", before, after);
		assert!(gain < 0, "the attacker printed {gain} AIT");
		assert!(aitbc_runtime::Balances::total_issuance() <= issuance_before);
	});
}
