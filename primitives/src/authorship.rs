//! Compute-weighted authorship: what the node and the runtime must agree on.
//!
//! A block sealed under compute-weighted authorship has Aura's shape (the slot as an `aura`
//! pre-runtime digest, the author's sr25519 seal as an `aura` seal), so Aura's equivocation
//! proofs, GRANDPA and every tool that reads an Aura slot keep working, plus one more pre-runtime
//! digest, [`WeightedPreDigest`] under [`ENGINE_ID`]: the author's VRF signature over
//! [`vrf_transcript`] of the epoch's randomness and the slot. The VRF output is a function of the
//! author's key and that input alone, so an author cannot grind it; its only choice is to
//! withhold its block, which costs it the slot. The runtime folds every block's output into the
//! chain's randomness.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::sr25519::vrf::{VrfSignData, VrfSignature, VrfTranscript};
use sp_runtime::ConsensusEngineId;

/// The engine id of [`WeightedPreDigest`].
pub const ENGINE_ID: ConsensusEngineId = *b"aitw";

/// The context the VRF output bytes are made in.
pub const VRF_OUTPUT_CONTEXT: &[u8] = b"aitbc-authorship-output";

/// Randomness, as the runtime keeps it.
pub type Randomness = [u8; 32];

/// A block's VRF signature on [`vrf_transcript`]; a pre-runtime digest under [`ENGINE_ID`].
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct WeightedPreDigest {
	pub vrf: VrfSignature,
}

/// The VRF input of `slot` in epoch `epoch` with the epoch's `randomness`.
pub fn vrf_transcript(randomness: &Randomness, epoch: u64, slot: u64) -> VrfTranscript {
	VrfTranscript::new(
		b"aitbc-authorship",
		&[
			(b"randomness", randomness.as_slice()),
			(b"epoch", &epoch.to_le_bytes()),
			(b"slot", &slot.to_le_bytes()),
		],
	)
}

/// [`vrf_transcript`] as the data a VRF signature signs.
pub fn vrf_sign_data(randomness: &Randomness, epoch: u64, slot: u64) -> VrfSignData {
	vrf_transcript(randomness, epoch, slot).into_sign_data()
}

/// How blocks are authored in an epoch.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Default,
)]
pub enum AuthorshipMode {
	/// Aura: the authorities in turn, `slot % n`.
	#[default]
	Aura,
	/// Compute-weighted: each slot drawn from the epoch's randomness by weight.
	Weighted,
}

/// Who may seal a block in a slot, and what its VRF signs: the runtime's answer at the parent.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct SlotClaim<AuthorityId> {
	/// The only key whose seal the slot accepts.
	pub author: AuthorityId,
	pub mode: AuthorshipMode,
	/// The epoch the slot's block is authored in (the session current at the parent).
	pub epoch: u64,
	/// The epoch's randomness: the VRF input.
	pub randomness: Randomness,
}

impl<AuthorityId> SlotClaim<AuthorityId> {
	/// The data the block's VRF signature signs.
	pub fn vrf_sign_data(&self, slot: u64) -> VrfSignData {
		vrf_sign_data(&self.randomness, self.epoch, slot)
	}

	/// Whether the block must carry a [`WeightedPreDigest`]. Blocks of Aura epochs may carry
	/// one (this node's do), and it must then verify too.
	pub fn requires_vrf(&self) -> bool {
		self.mode == AuthorshipMode::Weighted
	}
}
