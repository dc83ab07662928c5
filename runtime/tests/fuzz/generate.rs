//! The fuzzer's call generator: every call of every AITBC pallet, and the SDK calls users and
//! governance reach (balances, assets, batches, council motions, treasury spends, the brakes).
//!
//! Arguments come from small domains, so that calls often succeed: ids of objects that exist
//! (a window below each `Next*Id`) and now and then one that does not; amounts around the
//! runtime's minimums and bonds, sometimes 0 or `u128::MAX`; a few hashes; receipts, acceptances
//! and reports signed with the keyring key of the account that must sign them, sometimes with
//! another. Each action looks for the object its call needs in the state it should be in (a job
//! with a result for a receipt, a seated arbiter for a vote) and falls back to the call that
//! makes one, so runs go deep: blueprints, bonded and registered operators, approved services,
//! jobs, results, claims (public and zero-knowledge), settlements, disputes with panels, votes
//! and appeals, slashes, rewards. Most calls come from the account that may make them, some from
//! any other.

#![allow(dead_code)]

use crate::harness::{account, index_of, pair, Step, Who, KEYS};
use aitbc_primitives::settlement::{Adapter, ChainId, MessageKind, SettlementMessage};
use aitbc_primitives::{
	receipt::ReceiptBody,
	traits::{JobStatus, KeyConsumer},
	PaymentAsset, ResourceClass,
};
use aitbc_runtime::{
	configs::governance::CouncilCollective, AccountId, AssetId, Balance, BlockNumber, Runtime,
	RuntimeCall, Signature, System, AIT, EXISTENTIAL_DEPOSIT, MICRO_AIT, MILLI_AIT,
};
use codec::{Decode, Encode};
use frame_support::{dispatch::GetDispatchInfo, traits::Get, BoundedVec};
use pallet_disputes::{DisputeStatus, ReviewPhase, Ruling};
use pallet_receipts::{PrivacyKind, PrivacyLevel, PrivateProof};
use pallet_settlement::{MessageStatus, RateLimit, Route, RouteAdapter, Routing, StandingRule};
use sp_core::{ecdsa, Pair, H256};
use sp_runtime::{Perbill, Permill};

type Services = pallet_services::Call<Runtime>;
type Receipts = pallet_receipts::Call<Runtime>;
type Staking = pallet_operator_staking::Call<Runtime>;
type Disputes = pallet_disputes::Call<Runtime>;
type Escrow = pallet_escrow::Call<Runtime>;
type Pricing = pallet_pricing::Call<Runtime>;
type Zk = pallet_zk_verifier::Call<Runtime>;
type Assets = pallet_assets::Call<Runtime>;
type Settlement = pallet_settlement::Call<Runtime>;

/// The chain the fuzzer's settlement messages go to and come from, and its committee's key
/// seeds (2 of 3 once governance sets it; seed 9 is no member).
const PEER: ChainId = 2;
const COMMITTEE_SEEDS: [u8; 3] = [1, 2, 3];
const STRANGER_SEED: u8 = 9;

/// A deterministic generator (SplitMix64): the same seed gives the same run.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
	pub fn new(seed: u64) -> Self {
		Rng(seed)
	}

	pub fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	/// Uniform in `0..n` (0 if `n` is 0).
	pub fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next_u64() % n
		}
	}

	/// Uniform in `low..=high`.
	pub fn range(&mut self, low: u64, high: u64) -> u64 {
		low + self.below(high.saturating_sub(low).saturating_add(1))
	}

	/// True with `percent` percent probability.
	pub fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}

	pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
		items[self.below(items.len() as u64) as usize].clone()
	}

	pub fn bytes32(&mut self) -> [u8; 32] {
		let mut out = [0u8; 32];
		for chunk in out.chunks_mut(8) {
			chunk.copy_from_slice(&self.next_u64().to_le_bytes());
		}
		out
	}
}

/// `value` as a 32-byte little-endian field element (what the circuits' public inputs are).
pub fn field(value: u128) -> [u8; 32] {
	let mut out = [0u8; 32];
	out[..16].copy_from_slice(&value.to_le_bytes());
	out
}

/// The output a job's operator reports: a field element, so private receipts can prove it.
pub fn output_of(job_id: u64) -> H256 {
	H256(field(0xA17B_C000_0000 + u128::from(job_id)))
}

/// What `arbiter` votes in `round` of `dispute_id`, and its salt: derived, so the reveal
/// matches the commitment without remembering it.
pub fn vote_of(dispute_id: u64, arbiter: &AccountId, round: u32) -> (Ruling, [u8; 32]) {
	let seed = sp_io::hashing::blake2_256(&(b"fuzz-vote", dispute_id, arbiter, round).encode());
	let ruling = match seed[0] % 3 {
		0 => Ruling::Client,
		1 => Ruling::Operator,
		_ => Ruling::Split(Perbill::from_percent(u32::from(seed[1]) % 101)),
	};
	(ruling, seed)
}

/// A synthetic Groth16 key (known trapdoor) with `inputs` public inputs, as the verifier's
/// testing module makes them, and what it is registered as.
#[derive(Clone)]
struct KeySpec {
	bytes: Vec<u8>,
	inputs: u32,
	nullifier: Option<u32>,
	consumer: KeyConsumer,
	id: [u8; 32],
}

fn keys() -> Vec<KeySpec> {
	let spec = |inputs: u32, nullifier: Option<u32>, consumer: KeyConsumer| {
		let bytes = pallet_zk_verifier::testing::synthetic_key(inputs);
		let id = aitbc_runtime::ZkVerifier::id_of_key(&bytes, nullifier, consumer)
			.expect("a synthetic key is valid");
		KeySpec {
			bytes,
			inputs,
			nullifier,
			consumer,
			id,
		}
	};
	vec![
		spec(1, None, KeyConsumer::Open),
		spec(2, Some(0), KeyConsumer::Open),
		spec(4, None, KeyConsumer::Receipts),
		spec(6, None, KeyConsumer::Receipts),
		spec(4, None, KeyConsumer::Escrow),
		spec(4, Some(1), KeyConsumer::Open),
	]
}

/// Operators, clients, delegators and arbiters: each role mostly from its own accounts, so that
/// panels find arbiters that are neither parties nor their operators' delegators.
const OPERATORS: [usize; 4] = [2, 3, 4, 9];
const CLIENTS: [usize; 3] = [5, 0, 1];
const DELEGATORS: [usize; 3] = [0, 1, 5];
const ARBITERS: [usize; 4] = [6, 7, 8, 0];
const MEMBERS: [usize; 3] = [0, 1, 2];

/// How far below each `Next*Id` to look for objects.
const WINDOW: u64 = 24;
const ASSETS: [AssetId; 3] = [1, 2, 3];

fn min_bond() -> Balance {
	<Runtime as pallet_operator_staking::Config>::MinOperatorBond::get()
}

fn min_arbiter_stake() -> Balance {
	<Runtime as pallet_disputes::Config>::MinArbiterStake::get()
}

fn now() -> BlockNumber {
	System::block_number()
}

fn name<S: Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(bytes.to_vec())
}

pub struct Gen {
	pub rng: Rng,
	keys: Option<Vec<KeySpec>>,
}

type Action = fn(&mut Gen) -> Step;

/// Every action with its weight. The weights favour the market's main path; each action falls
/// back to the one that makes what it needs.
const ACTIONS: &[(u32, Action)] = &[
	// Services.
	(8, Gen::create_blueprint),
	(14, Gen::register_operator),
	(4, Gen::go_inactive),
	(5, Gen::go_active),
	(2, Gen::schedule_leave),
	(3, Gen::deregister),
	(5, Gen::update_registration),
	(2, Gen::remove_blueprint),
	(24, Gen::request_service),
	(4, Gen::update_request),
	(30, Gen::approve),
	(3, Gen::reject),
	(3, Gen::cancel_request),
	(60, Gen::call_job),
	(50, Gen::submit_result),
	(20, Gen::heartbeat),
	(6, Gen::report_missed_heartbeats),
	(5, Gen::terminate_service),
	(5, Gen::file_performance_report),
	(8, Gen::cancel_job),
	(3, Gen::leave_service),
	(4, Gen::complete_service_exit),
	// Receipts.
	(50, Gen::submit_receipt),
	(10, Gen::commit_job),
	(3, Gen::remove_job_commitment),
	(20, Gen::accept),
	(6, Gen::accept_many),
	(8, Gen::settle_claims),
	// Staking.
	(10, Gen::bond),
	(5, Gen::bond_extra),
	(4, Gen::schedule_unbond),
	(4, Gen::withdraw_unbonded),
	(3, Gen::set_commission),
	(10, Gen::delegate),
	(4, Gen::schedule_undelegation),
	(4, Gen::withdraw_undelegated),
	(6, Gen::apply_slash),
	(6, Gen::claim_rewards),
	// Disputes.
	(12, Gen::file_dispute),
	(12, Gen::submit_evidence),
	(18, Gen::commit_vote),
	(18, Gen::reveal_vote),
	(5, Gen::appeal),
	(2, Gen::advance),
	(8, Gen::join_arbiters),
	(3, Gen::add_arbiter_stake),
	(2, Gen::leave_arbiters),
	// Escrow.
	(12, Gen::escrow_create),
	(8, Gen::escrow_release),
	(5, Gen::escrow_refund),
	(5, Gen::escrow_approve),
	(4, Gen::escrow_submit_proof),
	// Settlement.
	(8, Gen::request_settlement),
	(8, Gen::receive_settlement),
	(2, Gen::retry_settlement),
	(2, Gen::refund_settlement),
	(2, Gen::set_standing_rule),
	// Pricing.
	(5, Gen::set_ask),
	(2, Gen::clear_ask),
	// ZkVerifier.
	(3, Gen::register_key),
	(2, Gen::unregister_key),
	(3, Gen::verify_proof),
	(2, Gen::verify_batch),
	// SDK calls users reach.
	(10, Gen::balances),
	(10, Gen::assets),
	(6, Gen::batch),
	(6, Gen::council_motion),
	(3, Gen::treasury),
	(1, Gen::remark),
	// Governance: root (sudo) or the council's origin.
	(45, Gen::governance),
];

impl Gen {
	pub fn new(seed: u64) -> Self {
		Gen {
			rng: Rng::new(seed),
			keys: None,
		}
	}

	/// The next call. Reads the chain's state, so it runs inside it.
	pub fn next_step(&mut self) -> Step {
		// A pulled brake (safe mode, a paused call) is soon released by governance, or it
		// would stop most calls for hours.
		if self.rng.chance(10) {
			if let Some(release) = Self::release_brake() {
				return Step {
					who: Who::Sudo,
					call: release,
				};
			}
		}
		// A removed genesis price class comes back soon, or most jobs would find no price.
		if self.rng.chance(2) {
			let genesis = aitbc_runtime::genesis_config_presets::compute_classes();
			let missing = genesis
				.into_iter()
				.find(|(class, _, _)| !pallet_pricing::Classes::<Runtime>::contains_key(class));
			if let Some((class, params, start_price)) = missing {
				return Step {
					who: Who::Council,
					call: RuntimeCall::Pricing(Pricing::create_class {
						resource_class: class,
						params,
						start_price,
					}),
				};
			}
		}
		let total: u32 = ACTIONS.iter().map(|(weight, _)| weight).sum();
		let mut roll = self.rng.below(u64::from(total)) as u32;
		let mut step = None;
		for (weight, action) in ACTIONS {
			if roll < *weight {
				step = Some(action(self));
				break;
			}
			roll -= weight;
		}
		let step = step.expect("the roll is below the total weight");
		self.refill(step)
	}

	/// A signer low on AIT is first sent some by the richest account, now and then: else
	/// accounts drained by transfers and slashes would only send invalid transactions.
	fn refill(&mut self, step: Step) -> Step {
		if let Who::Signed(index) = step.who {
			let poor = free(index) < 2 * min_bond();
			if poor && self.rng.chance(60) {
				let richest = (0..KEYS.len()).max_by_key(|i| free(*i)).unwrap_or(0);
				return self.signed(
					richest,
					RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
						dest: account(index).into(),
						value: 20 * min_bond(),
					}),
				);
			}
		}
		step
	}

	fn keys(&mut self) -> Vec<KeySpec> {
		self.keys.get_or_insert_with(keys).clone()
	}

	fn key(&mut self, inputs: u32, consumer: KeyConsumer) -> KeySpec {
		self.keys()
			.into_iter()
			.find(|k| k.inputs == inputs && k.consumer == consumer)
			.expect("a key of that kind")
	}

	// -----------------------------------------------------------------------------------------
	// Domains

	fn signed(&mut self, index: usize, call: RuntimeCall) -> Step {
		Step {
			who: Who::Signed(index),
			call,
		}
	}

	/// `index` most of the time, any account otherwise.
	fn mostly(&mut self, index: usize) -> usize {
		if self.rng.chance(90) {
			index
		} else {
			self.any()
		}
	}

	fn any(&mut self) -> usize {
		self.rng.below(KEYS.len() as u64) as usize
	}

	fn role(&mut self, role: &[usize]) -> usize {
		if self.rng.chance(85) {
			self.rng.pick(role)
		} else {
			self.any()
		}
	}

	fn amount(&mut self) -> Balance {
		match self.rng.below(12) {
			0 => 0,
			1 => 1,
			2 => EXISTENTIAL_DEPOSIT,
			3 => MILLI_AIT,
			4 => AIT,
			5 => 10 * AIT,
			6 => 100 * AIT,
			7 => min_bond(),
			8 => 10 * min_bond(),
			9 => Balance::MAX,
			10 => Balance::MAX / 2,
			_ => Balance::from(self.rng.below(500)) * AIT + Balance::from(self.rng.below(1000)),
		}
	}

	fn perbill(&mut self) -> Perbill {
		match self.rng.below(6) {
			0 => Perbill::zero(),
			1 => Perbill::one(),
			2 => Perbill::from_percent(50),
			_ => Perbill::from_parts(self.rng.below(1_000_000_001) as u32),
		}
	}

	/// A block around now: soon, later, past, or absurd.
	fn block_near(&mut self) -> BlockNumber {
		match self.rng.below(8) {
			0 => 0,
			1 => now().saturating_sub(1),
			2 => BlockNumber::MAX,
			_ => now().saturating_add(self.rng.range(1, 120) as BlockNumber),
		}
	}

	/// An id below `next`, mostly among the last `WINDOW`, sometimes one that does not exist.
	fn id(&mut self, next: u64) -> u64 {
		if next == 0 || self.rng.chance(4) {
			return self.rng.pick(&[next, next + 1, u64::MAX, 0]);
		}
		next - 1 - self.rng.below(next.min(WINDOW))
	}

	/// The first id of the last `WINDOW` below `next` (from a random start) that `pred` likes.
	fn find(&mut self, next: u64, pred: impl Fn(u64) -> bool) -> Option<u64> {
		let span = next.min(WINDOW);
		if span == 0 {
			return None;
		}
		let start = self.rng.below(span);
		(0..span)
			.map(|i| next - 1 - ((start + i) % span))
			.find(|id| pred(*id))
	}

	fn hash(&mut self) -> H256 {
		match self.rng.below(4) {
			0 => H256::zero(),
			1 => H256::repeat_byte(7),
			_ => H256(field(u128::from(self.rng.below(1_000)))),
		}
	}

	fn asset(&mut self) -> PaymentAsset<AssetId> {
		if self.rng.chance(90) {
			PaymentAsset::Native
		} else {
			PaymentAsset::Asset(self.rng.pick(&ASSETS))
		}
	}

	fn class(&mut self) -> ResourceClass {
		ResourceClass(if self.rng.chance(95) {
			self.rng.below(2) as u32
		} else {
			self.rng.range(2, 5) as u32
		})
	}

	fn uri<S: Get<u32>>(&mut self) -> BoundedVec<u8, S> {
		name(if self.rng.chance(90) {
			b"ipfs://evidence"
		} else {
			&[]
		})
	}

	// -----------------------------------------------------------------------------------------
	// Lookups

	fn bonded(&mut self) -> Option<usize> {
		let start = self.rng.below(KEYS.len() as u64) as usize;
		(0..KEYS.len())
			.map(|i| (start + i) % KEYS.len())
			.find(|i| pallet_operator_staking::Operators::<Runtime>::contains_key(account(*i)))
	}

	fn blueprint(&mut self) -> Option<u64> {
		let next = pallet_services::NextBlueprintId::<Runtime>::get();
		self.find(next, |id| {
			pallet_services::Blueprints::<Runtime>::contains_key(id)
		})
	}

	/// A registration of a recent blueprint: (blueprint, operator, registration).
	fn registration(
		&mut self,
		state: Option<pallet_services::OperatorState>,
	) -> Option<(u64, usize)> {
		let next = pallet_services::NextBlueprintId::<Runtime>::get();
		let mut found = Vec::new();
		for blueprint_id in next.saturating_sub(WINDOW)..next {
			let registrations = pallet_services::Operators::<Runtime>::iter_prefix(blueprint_id);
			for (who, registration) in registrations {
				if state.is_none_or(|s| s == registration.state) {
					if let Some(index) = index_of(&who) {
						found.push((blueprint_id, index));
					}
				}
			}
		}
		(!found.is_empty()).then(|| self.rng.pick(&found))
	}

	fn service(&mut self) -> Option<(u64, pallet_services::ServiceOf<Runtime>)> {
		let next = pallet_services::NextServiceId::<Runtime>::get();
		let id = self.find(next, |id| {
			pallet_services::Services::<Runtime>::contains_key(id)
		})?;
		pallet_services::Services::<Runtime>::get(id).map(|service| (id, service))
	}

	fn job_where(
		&mut self,
		pred: impl Fn(&pallet_services::JobOf<Runtime>) -> bool,
	) -> Option<(u64, pallet_services::JobOf<Runtime>)> {
		let next = pallet_services::NextJobId::<Runtime>::get();
		let id = self.find(next, |id| {
			pallet_services::Jobs::<Runtime>::get(id).is_some_and(|job| pred(&job))
		})?;
		pallet_services::Jobs::<Runtime>::get(id).map(|job| (id, job))
	}

	fn job_in(&mut self, status: JobStatus) -> Option<(u64, pallet_services::JobOf<Runtime>)> {
		self.job_where(|job| job.status == status)
	}

	fn operators_of(service_id: u64) -> Vec<AccountId> {
		pallet_services::Services::<Runtime>::get(service_id)
			.map(|service| service.terms.operators.into_inner())
			.unwrap_or_default()
	}

	fn dispute_where(
		&mut self,
		pred: impl Fn(&pallet_disputes::DisputeOf<Runtime>) -> bool,
	) -> Option<(u64, pallet_disputes::DisputeOf<Runtime>)> {
		let next = pallet_disputes::NextDisputeId::<Runtime>::get();
		let id = self.find(next, |id| {
			pallet_disputes::Disputes::<Runtime>::get(id).is_some_and(|d| pred(&d))
		})?;
		pallet_disputes::Disputes::<Runtime>::get(id).map(|d| (id, d))
	}

	fn escrow_where(
		&mut self,
		pred: impl Fn(&pallet_escrow::EscrowInfo<Runtime>) -> bool,
	) -> Option<(u64, pallet_escrow::EscrowInfo<Runtime>)> {
		let next = pallet_escrow::NextEscrowId::<Runtime>::get();
		let id = self.find(next, |id| {
			pallet_escrow::Escrows::<Runtime>::get(id).is_some_and(|e| pred(&e))
		})?;
		pallet_escrow::Escrows::<Runtime>::get(id).map(|e| (id, e))
	}

	fn party_index(who: &AccountId) -> usize {
		index_of(who).unwrap_or(0)
	}

	// -----------------------------------------------------------------------------------------
	// Services

	fn create_blueprint(&mut self) -> Step {
		let jobs = (0..self.rng.pick(&[1u64, 1, 1, 2, 3, 0]))
			.map(|i| pallet_services::JobDefinition {
				name: name(format!("job{i}").as_bytes()),
			})
			.collect::<Vec<_>>();
		let interval = <Runtime as pallet_services::Config>::MinHeartbeatInterval::get();
		let heartbeat_interval = match self.rng.below(6) {
			0 => 0,
			1 => interval.saturating_sub(1),
			2 => interval * 10,
			_ => interval,
		};
		let who = self.rng.pick(&[0, 1, 5, 6]);
		let class = self.class();
		let min_operators = self.rng.pick(&[1, 1, 1, 1, 2, 0, 17]);
		let metadata_hash = self.hash();
		self.signed(
			who,
			RuntimeCall::Services(Services::create_blueprint {
				name: name(b"inference"),
				metadata_hash,
				jobs: BoundedVec::truncate_from(jobs),
				resource_class: class,
				min_operators,
				heartbeat_interval,
			}),
		)
	}

	fn preferences(&mut self) -> pallet_services::PreferencesOf<Runtime> {
		let max = <Runtime as pallet_services::Config>::MaxCapacity::get();
		pallet_services::OperatorPreferences {
			session_key: [self.rng.below(3) as u8; 32],
			rpc_endpoint: name(b"http://127.0.0.1:1"),
			capacity: self.rng.pick(&[1_000, 1_000, 100, 1, 0, max, max + 1]),
		}
	}

	fn register_operator(&mut self) -> Step {
		let Some(blueprint_id) = self.blueprint() else {
			return self.create_blueprint();
		};
		let unregistered = |i: &usize| {
			!pallet_services::Operators::<Runtime>::contains_key(blueprint_id, account(*i))
		};
		let bonded: Vec<usize> = (0..KEYS.len())
			.filter(|i| pallet_operator_staking::Operators::<Runtime>::contains_key(account(*i)))
			.filter(unregistered)
			.collect();
		let who = if bonded.is_empty() || self.rng.chance(10) {
			let who = self.role(&OPERATORS);
			if !pallet_operator_staking::Operators::<Runtime>::contains_key(account(who)) {
				return self.bond_as(who);
			}
			who
		} else {
			self.rng.pick(&bonded)
		};
		let preferences = self.preferences();
		let max_instances = self.rng.pick(&[8, 8, 2, 1, 0, 64]);
		self.signed(
			who,
			RuntimeCall::Services(Services::register_operator {
				blueprint_id,
				preferences,
				max_instances,
			}),
		)
	}

	fn registration_call(
		&mut self,
		state: Option<pallet_services::OperatorState>,
		make: fn(u64) -> Services,
	) -> Step {
		match self.registration(state) {
			Some((blueprint_id, who)) => {
				let who = self.mostly(who);
				self.signed(who, RuntimeCall::Services(make(blueprint_id)))
			}
			None => self.register_operator(),
		}
	}

	fn go_inactive(&mut self) -> Step {
		self.registration_call(
			Some(pallet_services::OperatorState::Active),
			|blueprint_id| Services::go_inactive { blueprint_id },
		)
	}

	fn go_active(&mut self) -> Step {
		self.registration_call(
			Some(pallet_services::OperatorState::Inactive),
			|blueprint_id| Services::go_active { blueprint_id },
		)
	}

	fn schedule_leave(&mut self) -> Step {
		self.registration_call(None, |blueprint_id| Services::schedule_leave {
			blueprint_id,
		})
	}

	fn deregister(&mut self) -> Step {
		self.registration_call(None, |blueprint_id| Services::deregister { blueprint_id })
	}

	fn update_registration(&mut self) -> Step {
		match self.registration(None) {
			Some((blueprint_id, who)) => {
				let preferences = self.preferences();
				let max_instances = self.rng.pick(&[8, 4, 1, 0, 64]);
				let who = self.mostly(who);
				self.signed(
					who,
					RuntimeCall::Services(Services::update_registration {
						blueprint_id,
						preferences,
						max_instances,
					}),
				)
			}
			None => self.register_operator(),
		}
	}

	fn remove_blueprint(&mut self) -> Step {
		let next = pallet_services::NextBlueprintId::<Runtime>::get();
		let blueprint_id = self.id(next);
		let owner = pallet_services::Blueprints::<Runtime>::get(blueprint_id)
			.and_then(|b| index_of(&b.owner))
			.unwrap_or(0);
		let who = self.mostly(owner);
		self.signed(
			who,
			RuntimeCall::Services(Services::remove_blueprint { blueprint_id }),
		)
	}

	fn terms(&mut self, operators: Vec<AccountId>) -> pallet_services::TermsOf<Runtime> {
		let min_timeout = <Runtime as pallet_services::Config>::MinJobTimeout::get();
		let max_timeout = <Runtime as pallet_services::Config>::MaxJobTimeout::get();
		let permitted_callers = if self.rng.chance(20) {
			vec![account(self.any())]
		} else {
			vec![]
		};
		let sla = self.rng.chance(30).then(|| pallet_services::Sla {
			max_latency_ms: self.rng.chance(70).then_some(1_000),
			min_availability_ppm: self.rng.chance(50).then_some(990_000),
			min_throughput: self.rng.chance(30).then_some(10),
		});
		let security_assets = if self.rng.chance(10) {
			vec![self.asset()]
		} else {
			vec![]
		};
		pallet_services::RequestTerms {
			operators: BoundedVec::truncate_from(operators),
			permitted_callers: BoundedVec::truncate_from(permitted_callers),
			payment_asset: self.asset(),
			security_assets: BoundedVec::truncate_from(security_assets),
			sla,
			job_timeout: match self.rng.below(10) {
				0 => 0,
				1 => max_timeout + 1,
				2 | 3 => min_timeout * 3,
				_ => min_timeout,
			},
			ends_at: match self.rng.below(10) {
				0 => Some(now()),
				1 | 2 => Some(now() + self.rng.range(20, 400) as BlockNumber),
				_ => None,
			},
		}
	}

	fn ttl(&mut self) -> BlockNumber {
		let max = <Runtime as pallet_services::Config>::MaxRequestTtl::get();
		match self.rng.below(10) {
			0 => 0,
			1 => max + 1,
			2 => 3,
			_ => self.rng.range(20, 200) as BlockNumber,
		}
	}

	fn request_service(&mut self) -> Step {
		// A blueprint with enough active operators.
		let next = pallet_services::NextBlueprintId::<Runtime>::get();
		let candidates: Vec<(u64, Vec<AccountId>)> = (next.saturating_sub(WINDOW)..next)
			.filter_map(|blueprint_id| {
				let blueprint = pallet_services::Blueprints::<Runtime>::get(blueprint_id)?;
				let active: Vec<AccountId> =
					pallet_services::Operators::<Runtime>::iter_prefix(blueprint_id)
						.filter(|(_, r)| r.state == pallet_services::OperatorState::Active)
						.map(|(who, _)| who)
						.collect();
				(active.len() as u32 >= blueprint.min_operators.max(1))
					.then_some((blueprint_id, active))
			})
			.collect();
		if candidates.is_empty() {
			return self.register_operator();
		}
		let (blueprint_id, active) = self.rng.pick(&candidates);
		let mut operators: Vec<AccountId> = active
			.iter()
			.filter(|_| self.rng.chance(70))
			.cloned()
			.collect();
		if operators.is_empty() {
			operators = active.iter().take(1).cloned().collect();
		}
		if self.rng.chance(3) {
			operators.push(account(self.role(&OPERATORS)));
		}
		let terms = self.terms(operators);
		let ttl = self.ttl();
		let who = self.role(&CLIENTS);
		self.signed(
			who,
			RuntimeCall::Services(Services::request_service {
				blueprint_id,
				terms,
				ttl,
			}),
		)
	}

	fn request(&mut self) -> Option<(u64, pallet_services::RequestOf<Runtime>)> {
		let next = pallet_services::NextRequestId::<Runtime>::get();
		let id = self.find(next, |id| {
			pallet_services::Requests::<Runtime>::contains_key(id)
		})?;
		pallet_services::Requests::<Runtime>::get(id).map(|r| (id, r))
	}

	fn update_request(&mut self) -> Step {
		let Some((request_id, request)) = self.request() else {
			return self.request_service();
		};
		let terms = self.terms(request.terms.operators.into_inner());
		let ttl = self.ttl();
		let who = self.mostly(Self::party_index(&request.requester));
		self.signed(
			who,
			RuntimeCall::Services(Services::update_request {
				request_id,
				terms,
				ttl,
			}),
		)
	}

	fn approve(&mut self) -> Step {
		let next = pallet_services::NextRequestId::<Runtime>::get();
		let pending = self.find(next, |id| {
			pallet_services::Requests::<Runtime>::get(id).is_some_and(|r| {
				r.approvals
					.iter()
					.any(|a| *a == pallet_services::Approval::Pending)
			})
		});
		let Some(request_id) = pending else {
			return self.request_service();
		};
		let request = pallet_services::Requests::<Runtime>::get(request_id).expect("found");
		let waiting: Vec<AccountId> = request
			.terms
			.operators
			.iter()
			.zip(request.approvals.iter())
			.filter(|(_, a)| **a == pallet_services::Approval::Pending)
			.map(|(who, _)| who.clone())
			.collect();
		let operator = self.rng.pick(&waiting);
		let who = self.mostly(Self::party_index(&operator));
		self.signed(who, RuntimeCall::Services(Services::approve { request_id }))
	}

	fn reject(&mut self) -> Step {
		let Some((request_id, request)) = self.request() else {
			return self.request_service();
		};
		let operator = self.rng.pick(&request.terms.operators.into_inner());
		let who = self.mostly(Self::party_index(&operator));
		self.signed(who, RuntimeCall::Services(Services::reject { request_id }))
	}

	fn cancel_request(&mut self) -> Step {
		let Some((request_id, request)) = self.request() else {
			return self.request_service();
		};
		let who = self.mostly(Self::party_index(&request.requester));
		self.signed(
			who,
			RuntimeCall::Services(Services::cancel_request { request_id }),
		)
	}

	fn call_job(&mut self) -> Step {
		let Some((service_id, service)) = self.service() else {
			return self.request_service();
		};
		let mut callers = vec![service.owner.clone()];
		callers.extend(service.terms.permitted_callers.iter().cloned());
		let caller = self.rng.pick(&callers);
		let who = self.mostly(Self::party_index(&caller));
		// A private job publishes its commitment (a field element) as its input hash.
		let input_hash = if self.rng.chance(30) {
			H256(field(u128::from(self.rng.range(1, 50))))
		} else {
			self.hash()
		};
		let job_index = match self.rng.below(20) {
			0 => 1,
			1 => 99,
			_ => 0,
		};
		let max_units = self
			.rng
			.pick(&[1, 10, 100, 100, 1_000, 50_000, 0, u64::MAX]);
		let price_cap = match self.rng.below(10) {
			0 => 0,
			1 => MILLI_AIT,
			_ => Balance::MAX,
		};
		self.signed(
			who,
			RuntimeCall::Services(Services::call_job {
				service_id,
				job_index,
				input_hash,
				max_units,
				price_cap,
			}),
		)
	}

	fn submit_result(&mut self) -> Step {
		let Some((job_id, job)) = self.job_in(JobStatus::Called) else {
			return self.call_job();
		};
		let operators = Self::operators_of(job.service_id);
		let who = match operators.is_empty() {
			true => self.role(&OPERATORS),
			false => {
				let operator = self.rng.pick(&operators);
				self.mostly(Self::party_index(&operator))
			}
		};
		let output_hash = if self.rng.chance(95) {
			output_of(job_id)
		} else {
			self.hash()
		};
		self.signed(
			who,
			RuntimeCall::Services(Services::submit_result {
				job_id,
				output_hash,
			}),
		)
	}

	fn service_operator(&mut self) -> Option<(u64, usize)> {
		let (service_id, service) = self.service()?;
		let operator = self.rng.pick(&service.terms.operators.into_inner());
		Some((service_id, Self::party_index(&operator)))
	}

	fn heartbeat(&mut self) -> Step {
		let Some((service_id, operator)) = self.service_operator() else {
			return self.request_service();
		};
		let who = self.mostly(operator);
		self.signed(
			who,
			RuntimeCall::Services(Services::heartbeat { service_id }),
		)
	}

	fn report_missed_heartbeats(&mut self) -> Step {
		let Some((service_id, operator)) = self.service_operator() else {
			return self.request_service();
		};
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Services(Services::report_missed_heartbeats {
				service_id,
				operator: account(operator),
			}),
		)
	}

	fn terminate_service(&mut self) -> Step {
		let Some((service_id, service)) = self.service() else {
			return self.request_service();
		};
		let who = self.mostly(Self::party_index(&service.owner));
		self.signed(
			who,
			RuntimeCall::Services(Services::terminate_service { service_id }),
		)
	}

	fn file_performance_report(&mut self) -> Step {
		let Some((job_id, job)) = self.job_where(|job| job.result.is_some()) else {
			return self.submit_result();
		};
		let reporter = self.mostly(Self::party_index(&job.client));
		let report = pallet_services::PerformanceReport {
			job_id,
			latency_ms: self.rng.pick(&[10, 900, 5_000]),
			availability_ppm: self.rng.pick(&[1_000_000, 995_000, 500_000]),
			throughput: self.rng.pick(&[100, 10, 1]),
		};
		let genesis_hash = pallet_services::Pallet::<Runtime>::genesis_hash();
		let signer = if self.rng.chance(90) {
			reporter
		} else {
			self.any()
		};
		let signature = Signature::from(pair(signer).sign(&report.signing_payload(&genesis_hash)));
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Services(Services::file_performance_report {
				report,
				reporter: account(reporter),
				signature,
			}),
		)
	}

	fn cancel_job(&mut self) -> Step {
		let found = self
			.job_where(|job| matches!(job.status, JobStatus::Called | JobStatus::ResultSubmitted));
		let Some((job_id, job)) = found else {
			return self.call_job();
		};
		let who = self.mostly(Self::party_index(&job.client));
		self.signed(who, RuntimeCall::Services(Services::cancel_job { job_id }))
	}

	fn leave_service(&mut self) -> Step {
		let Some((service_id, operator)) = self.service_operator() else {
			return self.request_service();
		};
		let who = self.mostly(operator);
		self.signed(
			who,
			RuntimeCall::Services(Services::leave_service { service_id }),
		)
	}

	fn complete_service_exit(&mut self) -> Step {
		let next = pallet_services::NextServiceId::<Runtime>::get();
		let exits: Vec<(u64, AccountId)> = (next.saturating_sub(WINDOW)..next)
			.flat_map(|service_id| {
				pallet_services::ServiceExits::<Runtime>::iter_prefix(service_id)
					.map(move |(who, _)| (service_id, who))
			})
			.collect();
		if exits.is_empty() {
			return self.leave_service();
		}
		let (service_id, operator) = self.rng.pick(&exits);
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Services(Services::complete_service_exit {
				service_id,
				operator,
			}),
		)
	}

	// -----------------------------------------------------------------------------------------
	// Receipts

	fn submit_receipt(&mut self) -> Step {
		let Some((job_id, job)) = self.job_in(JobStatus::ResultSubmitted) else {
			return self.submit_result();
		};
		let result = job.result.clone().expect("a submitted result");
		let operator = Self::party_index(&result.operator);
		let commitment = pallet_receipts::JobCommitments::<Runtime>::get(job_id);
		let rate_committed = commitment.is_some_and(|c| c.rate.is_some());
		let basic_key = pallet_receipts::PrivacyKeys::<Runtime>::get(PrivacyKind::Basic);
		let enhanced_key = pallet_receipts::PrivacyKeys::<Runtime>::get(PrivacyKind::Enhanced);
		let private = commitment.is_some() && self.rng.chance(80);
		let kind = match (private, rate_committed) {
			(false, _) => None,
			(true, true) => Some(PrivacyKind::Enhanced),
			(true, false) => Some(PrivacyKind::Basic),
		};
		let units = match kind {
			Some(PrivacyKind::Enhanced) => 0,
			_ => match self.rng.below(12) {
				0 => 0,
				1 => job.max_units.saturating_add(1),
				2 => job.max_units,
				_ => self.rng.range(1, job.max_units.clamp(1, 1_000)),
			},
		};
		let price = match self.rng.below(12) {
			0 => 0,
			1 => job.price.saturating_add(1),
			2 | 3 => job.price / 2,
			_ => job.price,
		};
		let receipt_id = if self.rng.chance(95) {
			sp_io::hashing::blake2_256(&(b"receipt", job_id, self.rng.below(2)).encode())
		} else {
			[7; 32]
		};
		let body = ReceiptBody {
			receipt_id,
			job_id,
			client: if self.rng.chance(97) {
				job.client.clone()
			} else {
				account(self.any())
			},
			operator: result.operator.clone(),
			compute_units: units,
			price,
			output_hash: if self.rng.chance(97) {
				result.output_hash
			} else {
				self.hash()
			},
			nonce: self.rng.below(3),
		};
		let genesis_hash = pallet_receipts::Pallet::<Runtime>::genesis_hash();
		let signer = if self.rng.chance(96) {
			operator
		} else {
			self.any()
		};
		let signature = Signature::from(pair(signer).sign(&body.signing_payload(&genesis_hash)));
		let acceptance = match self.rng.below(10) {
			0..=2 => {
				let client = Self::party_index(&job.client);
				let signer = if self.rng.chance(90) {
					client
				} else {
					self.any()
				};
				Some(Signature::from(
					pair(signer).sign(&body.acceptance_payload(&genesis_hash)),
				))
			}
			_ => None,
		};
		let privacy = match (kind, commitment) {
			(Some(kind), Some(commitment)) => {
				let key = match kind {
					PrivacyKind::Basic => basic_key,
					PrivacyKind::Enhanced => enhanced_key,
				}
				.unwrap_or_else(|| self.rng.bytes32());
				let mut inputs = vec![
					field(u128::from(job_id)),
					commitment.job,
					body.output_hash.0,
				];
				match kind {
					PrivacyKind::Basic => inputs.push(field(u128::from(units))),
					PrivacyKind::Enhanced => inputs.extend([
						field(u128::from(job.max_units)),
						commitment.rate.unwrap_or_default(),
						field(price),
					]),
				}
				let mut proof = pallet_zk_verifier::testing::synthetic_proof(&inputs);
				if self.rng.chance(10) {
					proof[5] ^= 1;
				}
				let proof = PrivateProof {
					key,
					proof: BoundedVec::truncate_from(proof),
				};
				match kind {
					PrivacyKind::Basic => PrivacyLevel::Basic(proof),
					PrivacyKind::Enhanced => PrivacyLevel::Enhanced(proof),
				}
			}
			_ => PrivacyLevel::Public,
		};
		let who = self.mostly(operator);
		self.signed(
			who,
			RuntimeCall::Receipts(Receipts::submit_receipt {
				receipt: Box::new(pallet_receipts::ComputeReceipt { body, signature }),
				privacy,
				acceptance,
			}),
		)
	}

	fn commit_job(&mut self) -> Step {
		let next = pallet_services::NextJobId::<Runtime>::get();
		let found = self.find(next, |id| {
			!pallet_receipts::JobCommitments::<Runtime>::contains_key(id)
				&& pallet_services::Jobs::<Runtime>::get(id).is_some_and(|job| {
					job.status == JobStatus::Called && job.input_hash.0[16..] == [0u8; 16]
				})
		});
		let Some((job_id, job)) =
			found.and_then(|id| pallet_services::Jobs::<Runtime>::get(id).map(|job| (id, job)))
		else {
			return self.call_job();
		};
		let commitment = if self.rng.chance(95) {
			job.input_hash.0
		} else {
			self.rng.bytes32()
		};
		let rate_commitment = self
			.rng
			.chance(40)
			.then(|| field(u128::from(self.rng.range(1, 9))));
		let who = self.mostly(Self::party_index(&job.client));
		self.signed(
			who,
			RuntimeCall::Receipts(Receipts::commit_job {
				job_id,
				commitment,
				rate_commitment,
			}),
		)
	}

	fn remove_job_commitment(&mut self) -> Step {
		let next = pallet_services::NextJobId::<Runtime>::get();
		let found = self.find(next, |id| {
			pallet_receipts::JobCommitments::<Runtime>::contains_key(id)
		});
		let job_id = found.unwrap_or_else(|| self.id(next));
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Receipts(Receipts::remove_job_commitment { job_id }),
		)
	}

	fn accept(&mut self) -> Step {
		let Some((job_id, job)) = self.job_in(JobStatus::Claimed) else {
			return self.submit_receipt();
		};
		let who = self.mostly(Self::party_index(&job.client));
		self.signed(who, RuntimeCall::Receipts(Receipts::accept { job_id }))
	}

	fn claimed_jobs(&mut self, client: Option<&AccountId>) -> Vec<u64> {
		let next = pallet_services::NextJobId::<Runtime>::get();
		(next.saturating_sub(WINDOW * 2)..next)
			.filter(|id| {
				pallet_services::Jobs::<Runtime>::get(id).is_some_and(|job| {
					job.status == JobStatus::Claimed && client.is_none_or(|c| *c == job.client)
				})
			})
			.collect()
	}

	fn accept_many(&mut self) -> Step {
		let Some((_, job)) = self.job_in(JobStatus::Claimed) else {
			return self.submit_receipt();
		};
		let mut job_ids = self.claimed_jobs(Some(&job.client));
		if self.rng.chance(10) {
			job_ids.push(self.id(pallet_services::NextJobId::<Runtime>::get()));
		}
		let who = self.mostly(Self::party_index(&job.client));
		self.signed(
			who,
			RuntimeCall::Receipts(Receipts::accept_many {
				job_ids: BoundedVec::truncate_from(job_ids),
			}),
		)
	}

	fn settle_claims(&mut self) -> Step {
		let matured: Vec<u64> = self
			.claimed_jobs(None)
			.into_iter()
			.filter(|id| {
				pallet_receipts::Claims::<Runtime>::get(id).is_some_and(|c| c.matures_at <= now())
			})
			.collect();
		let mut job_ids = if matured.is_empty() {
			self.claimed_jobs(None)
		} else {
			matured
		};
		if self.rng.chance(30) {
			// Jobs settled meanwhile (by the hook or an acceptance) are skipped.
			let next = pallet_services::NextJobId::<Runtime>::get();
			job_ids.retain(|_| false);
			job_ids.extend((next.saturating_sub(WINDOW)..next).filter(|id| {
				pallet_services::Jobs::<Runtime>::get(id)
					.is_some_and(|job| job.status == JobStatus::Settled)
			}));
		}
		job_ids.truncate(self.rng.range(1, 8) as usize);
		if job_ids.is_empty() {
			return self.accept();
		}
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Receipts(Receipts::settle_claims {
				job_ids: BoundedVec::truncate_from(job_ids),
			}),
		)
	}

	// -----------------------------------------------------------------------------------------
	// Staking

	fn bond_as(&mut self, who: usize) -> Step {
		let amount = match self.rng.below(8) {
			0 => min_bond() - 1,
			1 => self.amount(),
			2 => 2 * min_bond(),
			_ => min_bond(),
		};
		self.signed(who, RuntimeCall::Staking(Staking::bond { amount }))
	}

	fn bond(&mut self) -> Step {
		let unbonded: Vec<usize> = OPERATORS
			.into_iter()
			.filter(|i| !pallet_operator_staking::Operators::<Runtime>::contains_key(account(*i)))
			.collect();
		if unbonded.is_empty() && self.rng.chance(80) {
			return self.bond_extra();
		}
		let who = if unbonded.is_empty() || self.rng.chance(10) {
			self.role(&OPERATORS)
		} else {
			self.rng.pick(&unbonded)
		};
		self.bond_as(who)
	}

	fn operator_call(&mut self, make: impl FnOnce(&mut Self, usize) -> Staking) -> Step {
		match self.bonded() {
			Some(who) => {
				let call = make(self, who);
				let who = self.mostly(who);
				self.signed(who, RuntimeCall::Staking(call))
			}
			None => self.bond(),
		}
	}

	fn bond_extra(&mut self) -> Step {
		self.operator_call(|g, _| Staking::bond_extra {
			amount: if g.rng.chance(70) {
				10 * AIT
			} else {
				g.amount()
			},
		})
	}

	fn schedule_unbond(&mut self) -> Step {
		self.operator_call(|g, who| {
			let bond = pallet_operator_staking::Operators::<Runtime>::get(account(who))
				.map(|ledger| ledger.bond)
				.unwrap_or_default();
			let amount = match g.rng.below(5) {
				0 => bond,
				1 => bond.saturating_sub(min_bond()),
				2 => g.amount(),
				_ => 10 * AIT,
			};
			Staking::schedule_unbond { amount }
		})
	}

	fn withdraw_unbonded(&mut self) -> Step {
		let unbonding = (0..KEYS.len()).find(|i| {
			pallet_operator_staking::Operators::<Runtime>::get(account(*i))
				.is_some_and(|ledger| ledger.unbonding.is_some())
		});
		match unbonding {
			Some(who) => self.signed(who, RuntimeCall::Staking(Staking::withdraw_unbonded {})),
			None => self.schedule_unbond(),
		}
	}

	fn set_commission(&mut self) -> Step {
		self.operator_call(|g, _| Staking::set_commission {
			commission: g.perbill(),
		})
	}

	fn delegate(&mut self) -> Step {
		let Some(operator) = self.bonded() else {
			return self.bond();
		};
		let who = self.role(&DELEGATORS);
		let asset = self.asset();
		let existing = pallet_operator_staking::Delegations::<Runtime>::get(
			account(operator),
			(account(who), asset),
		);
		let blueprints = match existing {
			Some(delegation) if self.rng.chance(90) => delegation.blueprints,
			_ => {
				if self.rng.chance(50) {
					pallet_operator_staking::BlueprintSelection::All
				} else {
					let blueprint = self.id(pallet_services::NextBlueprintId::<Runtime>::get());
					pallet_operator_staking::BlueprintSelection::Only(BoundedVec::truncate_from(
						vec![blueprint],
					))
				}
			}
		};
		let amount = match self.rng.below(4) {
			0 => self.amount(),
			1 => <Runtime as pallet_operator_staking::Config>::MinDelegation::get(),
			_ => 50 * AIT,
		};
		self.signed(
			who,
			RuntimeCall::Staking(Staking::delegate {
				operator: account(operator),
				asset,
				amount,
				blueprints,
			}),
		)
	}

	/// A delegation to one of the keyring accounts: (delegator, operator, asset, amount).
	fn delegation(&mut self) -> Option<(usize, AccountId, PaymentAsset<AssetId>, Balance)> {
		let start = self.any();
		let mut found = Vec::new();
		for i in 0..KEYS.len() {
			let operator = account((start + i) % KEYS.len());
			found.extend(
				pallet_operator_staking::Delegations::<Runtime>::iter_prefix(&operator).filter_map(
					|((delegator, asset), d)| {
						Some((index_of(&delegator)?, operator.clone(), asset, d.amount))
					},
				),
			);
		}
		(!found.is_empty()).then(|| self.rng.pick(&found))
	}

	fn schedule_undelegation(&mut self) -> Step {
		let Some((who, operator, asset, amount)) = self.delegation() else {
			return self.delegate();
		};
		let amount = match self.rng.below(4) {
			0 => amount,
			1 => self.amount(),
			_ => amount / 2,
		};
		let who = self.mostly(who);
		self.signed(
			who,
			RuntimeCall::Staking(Staking::schedule_undelegation {
				operator,
				asset,
				amount,
			}),
		)
	}

	fn withdraw_undelegated(&mut self) -> Step {
		let Some((who, operator, asset, _)) = self.delegation() else {
			return self.delegate();
		};
		let who = self.mostly(who);
		self.signed(
			who,
			RuntimeCall::Staking(Staking::withdraw_undelegated { operator, asset }),
		)
	}

	fn slash_id(&mut self) -> u64 {
		let next = pallet_operator_staking::NextSlashId::<Runtime>::get();
		self.find(next, |id| {
			pallet_operator_staking::UnappliedSlashes::<Runtime>::contains_key(id)
		})
		.unwrap_or_else(|| self.id(next))
	}

	fn apply_slash(&mut self) -> Step {
		let next = pallet_operator_staking::NextSlashId::<Runtime>::get();
		let ripe = self.find(next, |id| {
			pallet_operator_staking::UnappliedSlashes::<Runtime>::get(id)
				.is_some_and(|slash| slash.ripe_at <= now())
		});
		let slash_id = match ripe {
			Some(id) => id,
			None if self.rng.chance(50) => return self.report_missed_heartbeats(),
			None => self.slash_id(),
		};
		let who = self.any();
		self.signed(who, RuntimeCall::Staking(Staking::apply_slash { slash_id }))
	}

	fn claim_rewards(&mut self) -> Step {
		let operator = self.bonded().unwrap_or_else(|| self.any());
		let who = if self.rng.chance(50) {
			operator
		} else {
			self.role(&DELEGATORS)
		};
		self.signed(
			who,
			RuntimeCall::Staking(Staking::claim_rewards {
				operator: account(operator),
			}),
		)
	}

	// -----------------------------------------------------------------------------------------
	// Disputes

	fn file_dispute(&mut self) -> Step {
		let found = self.job_where(|job| {
			matches!(
				job.status,
				JobStatus::Called
					| JobStatus::ResultSubmitted
					| JobStatus::Claimed
					| JobStatus::Settled
			)
		});
		let Some((job_id, job)) = found else {
			return self.call_job();
		};
		let operator = match &job.result {
			Some(result) => result.operator.clone(),
			None => Self::operators_of(job.service_id)
				.first()
				.cloned()
				.unwrap_or_else(|| account(self.any())),
		};
		let (who, respondent) = if job.result.is_some() && self.rng.chance(20) {
			(Self::party_index(&operator), job.client.clone())
		} else {
			(Self::party_index(&job.client), operator)
		};
		let who = self.mostly(who);
		self.signed(
			who,
			RuntimeCall::Disputes(Disputes::file_dispute { job_id, respondent }),
		)
	}

	fn submit_evidence(&mut self) -> Step {
		let found = self.dispute_where(|d| {
			matches!(
				d.status,
				DisputeStatus::Filed | DisputeStatus::EvidenceSubmitted
			)
		});
		let Some((dispute_id, dispute)) = found else {
			return self.file_dispute();
		};
		let party = if self.rng.chance(50) {
			&dispute.client
		} else {
			&dispute.operator
		};
		let who = self.mostly(Self::party_index(party));
		let hash = self.hash();
		let uri = self.uri();
		self.signed(
			who,
			RuntimeCall::Disputes(Disputes::submit_evidence {
				dispute_id,
				hash,
				uri,
			}),
		)
	}

	/// A seat that `pred` likes of a dispute whose voting is in the commit phase (`reveal`
	/// false) or the reveal phase: (dispute, round, arbiter). Now and then any phase.
	fn seat(
		&mut self,
		reveal: bool,
		pred: impl Fn(&pallet_disputes::Seat<AccountId>) -> bool,
	) -> Option<(u64, u32, AccountId)> {
		let next = pallet_disputes::NextDisputeId::<Runtime>::get();
		let any_phase = self.rng.chance(5);
		let in_phase = |status: &DisputeStatus<BlockNumber>| match status {
			DisputeStatus::UnderReview {
				phase: ReviewPhase::Voting {
					commit_end,
					reveal_end,
				},
			} => {
				any_phase
					|| if reveal {
						*commit_end <= now() && now() < *reveal_end
					} else {
						now() < *commit_end
					}
			}
			DisputeStatus::UnderReview { .. } => any_phase,
			_ => false,
		};
		let dispute_id = self.find(next, |id| {
			pallet_disputes::Disputes::<Runtime>::get(id).is_some_and(|d| in_phase(&d.status))
				&& pallet_disputes::Panels::<Runtime>::get(id)
					.iter()
					.any(&pred)
		})?;
		let dispute = pallet_disputes::Disputes::<Runtime>::get(dispute_id)?;
		let seats: Vec<AccountId> = pallet_disputes::Panels::<Runtime>::get(dispute_id)
			.into_iter()
			.filter(|seat| pred(seat))
			.map(|seat| seat.arbiter)
			.collect();
		Some((dispute_id, dispute.round, self.rng.pick(&seats)))
	}

	fn commit_vote(&mut self) -> Step {
		let found = self.seat(false, |seat| seat.commitment.is_none());
		let Some((dispute_id, round, arbiter)) = found else {
			return if self.rng.chance(50) {
				self.join_arbiters()
			} else {
				self.submit_evidence()
			};
		};
		let (ruling, salt) = vote_of(dispute_id, &arbiter, round);
		let commitment = if self.rng.chance(95) {
			pallet_disputes::commitment_of(dispute_id, &arbiter, &ruling, &salt)
		} else {
			self.hash()
		};
		let who = self.mostly(Self::party_index(&arbiter));
		self.signed(
			who,
			RuntimeCall::Disputes(Disputes::commit_vote {
				dispute_id,
				commitment,
			}),
		)
	}

	fn reveal_vote(&mut self) -> Step {
		let found = self.seat(true, |seat| {
			seat.commitment.is_some() && seat.revealed.is_none()
		});
		let Some((dispute_id, round, arbiter)) = found else {
			return self.commit_vote();
		};
		let (mut ruling, salt) = vote_of(dispute_id, &arbiter, round);
		if self.rng.chance(5) {
			ruling = Ruling::Client;
		}
		let who = self.mostly(Self::party_index(&arbiter));
		self.signed(
			who,
			RuntimeCall::Disputes(Disputes::reveal_vote {
				dispute_id,
				ruling,
				salt,
			}),
		)
	}

	fn appeal(&mut self) -> Step {
		let found = self.dispute_where(|d| match d.status {
			DisputeStatus::UnderReview {
				phase: ReviewPhase::AppealWindow { appeal_end, .. },
			} => now() < appeal_end,
			_ => false,
		});
		let Some((dispute_id, dispute)) = found else {
			return self.reveal_vote();
		};
		let party = if self.rng.chance(50) {
			&dispute.client
		} else {
			&dispute.operator
		};
		let who = self.mostly(Self::party_index(party));
		self.signed(who, RuntimeCall::Disputes(Disputes::appeal { dispute_id }))
	}

	fn advance(&mut self) -> Step {
		let due = self.dispute_where(|d| {
			d.deadline <= now() && !matches!(d.status, DisputeStatus::Resolved { .. })
		});
		let dispute_id = match due {
			Some((id, _)) => id,
			None => self.id(pallet_disputes::NextDisputeId::<Runtime>::get()),
		};
		let who = self.any();
		self.signed(who, RuntimeCall::Disputes(Disputes::advance { dispute_id }))
	}

	fn join_arbiters(&mut self) -> Step {
		let outside: Vec<usize> = ARBITERS
			.into_iter()
			.filter(|i| !pallet_disputes::Arbiters::<Runtime>::contains_key(account(*i)))
			.collect();
		if outside.is_empty() && self.rng.chance(80) {
			return self.add_arbiter_stake();
		}
		let who = if outside.is_empty() || self.rng.chance(10) {
			self.role(&ARBITERS)
		} else {
			self.rng.pick(&outside)
		};
		let stake = match self.rng.below(6) {
			0 => min_arbiter_stake() - 1,
			1 => 3 * min_arbiter_stake(),
			_ => min_arbiter_stake(),
		};
		self.signed(
			who,
			RuntimeCall::Disputes(Disputes::join_arbiters { stake }),
		)
	}

	fn arbiter(&mut self) -> Option<usize> {
		let start = self.any();
		(0..KEYS.len())
			.map(|i| (start + i) % KEYS.len())
			.find(|i| pallet_disputes::Arbiters::<Runtime>::contains_key(account(*i)))
	}

	fn add_arbiter_stake(&mut self) -> Step {
		let Some(who) = self.arbiter() else {
			return self.join_arbiters();
		};
		let amount = if self.rng.chance(70) {
			10 * AIT
		} else {
			self.amount()
		};
		self.signed(
			who,
			RuntimeCall::Disputes(Disputes::add_arbiter_stake { amount }),
		)
	}

	fn leave_arbiters(&mut self) -> Step {
		let Some(who) = self.arbiter() else {
			return self.join_arbiters();
		};
		self.signed(who, RuntimeCall::Disputes(Disputes::leave_arbiters {}))
	}

	// -----------------------------------------------------------------------------------------
	// Escrow

	/// The public inputs of the escrow statement number `seed`, and their statement hash.
	fn escrow_statement(seed: u64) -> (Vec<[u8; 32]>, [u8; 32]) {
		let inputs = pallet_zk_verifier::testing::synthetic_inputs(4, seed);
		let statement = sp_io::hashing::blake2_256(&inputs.encode());
		(inputs, statement)
	}

	fn escrow_create(&mut self) -> Step {
		let who = self.any();
		let mut beneficiary = self.any();
		if beneficiary == who && self.rng.chance(80) {
			beneficiary = (who + 1) % KEYS.len();
		}
		let beneficiary = account(beneficiary);
		let asset = self.asset();
		let amount = match self.rng.below(5) {
			0 => self.amount(),
			1 => EXISTENTIAL_DEPOSIT,
			_ => 10 * AIT,
		};
		let release_after = self.rng.chance(40).then(|| self.block_near());
		let deadline = self.rng.chance(50).then(|| self.block_near());
		let condition = match self.rng.below(10) {
			0..=3 => pallet_escrow::ReleaseCondition::Unconditional,
			4 => pallet_escrow::ReleaseCondition::JobSettled(
				self.id(pallet_services::NextJobId::<Runtime>::get()),
			),
			5 | 6 => {
				let key = self.key(4, KeyConsumer::Escrow).id;
				let (_, statement) = Self::escrow_statement(self.rng.below(4));
				pallet_escrow::ReleaseCondition::ZkProof { key, statement }
			}
			_ => {
				let count = self.rng.range(1, 3);
				let signatories: Vec<AccountId> = (0..count).map(|_| account(self.any())).collect();
				pallet_escrow::ReleaseCondition::MultiSig {
					threshold: match self.rng.below(10) {
						0 => 0,
						1 => count as u32 + 1,
						_ => self.rng.range(1, count) as u32,
					},
					signatories: BoundedVec::truncate_from(signatories),
				}
			}
		};
		self.signed(
			who,
			RuntimeCall::Escrow(Escrow::create {
				beneficiary: beneficiary.into(),
				asset,
				amount,
				release_after,
				deadline,
				condition,
			}),
		)
	}

	fn escrow_release(&mut self) -> Step {
		let Some((escrow_id, escrow)) = self.escrow_where(|e| e.general().is_some()) else {
			return self.escrow_create();
		};
		let beneficiary = escrow
			.general()
			.map(|g| g.beneficiary.clone())
			.expect("general");
		let party = if self.rng.chance(60) {
			&escrow.depositor
		} else {
			&beneficiary
		};
		let who = self.mostly(Self::party_index(party));
		let amount = match self.rng.below(4) {
			0 => Some(escrow.held / 2),
			1 => Some(self.amount()),
			_ => None,
		};
		self.signed(
			who,
			RuntimeCall::Escrow(Escrow::release { escrow_id, amount }),
		)
	}

	fn escrow_refund(&mut self) -> Step {
		let general = self.rng.chance(85);
		let Some((escrow_id, escrow)) = self.escrow_where(|e| !general || e.general().is_some())
		else {
			return self.escrow_create();
		};
		let beneficiary = escrow.general().map(|g| g.beneficiary.clone());
		let who = match (self.rng.below(3), beneficiary) {
			(0, Some(beneficiary)) => Self::party_index(&beneficiary),
			(1, _) => Self::party_index(&escrow.depositor),
			_ => self.any(),
		};
		self.signed(who, RuntimeCall::Escrow(Escrow::refund { escrow_id }))
	}

	fn escrow_approve(&mut self) -> Step {
		let found = self.escrow_where(|e| {
			matches!(
				e.general().map(|g| &g.condition),
				Some(pallet_escrow::ReleaseCondition::MultiSig { .. })
			)
		});
		let Some((escrow_id, escrow)) = found else {
			return self.escrow_create();
		};
		let who = match escrow.general().map(|g| &g.condition) {
			Some(pallet_escrow::ReleaseCondition::MultiSig { signatories, .. }) => {
				let signatory = self.rng.pick(&signatories.clone().into_inner());
				self.mostly(Self::party_index(&signatory))
			}
			_ => self.any(),
		};
		self.signed(who, RuntimeCall::Escrow(Escrow::approve { escrow_id }))
	}

	fn escrow_submit_proof(&mut self) -> Step {
		let found = self.escrow_where(|e| {
			matches!(
				e.general().map(|g| &g.condition),
				Some(pallet_escrow::ReleaseCondition::ZkProof { .. })
			)
		});
		let Some((escrow_id, escrow)) = found else {
			return self.escrow_create();
		};
		let statement = match escrow.general().map(|g| &g.condition) {
			Some(pallet_escrow::ReleaseCondition::ZkProof { statement, .. }) => *statement,
			_ => [0; 32],
		};
		let seed = (0..4)
			.find(|s| Self::escrow_statement(*s).1 == statement)
			.unwrap_or(0);
		let seed = if self.rng.chance(90) {
			seed
		} else {
			self.rng.below(4)
		};
		let (inputs, _) = Self::escrow_statement(seed);
		let mut proof = pallet_zk_verifier::testing::synthetic_proof(&inputs);
		if self.rng.chance(10) {
			proof[40] ^= 4;
		}
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Escrow(Escrow::submit_proof {
				escrow_id,
				proof: BoundedVec::truncate_from(proof),
				public_inputs: BoundedVec::truncate_from(inputs),
			}),
		)
	}

	// -----------------------------------------------------------------------------------------
	// Pricing

	fn ask_price(&mut self, class: ResourceClass) -> Balance {
		let params = pallet_pricing::Pallet::<Runtime>::parameters(class);
		match (params, self.rng.below(6)) {
			(Some(p), 0) => p.floor.saturating_sub(1),
			(Some(p), 1) => p.ceiling,
			(Some(p), _) => p.floor + (p.ceiling - p.floor) / 2,
			(None, _) => self.amount(),
		}
	}

	fn set_ask(&mut self) -> Step {
		let class = self.class();
		let price = self.ask_price(class);
		let who = self.role(&OPERATORS);
		self.signed(
			who,
			RuntimeCall::Pricing(Pricing::set_ask {
				resource_class: class,
				price,
			}),
		)
	}

	fn clear_ask(&mut self) -> Step {
		let class = self.class();
		let who = self.role(&OPERATORS);
		self.signed(
			who,
			RuntimeCall::Pricing(Pricing::clear_ask {
				resource_class: class,
			}),
		)
	}

	// -----------------------------------------------------------------------------------------
	// ZkVerifier

	fn key_bytes(&mut self) -> (Vec<u8>, Option<u32>, KeyConsumer) {
		let keys = self.keys();
		if self.rng.chance(90) {
			let spec = self.rng.pick(&keys);
			(spec.bytes, spec.nullifier, spec.consumer)
		} else {
			let mut bytes = self.rng.pick(&keys).bytes;
			let at = self.rng.below(bytes.len() as u64) as usize;
			bytes[at] ^= 0x40;
			(
				bytes,
				self.rng.pick(&[None, Some(0), Some(99)]),
				KeyConsumer::Open,
			)
		}
	}

	fn register_key(&mut self) -> Step {
		let (key, nullifier_input, consumer) = self.key_bytes();
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::ZkVerifier(Zk::register_key {
				key: BoundedVec::truncate_from(key),
				nullifier_input,
				consumer,
			}),
		)
	}

	fn key_id(&mut self) -> [u8; 32] {
		if self.rng.chance(90) {
			let keys = self.keys();
			self.rng.pick(&keys).id
		} else {
			self.rng.bytes32()
		}
	}

	fn unregister_key(&mut self) -> Step {
		let key_id = self.key_id();
		let owner = pallet_zk_verifier::Keys::<Runtime>::get(key_id)
			.and_then(|key| key.owner)
			.and_then(|owner| index_of(&owner));
		let who = match owner {
			Some(owner) => self.mostly(owner),
			None => self.any(),
		};
		self.signed(who, RuntimeCall::ZkVerifier(Zk::unregister_key { key_id }))
	}

	/// A proof under an open key: (key, proof, inputs), valid most of the time.
	fn open_statement(&mut self) -> ([u8; 32], Vec<u8>, Vec<[u8; 32]>) {
		let keys: Vec<KeySpec> = self
			.keys()
			.into_iter()
			.filter(|k| k.consumer == KeyConsumer::Open)
			.collect();
		let spec = self.rng.pick(&keys);
		let inputs = pallet_zk_verifier::testing::synthetic_inputs(spec.inputs, self.rng.below(6));
		let mut proof = pallet_zk_verifier::testing::synthetic_proof(&inputs);
		if self.rng.chance(10) {
			proof[70] ^= 2;
		}
		(spec.id, proof, inputs)
	}

	fn verify_proof(&mut self) -> Step {
		let (key_id, proof, inputs) = self.open_statement();
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::ZkVerifier(Zk::verify_proof {
				key_id,
				proof: BoundedVec::truncate_from(proof),
				public_inputs: BoundedVec::truncate_from(inputs),
			}),
		)
	}

	fn verify_batch(&mut self) -> Step {
		let (key_id, proof, inputs) = self.open_statement();
		let mut proofs = vec![(
			BoundedVec::truncate_from(proof),
			BoundedVec::truncate_from(inputs),
		)];
		if self.rng.chance(50) {
			let (_, proof, inputs) = self.open_statement();
			proofs.push((
				BoundedVec::truncate_from(proof),
				BoundedVec::truncate_from(inputs),
			));
		}
		if self.rng.chance(5) {
			proofs.clear();
		}
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::ZkVerifier(Zk::verify_batch {
				key_id,
				proofs: BoundedVec::truncate_from(proofs),
			}),
		)
	}

	// -----------------------------------------------------------------------------------------
	// SDK calls

	fn balances(&mut self) -> Step {
		let who = self.any();
		let dest = account(self.any()).into();
		let value = if self.rng.chance(60) {
			10 * AIT
		} else {
			self.amount()
		};
		let call = match self.rng.below(20) {
			0 => pallet_balances::Call::transfer_all {
				dest,
				keep_alive: self.rng.chance(70),
			},
			1 | 2 => pallet_balances::Call::burn {
				value: self
					.rng
					.pick(&[MILLI_AIT, AIT, EXISTENTIAL_DEPOSIT - 1, Balance::MAX]),
				keep_alive: self.rng.chance(80),
			},
			3..=10 => pallet_balances::Call::transfer_keep_alive { dest, value },
			_ => pallet_balances::Call::transfer_allow_death { dest, value },
		};
		self.signed(who, RuntimeCall::Balances(call))
	}

	fn assets(&mut self) -> Step {
		let id = self.rng.pick(&ASSETS);
		let details = pallet_assets::Asset::<Runtime>::get(id);
		let owner = details.as_ref().and_then(|d| index_of(&d.owner));
		let role = |who: Option<&AccountId>| who.and_then(index_of).unwrap_or(0);
		let issuer = role(details.as_ref().map(|d| &d.issuer));
		let admin = role(details.as_ref().map(|d| &d.admin));
		let freezer = role(details.as_ref().map(|d| &d.freezer));
		// Holders of the asset send it; anyone receives it.
		let holders: Vec<usize> = (0..KEYS.len())
			.filter(|i| pallet_assets::Account::<Runtime>::contains_key(id, account(*i)))
			.collect();
		let sender = if holders.is_empty() {
			self.any()
		} else {
			self.rng.pick(&holders)
		};
		let target = account(self.any()).into();
		let amount = match self.rng.below(5) {
			0 => self.amount(),
			1 => 1,
			_ => 1_000_000 * MICRO_AIT,
		};
		let (who, call) = match (owner, self.rng.below(14)) {
			(None, _) | (_, 0) => (
				self.rng.pick(&CLIENTS),
				Assets::create {
					id: id.into(),
					admin: if self.rng.chance(80) {
						account(5).into()
					} else {
						target
					},
					min_balance: self.rng.pick(&[1, 1, 0, 1_000]),
				},
			),
			(Some(_), 1..=3) => {
				// Up to the whole of `u128::MAX`: near it, `pallet-assets` used to lose what a
				// `fungibles` transfer moved (see `fuzz_regressions.rs`).
				let supply = details.as_ref().map_or(0, |d| d.supply);
				let room = Balance::MAX.saturating_sub(supply);
				let amount = if self.rng.chance(80) {
					1_000_000 * AIT
				} else if self.rng.chance(50) {
					room
				} else {
					amount
				};
				(
					self.mostly(issuer),
					Assets::mint {
						id: id.into(),
						beneficiary: target,
						amount,
					},
				)
			}
			(Some(_), 4) => (
				self.mostly(admin),
				Assets::burn {
					id: id.into(),
					who: target,
					amount,
				},
			),
			(Some(_), 5) => (
				self.mostly(freezer),
				Assets::freeze {
					id: id.into(),
					who: target,
				},
			),
			(Some(_), 6) => (
				self.mostly(admin),
				Assets::thaw {
					id: id.into(),
					who: target,
				},
			),
			(Some(owner), 7) => (
				self.mostly(owner),
				Assets::set_metadata {
					id: id.into(),
					name: b"Compute dollar".to_vec(),
					symbol: b"CUSD".to_vec(),
					decimals: 6,
				},
			),
			(_, 8) => (
				sender,
				Assets::approve_transfer {
					id: id.into(),
					delegate: target,
					amount,
				},
			),
			(_, 9) => {
				let approval = pallet_assets::Approvals::<Runtime>::iter_prefix((id,))
					.filter_map(|((owner, delegate), _)| Some((owner, index_of(&delegate)?)))
					.next();
				let (owner, delegate) = approval.unwrap_or((account(self.any()), self.any()));
				(
					self.mostly(delegate),
					Assets::transfer_approved {
						id: id.into(),
						owner: owner.into(),
						destination: target,
						amount: if self.rng.chance(70) { 1 } else { amount },
					},
				)
			}
			(_, 10) => (self.any(), Assets::touch { id: id.into() }),
			(Some(owner), 11) if self.rng.chance(10) => {
				(self.mostly(owner), Assets::start_destroy { id: id.into() })
			}
			(_, 12) => (
				sender,
				Assets::transfer_keep_alive {
					id: id.into(),
					target,
					amount,
				},
			),
			_ => (
				sender,
				Assets::transfer {
					id: id.into(),
					target,
					amount,
				},
			),
		};
		self.signed(who, RuntimeCall::Assets(call))
	}

	/// A few calls of one account in a `Utility` batch.
	fn batch(&mut self) -> Step {
		let first = self.user_step();
		let who = match first.who {
			Who::Signed(index) => index,
			_ => 0,
		};
		let mut calls = vec![first.call];
		for _ in 0..self.rng.below(3) {
			calls.push(self.user_step().call);
		}
		let call = match self.rng.below(3) {
			0 => pallet_utility::Call::batch { calls },
			1 => pallet_utility::Call::batch_all { calls },
			_ => pallet_utility::Call::force_batch { calls },
		};
		self.signed(who, RuntimeCall::Utility(call))
	}

	/// A signed user's call (no batch, governance or motion).
	fn user_step(&mut self) -> Step {
		let actions: [Action; 10] = [
			Gen::call_job,
			Gen::submit_result,
			Gen::submit_receipt,
			Gen::accept,
			Gen::heartbeat,
			Gen::balances,
			Gen::delegate,
			Gen::escrow_create,
			Gen::file_dispute,
			Gen::approve,
		];
		let action = self.rng.pick(&actions);
		action(self)
	}

	fn council_motion(&mut self) -> Step {
		type Collective = pallet_collective::Call<Runtime, CouncilCollective>;
		let proposals: Vec<(H256, pallet_collective::Votes<AccountId, BlockNumber>)> =
			pallet_collective::Voting::<Runtime, CouncilCollective>::iter().collect();
		let member = self.rng.pick(&MEMBERS);
		if proposals.is_empty() || self.rng.chance(30) {
			let proposal = self.governance_call();
			let length_bound = proposal.encoded_size() as u32;
			let threshold = self.rng.pick(&[2, 2, 2, 1, 3]);
			return self.signed(
				member,
				RuntimeCall::Council(Collective::propose {
					threshold,
					proposal: Box::new(proposal),
					length_bound,
				}),
			);
		}
		let (hash, votes) = self.rng.pick(&proposals);
		// `Votes` keeps its fields private: read them from its encoding.
		let votes = VotesView::decode(&mut &votes.encode()[..]).expect("the layout of Votes");
		let index = votes.index;
		let voted = |who: &usize| {
			let who = account(*who);
			votes.ayes.contains(&who) || votes.nays.contains(&who)
		};
		let waiting: Vec<usize> = MEMBERS.into_iter().filter(|m| !voted(m)).collect();
		let decided = votes.ayes.len() as u32 >= votes.threshold
			|| votes.nays.len() as u32 > MEMBERS.len() as u32 - votes.threshold;
		if !waiting.is_empty() && !decided && self.rng.chance(90) {
			let member = self.rng.pick(&waiting);
			let approve = self.rng.chance(80);
			return self.signed(
				member,
				RuntimeCall::Council(Collective::vote {
					proposal: hash,
					index,
					approve,
				}),
			);
		}
		let proposal = pallet_collective::ProposalOf::<Runtime, CouncilCollective>::get(hash);
		let (weight, length) = proposal
			.map(|p| (p.get_dispatch_info().call_weight, p.encoded_size() as u32))
			.unwrap_or_default();
		let who = self.mostly(member);
		self.signed(
			who,
			RuntimeCall::Council(Collective::close {
				proposal_hash: hash,
				index,
				proposal_weight_bound: weight,
				length_bound: length,
			}),
		)
	}

	fn treasury(&mut self) -> Step {
		let spends: Vec<u32> = pallet_treasury::Spends::<Runtime>::iter_keys().collect();
		let index = if spends.is_empty() || self.rng.chance(5) {
			pallet_treasury::SpendCount::<Runtime>::get()
		} else {
			self.rng.pick(&spends)
		};
		let who = self.any();
		let call = if self.rng.chance(60) {
			pallet_treasury::Call::payout { index }
		} else {
			pallet_treasury::Call::check_status { index }
		};
		self.signed(who, RuntimeCall::Treasury(call))
	}

	fn remark(&mut self) -> Step {
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::System(frame_system::Call::remark {
				remark: b"aitbc fuzz".to_vec(),
			}),
		)
	}

	// -----------------------------------------------------------------------------------------
	// Governance

	fn governance(&mut self) -> Step {
		let call = self.governance_call();
		let who = match self.rng.below(20) {
			0 => Who::Signed(self.any()),
			1..=9 => Who::Sudo,
			_ => Who::Council,
		};
		Step { who, call }
	}

	fn class_params(&mut self) -> pallet_pricing::ClassParams<Balance> {
		let floor = self.rng.pick(&[10 * MICRO_AIT, MICRO_AIT, 1, 0]);
		pallet_pricing::ClassParams {
			floor,
			ceiling: self
				.rng
				.pick(&[floor, 10 * MILLI_AIT, 100 * MILLI_AIT, floor / 2]),
			target_utilisation: self.rng.pick(&[
				Perbill::from_percent(50),
				Perbill::from_percent(80),
				Perbill::zero(),
			]),
			smoothing: self
				.rng
				.pick(&[Perbill::from_percent(20), Perbill::one(), Perbill::zero()]),
			max_step: self.rng.pick(&[
				pallet_pricing::MAX_STEP_LIMIT,
				Perbill::zero(),
				Perbill::from_percent(13),
			]),
		}
	}

	/// A call of a governance origin (root or half the council).
	fn governance_call(&mut self) -> RuntimeCall {
		let escrow_id = |g: &mut Self| {
			g.escrow_where(|_| true)
				.map(|(id, _)| id)
				.unwrap_or_else(|| g.id(pallet_escrow::NextEscrowId::<Runtime>::get()))
		};
		match self.rng.below(34) {
			0 => {
				let genesis = aitbc_runtime::genesis_config_presets::compute_classes();
				let missing = genesis
					.iter()
					.find(|(class, _, _)| !pallet_pricing::Classes::<Runtime>::contains_key(class));
				if let Some((class, params, price)) = missing.filter(|_| self.rng.chance(80)) {
					return RuntimeCall::Pricing(Pricing::create_class {
						resource_class: *class,
						params: *params,
						start_price: *price,
					});
				}
				let class = ResourceClass(self.rng.range(0, 4) as u32);
				let params = self.class_params();
				let start_price = self
					.rng
					.pick(&[params.floor, params.ceiling, params.floor + 1]);
				RuntimeCall::Pricing(Pricing::create_class {
					resource_class: class,
					params,
					start_price,
				})
			}
			1 => {
				let class = self.class();
				let params = self.class_params();
				RuntimeCall::Pricing(Pricing::update_parameters {
					resource_class: class,
					params,
				})
			}
			2 => {
				let class = if self.rng.chance(95) {
					self.rng.range(2, 4)
				} else {
					1
				};
				RuntimeCall::Pricing(Pricing::remove_class {
					resource_class: ResourceClass(class as u32),
				})
			}
			3 => RuntimeCall::Escrow(Escrow::freeze {
				escrow_id: escrow_id(self),
			}),
			4 => {
				let frozen = self.escrow_where(|e| e.frozen && e.general().is_some());
				let escrow_id = frozen.map(|(id, _)| id).unwrap_or_else(|| escrow_id(self));
				RuntimeCall::Escrow(Escrow::unfreeze { escrow_id })
			}
			5 => {
				let frozen = self.escrow_where(|e| e.frozen && e.general().is_some());
				let escrow_id = frozen.map(|(id, _)| id).unwrap_or_else(|| escrow_id(self));
				RuntimeCall::Escrow(Escrow::split {
					escrow_id,
					payee_share: self.perbill(),
				})
			}
			6 => RuntimeCall::Escrow(Escrow::emergency_withdraw {
				escrow_id: escrow_id(self),
				to: account(self.any()).into(),
			}),
			7 => RuntimeCall::Escrow(Escrow::set_platform_fee {
				fee: self.rng.pick(&[
					Perbill::zero(),
					Perbill::from_percent(5),
					Perbill::from_percent(10),
					Perbill::from_percent(11),
				]),
			}),
			8 => RuntimeCall::Escrow(Escrow::set_escrow_asset {
				asset: self.rng.pick(&ASSETS),
				allowed: self.rng.chance(80),
			}),
			9 => RuntimeCall::Receipts(Receipts::set_mint_parameters {
				// Up to the block cap, and past it (refused since the fuzzer found such a rate
				// overflowing the mint ledger, see `fuzz_regressions.rs`).
				mint_per_unit: match self.rng.below(12) {
					0 => 0,
					1 => AIT,
					2 => 1_000 * AIT,
					3 => 1_000 * AIT + 1,
					4 => Balance::MAX,
					_ => aitbc_runtime::genesis_config_presets::MINT_PER_UNIT,
				},
				coordinator_share: self.rng.pick(&[
					Permill::from_percent(80),
					Permill::zero(),
					Permill::one(),
				]),
			}),
			10 | 11 => {
				let kind = self.rng.pick(&[PrivacyKind::Basic, PrivacyKind::Enhanced]);
				let inputs = kind.public_inputs();
				let key = match self.rng.below(10) {
					0 => None,
					1 => Some(self.rng.bytes32()),
					2 => Some(
						self.key(if inputs == 4 { 6 } else { 4 }, KeyConsumer::Receipts)
							.id,
					),
					_ => Some(self.key(inputs, KeyConsumer::Receipts).id),
				};
				RuntimeCall::Receipts(Receipts::set_privacy_key { kind, key })
			}
			12 | 13 => {
				let keys = self.keys();
				let spec = self.rng.pick(&keys);
				RuntimeCall::ZkVerifier(Zk::register_key_for_everyone {
					key: BoundedVec::truncate_from(spec.bytes),
					nullifier_input: spec.nullifier,
					consumer: spec.consumer,
				})
			}
			14 => RuntimeCall::ZkVerifier(Zk::unregister_key {
				key_id: self.key_id(),
			}),
			15 | 16 => RuntimeCall::Staking(Staking::cancel_slash {
				slash_id: self.slash_id(),
			}),
			17 => RuntimeCall::Staking(Staking::set_slash_destination {
				destination: if self.rng.chance(70) {
					pallet_operator_staking::SlashDestination::Treasury
				} else {
					pallet_operator_staking::SlashDestination::Burn
				},
			}),
			18 => RuntimeCall::Staking(Staking::set_reward_pool {
				amount: self
					.rng
					.pick(&[0, AIT, 10 * AIT, 10 * AIT, 100 * AIT, Balance::MAX]),
			}),
			19 => RuntimeCall::Staking(Staking::set_blueprint_incentive {
				blueprint_id: self.id(pallet_services::NextBlueprintId::<Runtime>::get()),
				share: self.rng.chance(80).then(|| self.perbill()),
			}),
			20 => RuntimeCall::Staking(Staking::set_delegation_asset {
				asset: self.rng.pick(&ASSETS),
				minimum: self
					.rng
					.chance(80)
					.then(|| self.rng.pick(&[1, 1_000_000, 0])),
			}),
			21 | 22 => {
				let escalated =
					self.dispute_where(|d| matches!(d.status, DisputeStatus::Escalated { .. }));
				let dispute_id = match escalated {
					Some((id, _)) => id,
					None => self.id(pallet_disputes::NextDisputeId::<Runtime>::get()),
				};
				let ruling = self.rng.pick(&[
					Ruling::Client,
					Ruling::Operator,
					Ruling::Split(Perbill::from_percent(30)),
				]);
				RuntimeCall::Disputes(Disputes::resolve_escalated { dispute_id, ruling })
			}
			23 => RuntimeCall::Treasury(pallet_treasury::Call::spend {
				asset_kind: Box::new(()),
				amount: self.rng.pick(&[AIT, AIT, 100 * AIT, Balance::MAX]),
				beneficiary: Box::new(account(self.any())),
				// Not near `BlockNumber::MAX`: `pallet-treasury` saturates the expiry there,
				// which its own `try_state` refuses (see `fuzz_regressions.rs`).
				valid_from: self
					.rng
					.chance(30)
					.then(|| now() + self.rng.range(0, 50) as u32),
			}),
			24 => {
				let spends: Vec<u32> = pallet_treasury::Spends::<Runtime>::iter_keys().collect();
				let index = if spends.is_empty() {
					pallet_treasury::SpendCount::<Runtime>::get()
				} else {
					self.rng.pick(&spends)
				};
				RuntimeCall::Treasury(pallet_treasury::Call::void_spend { index })
			}
			25 => RuntimeCall::Assets(Assets::force_create {
				id: self.rng.pick(&ASSETS).into(),
				owner: account(self.rng.pick(&CLIENTS)).into(),
				is_sufficient: self.rng.chance(50),
				min_balance: 1,
			}),
			26 => self.brake(),
			27 => self.settlement_route(),
			28 => self.settlement_committee(),
			29 => RuntimeCall::Settlement(Settlement::set_light_client_chain {
				chain: self.rng.pick(&[Some(PEER), None, Some(own_chain())]),
			}),
			_ => Self::release_brake().unwrap_or(RuntimeCall::Escrow(Escrow::set_platform_fee {
				fee: Perbill::from_percent(5),
			})),
		}
	}

	// -----------------------------------------------------------------------------------------
	// Settlement: requests for jobs settled here, committee-signed messages and
	// acknowledgements from the peer chain, retries, refunds, standing rules, routes.

	/// The route to and from the peer (or, rarely, another chain): mostly both adapters at a
	/// milli-AIT, sometimes a route that cannot be used or none.
	fn settlement_route(&mut self) -> RuntimeCall {
		let chain = self.rng.pick(&[PEER, PEER, PEER, 3, own_chain()]);
		if self.rng.chance(8) {
			return RuntimeCall::Settlement(Settlement::set_route { chain, route: None });
		}
		let fee = self.rng.pick(&[MILLI_AIT, MILLI_AIT, 0, Balance::MAX / 2]);
		let mut adapters = vec![RouteAdapter {
			adapter: Adapter::Attested,
			fee,
			latency: self.rng.pick(&[4, 20, 0]),
		}];
		if self.rng.chance(30) {
			// Unavailable without an initialized light client, or a duplicate.
			let adapter = self.rng.pick(&[Adapter::Grandpa, Adapter::Attested]);
			adapters.push(RouteAdapter {
				adapter,
				fee: fee / 2,
				latency: 2,
			});
		}
		RuntimeCall::Settlement(Settlement::set_route {
			chain,
			route: Some(Route {
				adapters: BoundedVec::truncate_from(adapters),
				rate_limit: RateLimit {
					window: self.rng.pick(&[10, 10, 1, 0]),
					max_messages: self.rng.pick(&[100, 100, 2, 0]),
				},
			}),
		})
	}

	/// The peer's committee: mostly seeds 1–3, 2 of 3; sometimes a bad threshold or none.
	fn settlement_committee(&mut self) -> RuntimeCall {
		let members: Vec<[u8; 20]> = if self.rng.chance(90) {
			COMMITTEE_SEEDS
				.iter()
				.map(|seed| attester_address(*seed))
				.collect()
		} else {
			Vec::new()
		};
		RuntimeCall::Settlement(Settlement::set_committee {
			chain: self.rng.pick(&[PEER, PEER, PEER, own_chain()]),
			members: BoundedVec::truncate_from(members),
			threshold: self.rng.pick(&[2, 2, 2, 1, 3, 4, 0]),
		})
	}

	/// Governance sets up what a settlement call needs first.
	fn settlement_setup(&mut self) -> Option<Step> {
		let call = if !pallet_settlement::Routes::<Runtime>::contains_key(PEER) {
			self.settlement_route()
		} else if !pallet_settlement::Committees::<Runtime>::contains_key(PEER) {
			self.settlement_committee()
		} else {
			return None;
		};
		Some(Step {
			who: Who::Sudo,
			call,
		})
	}

	fn routing(&mut self) -> Routing {
		self.rng.pick(&[
			Routing::Cheapest,
			Routing::Cheapest,
			Routing::Fastest,
			Routing::Via(Adapter::Attested),
			Routing::Via(Adapter::Grandpa),
		])
	}

	fn settlement_max_fee(&mut self) -> Balance {
		self.rng
			.pick(&[10 * MILLI_AIT, 10 * MILLI_AIT, MILLI_AIT, 0, Balance::MAX])
	}

	/// A job settled here, asked for by its client or operator (mostly) for the peer.
	fn request_settlement(&mut self) -> Step {
		if let Some(setup) = self.settlement_setup() {
			return setup;
		}
		let next = pallet_services::NextJobId::<Runtime>::get();
		let settled = self.find(next, |id| {
			pallet_settlement::SettledJobs::<Runtime>::contains_key(id)
		});
		let Some(job_id) = settled else {
			return self.accept();
		};
		let Some(record) = pallet_settlement::SettledJobs::<Runtime>::get(job_id) else {
			return self.accept();
		};
		let party = if self.rng.chance(50) {
			&record.client
		} else {
			&record.operator
		};
		let who = self.mostly(Self::party_index(party));
		let call = Settlement::request_settlement {
			job_id,
			target: self.rng.pick(&[PEER, PEER, PEER, 3, own_chain()]),
			routing: self.routing(),
			beneficiary: self.hash(),
			max_fee: self.settlement_max_fee(),
		};
		self.signed(who, RuntimeCall::Settlement(call))
	}

	/// A message from the peer, signed by its committee: an acknowledgement of a message sent
	/// there (or of one never sent), or a job settled there. Mostly the next nonce and enough
	/// signatures; sometimes a replay, a gap, too few or a stranger's signatures, another
	/// target, or a light-client proof this chain cannot check.
	fn receive_settlement(&mut self) -> Step {
		if let Some(setup) = self.settlement_setup() {
			return setup;
		}
		let last = pallet_settlement::InboundNonces::<Runtime>::get(PEER);
		let nonce = match self.rng.below(20) {
			0 => last,
			1 => last.saturating_add(2),
			_ => last.saturating_add(1),
		};
		let sent = pallet_settlement::OutboundNonces::<Runtime>::get(PEER);
		let awaited = self.find(sent.saturating_add(1), |n| {
			pallet_settlement::Outbound::<Runtime>::get(PEER, n)
				.is_some_and(|m| m.status.expires_at().is_some())
		});
		let mut message = SettlementMessage {
			kind: MessageKind::JobSettled,
			source: PEER,
			target: if self.rng.chance(95) { own_chain() } else { 3 },
			nonce,
			job_id: self.rng.below(1_000),
			receipt_id: self.rng.bytes32(),
			output_hash: self.hash(),
			units: self.rng.pick(&[1, 100, u64::MAX]),
			amount: self.amount(),
			token: H256::zero(),
			client: H256(account(self.any()).into()),
			operator: H256(account(self.any()).into()),
			beneficiary: self.hash(),
		};
		if let Some(acknowledged) = awaited.filter(|_| self.rng.chance(70)) {
			let hash = pallet_settlement::Outbound::<Runtime>::get(PEER, acknowledged)
				.map(|m| m.hash)
				.unwrap_or_default();
			message = SettlementMessage {
				kind: MessageKind::Acknowledgement,
				job_id: acknowledged,
				receipt_id: if self.rng.chance(90) {
					hash.0
				} else {
					self.rng.bytes32()
				},
				output_hash: H256::zero(),
				units: 0,
				amount: 0,
				client: H256::zero(),
				operator: H256::zero(),
				beneficiary: H256::zero(),
				..message
			};
		}
		let (adapter, proof) = if self.rng.chance(5) {
			(Adapter::Grandpa, self.rng.bytes32().to_vec())
		} else {
			let seeds: Vec<u8> = match self.rng.below(10) {
				0 => vec![COMMITTEE_SEEDS[0]],
				1 => vec![COMMITTEE_SEEDS[0], STRANGER_SEED],
				2 => vec![COMMITTEE_SEEDS[1], COMMITTEE_SEEDS[1]],
				3 => COMMITTEE_SEEDS.to_vec(),
				_ => vec![COMMITTEE_SEEDS[1], COMMITTEE_SEEDS[2]],
			};
			let signatures: Vec<[u8; 65]> = seeds
				.iter()
				.map(|seed| attester(*seed).sign_prehashed(&message.hash().0).0)
				.collect();
			(Adapter::Attested, signatures.encode())
		};
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Settlement(Settlement::receive {
				message,
				adapter,
				proof: BoundedVec::truncate_from(proof),
			}),
		)
	}

	/// A message to the peer: mostly a failed one (from anyone), else any.
	fn failed_settlement(&mut self) -> u64 {
		let sent = pallet_settlement::OutboundNonces::<Runtime>::get(PEER);
		let failed = self.find(sent.saturating_add(1), |n| {
			pallet_settlement::Outbound::<Runtime>::get(PEER, n)
				.is_some_and(|m| matches!(m.status, MessageStatus::Failed { .. }))
		});
		failed.unwrap_or_else(|| self.id(sent.saturating_add(1)))
	}

	fn retry_settlement(&mut self) -> Step {
		let nonce = self.failed_settlement();
		let who = self.any();
		self.signed(
			who,
			RuntimeCall::Settlement(Settlement::retry {
				target: PEER,
				nonce,
			}),
		)
	}

	fn refund_settlement(&mut self) -> Step {
		let nonce = self.failed_settlement();
		let requester = pallet_settlement::Outbound::<Runtime>::get(PEER, nonce)
			.and_then(|m| m.requester)
			.map(|r| Self::party_index(&r));
		let who = match requester {
			Some(index) => self.mostly(index),
			None => self.any(),
		};
		self.signed(
			who,
			RuntimeCall::Settlement(Settlement::refund {
				target: PEER,
				nonce,
			}),
		)
	}

	/// Send every job the signer settles to the peer, or stop.
	fn set_standing_rule(&mut self) -> Step {
		let who = self.any();
		let rule = self.rng.chance(75).then(|| StandingRule {
			target: self.rng.pick(&[PEER, PEER, 3, own_chain()]),
			routing: self.routing(),
			beneficiary: self.hash(),
			max_fee: self.settlement_max_fee(),
		});
		self.signed(
			who,
			RuntimeCall::Settlement(Settlement::set_standing_rule { rule }),
		)
	}

	/// The call that releases a pulled brake, if one is pulled.
	fn release_brake() -> Option<RuntimeCall> {
		if pallet_safe_mode::EnteredUntil::<Runtime>::get().is_some() {
			return Some(RuntimeCall::SafeMode(pallet_safe_mode::Call::force_exit {}));
		}
		pallet_tx_pause::PausedCalls::<Runtime>::iter_keys()
			.next()
			.map(|ident| RuntimeCall::TxPause(pallet_tx_pause::Call::unpause { ident }))
	}

	/// Pull an emergency brake: safe mode, or pause one AITBC call.
	fn brake(&mut self) -> RuntimeCall {
		if self.rng.chance(20) {
			return RuntimeCall::SafeMode(pallet_safe_mode::Call::force_enter {});
		}
		let (pallet, call) = self.rng.pick(&[
			("Services", "call_job"),
			("Receipts", "submit_receipt"),
			("Escrow", "create"),
			("Disputes", "file_dispute"),
			("Staking", "bond"),
			("Council", "propose"),
		]);
		RuntimeCall::TxPause(pallet_tx_pause::Call::pause {
			full_name: (name(pallet.as_bytes()), name(call.as_bytes())),
		})
	}
}

/// The fields of `pallet_collective::Votes`, which keeps them private.
#[derive(Decode)]
struct VotesView {
	index: u32,
	threshold: u32,
	ayes: Vec<AccountId>,
	nays: Vec<AccountId>,
	_end: BlockNumber,
}

fn own_chain() -> ChainId {
	pallet_settlement::ChainIdentity::<Runtime>::get()
}

fn attester(seed: u8) -> ecdsa::Pair {
	ecdsa::Pair::from_seed(&[seed; 32])
}

/// The EVM address of the attester key of `seed`, as the committee names it.
fn attester_address(seed: u8) -> [u8; 20] {
	let probe = H256::repeat_byte(0x55);
	let signature = attester(seed).sign_prehashed(&probe.0).0;
	pallet_settlement::attested::recover_signer(&signature, &probe).unwrap_or_default()
}

fn free(index: usize) -> Balance {
	use frame_support::traits::fungible::Inspect;
	aitbc_runtime::Balances::balance(&account(index))
}
