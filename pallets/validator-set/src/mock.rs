//! A test runtime with the real `pallet-session` (and its history) and `pallet-offences`, so
//! that session planning, key-ownership proofs and offence reports run as in the runtime.
//! Bonds and the slasher are stand-ins in thread-local storage: a slash is only recorded.

use crate as pallet_validator_set;
use crate::{AuraEquivocationReportSystem, NoIdentification};
use aitbc_primitives::traits::StakeInfo;
use aitbc_primitives::traits::{Offence, OffenceKind, OffenceReporter};
use codec::Encode;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, Slot, AURA_ENGINE_ID};
use sp_core::{sr25519, Pair};
use sp_runtime::{
	generic::Header as GenericHeader,
	impl_opaque_keys,
	testing::TestXt,
	traits::{BlakeTwo256, ConvertInto, Header as _, OpaqueKeys},
	BoundToRuntimeAppPublic, BuildStorage, Digest, DigestItem, DispatchResult, KeyTypeId, Perbill,
	RuntimeAppPublic,
};
use sp_staking::SessionIndex;

pub type AccountId = u64;
pub type Balance = u128;
pub type BlockNumber = u64;
pub type Header = GenericHeader<BlockNumber, BlakeTwo256>;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ValidatorSet: pallet_validator_set,
		Session: pallet_session,
		Historical: pallet_session::historical,
		Offences: pallet_offences,
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
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The Aura key of the session keys.
pub struct AuraKey;
impl BoundToRuntimeAppPublic for AuraKey {
	type Public = AuraId;
}

impl_opaque_keys! {
	pub struct MockSessionKeys {
		pub aura: AuraKey,
	}
}

/// Takes no action on new keys: the tests read `pallet-session`'s storage.
pub struct NoSessionHandler;
impl pallet_session::SessionHandler<AccountId> for NoSessionHandler {
	const KEY_TYPE_IDS: &'static [KeyTypeId] = &[<AuraId as RuntimeAppPublic>::ID];
	fn on_genesis_session<Ks: OpaqueKeys>(_: &[(AccountId, Ks)]) {}
	fn on_new_session<Ks: OpaqueKeys>(_: bool, _: &[(AccountId, Ks)], _: &[(AccountId, Ks)]) {}
	fn on_disabled(_: u32) {}
}

pub const SESSION_LENGTH: BlockNumber = 10;

parameter_types! {
	pub const Period: BlockNumber = SESSION_LENGTH;
	pub const Offset: BlockNumber = 0;
}

impl pallet_session::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<Period, Offset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<Period, Offset>;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Test, ValidatorSet>;
	type SessionHandler = NoSessionHandler;
	type Keys = MockSessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = ConstU128<0>;
}

impl pallet_session::historical::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = NoIdentification;
}

impl pallet_offences::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = ValidatorSet;
}

pub type Extrinsic = TestXt<RuntimeCall, ()>;

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = Extrinsic;
}

impl<C> frame_system::offchain::CreateBare<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: Self::RuntimeCall) -> Self::Extrinsic {
		Extrinsic::new_bare(call)
	}
}

thread_local! {
	static BONDS: RefCell<alloc::collections::BTreeMap<AccountId, Balance>> = RefCell::new(Default::default());
	static SLASHES: RefCell<Vec<(AccountId, SessionIndex, Perbill)>> = RefCell::new(Vec::new());
	static SLASHER_FAILS: RefCell<bool> = RefCell::new(false);
}

/// Operator bonds, as `Staking` would report them.
pub struct MockStake;
impl StakeInfo<AccountId, Balance> for MockStake {
	fn operator_bond(who: &AccountId) -> Option<Balance> {
		BONDS.with(|b| b.borrow().get(who).copied())
	}
	fn is_active_operator(who: &AccountId) -> bool {
		Self::operator_bond(who).is_some()
	}
}

pub fn set_bond(who: AccountId, amount: Option<Balance>) {
	BONDS.with(|b| match amount {
		Some(amount) => b.borrow_mut().insert(who, amount),
		None => b.borrow_mut().remove(&who),
	});
}

/// Records the offences reported, with the session they were reported in.
pub struct MockSlasher;
impl OffenceReporter<AccountId> for MockSlasher {
	fn report(offence: Offence<AccountId>) -> DispatchResult {
		if SLASHER_FAILS.with(|f| *f.borrow()) {
			return Err(sp_runtime::DispatchError::Other("slasher down"));
		}
		assert_eq!(offence.kind, OffenceKind::Equivocation);
		assert_eq!(offence.blueprint_id, aitbc_primitives::VALIDATOR_DUTY);
		assert_eq!(offence.service_id, None);
		let session = pallet_session::CurrentIndex::<Test>::get();
		SLASHES.with(|s| {
			s.borrow_mut()
				.push((offence.offender, session, offence.fraction))
		});
		Ok(())
	}
}

pub fn slashes() -> Vec<(AccountId, SessionIndex, Perbill)> {
	SLASHES.with(|s| s.borrow().clone())
}

pub fn set_slasher_fails(fails: bool) {
	SLASHER_FAILS.with(|f| *f.borrow_mut() = fails);
}

pub const MIN_VALIDATORS: u32 = 2;
pub const MAX_VALIDATORS: u32 = 5;
pub const HISTORY_DEPTH: SessionIndex = 3;
pub const MIN_BOND: Balance = 100;
pub const REPORT_LONGEVITY: u64 = 100;

impl pallet_validator_set::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type UpdateOrigin = EnsureRoot<AccountId>;
	type ValidatorRegistration = Session;
	type Balance = Balance;
	type Stake = MockStake;
	type MinValidatorBond = ConstU128<MIN_BOND>;
	type OffenceReporter = MockSlasher;
	type HistoryDepth = ConstU32<HISTORY_DEPTH>;
	type MinValidators = ConstU32<MIN_VALIDATORS>;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type AuthorityId = AuraId;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		AuraEquivocationReportSystem<Test, Offences, Historical, ConstU64<REPORT_LONGEVITY>>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockBenchmarkHelper {
	fn prepare_validator(who: &AccountId) {
		set_bond(*who, Some(MIN_BOND));
		register_keys(*who);
	}
}

/// Registers session keys the way `Session::set_keys` stores them, without the proof of
/// possession the call asks for.
pub fn register_keys(who: AccountId) {
	let keys = keys_of(who);
	pallet_session::NextKeys::<Test>::insert(who, &keys);
	for (raw, id) in keys.into_raw_public_keys() {
		pallet_session::KeyOwner::<Test>::insert((id, raw), who);
	}
}

/// The genesis validators.
pub const GENESIS: [AccountId; 3] = [1, 2, 3];
/// Has session keys and a bond, but is not a validator.
pub const CANDIDATE: AccountId = 4;
/// Has session keys but no bond.
pub const UNBONDED: AccountId = 5;
/// Has neither keys nor bond.
pub const STRANGER: AccountId = 6;

/// The Aura key pair of `who` (from the dev phrase, `//aura//<who>`).
pub fn aura_pair(who: AccountId) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//aura//{who}"), None).expect("a valid derivation")
}

pub fn keys_of(who: AccountId) -> MockSessionKeys {
	MockSessionKeys {
		aura: aura_pair(who).public().into(),
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	BONDS.with(|b| b.borrow_mut().clear());
	SLASHES.with(|s| s.borrow_mut().clear());
	set_slasher_fails(false);
	for who in GENESIS.into_iter().chain([CANDIDATE]) {
		set_bond(who, Some(MIN_BOND));
	}
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=6).map(|who| (who, 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_validator_set::GenesisConfig::<Test> {
		validators: GENESIS.to_vec(),
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_session::GenesisConfig::<Test> {
		keys: GENESIS
			.iter()
			.map(|&who| (who, who, keys_of(who)))
			.collect(),
		non_authority_keys: [CANDIDATE, UNBONDED]
			.iter()
			.map(|&who| (who, who, keys_of(who)))
			.collect(),
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// A fresh chain with a keystore, as the benchmark CLI gives one: the Aura equivocation benchmark
/// signs headers.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	let mut ext = new_test_ext();
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}

/// Runs `test` on a fresh chain and checks the pallet's invariants after it.
pub fn test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		check();
	});
}

pub fn check() {
	ValidatorSet::do_try_state().expect("the validator set's invariants hold");
}

/// Produces blocks up to `n`, rotating sessions as `pallet-session` does, checking the
/// invariants after each.
pub fn run_to_block(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Session::on_initialize(next);
		check();
	}
}

/// Produces blocks until session `index` has started.
pub fn start_session(index: SessionIndex) {
	while Session::current_index() < index {
		run_to_block(System::block_number() + 1);
	}
}

/// A header at `number` for `slot`, sealed with `who`'s Aura key; `salt` makes headers of one
/// slot differ.
pub fn sealed_header(who: AccountId, number: BlockNumber, slot: u64, salt: u8) -> Header {
	let pre_digest = DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode());
	let mut header = Header::new(
		number,
		Default::default(),
		sp_core::H256::repeat_byte(salt),
		Default::default(),
		Digest {
			logs: vec![pre_digest],
		},
	);
	let signature = aura_pair(who).sign(header.hash().as_ref());
	header
		.digest_mut()
		.push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	header
}
