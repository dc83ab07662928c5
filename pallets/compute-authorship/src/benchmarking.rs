//! Benchmarks: noting a block at the largest authority set with the most skipped slots counted,
//! scheduling the handover, and checking a wrong-slot report's header.

use super::*;
use aitbc_primitives::authorship::{AuthorshipMode, ENGINE_ID};
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::pallet_prelude::{BlockNumberFor, HeaderFor};
use sp_application_crypto::{ByteArray, RuntimeAppPublic};
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AURA_ENGINE_ID};
use sp_runtime::{
	traits::{Hash, Header as _},
	DigestItem, Perbill,
};

/// A weighted epoch of the most authorities, with fresh keys, equal shares.
fn weighted_epoch<T: Config>() -> Vec<AuraId> {
	let n = T::MaxAuthorities::get();
	let keys: Vec<AuraId> = (0..n).map(|_| AuraId::generate_pair(None)).collect();
	let share = Perbill::from_rational(1, n.max(1));
	let authorities = keys
		.iter()
		.enumerate()
		.map(|(i, key)| EpochAuthority {
			account: account("authority", i as u32, 0),
			key: key.clone(),
			share,
		})
		.collect::<Vec<_>>();
	let epoch = Epoch {
		index: 0,
		mode: AuthorshipMode::Weighted,
		start_block: BlockNumberFor::<T>::from(0u32),
		randomness: [7; 32],
		authorities: BoundedVec::truncate_from(authorities),
	};
	Liveness::<T>::put(BoundedVec::truncate_from(vec![
		SlotRecord::default();
		n as usize
	]));
	CurrentEpoch::<T>::put(epoch);
	HandoverSession::<T>::put(0);
	keys
}

/// A VRF pre-digest whose pre-output is a valid point (the runtime makes bytes from it; the node
/// checks the proof).
fn vrf_digest(key: &AuraId) -> DigestItem {
	let mut bytes = <AuraId as ByteArray>::to_raw_vec(key);
	bytes.extend_from_slice(&[0u8; 64]);
	DigestItem::PreRuntime(ENGINE_ID, bytes)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn note_block(
		s: Linear<0, { T::MaxSkippedSlotsCounted::get() }>,
	) -> Result<(), BenchmarkError> {
		weighted_epoch::<T>();
		LastSlot::<T>::put(1u64);
		let slot = 2u64.saturating_add(s.into());
		let epoch = CurrentEpoch::<T>::get().ok_or(BenchmarkError::Weightless)?;
		let author =
			Pallet::<T>::slot_author(Some(&epoch), slot).ok_or(BenchmarkError::Weightless)?;
		frame_system::Pallet::<T>::deposit_log(DigestItem::PreRuntime(
			AURA_ENGINE_ID,
			slot.encode(),
		));
		frame_system::Pallet::<T>::deposit_log(vrf_digest(&author));
		let before = RunningRandomness::<T>::get();

		#[block]
		{
			Pallet::<T>::note_block();
		}

		assert_ne!(RunningRandomness::<T>::get(), before);
		assert_eq!(LastSlot::<T>::get(), slot);
		Ok(())
	}

	#[benchmark]
	fn schedule_handover() -> Result<(), BenchmarkError> {
		let origin =
			T::UpdateOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// A chain still on Aura (a dev chain starts weighted).
		HandoverSession::<T>::kill();
		CurrentEpoch::<T>::mutate(|epoch| {
			if let Some(epoch) = epoch {
				epoch.mode = AuthorshipMode::Aura;
			}
		});
		let session = T::CurrentSession::get().saturating_add(1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Some(session));

		assert_eq!(HandoverSession::<T>::get(), Some(session));
		Ok(())
	}

	/// The header checks of a wrong-slot report: the seal, the chain, the slot's draw.
	#[benchmark]
	fn check_wrong_slot() -> Result<(), BenchmarkError> {
		let keys = weighted_epoch::<T>();
		let epoch = CurrentEpoch::<T>::get().ok_or(BenchmarkError::Weightless)?;
		let now = BlockNumberFor::<T>::from(5u32);
		frame_system::Pallet::<T>::set_block_number(now);
		let parent_hash = T::Hashing::hash(b"parent");
		frame_system::BlockHash::<T>::insert(now, parent_hash);
		let mut slot = 1u64;
		let offender = loop {
			let author = Pallet::<T>::slot_author(Some(&epoch), slot);
			if let Some(other) = keys.iter().find(|k| Some(*k) != author.as_ref()) {
				break other.clone();
			}
			slot = slot.saturating_add(1);
		};
		let mut header = HeaderFor::<T>::new(
			now + 1u32.into(),
			Default::default(),
			Default::default(),
			parent_hash,
			Default::default(),
		);
		header
			.digest_mut()
			.push(DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode()));
		let signature = offender
			.sign(&header.hash())
			.ok_or(BenchmarkError::Weightless)?;
		header
			.digest_mut()
			.push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
		let result;

		#[block]
		{
			result = Pallet::<T>::check_wrong_slot_header(&header, &offender);
		}

		assert_eq!(result, Some(slot));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
