//! Tests of every call, every error, every permission check and the expiry hook.

use crate::mock::Services;
use crate::{mock::*, *};
use aitbc_primitives::{
	traits::{EscrowLedger, JobEnd, JobOutcome, JobResult, JobStatus, OffenceKind},
	PaymentAsset,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill};

type ServicesError = crate::Error<Test>;

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn job_list(n: usize) -> JobsOf<Test> {
	BoundedVec::truncate_from(
		(0..n)
			.map(|_| JobDefinition {
				name: BoundedVec::truncate_from(b"infer".to_vec()),
			})
			.collect(),
	)
}

fn create_blueprint_with(class: ResourceClass, min_operators: u32) -> BlueprintId {
	let id = NextBlueprintId::<Test>::get();
	assert_ok!(Services::create_blueprint(
		origin(ALICE),
		BoundedVec::truncate_from(b"llm".to_vec()),
		H256::repeat_byte(9),
		job_list(2),
		class,
		min_operators,
		HEARTBEAT_INTERVAL,
	));
	id
}

fn create_blueprint() -> BlueprintId {
	create_blueprint_with(GPU, 1)
}

fn prefs() -> PreferencesOf<Test> {
	OperatorPreferences {
		session_key: [1; 32],
		rpc_endpoint: BoundedVec::truncate_from(b"https://op".to_vec()),
		capacity: 100,
	}
}

fn register(blueprint_id: BlueprintId, operator: AccountId, max_instances: u32) {
	assert_ok!(Services::register_operator(
		origin(operator),
		blueprint_id,
		prefs(),
		max_instances
	));
}

fn terms(operators: &[AccountId]) -> TermsOf<Test> {
	RequestTerms {
		operators: BoundedVec::truncate_from(operators.to_vec()),
		permitted_callers: BoundedVec::truncate_from(vec![BOB]),
		payment_asset: PaymentAsset::Native,
		security_assets: BoundedVec::new(),
		sla: None,
		job_timeout: TIMEOUT,
		ends_at: None,
	}
}

const TTL: u64 = 20;
/// The job timeout of the services in these tests.
const TIMEOUT: u64 = 30;

fn request(blueprint_id: BlueprintId, operators: &[AccountId]) -> RequestId {
	let id = NextRequestId::<Test>::get();
	assert_ok!(Services::request_service(
		origin(ALICE),
		blueprint_id,
		terms(operators),
		TTL
	));
	id
}

fn service(blueprint_id: BlueprintId, operators: &[AccountId]) -> ServiceId {
	service_with(blueprint_id, terms(operators))
}

/// A service of ALICE's on `service_terms`, approved by every operator it names.
fn service_with(blueprint_id: BlueprintId, service_terms: TermsOf<Test>) -> ServiceId {
	let request_id = NextRequestId::<Test>::get();
	let operators = service_terms.operators.clone();
	assert_ok!(Services::request_service(
		origin(ALICE),
		blueprint_id,
		service_terms,
		TTL
	));
	let id = NextServiceId::<Test>::get();
	for operator in operators {
		assert_ok!(Services::approve(origin(operator), request_id));
	}
	assert!(crate::Services::<Test>::contains_key(id));
	id
}

/// A blueprint with OP1 and OP2 registered, and a service of both owned by ALICE.
fn running_service() -> (BlueprintId, ServiceId) {
	let blueprint_id = create_blueprint();
	register(blueprint_id, OP1, 5);
	register(blueprint_id, OP2, 5);
	(blueprint_id, service(blueprint_id, &[OP1, OP2]))
}

const UNITS: u64 = 10;
const PRICE: Balance = PRICE_PER_UNIT * UNITS as Balance;

fn call_job(service_id: ServiceId) -> JobId {
	let id = NextJobId::<Test>::get();
	assert_ok!(Services::call_job(
		origin(ALICE),
		service_id,
		0,
		H256::repeat_byte(1),
		UNITS,
		PRICE
	));
	id
}

fn output() -> H256 {
	H256::repeat_byte(5)
}

fn submit(job: JobId, operator: AccountId) {
	assert_ok!(Services::submit_result(origin(operator), job, output()));
}

fn claim(job: JobId, operator: AccountId, hash: H256) -> sp_runtime::DispatchResult {
	<Services as JobRegistry<_, _, _>>::claim(job, &operator, hash)
}

fn open_dispute(job: JobId) -> sp_runtime::DispatchResult {
	<Services as JobRegistry<_, _, _>>::open_dispute(job)
}

fn close(job: JobId, end: JobEnd) -> sp_runtime::DispatchResult {
	<Services as JobRegistry<_, _, _>>::close_job(job, end)
}

fn status(job: JobId) -> JobStatus {
	Jobs::<Test>::get(job).unwrap().status
}

/// Settle a claimed job as the receipts pallet does: escrow pays the operator the price, and
/// the job closes in the same step.
fn settle(job: JobId, operator: AccountId) {
	FakeEscrow::settle(job, &operator, PRICE).unwrap();
	assert_ok!(close(job, JobEnd::Settled { units: UNITS }));
}

/// A job of ALICE's on `service_id` brought to `target` (OP1 delivers it), the way the pallets
/// that own each transition would: a dispute freezes the escrow, a settlement pays it out.
fn job_in(service_id: ServiceId, target: JobStatus) -> JobId {
	let job = call_job(service_id);
	let delivered = !matches!(
		target,
		JobStatus::Called | JobStatus::Cancelled | JobStatus::TimedOut | JobStatus::Withdrawn
	);
	if delivered {
		submit(job, OP1);
	}
	if matches!(
		target,
		JobStatus::Claimed | JobStatus::Disputed | JobStatus::Settled | JobStatus::Resolved
	) {
		assert_ok!(claim(job, OP1, output()));
	}
	if matches!(target, JobStatus::Disputed | JobStatus::Resolved) {
		assert_ok!(open_dispute(job));
		freeze_escrow(job);
	}
	match target {
		JobStatus::Settled => settle(job, OP1),
		JobStatus::Resolved => {
			assert_ok!(close(job, JobEnd::Resolved));
		}
		JobStatus::Cancelled => {
			assert_ok!(close(job, JobEnd::Cancelled));
		}
		JobStatus::TimedOut => {
			assert_ok!(close(job, JobEnd::TimedOut));
		}
		JobStatus::Withdrawn => {
			assert_ok!(close(job, JobEnd::Withdrawn));
		}
		_ => {}
	}
	assert_eq!(status(job), target);
	job
}

fn request_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::RequestDeposit.into(), &who)
}

fn state_of(blueprint_id: BlueprintId, who: AccountId) -> Option<OperatorState> {
	Operators::<Test>::get(blueprint_id, who).map(|r| r.state)
}

mod blueprints {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn creating_holds_the_deposit() {
		build_and_execute(|| {
			let id = create_blueprint();
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::BlueprintDeposit.into(), &ALICE),
				BLUEPRINT_DEPOSIT
			);
			let blueprint = Blueprints::<Test>::get(id).unwrap();
			assert_eq!(blueprint.jobs.len(), 2);
			assert_eq!(blueprint.resource_class, GPU);
			System::assert_last_event(
				Event::BlueprintCreated {
					blueprint_id: id,
					owner: ALICE,
					deposit: BLUEPRINT_DEPOSIT,
				}
				.into(),
			);
		});
	}

	#[test]
	fn only_the_owner_removes_an_unused_blueprint() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			assert_noop!(
				Services::remove_blueprint(origin(STRANGER), bp),
				ServicesError::NotBlueprintOwner
			);
			assert_noop!(
				Services::remove_blueprint(origin(ALICE), bp),
				ServicesError::BlueprintInUse
			);
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			assert_ok!(Services::schedule_leave(origin(OP1), bp));
			assert_noop!(
				Services::remove_blueprint(origin(ALICE), bp),
				ServicesError::BlueprintInUse
			);
			assert_ok!(Services::schedule_leave(origin(OP2), bp));
			assert_ok!(Services::remove_blueprint(origin(ALICE), bp));
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::BlueprintDeposit.into(), &ALICE),
				0
			);
			System::assert_last_event(
				Event::BlueprintRemoved {
					blueprint_id: bp,
					refunded: BLUEPRINT_DEPOSIT,
				}
				.into(),
			);
			assert_noop!(
				Services::remove_blueprint(origin(ALICE), bp),
				ServicesError::BlueprintNotFound
			);
			assert_noop!(
				Services::remove_blueprint(RuntimeOrigin::none(), bp),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn invalid_blueprints_are_refused() {
		build_and_execute(|| {
			let name = || BoundedVec::truncate_from(b"x".to_vec());
			let h = H256::zero();
			assert_noop!(
				Services::create_blueprint(origin(ALICE), name(), h, job_list(0), GPU, 1, 10),
				ServicesError::NoJobs
			);
			assert_noop!(
				Services::create_blueprint(origin(ALICE), name(), h, job_list(1), GPU, 0, 10),
				ServicesError::InvalidMinOperators
			);
			assert_noop!(
				Services::create_blueprint(origin(ALICE), name(), h, job_list(1), GPU, 4, 10),
				ServicesError::InvalidMinOperators
			);
			assert_noop!(
				Services::create_blueprint(origin(ALICE), name(), h, job_list(1), GPU, 1, 4),
				ServicesError::HeartbeatIntervalTooShort
			);
			assert_noop!(
				Services::create_blueprint(origin(POOR), name(), h, job_list(1), GPU, 1, 10),
				ServicesError::CannotHoldDeposit
			);
			assert_noop!(
				Services::create_blueprint(
					RuntimeOrigin::none(),
					name(),
					h,
					job_list(1),
					GPU,
					1,
					10
				),
				DispatchError::BadOrigin
			);
		});
	}
}

mod operators {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn registering_needs_a_bond_and_adds_supply() {
		build_and_execute(|| {
			let bp = create_blueprint();
			assert_noop!(
				Services::register_operator(origin(UNBONDED), bp, prefs(), 1),
				ServicesError::NotBondedOperator
			);
			assert_noop!(
				Services::register_operator(origin(OP1), 7, prefs(), 1),
				ServicesError::BlueprintNotFound
			);
			assert_noop!(
				Services::register_operator(origin(OP1), bp, prefs(), 0),
				ServicesError::ZeroInstanceLimit
			);
			let mut no_capacity = prefs();
			no_capacity.capacity = 0;
			assert_noop!(
				Services::register_operator(origin(OP1), bp, no_capacity, 1),
				ServicesError::ZeroCapacity
			);
			// A declaration of endless capacity would floor the class price.
			let mut endless = prefs();
			endless.capacity = u64::MAX;
			assert_noop!(
				Services::register_operator(origin(OP1), bp, endless, 1),
				ServicesError::CapacityTooHigh
			);
			let mut most = prefs();
			most.capacity = MAX_CAPACITY + 1;
			assert_noop!(
				Services::register_operator(origin(OP1), bp, most, 1),
				ServicesError::CapacityTooHigh
			);
			register(bp, OP1, 1);
			assert_eq!(supply(GPU), 100);
			assert_eq!(state_of(bp, OP1), Some(OperatorState::Active));
			assert!(<Services as OperatorRegistry<_>>::is_registered(&OP1));
			assert_noop!(
				Services::register_operator(origin(OP1), bp, prefs(), 1),
				ServicesError::AlreadyRegistered
			);
		});
	}

	#[test]
	fn an_operator_updates_its_preferences_and_instance_limit() {
		build_and_execute(|| {
			let (bp, _service) = running_service();
			assert_eq!(supply(GPU), 200);
			let mut bigger = prefs();
			bigger.capacity = 250;
			bigger.rpc_endpoint = BoundedVec::truncate_from(b"https://op-2".to_vec());
			assert_ok!(Services::update_registration(
				origin(OP1),
				bp,
				bigger.clone(),
				3
			));
			let registration = Operators::<Test>::get(bp, OP1).unwrap();
			assert_eq!(registration.preferences, bigger);
			assert_eq!(registration.max_instances, 3);
			assert_eq!(registration.active_instances, 1);
			// Pricing sees the new capacity in place of the old one.
			assert_eq!(supply(GPU), 350);
			System::assert_last_event(
				Event::OperatorUpdated {
					blueprint_id: bp,
					operator: OP1,
					max_instances: 3,
					capacity: 250,
				}
				.into(),
			);

			// An inactive operator's capacity is not offered, before or after.
			assert_ok!(Services::go_inactive(origin(OP2), bp));
			assert_eq!(supply(GPU), 250);
			assert_ok!(Services::update_registration(origin(OP2), bp, bigger, 2));
			assert_eq!(supply(GPU), 250);
		});
	}

	#[test]
	fn updating_a_registration_is_checked() {
		build_and_execute(|| {
			let (bp, _service) = running_service();
			// OP1 serves one service: a limit of zero, or below one, is refused.
			assert_noop!(
				Services::update_registration(origin(OP1), bp, prefs(), 0),
				ServicesError::ZeroInstanceLimit
			);
			let mut no_capacity = prefs();
			no_capacity.capacity = 0;
			assert_noop!(
				Services::update_registration(origin(OP1), bp, no_capacity, 1),
				ServicesError::ZeroCapacity
			);
			let mut endless = prefs();
			endless.capacity = MAX_CAPACITY + 1;
			assert_noop!(
				Services::update_registration(origin(OP1), bp, endless, 1),
				ServicesError::CapacityTooHigh
			);
			assert_noop!(
				Services::update_registration(origin(STRANGER), bp, prefs(), 1),
				ServicesError::NotRegistered
			);
			assert_noop!(
				Services::update_registration(origin(OP1), 99, prefs(), 1),
				ServicesError::BlueprintNotFound
			);
			assert_noop!(
				Services::update_registration(RuntimeOrigin::none(), bp, prefs(), 1),
				DispatchError::BadOrigin
			);
			// A second service for OP1, then a limit below the two it serves.
			let _second = service(bp, &[OP1]);
			assert_noop!(
				Services::update_registration(origin(OP1), bp, prefs(), 1),
				ServicesError::InstanceLimitBelowActive
			);
			assert_ok!(Services::update_registration(origin(OP1), bp, prefs(), 2));
			// The new limit is enforced on the next approval.
			let third = request(bp, &[OP1]);
			assert_noop!(
				Services::approve(origin(OP1), third),
				ServicesError::InstanceLimitReached
			);
			// A leaving operator's registration is frozen.
			assert_ok!(Services::schedule_leave(origin(OP1), bp));
			assert_noop!(
				Services::update_registration(origin(OP1), bp, prefs(), 5),
				ServicesError::AlreadyLeaving
			);
		});
	}

	#[test]
	fn an_operator_registers_for_at_most_max_blueprints() {
		build_and_execute(|| {
			let (a, b, c) = (create_blueprint(), create_blueprint(), create_blueprint());
			register(a, OP1, 1);
			register(b, OP1, 1);
			assert_noop!(
				Services::register_operator(origin(OP1), c, prefs(), 1),
				ServicesError::TooManyBlueprints
			);
		});
	}

	#[test]
	fn strangers_cannot_change_an_operators_state() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			assert_ok!(Services::go_inactive(origin(OP1), bp));
			assert_noop!(
				Services::go_active(origin(STRANGER), bp),
				ServicesError::NotRegistered
			);
			assert_noop!(
				Services::schedule_leave(origin(STRANGER), bp),
				ServicesError::NotRegistered
			);
			assert_noop!(
				Services::deregister(origin(STRANGER), bp),
				ServicesError::NotRegistered
			);
			assert_noop!(
				Services::deregister(origin(OP1), 5),
				ServicesError::BlueprintNotFound
			);
		});
	}

	#[test]
	fn unsigned_origins_are_refused() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			let none = RuntimeOrigin::none;
			let h = H256::zero();
			assert_noop!(
				Services::register_operator(none(), bp, prefs(), 1),
				DispatchError::BadOrigin
			);
			assert_noop!(Services::go_inactive(none(), bp), DispatchError::BadOrigin);
			assert_noop!(Services::go_active(none(), bp), DispatchError::BadOrigin);
			assert_noop!(
				Services::schedule_leave(none(), bp),
				DispatchError::BadOrigin
			);
			assert_noop!(Services::deregister(none(), bp), DispatchError::BadOrigin);
			assert_noop!(
				Services::request_service(none(), bp, terms(&[OP1]), TTL),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Services::update_request(none(), 0, terms(&[OP1]), TTL),
				DispatchError::BadOrigin
			);
			assert_noop!(Services::approve(none(), 0), DispatchError::BadOrigin);
			assert_noop!(Services::reject(none(), 0), DispatchError::BadOrigin);
			assert_noop!(
				Services::cancel_request(none(), 0),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Services::call_job(none(), service_id, 0, h, UNITS, PRICE),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Services::submit_result(none(), 0, h),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Services::heartbeat(none(), service_id),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Services::report_missed_heartbeats(none(), service_id, OP1),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Services::terminate_service(none(), service_id),
				DispatchError::BadOrigin
			);
			assert_noop!(Services::cancel_job(none(), 0), DispatchError::BadOrigin);
			assert_noop!(
				Services::leave_service(none(), service_id),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Services::complete_service_exit(none(), service_id, OP1),
				DispatchError::BadOrigin
			);
			let report = PerformanceReport {
				job_id: 0,
				latency_ms: 0,
				availability_ppm: 0,
				throughput: 0,
			};
			assert_noop!(
				Services::file_performance_report(
					none(),
					report,
					ALICE,
					sp_runtime::testing::TestSignature(ALICE, vec![])
				),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn inactive_and_active_move_supply() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			assert_noop!(
				Services::go_inactive(origin(STRANGER), bp),
				ServicesError::NotRegistered
			);
			assert_noop!(
				Services::go_active(origin(OP1), bp),
				ServicesError::OperatorNotInactive
			);
			assert_ok!(Services::go_inactive(origin(OP1), bp));
			assert_eq!(supply(GPU), 0);
			assert_eq!(state_of(bp, OP1), Some(OperatorState::Inactive));
			assert_noop!(
				Services::go_inactive(origin(OP1), bp),
				ServicesError::OperatorNotActive
			);
			// An inactive operator cannot be named in a request.
			assert_noop!(
				Services::request_service(origin(ALICE), bp, terms(&[OP1]), TTL),
				ServicesError::OperatorNotActive
			);
			unbond(OP1);
			assert_noop!(
				Services::go_active(origin(OP1), bp),
				ServicesError::NotBondedOperator
			);
			BONDED.with(|b| b.borrow_mut().insert(OP1));
			assert_ok!(Services::go_active(origin(OP1), bp));
			assert_eq!(supply(GPU), 100);
			System::assert_last_event(
				Event::OperatorStateChanged {
					blueprint_id: bp,
					operator: OP1,
					state: OperatorState::Active,
				}
				.into(),
			);
		});
	}

	#[test]
	fn the_exit_flow_waits_for_the_last_service() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			assert_noop!(
				Services::deregister(origin(OP1), bp),
				ServicesError::StillActive
			);
			assert_ok!(Services::go_inactive(origin(OP1), bp));
			Services::do_try_state().unwrap();
			assert_noop!(
				Services::deregister(origin(OP1), bp),
				ServicesError::HasActiveServices
			);
			// Inactive, it keeps serving.
			let job = call_job(service_id);
			assert_ok!(Services::submit_result(
				origin(OP1),
				job,
				H256::repeat_byte(5)
			));
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
			assert_eq!(<Services as OperatorRegistry<_>>::active_services(&OP1), 1);
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			assert_eq!(<Services as OperatorRegistry<_>>::active_services(&OP1), 0);
			assert_ok!(Services::deregister(origin(OP1), bp));
			assert!(!<Services as OperatorRegistry<_>>::is_registered(&OP1));
			assert_noop!(
				Services::deregister(origin(OP1), bp),
				ServicesError::NotRegistered
			);
			System::assert_last_event(
				Event::OperatorDeregistered {
					blueprint_id: bp,
					operator: OP1,
				}
				.into(),
			);
		});
	}

	#[test]
	fn leaving_deregisters_when_the_last_service_ends() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			assert_ok!(Services::schedule_leave(origin(OP1), bp));
			assert_eq!(state_of(bp, OP1), Some(OperatorState::Leaving));
			assert_eq!(supply(GPU), 100);
			assert_noop!(
				Services::schedule_leave(origin(OP1), bp),
				ServicesError::AlreadyLeaving
			);
			assert_noop!(
				Services::go_active(origin(OP1), bp),
				ServicesError::OperatorNotInactive
			);
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			Services::do_try_state().unwrap();
			assert_eq!(state_of(bp, OP1), None);
			assert!(!<Services as OperatorRegistry<_>>::is_registered(&OP1));
			// OP2 did not leave.
			assert_eq!(state_of(bp, OP2), Some(OperatorState::Active));
			// Without services, leaving is immediate.
			assert_ok!(Services::schedule_leave(origin(OP2), bp));
			assert_eq!(state_of(bp, OP2), None);
			assert_eq!(supply(GPU), 0);
		});
	}
}

mod requests {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn requesting_holds_a_deposit_and_indexes_it() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			let id = request(bp, &[OP1]);
			assert_eq!(request_held(ALICE), REQUEST_DEPOSIT);
			assert_eq!(Services::requests_by_client(&ALICE), vec![id]);
			assert_eq!(RequestExpiries::<Test>::get(1 + TTL).into_inner(), vec![id]);
			System::assert_last_event(
				Event::ServiceRequested {
					request_id: id,
					requester: ALICE,
					blueprint_id: bp,
					expires_at: 1 + TTL,
				}
				.into(),
			);
		});
	}

	#[test]
	fn invalid_requests_are_refused() {
		build_and_execute(|| {
			let bp = create_blueprint_with(GPU, 2);
			register(bp, OP1, 1);
			register(bp, OP2, 1);
			let req = |who, bp, ops: &[AccountId], ttl| {
				Services::request_service(origin(who), bp, terms(ops), ttl)
			};
			assert_noop!(
				req(ALICE, 9, &[OP1, OP2], TTL),
				ServicesError::BlueprintNotFound
			);
			assert_noop!(req(ALICE, bp, &[OP1], TTL), ServicesError::TooFewOperators);
			assert_noop!(
				req(ALICE, bp, &[OP1, OP1], TTL),
				ServicesError::DuplicateOperator
			);
			assert_noop!(
				req(ALICE, bp, &[OP1, OP3], TTL),
				ServicesError::NotRegistered
			);
			assert_noop!(req(ALICE, bp, &[OP1, OP2], 0), ServicesError::InvalidTtl);
			assert_noop!(req(ALICE, bp, &[OP1, OP2], 1001), ServicesError::InvalidTtl);
			assert_noop!(
				req(POOR, bp, &[OP1, OP2], TTL),
				ServicesError::CannotHoldDeposit
			);
		});
	}

	#[test]
	fn the_job_timeout_and_end_date_are_checked() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			let with = |job_timeout, ends_at| {
				let mut t = terms(&[OP1]);
				t.job_timeout = job_timeout;
				t.ends_at = ends_at;
				t
			};
			let req = |t| Services::request_service(origin(ALICE), bp, t, TTL);
			System::set_block_number(10);
			assert_noop!(
				req(with(MIN_JOB_TIMEOUT - 1, None)),
				ServicesError::InvalidJobTimeout
			);
			assert_noop!(
				req(with(MAX_JOB_TIMEOUT + 1, None)),
				ServicesError::InvalidJobTimeout
			);
			assert_noop!(req(with(TIMEOUT, Some(10))), ServicesError::EndInPast);
			assert_noop!(req(with(TIMEOUT, Some(3))), ServicesError::EndInPast);
			assert_ok!(req(with(MIN_JOB_TIMEOUT, None)));
			assert_ok!(req(with(MAX_JOB_TIMEOUT, Some(11))));
			// The same checks when the terms change.
			let id = NextRequestId::<Test>::get() - 1;
			let update = |t| Services::update_request(origin(ALICE), id, t, TTL);
			assert_noop!(
				update(with(MAX_JOB_TIMEOUT + 1, None)),
				ServicesError::InvalidJobTimeout
			);
			assert_noop!(update(with(TIMEOUT, Some(10))), ServicesError::EndInPast);
			assert_ok!(update(with(TIMEOUT, Some(100))));
			assert_eq!(Requests::<Test>::get(id).unwrap().terms.ends_at, Some(100));
		});
	}

	#[test]
	fn a_client_has_at_most_1000_open_requests() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			for _ in 0..1000 {
				request(bp, &[OP1]);
			}
			assert_eq!(ClientRequests::<Test>::get(ALICE).len(), 1000);
			assert_eq!(request_held(ALICE), 1000 * REQUEST_DEPOSIT);
			assert_noop!(
				Services::request_service(origin(ALICE), bp, terms(&[OP1]), TTL + 1),
				ServicesError::TooManyRequests
			);
			// Another client is not affected.
			assert_ok!(Services::request_service(
				origin(BOB),
				bp,
				terms(&[OP1]),
				TTL + 1
			));
		});
	}

	#[test]
	fn expiry_refunds_and_carries_leftovers_forward() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			for _ in 0..25 {
				request(bp, &[OP1]);
			}
			let before = Balances::free_balance(ALICE);
			run_to_block(TTL);
			assert_eq!(Requests::<Test>::iter().count(), 25);
			run_to_block(TTL + 1);
			// The budget is 10 a block.
			assert_eq!(Requests::<Test>::iter().count(), 15);
			assert_eq!(Balances::free_balance(ALICE), before + 10 * REQUEST_DEPOSIT);
			run_to_block(TTL + 2);
			assert_eq!(Requests::<Test>::iter().count(), 5);
			Services::do_try_state().unwrap();
			run_to_block(TTL + 3);
			assert_eq!(Requests::<Test>::iter().count(), 0);
			assert_eq!(request_held(ALICE), 0);
			assert!(ClientRequests::<Test>::get(ALICE).is_empty());
			assert_eq!(RequestExpiries::<Test>::iter().count(), 0);
			System::assert_has_event(
				Event::RequestExpired {
					request_id: 0,
					requester: ALICE,
					refunded: REQUEST_DEPOSIT,
				}
				.into(),
			);
		});
	}

	#[test]
	fn a_full_expiry_block_is_refused() {
		build_and_execute(|| {
			MaxExpiriesPerBlock::set(2);
			let bp = create_blueprint();
			register(bp, OP1, 1);
			request(bp, &[OP1]);
			request(bp, &[OP1]);
			assert_noop!(
				Services::request_service(origin(ALICE), bp, terms(&[OP1]), TTL),
				ServicesError::ExpiryQueueFull
			);
			assert_ok!(Services::request_service(
				origin(ALICE),
				bp,
				terms(&[OP1]),
				TTL + 1
			));
		});
	}

	#[test]
	fn only_the_requester_changes_an_unapproved_request() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			register(bp, OP2, 1);
			let id = request(bp, &[OP1, OP2]);
			assert_noop!(
				Services::update_request(origin(STRANGER), id, terms(&[OP1]), TTL),
				ServicesError::NotRequester
			);
			assert_noop!(
				Services::update_request(origin(ALICE), 77, terms(&[OP1]), TTL),
				ServicesError::RequestNotFound
			);
			assert_ok!(Services::update_request(
				origin(ALICE),
				id,
				terms(&[OP2]),
				50
			));
			let updated = Requests::<Test>::get(id).unwrap();
			assert_eq!(updated.terms.operators.into_inner(), vec![OP2]);
			assert_eq!(updated.expires_at, 51);
			assert!(RequestExpiries::<Test>::get(1 + TTL).is_empty());
			System::assert_last_event(
				Event::RequestUpdated {
					request_id: id,
					expires_at: 51,
				}
				.into(),
			);
			// OP1 is no longer asked.
			assert_noop!(
				Services::approve(origin(OP1), id),
				ServicesError::NotRequestedOperator
			);
			run_to_block(1 + TTL);
			assert!(Requests::<Test>::contains_key(id));

			let second = request(bp, &[OP1, OP2]);
			assert_ok!(Services::approve(origin(OP1), second));
			assert_noop!(
				Services::update_request(origin(ALICE), second, terms(&[OP1]), TTL),
				ServicesError::RequestAlreadyApproved
			);
		});
	}

	#[test]
	fn approvals_are_checked() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			register(bp, OP2, 1);
			let id = request(bp, &[OP1, OP2]);
			assert_noop!(
				Services::approve(origin(STRANGER), id),
				ServicesError::NotRequestedOperator
			);
			assert_noop!(
				Services::approve(origin(OP1), 55),
				ServicesError::RequestNotFound
			);
			assert_ok!(Services::approve(origin(OP1), id));
			System::assert_last_event(
				Event::RequestApproved {
					request_id: id,
					operator: OP1,
				}
				.into(),
			);
			assert_noop!(
				Services::approve(origin(OP1), id),
				ServicesError::AlreadyApproved
			);
			assert_ok!(Services::go_inactive(origin(OP2), bp));
			assert_noop!(
				Services::approve(origin(OP2), id),
				ServicesError::OperatorNotActive
			);
			assert_ok!(Services::go_active(origin(OP2), bp));
			// Past its TTL, before the hook removed it.
			System::set_block_number(1 + TTL);
			assert_noop!(
				Services::approve(origin(OP2), id),
				ServicesError::RequestExpired
			);
		});
	}

	#[test]
	fn the_last_approval_creates_the_service_and_refunds() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			register(bp, OP2, 1);
			let id = request(bp, &[OP1, OP2]);
			assert_ok!(Services::approve(origin(OP1), id));
			Services::do_try_state().unwrap();
			assert!(!crate::Services::<Test>::contains_key(0));
			assert_ok!(Services::approve(origin(OP2), id));
			let service = crate::Services::<Test>::get(0).unwrap();
			assert_eq!(service.owner, ALICE);
			assert_eq!(request_held(ALICE), 0);
			assert!(!Requests::<Test>::contains_key(id));
			assert!(Services::requests_by_client(&ALICE).is_empty());
			assert!(RequestExpiries::<Test>::get(1 + TTL).is_empty());
			assert_eq!(Services::services_by_blueprint(bp), vec![0]);
			assert_eq!(Services::services_by_operator(&OP2), vec![0]);
			assert_eq!(Operators::<Test>::get(bp, OP1).unwrap().active_instances, 1);
			System::assert_last_event(
				Event::ServiceCreated {
					service_id: 0,
					request_id: id,
					owner: ALICE,
					blueprint_id: bp,
				}
				.into(),
			);
		});
	}

	#[test]
	fn an_operator_no_longer_bonded_cannot_approve() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			let id = request(bp, &[OP1]);
			unbond(OP1);
			assert_noop!(
				Services::approve(origin(OP1), id),
				ServicesError::NotBondedOperator
			);
		});
	}

	#[test]
	fn an_operator_at_its_instance_limit_cannot_approve() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			register(bp, OP2, 5);
			service(bp, &[OP1]);
			let id = request(bp, &[OP1]);
			assert_noop!(
				Services::approve(origin(OP1), id),
				ServicesError::InstanceLimitReached
			);
		});
	}

	#[test]
	fn the_instance_limit_is_checked_again_at_creation() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			register(bp, OP2, 5);
			let first = request(bp, &[OP1, OP2]);
			let second = request(bp, &[OP1, OP2]);
			assert_ok!(Services::approve(origin(OP1), first));
			assert_ok!(Services::approve(origin(OP1), second));
			assert_ok!(Services::approve(origin(OP2), first));
			assert_noop!(
				Services::approve(origin(OP2), second),
				ServicesError::InstanceLimitReached
			);
		});
	}

	#[test]
	fn an_operator_serves_at_most_max_services() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 10);
			for _ in 0..4 {
				service(bp, &[OP1]);
			}
			let id = request(bp, &[OP1]);
			assert_noop!(
				Services::approve(origin(OP1), id),
				ServicesError::TooManyServices
			);
		});
	}

	#[test]
	fn a_rejection_removes_the_request() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			let id = request(bp, &[OP1]);
			assert_noop!(
				Services::reject(origin(STRANGER), id),
				ServicesError::NotRequestedOperator
			);
			assert_noop!(
				Services::reject(origin(OP1), 9),
				ServicesError::RequestNotFound
			);
			assert_ok!(Services::reject(origin(OP1), id));
			assert!(!Requests::<Test>::contains_key(id));
			assert_eq!(request_held(ALICE), 0);
			System::assert_last_event(
				Event::RequestRejected {
					request_id: id,
					operator: OP1,
					refunded: REQUEST_DEPOSIT,
				}
				.into(),
			);
		});
	}

	#[test]
	fn only_the_requester_cancels() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 1);
			let id = request(bp, &[OP1]);
			assert_noop!(
				Services::cancel_request(origin(OP1), id),
				ServicesError::NotRequester
			);
			assert_ok!(Services::cancel_request(origin(ALICE), id));
			assert_eq!(request_held(ALICE), 0);
			assert_noop!(
				Services::cancel_request(origin(ALICE), id),
				ServicesError::RequestNotFound
			);
		});
	}
}

mod jobs {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn calling_a_job_locks_the_quote_in_escrow() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let before = Balances::free_balance(ALICE);
			let job = call_job(service_id);
			assert_eq!(Balances::free_balance(ALICE), before - PRICE);
			assert_eq!(escrow_held(job), Some(PRICE));
			// Demand is learnt when paid work settles (receipts), not when a job is called.
			assert_eq!(demand(GPU), 0);
			let info = <Services as JobRegistry<_, _, _>>::job(job).unwrap();
			assert_eq!(info.price_cap, PRICE);
			assert_eq!(info.status, JobStatus::Called);
			assert_eq!(info.result, None);
			assert_eq!(Jobs::<Test>::get(job).unwrap().timeout, TIMEOUT as u32);
			System::assert_last_event(
				Event::JobCalled {
					job_id: job,
					service_id,
					caller: ALICE,
					max_units: UNITS,
					price: PRICE,
				}
				.into(),
			);
			// A permitted caller may call too, with a higher cap; it pays the quote.
			assert_ok!(Services::call_job(
				origin(BOB),
				service_id,
				1,
				H256::zero(),
				UNITS,
				PRICE * 2
			));
			assert_eq!(escrow_held(job + 1), Some(PRICE));
			assert_eq!(demand(GPU), 0);
		});
	}

	#[test]
	fn strangers_and_operators_cannot_call_jobs() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			for who in [STRANGER, OP1] {
				assert_noop!(
					Services::call_job(origin(who), service_id, 0, H256::zero(), UNITS, PRICE),
					ServicesError::NotPermittedCaller
				);
			}
		});
	}

	#[test]
	fn invalid_calls_are_refused() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let call = |service, index, units, cap| {
				Services::call_job(origin(ALICE), service, index, H256::zero(), units, cap)
			};
			assert_noop!(call(9, 0, UNITS, PRICE), ServicesError::ServiceNotFound);
			assert_noop!(call(service_id, 2, UNITS, PRICE), ServicesError::UnknownJob);
			assert_noop!(call(service_id, 0, 0, PRICE), ServicesError::ZeroUnits);
			assert_noop!(
				call(service_id, 0, UNITS, PRICE - 1),
				ServicesError::PriceAboveCap
			);
			// A client that cannot pay the quote: escrow refuses and nothing changes.
			assert_noop!(
				call(service_id, 0, u64::MAX, Balance::MAX),
				DispatchError::Arithmetic(sp_runtime::ArithmeticError::Underflow)
			);
		});
	}

	#[test]
	fn an_unpriced_class_cannot_be_called() {
		build_and_execute(|| {
			let bp = create_blueprint_with(ResourceClass(2), 1);
			register(bp, OP1, 1);
			let service_id = service(bp, &[OP1]);
			assert_noop!(
				Services::call_job(origin(ALICE), service_id, 0, H256::zero(), UNITS, PRICE),
				ServicesError::NoPriceQuote
			);
		});
	}

	#[test]
	fn a_service_takes_no_jobs_from_its_end_date() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 5);
			let mut service_terms = terms(&[OP1]);
			service_terms.ends_at = Some(40);
			let service_id = service_with(bp, service_terms);
			System::set_block_number(39);
			call_job(service_id);
			System::set_block_number(40);
			assert_noop!(
				Services::call_job(origin(ALICE), service_id, 0, H256::zero(), UNITS, PRICE),
				ServicesError::ServiceEnded
			);
		});
	}

	#[test]
	fn a_service_has_at_most_max_pending_jobs() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			for _ in 0..4 {
				call_job(service_id);
			}
			assert_noop!(
				Services::call_job(origin(ALICE), service_id, 0, H256::zero(), UNITS, PRICE),
				ServicesError::TooManyPendingJobs
			);
			// Settling one frees a place.
			submit(0, OP1);
			assert_ok!(claim(0, OP1, output()));
			settle(0, OP1);
			call_job(service_id);
		});
	}

	#[test]
	fn only_an_operator_of_the_service_submits_one_result() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			register(bp, OP3, 1);
			let other_service = service(bp, &[OP3]);
			let job = call_job(service_id);
			let other_job = call_job(other_service);
			let output = H256::repeat_byte(4);
			assert_noop!(
				Services::submit_result(origin(STRANGER), job, output),
				ServicesError::NotServiceOperator
			);
			// OP3 operates another service of the same blueprint.
			assert_noop!(
				Services::submit_result(origin(OP3), job, output),
				ServicesError::NotServiceOperator
			);
			assert_noop!(
				Services::submit_result(origin(ALICE), job, output),
				ServicesError::NotServiceOperator
			);
			assert_noop!(
				Services::submit_result(origin(OP1), 99, output),
				ServicesError::JobNotFound
			);
			System::set_block_number(7);
			assert_ok!(Services::submit_result(origin(OP2), job, output));
			let stored = Jobs::<Test>::get(job).unwrap();
			assert_eq!(stored.status, JobStatus::ResultSubmitted);
			let result = JobResult {
				operator: OP2,
				output_hash: output,
				submitted_at: 7,
			};
			assert_eq!(stored.result, Some(result.clone()));
			// Other pallets see the result through the registry.
			assert_eq!(
				<Services as JobRegistry<_, _, _>>::job(job).unwrap().result,
				Some(result)
			);
			// A result alone earns no reward points: only settled, paid work does.
			assert!(outcomes().is_empty());
			System::assert_last_event(
				Event::ResultSubmitted {
					job_id: job,
					operator: OP2,
					output_hash: output,
				}
				.into(),
			);
			assert_noop!(
				Services::submit_result(origin(OP1), job, output),
				ServicesError::ResultAlreadySubmitted
			);
			assert_ok!(Services::submit_result(origin(OP3), other_job, output));
			assert!(outcomes().is_empty());
		});
	}

	#[test]
	fn a_result_is_submitted_only_to_a_called_job() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let claimed = job_in(service_id, JobStatus::Claimed);
			let disputed = job_in(service_id, JobStatus::Disputed);
			let closed = job_in(service_id, JobStatus::TimedOut);
			let submit_to = |job| Services::submit_result(origin(OP2), job, H256::zero());
			assert_noop!(submit_to(claimed), ServicesError::ResultAlreadySubmitted);
			assert_noop!(submit_to(disputed), ServicesError::JobDisputed);
			assert_noop!(submit_to(closed), ServicesError::JobClosed);
		});
	}
}

mod lifecycle {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn a_claim_needs_the_results_operator_and_output() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let job = call_job(service_id);
			assert_noop!(claim(job + 9, OP1, output()), ServicesError::JobNotFound);
			assert_noop!(claim(job, OP1, output()), ServicesError::NoResultYet);
			submit(job, OP1);
			// OP2 serves the service, but the result is OP1's.
			assert_noop!(claim(job, OP2, output()), ServicesError::NotResultOperator);
			assert_noop!(claim(job, OP1, H256::zero()), ServicesError::OutputMismatch);
			assert_ok!(claim(job, OP1, output()));
			Services::do_try_state().unwrap();
			assert_eq!(status(job), JobStatus::Claimed);
			System::assert_last_event(
				Event::JobClaimed {
					job_id: job,
					operator: OP1,
				}
				.into(),
			);
			assert_noop!(claim(job, OP1, output()), ServicesError::AlreadyClaimed);
			assert_ok!(open_dispute(job));
			assert_noop!(claim(job, OP1, output()), ServicesError::JobDisputed);
			assert_ok!(close(job, JobEnd::Withdrawn));
			assert_noop!(claim(job, OP1, output()), ServicesError::JobClosed);
		});
	}

	#[test]
	fn a_dispute_opens_on_any_open_undisputed_job() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			assert_noop!(open_dispute(99), ServicesError::JobNotFound);
			for from in [
				JobStatus::Called,
				JobStatus::ResultSubmitted,
				JobStatus::Claimed,
			] {
				let job = job_in(service_id, from);
				assert_ok!(open_dispute(job));
				Services::do_try_state().unwrap();
				assert_eq!(status(job), JobStatus::Disputed);
				System::assert_last_event(Event::JobDisputed { job_id: job }.into());
				assert_noop!(open_dispute(job), ServicesError::JobDisputed);
				// The job stays open, in its service's open jobs.
				assert!(PendingJobs::<Test>::get(service_id).contains(&job));
			}
			let closed = job_in(service_id, JobStatus::Cancelled);
			assert_noop!(open_dispute(closed), ServicesError::JobClosed);
		});
	}

	/// Every source state against every end: only the documented pairs close the job.
	#[test]
	fn close_job_enters_a_final_state_only_from_its_sources() {
		use JobStatus::*;
		let settled = JobEnd::Settled { units: UNITS };
		let ends = [
			settled,
			JobEnd::Resolved,
			JobEnd::Cancelled,
			JobEnd::TimedOut,
			JobEnd::Withdrawn,
		];
		let ok = Ok(());
		let err = |e: ServicesError| Err(DispatchError::from(e));
		let closed = [err(ServicesError::JobClosed); 5];
		let table: [(JobStatus, [Result<(), DispatchError>; 5]); 9] = [
			(
				Called,
				[
					err(ServicesError::NoResultYet),
					err(ServicesError::NotDisputed),
					ok,
					ok,
					ok,
				],
			),
			(
				ResultSubmitted,
				[
					err(ServicesError::NotClaimed),
					err(ServicesError::NotDisputed),
					err(ServicesError::ResultAlreadySubmitted),
					ok,
					ok,
				],
			),
			(
				Claimed,
				[
					ok,
					err(ServicesError::NotDisputed),
					err(ServicesError::AlreadyClaimed),
					err(ServicesError::AlreadyClaimed),
					ok,
				],
			),
			(
				Disputed,
				[
					err(ServicesError::JobDisputed),
					ok,
					err(ServicesError::JobDisputed),
					err(ServicesError::JobDisputed),
					ok,
				],
			),
			(Settled, closed),
			(Resolved, closed),
			(Cancelled, closed),
			(TimedOut, closed),
			(Withdrawn, closed),
		];
		for (from, expected) in table {
			for (end, expected) in ends.into_iter().zip(expected) {
				build_and_execute(|| {
					let (_, service_id) = running_service();
					let job = job_in(service_id, from);
					System::set_block_number(5);
					match expected {
						Ok(()) => {
							assert_ok!(close(job, end));
							assert_eq!(status(job), end.status(), "{from:?} -> {end:?}");
							assert!(!PendingJobs::<Test>::get(service_id).contains(&job));
							assert!(JobPrunes::<Test>::get(5 + JOB_RETENTION).contains(&job));
							System::assert_last_event(
								Event::JobClosed {
									job_id: job,
									status: end.status(),
								}
								.into(),
							);
						}
						Err(error) => {
							assert_noop!(close(job, end), error);
						}
					}
				});
			}
		}
	}

	#[test]
	fn a_settlement_is_for_at_most_the_jobs_units() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let job = job_in(service_id, JobStatus::Claimed);
			assert_noop!(
				close(job, JobEnd::Settled { units: UNITS + 1 }),
				ServicesError::TooManyUnits
			);
			assert_noop!(
				close(job + 9, JobEnd::Withdrawn),
				ServicesError::JobNotFound
			);
			assert_ok!(close(job, JobEnd::Settled { units: UNITS }));
		});
	}

	#[test]
	fn disputes_name_the_services_operators() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let job = call_job(service_id);
			assert!(<Services as JobRegistry<_, _, _>>::is_job_operator(
				job, &OP1
			));
			assert!(<Services as JobRegistry<_, _, _>>::is_job_operator(
				job, &OP2
			));
			assert!(!<Services as JobRegistry<_, _, _>>::is_job_operator(
				job, &STRANGER
			));
		});
	}

	#[test]
	fn a_caller_takes_back_an_undelivered_job_after_the_timeout() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			// BOB is a permitted caller, not the owner: this is his way back to his money.
			let before = Balances::free_balance(BOB);
			let job = NextJobId::<Test>::get();
			assert_ok!(Services::call_job(
				origin(BOB),
				service_id,
				0,
				H256::zero(),
				UNITS,
				PRICE
			));
			let called_at = System::block_number();
			for who in [ALICE, STRANGER, OP1] {
				assert_noop!(
					Services::cancel_job(origin(who), job),
					ServicesError::NotJobClient
				);
			}
			assert_noop!(
				Services::cancel_job(origin(BOB), job + 9),
				ServicesError::JobNotFound
			);
			System::set_block_number(called_at + TIMEOUT - 1);
			assert_noop!(
				Services::cancel_job(origin(BOB), job),
				ServicesError::JobNotTimedOut
			);
			System::set_block_number(called_at + TIMEOUT);
			assert_ok!(Services::cancel_job(origin(BOB), job));
			Services::do_try_state().unwrap();
			assert_eq!(Balances::free_balance(BOB), before);
			assert_eq!(escrow_held(job), None);
			assert_eq!(status(job), JobStatus::TimedOut);
			assert!(PendingJobs::<Test>::get(service_id).is_empty());
			System::assert_last_event(
				Event::JobClosed {
					job_id: job,
					status: JobStatus::TimedOut,
				}
				.into(),
			);
			assert_noop!(
				Services::cancel_job(origin(BOB), job),
				ServicesError::JobClosed
			);
			assert_noop!(
				Services::submit_result(origin(OP1), job, output()),
				ServicesError::JobClosed
			);
		});
	}

	#[test]
	fn an_unclaimed_result_times_out_from_its_submission() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let before = Balances::free_balance(ALICE);
			let job = call_job(service_id);
			let submitted_at = 11;
			System::set_block_number(submitted_at);
			submit(job, OP1);
			// Long enough after the call, but not after the result.
			System::set_block_number(submitted_at + TIMEOUT - 1);
			assert_noop!(
				Services::cancel_job(origin(ALICE), job),
				ServicesError::JobNotTimedOut
			);
			System::set_block_number(submitted_at + TIMEOUT);
			assert_ok!(Services::cancel_job(origin(ALICE), job));
			assert_eq!(Balances::free_balance(ALICE), before);
			assert_eq!(status(job), JobStatus::TimedOut);
			// The operator can no longer claim it.
			assert_noop!(claim(job, OP1, output()), ServicesError::JobClosed);
		});
	}

	#[test]
	fn claimed_and_disputed_jobs_do_not_time_out() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let claimed = job_in(service_id, JobStatus::Claimed);
			let disputed = job_in(service_id, JobStatus::Disputed);
			System::set_block_number(1 + 10 * TIMEOUT);
			assert_noop!(
				Services::cancel_job(origin(ALICE), claimed),
				ServicesError::AlreadyClaimed
			);
			assert_noop!(
				Services::cancel_job(origin(ALICE), disputed),
				ServicesError::JobDisputed
			);
		});
	}
}

mod termination {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn only_the_owner_terminates_and_unfinished_payments_return() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			let before = Balances::free_balance(ALICE);
			let settled = job_in(service_id, JobStatus::Settled);
			let pending = call_job(service_id);
			Services::do_try_state().unwrap();
			for who in [STRANGER, OP1, BOB] {
				assert_noop!(
					Services::terminate_service(origin(who), service_id),
					ServicesError::NotServiceOwner
				);
			}
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			// The settled job was paid; the pending one came back.
			assert_eq!(Balances::free_balance(ALICE), before - PRICE);
			assert_eq!(escrow_held(pending), None);
			assert_eq!(status(pending), JobStatus::Cancelled);
			assert_eq!(status(settled), JobStatus::Settled);
			assert!(Services::services_by_blueprint(bp).is_empty());
			assert!(Services::services_by_operator(&OP1).is_empty());
			assert_eq!(Operators::<Test>::get(bp, OP2).unwrap().active_instances, 0);
			System::assert_has_event(
				Event::JobClosed {
					job_id: pending,
					status: JobStatus::Cancelled,
				}
				.into(),
			);
			System::assert_last_event(
				Event::ServiceTerminated {
					service_id,
					cancelled_jobs: 1,
					open_jobs: 0,
				}
				.into(),
			);
			assert_noop!(
				Services::submit_result(origin(OP1), pending, H256::zero()),
				ServicesError::JobClosed
			);
			assert_noop!(
				Services::terminate_service(origin(ALICE), service_id),
				ServicesError::ServiceNotFound
			);
		});
	}

	#[test]
	fn delivered_and_disputed_jobs_outlive_their_service() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			let called = job_in(service_id, JobStatus::Called);
			let submitted = job_in(service_id, JobStatus::ResultSubmitted);
			let claimed = job_in(service_id, JobStatus::Claimed);
			let disputed = job_in(service_id, JobStatus::Disputed);
			let before = Balances::free_balance(ALICE);
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			Services::do_try_state().unwrap();
			// The job without a result is refunded and cancelled.
			assert_eq!(Balances::free_balance(ALICE), before + PRICE);
			assert_eq!(status(called), JobStatus::Cancelled);
			assert_eq!(escrow_held(called), None);
			// The others stay open with their payment held.
			for (job, expected) in [
				(submitted, JobStatus::ResultSubmitted),
				(claimed, JobStatus::Claimed),
				(disputed, JobStatus::Disputed),
			] {
				assert_eq!(status(job), expected);
				assert_eq!(escrow_held(job), Some(PRICE));
			}
			assert!(!PendingJobs::<Test>::contains_key(service_id));
			System::assert_last_event(
				Event::ServiceTerminated {
					service_id,
					cancelled_jobs: 1,
					open_jobs: 3,
				}
				.into(),
			);
			// The operators are free of the service.
			for operator in [OP1, OP2] {
				assert_eq!(
					<Services as OperatorRegistry<_>>::active_services(&operator),
					0
				);
				assert_eq!(
					Operators::<Test>::get(bp, operator)
						.unwrap()
						.active_instances,
					0
				);
				assert!(!Heartbeats::<Test>::contains_key(service_id, operator));
			}
			// The detached jobs finish their own lifecycle: a claim needs only the result's
			// operator; settlement and a ruling close them.
			assert_ok!(claim(submitted, OP1, output()));
			settle(submitted, OP1);
			settle(claimed, OP1);
			assert_ok!(close(disputed, JobEnd::Resolved));
			Services::do_try_state().unwrap();
			assert_eq!(Balances::free_balance(OP1), INITIAL_BALANCE + 2 * PRICE);
		});
	}

	#[test]
	fn a_detached_result_still_times_out() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let before = Balances::free_balance(ALICE);
			let job = job_in(service_id, JobStatus::ResultSubmitted);
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			// The timeout was recorded with the job, so it holds without the service.
			System::set_block_number(1 + TIMEOUT - 1);
			assert_noop!(
				Services::cancel_job(origin(ALICE), job),
				ServicesError::JobNotTimedOut
			);
			System::set_block_number(1 + TIMEOUT);
			assert_ok!(Services::cancel_job(origin(ALICE), job));
			assert_eq!(Balances::free_balance(ALICE), before);
			assert_eq!(status(job), JobStatus::TimedOut);
		});
	}

	#[test]
	fn anyone_terminates_a_service_after_its_end_date() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 5);
			let mut service_terms = terms(&[OP1]);
			service_terms.ends_at = Some(40);
			let service_id = service_with(bp, service_terms);
			let before = Balances::free_balance(ALICE);
			let job = call_job(service_id);
			System::set_block_number(39);
			assert_noop!(
				Services::terminate_service(origin(STRANGER), service_id),
				ServicesError::NotServiceOwner
			);
			System::set_block_number(40);
			assert_ok!(Services::terminate_service(origin(STRANGER), service_id));
			assert!(!crate::Services::<Test>::contains_key(service_id));
			assert_eq!(status(job), JobStatus::Cancelled);
			assert_eq!(Balances::free_balance(ALICE), before);
			assert_eq!(<Services as OperatorRegistry<_>>::active_services(&OP1), 0);
		});
	}

	/// A refund refused by escrow (frozen elsewhere) does not stop the service from ending:
	/// the job stays open, and its caller gets the money back once escrow lets it go.
	#[test]
	fn a_frozen_escrow_does_not_block_termination() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let before = Balances::free_balance(ALICE);
			let job = call_job(service_id);
			freeze_escrow(job);
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			Services::do_try_state().unwrap();
			assert!(!crate::Services::<Test>::contains_key(service_id));
			assert_eq!(status(job), JobStatus::Called);
			assert_eq!(escrow_held(job), Some(PRICE));
			System::assert_last_event(
				Event::ServiceTerminated {
					service_id,
					cancelled_jobs: 0,
					open_jobs: 1,
				}
				.into(),
			);
			unfreeze_escrow(job);
			System::set_block_number(1 + TIMEOUT);
			assert_ok!(Services::cancel_job(origin(ALICE), job));
			assert_eq!(Balances::free_balance(ALICE), before);
		});
	}
}

mod service_exits {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn an_operator_leaves_a_service_after_the_notice() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			let delivered = job_in(service_id, JobStatus::ResultSubmitted);
			let called = call_job(service_id);
			assert_noop!(
				Services::leave_service(origin(STRANGER), service_id),
				ServicesError::NotServiceOperator
			);
			assert_noop!(
				Services::leave_service(origin(OP1), 99),
				ServicesError::ServiceNotFound
			);
			assert_ok!(Services::leave_service(origin(OP1), service_id));
			Services::do_try_state().unwrap();
			let effective_at = 1 + SERVICE_EXIT_NOTICE;
			System::assert_last_event(
				Event::OperatorLeavingService {
					service_id,
					operator: OP1,
					effective_at,
				}
				.into(),
			);
			assert_noop!(
				Services::leave_service(origin(OP1), service_id),
				ServicesError::AlreadyLeaving
			);
			assert_noop!(
				Services::complete_service_exit(origin(STRANGER), service_id, OP2),
				ServicesError::NotLeavingService
			);
			System::set_block_number(effective_at - 1);
			assert_noop!(
				Services::complete_service_exit(origin(STRANGER), service_id, OP1),
				ServicesError::ExitNoticeRunning
			);
			// While the notice runs the operator still serves: heartbeats are owed and count.
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
			System::set_block_number(effective_at);
			assert_ok!(Services::complete_service_exit(
				origin(STRANGER),
				service_id,
				OP1
			));
			Services::do_try_state().unwrap();
			System::assert_last_event(
				Event::OperatorLeftService {
					service_id,
					operator: OP1,
				}
				.into(),
			);
			let service = crate::Services::<Test>::get(service_id).unwrap();
			assert_eq!(service.terms.operators.into_inner(), vec![OP2]);
			assert!(!Heartbeats::<Test>::contains_key(service_id, OP1));
			assert!(!ServiceExits::<Test>::contains_key(service_id, OP1));
			assert!(Services::services_by_operator(&OP1).is_empty());
			assert_eq!(<Services as OperatorRegistry<_>>::active_services(&OP1), 0);
			assert_eq!(Operators::<Test>::get(bp, OP1).unwrap().active_instances, 0);
			// OP1 no longer serves ...
			assert_noop!(
				Services::heartbeat(origin(OP1), service_id),
				ServicesError::NotServiceOperator
			);
			assert_noop!(
				Services::submit_result(origin(OP1), called, output()),
				ServicesError::NotServiceOperator
			);
			assert_noop!(
				Services::complete_service_exit(origin(STRANGER), service_id, OP1),
				ServicesError::NotLeavingService
			);
			// ... but its delivered job continues: it depends on the result's operator.
			assert_ok!(claim(delivered, OP1, output()));
			settle(delivered, OP1);
			// The service runs on with OP2.
			submit(called, OP2);
		});
	}

	#[test]
	fn the_last_operator_leaving_ends_the_service() {
		build_and_execute(|| {
			let bp = create_blueprint();
			register(bp, OP1, 5);
			let service_id = service(bp, &[OP1]);
			let before = Balances::free_balance(ALICE);
			let called = call_job(service_id);
			let delivered = job_in(service_id, JobStatus::ResultSubmitted);
			// OP1 is also leaving the blueprint: deregistered once this service is gone.
			assert_ok!(Services::schedule_leave(origin(OP1), bp));
			assert_ok!(Services::leave_service(origin(OP1), service_id));
			System::set_block_number(1 + SERVICE_EXIT_NOTICE);
			assert_ok!(Services::complete_service_exit(
				origin(STRANGER),
				service_id,
				OP1
			));
			Services::do_try_state().unwrap();
			assert!(!crate::Services::<Test>::contains_key(service_id));
			assert_eq!(status(called), JobStatus::Cancelled);
			assert_eq!(status(delivered), JobStatus::ResultSubmitted);
			assert_eq!(Balances::free_balance(ALICE), before - PRICE);
			assert_eq!(state_of(bp, OP1), None);
			System::assert_has_event(
				Event::OperatorLeftService {
					service_id,
					operator: OP1,
				}
				.into(),
			);
			System::assert_last_event(
				Event::ServiceTerminated {
					service_id,
					cancelled_jobs: 1,
					open_jobs: 1,
				}
				.into(),
			);
		});
	}

	#[test]
	fn termination_clears_announced_exits() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			assert_ok!(Services::leave_service(origin(OP1), service_id));
			assert_ok!(Services::terminate_service(origin(ALICE), service_id));
			assert_eq!(ServiceExits::<Test>::iter().count(), 0);
			System::set_block_number(1 + SERVICE_EXIT_NOTICE);
			assert_noop!(
				Services::complete_service_exit(origin(STRANGER), service_id, OP1),
				ServicesError::NotLeavingService
			);
		});
	}
}

mod heartbeats {
	use super::*;
	use crate::mock::Services;

	#[test]
	fn a_timely_heartbeat_earns_points() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			System::set_block_number(1 + HEARTBEAT_INTERVAL);
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
			assert_eq!(outcomes(), vec![(OP1, bp, JobOutcome::HeartbeatKept)]);
			System::assert_last_event(
				Event::HeartbeatReceived {
					service_id,
					operator: OP1,
					missed: 0,
				}
				.into(),
			);
			assert_noop!(
				Services::heartbeat(origin(STRANGER), service_id),
				ServicesError::NotServiceOperator
			);
			assert_noop!(
				Services::heartbeat(origin(OP1), 7),
				ServicesError::ServiceNotFound
			);
		});
	}

	#[test]
	fn beating_more_often_than_half_an_interval_earns_nothing_more() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			// Every block from the start: only the beats half an interval apart earn points.
			let half = HEARTBEAT_INTERVAL / 2;
			for block in 2..=(1 + 2 * HEARTBEAT_INTERVAL) {
				System::set_block_number(block);
				assert_ok!(Services::heartbeat(origin(OP1), service_id));
			}
			let rewarded = outcomes()
				.into_iter()
				.filter(|o| *o == (OP1, bp, JobOutcome::HeartbeatKept))
				.count() as u64;
			assert_eq!(rewarded, 0, "a beat one block after the last earns nothing");
			// Beats spaced by half an interval each earn.
			let mut block = 1 + 2 * HEARTBEAT_INTERVAL;
			for _ in 0..4 {
				block += half;
				System::set_block_number(block);
				assert_ok!(Services::heartbeat(origin(OP1), service_id));
			}
			assert_eq!(outcomes().len(), 4);
			assert!(offences().is_empty(), "frequent beats are never an offence");
		});
	}

	#[test]
	fn misses_over_the_threshold_report_a_growing_offence() {
		build_and_execute(|| {
			let (bp, service_id) = running_service();
			// Beats due by 11, 21, 31 missed; 41 is on time.
			System::set_block_number(41);
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
			assert_eq!(offences().len(), 1);
			let offence = &offences()[0];
			assert_eq!(offence.offender, OP1);
			assert_eq!(offence.blueprint_id, bp);
			assert_eq!(offence.service_id, Some(service_id));
			assert_eq!(offence.kind, OffenceKind::MissedHeartbeats);
			assert_eq!(offence.fraction, Perbill::from_percent(3));
			assert!(outcomes().is_empty());
			// Eight more missed: capped at 5%.
			System::set_block_number(131);
			assert_ok!(Services::heartbeat(origin(OP2), service_id));
			assert_eq!(offences()[1].fraction, Perbill::from_percent(5));
		});
	}

	#[test]
	fn anyone_may_report_missed_heartbeats_once() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			System::set_block_number(11);
			assert_noop!(
				Services::report_missed_heartbeats(origin(STRANGER), service_id, OP1),
				ServicesError::NoMissedHeartbeats
			);
			assert_noop!(
				Services::report_missed_heartbeats(origin(STRANGER), service_id, STRANGER),
				ServicesError::NotServiceOperator
			);
			System::set_block_number(41);
			assert_ok!(Services::report_missed_heartbeats(
				origin(STRANGER),
				service_id,
				OP1
			));
			assert_eq!(offences().len(), 1);
			System::assert_has_event(
				Event::HeartbeatsMissed {
					service_id,
					operator: OP1,
					missed: 3,
				}
				.into(),
			);
			// The same misses are not counted twice.
			assert_noop!(
				Services::report_missed_heartbeats(origin(STRANGER), service_id, OP1),
				ServicesError::NoMissedHeartbeats
			);
			System::set_block_number(45);
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
			System::assert_last_event(
				Event::HeartbeatReceived {
					service_id,
					operator: OP1,
					missed: 1,
				}
				.into(),
			);
			assert_eq!(offences().len(), 1);
		});
	}

	#[test]
	fn misses_add_up_only_within_a_window() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			System::set_block_number(31);
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
			for block in [41, 51, 61, 71, 81, 91, 101] {
				System::set_block_number(block);
				assert_ok!(Services::heartbeat(origin(OP1), service_id));
			}
			// The window of 100 blocks ended at 101, so the two misses before are forgotten.
			System::set_block_number(112);
			assert_ok!(Services::heartbeat(origin(OP1), service_id));
			assert!(offences().is_empty());
			assert_eq!(
				Heartbeats::<Test>::get(service_id, OP1)
					.unwrap()
					.missed_in_window,
				1
			);
		});
	}
}

#[test]
fn the_runtime_api_queries_see_everything() {
	build_and_execute(|| {
		let (bp, service_id) = running_service();
		let request_id = request(bp, &[OP1]);
		assert_eq!(
			crate::mock::Services::services_by_blueprint(bp),
			vec![service_id]
		);
		assert_eq!(
			crate::mock::Services::services_by_operator(&OP1),
			vec![service_id]
		);
		assert_eq!(
			crate::mock::Services::requests_by_client(&ALICE),
			vec![request_id]
		);
		let job = call_job(service_id);
		assert_eq!(
			crate::mock::Services::job_details(job).unwrap().client,
			ALICE
		);
		assert!(crate::mock::Services::job_details(job + 1).is_none());
	});
}

mod pruning {
	use super::*;
	use crate::mock::Services;

	fn pruned_event(count: u32) -> bool {
		System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::Services(Event::JobsPruned { count }))
	}

	#[test]
	fn a_settled_job_is_removed_after_the_retention_period() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let job = job_in(service_id, JobStatus::Claimed);
			let open = call_job(service_id);
			settle(job, OP1);
			let closed_at = System::block_number();
			run_to_block(closed_at + JOB_RETENTION - 1);
			assert!(
				Jobs::<Test>::contains_key(job),
				"kept for the whole retention period"
			);
			run_to_block(closed_at + JOB_RETENTION);
			assert!(!Jobs::<Test>::contains_key(job));
			assert!(pruned_event(1));
			// The registry no longer knows it, so no receipt can claim it again.
			assert!(<Services as JobRegistry<_, _, _>>::job(job).is_none());
			// An open job is never pruned.
			run_to_block(closed_at + 3 * JOB_RETENTION);
			assert!(Jobs::<Test>::contains_key(open));
			Services::do_try_state().unwrap();
		});
	}

	#[test]
	fn cancelled_jobs_spill_over_full_queues_and_budgets() {
		build_and_execute(|| {
			let (bp, first) = running_service();
			let second = service(bp, &[OP1, OP2]);
			let jobs: Vec<JobId> = (0..3)
				.map(|_| call_job(first))
				.chain((0..2).map(|_| call_job(second)))
				.collect();
			assert_ok!(Services::terminate_service(origin(ALICE), first));
			assert_ok!(Services::terminate_service(origin(ALICE), second));
			let closed_at = System::block_number();
			// Four fit in one block's queue; the fifth waits in the next one.
			assert_eq!(JobPrunes::<Test>::get(closed_at + JOB_RETENTION).len(), 4);
			assert_eq!(
				JobPrunes::<Test>::get(closed_at + JOB_RETENTION + 1).len(),
				1
			);
			run_to_block(closed_at + JOB_RETENTION);
			// At most three per block.
			let left = jobs
				.iter()
				.filter(|j| Jobs::<Test>::contains_key(**j))
				.count();
			assert_eq!(left, 2);
			assert!(pruned_event(3));
			Services::do_try_state().unwrap();
			run_to_block(closed_at + JOB_RETENTION + 1);
			assert!(jobs.iter().all(|j| !Jobs::<Test>::contains_key(*j)));
			assert!(pruned_event(2));
		});
	}
}

mod sla {
	use super::*;
	use crate::mock::Services;
	use sp_runtime::testing::TestSignature;

	fn strict_sla() -> Sla {
		Sla {
			max_latency_ms: Some(100),
			min_availability_ppm: Some(990_000),
			min_throughput: None,
		}
	}

	/// A service with an SLA, callers BOB and CAROL, and a job of ALICE's with OP2's result.
	fn job_with_result() -> (BlueprintId, ServiceId, JobId) {
		let bp = create_blueprint();
		register(bp, OP1, 5);
		register(bp, OP2, 5);
		let mut service_terms = terms(&[OP1, OP2]);
		service_terms.permitted_callers = BoundedVec::truncate_from(vec![BOB, CAROL]);
		service_terms.sla = Some(strict_sla());
		let request_id = NextRequestId::<Test>::get();
		assert_ok!(Services::request_service(
			origin(ALICE),
			bp,
			service_terms,
			TTL
		));
		assert_ok!(Services::approve(origin(OP1), request_id));
		assert_ok!(Services::approve(origin(OP2), request_id));
		let service_id = NextServiceId::<Test>::get() - 1;
		let job = call_job(service_id);
		assert_ok!(Services::submit_result(
			origin(OP2),
			job,
			H256::repeat_byte(8)
		));
		(bp, service_id, job)
	}

	fn report(job_id: JobId, latency_ms: u32) -> PerformanceReport {
		PerformanceReport {
			job_id,
			latency_ms,
			availability_ppm: 999_000,
			throughput: 1,
		}
	}

	fn signed(who: AccountId, report: &PerformanceReport) -> TestSignature {
		TestSignature(who, report.signing_payload(&Services::genesis_hash()))
	}

	fn file(who: AccountId, report: PerformanceReport) -> sp_runtime::DispatchResult {
		Services::file_performance_report(origin(STRANGER), report, who, signed(who, &report))
	}

	#[test]
	fn a_breach_refunds_part_of_the_payment_and_costs_points() {
		build_and_execute(|| {
			let (bp, _, job) = job_with_result();
			let before = Balances::free_balance(ALICE);
			assert_ok!(file(ALICE, report(job, 500)));
			Services::do_try_state().unwrap();
			let penalty = PRICE / 5;
			assert_eq!(Balances::free_balance(ALICE), before + penalty);
			assert_eq!(escrow_held(job), Some(PRICE - penalty));
			assert_eq!(SlaPenalties::<Test>::get(job), Some(penalty));
			assert_eq!(outcomes().last(), Some(&(OP2, bp, JobOutcome::SlaBreached)));
			System::assert_has_event(
				Event::PerformanceReported {
					job_id: job,
					reporter: ALICE,
					breached: true,
				}
				.into(),
			);
			System::assert_last_event(
				Event::SlaBreached {
					job_id: job,
					operators: vec![OP2],
					refunded: penalty,
				}
				.into(),
			);
			// The breach is penalised once.
			assert_ok!(file(BOB, report(job, 500)));
			assert_eq!(Balances::free_balance(ALICE), before + penalty);
		});
	}

	#[test]
	fn a_minority_of_breaching_reports_costs_nothing() {
		build_and_execute(|| {
			let (_, _, job) = job_with_result();
			assert_ok!(file(ALICE, report(job, 50)));
			assert_ok!(file(BOB, report(job, 500)));
			assert_eq!(escrow_held(job), Some(PRICE));
			assert_eq!(SlaPenalties::<Test>::get(job), None);
			assert_noop!(file(CAROL, report(job, 500)), ServicesError::TooManyReports);
		});
	}

	#[test]
	fn reports_are_checked() {
		build_and_execute(|| {
			let (_, service_id, job) = job_with_result();
			assert_noop!(
				file(STRANGER, report(job, 500)),
				ServicesError::NotServiceClient
			);
			assert_noop!(file(OP1, report(job, 500)), ServicesError::NotServiceClient);
			assert_noop!(
				file(ALICE, report(job + 9, 500)),
				ServicesError::JobNotFound
			);
			// Signed by BOB, claimed to be ALICE's.
			let forged = report(job, 500);
			assert_noop!(
				Services::file_performance_report(
					origin(STRANGER),
					forged,
					ALICE,
					signed(BOB, &forged)
				),
				ServicesError::BadSignature
			);
			// A signature over another chain's payload.
			assert_noop!(
				Services::file_performance_report(
					origin(STRANGER),
					forged,
					ALICE,
					TestSignature(ALICE, forged.signing_payload(&H256::repeat_byte(1)))
				),
				ServicesError::BadSignature
			);
			assert_ok!(file(ALICE, report(job, 50)));
			assert_noop!(file(ALICE, report(job, 50)), ServicesError::AlreadyReported);
			let pending = call_job(service_id);
			assert_noop!(
				file(ALICE, report(pending, 500)),
				ServicesError::NoResultYet
			);
		});
	}

	#[test]
	fn a_disputed_or_closed_job_gets_no_breach_refund() {
		build_and_execute(|| {
			let (bp, service_id, disputed) = job_with_result();
			let settled = call_job(service_id);
			submit(settled, OP2);
			assert_ok!(claim(settled, OP2, output()));
			settle(settled, OP2);
			assert_ok!(open_dispute(disputed));
			freeze_escrow(disputed);
			let before = Balances::free_balance(ALICE);
			// The dispute's ruling weighs the breach; the escrow stays whole until then.
			assert_ok!(file(ALICE, report(disputed, 500)));
			assert_eq!(SlaPenalties::<Test>::get(disputed), Some(0));
			assert_eq!(escrow_held(disputed), Some(PRICE));
			// A settled job's escrow is closed: nothing to refund, but the breach still counts.
			assert_ok!(file(ALICE, report(settled, 500)));
			assert_eq!(SlaPenalties::<Test>::get(settled), Some(0));
			assert_eq!(Balances::free_balance(ALICE), before);
			assert_eq!(outcomes().last(), Some(&(OP2, bp, JobOutcome::SlaBreached)));
		});
	}

	#[test]
	fn a_service_without_sla_takes_no_reports() {
		build_and_execute(|| {
			let (_, service_id) = running_service();
			let job = call_job(service_id);
			assert_ok!(Services::submit_result(origin(OP1), job, H256::zero()));
			assert_noop!(file(ALICE, report(job, 500)), ServicesError::NoSla);
		});
	}
}

mod properties {
	use super::*;
	use crate::mock::Services;
	use proptest::prelude::*;

	#[derive(Clone, Debug)]
	enum Action {
		Request {
			operators: Vec<usize>,
			ttl: u64,
		},
		Update {
			request: u64,
			operators: Vec<usize>,
			ttl: u64,
		},
		Approve {
			operator: usize,
			request: u64,
		},
		Reject {
			operator: usize,
			request: u64,
		},
		Cancel {
			request: u64,
		},
		Advance {
			blocks: u64,
		},
	}

	const OPERATORS: [AccountId; 3] = [OP1, OP2, OP3];

	fn operators() -> impl Strategy<Value = Vec<usize>> {
		prop::collection::vec(0..3usize, 1..4)
	}

	fn action() -> impl Strategy<Value = Action> {
		prop_oneof![
			(operators(), 1..30u64).prop_map(|(operators, ttl)| Action::Request { operators, ttl }),
			(0..20u64, operators(), 1..30u64).prop_map(|(request, operators, ttl)| {
				Action::Update {
					request,
					operators,
					ttl,
				}
			}),
			(0..3usize, 0..20u64)
				.prop_map(|(operator, request)| Action::Approve { operator, request }),
			(0..3usize, 0..20u64)
				.prop_map(|(operator, request)| Action::Reject { operator, request }),
			(0..20u64).prop_map(|request| Action::Cancel { request }),
			(1..8u64).prop_map(|blocks| Action::Advance { blocks }),
		]
	}

	fn named(indexes: &[usize]) -> Vec<AccountId> {
		indexes.iter().map(|i| OPERATORS[*i]).collect()
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(64))]

		/// Whatever clients and operators do, the indexes stay consistent, every open request
		/// holds exactly one deposit, and every request is resolved once its TTL has passed and
		/// the expiry hook has caught up: nothing is held forever.
		#[test]
		fn requests_always_resolve_and_deposits_always_return(
			actions in prop::collection::vec(action(), 1..60)
		) {
			build_and_execute(|| {
				let bp = create_blueprint();
				for operator in OPERATORS {
					register(bp, operator, 2);
				}
				for action in actions {
					// Refusals are fine; they must change nothing, which try_state checks.
					let _ = match action {
						Action::Request { operators, ttl } => Services::request_service(
							origin(ALICE), bp, terms(&named(&operators)), ttl,
						),
						Action::Update { request, operators, ttl } => Services::update_request(
							origin(ALICE), request, terms(&named(&operators)), ttl,
						),
						Action::Approve { operator, request } =>
							Services::approve(origin(OPERATORS[operator]), request),
						Action::Reject { operator, request } =>
							Services::reject(origin(OPERATORS[operator]), request),
						Action::Cancel { request } => Services::cancel_request(origin(ALICE), request),
						Action::Advance { blocks } => {
							run_to_block(System::block_number() + blocks);
							Ok(())
						},
					};
					Services::do_try_state().unwrap();
					let open = Requests::<Test>::iter().count() as Balance;
					assert_eq!(request_held(ALICE), open * REQUEST_DEPOSIT);
				}
				run_to_block(System::block_number() + 40);
				assert_eq!(Requests::<Test>::iter().count(), 0);
				assert_eq!(request_held(ALICE), 0);
				assert_eq!(RequestExpiries::<Test>::iter().count(), 0);
			});
		}
	}
}

/// Limits that bound call arguments are enforced when the call is decoded.
#[test]
fn oversized_arguments_do_not_decode() {
	use codec::{Decode, Encode};
	let too_long = vec![b'x'; 17].encode();
	assert!(NameOf::<Test>::decode(&mut &too_long[..]).is_err());
	assert!(NameOf::<Test>::decode(&mut &vec![b'x'; 16].encode()[..]).is_ok());
	let rpc = vec![b'r'; 33].encode();
	assert!(
		frame_support::BoundedVec::<u8, <Test as Config>::MaxRpcLen>::decode(&mut &rpc[..])
			.is_err()
	);
	let jobs = vec![
		JobDefinition::<<Test as Config>::MaxNameLen> {
			name: Default::default()
		};
		5
	];
	assert!(JobsOf::<Test>::decode(&mut &jobs.encode()[..]).is_err());
	let mut four = terms(&[OP1, OP2, OP3]).encode();
	// Re-encode the operator list with a fourth operator: the terms no longer decode.
	let operators = vec![OP1, OP2, OP3, UNBONDED].encode();
	let three = vec![OP1, OP2, OP3].encode();
	four.splice(0..three.len(), operators);
	assert!(TermsOf::<Test>::decode(&mut &four[..]).is_err());
	let callers = terms(&[OP1]);
	let mut encoded = callers.encode();
	let op_len = vec![OP1].encode().len();
	encoded.splice(
		op_len..op_len + vec![BOB].encode().len(),
		vec![BOB, CAROL, STRANGER].encode(),
	);
	assert!(TermsOf::<Test>::decode(&mut &encoded[..]).is_err());
}
