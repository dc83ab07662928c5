//! Sealing outside one's slots: a header sealed by an authority in a slot of the current epoch
//! that the schedule gave to another. The node's import verifier refuses such a block before
//! executing it, and reports it; this pallet checks the report and hands the offence to
//! `pallet-offences`, whose handler (`ValidatorSet`) turns it into a deferred slash the council
//! may veto and removes the offender at the next session.

use crate::{epochs::aura_slot, pallet::*, WeightInfo, LOG_TARGET};
use alloc::{vec, vec::Vec};
use codec::Decode;
use frame_support::{
	pallet_prelude::*,
	traits::{Get, KeyOwnerProofSystem},
};
use frame_system::pallet_prelude::{BlockNumberFor, HeaderFor};
use sp_application_crypto::RuntimeAppPublic;
use sp_consensus_aura::{
	sr25519::{AuthorityId as AuraId, AuthoritySignature},
	AURA_ENGINE_ID,
};
use sp_runtime::{
	traits::{CheckedSub, Header as _, One},
	DigestItem, Perbill,
};
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{
	offence::{Kind, Offence, ReportOffence},
	SessionIndex,
};

/// An authority sealed a block in a slot not its own.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct WrongSlotOffence<Offender> {
	pub slot: u64,
	pub session_index: SessionIndex,
	pub validator_set_count: u32,
	pub offender: Offender,
}

impl<Offender: Clone> Offence<Offender> for WrongSlotOffence<Offender> {
	const ID: Kind = *b"aitbc:wrong-slot";
	type Slot = u64;

	fn offenders(&self) -> Vec<Offender> {
		vec![self.offender.clone()]
	}
	fn session_index(&self) -> SessionIndex {
		self.session_index
	}
	fn validator_set_count(&self) -> u32 {
		self.validator_set_count
	}
	fn slot(&self) -> Self::Slot {
		self.slot
	}
	/// As an Aura equivocation: `(3k / n)²` for `k` offenders among `n` validators, so one
	/// mistake costs little and a coordinated attack much.
	fn slash_fraction(&self, offenders_count: u32) -> Perbill {
		Perbill::from_rational(offenders_count.saturating_mul(3), self.validator_set_count).square()
	}
}

/// The slot `header` names and whether its last digest item is `key`'s Aura seal over the rest.
fn sealed_slot<H: sp_runtime::traits::Header>(header: &H, key: &AuraId) -> Option<u64> {
	let mut pre_header = header.clone();
	let signature = match pre_header.digest_mut().pop()? {
		DigestItem::Seal(id, data) if id == AURA_ENGINE_ID => {
			AuthoritySignature::decode(&mut &data[..]).ok()?
		}
		_ => return None,
	};
	let slot = aura_slot(
		pre_header
			.digest()
			.logs()
			.iter()
			.filter_map(|item| match item {
				DigestItem::PreRuntime(id, data) => Some((*id, data.as_slice())),
				_ => None,
			}),
	)?;
	key.verify(&pre_header.hash(), &signature).then_some(slot)
}

impl<T: Config> Pallet<T> {
	/// The offence `header` proves against `offender`, if it does: sealed by `offender` in a
	/// slot of the current epoch that is not its own, on a parent of this chain in that epoch,
	/// with a key proven to belong to a validator of the epoch's session.
	/// The slot in which `offender` sealed `header` if that proves the offence: sealed by
	/// `offender`, on a parent of this chain in the current epoch, in a slot the epoch gives to
	/// another.
	pub(crate) fn check_wrong_slot_header(header: &HeaderFor<T>, offender: &AuraId) -> Option<u64> {
		let slot = sealed_slot(header, offender)?;
		let parent_number = header.number().checked_sub(&BlockNumberFor::<T>::one())?;
		let on_chain = frame_system::BlockHash::<T>::get(parent_number) == *header.parent_hash();
		let epoch = CurrentEpoch::<T>::get()?;
		let entitled = Self::slot_author(Some(&epoch), slot);
		(on_chain && parent_number >= epoch.start_block && entitled.as_ref() != Some(offender))
			.then_some(slot)
	}

	/// The offence `header` proves against `offender`, if it does
	/// ([`Self::check_wrong_slot_header`]), with a key proven to belong to a validator of the
	/// current epoch's session.
	pub(crate) fn check_wrong_slot(
		header: &HeaderFor<T>,
		offender: &AuraId,
		key_owner_proof: T::KeyOwnerProof,
	) -> Result<WrongSlotOffence<T::IdentificationTuple>, Error<T>> {
		let slot = Self::check_wrong_slot_header(header, offender)
			.ok_or(Error::<T>::InvalidWrongSlotProof)?;
		let epoch = CurrentEpoch::<T>::get().ok_or(Error::<T>::InvalidWrongSlotProof)?;
		ensure!(
			key_owner_proof.session() == epoch.index,
			Error::<T>::InvalidKeyOwnershipProof
		);
		let validator_set_count = key_owner_proof.validator_count();
		let identification = T::KeyOwnerProofSystem::check_proof(
			(<AuraId as RuntimeAppPublic>::ID, offender.clone()),
			key_owner_proof,
		)
		.ok_or(Error::<T>::InvalidKeyOwnershipProof)?;
		Ok(WrongSlotOffence {
			slot,
			session_index: epoch.index,
			validator_set_count,
			offender: identification,
		})
	}

	/// A wrong-slot report: the header's checks, the key-ownership proof (a trie of the
	/// session's `v` keys, read from `pallet-session`'s history), `pallet-offences`'
	/// bookkeeping, and the offence handler's.
	pub(crate) fn report_weight(v: u32) -> Weight {
		let db = T::DbWeight::get();
		T::WeightInfo::check_wrong_slot()
			.saturating_add(db.reads(1))
			.saturating_add(Weight::from_parts(0, 100u64.saturating_mul(v.into())))
			.saturating_add(db.reads_writes(2, 2))
			.saturating_add(T::OnOffenceWeight::get())
	}

	pub(crate) fn process_wrong_slot(
		header: HeaderFor<T>,
		offender: AuraId,
		key_owner_proof: T::KeyOwnerProof,
	) -> DispatchResult {
		let offence = Self::check_wrong_slot(&header, &offender, key_owner_proof)?;
		let slot = offence.slot;
		T::OffenceReport::report_offence(Vec::new(), offence)
			.map_err(|_| Error::<T>::DuplicateOffenceReport)?;
		if let Some(account) = CurrentEpoch::<T>::get().and_then(|e| {
			e.authorities
				.iter()
				.find(|a| a.key == offender)
				.map(|a| a.account.clone())
		}) {
			Self::deposit_event(Event::WrongSlotReported {
				offender: account,
				slot,
			});
		}
		Ok(())
	}

	/// Submits an unsigned wrong-slot report to the pool, for the node: `None` if the pool
	/// refuses it.
	pub fn submit_unsigned_wrong_slot_report(
		header: HeaderFor<T>,
		offender: AuraId,
		key_owner_proof: T::KeyOwnerProof,
	) -> Option<()>
	where
		T: frame_system::offchain::CreateBare<Call<T>>,
	{
		use frame_system::offchain::SubmitTransaction;
		let call = Call::report_wrong_slot_unsigned {
			header: alloc::boxed::Box::new(header),
			offender,
			key_owner_proof,
		};
		let xt = T::create_bare(call.into());
		let submitted = SubmitTransaction::<T, Call<T>>::submit_transaction(xt);
		if let Err(e) = submitted {
			log::error!(target: LOG_TARGET, "could not submit a wrong-slot report: {e:?}");
		}
		submitted.ok()
	}

	pub(crate) fn validate_wrong_slot(
		source: TransactionSource,
		call: &Call<T>,
	) -> TransactionValidity {
		let Call::report_wrong_slot_unsigned {
			header,
			offender,
			key_owner_proof,
		} = call
		else {
			return InvalidTransaction::Call.into();
		};
		// Only the node's own reports, or reports already in a block.
		if !matches!(
			source,
			TransactionSource::Local | TransactionSource::InBlock
		) {
			return InvalidTransaction::Call.into();
		}
		let offence = Self::check_wrong_slot(header, offender, key_owner_proof.clone())
			.map_err(|_| InvalidTransaction::BadProof)?;
		if T::OffenceReport::is_known_offence(&[offence.offender.clone()], &offence.slot) {
			return InvalidTransaction::Stale.into();
		}
		ValidTransaction::with_tag_prefix("WrongSlot")
			// Every node that saw the block submits the same report.
			.and_provides((offender.clone(), offence.slot))
			.priority(TransactionPriority::MAX)
			.longevity(T::ReportLongevity::get())
			.propagate(false)
			.build()
	}

	pub(crate) fn pre_dispatch_wrong_slot(call: &Call<T>) -> Result<(), TransactionValidityError> {
		let Call::report_wrong_slot_unsigned {
			header,
			offender,
			key_owner_proof,
		} = call
		else {
			return Err(InvalidTransaction::Call.into());
		};
		let offence = Self::check_wrong_slot(header, offender, key_owner_proof.clone())
			.map_err(|_| InvalidTransaction::BadProof)?;
		if T::OffenceReport::is_known_offence(&[offence.offender], &offence.slot) {
			return Err(InvalidTransaction::Stale.into());
		}
		Ok(())
	}
}
