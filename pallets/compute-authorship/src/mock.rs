//! A test runtime with this pallet alone. Work scores, bonds, Aura's authorities, key-ownership
//! proofs and `pallet-offences` are stand-ins in thread-local storage; the session handler's
//! calls are made by the tests, as `pallet-session` makes them.

use crate as pallet_compute_authorship;
use crate::offence::WrongSlotOffence;
use aitbc_primitives::traits::{StakeInfo, WorkScore};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, KeyOwnerProofSystem},
	weights::Weight,
};
use frame_system::EnsureRoot;
use scale_info::TypeInfo;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{BuildStorage, KeyTypeId, Perbill};
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{
	offence::{OffenceError, ReportOffence},
	SessionIndex,
};
use std::collections::BTreeMap;

pub type AccountId = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ComputeAuthorship: pallet_compute_authorship,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub static Session: SessionIndex = 0;
	pub static WorkSessionNow: SessionIndex = 1;
	pub static AuraKeys: Vec<AuraId> = Vec::new();
	pub const WorkPart: Perbill = Perbill::from_percent(50);
	pub const MinShare: Perbill = Perbill::from_percent(5);
	pub const MaxShare: Perbill = Perbill::from_percent(40);
	pub const OnOffenceWeight: Weight = Weight::from_parts(1_000_000, 0);
}

thread_local! {
	pub static WORK: RefCell<BTreeMap<(SessionIndex, AccountId), u64>> = RefCell::new(BTreeMap::new());
	pub static BONDS: RefCell<BTreeMap<AccountId, u128>> = RefCell::new(BTreeMap::new());
	pub static OFFENCES: RefCell<Vec<WrongSlotOffence<AccountId>>> = const { RefCell::new(Vec::new()) };
}

pub fn set_work(session: SessionIndex, who: AccountId, units: u64) {
	WORK.with(|w| w.borrow_mut().insert((session, who), units));
}
pub fn set_bond(who: AccountId, bond: u128) {
	BONDS.with(|b| b.borrow_mut().insert(who, bond));
}
pub fn offences() -> Vec<WrongSlotOffence<AccountId>> {
	OFFENCES.with(|o| o.borrow().clone())
}

pub struct MockWork;
impl WorkScore<AccountId> for MockWork {
	fn session_work(session: SessionIndex, who: &AccountId) -> u64 {
		WORK.with(|w| w.borrow().get(&(session, *who)).copied().unwrap_or(0))
	}
	fn total_work(who: &AccountId) -> u64 {
		WORK.with(|w| {
			w.borrow()
				.iter()
				.filter(|((_, a), _)| a == who)
				.map(|(_, u)| *u)
				.sum()
		})
	}
}

pub struct MockStake;
impl StakeInfo<AccountId, u128> for MockStake {
	fn operator_bond(who: &AccountId) -> Option<u128> {
		BONDS.with(|b| b.borrow().get(who).copied())
	}
	fn is_active_operator(who: &AccountId) -> bool {
		Self::operator_bond(who).is_some()
	}
}

/// A key-ownership proof: the session, the set's size, and the account it says owns the key.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct MockProof {
	pub session: SessionIndex,
	pub validator_count: u32,
	pub owner: AccountId,
}
impl GetSessionNumber for MockProof {
	fn session(&self) -> SessionIndex {
		self.session
	}
}
impl GetValidatorCount for MockProof {
	fn validator_count(&self) -> u32 {
		self.validator_count
	}
}

/// Checks a proof against the current epoch's authorities, as `pallet-session`'s history does
/// against the session's keys.
pub struct MockKeyOwners;
impl KeyOwnerProofSystem<(KeyTypeId, AuraId)> for MockKeyOwners {
	type Proof = MockProof;
	type IdentificationTuple = AccountId;
	fn prove(_: (KeyTypeId, AuraId)) -> Option<MockProof> {
		None
	}
	fn check_proof((_, key): (KeyTypeId, AuraId), proof: MockProof) -> Option<AccountId> {
		crate::CurrentEpoch::<Test>::get()?
			.authorities
			.iter()
			.any(|a| a.key == key && a.account == proof.owner)
			.then_some(proof.owner)
	}
}

pub struct MockOffences;
impl ReportOffence<AccountId, AccountId, WrongSlotOffence<AccountId>> for MockOffences {
	fn report_offence(
		_: Vec<AccountId>,
		offence: WrongSlotOffence<AccountId>,
	) -> Result<(), OffenceError> {
		if Self::is_known_offence(&[offence.offender], &offence.slot) {
			return Err(OffenceError::DuplicateReport);
		}
		OFFENCES.with(|o| o.borrow_mut().push(offence));
		Ok(())
	}
	fn is_known_offence(offenders: &[AccountId], slot: &u64) -> bool {
		OFFENCES.with(|o| {
			o.borrow()
				.iter()
				.any(|known| known.slot == *slot && offenders.contains(&known.offender))
		})
	}
}

impl pallet_compute_authorship::Config for Test {
	type UpdateOrigin = EnsureRoot<AccountId>;
	type WorkScore = MockWork;
	type WorkSession = WorkSessionNow;
	type Stake = MockStake;
	type CurrentSession = Session;
	type AuraAuthorities = AuraKeys;
	type MaxAuthorities = ConstU32<100>;
	type WorkPart = WorkPart;
	type MinShare = MinShare;
	type MaxShare = MaxShare;
	type MaxSkippedSlotsCounted = ConstU32<16>;
	type KeyOwnerProof = MockProof;
	type KeyOwnerProofSystem = MockKeyOwners;
	type IdentificationTuple = AccountId;
	type OffenceReport = MockOffences;
	type OnOffenceWeight = OnOffenceWeight;
	type ReportLongevity = ConstU64<10>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	WORK.with(|w| w.borrow_mut().clear());
	BONDS.with(|b| b.borrow_mut().clear());
	OFFENCES.with(|o| o.borrow_mut().clear());
	Session::set(0);
	WorkSessionNow::set(1);
	AuraKeys::set(Vec::new());
	let storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap_or_default();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| System::set_block_number(1));
	ext
}
