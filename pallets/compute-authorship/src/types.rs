//! The epoch, its authorities and their slot records.

use aitbc_primitives::authorship::{AuthorshipMode, Randomness};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::Perbill;
use sp_staking::SessionIndex;

/// One authority of an epoch: the validator, its Aura key (which also signs its VRF), and its
/// share of the epoch's slots.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct EpochAuthority<AccountId> {
	pub account: AccountId,
	pub key: AuraId,
	/// The fraction of the epoch's slots drawn for it, bounded by `MinShare` and `MaxShare`.
	pub share: Perbill,
}

/// An epoch (one session): its authorities and weights, and the randomness its slots are drawn
/// from, all fixed an epoch before it starts.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxAuthorities))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Epoch<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxAuthorities: Get<u32>,
> {
	/// The session index.
	pub index: SessionIndex,
	pub mode: AuthorshipMode,
	/// The block that started it (its first block is authored under the epoch before).
	pub start_block: BlockNumber,
	/// The VRF input of its slots and, in a weighted epoch, what draws them.
	pub randomness: Randomness,
	pub authorities: BoundedVec<EpochAuthority<AccountId>, MaxAuthorities>,
}

/// How an authority of the current epoch has used its slots so far.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct SlotRecord {
	/// Blocks it sealed in its slots.
	pub produced: u32,
	/// Its slots that passed without a block (counted up to `MaxSkippedSlotsCounted` per gap).
	pub missed: u32,
}

/// What an authority's weight is made of.
#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct WeightInputs {
	/// Verified compute units in the last complete work session.
	pub work: u64,
	/// Operator bond.
	pub stake: aitbc_primitives::Balance,
	/// Its slot record in the epoch that just ended.
	pub record: SlotRecord,
}

/// An epoch as the runtime API shows it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct EpochSummary<AccountId> {
	pub index: SessionIndex,
	pub mode: AuthorshipMode,
	pub start_block: u32,
	pub randomness: Randomness,
	/// `(validator, key, share)`.
	pub authorities: alloc::vec::Vec<(AccountId, AuraId, Perbill)>,
}
