//! The attested adapter: a governance-set committee of secp256k1 keys per chain signs each
//! message hash, and a message is proven when at least the committee's threshold of distinct
//! members signed it.
//!
//! This is the shape EVM chains and the message networks on them verify (Wormhole's guardian
//! set, CCIP's and LayerZero's oracle and verifier sets): members are named by their EVM
//! address, a signature is `r ‖ s ‖ v` over the 32-byte keccak message hash
//! ([`SettlementMessage::hash`](aitbc_primitives::settlement::SettlementMessage::hash)),
//! recovered as EVM's `ecrecover` does, and, as OpenZeppelin's `ECDSA.recover` insists, `s`
//! must be in the lower half of the curve order, so no signature has a second valid form.
//!
//! The proof is the SCALE encoding of [`Attestations`]. Rotating the committee
//! ([`Pallet::set_committee`](crate::Pallet::set_committee)) takes effect for every message
//! not yet accepted.

use crate::{pallet::*, types::Attestations, weights::WeightInfo};
use aitbc_primitives::settlement::{
	eth_address, AdapterError, AttestationSignature, BridgeAdapter, ChainId, MaxAttesters,
};
use codec::DecodeAll;
use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight, BoundedVec};
use sp_core::H256;

/// Half the order of secp256k1, big-endian: the largest `s` accepted.
const HALF_ORDER: [u8; 32] = [
	0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0,
];

/// The EVM address that signed `hash`, as `ecrecover` finds it; `None` for a malformed
/// signature, a high `s`, or one that recovers to no key.
pub fn recover_signer(signature: &AttestationSignature, hash: &H256) -> Option<[u8; 20]> {
	let mut signature = *signature;
	let v = signature.get_mut(64)?;
	if *v >= 27 {
		*v = v.checked_sub(27)?;
	}
	if *v > 1 {
		return None;
	}
	let s = signature.get(32..64)?;
	if s > &HALF_ORDER[..] {
		return None;
	}
	sp_io::crypto::secp256k1_ecdsa_recover(&signature, &hash.0)
		.ok()
		.map(|public| eth_address(&public))
}

/// The attested adapter, reading the committees of this pallet.
pub struct Attested<T>(PhantomData<T>);

impl<T: Config> BridgeAdapter for Attested<T> {
	fn is_available() -> bool {
		true
	}

	fn verify(source: ChainId, message_hash: H256, proof: &[u8]) -> Result<(), AdapterError> {
		let committee = Committees::<T>::get(source).ok_or(AdapterError::UnknownSource)?;
		let signatures =
			Attestations::decode_all(&mut &proof[..]).map_err(|_| AdapterError::MalformedProof)?;
		let mut signers: BoundedVec<[u8; 20], MaxAttesters> = BoundedVec::new();
		for signature in &signatures {
			let signer =
				recover_signer(signature, &message_hash).ok_or(AdapterError::InvalidProof)?;
			if !committee.members.contains(&signer) {
				return Err(AdapterError::InvalidProof);
			}
			if signers.contains(&signer) {
				return Err(AdapterError::DuplicateAttestation);
			}
			signers
				.try_push(signer)
				.map_err(|_| AdapterError::MalformedProof)?;
		}
		let signed = u32::try_from(signers.len()).unwrap_or(u32::MAX);
		if signed < committee.threshold {
			return Err(AdapterError::TooFewAttestations);
		}
		Ok(())
	}

	/// A signature is 65 bytes; the proof is checked up to the most a committee can have.
	fn verify_weight(proof_len: u32) -> Weight {
		let signatures = (proof_len / 65).saturating_add(1).min(MaxAttesters::get());
		T::WeightInfo::verify_attestations(signatures)
	}
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_committee(
		chain: ChainId,
		members: BoundedVec<[u8; 20], MaxAttesters>,
		threshold: u32,
	) -> frame_support::dispatch::DispatchResult {
		frame_support::ensure!(chain != ChainIdentity::<T>::get(), Error::<T>::SameChain);
		if members.is_empty() {
			Committees::<T>::remove(chain);
			Self::deposit_event(Event::CommitteeRemoved { chain });
			return Ok(());
		}
		let count = u32::try_from(members.len()).unwrap_or(u32::MAX);
		let distinct = members.iter().enumerate().all(|(index, member)| {
			!members
				.iter()
				.skip(index.saturating_add(1))
				.any(|other| other == member)
		});
		frame_support::ensure!(
			distinct && threshold >= 1 && threshold <= count,
			Error::<T>::InvalidCommittee
		);
		let set_id = Committees::<T>::get(chain).map_or(0, |old| old.set_id.saturating_add(1));
		Committees::<T>::insert(
			chain,
			crate::types::Committee {
				members,
				threshold,
				set_id,
			},
		);
		Self::deposit_event(Event::CommitteeSet {
			chain,
			set_id,
			members: count,
			threshold,
		});
		Ok(())
	}
}
