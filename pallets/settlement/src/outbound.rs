//! Messages this chain sends: settled jobs made settleable, the router and its fee quote,
//! requests, the per-block commitment, expiry, retries and refunds, and the routes governance
//! sets.

use crate::{pallet::*, types::*, weights::WeightInfo, BalanceOf, ExpiryQueue, SettledJobQueue};
use aitbc_primitives::{
	block_queue::{Budget, Visit},
	settlement::{
		commitment_root, token_id, Adapter, BridgeAdapter, ChainId, MessageKind, OnJobSettled,
		SettledJob, SettlementCommitment, SettlementMessage, ENGINE_ID,
	},
	JobId,
};
use codec::Encode;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill, SaturatedConversion,
};

/// Spill a settled job into this many later buckets when its own is full.
const SETTLED_SPILL: u32 = 16;

/// The most old records each message sent or received forgets: more than the one it adds.
pub const PRUNED_PER_MESSAGE: u32 = 2;

impl<T: Config> Pallet<T> {
	/// The 32-byte word of an account: its encoding if that is 32 bytes long (AccountId32),
	/// else the keccak-256 of it.
	pub(crate) fn account_word(who: &T::AccountId) -> H256 {
		let encoded = who.encode();
		match <[u8; 32]>::try_from(encoded.as_slice()) {
			Ok(bytes) => H256(bytes),
			Err(_) => H256(sp_io::hashing::keccak_256(&encoded)),
		}
	}

	/// The adapter `routing` picks on `route`, with its fee and latency.
	pub(crate) fn pick(route: &Route<T>, routing: Routing) -> Option<RouteAdapter<BalanceOf<T>>> {
		let adapters = route.adapters.iter().copied();
		match routing {
			Routing::Cheapest => {
				adapters.min_by(|a, b| (a.fee, a.latency).cmp(&(b.fee, b.latency)))
			}
			Routing::Fastest => adapters.min_by(|a, b| (a.latency, a.fee).cmp(&(b.latency, b.fee))),
			Routing::Via(adapter) => adapters.into_iter().find(|a| a.adapter == adapter),
		}
	}

	/// What a message to `target` costs by `routing` in this block, as the runtime API quotes
	/// it (the fee rises with the route's use in its rate-limit window).
	pub fn quote(target: ChainId, routing: Routing) -> Option<Quote<BalanceOf<T>>> {
		let route = Routes::<T>::get(target)?;
		let now = frame_system::Pallet::<T>::block_number();
		let usage = OutboundUsage::<T>::get(target);
		Self::pick(&route, routing).map(|a| Quote {
			adapter: a.adapter,
			fee: Self::congested_fee(a.fee, &usage, route.rate_limit, now),
			latency: a.latency,
		})
	}

	/// `base` raised by the share of the route's rate-limit window already used: up to twice
	/// `base` for the window's last message. Filling a route's window to crowd others out
	/// costs about one and a half times its messages' base fees, and honest requesters see
	/// the price before they pay it (`max_fee`).
	pub(crate) fn congested_fee(
		base: BalanceOf<T>,
		usage: &WindowUsage<BlockNumberFor<T>>,
		limit: RateLimit,
		now: BlockNumberFor<T>,
	) -> BalanceOf<T> {
		let window: BlockNumberFor<T> = limit.window.into();
		let used = if now >= usage.start.saturating_add(window) {
			0
		} else {
			usage.count
		};
		base.saturating_add(Perbill::from_rational(used, limit.max_messages.max(1)) * base)
	}

	/// Counts one message in `usage`'s window under `limit`, or fails if the window is full.
	pub(crate) fn count_in_window(
		usage: &mut WindowUsage<BlockNumberFor<T>>,
		limit: RateLimit,
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		let window: BlockNumberFor<T> = limit.window.into();
		if now >= usage.start.saturating_add(window) {
			*usage = WindowUsage {
				start: now,
				count: 0,
			};
		}
		ensure!(usage.count < limit.max_messages, Error::<T>::RateLimited);
		usage.count = usage.count.saturating_add(1);
		Ok(())
	}

	/// The share of `on_finalize`'s commitment one more message adds.
	pub(crate) fn commit_share() -> Weight {
		T::WeightInfo::commit_messages(1).saturating_sub(T::WeightInfo::commit_messages(0))
	}

	/// Puts `key` with `hash` into this block's commitment.
	pub(crate) fn commit(key: MessageKey, hash: H256) -> DispatchResult {
		BlockMessages::<T>::try_append((key.0, key.1, hash))
			.map_err(|_| Error::<T>::BlockFull.into())
	}

	/// Commits `key` (a request or a retry) and waits for its acknowledgement: returns the
	/// block it is due.
	fn commit_awaited(key: MessageKey, hash: H256) -> Result<BlockNumberFor<T>, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(T::DeliveryTimeout::get());
		Self::commit(key, hash)?;
		// Every block commits at most `MaxMessagesPerBlock` awaited messages, so the bucket
		// `DeliveryTimeout` blocks on has room; a full one means a broken configuration.
		ExpiryQueue::<T>::schedule(expires_at, key, 0).map_err(|_| Error::<T>::ExpiryQueueFull)?;
		Ok(expires_at)
	}

	pub(crate) fn do_request(
		who: T::AccountId,
		job_id: JobId,
		target: ChainId,
		routing: Routing,
		beneficiary: H256,
		max_fee: BalanceOf<T>,
	) -> DispatchResult {
		let mut job = SettledJobs::<T>::get(job_id).ok_or(Error::<T>::NotSettleable)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < job.requestable_until, Error::<T>::NotSettleable);
		ensure!(
			who == job.client || who == job.operator,
			Error::<T>::NotJobParty
		);
		ensure!(!job.sent_to.contains(&target), Error::<T>::AlreadySentThere);
		let route = Routes::<T>::get(target).ok_or(Error::<T>::UnknownRoute)?;
		let choice = Self::pick(&route, routing).ok_or(Error::<T>::AdapterNotOnRoute)?;
		let mut usage = OutboundUsage::<T>::get(target);
		let fee = Self::congested_fee(choice.fee, &usage, route.rate_limit, now);
		ensure!(fee <= max_fee, Error::<T>::FeeAboveMax);
		job.sent_to
			.try_push(target)
			.map_err(|_| Error::<T>::TooManyTargets)?;
		Self::count_in_window(&mut usage, route.rate_limit, now)?;
		let nonce = OutboundNonces::<T>::get(target)
			.checked_add(1)
			.ok_or(Error::<T>::NonceOverflow)?;

		let message = SettlementMessage {
			kind: MessageKind::JobSettled,
			source: ChainIdentity::<T>::get(),
			target,
			nonce,
			job_id,
			receipt_id: job.receipt_id,
			output_hash: job.output_hash,
			units: job.units,
			amount: job.paid.saturated_into::<u128>(),
			token: token_id(&job.asset),
			client: Self::account_word(&job.client),
			operator: Self::account_word(&job.operator),
			beneficiary,
		};
		let hash = message.hash();
		let expires_at = Self::commit_awaited((target, nonce), hash)?;
		if !fee.is_zero() {
			T::Currency::hold(&HoldReason::DeliveryFee.into(), &who, fee)?;
		}
		Self::prune_outbound(target, now);

		Outbound::<T>::insert(
			target,
			nonce,
			OutboundMessage {
				message,
				hash,
				requester: Some(who.clone()),
				fee,
				adapter: choice.adapter,
				attempts: 1,
				status: MessageStatus::Sent {
					block: now,
					expires_at,
				},
			},
		);
		OutboundNonces::<T>::insert(target, nonce);
		OutboundUsage::<T>::insert(target, usage);
		SettledJobs::<T>::insert(job_id, job);
		Self::deposit_event(Event::SettlementRequested {
			job_id,
			target,
			nonce,
			adapter: choice.adapter,
			fee,
			requester: who,
			hash,
		});
		Ok(())
	}

	/// Sends the acknowledgement of `message`, just accepted from its source: free, and not
	/// itself acknowledged. Returns its nonce.
	pub(crate) fn send_acknowledgement(
		message: &SettlementMessage,
		adapter: Adapter,
	) -> Result<u64, DispatchError> {
		let back = message.source;
		let nonce = OutboundNonces::<T>::get(back)
			.checked_add(1)
			.ok_or(Error::<T>::NonceOverflow)?;
		let ack = message.acknowledgement(nonce);
		let hash = ack.hash();
		Self::commit((back, nonce), hash)?;
		let now = frame_system::Pallet::<T>::block_number();
		Outbound::<T>::insert(
			back,
			nonce,
			OutboundMessage {
				message: ack,
				hash,
				requester: None,
				fee: Zero::zero(),
				adapter,
				attempts: 1,
				// Nothing acknowledges an acknowledgement: it stays sent.
				status: MessageStatus::Sent {
					block: now,
					expires_at: now,
				},
			},
		);
		OutboundNonces::<T>::insert(back, nonce);
		Self::prune_outbound(back, now);
		Ok(nonce)
	}

	/// Forgets up to [`PRUNED_PER_MESSAGE`] of the oldest records of messages to `chain` that
	/// have been final for `RecordRetention` blocks, refunding a failed one's fee as it goes.
	/// Each message sent prunes more than it adds, so records are bounded by a route's traffic
	/// over the retention period; a message still awaited stops the walk (for at most
	/// `DeliveryTimeout` blocks).
	pub(crate) fn prune_outbound(chain: ChainId, now: BlockNumberFor<T>) {
		let retention = T::RecordRetention::get();
		let last = OutboundNonces::<T>::get(chain);
		let start = OutboundPruned::<T>::get(chain);
		let mut pruned = start;
		for _ in 0..PRUNED_PER_MESSAGE {
			let Some(next) = pruned.checked_add(1).filter(|next| *next <= last) else {
				break;
			};
			if let Some(sent) = Outbound::<T>::get(chain, next) {
				let awaited = sent.requester.is_some();
				let Some(since) = sent.status.final_since(awaited) else {
					break;
				};
				if since.saturating_add(retention) > now {
					break;
				}
				if let (MessageStatus::Failed { .. }, Some(requester)) =
					(sent.status, sent.requester)
				{
					if !sent.fee.is_zero()
						&& T::Currency::release(
							&HoldReason::DeliveryFee.into(),
							&requester,
							sent.fee,
							Precision::Exact,
						)
						.is_err()
					{
						break;
					}
					Self::deposit_event(Event::FeeRefunded {
						target: chain,
						nonce: next,
						requester,
						fee: sent.fee,
					});
				}
				Outbound::<T>::remove(chain, next);
			}
			pruned = next;
		}
		if pruned != start {
			OutboundPruned::<T>::insert(chain, pruned);
		}
	}

	/// Sets, replaces or clears `who`'s standing rule; a first rule holds the deposit, clearing
	/// releases it.
	pub(crate) fn do_set_standing_rule(
		who: T::AccountId,
		rule: Option<StandingRule<BalanceOf<T>>>,
	) -> DispatchResult {
		let existing = StandingRules::<T>::get(&who);
		let reason = HoldReason::StandingRuleDeposit.into();
		match (&rule, existing) {
			(Some(rule), existing) => {
				ensure!(
					Routes::<T>::contains_key(rule.target),
					Error::<T>::UnknownRoute
				);
				let deposit = match existing {
					Some(held) => held.deposit,
					None => {
						let deposit = T::StandingRuleDeposit::get();
						if !deposit.is_zero() {
							T::Currency::hold(&reason, &who, deposit)?;
						}
						deposit
					}
				};
				StandingRules::<T>::insert(
					&who,
					HeldRule {
						rule: *rule,
						deposit,
					},
				);
			}
			(None, Some(held)) => {
				if !held.deposit.is_zero() {
					T::Currency::release(&reason, &who, held.deposit, Precision::BestEffort)
						.map_err(|_| Error::<T>::FeeTransferFailed)?;
				}
				StandingRules::<T>::remove(&who);
			}
			(None, None) => return Err(Error::<T>::NoStandingRule.into()),
		}
		Self::deposit_event(Event::StandingRuleSet { who, rule });
		Ok(())
	}

	pub(crate) fn do_retry(target: ChainId, nonce: u64) -> DispatchResult {
		let mut sent = Outbound::<T>::get(target, nonce).ok_or(Error::<T>::UnknownMessage)?;
		ensure!(
			matches!(sent.status, MessageStatus::Failed { .. }),
			Error::<T>::NotFailed
		);
		ensure!(
			sent.attempts < T::MaxAttempts::get(),
			Error::<T>::NoAttemptsLeft
		);
		// A route removed since stops retries, not refunds.
		let route = Routes::<T>::get(target).ok_or(Error::<T>::UnknownRoute)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut usage = OutboundUsage::<T>::get(target);
		Self::count_in_window(&mut usage, route.rate_limit, now)?;
		let expires_at = Self::commit_awaited((target, nonce), sent.hash)?;
		sent.attempts = sent.attempts.saturating_add(1);
		sent.status = MessageStatus::Retried {
			block: now,
			expires_at,
			attempt: sent.attempts,
		};
		let attempt = sent.attempts;
		Outbound::<T>::insert(target, nonce, sent);
		OutboundUsage::<T>::insert(target, usage);
		Self::deposit_event(Event::MessageRetried {
			target,
			nonce,
			attempt,
		});
		Ok(())
	}

	pub(crate) fn do_refund(who: T::AccountId, target: ChainId, nonce: u64) -> DispatchResult {
		let mut sent = Outbound::<T>::get(target, nonce).ok_or(Error::<T>::UnknownMessage)?;
		ensure!(
			sent.requester.as_ref() == Some(&who),
			Error::<T>::NotRequester
		);
		ensure!(
			matches!(sent.status, MessageStatus::Failed { .. }),
			Error::<T>::NotFailed
		);
		if !sent.fee.is_zero() {
			T::Currency::release(
				&HoldReason::DeliveryFee.into(),
				&who,
				sent.fee,
				Precision::Exact,
			)
			.map_err(|_| Error::<T>::FeeTransferFailed)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		sent.status = MessageStatus::Refunded { at: now };
		let fee = sent.fee;
		Outbound::<T>::insert(target, nonce, sent);
		Self::deposit_event(Event::FeeRefunded {
			target,
			nonce,
			requester: who,
			fee,
		});
		Ok(())
	}

	/// The target acknowledged message `nonce` with hash `hash`: it is delivered, and its fee
	/// goes to `relayer`. Returns whether the acknowledgement matched an awaited message.
	pub(crate) fn note_delivered(
		target: ChainId,
		nonce: u64,
		hash: H256,
		relayer: &T::AccountId,
	) -> Result<bool, DispatchError> {
		let Some(mut sent) = Outbound::<T>::get(target, nonce) else {
			return Ok(false);
		};
		let acknowledgeable = sent.hash == hash
			&& sent.requester.is_some()
			&& !matches!(sent.status, MessageStatus::Delivered { .. });
		if !acknowledgeable {
			return Ok(false);
		}
		let mut fee_paid = Zero::zero();
		if sent.status.holds_fee() && !sent.fee.is_zero() {
			if let Some(requester) = &sent.requester {
				fee_paid = T::Currency::transfer_on_hold(
					&HoldReason::DeliveryFee.into(),
					requester,
					relayer,
					sent.fee,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Polite,
				)
				.map_err(|_| Error::<T>::FeeTransferFailed)?;
			}
		}
		let now = frame_system::Pallet::<T>::block_number();
		sent.status = MessageStatus::Delivered { at: now };
		Outbound::<T>::insert(target, nonce, sent);
		Self::deposit_event(Event::MessageDelivered {
			target,
			nonce,
			relayer: relayer.clone(),
			fee_paid,
		});
		Ok(true)
	}

	/// Commits this block's messages in its digest and keeps their leaves for proofs; forgets
	/// the leaves of the block `CommitmentsToKeep` ago.
	pub(crate) fn commit_block(now: BlockNumberFor<T>) {
		let keep: BlockNumberFor<T> = T::CommitmentsToKeep::get().into();
		if now >= keep {
			Commitments::<T>::remove(now.saturating_sub(keep));
		}
		let leaves = BlockMessages::<T>::take();
		if leaves.is_empty() {
			return;
		}
		let hashes: alloc::vec::Vec<H256> = leaves.iter().map(|(_, _, hash)| *hash).collect();
		let commitment = SettlementCommitment {
			root: commitment_root(&hashes),
			count: u32::try_from(hashes.len()).unwrap_or(u32::MAX),
		};
		frame_system::Pallet::<T>::deposit_log(sp_runtime::DigestItem::Consensus(
			ENGINE_ID,
			commitment.encode(),
		));
		Commitments::<T>::insert(now, leaves);
		Self::deposit_event(Event::MessagesCommitted {
			root: commitment.root,
			count: commitment.count,
		});
	}

	/// Marks the messages whose acknowledgement was due by `now` as failed.
	pub(crate) fn expire_deliveries(now: BlockNumberFor<T>) -> Weight {
		let mut expired = 0u32;
		let budget = Budget::with_stale(
			T::MaxProcessedPerBlock::get(),
			T::MaxMessagesPerBlock::get(),
		);
		let walk = ExpiryQueue::<T>::walk(now, budget, |(target, nonce)| {
			let Some(mut sent) = Outbound::<T>::get(target, nonce) else {
				return Visit::Stale;
			};
			match sent.status.expires_at() {
				Some(due) if due <= now && sent.requester.is_some() => {
					sent.status = MessageStatus::Failed { at: now };
					Outbound::<T>::insert(target, nonce, sent);
					Self::deposit_event(Event::DeliveryFailed { target, nonce });
					expired = expired.saturating_add(1);
					Visit::Processed
				}
				_ => Visit::Stale,
			}
		});
		T::WeightInfo::expire_deliveries(expired)
			.saturating_add(walk.beyond_benchmark(T::DbWeight::get()))
	}

	/// Forgets the settled jobs whose request window closed by `now`.
	pub(crate) fn forget_settled_jobs(now: BlockNumberFor<T>) -> Weight {
		let mut forgotten = 0u32;
		let walk = SettledJobQueue::<T>::walk(
			now,
			Budget::items(T::MaxProcessedPerBlock::get()),
			|job_id| {
				SettledJobs::<T>::remove(job_id);
				forgotten = forgotten.saturating_add(1);
				Visit::Processed
			},
		);
		T::WeightInfo::forget_settled_jobs(forgotten)
			.saturating_add(walk.beyond_benchmark(T::DbWeight::get()))
	}

	pub(crate) fn do_set_route(chain: ChainId, route: Option<Route<T>>) -> DispatchResult {
		ensure!(chain != ChainIdentity::<T>::get(), Error::<T>::SameChain);
		let Some(route) = route else {
			Routes::<T>::remove(chain);
			Self::deposit_event(Event::RouteRemoved { chain });
			return Ok(());
		};
		ensure!(
			!route.adapters.is_empty()
				&& route.rate_limit.window > 0
				&& route.rate_limit.max_messages > 0,
			Error::<T>::InvalidRoute
		);
		for (index, entry) in route.adapters.iter().enumerate() {
			ensure!(
				!route
					.adapters
					.iter()
					.skip(index.saturating_add(1))
					.any(|other| other.adapter == entry.adapter),
				Error::<T>::DuplicateAdapter
			);
			let available = match entry.adapter {
				Adapter::Attested => true,
				Adapter::Grandpa => T::GrandpaAdapter::is_available(),
			};
			ensure!(available, Error::<T>::AdapterUnavailable);
		}
		Routes::<T>::insert(chain, route);
		Self::deposit_event(Event::RouteSet { chain });
		Ok(())
	}
}

impl<T: Config> OnJobSettled<T::AccountId, BalanceOf<T>, T::AssetId> for Pallet<T> {
	fn on_job_settled(job: SettledJob<T::AccountId, BalanceOf<T>, T::AssetId>) {
		let now = frame_system::Pallet::<T>::block_number();
		let until = now.saturating_add(T::RequestWindow::get());
		// The queue holds each job once: a job settles once.
		let Ok(until) = SettledJobQueue::<T>::schedule(until, job.job_id, SETTLED_SPILL) else {
			Self::deposit_event(Event::SettledJobNotRecorded { job_id: job.job_id });
			return;
		};
		let (job_id, client, operator) = (job.job_id, job.client.clone(), job.operator.clone());
		SettledJobs::<T>::insert(
			job.job_id,
			SettledJobRecord {
				service_id: job.service_id,
				client: job.client,
				operator: job.operator,
				receipt_id: job.receipt_id,
				output_hash: job.output_hash,
				units: job.units,
				paid: job.paid,
				asset: job.asset,
				requestable_until: until,
				sent_to: BoundedVec::new(),
			},
		);
		let parties = if client == operator {
			[Some(client), None]
		} else {
			[Some(client), Some(operator)]
		};
		for who in parties.into_iter().flatten() {
			let Some(HeldRule { rule, .. }) = StandingRules::<T>::get(&who) else {
				continue;
			};
			let sent = frame_support::storage::with_storage_layer(|| {
				Self::do_request(
					who.clone(),
					job_id,
					rule.target,
					rule.routing,
					rule.beneficiary,
					rule.max_fee,
				)
			});
			if let Err(error) = sent {
				Self::deposit_event(Event::StandingRuleFailed { who, job_id, error });
			}
		}
	}

	/// Recording the job, and a request for each of its two parties' standing rules.
	fn weight() -> Weight {
		let request = T::WeightInfo::request_settlement().saturating_add(Self::commit_share());
		T::WeightInfo::on_job_settled()
			.saturating_add(request.saturating_mul(2))
			.saturating_add(T::DbWeight::get().reads(2))
	}
}
