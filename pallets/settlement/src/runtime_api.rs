//! What relayers, Polkadot.js Apps and the `aitbc` CLI ask the runtime about settlement.

use crate::{
	pallet::*,
	types::{MessageStatus, ProvableMessage, Quote, Routing},
};
use aitbc_primitives::settlement::{commitment_proof, ChainId, SettlementMessage};
use alloc::vec::Vec;
use codec::Codec;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Cross-chain settlement.
	pub trait SettlementApi<Balance: Codec, BlockNumber: Codec> {
		/// This chain's id.
		fn chain_id() -> ChainId;
		/// The adapter `routing` picks for a message to `target`, its fee and latency; `None`
		/// without a route (or without that adapter on it).
		fn quote(target: ChainId, routing: Routing) -> Option<Quote<Balance>>;
		/// A message sent to `target` and what became of it.
		fn outbound(target: ChainId, nonce: u64) -> Option<(SettlementMessage, MessageStatus<BlockNumber>)>;
		/// A message sent to `target` with the block that last committed it and its Merkle
		/// proof under that block's commitment, while the block's leaves are kept.
		fn provable(target: ChainId, nonce: u64) -> Option<ProvableMessage<BlockNumber>>;
		/// The last nonces sent to and accepted from `chain`.
		fn nonces(chain: ChainId) -> (u64, u64);
	}
}

impl<T: Config> Pallet<T> {
	/// [`SettlementApi::outbound`].
	pub fn outbound_status(
		target: ChainId,
		nonce: u64,
	) -> Option<(SettlementMessage, MessageStatus<BlockNumberFor<T>>)> {
		Outbound::<T>::get(target, nonce).map(|sent| (sent.message, sent.status))
	}

	/// [`SettlementApi::provable`]: the block that last committed the message (a retry's, or
	/// else its first) and the proof under it.
	pub fn provable_message(
		target: ChainId,
		nonce: u64,
	) -> Option<ProvableMessage<BlockNumberFor<T>>> {
		let sent = Outbound::<T>::get(target, nonce)?;
		let block = match sent.status {
			MessageStatus::Sent { block, .. } | MessageStatus::Retried { block, .. } => block,
			// Delivered, failed or refunded: the block is in the events; a failed message is
			// retried to be proven afresh.
			_ => return None,
		};
		let leaves = Commitments::<T>::get(block)?;
		let hashes: Vec<H256> = leaves.iter().map(|(_, _, hash)| *hash).collect();
		let index = leaves
			.iter()
			.position(|(t, n, _)| *t == target && *n == nonce)?;
		let proof = commitment_proof(&hashes, u32::try_from(index).ok()?)?;
		Some(ProvableMessage {
			message: sent.message,
			block,
			proof,
		})
	}

	/// [`SettlementApi::nonces`].
	pub fn nonces(chain: ChainId) -> (u64, u64) {
		(
			OutboundNonces::<T>::get(chain),
			InboundNonces::<T>::get(chain),
		)
	}
}
