//! A test runtime with this pallet, Balances, and a stand-in light client whose "finalized"
//! commitments the tests set. Attester keys live in an in-memory keystore.

use crate as pallet_settlement;
use aitbc_primitives::settlement::{
	verify_commitment_proof, AdapterError, BridgeAdapter, ChainId, CommitmentProof,
};
use codec::{Decode, Encode};
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

pub const HERE: ChainId = 1;
pub const THERE: ChainId = 2;
pub const ELSEWHERE: ChainId = 3;
pub const CLIENT: AccountId = 1;
pub const OPERATOR: AccountId = 2;
pub const RELAYER: AccountId = 3;
pub const STRANGER: AccountId = 4;
pub const ED: Balance = 1;
pub const INITIAL: Balance = 1_000_000;
pub const FEE: Balance = 100;
pub const TIMEOUT: u64 = 10;
pub const WINDOW: u64 = 20;
pub const RETENTION: u64 = 30;
pub const RULE_DEPOSIT: Balance = 500;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Settlement: pallet_settlement,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

thread_local! {
	/// The commitment roots the stand-in light client has "finalized", per chain and block.
	pub static FINALIZED: RefCell<BTreeMap<(ChainId, u32), H256>> = RefCell::new(BTreeMap::new());
}

parameter_types! {
	pub static GrandpaAvailable: bool = true;
}

/// The stand-in light client's proof: the other chain's block and the message's Merkle proof
/// under the commitment in that block's digest.
#[derive(Encode, Decode)]
pub struct LightClientProof {
	pub block: u32,
	pub proof: CommitmentProof,
}

pub struct MockLightClient;
impl BridgeAdapter for MockLightClient {
	fn is_available() -> bool {
		GrandpaAvailable::get()
	}
	fn verify(source: ChainId, message_hash: H256, proof: &[u8]) -> Result<(), AdapterError> {
		if !Self::is_available() {
			return Err(AdapterError::Unavailable);
		}
		let LightClientProof { block, proof } =
			LightClientProof::decode(&mut &proof[..]).map_err(|_| AdapterError::MalformedProof)?;
		let root = FINALIZED
			.with(|f| f.borrow().get(&(source, block)).copied())
			.ok_or(AdapterError::HeaderNotFinalized)?;
		verify_commitment_proof(&root, message_hash, &proof)
			.then_some(())
			.ok_or(AdapterError::NotCommitted)
	}
	fn verify_weight(_: u32) -> Weight {
		Weight::from_parts(1_000_000, 0)
	}
}

impl pallet_settlement::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Balance = Balance;
	type Currency = Balances;
	type AssetId = u32;
	type GrandpaAdapter = MockLightClient;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxRouteAdapters = ConstU32<2>;
	type MaxTargetsPerJob = ConstU32<2>;
	type MaxMessagesPerBlock = ConstU32<4>;
	type MaxProofLen = ConstU32<4096>;
	type DeliveryTimeout = ConstU64<TIMEOUT>;
	type MaxAttempts = ConstU32<3>;
	type RequestWindow = ConstU64<WINDOW>;
	type MaxSettledPerBlock = ConstU32<4>;
	type CommitmentsToKeep = ConstU32<8>;
	type MaxProcessedPerBlock = ConstU32<4>;
	type RecordRetention = ConstU64<RETENTION>;
	type StandingRuleDeposit = ConstU128<RULE_DEPOSIT>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockLightClient;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_settlement::BenchmarkHelper for MockLightClient {
	fn light_client_proof(
		message: &aitbc_primitives::settlement::SettlementMessage,
		_size: u32,
	) -> Vec<u8> {
		let hashes = [message.hash()];
		let root = aitbc_primitives::settlement::commitment_root(&hashes);
		FINALIZED.with(|f| f.borrow_mut().insert((message.source, 1), root));
		let proof = aitbc_primitives::settlement::commitment_proof(&hashes, 0).unwrap();
		LightClientProof { block: 1, proof }.encode()
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	chain_ext(HERE)
}

/// A chain whose own id is `chain_id`.
pub fn chain_ext(chain_id: ChainId) -> sp_io::TestExternalities {
	FINALIZED.with(|f| f.borrow_mut().clear());
	GrandpaAvailable::set(true);
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(CLIENT, INITIAL),
			(OPERATOR, INITIAL),
			(RELAYER, INITIAL),
			(STRANGER, INITIAL),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_settlement::GenesisConfig::<Test> {
		chain_id,
		light_client_chain: None,
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(KeystoreExt::new(MemoryKeystore::new()));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Every invariant of the pallet.
pub fn check_invariants() {
	Settlement::do_try_state().expect("invariants hold");
}

/// Ends the current block and starts the next, as the executive would; returns the ended
/// block's digest.
pub fn end_block() -> sp_runtime::generic::Digest {
	let now = System::block_number();
	Settlement::on_finalize(now);
	check_invariants();
	let digest = System::digest();
	System::initialize(&(now + 1), &H256::zero(), &Default::default());
	Settlement::on_initialize(now + 1);
	check_invariants();
	digest
}

pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		end_block();
	}
}
