//! Messages other chains send here: proven by an adapter the source's route allows, accepted
//! in nonce order, each once, and answered with an acknowledgement.

use crate::{
	attested::Attested, outbound::PRUNED_PER_MESSAGE, pallet::*, types::*, weights::WeightInfo,
};
use aitbc_primitives::settlement::{
	Adapter, AdapterError, BridgeAdapter, ChainId, MessageKind, SettlementMessage,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::Saturating;

impl<T: Config> From<AdapterError> for Error<T> {
	fn from(error: AdapterError) -> Self {
		match error {
			AdapterError::Unavailable => Error::<T>::AdapterUnavailable,
			AdapterError::MalformedProof => Error::<T>::MalformedProof,
			AdapterError::UnknownSource => Error::<T>::UnknownSource,
			AdapterError::InvalidProof => Error::<T>::InvalidProof,
			AdapterError::DuplicateAttestation => Error::<T>::DuplicateAttestation,
			AdapterError::TooFewAttestations => Error::<T>::TooFewAttestations,
			AdapterError::HeaderNotFinalized => Error::<T>::HeaderNotFinalized,
			AdapterError::NotCommitted => Error::<T>::NotCommitted,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of [`Pallet::receive`] with a proof of `proof_len` bytes through `adapter`.
	pub(crate) fn receive_weight(adapter: Adapter, proof_len: usize) -> Weight {
		let proof_len = u32::try_from(proof_len).unwrap_or(u32::MAX);
		let verify = match adapter {
			Adapter::Attested => Attested::<T>::verify_weight(proof_len),
			Adapter::Grandpa => T::GrandpaAdapter::verify_weight(proof_len),
		};
		// Both benchmarks verify one signature: a longer proof adds its own verification.
		T::WeightInfo::receive_job_settled()
			.max(T::WeightInfo::receive_acknowledgement())
			.saturating_add(verify)
			.saturating_add(Self::commit_share())
	}

	fn verify(adapter: Adapter, message: &SettlementMessage, proof: &[u8]) -> DispatchResult {
		let hash = message.hash();
		let verified = match adapter {
			Adapter::Attested => Attested::<T>::verify(message.source, hash, proof),
			Adapter::Grandpa => T::GrandpaAdapter::verify(message.source, hash, proof),
		};
		verified.map_err(|error| Error::<T>::from(error).into())
	}

	pub(crate) fn do_receive(
		relayer: T::AccountId,
		message: SettlementMessage,
		adapter: Adapter,
		proof: &[u8],
	) -> DispatchResult {
		let source = message.source;
		ensure!(
			message.target == ChainIdentity::<T>::get(),
			Error::<T>::WrongTargetChain
		);
		let route = Routes::<T>::get(source).ok_or(Error::<T>::UnknownRoute)?;
		ensure!(
			route
				.adapters
				.iter()
				.any(|allowed| allowed.adapter == adapter),
			Error::<T>::AdapterNotOnRoute
		);
		// Order before the proof: a replay costs a read, not a signature check.
		let last = InboundNonces::<T>::get(source);
		ensure!(message.nonce > last, Error::<T>::Replay);
		ensure!(
			Some(message.nonce) == last.checked_add(1),
			Error::<T>::OutOfOrder
		);
		Self::verify(adapter, &message, proof)?;

		let now = frame_system::Pallet::<T>::block_number();
		let mut usage = InboundUsage::<T>::get(source);
		Self::count_in_window(&mut usage, route.rate_limit, now)?;
		InboundUsage::<T>::insert(source, usage);
		InboundNonces::<T>::insert(source, message.nonce);

		let hash = message.hash();
		match message.kind {
			MessageKind::JobSettled => {
				Self::send_acknowledgement(&message, adapter)?;
			}
			MessageKind::Acknowledgement => {
				// A proven acknowledgement is accepted whatever it names, or the source's later
				// messages could never pass it.
				let acknowledged = H256(message.receipt_id);
				if !Self::note_delivered(source, message.job_id, acknowledged, &relayer)? {
					Self::deposit_event(Event::AcknowledgementIgnored {
						source,
						nonce: message.nonce,
					});
				}
			}
		}
		Self::deposit_event(Event::MessageReceived {
			source,
			nonce: message.nonce,
			kind: message.kind,
			job_id: message.job_id,
			hash,
			adapter,
		});
		Inbound::<T>::insert(
			source,
			message.nonce,
			InboundMessage {
				message,
				hash,
				adapter,
				relayer,
				received_at: now,
			},
		);
		Self::prune_inbound(source, now);
		Ok(())
	}

	/// Forgets up to [`PRUNED_PER_MESSAGE`] of the oldest records of messages from `chain`
	/// received `RecordRetention` blocks ago or more. Replays stay refused: the nonce is kept.
	pub(crate) fn prune_inbound(chain: ChainId, now: BlockNumberFor<T>) {
		let retention = T::RecordRetention::get();
		let last = InboundNonces::<T>::get(chain);
		let start = InboundPruned::<T>::get(chain);
		let mut pruned = start;
		for _ in 0..PRUNED_PER_MESSAGE {
			let Some(next) = pruned.checked_add(1).filter(|next| *next <= last) else {
				break;
			};
			if let Some(arrived) = Inbound::<T>::get(chain, next) {
				if arrived.received_at.saturating_add(retention) > now {
					break;
				}
				Inbound::<T>::remove(chain, next);
			}
			pruned = next;
		}
		if pruned != start {
			InboundPruned::<T>::insert(chain, pruned);
		}
	}
}
