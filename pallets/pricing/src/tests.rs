//! Tests of the pricing pallet: governance, asks, quotes, the oracle, and the price dynamics.

use crate::{
	market,
	mock::*,
	pallet::{Asks, ClassCount, Classes, Error, Event, HoldReason},
	ClassParams, MarketData, MAX_STEP_LIMIT,
};
use aitbc_primitives::{traits::PriceOracle, ResourceClass};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Hooks},
	weights::Weight,
};
use proptest::prelude::*;
use sp_runtime::{DispatchError, Perbill};

const CPU: ResourceClass = ResourceClass(2);
const UNKNOWN: ResourceClass = ResourceClass(99);

fn cpu_params() -> ClassParams<Balance> {
	ClassParams {
		floor: 10,
		ceiling: 1_000,
		target_utilisation: Perbill::from_percent(60),
		smoothing: Perbill::from_percent(50),
		max_step: Perbill::from_percent(10),
	}
}

fn record_demand(class: ResourceClass, units: u64) {
	<Pricing as PriceOracle<AccountId, Balance>>::record_demand(class, units)
}

fn add_supply(class: ResourceClass, units: u64) {
	<Pricing as PriceOracle<AccountId, Balance>>::add_supply(class, units)
}

fn remove_supply(class: ResourceClass, units: u64) {
	<Pricing as PriceOracle<AccountId, Balance>>::remove_supply(class, units)
}

fn quote(class: ResourceClass, units: u64) -> Option<Balance> {
	<Pricing as PriceOracle<AccountId, Balance>>::quote(class, units)
}

fn quote_capped(class: ResourceClass, units: u64, cap: Balance) -> Result<Balance, DispatchError> {
	Pricing::quote_with_cap(class, units, cap).map_err(Into::into)
}

fn price_per_unit(class: ResourceClass) -> Option<Balance> {
	<Pricing as PriceOracle<AccountId, Balance>>::price_per_unit(class)
}

fn operator_ask(class: ResourceClass, who: AccountId) -> Option<Balance> {
	<Pricing as PriceOracle<AccountId, Balance>>::operator_ask(class, &who)
}

fn market_of(class: ResourceClass) -> MarketData<Balance, u64> {
	Pricing::market(class).expect("class exists")
}

fn price(class: ResourceClass) -> Balance {
	market_of(class).price
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::AskDeposit.into(), &who)
}

/// Start the next block (running the update hook if it ends a period) and check invariants.
fn next_block() -> Weight {
	let now = System::block_number() + 1;
	System::set_block_number(now);
	let weight = Pricing::on_initialize(now);
	Pricing::do_try_state().unwrap();
	weight
}

/// One block in which `demand` units of `class` are paid for; returns (old, new) price.
fn block_with_demand(class: ResourceClass, demand: u64) -> (Balance, Balance) {
	record_demand(class, demand);
	let old = price(class);
	next_block();
	(old, price(class))
}

fn price_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Pricing(event @ Event::PriceUpdated { .. }) => Some(event),
			_ => None,
		})
		.collect()
}

/// `|new − old| ≤ step · old`, exactly, in integers.
fn within_step(old: Balance, new: Balance, step: Perbill) -> bool {
	let change = old.abs_diff(new);
	change * 1_000_000_000 <= old * Balance::from(step.deconstruct())
}

// ---- genesis ----

#[test]
fn genesis_creates_classes() {
	build_and_execute(|| {
		assert_eq!(ClassCount::<Test>::get(), 1);
		assert_eq!(Pricing::class_ids(), vec![GPU]);
		assert_eq!(Pricing::parameters(GPU), Some(gpu_params()));
		let market = market_of(GPU);
		assert_eq!(market.price, GPU_START);
		assert_eq!(market.average_utilisation, gpu_params().target_utilisation);
		assert_eq!((market.period_demand, market.supply), (0, 0));
	});
}

#[test]
#[should_panic(expected = "pricing genesis class")]
fn genesis_rejects_invalid_class() {
	use sp_runtime::BuildStorage;
	let _ = crate::GenesisConfig::<Test> {
		classes: vec![(
			GPU,
			ClassParams {
				floor: 0,
				..gpu_params()
			},
			GPU_START,
		)],
		..Default::default()
	}
	.build_storage();
}

#[test]
#[should_panic(expected = "pricing genesis class")]
fn genesis_rejects_too_many_classes() {
	use sp_runtime::BuildStorage;
	let classes = (0..=MAX_CLASSES)
		.map(|id| (ResourceClass(id), gpu_params(), GPU_START))
		.collect();
	let _ = crate::GenesisConfig::<Test> {
		classes,
		..Default::default()
	}
	.build_storage();
}

// ---- create_class ----

#[test]
fn create_class_works() {
	build_and_execute(|| {
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			CPU,
			cpu_params(),
			100
		));
		System::assert_last_event(
			Event::ClassCreated {
				resource_class: CPU,
				params: cpu_params(),
				price: 100,
			}
			.into(),
		);
		assert_eq!(ClassCount::<Test>::get(), 2);
		assert_eq!(price_per_unit(CPU), Some(100));
		assert_eq!(market_of(CPU).last_update, 1);
		assert_eq!(Pricing::parameters(CPU), Some(cpu_params()));
	});
}

#[test]
fn create_class_requires_governance() {
	build_and_execute(|| {
		assert_noop!(
			Pricing::create_class(RuntimeOrigin::signed(ALICE), CPU, cpu_params(), 100),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Pricing::create_class(RuntimeOrigin::none(), CPU, cpu_params(), 100),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn create_class_rejects_existing_class() {
	build_and_execute(|| {
		assert_noop!(
			Pricing::create_class(RuntimeOrigin::root(), GPU, cpu_params(), 100),
			Error::<Test>::ClassAlreadyExists
		);
	});
}

#[test]
fn create_class_respects_max_classes() {
	build_and_execute(|| {
		for id in 2..=MAX_CLASSES {
			assert_ok!(Pricing::create_class(
				RuntimeOrigin::root(),
				ResourceClass(id),
				cpu_params(),
				100
			));
		}
		assert_eq!(ClassCount::<Test>::get(), MAX_CLASSES);
		assert_noop!(
			Pricing::create_class(RuntimeOrigin::root(), UNKNOWN, cpu_params(), 100),
			Error::<Test>::TooManyClasses
		);
		// Removing one makes room again.
		assert_ok!(Pricing::remove_class(RuntimeOrigin::root(), CPU));
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			UNKNOWN,
			cpu_params(),
			100
		));
	});
}

fn invalid_parameter_cases() -> Vec<(ClassParams<Balance>, Error<Test>)> {
	let valid = cpu_params();
	vec![
		(ClassParams { floor: 0, ..valid }, Error::<Test>::ZeroFloor),
		(
			ClassParams {
				floor: 1_001,
				..valid
			},
			Error::<Test>::FloorAboveCeiling,
		),
		(
			ClassParams {
				target_utilisation: Perbill::zero(),
				..valid
			},
			Error::<Test>::TargetUtilisationOutOfRange,
		),
		(
			ClassParams {
				target_utilisation: Perbill::one(),
				..valid
			},
			Error::<Test>::TargetUtilisationOutOfRange,
		),
		(
			ClassParams {
				smoothing: Perbill::zero(),
				..valid
			},
			Error::<Test>::ZeroSmoothing,
		),
		(
			ClassParams {
				max_step: Perbill::from_parts(MAX_STEP_LIMIT.deconstruct() + 1),
				..valid
			},
			Error::<Test>::StepAboveLimit,
		),
	]
}

#[test]
fn create_class_rejects_invalid_parameters() {
	build_and_execute(|| {
		for (params, error) in invalid_parameter_cases() {
			assert_noop!(
				Pricing::create_class(RuntimeOrigin::root(), CPU, params, 100),
				error
			);
		}
		assert_noop!(
			Pricing::create_class(RuntimeOrigin::root(), CPU, cpu_params(), 9),
			Error::<Test>::StartPriceOutOfBounds
		);
		assert_noop!(
			Pricing::create_class(RuntimeOrigin::root(), CPU, cpu_params(), 1_001),
			Error::<Test>::StartPriceOutOfBounds
		);
		// The limits themselves are allowed.
		let edge = ClassParams {
			max_step: MAX_STEP_LIMIT,
			floor: 1_000,
			..cpu_params()
		};
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			CPU,
			edge,
			1_000
		));
	});
}

// ---- update_parameters ----

#[test]
fn update_parameters_works_and_keeps_the_market() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		record_demand(GPU, 70);
		let before = market_of(GPU);
		let params = ClassParams {
			max_step: Perbill::from_percent(5),
			..gpu_params()
		};
		assert_ok!(Pricing::update_parameters(
			RuntimeOrigin::root(),
			GPU,
			params
		));
		System::assert_last_event(
			Event::ParametersUpdated {
				resource_class: GPU,
				params,
			}
			.into(),
		);
		assert_eq!(Pricing::parameters(GPU), Some(params));
		assert_eq!(market_of(GPU), before);
		assert!(price_events().is_empty());
	});
}

#[test]
fn update_parameters_clamps_the_price() {
	build_and_execute(|| {
		let params = ClassParams {
			ceiling: GPU_START / 2,
			..gpu_params()
		};
		assert_ok!(Pricing::update_parameters(
			RuntimeOrigin::root(),
			GPU,
			params
		));
		assert_eq!(price(GPU), GPU_START / 2);
		System::assert_has_event(
			Event::ParametersUpdated {
				resource_class: GPU,
				params,
			}
			.into(),
		);
		System::assert_last_event(
			Event::PriceUpdated {
				resource_class: GPU,
				old_price: GPU_START,
				new_price: GPU_START / 2,
				average_utilisation: gpu_params().target_utilisation,
			}
			.into(),
		);

		let params = ClassParams {
			floor: GPU_START,
			ceiling: GPU_CEILING,
			..gpu_params()
		};
		assert_ok!(Pricing::update_parameters(
			RuntimeOrigin::root(),
			GPU,
			params
		));
		assert_eq!(price(GPU), GPU_START);
	});
}

#[test]
fn update_parameters_errors() {
	build_and_execute(|| {
		assert_noop!(
			Pricing::update_parameters(RuntimeOrigin::signed(ALICE), GPU, gpu_params()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Pricing::update_parameters(RuntimeOrigin::root(), UNKNOWN, gpu_params()),
			Error::<Test>::UnknownClass
		);
		for (params, error) in invalid_parameter_cases() {
			assert_noop!(
				Pricing::update_parameters(RuntimeOrigin::root(), GPU, params),
				error
			);
		}
	});
}

// ---- remove_class ----

#[test]
fn remove_class_works() {
	build_and_execute(|| {
		assert_ok!(Pricing::remove_class(RuntimeOrigin::root(), GPU));
		System::assert_last_event(
			Event::ClassRemoved {
				resource_class: GPU,
			}
			.into(),
		);
		assert_eq!(ClassCount::<Test>::get(), 0);
		assert_eq!(Pricing::market(GPU), None);
		assert_eq!(price_per_unit(GPU), None);
		assert_eq!(quote(GPU, 1), None);
		assert!(Pricing::class_ids().is_empty());
		// It can be created again, from a fresh market.
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			GPU,
			gpu_params(),
			GPU_FLOOR
		));
		assert_eq!(price(GPU), GPU_FLOOR);
	});
}

#[test]
fn re_creating_a_class_keeps_the_supply_of_operators_still_registered() {
	build_and_execute(|| {
		add_supply(GPU, 500);
		assert_ok!(Pricing::remove_class(RuntimeOrigin::root(), GPU));
		// Operators come and go while the class is away.
		add_supply(GPU, 100);
		remove_supply(GPU, 200);
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			GPU,
			gpu_params(),
			GPU_FLOOR
		));
		assert_eq!(market_of(GPU).supply, 400);
		// One operator leaving takes only its own capacity.
		remove_supply(GPU, 100);
		assert_eq!(market_of(GPU).supply, 300);
		assert_eq!(crate::Supply::<Test>::get(GPU), 300);
		assert_ok!(Pricing::do_try_state());
	});
}

#[test]
fn remove_class_errors() {
	build_and_execute(|| {
		assert_noop!(
			Pricing::remove_class(RuntimeOrigin::signed(ALICE), GPU),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Pricing::remove_class(RuntimeOrigin::root(), UNKNOWN),
			Error::<Test>::UnknownClass
		);
	});
}

// ---- asks ----

#[test]
fn set_ask_holds_one_deposit() {
	build_and_execute(|| {
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(ALICE),
			GPU,
			2_000_000
		));
		System::assert_last_event(
			Event::AskSet {
				resource_class: GPU,
				who: ALICE,
				price: 2_000_000,
			}
			.into(),
		);
		assert_eq!(held(ALICE), DEPOSIT_PER_ASK);
		assert_eq!(
			Balances::free_balance(ALICE),
			INITIAL_BALANCE - DEPOSIT_PER_ASK
		);
		assert_eq!(operator_ask(GPU, ALICE), Some(2_000_000));
		assert_eq!(operator_ask(GPU, BOB), None);

		// Changing the ask holds nothing more.
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(ALICE),
			GPU,
			3_000_000
		));
		assert_eq!(held(ALICE), DEPOSIT_PER_ASK);
		assert_eq!(operator_ask(GPU, ALICE), Some(3_000_000));

		// The bounds themselves are allowed.
		assert_ok!(Pricing::set_ask(RuntimeOrigin::signed(BOB), GPU, GPU_FLOOR));
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(BOB),
			GPU,
			GPU_CEILING
		));
	});
}

#[test]
fn set_ask_errors() {
	build_and_execute(|| {
		assert_noop!(
			Pricing::set_ask(RuntimeOrigin::none(), GPU, GPU_START),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Pricing::set_ask(RuntimeOrigin::signed(ALICE), UNKNOWN, GPU_START),
			Error::<Test>::UnknownClass
		);
		assert_noop!(
			Pricing::set_ask(RuntimeOrigin::signed(ALICE), GPU, GPU_FLOOR - 1),
			Error::<Test>::AskOutOfBounds
		);
		assert_noop!(
			Pricing::set_ask(RuntimeOrigin::signed(ALICE), GPU, GPU_CEILING + 1),
			Error::<Test>::AskOutOfBounds
		);
		assert_noop!(
			Pricing::set_ask(RuntimeOrigin::signed(POOR), GPU, GPU_START),
			Error::<Test>::InsufficientBalanceForDeposit
		);
		assert_eq!(held(POOR), 0);
	});
}

#[test]
fn clear_ask_releases_the_deposit() {
	build_and_execute(|| {
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(ALICE),
			GPU,
			GPU_START
		));
		// Someone else cannot clear it.
		assert_noop!(
			Pricing::clear_ask(RuntimeOrigin::signed(BOB), GPU),
			Error::<Test>::NoAsk
		);
		assert_ok!(Pricing::clear_ask(RuntimeOrigin::signed(ALICE), GPU));
		System::assert_last_event(
			Event::AskCleared {
				resource_class: GPU,
				who: ALICE,
			}
			.into(),
		);
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), INITIAL_BALANCE);
		assert_eq!(operator_ask(GPU, ALICE), None);
		assert_noop!(
			Pricing::clear_ask(RuntimeOrigin::signed(ALICE), GPU),
			Error::<Test>::NoAsk
		);
		assert_noop!(
			Pricing::clear_ask(RuntimeOrigin::none(), GPU),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn asks_of_removed_classes_are_hidden_and_can_be_cleared() {
	build_and_execute(|| {
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(ALICE),
			GPU,
			GPU_START
		));
		assert_ok!(Pricing::remove_class(RuntimeOrigin::root(), GPU));
		assert_eq!(operator_ask(GPU, ALICE), None);
		assert_ok!(Pricing::clear_ask(RuntimeOrigin::signed(ALICE), GPU));
		assert_eq!(held(ALICE), 0);
	});
}

#[test]
fn asks_outside_new_bounds_are_hidden() {
	build_and_execute(|| {
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(ALICE),
			GPU,
			GPU_START
		));
		let narrow = ClassParams {
			ceiling: GPU_START - 1,
			..gpu_params()
		};
		assert_ok!(Pricing::update_parameters(
			RuntimeOrigin::root(),
			GPU,
			narrow
		));
		assert_eq!(operator_ask(GPU, ALICE), None);
		assert!(Asks::<Test>::contains_key(GPU, ALICE));
		assert_ok!(Pricing::update_parameters(
			RuntimeOrigin::root(),
			GPU,
			gpu_params()
		));
		assert_eq!(operator_ask(GPU, ALICE), Some(GPU_START));
	});
}

#[test]
fn the_deposit_held_is_the_one_released() {
	build_and_execute(|| {
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(ALICE),
			GPU,
			GPU_START
		));
		// A later change of the deposit does not change what existing asks release.
		AskDeposit::set(DEPOSIT_PER_ASK * 3);
		assert_ok!(Pricing::clear_ask(RuntimeOrigin::signed(ALICE), GPU));
		assert_eq!(Balances::free_balance(ALICE), INITIAL_BALANCE);

		// With no deposit, even an account without funds may publish an ask.
		AskDeposit::set(0);
		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(POOR),
			GPU,
			GPU_START
		));
		assert_eq!(held(POOR), 0);
		assert_ok!(Pricing::clear_ask(RuntimeOrigin::signed(POOR), GPU));
		assert_eq!(Balances::free_balance(POOR), DEPOSIT_PER_ASK / 2);
	});
}

// ---- quotes ----

#[test]
fn quotes_multiply_the_price() {
	build_and_execute(|| {
		assert_eq!(quote(GPU, 0), Some(0));
		assert_eq!(quote(GPU, 7), Some(7 * GPU_START));
		assert_eq!(quote(UNKNOWN, 7), None);
		assert_eq!(price_per_unit(GPU), Some(GPU_START));
		assert_eq!(price_per_unit(UNKNOWN), None);
	});
}

#[test]
fn quote_with_cap_respects_the_cap() {
	build_and_execute(|| {
		assert_eq!(quote_capped(GPU, 3, 3 * GPU_START), Ok(3 * GPU_START));
		assert_eq!(
			quote_capped(GPU, 3, 3 * GPU_START - 1),
			Err(Error::<Test>::QuoteExceedsCap.into())
		);
		assert_eq!(
			quote_capped(UNKNOWN, 3, Balance::MAX),
			Err(Error::<Test>::UnknownClass.into())
		);
	});
}

#[test]
fn quotes_that_overflow_are_refused() {
	build_and_execute(|| {
		let huge = Balance::MAX / 2;
		let params = ClassParams {
			floor: huge,
			ceiling: Balance::MAX,
			..cpu_params()
		};
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			CPU,
			params,
			huge
		));
		assert_eq!(quote(CPU, 2), Some(huge * 2));
		assert_eq!(quote(CPU, 3), None);
		assert_eq!(
			quote_capped(CPU, 3, Balance::MAX),
			Err(Error::<Test>::QuoteOverflow.into())
		);
	});
}

// ---- the oracle's recording ----

#[test]
fn recording_accumulates_and_saturates() {
	build_and_execute(|| {
		record_demand(GPU, 5);
		record_demand(GPU, 7);
		add_supply(GPU, 100);
		add_supply(GPU, 20);
		remove_supply(GPU, 30);
		let market = market_of(GPU);
		assert_eq!((market.period_demand, market.supply), (12, 90));

		record_demand(GPU, u64::MAX);
		add_supply(GPU, u64::MAX);
		assert_eq!(
			(market_of(GPU).period_demand, market_of(GPU).supply),
			(u64::MAX, u64::MAX)
		);
		remove_supply(GPU, u64::MAX);
		remove_supply(GPU, 1);
		assert_eq!(market_of(GPU).supply, 0);
	});
}

#[test]
fn recording_for_unknown_classes_is_ignored() {
	build_and_execute(|| {
		record_demand(UNKNOWN, 5);
		add_supply(UNKNOWN, 5);
		remove_supply(UNKNOWN, 5);
		assert!(!Classes::<Test>::contains_key(UNKNOWN));
		assert_eq!(ClassCount::<Test>::get(), 1);
	});
}

#[test]
fn an_update_starts_a_new_demand_period() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		record_demand(GPU, 80);
		next_block();
		let market = market_of(GPU);
		assert_eq!(market.period_demand, 0);
		assert_eq!(market.supply, 100);
		assert_eq!(market.utilisation, Perbill::from_percent(80));
		assert_eq!(market.last_update, 2);
	});
}

// ---- dynamics ----

#[test]
fn price_rises_under_sustained_demand() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		let mut last_step = Perbill::zero();
		for _ in 0..15 {
			let (old, new) = block_with_demand(GPU, 100);
			assert!(new > old, "price must rise every period");
			assert!(within_step(old, new, MAX_STEP_LIMIT));
			last_step = market::relative_change(old, new);
		}
		// The average has nearly reached 100%, so the step is nearly the full 12.5%.
		assert!(last_step >= Perbill::from_percent(11), "{last_step:?}");
		assert!(price(GPU) < GPU_CEILING);
		assert_eq!(price_events().len(), 15);
	});
}

#[test]
fn price_falls_under_sustained_idleness_and_stops_at_the_floor() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		let mut previous = price(GPU);
		while price(GPU) > GPU_FLOOR {
			let (old, new) = block_with_demand(GPU, 0);
			assert!(new < old, "price must fall every period");
			assert!(within_step(old, new, MAX_STEP_LIMIT));
			previous = new;
		}
		assert_eq!(previous, GPU_FLOOR);
		// At the floor nothing moves, and no event claims it did.
		let events = price_events().len();
		for _ in 0..5 {
			assert_eq!(block_with_demand(GPU, 0), (GPU_FLOOR, GPU_FLOOR));
		}
		assert_eq!(price_events().len(), events);
	});
}

#[test]
fn price_stops_at_the_ceiling() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		for _ in 0..200 {
			block_with_demand(GPU, 1_000);
			assert!(price(GPU) <= GPU_CEILING);
		}
		assert_eq!(price(GPU), GPU_CEILING);
		let events = price_events().len();
		block_with_demand(GPU, 1_000);
		assert_eq!(price(GPU), GPU_CEILING);
		assert_eq!(price_events().len(), events);
	});
}

#[test]
fn demand_at_the_target_holds_the_price() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		for _ in 0..20 {
			assert_eq!(block_with_demand(GPU, 50), (GPU_START, GPU_START));
		}
		assert!(price_events().is_empty());
	});
}

#[test]
fn a_one_block_spike_moves_the_price_by_at_most_one_step() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		block_with_demand(GPU, 50);
		// A spike far above capacity counts as full utilisation: the average moves by
		// α·(100% − 50%) = 10 points to 60%, d = 0.2, and the price by 0.2 · 12.5% = 2.5%.
		let (old, new) = block_with_demand(GPU, 1_000_000);
		assert_eq!((old, new), (GPU_START, GPU_START + GPU_START / 40));
		System::assert_last_event(
			Event::PriceUpdated {
				resource_class: GPU,
				old_price: GPU_START,
				new_price: GPU_START + GPU_START / 40,
				average_utilisation: Perbill::from_percent(60),
			}
			.into(),
		);

		// Back to target demand: the average returns and the later steps fade out; all the
		// steps the spike caused add up to at most one step.
		let mut total = market::relative_change(old, new).deconstruct() as f64 / 1e9;
		for _ in 0..200 {
			let (old, new) = block_with_demand(GPU, 50);
			assert!(new >= old);
			total += market::relative_change(old, new).deconstruct() as f64 / 1e9;
		}
		assert!(total <= 0.125 + 1e-6, "{total}");
		assert_eq!(
			market_of(GPU).average_utilisation,
			Perbill::from_percent(50)
		);
		let settled = price(GPU);
		assert_eq!(block_with_demand(GPU, 50), (settled, settled));
	});
}

#[test]
fn zero_supply_with_demand_is_full_utilisation() {
	build_and_execute(|| {
		record_demand(GPU, 1);
		next_block();
		assert_eq!(market_of(GPU).utilisation, Perbill::one());
		assert!(price(GPU) > GPU_START);
		// No supply and no demand is idleness.
		next_block();
		assert_eq!(market_of(GPU).utilisation, Perbill::zero());
	});
}

#[test]
fn a_zero_step_pins_the_price() {
	build_and_execute(|| {
		let pinned = ClassParams {
			max_step: Perbill::zero(),
			..gpu_params()
		};
		assert_ok!(Pricing::update_parameters(
			RuntimeOrigin::root(),
			GPU,
			pinned
		));
		add_supply(GPU, 10);
		for _ in 0..10 {
			assert_eq!(block_with_demand(GPU, 10), (GPU_START, GPU_START));
		}
		assert!(market_of(GPU).average_utilisation > Perbill::from_percent(50));
	});
}

#[test]
fn volatility_follows_price_moves_and_decays() {
	build_and_execute(|| {
		add_supply(GPU, 100);
		for _ in 0..10 {
			block_with_demand(GPU, 100);
		}
		let excited = market_of(GPU).volatility;
		assert!(excited >= Perbill::from_percent(5), "{excited:?}");
		// Demand returns to the target; once the price is steady, volatility fades to zero.
		for _ in 0..300 {
			block_with_demand(GPU, 50);
		}
		assert!(market_of(GPU).average_utilisation == Perbill::from_percent(50));
		assert_eq!(market_of(GPU).volatility, Perbill::zero());
	});
}

#[test]
fn updates_happen_once_per_period_over_the_summed_demand() {
	build_and_execute(|| {
		UpdatePeriod::set(3);
		// 100 units per block: 300 over the period.
		add_supply(GPU, 100);
		// Block 2 is inside the period; block 3 ends it.
		record_demand(GPU, 100);
		assert_eq!(next_block(), Weight::zero());
		assert_eq!(price(GPU), GPU_START);
		assert_eq!(market_of(GPU).period_demand, 100);
		record_demand(GPU, 200);
		assert_eq!(
			next_block(),
			<() as crate::WeightInfo>::on_initialize_update(1)
		);
		let market = market_of(GPU);
		assert_eq!(market.utilisation, Perbill::one());
		assert_eq!(market.last_update, 3);
		assert!(market.price > GPU_START);
		// Blocks 4 and 5 do nothing; block 6 updates again. 225 units are 75% of the period's
		// 300 (and would be full use of a single block's 100).
		let moved = market.price;
		record_demand(GPU, 225);
		next_block();
		next_block();
		assert_eq!(price(GPU), moved);
		next_block();
		assert_eq!(market_of(GPU).last_update, 6);
		assert_eq!(market_of(GPU).utilisation, Perbill::from_percent(75));
	});
}

#[test]
fn every_class_is_updated() {
	build_and_execute(|| {
		assert_ok!(Pricing::create_class(
			RuntimeOrigin::root(),
			CPU,
			cpu_params(),
			500
		));
		add_supply(GPU, 10);
		add_supply(CPU, 10);
		record_demand(GPU, 10);
		assert_eq!(
			next_block(),
			<() as crate::WeightInfo>::on_initialize_update(2)
		);
		assert!(price(GPU) > GPU_START);
		assert!(price(CPU) < 500);
		assert_eq!(market_of(CPU).last_update, 2);
	});
}

// ---- invariants ----

#[test]
fn try_state_detects_corruption() {
	new_test_ext().execute_with(|| {
		assert_ok!(Pricing::do_try_state());
		Classes::<Test>::mutate(GPU, |entry| {
			if let Some(entry) = entry {
				entry.market.price = GPU_CEILING + 1;
			}
		});
		assert!(Pricing::do_try_state().is_err());
		Classes::<Test>::mutate(GPU, |entry| {
			if let Some(entry) = entry {
				entry.market.price = GPU_START;
			}
		});
		assert_ok!(Pricing::do_try_state());

		ClassCount::<Test>::put(2);
		assert!(Pricing::do_try_state().is_err());
		ClassCount::<Test>::put(1);

		assert_ok!(Pricing::set_ask(
			RuntimeOrigin::signed(ALICE),
			GPU,
			GPU_START
		));
		Asks::<Test>::mutate(GPU, ALICE, |ask| {
			if let Some(ask) = ask {
				ask.deposit += 1;
			}
		});
		assert!(Pricing::do_try_state().is_err());
	});
}

// ---- pure formula ----

#[test]
fn utilisation_edges() {
	assert_eq!(market::utilisation(0, 0), Perbill::zero());
	assert_eq!(market::utilisation(1, 0), Perbill::one());
	assert_eq!(market::utilisation(5, 10), Perbill::from_percent(50));
	assert_eq!(market::utilisation(u64::MAX, 10), Perbill::one());
}

#[test]
fn steps_reach_the_max_only_at_the_extremes() {
	let target = Perbill::from_percent(80);
	let full = market::step(Perbill::one(), target, MAX_STEP_LIMIT);
	assert_eq!(
		full,
		market::Step {
			rising: true,
			fraction: MAX_STEP_LIMIT
		}
	);
	let idle = market::step(Perbill::zero(), target, MAX_STEP_LIMIT);
	assert_eq!(
		idle,
		market::Step {
			rising: false,
			fraction: MAX_STEP_LIMIT
		}
	);
	let at_target = market::step(target, target, MAX_STEP_LIMIT);
	assert_eq!(at_target.fraction, Perbill::zero());
	// Half-way between target and full: half a step up.
	let half = market::step(Perbill::from_percent(90), target, Perbill::from_percent(10));
	assert_eq!(
		half,
		market::Step {
			rising: true,
			fraction: Perbill::from_percent(5)
		}
	);
}

// ---- properties ----

fn arbitrary_params() -> impl Strategy<Value = (ClassParams<Balance>, Balance)> {
	(
		1..=1_000_000_000_000u128,
		0..=1_000_000_000_000u128,
		0..=1_000_000u64,
		1..1_000_000_000u32,
		1..=1_000_000_000u32,
		0..=MAX_STEP_LIMIT.deconstruct(),
	)
		.prop_map(|(floor, width, start_at, target, smoothing, max_step)| {
			let ceiling = floor + width;
			let start = floor + width * u128::from(start_at) / 1_000_000;
			let params = ClassParams {
				floor,
				ceiling,
				target_utilisation: Perbill::from_parts(target),
				smoothing: Perbill::from_parts(smoothing),
				max_step: Perbill::from_parts(max_step),
			};
			(params, start)
		})
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	/// Over any demand and supply series the price stays in its bounds, every update changes
	/// it by at most one step, and an event reports exactly the updates that changed it.
	#[test]
	fn price_stays_in_bounds_and_steps_are_bounded(
		(params, start) in arbitrary_params(),
		series in prop::collection::vec((0..5_000u64, -500..=500i64), 1..120),
	) {
		new_test_ext().execute_with(|| {
			assert_ok!(Pricing::create_class(RuntimeOrigin::root(), CPU, params, start));
			for (demand, supply_change) in series {
				record_demand(CPU, demand);
				if supply_change >= 0 {
					add_supply(CPU, supply_change.unsigned_abs());
				} else {
					remove_supply(CPU, supply_change.unsigned_abs());
				}
				System::reset_events();
				let (old, new) = {
					let old = price(CPU);
					next_block();
					(old, price(CPU))
				};
				prop_assert!(params.floor <= new && new <= params.ceiling);
				prop_assert!(within_step(old, new, params.max_step), "{old} -> {new}");
				let cpu_events = price_events()
					.into_iter()
					.filter(|event| matches!(event, Event::PriceUpdated { resource_class: CPU, .. }))
					.count();
				prop_assert_eq!(cpu_events, usize::from(old != new));
			}
			Ok(())
		})?;
	}

	/// From a steady market at its target, a one-period spike of any size moves the price by at
	/// most one step `s` at once, and all the steps it causes while the average returns add up
	/// to at most `s`.
	#[test]
	fn a_spike_moves_the_price_by_at_most_one_step(
		(params, start) in arbitrary_params(),
		warm_up in 0..10usize,
		spike in 0..=2_000_000_000u64,
	) {
		new_test_ext().execute_with(|| {
			assert_ok!(Pricing::create_class(RuntimeOrigin::root(), CPU, params, start));
			// With a billion units of supply, demand in units is utilisation in parts.
			add_supply(CPU, 1_000_000_000);
			let at_target = u64::from(params.target_utilisation.deconstruct());
			for _ in 0..warm_up {
				prop_assert_eq!(block_with_demand(CPU, at_target), (start, start));
			}

			let (old, new) = block_with_demand(CPU, spike);
			prop_assert!(within_step(old, new, params.max_step), "{old} -> {new}");

			let mut total = market::relative_change(old, new).deconstruct() as f64 / 1e9;
			for _ in 0..400 {
				let (old, new) = block_with_demand(CPU, at_target);
				total += market::relative_change(old, new).deconstruct() as f64 / 1e9;
			}
			let max_step = params.max_step.deconstruct() as f64 / 1e9;
			prop_assert!(total <= max_step + 1e-6, "{total} > {max_step}");
			Ok(())
		})?;
	}

	/// The moving average always lands between the previous value and the sample.
	#[test]
	fn the_moving_average_stays_between_previous_and_sample(
		previous in 0..=1_000_000_000u32,
		sample in 0..=1_000_000_000u32,
		smoothing in 1..=1_000_000_000u32,
	) {
		let average = market::moving_average(
			Perbill::from_parts(previous),
			Perbill::from_parts(sample),
			Perbill::from_parts(smoothing),
		)
		.deconstruct();
		prop_assert!(previous.min(sample) <= average && average <= previous.max(sample));
		if previous != sample {
			prop_assert!(average != previous, "the average must move towards a new sample");
		}
	}
}
