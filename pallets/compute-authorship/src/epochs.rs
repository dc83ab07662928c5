//! Epochs: noting each block (its VRF output, its author, the slots it skipped), starting an
//! epoch at each session and fixing the one after it, and answering who may seal a slot.

use crate::{pallet::*, shares, types::*, LOG_TARGET};
use aitbc_primitives::{
	authorship::{
		vrf_transcript, AuthorshipMode, Randomness, SlotClaim, WeightedPreDigest, ENGINE_ID,
		VRF_OUTPUT_CONTEXT,
	},
	traits::{StakeInfo, WorkScore},
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{
	traits::{FindAuthor, Get, OneSessionHandler},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, AURA_ENGINE_ID};
use sp_core::crypto::Wraps;
use sp_runtime::{traits::Hash, ConsensusEngineId, DigestItem, Perbill};
use sp_staking::SessionIndex;

/// The slot an Aura pre-runtime digest names.
pub(crate) fn aura_slot<'a>(
	digests: impl IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
) -> Option<u64> {
	digests
		.into_iter()
		.find(|(id, _)| *id == AURA_ENGINE_ID)
		.and_then(|(_, mut data)| u64::decode(&mut data).ok())
}

fn pre_runtime_digests(
	digest: &sp_runtime::Digest,
) -> impl Iterator<Item = (ConsensusEngineId, &[u8])> + '_ {
	digest.logs().iter().filter_map(|item| match item {
		DigestItem::PreRuntime(id, data) => Some((*id, data.as_slice())),
		_ => None,
	})
}

impl<T: Config> Pallet<T> {
	/// How the current epoch's blocks are authored.
	pub fn mode() -> AuthorshipMode {
		CurrentEpoch::<T>::get()
			.map(|epoch| epoch.mode)
			.unwrap_or_default()
	}

	/// The key that may seal `slot` in `epoch`: drawn by weight in a weighted epoch, Aura's
	/// `slot % n` otherwise (and before the first epoch of a chain upgraded to this pallet).
	pub(crate) fn slot_author(epoch: Option<&EpochOf<T>>, slot: u64) -> Option<AuraId> {
		match epoch {
			Some(epoch) if epoch.mode == AuthorshipMode::Weighted => {
				let index = shares::draw(
					&epoch.randomness,
					slot,
					epoch.authorities.iter().map(|a| a.share),
				)?;
				epoch.authorities.get(index).map(|a| a.key.clone())
			}
			_ => {
				let authorities = T::AuraAuthorities::get();
				let n = u64::try_from(authorities.len()).ok()?;
				let index = usize::try_from(slot.checked_rem(n)?).ok()?;
				authorities.get(index).cloned()
			}
		}
	}

	/// Who may seal a block at `slot` on top of the current state, and what its VRF signs.
	pub fn slot_claim(slot: u64) -> Option<SlotClaim<AuraId>> {
		let epoch = CurrentEpoch::<T>::get();
		let author = Self::slot_author(epoch.as_ref(), slot)?;
		Some(match epoch {
			Some(epoch) => SlotClaim {
				author,
				mode: epoch.mode,
				epoch: epoch.index.into(),
				randomness: epoch.randomness,
			},
			None => SlotClaim {
				author,
				mode: AuthorshipMode::Aura,
				epoch: T::CurrentSession::get().into(),
				randomness: Randomness::default(),
			},
		})
	}

	/// Notes the block under way once: folds its VRF output into the randomness, counts its
	/// author's slot as produced and the slots skipped since the last block as missed by
	/// theirs. Runs in `on_initialize`, or earlier when the block starts a session (so the
	/// block is counted under the epoch that authored it). Returns the skipped slots counted.
	pub(crate) fn note_block() -> u32 {
		let now = frame_system::Pallet::<T>::block_number();
		if Noted::<T>::get().is_some_and(|(block, _)| block == now) {
			return 0;
		}
		let digest = frame_system::Pallet::<T>::digest();
		let Some(slot) = aura_slot(pre_runtime_digests(&digest)) else {
			Noted::<T>::put((now, None::<T::AccountId>));
			return 0;
		};
		let epoch = CurrentEpoch::<T>::get();
		let author = Self::slot_author(epoch.as_ref(), slot);

		if let (Some(author), Some(vrf)) = (
			author.as_ref(),
			pre_runtime_digests(&digest)
				.find(|(id, _)| *id == ENGINE_ID)
				.and_then(|(_, mut data)| WeightedPreDigest::decode(&mut data).ok()),
		) {
			let (index, randomness) = epoch
				.as_ref()
				.map(|e| (e.index, e.randomness))
				.unwrap_or((T::CurrentSession::get(), Randomness::default()));
			let transcript = vrf_transcript(&randomness, index.into(), slot);
			// The node's import verifier has checked the proof; the output is made from it here.
			match author.as_inner_ref().make_bytes::<32>(
				VRF_OUTPUT_CONTEXT,
				&transcript,
				&vrf.vrf.pre_output,
			) {
				Ok(output) => RunningRandomness::<T>::mutate(|running| {
					*running = sp_io::hashing::blake2_256(&(*running, output).encode())
				}),
				Err(_) => {
					log::warn!(target: LOG_TARGET, "block {now:?}: a VRF output that does not attach to its author")
				}
			}
		}

		let mut counted = 0u32;
		let mut author_account = None;
		if let Some(epoch) = epoch.as_ref() {
			let position = |key: &AuraId| epoch.authorities.iter().position(|a| a.key == *key);
			let mut records = Liveness::<T>::get();
			if records.len() != epoch.authorities.len() {
				records = fresh_records::<T>(epoch.authorities.len());
			}
			let last = LastSlot::<T>::get();
			if last > 0 {
				let first_skipped = last.saturating_add(1);
				let limit = u64::from(T::MaxSkippedSlotsCounted::get());
				let until = slot.min(first_skipped.saturating_add(limit));
				for skipped in first_skipped..until {
					counted = counted.saturating_add(1);
					let owner = Self::slot_author(Some(epoch), skipped);
					if let Some(record) = owner
						.as_ref()
						.and_then(position)
						.and_then(|p| records.get_mut(p))
					{
						record.missed = record.missed.saturating_add(1);
					}
				}
			}
			if let Some(p) = author.as_ref().and_then(position) {
				if let Some(record) = records.get_mut(p) {
					record.produced = record.produced.saturating_add(1);
				}
				author_account = epoch.authorities.get(p).map(|a| a.account.clone());
			}
			Liveness::<T>::put(records);
		}
		LastSlot::<T>::put(slot);
		Noted::<T>::put((now, author_account));
		counted
	}

	/// The epoch `index` for `validators`: their shares from their verified compute in the last
	/// complete work session, their bond, and their slot record in `ended` (the epoch that
	/// just ended). Its mode, start and randomness are set when it starts.
	pub(crate) fn plan(
		index: SessionIndex,
		validators: &[(T::AccountId, AuraId)],
		ended: Option<&EpochOf<T>>,
		records: &[SlotRecord],
	) -> EpochOf<T> {
		let work_session = T::WorkSession::get().saturating_sub(1);
		let validators = validators
			.iter()
			.take(usize::try_from(T::MaxAuthorities::get()).unwrap_or(usize::MAX));
		let inputs: Vec<WeightInputs> = validators
			.clone()
			.map(|(account, _)| WeightInputs {
				work: T::WorkScore::session_work(work_session, account),
				stake: T::Stake::operator_bond(account).unwrap_or(0),
				record: ended
					.and_then(|e| e.authorities.iter().position(|a| a.account == *account))
					.and_then(|p| records.get(p))
					.copied()
					.unwrap_or_default(),
			})
			.collect();
		let shares = shares::shares(
			&inputs,
			T::WorkPart::get(),
			T::MinShare::get(),
			T::MaxShare::get(),
		);
		let authorities: Vec<EpochAuthority<T::AccountId>> = validators
			.zip(shares)
			.map(|((account, key), share)| EpochAuthority {
				account: account.clone(),
				key: key.clone(),
				share,
			})
			.collect();
		Epoch {
			index,
			mode: AuthorshipMode::Aura,
			start_block: frame_system::Pallet::<T>::block_number(),
			randomness: Randomness::default(),
			authorities: BoundedVec::truncate_from(authorities),
		}
	}

	/// Whether epoch `index` is authored by weight.
	fn mode_of(index: SessionIndex, before: Option<&EpochOf<T>>) -> AuthorshipMode {
		let handed_over = HandoverSession::<T>::get().is_some_and(|h| index >= h);
		if handed_over || before.is_some_and(|e| e.mode == AuthorshipMode::Weighted) {
			AuthorshipMode::Weighted
		} else {
			AuthorshipMode::Aura
		}
	}

	fn start_epoch(mut epoch: EpochOf<T>, before: Option<&EpochOf<T>>) {
		epoch.mode = Self::mode_of(epoch.index, before);
		epoch.start_block = frame_system::Pallet::<T>::block_number();
		let authorities = u32::try_from(epoch.authorities.len()).unwrap_or(u32::MAX);
		Self::deposit_event(Event::EpochStarted {
			index: epoch.index,
			mode: epoch.mode,
			authorities,
		});
		if epoch.mode == AuthorshipMode::Weighted
			&& before.is_none_or(|e| e.mode == AuthorshipMode::Aura)
		{
			Self::deposit_event(Event::HandedOver {
				session: epoch.index,
			});
		}
		Liveness::<T>::put(fresh_records::<T>(epoch.authorities.len()));
		CurrentEpoch::<T>::put(epoch);
	}

	fn plan_next(epoch: EpochOf<T>) {
		Self::deposit_event(Event::NextEpochPlanned {
			index: epoch.index,
			shares: epoch
				.authorities
				.iter()
				.map(|a| (a.account.clone(), a.share))
				.collect(),
		});
		NextEpoch::<T>::put(epoch);
	}

	fn randomness_after(index: SessionIndex) -> Randomness {
		sp_io::hashing::blake2_256(&(RunningRandomness::<T>::get(), index).encode())
	}
}

fn fresh_records<T: Config>(n: usize) -> BoundedVec<SlotRecord, T::MaxAuthorities> {
	BoundedVec::truncate_from(alloc::vec![SlotRecord::default(); n])
}

fn same_keys<T: Config>(epoch: &EpochOf<T>, validators: &[(T::AccountId, AuraId)]) -> bool {
	epoch.authorities.len() == validators.len()
		&& epoch
			.authorities
			.iter()
			.zip(validators)
			.all(|(a, (account, key))| a.account == *account && a.key == *key)
}

impl<T: Config> sp_runtime::BoundToRuntimeAppPublic for Pallet<T> {
	type Public = AuraId;
}

impl<T: Config> OneSessionHandler<T::AccountId> for Pallet<T> {
	type Key = AuraId;

	fn on_genesis_session<'a, I: 'a>(validators: I)
	where
		I: Iterator<Item = (&'a T::AccountId, AuraId)>,
		T::AccountId: 'a,
	{
		let validators: Vec<_> = validators.map(|(a, k)| (a.clone(), k)).collect();
		let index = T::CurrentSession::get();
		let randomness = Self::randomness_after(index);
		let mut first = Self::plan(index, &validators, None, &[]);
		first.randomness = randomness;
		Self::start_epoch(first, None);
		let mut next = Self::plan(index.saturating_add(1), &validators, None, &[]);
		next.randomness = randomness;
		Self::plan_next(next);
		NextRandomness::<T>::put(randomness);
	}

	fn on_new_session<'a, I: 'a>(_changed: bool, validators: I, queued_validators: I)
	where
		I: Iterator<Item = (&'a T::AccountId, AuraId)>,
		T::AccountId: 'a,
	{
		// The block that starts the session was authored under the epoch that ends.
		Self::note_block();
		let validators: Vec<_> = validators.map(|(a, k)| (a.clone(), k)).collect();
		let queued: Vec<_> = queued_validators.map(|(a, k)| (a.clone(), k)).collect();
		let index = T::CurrentSession::get();
		let ended = CurrentEpoch::<T>::get();
		let records = Liveness::<T>::get();

		// The epoch planned when the last one started, unless its validators are not the ones
		// starting now (the first session after this pallet joins a running chain).
		let mut starting = NextEpoch::<T>::take()
			.filter(|planned| same_keys::<T>(planned, &validators))
			.unwrap_or_else(|| Self::plan(index, &validators, ended.as_ref(), &records));
		starting.index = index;
		starting.randomness = NextRandomness::<T>::get();
		Self::start_epoch(starting, ended.as_ref());

		Self::plan_next(Self::plan(
			index.saturating_add(1),
			&queued,
			ended.as_ref(),
			&records,
		));
		NextRandomness::<T>::put(Self::randomness_after(index));
	}

	fn on_disabled(_validator_index: u32) {}
}

impl<T: Config> FindAuthor<T::AccountId> for Pallet<T> {
	/// The author of the block under way: the account whose key the slot's claim names, under
	/// the epoch that authored it.
	fn find_author<'a, I>(digests: I) -> Option<T::AccountId>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		let now = frame_system::Pallet::<T>::block_number();
		if let Some((block, author)) = Noted::<T>::get() {
			if block == now {
				return author;
			}
		}
		let slot = aura_slot(digests)?;
		let epoch = CurrentEpoch::<T>::get()?;
		let key = Self::slot_author(Some(&epoch), slot)?;
		epoch
			.authorities
			.iter()
			.find(|a| a.key == key)
			.map(|a| a.account.clone())
	}
}

impl<T: Config> frame_support::traits::Randomness<T::Hash, BlockNumberFor<T>> for Pallet<T> {
	/// A value from every VRF output on the chain up to the block under way: none of them could
	/// be chosen by its author, only withheld with its block.
	fn random(subject: &[u8]) -> (T::Hash, BlockNumberFor<T>) {
		let seed = RunningRandomness::<T>::get();
		(
			T::Hashing::hash(&(seed, subject).encode()),
			frame_system::Pallet::<T>::block_number(),
		)
	}
}

/// The shares of an epoch as `(account, key, share)`.
pub(crate) fn authorities_of<T: Config>(
	epoch: &EpochOf<T>,
) -> Vec<(T::AccountId, AuraId, Perbill)> {
	epoch
		.authorities
		.iter()
		.map(|a| (a.account.clone(), a.key.clone(), a.share))
		.collect()
}

impl<T: Config> Pallet<T> {
	fn summary(epoch: EpochOf<T>) -> EpochSummary<T::AccountId>
	where
		BlockNumberFor<T>: TryInto<u32>,
	{
		EpochSummary {
			index: epoch.index,
			mode: epoch.mode,
			start_block: epoch.start_block.try_into().unwrap_or(u32::MAX),
			randomness: epoch.randomness,
			authorities: authorities_of::<T>(&epoch),
		}
	}

	/// For the runtime API: the epoch under way.
	pub fn current_epoch_summary() -> Option<EpochSummary<T::AccountId>>
	where
		BlockNumberFor<T>: TryInto<u32>,
	{
		CurrentEpoch::<T>::get().map(Self::summary)
	}

	/// For the runtime API: the next epoch.
	pub fn next_epoch_summary() -> Option<EpochSummary<T::AccountId>>
	where
		BlockNumberFor<T>: TryInto<u32>,
	{
		NextEpoch::<T>::get().map(Self::summary)
	}

	/// For the runtime API: each current authority's slot record.
	pub fn slot_records() -> Vec<(T::AccountId, SlotRecord)> {
		let Some(epoch) = CurrentEpoch::<T>::get() else {
			return Vec::new();
		};
		let records = Liveness::<T>::get();
		epoch
			.authorities
			.iter()
			.enumerate()
			.map(|(i, a)| {
				(
					a.account.clone(),
					records.get(i).copied().unwrap_or_default(),
				)
			})
			.collect()
	}
}
