//! Aura double-sealing: a validator that signs two different blocks for one slot.
//!
//! GRANDPA's equivocations have `pallet-grandpa`'s report calls; Aura has none, so this module
//! gives it the same shape. A node that imports two headers sealed by one authority for one slot
//! builds an [`AuraEquivocationProof`] and a key-ownership proof of `pallet-session`'s history,
//! and submits [`Call::report_aura_equivocation_unsigned`] (anyone may also submit the signed
//! [`Call::report_aura_equivocation`]). The `EquivocationReportSystem` checks both headers' seals
//! and slots, that the key belonged to the offender in the session that authored them, and
//! reports an [`AuraEquivocationOffence`] to `pallet-offences`, which hands it to this pallet's
//! `OnOffenceHandler` (`offences.rs`): a slash, and the offender out of the set.

use crate::{pallet::*, WeightInfo};
use alloc::{boxed::Box, vec, vec::Vec};
use codec::Decode;
use frame_support::traits::{Get, KeyOwnerProofSystem};
use frame_support::weights::Weight;
use frame_system::pallet_prelude::{BlockNumberFor, HeaderFor};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_runtime::{
	traits::{CheckedSub, Header as HeaderT, One},
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionSource, TransactionValidity,
		TransactionValidityError, ValidTransaction,
	},
	DigestItem, DispatchError, KeyTypeId, Perbill, RuntimeAppPublic,
};
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{
	offence::{Kind, Offence, OffenceReportSystem, ReportOffence},
	SessionIndex,
};

const LOG_TARGET: &str = "runtime::validator-set";

/// Two headers of one slot sealed by one Aura authority.
pub type AuraEquivocationProof<T> =
	sp_consensus_slots::EquivocationProof<HeaderFor<T>, <T as Config>::AuthorityId>;

/// An Aura authority sealed two blocks for one slot.
pub struct AuraEquivocationOffence<Offender> {
	pub slot: Slot,
	/// The session whose validators authored the slot.
	pub session_index: SessionIndex,
	/// How many validators that session had.
	pub validator_set_count: u32,
	pub offender: Offender,
}

impl<Offender: Clone> Offence<Offender> for AuraEquivocationOffence<Offender> {
	const ID: Kind = *b"aitbc:aura:equiv";
	type Slot = Slot;

	fn offenders(&self) -> Vec<Offender> {
		vec![self.offender.clone()]
	}

	fn session_index(&self) -> SessionIndex {
		self.session_index
	}

	fn validator_set_count(&self) -> u32 {
		self.validator_set_count
	}

	fn slot(&self) -> Slot {
		self.slot
	}

	/// As for GRANDPA's and BABE's equivocations: `(3k / n)²` of the bond for `k` offenders of
	/// the slot among `n` validators, so one mistake costs little and a coordinated attack by a
	/// third of the set costs everything.
	fn slash_fraction(&self, offenders_count: u32) -> Perbill {
		Perbill::from_rational(offenders_count.saturating_mul(3), self.validator_set_count).square()
	}
}

/// Whether `proof` shows its offender sealing two different headers for its slot: each header's
/// Aura pre-digest names the slot, and its last digest item is an Aura seal by the offender over
/// the header without that seal.
pub fn check_aura_equivocation_proof<H, A>(
	proof: &sp_consensus_slots::EquivocationProof<H, A>,
) -> bool
where
	H: HeaderT,
	A: RuntimeAppPublic,
{
	let sealed_by_offender = |header: &H| -> bool {
		let mut pre_header = header.clone();
		let Some(seal) = pre_header.digest_mut().pop() else {
			return false;
		};
		let Some(signature) = seal.seal_try_to::<A::Signature>(&AURA_ENGINE_ID) else {
			return false;
		};
		let slot = pre_header
			.digest()
			.logs()
			.iter()
			.find_map(|item| match item {
				DigestItem::PreRuntime(id, data) if *id == AURA_ENGINE_ID => {
					Slot::decode(&mut &data[..]).ok()
				}
				_ => None,
			});
		slot == Some(proof.slot) && proof.offender.verify(&pre_header.hash(), &signature)
	};
	proof.first_header.hash() != proof.second_header.hash()
		&& sealed_by_offender(&proof.first_header)
		&& sealed_by_offender(&proof.second_header)
}

impl<T: Config> Pallet<T> {
	/// An Aura equivocation report: the proof's seal checks, the key-ownership proof (a
	/// trie of the session's `v` keys, read from `pallet-session`'s history), the offence's
	/// bookkeeping in `pallet-offences`, and this pallet's handling of one offender.
	pub(crate) fn report_weight(v: u32) -> Weight {
		let db = T::DbWeight::get();
		<T as Config>::WeightInfo::check_equivocation_proof()
			.saturating_add(<T as Config>::WeightInfo::on_offence(1))
			// The historical root, and the proof's trie nodes: about 100 bytes per key.
			.saturating_add(db.reads(1))
			.saturating_add(Weight::from_parts(0, 100u64.saturating_mul(v.into())))
			// pallet-offences: the report, its index by kind and time (read and written).
			.saturating_add(db.reads_writes(2, 2))
	}

	/// Submits an unsigned report of `equivocation_proof` to the pool, for the node: `None`
	/// if the key-ownership proof does not decode or the pool refuses it.
	pub fn submit_unsigned_aura_equivocation_report(
		equivocation_proof: AuraEquivocationProof<T>,
		key_owner_proof: T::KeyOwnerProof,
	) -> Option<()> {
		T::EquivocationReportSystem::publish_evidence((equivocation_proof, key_owner_proof)).ok()
	}

	/// The session whose validators authored block `number`: Aura picks a block's author from
	/// its parent's authorities, which change in a session's first block.
	pub(crate) fn authoring_session(number: BlockNumberFor<T>) -> Option<SessionIndex> {
		let parent = number.checked_sub(&One::one())?;
		let current = pallet_session::CurrentIndex::<T>::get();
		let oldest = current.saturating_sub(T::HistoryDepth::get());
		(oldest..=current)
			.rev()
			.find(|session| SessionStarts::<T>::get(session).is_some_and(|start| start <= parent))
	}

	pub fn validate_unsigned(source: TransactionSource, call: &Call<T>) -> TransactionValidity {
		let Call::report_aura_equivocation_unsigned {
			equivocation_proof,
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
			log::warn!(
				target: LOG_TARGET,
				"rejecting an unsigned Aura equivocation report from the network",
			);
			return InvalidTransaction::Call.into();
		}
		let evidence = (*equivocation_proof.clone(), key_owner_proof.clone());
		T::EquivocationReportSystem::check_evidence(evidence)?;
		let longevity =
			<T::EquivocationReportSystem as OffenceReportSystem<_, _>>::Longevity::get();
		ValidTransaction::with_tag_prefix("AuraEquivocation")
			// Every node that saw the equivocation submits the same report.
			.and_provides((equivocation_proof.offender.clone(), *equivocation_proof.slot))
			.priority(TransactionPriority::MAX)
			.longevity(longevity)
			.propagate(false)
			.build()
	}

	pub fn pre_dispatch(call: &Call<T>) -> Result<(), TransactionValidityError> {
		let Call::report_aura_equivocation_unsigned {
			equivocation_proof,
			key_owner_proof,
		} = call
		else {
			return Err(InvalidTransaction::Call.into());
		};
		T::EquivocationReportSystem::check_evidence((
			*equivocation_proof.clone(),
			key_owner_proof.clone(),
		))
	}
}

/// The [`OffenceReportSystem`] of Aura equivocations: `R` takes the offence (`pallet-offences`),
/// `P` proves key ownership (`pallet-session`'s history), `L` is how long an unsigned report
/// stays valid in the pool, in blocks.
pub struct AuraEquivocationReportSystem<T, R, P, L>(core::marker::PhantomData<(T, R, P, L)>);

impl<T, R, P, L>
	OffenceReportSystem<Option<T::AccountId>, (AuraEquivocationProof<T>, T::KeyOwnerProof)>
	for AuraEquivocationReportSystem<T, R, P, L>
where
	T: Config + frame_system::offchain::CreateBare<Call<T>>,
	R: ReportOffence<
		T::AccountId,
		P::IdentificationTuple,
		AuraEquivocationOffence<P::IdentificationTuple>,
	>,
	P: KeyOwnerProofSystem<(KeyTypeId, T::AuthorityId), Proof = T::KeyOwnerProof>,
	P::IdentificationTuple: Clone,
	L: Get<u64>,
{
	type Longevity = L;

	fn publish_evidence(
		(equivocation_proof, key_owner_proof): (AuraEquivocationProof<T>, T::KeyOwnerProof),
	) -> Result<(), ()> {
		use frame_system::offchain::SubmitTransaction;
		let call = Call::report_aura_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation_proof),
			key_owner_proof,
		};
		let xt = T::create_bare(call.into());
		let submitted = SubmitTransaction::<T, Call<T>>::submit_transaction(xt);
		match submitted {
			Ok(()) => log::info!(target: LOG_TARGET, "submitted an Aura equivocation report"),
			Err(e) => log::error!(
				target: LOG_TARGET,
				"could not submit an Aura equivocation report: {e:?}"
			),
		}
		submitted
	}

	fn check_evidence(
		(equivocation_proof, key_owner_proof): (AuraEquivocationProof<T>, T::KeyOwnerProof),
	) -> Result<(), TransactionValidityError> {
		let key = (T::AuthorityId::ID, equivocation_proof.offender.clone());
		let offender = P::check_proof(key, key_owner_proof).ok_or(InvalidTransaction::BadProof)?;
		if R::is_known_offence(&[offender], &equivocation_proof.slot) {
			Err(InvalidTransaction::Stale.into())
		} else {
			Ok(())
		}
	}

	fn process_evidence(
		reporter: Option<T::AccountId>,
		(equivocation_proof, key_owner_proof): (AuraEquivocationProof<T>, T::KeyOwnerProof),
	) -> Result<(), DispatchError> {
		if !check_aura_equivocation_proof(&equivocation_proof) {
			return Err(Error::<T>::InvalidEquivocationProof.into());
		}
		let session_index = key_owner_proof.session();
		let validator_set_count = key_owner_proof.validator_count();
		// Both headers were authored by the session the key is proven for: a key proven for
		// another session may have had another owner.
		let authored_in = |header: &HeaderFor<T>| Pallet::<T>::authoring_session(*header.number());
		if authored_in(&equivocation_proof.first_header) != Some(session_index)
			|| authored_in(&equivocation_proof.second_header) != Some(session_index)
		{
			return Err(Error::<T>::InvalidEquivocationProof.into());
		}
		let key = (T::AuthorityId::ID, equivocation_proof.offender.clone());
		let offender =
			P::check_proof(key, key_owner_proof).ok_or(Error::<T>::InvalidKeyOwnershipProof)?;
		let offence = AuraEquivocationOffence {
			slot: equivocation_proof.slot,
			session_index,
			validator_set_count,
			offender,
		};
		R::report_offence(reporter.into_iter().collect(), offence)
			.map_err(|_| Error::<T>::DuplicateOffenceReport.into())
	}
}
