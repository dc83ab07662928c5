//! A market on the real runtime for the cross-pallet and attack tests: genesis from the
//! development preset, blocks that run every pallet's hooks, and after every block the
//! `try_state` invariants of every AITBC pallet.

#![allow(dead_code)]

use aitbc_primitives::{receipt::ReceiptBody, BlueprintId, JobId, PaymentAsset, ServiceId};
use aitbc_runtime::{
	genesis_config_presets::development_config_genesis, AccountId, AllPalletsWithSystem, Balance,
	Balances, BlockNumber, Receipts, Runtime, RuntimeGenesisConfig, RuntimeOrigin, Services,
	Signature, Staking, System,
};
use frame_support::{
	assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		OnInitialize,
	},
	BoundedVec,
};
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::BuildStorage;

#[allow(unused_imports)]
pub use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};

pub type Receipt = pallet_receipts::ReceiptOf<Runtime>;

/// The pallets AITBC writes (the SDK's own are reviewed upstream).
pub const AITBC_PALLETS: [&str; 10] = [
	"Pricing",
	"Escrow",
	"Services",
	"Receipts",
	"Staking",
	"Disputes",
	"ZkVerifier",
	"ValidatorSet",
	"ComputeAuthorship",
	"Settlement",
];

/// The runtime APIs AITBC declares.
pub const AITBC_RUNTIME_APIS: [&str; 9] = [
	"PricingApi",
	"ServicesApi",
	"RentalsApi",
	"ReceiptsApi",
	"StakingApi",
	"DisputesApi",
	"ValidatorSetApi",
	"ComputeAuthorshipApi",
	"SettlementApi",
];

/// The metadata the node serves (`state_getMetadata` and clients' codegen: version 15, with the
/// runtime APIs), decoded from the runtime's own `Metadata_metadata_at_version`.
pub fn served_metadata() -> frame_metadata::v15::RuntimeMetadataV15 {
	use codec::Decode;
	use frame_metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
	let opaque = sp_io::TestExternalities::default()
		.execute_with(|| Runtime::metadata_at_version(15))
		.expect("the runtime serves metadata version 15");
	let prefixed =
		RuntimeMetadataPrefixed::decode(&mut &opaque[..]).expect("metadata version 15 decodes");
	match prefixed.1 {
		RuntimeMetadata::V15(metadata) => metadata,
		_ => panic!("asked for version 15"),
	}
}

pub fn account(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

pub fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(k))
}

/// A chain built from the development preset, at block 1.
pub fn new_chain() -> sp_io::TestExternalities {
	new_chain_from(development_config_genesis())
}

/// A chain built from a genesis preset's patch, at block 1.
pub fn new_chain_from(preset: serde_json::Value) -> sp_io::TestExternalities {
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("default config serializes");
	merge(&mut config, preset);
	let genesis: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("preset is a valid genesis config");
	let mut ext: sp_io::TestExternalities = genesis.build_storage().expect("genesis builds").into();
	ext.execute_with(|| {
		System::set_block_number(1);
		AllPalletsWithSystem::on_initialize(1);
		check_invariants();
	});
	ext
}

fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (k, v) in patch {
				merge(base.entry(k).or_insert(serde_json::Value::Null), v);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// Every AITBC pallet's `try_state` invariants.
pub fn check_invariants() {
	let checks: [(&str, Result<(), sp_runtime::TryRuntimeError>); 10] = [
		(
			"Services",
			pallet_services::Pallet::<Runtime>::do_try_state(),
		),
		(
			"Receipts",
			pallet_receipts::Pallet::<Runtime>::do_try_state(),
		),
		("Escrow", pallet_escrow::Pallet::<Runtime>::do_try_state()),
		(
			"Disputes",
			pallet_disputes::Pallet::<Runtime>::do_try_state(),
		),
		(
			"Staking",
			pallet_operator_staking::Pallet::<Runtime>::do_try_state(),
		),
		("Pricing", pallet_pricing::Pallet::<Runtime>::do_try_state()),
		(
			"ZkVerifier",
			pallet_zk_verifier::Pallet::<Runtime>::do_try_state(),
		),
		(
			"ValidatorSet",
			pallet_validator_set::Pallet::<Runtime>::do_try_state(),
		),
		(
			"ComputeAuthorship",
			pallet_compute_authorship::Pallet::<Runtime>::do_try_state(),
		),
		(
			"Settlement",
			pallet_settlement::Pallet::<Runtime>::do_try_state(),
		),
	];
	for (pallet, result) in checks {
		if let Err(error) = result {
			panic!(
				"{pallet} invariant broken at block {}: {error:?}",
				System::block_number()
			);
		}
	}
	check_supply();
}

/// Across Services and Pricing: each class's supply is the capacity of the operators active in
/// its blueprints, less what they rented out, so no sequence of calls can leave pricing with
/// capacity nobody offers.
pub fn check_supply() {
	use std::collections::BTreeMap;
	let mut offered: BTreeMap<aitbc_primitives::ResourceClass, u64> = BTreeMap::new();
	for (blueprint_id, operator, registration) in pallet_services::Operators::<Runtime>::iter() {
		if registration.state != pallet_services::OperatorState::Active {
			continue;
		}
		let blueprint = pallet_services::Blueprints::<Runtime>::get(blueprint_id)
			.expect("registered blueprint");
		// Rented capacity is supply taken.
		let rented = pallet_services::RentedCapacity::<Runtime>::get(blueprint_id, &operator);
		*offered.entry(blueprint.resource_class).or_default() +=
			registration.preferences.capacity - rented;
	}
	for (class, supply) in pallet_pricing::Supply::<Runtime>::iter() {
		assert_eq!(
			offered.remove(&class).unwrap_or(0),
			supply,
			"supply of {class:?} differs from the active capacity at block {}",
			System::block_number()
		);
	}
	assert!(
		offered.is_empty(),
		"active capacity pricing never heard of: {offered:?}"
	);
}

thread_local! {
	/// The event count when the invariants last ran.
	static EVENTS_AT_LAST_CHECK: core::cell::Cell<Option<u32>> = const { core::cell::Cell::new(None) };
}

/// The digest of a block sealed at `slot` by its author, as the node writes it: Aura's slot, and
/// the author's VRF signature on what the runtime says the slot's VRF signs (Alice's when the
/// author's key is not a development key: the runtime makes bytes of whatever output it gets,
/// and only the node's verifier refuses a wrong one).
pub fn authored_digest(slot: u64) -> sp_runtime::Digest {
	use aitbc_primitives::authorship::{WeightedPreDigest, ENGINE_ID};
	use codec::Encode;
	use sp_core::crypto::VrfSecret;
	use sp_runtime::DigestItem;
	let claim = aitbc_runtime::ComputeAuthorship::slot_claim(slot).expect("the slot has an author");
	let author = Sr25519Keyring::iter()
		.find(|k| sp_consensus_aura::sr25519::AuthorityId::from(k.public()) == claim.author)
		.unwrap_or(Alice);
	// One signature per author and epoch randomness, reused for its later slots: the runtime
	// folds `make_bytes` of the pre-output with each slot's transcript, which differs per slot,
	// and only the node's verifier checks the proof. Signing every block made the production
	// constants' tests (hundreds of thousands of blocks) several times slower.
	let key = (author.public().0, claim.randomness);
	let vrf = VRF_SIGNATURES.with(|cache| {
		cache
			.borrow_mut()
			.entry(key)
			.or_insert_with(|| author.pair().vrf_sign(&claim.vrf_sign_data(slot)))
			.clone()
	});
	sp_runtime::Digest {
		logs: vec![
			DigestItem::PreRuntime(sp_consensus_aura::AURA_ENGINE_ID, slot.encode()),
			DigestItem::PreRuntime(ENGINE_ID, WeightedPreDigest { vrf }.encode()),
		],
	}
}

thread_local! {
	static VRF_SIGNATURES: std::cell::RefCell<
		std::collections::BTreeMap<([u8; 32], [u8; 32]), sp_core::sr25519::vrf::VrfSignature>,
	> = const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Replaces the digest of the block under way (`frame_system` keeps it until the next
/// `initialize`, which would also clear the events the tests read).
pub fn set_digest(digest: &sp_runtime::Digest) {
	use codec::Encode;
	sp_io::storage::set(
		&frame_support::storage::storage_prefix(b"System", b"Digest"),
		&digest.encode(),
	);
}

/// The slots go up by one a block from here: slot `SLOT_OFFSET + n` for block `n`.
pub const SLOT_OFFSET: u64 = 1_000;

/// Moves to the next block sealed by Alice at `slot` (above the last block's) and runs every
/// pallet's `on_initialize`.
pub fn next_block_at_slot(slot: u64) {
	let now = System::block_number();
	System::set_block_number(now + 1);
	set_digest(&authored_digest(slot));
	AllPalletsWithSystem::on_initialize(now + 1);
	let events = System::event_count();
	if EVENTS_AT_LAST_CHECK.with(|last| last.get()) != Some(events) {
		check_invariants();
		EVENTS_AT_LAST_CHECK.with(|last| last.set(Some(events)));
	}
}

/// Move to the next block and run its `on_initialize` of every pallet; then check every
/// invariant if anything happened since the last check (a call or a hook deposited an event).
/// Quiet blocks are skipped, so a runtime built with production constants (a seven-day slash
/// review is 100,800 blocks) runs these tests in seconds instead of hours. Each block carries
/// Alice's slot and VRF, as the node's would. (No AITBC pallet has an `on_finalize`; the SDK
/// pallets that do need an inherent timestamp, which these tests do not author.)
pub fn next_block() {
	let next = u64::from(System::block_number()) + 1;
	let slot = (SLOT_OFFSET + next).max(u64::from(pallet_aura::CurrentSlot::<Runtime>::get()) + 1);
	next_block_at_slot(slot);
}

/// Runs blocks up to `block`, then checks every invariant.
pub fn run_to(block: BlockNumber) {
	while System::block_number() < block {
		next_block();
	}
	check_invariants();
}

pub fn now() -> BlockNumber {
	System::block_number()
}

/// Free + held AIT: what an account owns.
pub fn owned(who: &AccountId) -> Balance {
	Balances::total_balance(who)
}

pub fn free(who: &AccountId) -> Balance {
	Balances::balance(who)
}

pub fn held(who: &AccountId) -> Balance {
	Balances::total_balance_on_hold(who)
}

/// Prints what an attacker ended with against what it started with, and returns the gain.
pub fn report_gain(attack: &str, before: Balance, after: Balance) -> i128 {
	let gain = after as i128 - before as i128;
	println!("[attack] {attack}: attacker AIT before {before}, after {after}, gain {gain}");
	gain
}

/// A bonded operator registered for a fresh blueprint (class 1, one job), owned by Alice.
pub fn operator_with_blueprint(operator: Sr25519Keyring) -> BlueprintId {
	let bond = <Runtime as pallet_operator_staking::Config>::MinOperatorBond::get();
	if pallet_operator_staking::Operators::<Runtime>::get(account(operator)).is_none() {
		assert_ok!(Staking::bond(signed(operator), bond));
	}
	let blueprint_id = pallet_services::NextBlueprintId::<Runtime>::get();
	assert_ok!(Services::create_blueprint(
		signed(Alice),
		BoundedVec::truncate_from(b"inference".to_vec()),
		H256::repeat_byte(7),
		BoundedVec::truncate_from(vec![pallet_services::JobDefinition {
			name: BoundedVec::truncate_from(b"run".to_vec()),
		}]),
		aitbc_primitives::ResourceClass(1),
		1,
		100,
	));
	register(operator, blueprint_id);
	blueprint_id
}

pub fn register(operator: Sr25519Keyring, blueprint_id: BlueprintId) {
	let bond = <Runtime as pallet_operator_staking::Config>::MinOperatorBond::get();
	if pallet_operator_staking::Operators::<Runtime>::get(account(operator)).is_none() {
		assert_ok!(Staking::bond(signed(operator), bond));
	}
	assert_ok!(Services::register_operator(
		signed(operator),
		blueprint_id,
		pallet_services::OperatorPreferences {
			session_key: [0; 32],
			rpc_endpoint: BoundedVec::truncate_from(b"http://127.0.0.1:1".to_vec()),
			capacity: 1_000,
		},
		8,
	));
}

/// The service terms a test asks for; `job_timeout` in blocks.
pub struct Terms {
	pub operators: Vec<Sr25519Keyring>,
	pub callers: Vec<Sr25519Keyring>,
	pub job_timeout: BlockNumber,
	pub ends_at: Option<BlockNumber>,
	pub payment_asset: PaymentAsset<aitbc_runtime::AssetId>,
}

impl Terms {
	pub fn of(operators: &[Sr25519Keyring]) -> Self {
		Terms {
			operators: operators.to_vec(),
			callers: vec![],
			job_timeout: <Runtime as pallet_services::Config>::MinJobTimeout::get(),
			ends_at: None,
			payment_asset: PaymentAsset::Native,
		}
	}
}

/// `client` requests a service of `blueprint_id` with `terms`; every operator approves.
pub fn service(client: Sr25519Keyring, blueprint_id: BlueprintId, terms: Terms) -> ServiceId {
	let operators: Vec<AccountId> = terms.operators.iter().map(|k| account(*k)).collect();
	let callers: Vec<AccountId> = terms.callers.iter().map(|k| account(*k)).collect();
	service_of(
		&account(client),
		blueprint_id,
		pallet_services::RequestTerms {
			operators: BoundedVec::truncate_from(operators),
			permitted_callers: BoundedVec::truncate_from(callers),
			payment_asset: terms.payment_asset,
			security_assets: BoundedVec::new(),
			sla: None,
			job_timeout: terms.job_timeout,
			ends_at: terms.ends_at,
		},
	)
}

/// `client` (any account, a sybil's too) requests a service of `blueprint_id` from
/// `operators` in AIT with the shortest job timeout; every operator approves.
pub fn service_from(
	client: &AccountId,
	blueprint_id: BlueprintId,
	operators: &[AccountId],
) -> ServiceId {
	service_of(
		client,
		blueprint_id,
		pallet_services::RequestTerms {
			operators: BoundedVec::truncate_from(operators.to_vec()),
			permitted_callers: BoundedVec::new(),
			payment_asset: PaymentAsset::Native,
			security_assets: BoundedVec::new(),
			sla: None,
			job_timeout: <Runtime as pallet_services::Config>::MinJobTimeout::get(),
			ends_at: None,
		},
	)
}

fn service_of(
	client: &AccountId,
	blueprint_id: BlueprintId,
	terms: pallet_services::TermsOf<Runtime>,
) -> ServiceId {
	let request_id = pallet_services::NextRequestId::<Runtime>::get();
	let operators = terms.operators.clone();
	assert_ok!(Services::request_service(
		RuntimeOrigin::signed(client.clone()),
		blueprint_id,
		terms,
		50,
	));
	let service_id = pallet_services::NextServiceId::<Runtime>::get();
	for operator in operators {
		assert_ok!(Services::approve(
			RuntimeOrigin::signed(operator),
			request_id
		));
	}
	assert!(pallet_services::Services::<Runtime>::contains_key(
		service_id
	));
	service_id
}

/// `caller` calls job 0 of `service_id` for `units`; returns the job and its escrowed price.
pub fn call_job(caller: Sr25519Keyring, service_id: ServiceId, units: u64) -> (JobId, Balance) {
	call_job_as(&account(caller), service_id, units)
}

/// `call_job` for any account.
pub fn call_job_as(caller: &AccountId, service_id: ServiceId, units: u64) -> (JobId, Balance) {
	let job_id = pallet_services::NextJobId::<Runtime>::get();
	assert_ok!(Services::call_job(
		RuntimeOrigin::signed(caller.clone()),
		service_id,
		0,
		H256::repeat_byte(3),
		units,
		Balance::MAX
	));
	let price = pallet_services::Jobs::<Runtime>::get(job_id)
		.expect("job called")
		.price;
	(job_id, price)
}

/// `owner` creates asset `id` (minimum balance 1) and mints itself a quarter of all there can
/// be: the junk asset of a self-dealer.
pub fn own_asset(owner: Sr25519Keyring, id: aitbc_runtime::AssetId) {
	assert_ok!(aitbc_runtime::Assets::create(
		signed(owner),
		id.into(),
		account(owner).into(),
		1
	));
	assert_ok!(aitbc_runtime::Assets::mint(
		signed(owner),
		id.into(),
		account(owner).into(),
		u128::MAX / 4
	));
}

pub fn output_of(job_id: JobId) -> H256 {
	H256::from_low_u64_be(0xA17B_C000 + job_id)
}

pub fn submit_result(operator: Sr25519Keyring, job_id: JobId) {
	assert_ok!(Services::submit_result(
		signed(operator),
		job_id,
		output_of(job_id)
	));
}

/// `operator`'s signed receipt for `job_id` (client read from the job), with `receipt_id`.
pub fn receipt(
	operator: Sr25519Keyring,
	job_id: JobId,
	receipt_id: [u8; 32],
	units: u64,
	price: Balance,
) -> Receipt {
	let client = pallet_services::Jobs::<Runtime>::get(job_id)
		.map(|job| job.client)
		.unwrap_or_else(|| account(Ferdie));
	let body = ReceiptBody {
		receipt_id,
		job_id,
		client,
		operator: account(operator),
		compute_units: units,
		price,
		output_hash: output_of(job_id),
		nonce: 0,
	};
	let signature = operator
		.pair()
		.sign(&body.signing_payload(&Receipts::genesis_hash()));
	pallet_receipts::ComputeReceipt {
		body,
		signature: Signature::from(signature),
	}
}

/// The client's counter-signature on `receipt`.
pub fn acceptance(client: Sr25519Keyring, receipt: &Receipt) -> Signature {
	Signature::from(
		client
			.pair()
			.sign(&receipt.body.acceptance_payload(&Receipts::genesis_hash())),
	)
}

pub fn job_status(job_id: JobId) -> Option<aitbc_primitives::traits::JobStatus> {
	pallet_services::Jobs::<Runtime>::get(job_id).map(|job| job.status)
}

pub fn challenge_window() -> BlockNumber {
	<Runtime as pallet_receipts::Config>::ChallengeWindow::get()
}

/// Governance puts `class`'s price back where genesis started it. A class whose market has no
/// demand falls by up to its `max_step` each pricing period, so with production constants an
/// hour of quiet takes class 1 from its starting price to its floor, where paid work burns
/// exactly what it mints and earns no reward room; the reward tests that wait for a session
/// boundary first price their work as a market with demand would.
pub fn restore_start_price(class: aitbc_primitives::ResourceClass) {
	let start = aitbc_runtime::genesis_config_presets::compute_classes()
		.into_iter()
		.find_map(|(id, _, price)| (id == class).then_some(price))
		.expect("a class priced at genesis");
	let params = pallet_pricing::Classes::<Runtime>::get(class)
		.expect("a priced class")
		.params;
	// Bounds pinned to the starting price clamp the price to it; the old bounds leave it there.
	let lifted = pallet_pricing::ClassParams {
		floor: start,
		ceiling: start,
		..params
	};
	assert_ok!(aitbc_runtime::Pricing::update_parameters(
		RuntimeOrigin::root(),
		class,
		lifted
	));
	assert_ok!(aitbc_runtime::Pricing::update_parameters(
		RuntimeOrigin::root(),
		class,
		params
	));
	assert_eq!(
		aitbc_runtime::Pricing::market(class).map(|market| market.price),
		Some(start)
	);
}

/// Runs `call` as a council motion that Alice proposes and Alice and Bob (two of three) approve.
pub fn pass_council_motion(
	call: aitbc_runtime::RuntimeCall,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	let len = codec::Encode::encoded_size(&call) as u32;
	let weight = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call).call_weight;
	let hash =
		<<Runtime as frame_system::Config>::Hashing as sp_runtime::traits::Hash>::hash_of(&call);
	let index = pallet_collective::ProposalCount::<
		Runtime,
		aitbc_runtime::configs::governance::CouncilCollective,
	>::get();
	assert_ok!(aitbc_runtime::Council::propose(
		RuntimeOrigin::signed(account(Alice)),
		2,
		Box::new(call),
		len
	));
	assert_ok!(aitbc_runtime::Council::vote(
		RuntimeOrigin::signed(account(Alice)),
		hash,
		index,
		true
	));
	assert_ok!(aitbc_runtime::Council::vote(
		RuntimeOrigin::signed(account(Bob)),
		hash,
		index,
		true
	));
	aitbc_runtime::Council::close(
		RuntimeOrigin::signed(account(Charlie)),
		hash,
		index,
		weight,
		len,
	)
}
