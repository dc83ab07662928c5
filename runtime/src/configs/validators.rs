//! Validators: sessions and their keys, the governed validator set, compute-weighted
//! authorship, offences.
//!
//! `pallet-session` rotates the Aura and GRANDPA authorities every [`SessionPeriod`] blocks to
//! the set `ValidatorSet` plans (governance's list less the members without keys or bond);
//! `pallet-session`'s history keeps every session's keys for [`HistoryDepth`] sessions, so that
//! GRANDPA (`pallet-grandpa`'s report calls) and Aura (`ValidatorSet`'s) equivocations can be
//! proven; `pallet-offences` takes the proven offences and hands them to `ValidatorSet`, which
//! reports a deferred slash to `Staking` (the council may veto it, as every slash) and drops the
//! offender from the next planned session.
//!
//! `ComputeAuthorship` takes each session's validators from `pallet-session` too (through
//! [`SessionHandlers`], with their Aura keys) and fixes, a session ahead, each one's share of the
//! slots from its verified compute (`Receipts`) and bond (`Staking`). Until the handover
//! governance schedules (or from genesis, on a chain that starts weighted), Aura's turn order
//! stands; the node asks `ComputeAuthorship` who may seal each slot either way. It is the
//! runtime's `FindAuthor` and its randomness (the VRF outputs of every block).

use crate::{
	configs::governance::EnsureRootOrHalfCouncil, prod_or_fast, AccountId, Balance, BlockNumber,
	ComputeAuthorship, Historical, Offences, Runtime, RuntimeCall, RuntimeEvent, Session,
	SessionKeys, Staking, UncheckedExtrinsic, ValidatorSet, HOURS, MINUTES,
};
use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{ConstU32, Get},
	weights::Weight,
};
use pallet_session::SessionHandler;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{
	traits::{ConvertInto, OpaqueKeys},
	KeyTypeId, Perbill,
};
use sp_staking::SessionIndex;

parameter_types! {
	/// An hour; a minute on the dev chain, so set changes show within a test.
	pub const SessionPeriod: BlockNumber = prod_or_fast!(HOURS, MINUTES);
	pub const SessionOffset: BlockNumber = 0;
	/// A day of hour-long sessions: equivocations stay provable, and offenders remembered,
	/// for a day (24 minutes of the dev chain's one-minute sessions).
	pub const HistoryDepth: SessionIndex = 24;
	/// An unsigned equivocation report stays in the pool for a session.
	pub const ReportLongevity: u64 = SessionPeriod::get() as u64;
	/// The session keys' deposit: one storage item of two keys.
	pub const KeyDeposit: Balance = crate::deposit(1, 64);
}

impl pallet_authorship::Config for Runtime {
	/// The account whose key the slot's schedule names, in Aura epochs and weighted ones.
	type FindAuthor = ComputeAuthorship;
	type EventHandler = ();
}

/// The session keys' handlers (Aura's, GRANDPA's), and `ComputeAuthorship`, which takes the
/// Aura keys too. `ComputeAuthorship` goes first, so it counts the block that starts a session
/// under the authorities that sealed it.
pub struct SessionHandlers;
type KeyHandlers = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
impl SessionHandler<AccountId> for SessionHandlers {
	const KEY_TYPE_IDS: &'static [KeyTypeId] =
		<KeyHandlers as SessionHandler<AccountId>>::KEY_TYPE_IDS;

	fn on_genesis_session<Ks: OpaqueKeys>(validators: &[(AccountId, Ks)]) {
		<(ComputeAuthorship,) as SessionHandler<AccountId>>::on_genesis_session(validators);
		<KeyHandlers as SessionHandler<AccountId>>::on_genesis_session(validators);
	}

	fn on_new_session<Ks: OpaqueKeys>(
		changed: bool,
		validators: &[(AccountId, Ks)],
		queued_validators: &[(AccountId, Ks)],
	) {
		<(ComputeAuthorship,) as SessionHandler<AccountId>>::on_new_session(
			changed,
			validators,
			queued_validators,
		);
		<KeyHandlers as SessionHandler<AccountId>>::on_new_session(
			changed,
			validators,
			queued_validators,
		);
	}

	fn on_before_session_ending() {
		<KeyHandlers as SessionHandler<AccountId>>::on_before_session_ending();
	}

	fn on_disabled(validator_index: u32) {
		<KeyHandlers as SessionHandler<AccountId>>::on_disabled(validator_index);
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, ValidatorSet>;
	type SessionHandler = SessionHandlers;
	type Keys = SessionKeys;
	/// Aura does not skip disabled authorities; an offender leaves at the next session instead.
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = crate::Balances;
	type KeyDeposit = KeyDeposit;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = pallet_validator_set::NoIdentification;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = ValidatorSet;
}

impl pallet_validator_set::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type UpdateOrigin = EnsureRootOrHalfCouncil;
	type ValidatorRegistration = Session;
	type Balance = Balance;
	type Stake = Staking;
	type MinValidatorBond = crate::configs::staking::MinOperatorBond;
	/// A deferred slash of the operator bond (and of the delegations covering the validator
	/// duty) that the council may veto.
	type OffenceReporter = Staking;
	type HistoryDepth = HistoryDepth;
	/// Removals stop at three validators. A chain that starts with fewer (the dev chain has one)
	/// can only grow until it has three. GRANDPA needs more than two thirds of the set: all of
	/// three, three of four.
	type MinValidators = ConstU32<3>;
	type MaxValidators = ConstU32<{ crate::configs::system::MAX_AUTHORITIES }>;
	type AuthorityId = AuraId;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem = pallet_validator_set::AuraEquivocationReportSystem<
		Self,
		Offences,
		Historical,
		ReportLongevity,
	>;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ValidatorBenchmarkHelper;
}

parameter_types! {
	/// Half of an authority's weight is its verified compute, half its bond.
	pub const WorkPart: Perbill = Perbill::from_percent(50);
	/// With the most authorities (100), a share of 0.2% is a block every 50 minutes.
	pub const MinShare: Perbill = Perbill::from_parts(2_000_000);
	/// No authority seals more than a third of the blocks: with GRANDPA finalizing on two
	/// thirds, one operator cannot write most of the chain.
	pub const MaxShare: Perbill = Perbill::from_percent(33);
	/// Receipts count work in `Staking`'s reward sessions.
	pub CurrentWorkSession: SessionIndex = pallet_operator_staking::CurrentSession::<Runtime>::get();
	pub CurrentValidatorSession: SessionIndex = Session::current_index();
	/// `ValidatorSet`'s handling of one offender.
	pub OnOffenceWeight: Weight =
		<pallet_validator_set::weights::SubstrateWeight<Runtime> as pallet_validator_set::WeightInfo>::on_offence(1);
}

/// Aura's authorities, in Aura's order.
pub struct AuraAuthorities;
impl Get<Vec<AuraId>> for AuraAuthorities {
	fn get() -> Vec<AuraId> {
		pallet_aura::Authorities::<Runtime>::get().into_inner()
	}
}

impl pallet_compute_authorship::Config for Runtime {
	type UpdateOrigin = EnsureRootOrHalfCouncil;
	type WorkScore = crate::Receipts;
	type WorkSession = CurrentWorkSession;
	type Stake = Staking;
	type CurrentSession = CurrentValidatorSession;
	type AuraAuthorities = AuraAuthorities;
	type MaxAuthorities = ConstU32<{ crate::configs::system::MAX_AUTHORITIES }>;
	type WorkPart = WorkPart;
	type MinShare = MinShare;
	type MaxShare = MaxShare;
	/// Ten minutes of six-second slots.
	type MaxSkippedSlotsCounted = ConstU32<100>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type KeyOwnerProofSystem = Historical;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OffenceReport = Offences;
	type OnOffenceWeight = OnOffenceWeight;
	type ReportLongevity = ReportLongevity;
	type WeightInfo = pallet_compute_authorship::weights::SubstrateWeight<Runtime>;
}

/// Gives a benchmark's validator an operator bond and session keys, as a real one would get
/// them: `Staking::bond`, then `Session::set_keys` with keys generated in the benchmark's
/// keystore and their proof of possession.
#[cfg(feature = "runtime-benchmarks")]
pub struct ValidatorBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_validator_set::BenchmarkHelper<AccountId> for ValidatorBenchmarkHelper {
	fn prepare_validator(who: &AccountId) {
		use codec::Encode;
		use frame_support::traits::fungible::Mutate;
		let bond = crate::configs::staking::MinOperatorBond::get();
		let funds = bond.saturating_mul(2).saturating_add(KeyDeposit::get());
		let _ = crate::Balances::mint_into(who, funds);
		let origin = || crate::RuntimeOrigin::signed(who.clone());
		let _ = Staking::bond(origin(), bond);
		let generated = SessionKeys::generate(&who.encode(), None);
		let _ = Session::set_keys(origin(), generated.keys, generated.proof.encode());
	}
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = UncheckedExtrinsic;
}

impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}
