//! The records this pallet keeps.

use crate::Config;
use aitbc_primitives::{JobId, PaymentAsset, VerifyingKeyId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// What must be true before a general escrow may pay its beneficiary.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub enum ReleaseCondition<T: Config> {
	/// No condition. The depositor releases when satisfied; if the escrow has a time lock, the
	/// beneficiary may also claim once it has passed (the time lock is then the condition).
	Unconditional,
	/// The job must have been settled through a verified receipt.
	JobSettled(JobId),
	/// A zero-knowledge proof against `key` must have been verified. `statement` is the
	/// blake2-256 hash of the SCALE-encoded public inputs the parties agreed on, so a proof of
	/// some other statement under the same key cannot unlock this escrow.
	ZkProof {
		key: VerifyingKeyId,
		statement: [u8; 32],
	},
	/// At least `threshold` of `signatories` must have approved.
	MultiSig {
		threshold: u32,
		signatories: BoundedVec<T::AccountId, T::MaxSignatories>,
	},
}

/// The terms of an escrow created with the `create` call.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct GeneralTerms<T: Config> {
	/// The only account a release pays.
	pub beneficiary: T::AccountId,
	/// No release before this block (time lock).
	pub release_after: Option<BlockNumberFor<T>>,
	/// From this block on, anyone may refund, and the escrow is refunded automatically.
	pub deadline: Option<BlockNumberFor<T>>,
	pub condition: ReleaseCondition<T>,
	/// A proof for a [`ReleaseCondition::ZkProof`] condition was verified: the escrow takes no
	/// second one (the verifier records no nullifier for escrows; this flag is the uniqueness).
	pub proof_accepted: bool,
}

/// Who an escrow belongs to and who may move it.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub enum EscrowKind<T: Config> {
	/// Created by a user with `create`; moved by the calls of this pallet.
	General(GeneralTerms<T>),
	/// Opened by another pallet for a job through [`aitbc_primitives::traits::EscrowLedger`];
	/// moved only through that trait (and by governance in an emergency).
	Job(JobId),
}

/// An open escrow. Closed escrows are removed.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct EscrowInfo<T: Config> {
	/// Who paid in; refunds go back here.
	pub depositor: T::AccountId,
	pub asset: PaymentAsset<T::AssetId>,
	/// What is still held. Never zero while the escrow is open.
	pub held: T::Balance,
	/// A dispute is open: nothing may be released, refunded or approved.
	pub frozen: bool,
	pub kind: EscrowKind<T>,
}

impl<T: Config> EscrowInfo<T> {
	/// The general terms, or `None` for a job escrow.
	pub fn general(&self) -> Option<&GeneralTerms<T>> {
		match &self.kind {
			EscrowKind::General(terms) => Some(terms),
			EscrowKind::Job(_) => None,
		}
	}

	/// The block from which the escrow expires, if it has a deadline.
	pub fn deadline(&self) -> Option<BlockNumberFor<T>> {
		self.general().and_then(|terms| terms.deadline)
	}
}

/// How an escrow's funds are divided when they leave it. Each part goes to its account; the
/// parts always add up to what left the escrow.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Payout<Balance> {
	/// Paid to the payee (beneficiary), after the fee.
	pub to_payee: Balance,
	/// Paid to the treasury.
	pub fee: Balance,
	/// Returned to the depositor.
	pub to_depositor: Balance,
}
