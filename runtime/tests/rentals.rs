//! Rentals on the real runtime: Services, Escrow (with its platform fee), Pricing's supply,
//! Disputes and Staking together, and the attacks on them, each printing what the attacker
//! gained.

mod common;

use aitbc_primitives::{
	receipt::ReceiptBody,
	traits::{JobStatus, PriceOracle},
	BlueprintId, JobId, PaymentAsset, RentalId, ResourceClass, ServiceId,
};
use aitbc_runtime::{
	Balance, Balances, BlockNumber, Disputes, Pricing, Receipts, Runtime, Services, Signature,
};
use common::*;
use frame_support::assert_ok;
use pallet_services::{RentalMetrics, RentalSla, RentalStatus, RentalTerms};
use sp_core::Pair;
use sp_keyring::Sr25519Keyring;
use sp_runtime::Perbill;

const CLASS: ResourceClass = ResourceClass(1);
/// Compute units per block rented.
const CAPACITY: u64 = 10;
/// The blueprint's heartbeat interval (`operator_with_blueprint`).
const HEARTBEAT: BlockNumber = 100;

fn period() -> BlockNumber {
	<Runtime as pallet_services::Config>::MinRentalPeriod::get().max(HEARTBEAT)
}

fn window() -> BlockNumber {
	<Runtime as pallet_services::Config>::RentalReportWindow::get()
}

fn sla() -> RentalSla {
	RentalSla {
		min_availability_ppm: 900_000,
		max_response_ms: Some(500),
		min_accuracy_ppm: None,
		min_delivered_units: None,
		breach_penalty: Perbill::from_percent(10),
	}
}

fn terms(blueprint_id: BlueprintId, periods: u32) -> pallet_services::RentalTermsOf<Runtime> {
	RentalTerms {
		blueprint_id,
		capacity: CAPACITY,
		period_length: period(),
		periods,
		payment_asset: PaymentAsset::Native,
		sla: sla(),
		notice: period() / 2,
	}
}

/// `consumer` offers `provider` a rental of `periods` periods; returns it and its price per
/// period.
fn offer(
	consumer: Sr25519Keyring,
	provider: Sr25519Keyring,
	blueprint_id: BlueprintId,
	periods: u32,
) -> (RentalId, Balance) {
	let id = pallet_services::NextRentalId::<Runtime>::get();
	assert_ok!(Services::create_rental(
		signed(consumer),
		account(provider),
		terms(blueprint_id, periods),
		Balance::MAX,
		period()
	));
	(id, rental(id).price_per_period)
}

fn rental(id: RentalId) -> pallet_services::RentalOf<Runtime> {
	pallet_services::Rentals::<Runtime>::get(id).expect("rental exists")
}

/// Ferdie rents from Dave (registered for a fresh blueprint) for `periods` periods.
fn ferdie_rents_from_dave(periods: u32) -> (RentalId, ServiceId, Balance, BlockNumber) {
	let blueprint_id = operator_with_blueprint(Dave);
	let (id, price) = offer(Ferdie, Dave, blueprint_id, periods);
	assert_ok!(Services::accept_rental(signed(Dave), id));
	let rental = rental(id);
	(
		id,
		rental.service_id.expect("running"),
		price,
		rental.starts_at.expect("started"),
	)
}

/// Runs to `to`, Dave beating for `service_id` four times per heartbeat interval since `start`.
fn run_beating(service_id: ServiceId, start: BlockNumber, to: BlockNumber) {
	while now() < to {
		next_block();
		if (now() - start) % (HEARTBEAT / 4) == 0
			&& pallet_services::Services::<Runtime>::contains_key(service_id)
		{
			assert_ok!(Services::heartbeat(signed(Dave), service_id));
		}
	}
	check_invariants();
}

/// What the platform keeps of a payment of `amount` released from escrow.
fn after_fee(amount: Balance) -> Balance {
	let fee = pallet_escrow::PlatformFee::<Runtime>::get() * amount;
	amount - fee
}

fn period_job(id: RentalId, period: u32) -> JobId {
	pallet_services::OpenRentalPeriods::<Runtime>::get(id, period).expect("open period")
}

fn good() -> RentalMetrics {
	RentalMetrics {
		availability_ppm: 1_000_000,
		response_ms: 100,
		accuracy_ppm: 1_000_000,
		delivered_units: CAPACITY * u64::from(period()),
	}
}

#[test]
fn a_rental_pays_each_period_takes_supply_mints_nothing_and_completes() {
	new_chain().execute_with(|| {
		let (id, service_id, price, start) = ferdie_rents_from_dave(3);
		// Dave's registration offers its capacity; the rental took `CAPACITY` of it.
		let supply_before = pallet_pricing::Supply::<Runtime>::get(CLASS) + CAPACITY;
		let units = CAPACITY * u64::from(period());
		assert_eq!(
			Some(price),
			<Pricing as PriceOracle<_, _>>::quote(CLASS, units)
		);
		// The rented capacity left the supply pricing sees.
		assert_eq!(
			pallet_pricing::Supply::<Runtime>::get(CLASS),
			supply_before - CAPACITY
		);
		let dave = free(&account(Dave));
		let ferdie = owned(&account(Ferdie));
		let issuance = Balances::total_issuance();
		run_beating(service_id, start, start + period() + window());
		assert_eq!(free(&account(Dave)), dave + after_fee(price));
		run_beating(service_id, start, start + 3 * period() + window());
		assert_eq!(free(&account(Dave)), dave + 3 * after_fee(price));
		assert_eq!(rental(id).status, RentalStatus::Completed);
		assert_eq!(owned(&account(Ferdie)), ferdie - 3 * price);
		// Rentals mint nothing: issuance fell by exactly the fees burned.
		assert_eq!(
			Balances::total_issuance(),
			issuance - 3 * (price - after_fee(price))
		);
		assert_eq!(pallet_pricing::Supply::<Runtime>::get(CLASS), supply_before);
		assert!(!pallet_services::Services::<Runtime>::contains_key(
			service_id
		));
	});
}

#[test]
fn a_disputed_period_is_ruled_through_the_ordinary_dispute_flow() {
	new_chain().execute_with(|| {
		let (id, service_id, price, start) = ferdie_rents_from_dave(2);
		run_beating(service_id, start, start + period());
		let job_id = period_job(id, 0);
		let ferdie = free(&account(Ferdie));
		assert_ok!(Disputes::file_dispute(
			signed(Ferdie),
			job_id,
			account(Dave)
		));
		assert_eq!(rental(id).status, RentalStatus::Disputed);
		// Only that period's payment is frozen: the rental's own escrow still pays period 1.
		let dave = free(&account(Dave));
		run_beating(service_id, start, start + 2 * period() + window());
		assert_eq!(free(&account(Dave)), dave + after_fee(price));
		// Dave never answers: default judgment for Ferdie, the period's payment comes back.
		let evidence_end = Disputes::dispute(0).expect("filed").evidence_end;
		run_to(evidence_end.max(now()) + 1);
		assert_eq!(
			pallet_services::Jobs::<Runtime>::get(job_id).map(|job| job.status),
			Some(JobStatus::Resolved)
		);
		// The period's price back, and the filing bond.
		assert_eq!(free(&account(Ferdie)), ferdie + price);
		run_to(now() + 2);
		assert_eq!(rental(id).status, RentalStatus::Completed);
	});
}

#[test]
fn cancelling_early_pays_the_notice_and_refunds_the_rest() {
	new_chain().execute_with(|| {
		let (id, service_id, price, start) = ferdie_rents_from_dave(4);
		let ferdie = owned(&account(Ferdie));
		run_beating(service_id, start, start + period() / 2);
		assert_ok!(Services::cancel_rental(signed(Ferdie), id));
		let ends_at = rental(id).ends_at.expect("running");
		assert_eq!(ends_at, now() + period() / 2);
		run_beating(service_id, start, ends_at + window() + 1);
		assert_eq!(rental(id).status, RentalStatus::Cancelled);
		// The notice ran to the end of the first period: Ferdie paid one period, no more.
		assert_eq!(owned(&account(Ferdie)), ferdie - price);
	});
}

/// Attack: an operator bills for a period it was down. It sends no heartbeat in the period and
/// reports perfect metrics anyway.
#[test]
fn attack_an_operator_billing_for_a_period_it_was_down() {
	new_chain().execute_with(|| {
		let (id, service_id, price, start) = ferdie_rents_from_dave(2);
		let before = free(&account(Dave));
		// Down for the first period.
		run_to(start + period());
		assert_ok!(Services::report_rental_metrics(signed(Dave), id, 0, good()));
		run_beating(service_id, start, start + period() + window());
		let gain = report_gain(
			"operator bills a period it was down",
			before,
			free(&account(Dave)),
		);
		assert_eq!(gain, 0, "a period without heartbeats pays nothing");
		// Serving the second period, it is paid for that one.
		run_beating(service_id, start, start + 2 * period() + window());
		assert_eq!(free(&account(Dave)), before + after_fee(price));
	});
}

/// Attack: a consumer withholds its reports (and never disputes) to avoid paying.
#[test]
fn attack_a_consumer_withholding_reports_to_avoid_paying() {
	new_chain().execute_with(|| {
		let (id, service_id, price, start) = ferdie_rents_from_dave(2);
		let before = owned(&account(Ferdie));
		run_beating(service_id, start, start + 2 * period() + window());
		let gain = report_gain(
			"consumer withholds reports",
			before,
			owned(&account(Ferdie)),
		);
		assert_eq!(
			gain,
			-(2 * price as i128),
			"the consumer paid for both periods"
		);
		assert_eq!(rental(id).status, RentalStatus::Completed);
	});
}

/// Attack: a consumer blocks an operator's capacity without paying: offers that are never
/// meant to run, and a rental cancelled as soon as it starts.
#[test]
fn attack_a_rental_created_to_block_capacity_without_paying() {
	new_chain().execute_with(|| {
		let blueprint_id = operator_with_blueprint(Dave);
		let supply = pallet_pricing::Supply::<Runtime>::get(CLASS);
		let before = owned(&account(Ferdie));
		// Offers for all of Dave's capacity: they take none of it.
		let mut all = terms(blueprint_id, 1);
		all.capacity = pallet_services::Operators::<Runtime>::get(blueprint_id, account(Dave))
			.expect("registered")
			.preferences
			.capacity;
		for _ in 0..3 {
			assert_ok!(Services::create_rental(
				signed(Ferdie),
				account(Dave),
				all.clone(),
				Balance::MAX,
				period()
			));
		}
		assert_eq!(pallet_pricing::Supply::<Runtime>::get(CLASS), supply);
		// An honest client still gets Dave's capacity.
		let (honest, _) = offer(Eve, Dave, blueprint_id, 1);
		assert_ok!(Services::accept_rental(signed(Dave), honest));
		// Accepted and cancelled at once: the consumer pays the notice.
		let (blocker, price) = offer(Ferdie, Dave, blueprint_id, 4);
		assert_ok!(Services::accept_rental(signed(Dave), blocker));
		assert_ok!(Services::cancel_rental(signed(Ferdie), blocker));
		// Dave serves the notice honestly.
		let blocked = rental(blocker);
		let service_id = blocked.service_id.expect("running");
		let start = blocked.starts_at.expect("started");
		run_beating(service_id, start, now() + period() + window() + 1);
		let gain = report_gain(
			"offers and an instant cancellation to block capacity",
			before,
			owned(&account(Ferdie)),
		);
		let notice_share = price * Balance::from(period() / 2) / Balance::from(period());
		assert_eq!(
			gain,
			-(notice_share as i128),
			"the blocker paid for the notice"
		);
		// Nothing of Dave's capacity stays blocked.
		assert_eq!(
			pallet_services::RentedCapacity::<Runtime>::get(blueprint_id, account(Dave)),
			0
		);
		assert_eq!(pallet_pricing::Supply::<Runtime>::get(CLASS), supply);
	});
}

/// Attack: the operator claims a rental period's job with a compute receipt, to be paid twice
/// and have AIT minted for "work" that was only rented time.
#[test]
fn attack_an_operator_claiming_a_rental_period_with_a_receipt() {
	new_chain().execute_with(|| {
		let (id, service_id, price, start) = ferdie_rents_from_dave(1);
		run_beating(service_id, start, start + period());
		let job_id = period_job(id, 0);
		let job = pallet_services::Jobs::<Runtime>::get(job_id).expect("job");
		let issuance = Balances::total_issuance();
		let body = ReceiptBody {
			receipt_id: [9; 32],
			job_id,
			client: account(Ferdie),
			operator: account(Dave),
			compute_units: job.max_units,
			price,
			output_hash: job.result.expect("delivered").output_hash,
			nonce: 0,
		};
		let signature = Dave
			.pair()
			.sign(&body.signing_payload(&Receipts::genesis_hash()));
		let receipt = pallet_receipts::ComputeReceipt {
			body,
			signature: Signature::from(signature),
		};
		let refused = Receipts::submit_receipt(
			signed(Dave),
			Box::new(receipt),
			pallet_receipts::PrivacyLevel::Public,
			None,
		);
		println!("[attack] receipt on a rental period: {refused:?}");
		assert!(
			refused.is_err(),
			"a period job is never claimed by a receipt"
		);
		assert_eq!(
			pallet_services::Jobs::<Runtime>::get(job_id).map(|job| job.status),
			Some(JobStatus::ResultSubmitted)
		);
		run_beating(service_id, start, start + period() + window());
		assert!(Balances::total_issuance() <= issuance, "nothing minted");
	});
}
