//! Benchmarks of every call and of the expiry hook, each at its worst case.

use super::*;
use aitbc_primitives::{traits::JobStatus, PaymentAsset};
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::{Bounded, CheckedDiv, One, Saturating, Zero};

const CLASS: ResourceClass = ResourceClass(1);

fn fund<T: Config>(who: &T::AccountId) {
	let plenty = BalanceOf::<T>::max_value()
		.checked_div(&1_000_000u32.into())
		.unwrap_or_default();
	T::Currency::set_balance(who, plenty);
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	fund::<T>(&who);
	who
}

fn operator<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("operator", index);
	T::BenchmarkHelper::bond_operator(&who);
	who
}

fn full_name<T: Config>() -> NameOf<T> {
	BoundedVec::truncate_from(vec![b'n'; T::MaxNameLen::get() as usize])
}

fn heartbeat_interval<T: Config>() -> frame_system::pallet_prelude::BlockNumberFor<T> {
	T::MinHeartbeatInterval::get().max(One::one())
}

fn blueprint<T: Config>() -> BlueprintId {
	let owner = funded::<T>("owner", 0);
	let jobs: Vec<JobDefinitionOf<T>> = (0..T::MaxJobsPerBlueprint::get())
		.map(|_| JobDefinition {
			name: full_name::<T>(),
		})
		.collect();
	let id = NextBlueprintId::<T>::get();
	T::BenchmarkHelper::price_class(CLASS);
	Pallet::<T>::do_create_blueprint(
		owner,
		full_name::<T>(),
		H256::repeat_byte(1),
		BoundedVec::truncate_from(jobs),
		CLASS,
		1,
		heartbeat_interval::<T>(),
	)
	.expect("benchmark blueprint");
	id
}

fn preferences<T: Config>() -> PreferencesOf<T> {
	OperatorPreferences {
		session_key: [7; 32],
		rpc_endpoint: BoundedVec::truncate_from(vec![b'r'; T::MaxRpcLen::get() as usize]),
		capacity: 1_000,
	}
}

fn registered<T: Config>(blueprint_id: BlueprintId, index: u32) -> T::AccountId {
	let who = operator::<T>(index);
	Pallet::<T>::do_register_operator(
		who.clone(),
		blueprint_id,
		preferences::<T>(),
		T::MaxServicesPerOperator::get(),
	)
	.expect("benchmark operator");
	who
}

fn terms<T: Config>(operators: Vec<T::AccountId>) -> TermsOf<T> {
	let callers: Vec<T::AccountId> = (0..T::MaxPermittedCallers::get())
		.map(|i| account("caller", i, 0))
		.collect();
	RequestTerms {
		operators: BoundedVec::truncate_from(operators),
		permitted_callers: BoundedVec::truncate_from(callers),
		payment_asset: PaymentAsset::Native,
		security_assets: BoundedVec::truncate_from(vec![
			PaymentAsset::Native;
			T::MaxSecurityAssets::get() as usize
		]),
		sla: Some(Sla::default()),
		job_timeout: T::MinJobTimeout::get(),
		ends_at: None,
	}
}

fn advance<T: Config>(blocks: frame_system::pallet_prelude::BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(
		frame_system::Pallet::<T>::block_number().saturating_add(blocks),
	);
}

/// A request of `o` registered operators of a fresh blueprint.
fn request<T: Config>(o: u32) -> (RequestId, T::AccountId, Vec<T::AccountId>, BlueprintId) {
	let blueprint_id = blueprint::<T>();
	let operators: Vec<T::AccountId> = (0..o).map(|i| registered::<T>(blueprint_id, i)).collect();
	let client = funded::<T>("client", 0);
	let request_id = NextRequestId::<T>::get();
	Pallet::<T>::do_request_service(
		client.clone(),
		blueprint_id,
		terms::<T>(operators.clone()),
		T::MaxRequestTtl::get(),
	)
	.expect("benchmark request");
	(request_id, client, operators, blueprint_id)
}

/// A running service of `o` operators.
fn service<T: Config>(o: u32) -> (ServiceId, T::AccountId, Vec<T::AccountId>) {
	let (request_id, client, operators, _) = request::<T>(o);
	let service_id = NextServiceId::<T>::get();
	for operator in operators.iter() {
		Pallet::<T>::do_approve(operator.clone(), request_id).expect("benchmark approval");
	}
	(service_id, client, operators)
}

fn call<T: Config>(service_id: ServiceId, client: &T::AccountId) -> JobId {
	let job_id = NextJobId::<T>::get();
	Pallet::<T>::do_call_job(
		client.clone(),
		service_id,
		0,
		H256::repeat_byte(2),
		10,
		BalanceOf::<T>::max_value(),
	)
	.expect("benchmark job");
	job_id
}

fn rental_terms<T: Config>(blueprint_id: BlueprintId, periods: u32) -> RentalTermsOf<T> {
	RentalTerms {
		blueprint_id,
		capacity: 1,
		period_length: T::MinRentalPeriod::get().max(heartbeat_interval::<T>()),
		periods,
		payment_asset: PaymentAsset::Native,
		sla: RentalSla {
			min_availability_ppm: 900_000,
			max_response_ms: Some(1),
			min_accuracy_ppm: Some(1_000_000),
			min_delivered_units: Some(u64::MAX),
			breach_penalty: sp_runtime::Perbill::from_percent(10),
		},
		notice: Zero::zero(),
	}
}

/// An offer of `periods` periods from a fresh consumer to provider `index` of `blueprint_id`.
fn rental_offer<T: Config>(
	blueprint_id: BlueprintId,
	index: u32,
	periods: u32,
) -> (RentalId, T::AccountId, T::AccountId) {
	let provider = registered::<T>(blueprint_id, index);
	let consumer = funded::<T>("consumer", index);
	let id = NextRentalId::<T>::get();
	Pallet::<T>::do_create_rental(
		consumer.clone(),
		provider.clone(),
		rental_terms::<T>(blueprint_id, periods),
		BalanceOf::<T>::max_value(),
		T::MaxRequestTtl::get(),
	)
	.expect("benchmark rental");
	(id, consumer, provider)
}

/// A running rental of `periods` periods.
fn rental_running<T: Config>(
	blueprint_id: BlueprintId,
	index: u32,
	periods: u32,
) -> (RentalId, T::AccountId, T::AccountId) {
	let (id, consumer, provider) = rental_offer::<T>(blueprint_id, index, periods);
	Pallet::<T>::do_accept_rental(provider.clone(), id).expect("benchmark acceptance");
	(id, consumer, provider)
}

/// A running rental whose `periods` periods all ended and were paid into jobs, and whose
/// report windows all closed: each step of its next touch settles one (breached, so the
/// offence path runs too).
fn rental_due<T: Config>(blueprint_id: BlueprintId, index: u32, periods: u32) -> RentalId {
	let (id, _, _) = rental_running::<T>(blueprint_id, index, periods);
	let rental = Rentals::<T>::get(id).expect("rental");
	let length = rental.terms.period_length.saturating_mul(periods.into());
	let start = rental.starts_at.expect("started");
	frame_system::Pallet::<T>::set_block_number(start.saturating_add(length));
	Pallet::<T>::advance(id, periods).expect("carve the periods");
	frame_system::Pallet::<T>::set_block_number(
		start
			.saturating_add(length)
			.saturating_add(T::RentalReportWindow::get()),
	);
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_blueprint() {
		let owner = funded::<T>("owner", 1);
		let jobs: Vec<JobDefinitionOf<T>> = (0..T::MaxJobsPerBlueprint::get())
			.map(|_| JobDefinition {
				name: full_name::<T>(),
			})
			.collect();
		let id = NextBlueprintId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			full_name::<T>(),
			H256::repeat_byte(1),
			BoundedVec::truncate_from(jobs),
			CLASS,
			1,
			heartbeat_interval::<T>(),
		);

		assert!(Blueprints::<T>::contains_key(id));
	}

	#[benchmark]
	fn remove_blueprint() {
		let blueprint_id = blueprint::<T>();
		let owner: T::AccountId = account("owner", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), blueprint_id);

		assert!(!Blueprints::<T>::contains_key(blueprint_id));
	}

	/// The operator's last free place in `MaxBlueprintsPerOperator`.
	#[benchmark]
	fn register_operator() {
		let who = operator::<T>(0);
		for _ in 1..T::MaxBlueprintsPerOperator::get() {
			let other = blueprint::<T>();
			Pallet::<T>::do_register_operator(who.clone(), other, preferences::<T>(), 1)
				.expect("registration");
		}
		let blueprint_id = blueprint::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			blueprint_id,
			preferences::<T>(),
			1,
		);

		assert!(Operators::<T>::contains_key(blueprint_id, &who));
	}

	/// An active operator, so pricing's supply moves too.
	#[benchmark]
	fn update_registration() {
		let blueprint_id = blueprint::<T>();
		let who = registered::<T>(blueprint_id, 0);
		let mut preferences = preferences::<T>();
		preferences.capacity = 2_000;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			blueprint_id,
			preferences,
			T::MaxServicesPerOperator::get(),
		);

		assert_eq!(
			Operators::<T>::get(blueprint_id, &who).map(|r| r.preferences.capacity),
			Some(2_000)
		);
	}

	#[benchmark]
	fn go_inactive() {
		let blueprint_id = blueprint::<T>();
		let who = registered::<T>(blueprint_id, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), blueprint_id);

		assert_eq!(
			Operators::<T>::get(blueprint_id, &who).map(|r| r.state),
			Some(OperatorState::Inactive)
		);
	}

	#[benchmark]
	fn go_active() {
		let blueprint_id = blueprint::<T>();
		let who = registered::<T>(blueprint_id, 0);
		Pallet::<T>::do_go_inactive(who.clone(), blueprint_id).expect("inactive");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), blueprint_id);

		assert_eq!(
			Operators::<T>::get(blueprint_id, &who).map(|r| r.state),
			Some(OperatorState::Active)
		);
	}

	#[benchmark]
	fn schedule_leave() {
		let blueprint_id = blueprint::<T>();
		let who = registered::<T>(blueprint_id, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), blueprint_id);

		assert!(!Operators::<T>::contains_key(blueprint_id, &who));
	}

	#[benchmark]
	fn deregister() {
		let blueprint_id = blueprint::<T>();
		let who = registered::<T>(blueprint_id, 0);
		Pallet::<T>::do_go_inactive(who.clone(), blueprint_id).expect("inactive");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), blueprint_id);

		assert!(!Operators::<T>::contains_key(blueprint_id, &who));
	}

	#[benchmark]
	fn request_service(o: Linear<1, { T::MaxOperatorsPerService::get() }>) {
		let blueprint_id = blueprint::<T>();
		let operators: Vec<T::AccountId> =
			(0..o).map(|i| registered::<T>(blueprint_id, i)).collect();
		let client = funded::<T>("client", 0);
		let id = NextRequestId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(client),
			blueprint_id,
			terms::<T>(operators),
			T::MaxRequestTtl::get(),
		);

		assert!(Requests::<T>::contains_key(id));
	}

	#[benchmark]
	fn update_request(o: Linear<1, { T::MaxOperatorsPerService::get() }>) {
		let (request_id, client, operators, _) = request::<T>(o);
		let ttl = T::MaxRequestTtl::get()
			.saturating_sub(One::one())
			.max(One::one());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(client),
			request_id,
			terms::<T>(operators),
			ttl,
		);

		assert!(Requests::<T>::contains_key(request_id));
	}

	/// The last approval, which creates the service.
	#[benchmark]
	fn approve(o: Linear<1, { T::MaxOperatorsPerService::get() }>) {
		let (request_id, _, operators, _) = request::<T>(o);
		let (last, others) = operators.split_last().expect("o >= 1");
		for operator in others {
			Pallet::<T>::do_approve(operator.clone(), request_id).expect("approval");
		}
		let service_id = NextServiceId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), request_id);

		assert!(Services::<T>::contains_key(service_id));
	}

	#[benchmark]
	fn reject() {
		let (request_id, _, operators, _) = request::<T>(T::MaxOperatorsPerService::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(operators[0].clone()), request_id);

		assert!(!Requests::<T>::contains_key(request_id));
	}

	#[benchmark]
	fn cancel_request() {
		let (request_id, client, _, _) = request::<T>(T::MaxOperatorsPerService::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(client), request_id);

		assert!(!Requests::<T>::contains_key(request_id));
	}

	#[benchmark]
	fn call_job() {
		let (service_id, client, _) = service::<T>(T::MaxOperatorsPerService::get());
		let job_id = NextJobId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(client),
			service_id,
			T::MaxJobsPerBlueprint::get().saturating_sub(1),
			H256::repeat_byte(2),
			10,
			BalanceOf::<T>::max_value(),
		);

		assert!(Jobs::<T>::contains_key(job_id));
	}

	#[benchmark]
	fn submit_result() {
		let (service_id, client, operators) = service::<T>(T::MaxOperatorsPerService::get());
		let job_id = call::<T>(service_id, &client);
		let last = operators.last().expect("operators").clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(last), job_id, H256::repeat_byte(3));

		assert!(Jobs::<T>::get(job_id).is_some_and(|job| job.result.is_some()));
	}

	/// A late heartbeat whose misses report an offence.
	#[benchmark]
	fn heartbeat() {
		let (service_id, _, operators) = service::<T>(T::MaxOperatorsPerService::get());
		let operator = operators[0].clone();
		let misses = T::MissedHeartbeatThreshold::get().saturating_add(2);
		let late = heartbeat_interval::<T>().saturating_mul(misses.into());
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(late),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), service_id);

		assert!(Heartbeats::<T>::get(service_id, &operator).is_some());
	}

	#[benchmark]
	fn report_missed_heartbeats() {
		let (service_id, _, operators) = service::<T>(T::MaxOperatorsPerService::get());
		let operator = operators[0].clone();
		let misses = T::MissedHeartbeatThreshold::get().saturating_add(2);
		let late = heartbeat_interval::<T>().saturating_mul(misses.into());
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(late),
		);
		let reporter = funded::<T>("reporter", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), service_id, operator.clone());

		assert!(Heartbeats::<T>::get(service_id, &operator).is_some());
	}

	/// Every job is still without a result, so each is refunded and cancelled.
	#[benchmark]
	fn terminate_service(
		j: Linear<0, { T::MaxPendingJobsPerService::get() }>,
		o: Linear<1, { T::MaxOperatorsPerService::get() }>,
	) {
		let (service_id, client, operators) = service::<T>(o);
		for _ in 0..j {
			call::<T>(service_id, &client);
		}
		// Leaving operators are deregistered when their last service ends: the most writes.
		let blueprint_id = Services::<T>::get(service_id)
			.map(|s| s.blueprint_id)
			.unwrap_or_default();
		for operator in operators {
			Pallet::<T>::do_schedule_leave(operator, blueprint_id).expect("leaving");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(client), service_id);

		assert!(!Services::<T>::contains_key(service_id));
	}

	/// The first of `MaxPendingJobsPerService` open jobs times out: the longest list to leave.
	#[benchmark]
	fn cancel_job() {
		let (service_id, client, _) = service::<T>(T::MaxOperatorsPerService::get());
		let job_id = call::<T>(service_id, &client);
		for _ in 1..T::MaxPendingJobsPerService::get() {
			call::<T>(service_id, &client);
		}
		advance::<T>(T::MinJobTimeout::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(client), job_id);

		assert!(Jobs::<T>::get(job_id).is_some_and(|job| job.status == JobStatus::TimedOut));
	}

	#[benchmark]
	fn leave_service() {
		let (service_id, _, operators) = service::<T>(T::MaxOperatorsPerService::get());
		let operator = operators.last().expect("operators").clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), service_id);

		assert!(ServiceExits::<T>::contains_key(service_id, &operator));
	}

	/// The last operator leaves, so the service ends with `j` jobs refunded, and the operator
	/// (leaving its blueprint) is deregistered.
	#[benchmark]
	fn complete_service_exit(j: Linear<0, { T::MaxPendingJobsPerService::get() }>) {
		let (service_id, client, operators) = service::<T>(1);
		for _ in 0..j {
			call::<T>(service_id, &client);
		}
		let operator = operators[0].clone();
		let blueprint_id = Services::<T>::get(service_id)
			.map(|s| s.blueprint_id)
			.unwrap_or_default();
		Pallet::<T>::do_schedule_leave(operator.clone(), blueprint_id).expect("leaving");
		Pallet::<T>::do_leave_service(operator.clone(), service_id).expect("leave service");
		advance::<T>(T::ServiceExitNotice::get());
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), service_id, operator.clone());

		assert!(!Services::<T>::contains_key(service_id));
		assert!(!Operators::<T>::contains_key(blueprint_id, &operator));
	}

	/// `n` closed jobs, with reports and penalties, due for removal now: one bucket at the
	/// cursor (further buckets are charged by the queue's weight model).
	#[benchmark]
	fn prune_jobs(n: Linear<0, { T::MaxJobPrunesProcessedPerBlock::get() }>) {
		let (service_id, client, _) = service::<T>(1);
		let now = frame_system::Pallet::<T>::block_number();
		let mut due = Vec::new();
		for _ in 0..n {
			let job_id = call::<T>(service_id, &client);
			SlaPenalties::<T>::insert(job_id, BalanceOf::<T>::from(1u32));
			due.push(job_id);
		}
		JobPrunes::<T>::insert(now, BoundedVec::truncate_from(due.clone()));

		#[block]
		{
			Pallet::<T>::prune_closed_jobs(now);
		}

		assert!(due.iter().all(|job_id| !Jobs::<T>::contains_key(job_id)));
	}

	/// `n` requests expire now: one bucket at the cursor (further buckets are charged by the
	/// queue's weight model).
	#[benchmark]
	fn expire_requests(n: Linear<0, { T::MaxExpiriesProcessedPerBlock::get() }>) {
		let blueprint_id = blueprint::<T>();
		let operator = registered::<T>(blueprint_id, 0);
		let ttl: frame_system::pallet_prelude::BlockNumberFor<T> = One::one();
		for i in 0..n {
			let client = funded::<T>("client", i);
			Pallet::<T>::do_request_service(
				client,
				blueprint_id,
				terms::<T>(vec![operator.clone()]),
				ttl,
			)
			.expect("request");
		}
		let at = frame_system::Pallet::<T>::block_number().saturating_add(ttl);
		ExpiryCursor::<T>::put(at);

		#[block]
		{
			Pallet::<T>::expire_requests(at);
		}

		assert_eq!(NextRequestId::<T>::get(), u64::from(n));
		assert_eq!(Requests::<T>::iter().count(), 0);
	}

	/// The report that completes a majority of breaching reports and costs the operator.
	#[benchmark]
	fn file_performance_report(r: Linear<1, { T::MaxReportsPerJob::get() }>) {
		let reporter = T::BenchmarkHelper::reporter();
		fund::<T>(&reporter);
		let blueprint_id = blueprint::<T>();
		let operators: Vec<T::AccountId> = (0..T::MaxOperatorsPerService::get())
			.map(|i| registered::<T>(blueprint_id, i))
			.collect();
		let mut service_terms = terms::<T>(operators.clone());
		service_terms.sla = Some(Sla {
			max_latency_ms: Some(1),
			min_availability_ppm: Some(1),
			min_throughput: Some(1),
		});
		let request_id = NextRequestId::<T>::get();
		Pallet::<T>::do_request_service(
			reporter.clone(),
			blueprint_id,
			service_terms,
			T::MaxRequestTtl::get(),
		)
		.expect("request");
		let service_id = NextServiceId::<T>::get();
		for operator in operators.iter() {
			Pallet::<T>::do_approve(operator.clone(), request_id).expect("approval");
		}
		let job_id = call::<T>(service_id, &reporter);
		Pallet::<T>::do_submit_result(operators[0].clone(), job_id, H256::repeat_byte(3))
			.expect("result");
		let report = PerformanceReport {
			job_id,
			latency_ms: 100,
			availability_ppm: 0,
			throughput: 0,
		};
		let earlier: Vec<(T::AccountId, PerformanceReport)> =
			(1..r).map(|i| (account("caller", i, 0), report)).collect();
		PerformanceReports::<T>::insert(job_id, BoundedVec::truncate_from(earlier));
		let signature =
			T::BenchmarkHelper::sign(&report.signing_payload(&Pallet::<T>::genesis_hash()));
		let submitter = funded::<T>("submitter", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(submitter), report, reporter, signature);

		assert!(SlaPenalties::<T>::contains_key(job_id));
	}

	#[benchmark]
	fn create_rental() {
		let blueprint_id = blueprint::<T>();
		let provider = registered::<T>(blueprint_id, 0);
		let consumer = funded::<T>("consumer", 0);
		let terms = rental_terms::<T>(blueprint_id, T::MaxRentalPeriods::get().min(8));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(consumer),
			provider,
			terms,
			BalanceOf::<T>::max_value(),
			T::MaxRequestTtl::get(),
		);

		assert!(Rentals::<T>::contains_key(0));
	}

	#[benchmark]
	fn accept_rental() {
		let blueprint_id = blueprint::<T>();
		let (id, _, provider) = rental_offer::<T>(blueprint_id, 0, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);

		assert!(Rentals::<T>::get(id).is_some_and(|r| r.status == RentalStatus::Active));
	}

	#[benchmark]
	fn decline_rental() {
		let blueprint_id = blueprint::<T>();
		let (id, _, provider) = rental_offer::<T>(blueprint_id, 0, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);

		assert!(Rentals::<T>::get(id).is_some_and(|r| r.status == RentalStatus::Cancelled));
	}

	/// Cancelling a running rental (the touch before it is charged as `advance_rental`).
	#[benchmark]
	fn cancel_rental() {
		let blueprint_id = blueprint::<T>();
		let (id, consumer, _) = rental_running::<T>(blueprint_id, 0, 2);

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), id);

		assert!(Rentals::<T>::get(id).is_some_and(|r| r.cancelled));
	}

	/// The consumer's report that agrees with the provider's, so the period settles at once.
	#[benchmark]
	fn report_rental_metrics() {
		let blueprint_id = blueprint::<T>();
		let (id, consumer, provider) = rental_running::<T>(blueprint_id, 0, 1);
		let rental = Rentals::<T>::get(id).expect("rental");
		frame_system::Pallet::<T>::set_block_number(
			rental
				.starts_at
				.expect("started")
				.saturating_add(rental.terms.period_length),
		);
		let metrics = RentalMetrics {
			availability_ppm: 1_000_000,
			response_ms: 1,
			accuracy_ppm: 1_000_000,
			delivered_units: 1,
		};
		Pallet::<T>::do_report_rental_metrics(provider, id, 0, metrics).expect("provider reports");

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), id, 0, metrics);

		assert!(OpenRentalPeriods::<T>::get(id, 0).is_none());
	}

	/// `n` steps, each settling a period outside its SLA.
	#[benchmark]
	fn advance_rental(n: Linear<1, { T::MaxRentalStepsPerTouch::get() }>) {
		let blueprint_id = blueprint::<T>();
		let id = rental_due::<T>(blueprint_id, 0, n);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(OpenRentalPeriods::<T>::iter_prefix(id).count() < n as usize);
	}

	/// A heartbeat for a rental's service, counted towards its period.
	#[benchmark]
	fn heartbeat_rental() {
		let blueprint_id = blueprint::<T>();
		let (id, _, provider) = rental_running::<T>(blueprint_id, 0, 2);
		let service_id = Rentals::<T>::get(id)
			.and_then(|r| r.service_id)
			.expect("service");
		advance::<T>(heartbeat_interval::<T>());

		#[extrinsic_call]
		heartbeat(RawOrigin::Signed(provider), service_id);

		assert_eq!(RentalBeats::<T>::get(id, 0).beaten, 1);
	}

	/// `n` rentals due now, each touched for `MaxRentalStepsPerTouch` settling steps.
	#[benchmark]
	fn wake_rentals(n: Linear<0, { T::MaxRentalWakeupsProcessedPerBlock::get() }>) {
		let blueprint_id = blueprint::<T>();
		let steps = T::MaxRentalStepsPerTouch::get();
		let ids: Vec<RentalId> = (0..n)
			.map(|i| rental_due::<T>(blueprint_id, i, steps))
			.collect();
		let now = frame_system::Pallet::<T>::block_number();
		for id in ids.iter() {
			let mut rental = Rentals::<T>::get(id).expect("rental");
			if let Some(at) = rental.wake_at.take() {
				RentalWakeQueue::<T>::remove(at, id);
			}
			rental.wake_at = Some(RentalWakeQueue::<T>::schedule(now, *id, 64).expect("room"));
			Rentals::<T>::insert(id, rental);
		}
		RentalWakeCursor::<T>::put(now);

		#[block]
		{
			Pallet::<T>::wake_rentals(now);
		}

		assert!(ids
			.iter()
			.all(|id| OpenRentalPeriods::<T>::iter_prefix(id).count() == 0));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
