//! `try_state`: what must always hold between blocks.

use crate::{pallet::*, types::MessageStatus, BalanceOf, ExpiryQueue, SettledJobQueue};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Per requester, the AIT held under the delivery-fee reason equals the fees of its
	/// messages that still hold one (no one else holds under this reason); every awaited
	/// message is in the expiry queue at the block its acknowledgement is due; every stored
	/// message is within its route's nonces; every settleable job is queued to be forgotten
	/// when its window closes; no record is kept below its route's pruning cursor, which stays
	/// within the nonces; each standing rule's deposit is held; commitments older than `CommitmentsToKeep` are gone; routes and
	/// committees are well formed; the queues keep their own invariants.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		ExpiryQueue::<T>::check(now)?;
		SettledJobQueue::<T>::check(now)?;

		let mut held: Vec<(T::AccountId, BalanceOf<T>)> = Vec::new();
		for (target, nonce, sent) in Outbound::<T>::iter() {
			ensure!(
				nonce >= 1 && nonce <= OutboundNonces::<T>::get(target),
				"an outbound message beyond its route's nonce"
			);
			ensure!(
				nonce > OutboundPruned::<T>::get(target),
				"an outbound record kept below its route's pruning cursor"
			);
			ensure!(
				sent.hash == sent.message.hash(),
				"an outbound message with a wrong hash"
			);
			ensure!(
				sent.message.target == target && sent.message.nonce == nonce,
				"an outbound message stored under another key"
			);
			ensure!(
				sent.attempts >= 1 && sent.attempts <= T::MaxAttempts::get(),
				"an outbound message committed more often than MaxAttempts"
			);
			let Some(requester) = sent.requester.clone() else {
				ensure!(sent.fee.is_zero(), "an acknowledgement with a fee");
				continue;
			};
			if sent.status.holds_fee() {
				match held.iter_mut().find(|(who, _)| *who == requester) {
					Some((_, total)) => *total = total.saturating_add(sent.fee),
					None => held.push((requester, sent.fee)),
				}
			}
			if let MessageStatus::Sent { expires_at, .. }
			| MessageStatus::Retried { expires_at, .. } = sent.status
			{
				ensure!(
					ExpiryQueue::<T>::contains(expires_at, &(target, nonce)),
					"an awaited message is not in the expiry queue"
				);
			}
		}
		let reason = HoldReason::DeliveryFee.into();
		for (who, fees) in &held {
			ensure!(
				T::Currency::balance_on_hold(&reason, who) == *fees,
				"the fees held from a requester differ from its messages' fees"
			);
		}

		for (source, nonce, arrived) in Inbound::<T>::iter() {
			ensure!(
				nonce >= 1 && nonce <= InboundNonces::<T>::get(source),
				"an inbound message beyond its source's nonce"
			);
			ensure!(
				arrived.message.source == source,
				"an inbound message stored under another source"
			);
			ensure!(
				nonce > InboundPruned::<T>::get(source),
				"an inbound record kept below its source's pruning cursor"
			);
		}
		for (chain, pruned) in OutboundPruned::<T>::iter() {
			ensure!(
				pruned <= OutboundNonces::<T>::get(chain),
				"outbound records pruned beyond the nonces sent"
			);
		}
		for (chain, pruned) in InboundPruned::<T>::iter() {
			ensure!(
				pruned <= InboundNonces::<T>::get(chain),
				"inbound records pruned beyond the nonces accepted"
			);
		}
		let deposit_reason = HoldReason::StandingRuleDeposit.into();
		for (who, held) in StandingRules::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&deposit_reason, &who) == held.deposit,
				"a standing rule's deposit differs from what is held for it"
			);
		}

		for (job_id, job) in SettledJobs::<T>::iter() {
			ensure!(
				SettledJobQueue::<T>::contains(job.requestable_until, &job_id),
				"a settleable job that is never forgotten"
			);
		}

		let keep = T::CommitmentsToKeep::get().into();
		for (block, leaves) in Commitments::<T>::iter() {
			ensure!(
				block.saturating_add(keep) >= now,
				"a commitment kept too long"
			);
			ensure!(!leaves.is_empty(), "an empty commitment kept");
		}

		for (_, route) in Routes::<T>::iter() {
			ensure!(!route.adapters.is_empty(), "a route without adapters");
			ensure!(
				route.rate_limit.max_messages > 0,
				"a route that carries nothing"
			);
		}
		for (_, committee) in Committees::<T>::iter() {
			let members = u32::try_from(committee.members.len()).unwrap_or(u32::MAX);
			ensure!(
				committee.threshold >= 1 && committee.threshold <= members,
				"a committee whose threshold cannot be met"
			);
		}
		Ok(())
	}
}
