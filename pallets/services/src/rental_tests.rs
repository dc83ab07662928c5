//! Tests of rentals: every state change, the payment schedule, judgement and penalties,
//! cancellation, disputed periods, and every error of the rental calls.

use crate::mock::Services;
use crate::{mock::*, *};
use aitbc_primitives::{
	traits::{EscrowLedger, JobEnd, JobRegistry, JobStatus, OffenceKind},
	PaymentAsset,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, BoundedVec};
use sp_core::H256;
use sp_runtime::Perbill;

type ServicesError = crate::Error<Test>;

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Blocks in a period of these tests.
const PERIOD: u64 = 20;
/// Compute units per block rented.
const CAPACITY: u64 = 10;
/// `CAPACITY * PERIOD` units at `PRICE_PER_UNIT`.
const PRICE: Balance = 1_000;
const NOTICE: u64 = 10;
const ACCEPT_TTL: u64 = 10;

fn blueprint() -> BlueprintId {
	let id = NextBlueprintId::<Test>::get();
	assert_ok!(Services::create_blueprint(
		origin(ALICE),
		BoundedVec::truncate_from(b"gpu".to_vec()),
		H256::repeat_byte(1),
		BoundedVec::truncate_from(vec![JobDefinition {
			name: BoundedVec::truncate_from(b"rent".to_vec()),
		}]),
		GPU,
		1,
		HEARTBEAT_INTERVAL,
	));
	assert_ok!(Services::register_operator(
		origin(OP1),
		id,
		OperatorPreferences {
			session_key: [1; 32],
			rpc_endpoint: BoundedVec::truncate_from(b"https://op".to_vec()),
			capacity: 100,
		},
		2,
	));
	id
}

fn sla() -> RentalSla {
	RentalSla {
		min_availability_ppm: 900_000,
		max_response_ms: Some(500),
		min_accuracy_ppm: Some(950_000),
		min_delivered_units: Some(100),
		breach_penalty: Perbill::from_percent(10),
	}
}

fn rental_terms(blueprint_id: BlueprintId, periods: u32) -> RentalTermsOf<Test> {
	RentalTerms {
		blueprint_id,
		capacity: CAPACITY,
		period_length: PERIOD,
		periods,
		payment_asset: PaymentAsset::Native,
		sla: sla(),
		notice: NOTICE,
	}
}

fn offer(blueprint_id: BlueprintId, periods: u32) -> RentalId {
	let id = NextRentalId::<Test>::get();
	assert_ok!(Services::create_rental(
		origin(BOB),
		OP1,
		rental_terms(blueprint_id, periods),
		PRICE,
		ACCEPT_TTL
	));
	id
}

/// A rental of BOB's from OP1 for `periods` periods, accepted at the current block.
fn running(periods: u32) -> (RentalId, ServiceId) {
	let blueprint_id = blueprint();
	let id = offer(blueprint_id, periods);
	assert_ok!(Services::accept_rental(origin(OP1), id));
	let rental = Rentals::<Test>::get(id).unwrap();
	(id, rental.service_id.unwrap())
}

fn rental(id: RentalId) -> RentalOf<Test> {
	Rentals::<Test>::get(id).expect("rental exists")
}

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

fn good() -> RentalMetrics {
	RentalMetrics {
		availability_ppm: 1_000_000,
		response_ms: 100,
		accuracy_ppm: 990_000,
		delivered_units: 150,
	}
}

/// Runs to `to`, with OP1 beating for `service_id` twice per heartbeat interval since `start`,
/// and checks the invariants after every block.
fn run_beating(service_id: ServiceId, start: u64, to: u64) {
	while System::block_number() < to {
		run_to_block(System::block_number() + 1);
		let now = System::block_number();
		if (now - start) % (HEARTBEAT_INTERVAL / 2) == 0
			&& crate::Services::<Test>::contains_key(service_id)
		{
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
		}
		Services::do_try_state().unwrap();
	}
}

fn run_checked(to: u64) {
	while System::block_number() < to {
		run_to_block(System::block_number() + 1);
		Services::do_try_state().unwrap();
	}
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Services(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn settled_periods() -> Vec<(u32, Balance, Balance)> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			Event::RentalPeriodSettled {
				period,
				paid,
				penalty,
				..
			} => Some((period, paid, penalty)),
			_ => None,
		})
		.collect()
}

#[test]
fn an_offer_holds_the_whole_price_quoted_once() {
	build_and_execute(|| {
		let blueprint_id = blueprint();
		let before = free(BOB);
		let id = offer(blueprint_id, 3);
		let rental = rental(id);
		assert_eq!(rental.status, RentalStatus::Created);
		assert_eq!(rental.price_per_period, PRICE);
		assert_eq!(escrow_held(rental.escrow_key), Some(3 * PRICE));
		assert_eq!(free(BOB), before - 3 * PRICE);
		// An offer takes no capacity and no instance.
		assert_eq!(RentedCapacity::<Test>::get(blueprint_id, OP1), 0);
		assert_eq!(supply(GPU), 100);
		// A later price change does not touch the agreement.
		PRICES.with(|p| p.borrow_mut().insert(GPU, 50));
		assert_ok!(Services::accept_rental(origin(OP1), id));
		assert_eq!(self::rental(id).price_per_period, PRICE);
	});
}

#[test]
fn offers_refuse_terms_out_of_bounds() {
	build_and_execute(|| {
		let blueprint_id = blueprint();
		let create = |terms: RentalTermsOf<Test>, cap: Balance, ttl: u64| {
			Services::create_rental(origin(BOB), OP1, terms, cap, ttl)
		};
		let base = rental_terms(blueprint_id, 3);
		assert_noop!(
			create(
				RentalTerms {
					blueprint_id: 99,
					..base.clone()
				},
				PRICE,
				5
			),
			ServicesError::BlueprintNotFound
		);
		assert_noop!(create(base.clone(), PRICE, 0), ServicesError::InvalidTtl);
		assert_noop!(create(base.clone(), PRICE, 1001), ServicesError::InvalidTtl);
		assert_noop!(
			create(
				RentalTerms {
					periods: 0,
					..base.clone()
				},
				PRICE,
				5
			),
			ServicesError::InvalidRentalPeriods
		);
		assert_noop!(
			create(
				RentalTerms {
					periods: MAX_RENTAL_PERIODS + 1,
					..base.clone()
				},
				PRICE,
				5
			),
			ServicesError::InvalidRentalPeriods
		);
		assert_noop!(
			create(
				RentalTerms {
					period_length: MIN_RENTAL_PERIOD - 1,
					..base.clone()
				},
				PRICE,
				5
			),
			ServicesError::RentalPeriodTooShort
		);
		assert_noop!(
			create(
				RentalTerms {
					period_length: 1_000,
					periods: 11,
					..base.clone()
				},
				u128::MAX,
				5
			),
			ServicesError::RentalTooLong
		);
		assert_noop!(
			create(
				RentalTerms {
					notice: MAX_RENTAL_NOTICE + 1,
					..base.clone()
				},
				PRICE,
				5
			),
			ServicesError::NoticeTooLong
		);
		let mut bad_sla = sla();
		bad_sla.min_availability_ppm = 1_000_001;
		assert_noop!(
			create(
				RentalTerms {
					sla: bad_sla,
					..base.clone()
				},
				PRICE,
				5
			),
			ServicesError::InvalidPartsPerMillion
		);
		assert_noop!(
			create(
				RentalTerms {
					capacity: 0,
					..base.clone()
				},
				PRICE,
				5
			),
			ServicesError::ZeroCapacity
		);
		assert_noop!(
			create(
				RentalTerms {
					capacity: 101,
					..base.clone()
				},
				u128::MAX,
				5
			),
			ServicesError::CapacityUnavailable
		);
		assert_noop!(
			Services::create_rental(origin(BOB), OP2, base.clone(), PRICE, 5),
			ServicesError::NotRegistered
		);
		assert_noop!(
			create(base.clone(), PRICE - 1, 5),
			ServicesError::PriceAboveCap
		);
		PRICES.with(|p| p.borrow_mut().remove(&GPU));
		assert_noop!(create(base.clone(), PRICE, 5), ServicesError::NoPriceQuote);
		PRICES.with(|p| p.borrow_mut().insert(GPU, PRICE_PER_UNIT));
		// A consumer who cannot pay the whole price makes no offer.
		assert!(Services::create_rental(origin(POOR), OP1, base, PRICE, 5).is_err());
		assert_eq!(Rentals::<Test>::iter().count(), 0);
	});
}

#[test]
fn acceptance_reserves_capacity_and_an_instance() {
	build_and_execute(|| {
		let blueprint_id = blueprint();
		let id = offer(blueprint_id, 3);
		assert_noop!(
			Services::accept_rental(origin(OP2), id),
			ServicesError::NotRentalProvider
		);
		assert_noop!(
			Services::accept_rental(origin(OP1), 77),
			ServicesError::RentalNotFound
		);
		assert_ok!(Services::accept_rental(origin(OP1), id));
		assert_noop!(
			Services::accept_rental(origin(OP1), id),
			ServicesError::RentalNotOffered
		);
		let rental = rental(id);
		assert_eq!(rental.status, RentalStatus::Active);
		assert_eq!(rental.ends_at, Some(1 + 3 * PERIOD));
		let service_id = rental.service_id.unwrap();
		let service = crate::Services::<Test>::get(service_id).unwrap();
		assert_eq!(service.owner, BOB);
		assert_eq!(service.terms.operators.to_vec(), vec![OP1]);
		let registration = Operators::<Test>::get(blueprint_id, OP1).unwrap();
		assert_eq!(registration.active_instances, 1);
		assert_eq!(RentedCapacity::<Test>::get(blueprint_id, OP1), CAPACITY);
		// Rented capacity is supply taken.
		assert_eq!(supply(GPU), 100 - CAPACITY);
		// The rental's service ends only with the rental.
		assert_noop!(
			Services::terminate_service(origin(BOB), service_id),
			ServicesError::RentalService
		);
		assert_noop!(
			Services::leave_service(origin(OP1), service_id),
			ServicesError::RentalService
		);
		// Capacity may not fall below what is rented.
		let mut prefs = Operators::<Test>::get(blueprint_id, OP1)
			.unwrap()
			.preferences;
		prefs.capacity = CAPACITY - 1;
		assert_noop!(
			Services::update_registration(origin(OP1), blueprint_id, prefs.clone(), 2),
			ServicesError::CapacityBelowRented
		);
		prefs.capacity = 50;
		assert_ok!(Services::update_registration(
			origin(OP1),
			blueprint_id,
			prefs,
			2
		));
		assert_eq!(supply(GPU), 50 - CAPACITY);
		assert_ok!(Services::go_inactive(origin(OP1), blueprint_id));
		assert_eq!(supply(GPU), 0);
		assert_ok!(Services::go_active(origin(OP1), blueprint_id));
		assert_eq!(supply(GPU), 50 - CAPACITY);
	});
}

#[test]
fn acceptance_respects_the_instance_limit_and_free_capacity() {
	build_and_execute(|| {
		let blueprint_id = blueprint();
		let big = |capacity| RentalTerms {
			capacity,
			..rental_terms(blueprint_id, 1)
		};
		let first = NextRentalId::<Test>::get();
		assert_ok!(Services::create_rental(
			origin(BOB),
			OP1,
			big(60),
			u128::MAX,
			5
		));
		assert_ok!(Services::create_rental(
			origin(ALICE),
			OP1,
			big(60),
			u128::MAX,
			5
		));
		assert_ok!(Services::accept_rental(origin(OP1), first));
		// 60 of 100 rented: the second 60 does not fit.
		assert_noop!(
			Services::accept_rental(origin(OP1), first + 1),
			ServicesError::CapacityUnavailable
		);
		// Its instance limit (2) counts rentals too.
		let third = NextRentalId::<Test>::get();
		assert_ok!(Services::create_rental(
			origin(ALICE),
			OP1,
			big(10),
			u128::MAX,
			5
		));
		assert_ok!(Services::create_rental(
			origin(ALICE),
			OP1,
			big(10),
			u128::MAX,
			5
		));
		assert_ok!(Services::accept_rental(origin(OP1), third));
		assert_noop!(
			Services::accept_rental(origin(OP1), third + 1),
			ServicesError::InstanceLimitReached
		);
		// An inactive provider takes nothing new.
		assert_ok!(Services::decline_rental(origin(OP1), third + 1));
		assert_ok!(Services::go_inactive(origin(OP1), blueprint_id));
		let fourth = NextRentalId::<Test>::get();
		assert_ok!(Services::create_rental(
			origin(ALICE),
			OP1,
			big(1),
			u128::MAX,
			5
		));
		assert_ok!(Services::cancel_rental(origin(ALICE), first + 1));
		assert_noop!(
			Services::accept_rental(origin(OP1), fourth),
			ServicesError::OperatorNotActive
		);
	});
}

#[test]
fn offers_end_declined_withdrawn_or_expired_with_everything_back() {
	build_and_execute(|| {
		let blueprint_id = blueprint();
		let before = free(BOB);
		let declined = offer(blueprint_id, 2);
		assert_noop!(
			Services::decline_rental(origin(BOB), declined),
			ServicesError::NotRentalProvider
		);
		assert_ok!(Services::decline_rental(origin(OP1), declined));
		assert_eq!(rental(declined).status, RentalStatus::Cancelled);
		assert_noop!(
			Services::decline_rental(origin(OP1), declined),
			ServicesError::RentalNotOffered
		);

		let withdrawn = offer(blueprint_id, 2);
		assert_noop!(
			Services::cancel_rental(origin(OP1), withdrawn),
			ServicesError::NotRentalConsumer
		);
		assert_noop!(
			Services::cancel_rental(origin(STRANGER), withdrawn),
			ServicesError::NotRentalParty
		);
		assert_ok!(Services::cancel_rental(origin(BOB), withdrawn));
		assert_eq!(rental(withdrawn).status, RentalStatus::Cancelled);

		let expiring = offer(blueprint_id, 2);
		run_checked(1 + ACCEPT_TTL);
		assert_eq!(rental(expiring).status, RentalStatus::Cancelled);
		assert_noop!(
			Services::accept_rental(origin(OP1), expiring),
			ServicesError::RentalNotOffered
		);
		assert!(events().contains(&Event::RentalOfferClosed {
			rental_id: expiring,
			reason: RentalOfferEnd::Expired,
			refunded: 2 * PRICE,
		}));
		assert_eq!(free(BOB), before);
		// Finished offers are removed after the retention.
		run_checked(1 + ACCEPT_TTL + JOB_RETENTION);
		assert!(Rentals::<Test>::get(expiring).is_none());
		assert!(Rentals::<Test>::get(declined).is_none());
		assert!(Services::rentals_of(&BOB).is_empty());
	});
}

#[test]
fn an_accepted_offer_cannot_expire_and_an_expired_one_cannot_be_accepted() {
	build_and_execute(|| {
		let blueprint_id = blueprint();
		let id = offer(blueprint_id, 1);
		run_to_block(1 + ACCEPT_TTL);
		// The hook expired it at its block already.
		assert_noop!(
			Services::accept_rental(origin(OP1), id),
			ServicesError::RentalNotOffered
		);
	});
}

#[test]
fn each_period_pays_the_provider_after_its_report_window() {
	build_and_execute(|| {
		let (id, service_id) = running(3);
		let start = 1;
		let op_before = free(OP1);
		let bob_before = free(BOB);
		// Nothing is paid while the first period runs.
		run_beating(service_id, start, start + PERIOD - 1);
		assert_eq!(free(OP1), op_before);
		run_beating(service_id, start, start + PERIOD);
		let rental_now = rental(id);
		assert_eq!(rental_now.carved, 1);
		assert_eq!(escrow_held(rental_now.escrow_key), Some(2 * PRICE));
		// The period's payment is now a job of its own, delivered by the provider.
		let (period, job_id) = Services::open_rental_periods(id)[0];
		assert_eq!(period, 0);
		let job = Jobs::<Test>::get(job_id).unwrap();
		assert_eq!(job.status, JobStatus::ResultSubmitted);
		assert_eq!(job.client, BOB);
		assert_eq!(job.result.unwrap().operator, OP1);
		assert_eq!(escrow_held(job_id), Some(PRICE));
		// Receipts cannot claim it, nor the consumer time it out.
		assert_noop!(
			<Services as JobRegistry<_, _, _>>::claim(job_id, &OP1, job.input_hash),
			ServicesError::RentalPeriodJob
		);
		assert_noop!(
			Services::cancel_job(origin(BOB), job_id),
			ServicesError::RentalPeriodJob
		);
		run_beating(service_id, start, start + PERIOD + RENTAL_REPORT_WINDOW);
		assert_eq!(free(OP1), op_before + PRICE);
		assert_eq!(
			Jobs::<Test>::get(job_id).unwrap().status,
			JobStatus::Settled
		);
		assert_eq!(settled_periods(), vec![(0, PRICE, 0)]);
		run_beating(service_id, start, start + 3 * PERIOD + RENTAL_REPORT_WINDOW);
		assert_eq!(free(OP1), op_before + 3 * PRICE);
		assert_eq!(free(BOB), bob_before);
		let rental_end = rental(id);
		assert_eq!(rental_end.status, RentalStatus::Completed);
		assert!(crate::Services::<Test>::get(service_id).is_none());
		assert_eq!(RentedCapacity::<Test>::iter().count(), 0);
		assert_eq!(supply(GPU), 100);
		assert_eq!(escrow_held(rental_end.escrow_key).unwrap_or(0), 0);
		assert!(events().contains(&Event::RentalEnded {
			rental_id: id,
			status: RentalStatus::Completed
		}));
		assert!(offences().is_empty());
	});
}

#[test]
fn the_amount_released_is_the_elapsed_share_and_never_more_than_was_held() {
	for (period_length, periods, capacity) in
		[(10u64, 7u32, 3u64), (13, 5, 7), (37, 3, 1), (10, 1, 100)]
	{
		new_test_ext().execute_with(|| {
			let blueprint_id = blueprint();
			let id = NextRentalId::<Test>::get();
			let mut terms = rental_terms(blueprint_id, periods);
			terms.period_length = period_length;
			terms.capacity = capacity;
			terms.sla = RentalSla::default();
			assert_ok!(Services::create_rental(
				origin(BOB),
				OP1,
				terms,
				u128::MAX,
				5
			));
			assert_ok!(Services::accept_rental(origin(OP1), id));
			let price = rental(id).price_per_period;
			let held = price * Balance::from(periods);
			let op_before = free(OP1);
			let start = 1u64;
			let end = start + period_length * u64::from(periods) + RENTAL_REPORT_WINDOW + 2;
			let service_id = rental(id).service_id.unwrap();
			while System::block_number() < end {
				run_beating(service_id, start, System::block_number() + 1);
				let now = System::block_number();
				// Periods whose window closed by now, each paid in full.
				let settled = (0..u64::from(periods))
					.filter(|k| start + (k + 1) * period_length + RENTAL_REPORT_WINDOW <= now)
					.count() as Balance;
				assert_eq!(free(OP1) - op_before, settled * price, "at block {now}");
				assert!(free(OP1) - op_before <= held);
			}
			assert_eq!(free(OP1) - op_before, held);
		});
	}
}

#[test]
fn a_provider_down_for_a_period_is_not_paid_for_it() {
	build_and_execute(|| {
		let (id, service_id) = running(2);
		let op_before = free(OP1);
		let bob_before = free(BOB);
		// No heartbeat in the first period, and the provider even reports full service.
		run_checked(1 + PERIOD);
		assert_ok!(Services::report_rental_metrics(origin(OP1), id, 0, good()));
		// Beating again from here on.
		run_beating(service_id, 1, 1 + PERIOD + RENTAL_REPORT_WINDOW);
		// Availability is what heartbeats show: none. One term broken (10%) plus the whole
		// unavailable share: the period pays nothing.
		assert_eq!(settled_periods(), vec![(0, 0, PRICE)]);
		assert_eq!(free(OP1), op_before);
		assert_eq!(free(BOB), bob_before + PRICE);
		// The second period, fully served, pays in full.
		run_beating(service_id, 1, 1 + 2 * PERIOD + RENTAL_REPORT_WINDOW);
		assert_eq!(free(OP1), op_before + PRICE);
	});
}

#[test]
fn half_the_heartbeats_cost_the_unavailable_half_and_the_breach_penalty() {
	build_and_execute(|| {
		let (_, service_id) = running(1);
		// One beat in the period's two intervals.
		assert_ok!(Services::heartbeat(origin(OP1), service_id));
		run_checked(1 + PERIOD + RENTAL_REPORT_WINDOW);
		// 50% unavailable + 10% for the broken availability term; no report, so no other term.
		assert_eq!(settled_periods(), vec![(0, 400, 600)]);
	});
}

#[test]
fn a_consumer_withholding_reports_delays_nothing() {
	build_and_execute(|| {
		let (id, service_id) = running(1);
		let op_before = free(OP1);
		run_beating(service_id, 1, 1 + PERIOD);
		assert_ok!(Services::report_rental_metrics(origin(OP1), id, 0, good()));
		// The consumer stays silent: the period settles when the window closes.
		run_beating(service_id, 1, 1 + PERIOD + RENTAL_REPORT_WINDOW - 1);
		assert_eq!(free(OP1), op_before);
		run_beating(service_id, 1, 1 + PERIOD + RENTAL_REPORT_WINDOW);
		assert_eq!(free(OP1), op_before + PRICE);
	});
}

#[test]
fn agreeing_reports_settle_at_once_and_conflicting_ones_wait_for_the_window() {
	build_and_execute(|| {
		let (id, service_id) = running(2);
		run_beating(service_id, 1, 1 + PERIOD);
		assert_ok!(Services::report_rental_metrics(origin(OP1), id, 0, good()));
		assert_ok!(Services::report_rental_metrics(origin(BOB), id, 0, good()));
		assert_eq!(settled_periods(), vec![(0, PRICE, 0)]);

		run_beating(service_id, 1, 1 + 2 * PERIOD);
		assert_ok!(Services::report_rental_metrics(origin(OP1), id, 1, good()));
		let slow = RentalMetrics {
			response_ms: 900,
			..good()
		};
		assert_ok!(Services::report_rental_metrics(origin(BOB), id, 1, slow));
		// The consumer's figures cost more: the period stays open so it can dispute.
		assert_eq!(settled_periods().len(), 1);
		// Undisputed, the provider's account stands.
		run_beating(service_id, 1, 1 + 2 * PERIOD + RENTAL_REPORT_WINDOW);
		assert_eq!(settled_periods(), vec![(0, PRICE, 0), (1, PRICE, 0)]);
	});
}

#[test]
fn without_the_providers_report_the_consumers_counts() {
	build_and_execute(|| {
		let (id, service_id) = running(1);
		run_beating(service_id, 1, 1 + PERIOD);
		let bad = RentalMetrics {
			response_ms: 900,
			accuracy_ppm: 500_000,
			..good()
		};
		assert_ok!(Services::report_rental_metrics(origin(BOB), id, 0, bad));
		run_beating(service_id, 1, 1 + PERIOD + RENTAL_REPORT_WINDOW);
		// Two terms broken: 20% back.
		assert_eq!(settled_periods(), vec![(0, 800, 200)]);
		// A finished rental is kept (until its retention ends) and still prices metrics.
		assert_eq!(rental(id).status, RentalStatus::Completed);
		assert_eq!(Services::calculate_penalty(id, bad), Some(200));
	});
}

#[test]
fn calculate_penalty_prices_metrics_on_a_full_period() {
	build_and_execute(|| {
		let (id, _) = running(2);
		assert_eq!(Services::calculate_penalty(id, good()), Some(0));
		let slow = RentalMetrics {
			response_ms: 501,
			..good()
		};
		assert_eq!(Services::calculate_penalty(id, slow), Some(100));
		let all_bad = RentalMetrics {
			availability_ppm: 800_000,
			response_ms: 501,
			accuracy_ppm: 0,
			delivered_units: 0,
		};
		// Four terms (40%) and 20% unavailable.
		assert_eq!(Services::calculate_penalty(id, all_bad), Some(600));
		let down = RentalMetrics {
			availability_ppm: 0,
			..all_bad
		};
		assert_eq!(Services::calculate_penalty(id, down), Some(PRICE));
		assert_eq!(Services::calculate_penalty(77, good()), None);
	});
}

#[test]
fn repeated_breaches_report_an_offence() {
	build_and_execute(|| {
		let (id, _) = running(3);
		run_checked(1 + 3 * PERIOD + RENTAL_REPORT_WINDOW);
		// Three periods down; the offence comes at the second in a row, the count restarts.
		let reported = offences();
		assert_eq!(reported.len(), 1);
		assert_eq!(reported[0].offender, OP1);
		assert_eq!(reported[0].kind, OffenceKind::SlaBreach);
		assert_eq!(reported[0].fraction, Perbill::from_percent(2));
		assert_eq!(rental(id).consecutive_breaches, 1);
	});
}

#[test]
fn reports_are_refused_outside_their_period_and_window() {
	build_and_execute(|| {
		let (id, service_id) = running(2);
		assert_noop!(
			Services::report_rental_metrics(origin(OP1), id, 0, good()),
			ServicesError::PeriodNotOpen
		);
		run_beating(service_id, 1, 1 + PERIOD);
		assert_noop!(
			Services::report_rental_metrics(origin(STRANGER), id, 0, good()),
			ServicesError::NotRentalParty
		);
		assert_noop!(
			Services::report_rental_metrics(
				origin(OP1),
				id,
				0,
				RentalMetrics {
					availability_ppm: 1_000_001,
					..good()
				}
			),
			ServicesError::InvalidPartsPerMillion
		);
		assert_noop!(
			Services::report_rental_metrics(origin(OP1), 77, 0, good()),
			ServicesError::RentalNotFound
		);
		assert_ok!(Services::report_rental_metrics(origin(OP1), id, 0, good()));
		assert_noop!(
			Services::report_rental_metrics(origin(OP1), id, 0, good()),
			ServicesError::AlreadyReported
		);
		run_beating(service_id, 1, 1 + PERIOD + RENTAL_REPORT_WINDOW);
		assert_noop!(
			Services::report_rental_metrics(origin(BOB), id, 0, good()),
			ServicesError::PeriodNotOpen
		);
	});
}

#[test]
fn cancelling_pays_the_time_used_and_refunds_the_rest() {
	build_and_execute(|| {
		let (id, service_id) = running(3);
		let op_before = free(OP1);
		let bob_before = free(BOB);
		run_beating(service_id, 1, 26);
		assert_noop!(
			Services::cancel_rental(origin(STRANGER), id),
			ServicesError::NotRentalParty
		);
		assert_ok!(Services::cancel_rental(origin(BOB), id));
		// Ends at 36: period 0 full, period 1 runs 15 of 20 blocks (750), period 2 never.
		let rental_now = rental(id);
		assert_eq!(rental_now.ends_at, Some(36));
		assert_eq!(rental_now.billable, 2);
		assert!(events().contains(&Event::RentalCancelled {
			rental_id: id,
			by: BOB,
			ends_at: 36,
			refunded: PRICE + 250,
		}));
		assert_eq!(free(BOB), bob_before + PRICE + 250);
		assert_noop!(
			Services::cancel_rental(origin(OP1), id),
			ServicesError::RentalEnding
		);
		// The service now ends with the notice.
		assert_eq!(
			crate::Services::<Test>::get(service_id)
				.unwrap()
				.terms
				.ends_at,
			Some(36)
		);
		run_beating(service_id, 1, 36 + RENTAL_REPORT_WINDOW);
		assert_eq!(free(OP1), op_before + PRICE + 750);
		assert_eq!(rental(id).status, RentalStatus::Cancelled);
		assert!(crate::Services::<Test>::get(service_id).is_none());
		assert_eq!(free(BOB), bob_before + PRICE + 250);
		assert_noop!(
			Services::cancel_rental(origin(BOB), id),
			ServicesError::RentalNotRunning
		);
	});
}

#[test]
fn a_notice_past_the_end_is_refused_and_the_provider_may_cancel() {
	build_and_execute(|| {
		let (id, _) = running(1);
		run_checked(1 + PERIOD - NOTICE);
		assert_noop!(
			Services::cancel_rental(origin(BOB), id),
			ServicesError::NoticeBeyondEnd
		);
		let (other, _) = {
			let blueprint_id = NextBlueprintId::<Test>::get() - 1;
			let other = offer(blueprint_id, 2);
			assert_ok!(Services::accept_rental(origin(OP1), other));
			(other, ())
		};
		assert_ok!(Services::cancel_rental(origin(OP1), other));
		assert!(rental(other).cancelled);
	});
}

#[test]
fn a_disputed_period_freezes_only_its_own_payment() {
	build_and_execute(|| {
		let (id, service_id) = running(2);
		let op_before = free(OP1);
		let bob_before = free(BOB);
		run_beating(service_id, 1, 1 + PERIOD);
		let (_, job_id) = Services::open_rental_periods(id)[0];
		// What the disputes pallet does when the consumer files.
		assert_ok!(<Services as JobRegistry<_, _, _>>::open_dispute(job_id));
		freeze_escrow(job_id);
		assert_eq!(rental(id).status, RentalStatus::Disputed);
		assert_noop!(
			Services::report_rental_metrics(origin(OP1), id, 0, good()),
			ServicesError::JobDisputed
		);
		// The rest of the rental runs on: the second period settles, the first waits.
		run_beating(service_id, 1, 1 + 2 * PERIOD + RENTAL_REPORT_WINDOW);
		assert_eq!(settled_periods(), vec![(1, PRICE, 0)]);
		assert_eq!(free(OP1), op_before + PRICE);
		assert_eq!(rental(id).status, RentalStatus::Disputed);
		// The ruling gives the consumer everything back and closes the job as Resolved.
		unfreeze_escrow(job_id);
		assert_ok!(FakeEscrow::refund(job_id));
		assert_ok!(<Services as JobRegistry<_, _, _>>::close_job(
			job_id,
			JobEnd::Resolved
		));
		assert_eq!(free(BOB), bob_before + PRICE);
		run_checked(System::block_number() + 1);
		assert_eq!(rental(id).status, RentalStatus::Completed);
	});
}

#[test]
fn governance_withdrawing_the_rental_escrow_ends_the_rental() {
	build_and_execute(|| {
		let (id, service_id) = running(3);
		run_beating(service_id, 1, 1 + PERIOD);
		let key = rental(id).escrow_key;
		// What the escrow pallet does on an emergency withdrawal.
		let held = escrow_held(key).unwrap();
		assert_ok!(FakeEscrow::release(key, &STRANGER, held));
		assert_ok!(<Services as JobRegistry<_, _, _>>::close_job(
			key,
			JobEnd::Withdrawn
		));
		assert_eq!(rental(id).withdrawn, 2 * PRICE);
		run_beating(service_id, 1, 1 + PERIOD + RENTAL_REPORT_WINDOW + 1);
		// The period already paid into its job still settled; then the rental ended.
		assert_eq!(settled_periods(), vec![(0, PRICE, 0)]);
		assert_eq!(rental(id).status, RentalStatus::Cancelled);
		assert!(crate::Services::<Test>::get(service_id).is_none());
		// Any other end of an escrow key is refused.
		assert_noop!(
			<Services as JobRegistry<_, _, _>>::close_job(key, JobEnd::Cancelled),
			ServicesError::JobNotFound
		);
	});
}

#[test]
fn advance_rental_catches_up_a_rental_nobody_touched() {
	build_and_execute(|| {
		let (id, _) = running(3);
		assert_noop!(
			Services::advance_rental(origin(STRANGER), id),
			ServicesError::NothingDue
		);
		assert_noop!(
			Services::advance_rental(origin(STRANGER), 77),
			ServicesError::RentalNotFound
		);
		// Jump past the end without running the hook.
		System::set_block_number(1 + 3 * PERIOD + RENTAL_REPORT_WINDOW);
		assert_ok!(Services::advance_rental(origin(STRANGER), id));
		// Four steps at most per touch: three periods paid into jobs, one settled.
		assert_eq!(rental(id).carved, 3);
		assert_eq!(settled_periods().len(), 1);
		assert_ok!(Services::advance_rental(origin(STRANGER), id));
		assert_eq!(rental(id).status, RentalStatus::Completed);
	});
}

#[test]
fn a_rental_with_no_heartbeat_record_of_periods_after_its_end_counts_no_beats() {
	build_and_execute(|| {
		let (id, service_id) = running(1);
		run_beating(service_id, 1, 1 + PERIOD - 1);
		assert_eq!(RentalBeats::<Test>::get(id, 0).beaten, 2);
		assert_eq!(
			Services::heartbeat_availability(id, &rental(id), 0),
			1_000_000
		);
	});
}
