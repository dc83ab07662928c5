//! # Settlement pallet
//!
//! Carries the news that a job settled on AITBC to other chains, and records such news from
//! them: a client that paid from another chain gets proof there that its job was delivered and
//! paid; an operator gets its earnings and reputation where it trades.
//!
//! ## Outbound
//! The receipts pallet tells this pallet of every job that settles ([`OnJobSettled`]); the job
//! is *settleable* for `RequestWindow` blocks ([`SettledJobs`]). Within them its client or its
//! operator calls [`Pallet::request_settlement`] with a target chain: the router
//! ([`Routing`]) picks one of the adapters governance allowed on the route to that chain
//! ([`Routes`]) by fee or by latency, the fee (quoted beforehand by the runtime API) is held
//! from the requester, the route's next nonce is assigned ([`OutboundNonces`]) and the message
//! ([`SettlementMessage`]) is stored with its status ([`Outbound`]). At the end of the block all
//! messages the block sent are committed as one keccak Merkle root in the header digest
//! ([`SettlementCommitment`]), so any relayer can prove a message with the finality of its
//! block; the leaves are kept for `CommitmentsToKeep` blocks ([`Commitments`]) for the runtime
//! API's proofs.
//!
//! The target answers each message it accepts with an acknowledgement; when that comes back
//! the message is *delivered* and its fee goes to the relayer that brought the acknowledgement.
//! A message not acknowledged within `DeliveryTimeout` blocks *fails*; anyone may then commit it
//! again in a fresh block ([`Pallet::retry`], at most `MaxAttempts` commits in all), or its
//! requester takes the fee back ([`Pallet::refund`]). A rate limit per route bounds how many
//! messages go each way, and the fee rises with the share of the route's window already used
//! (up to twice the adapter's fee), so crowding a route out costs the crowd.
//!
//! Records do not pile up: each message sent or received forgets the two oldest records of
//! its route that have been final for `RecordRetention` blocks ([`OutboundPruned`],
//! [`InboundPruned`]); a failed message whose requester never took its fee back is refunded as
//! its record goes. Nonces are kept, so replays stay refused. A standing rule holds
//! `StandingRuleDeposit` while it exists.
//!
//! ## Inbound
//! [`Pallet::receive`] accepts a message from another chain only through an adapter the route
//! of that chain allows and only if the adapter proves it ([`BridgeAdapter`]): the attested
//! adapter ([`attested`]) with M-of-N signatures of the chain's committee ([`Committees`],
//! set and rotated by governance), or a light client of the chain's GRANDPA finality
//! (`Config::GrandpaAdapter`) of the chain [`LightClientChain`] names. Messages from a chain are accepted in nonce order, each once
//! ([`InboundNonces`]); a message for another chain is refused. What arrived is kept in
//! [`Inbound`].
//!
//! ## Statuses
//! An outbound message is `Sent` (pending until its block is finalized, which the CLI shows),
//! `Retried`, `Delivered`, `Failed` or `Refunded` ([`MessageStatus`]).
//!
//! ## Invariants ([`Pallet::do_try_state`])
//! The fees held from each requester equal the fees of its messages that still hold one;
//! every awaited message is in the expiry queue; nonces cover every stored message; commitments
//! are within `CommitmentsToKeep`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod attested;
mod inbound;
#[cfg(any(feature = "try-runtime", feature = "invariants", test))]
mod invariants;
mod outbound;
pub mod runtime_api;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use aitbc_primitives::settlement::{
	Adapter, BridgeAdapter, ChainId, MessageKind, OnJobSettled, SettledJob, SettlementCommitment,
	SettlementMessage,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use aitbc_primitives::JobId;
use frame_system::pallet_prelude::BlockNumberFor;

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Makes the light client adapter trust a state holding `message` as sent from
	/// `message.source`, and returns a proof of it of about `size` bytes (at least the smallest
	/// such proof).
	fn light_client_proof(message: &SettlementMessage, size: u32) -> alloc::vec::Vec<u8>;
}

/// The balance of `Config::Currency`.
pub type BalanceOf<T> = <T as Config>::Balance;

/// Settled jobs by the block their request window closes: [`SettledJobPrunes`] and
/// [`SettledJobPruneCursor`].
pub type SettledJobQueue<T> = aitbc_primitives::block_queue::BlockQueue<
	SettledJobPrunes<T>,
	SettledJobPruneCursor<T>,
	BlockNumberFor<T>,
	JobId,
	<T as Config>::MaxSettledPerBlock,
>;

/// Awaited messages by the block their acknowledgement is due: [`DeliveryExpiries`] and
/// [`DeliveryExpiryCursor`].
pub type ExpiryQueue<T> = aitbc_primitives::block_queue::BlockQueue<
	DeliveryExpiries<T>,
	DeliveryExpiryCursor<T>,
	BlockNumberFor<T>,
	MessageKey,
	<T as Config>::MaxMessagesPerBlock,
>;

/// Settlement messages to and from other chains: requests with fees, per-block keccak
/// commitments in the header digest, acknowledgements, retries and refunds, and inbound messages
/// proven by a bridge adapter (an attester committee or a light client), in nonce order.
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, tokens::Balance as BalanceTrait},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The layout of this pallet's storage.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		type Balance: BalanceTrait;

		/// AIT: delivery fees are held from requesters and paid to relayers.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Self::Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The id of an asset a job may be paid in (named in the message's token word).
		type AssetId: Parameter + Member + MaxEncodedLen + Copy;

		/// The light client adapter: proves messages by the source chain's GRANDPA finality.
		/// `()` where the runtime has none; then no route may use it.
		type GrandpaAdapter: BridgeAdapter;

		/// Sets routes and committees (council or root).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most adapters one route may allow.
		#[pallet::constant]
		type MaxRouteAdapters: Get<u32>;

		/// The most chains a message about one job may go to.
		#[pallet::constant]
		type MaxTargetsPerJob: Get<u32>;

		/// The most messages one block may commit (requests, retries and acknowledgements).
		#[pallet::constant]
		type MaxMessagesPerBlock: Get<u32>;

		/// The longest proof [`Pallet::receive`] takes, in bytes.
		#[pallet::constant]
		type MaxProofLen: Get<u32>;

		/// The blocks a message's acknowledgement is awaited before it fails.
		#[pallet::constant]
		type DeliveryTimeout: Get<BlockNumberFor<Self>>;

		/// The most times a message may be committed, the first included.
		#[pallet::constant]
		type MaxAttempts: Get<u32>;

		/// The blocks after a job settles during which a message about it may be requested.
		#[pallet::constant]
		type RequestWindow: Get<BlockNumberFor<Self>>;

		/// The most settled jobs whose request window closes in one block: the capacity of a
		/// block's bucket in [`SettledJobPrunes`] (a job that finds every bucket it may spill
		/// to full is not settleable).
		#[pallet::constant]
		type MaxSettledPerBlock: Get<u32>;

		/// The blocks whose commitment leaves are kept for proofs.
		#[pallet::constant]
		type CommitmentsToKeep: Get<u32>;

		/// The most records the hook forgets or expires in one block, each queue.
		#[pallet::constant]
		type MaxProcessedPerBlock: Get<u32>;

		/// The blocks a message's record is kept after it is final (delivered, refunded, an
		/// acknowledgement sent, or accepted from another chain). A failed message whose fee its
		/// requester has not taken back within them is refunded when its record goes.
		#[pallet::constant]
		type RecordRetention: Get<BlockNumberFor<Self>>;

		/// Held from an account while it has a standing rule: the rule is a storage item of its
		/// own, paid for like one.
		#[pallet::constant]
		type StandingRuleDeposit: Get<BalanceOf<Self>>;

		type WeightInfo: WeightInfo;

		/// Makes proofs the light client adapter accepts, for its benchmark.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A delivery fee, until the target acknowledges the message or the requester takes it
		/// back.
		#[codec(index = 0)]
		DeliveryFee,
		/// The deposit of a standing rule, until the account clears it.
		#[codec(index = 1)]
		StandingRuleDeposit,
	}

	/// This chain's id: messages for another chain are refused, and messages from here name it.
	#[pallet::storage]
	pub type ChainIdentity<T> = StorageValue<_, ChainId, ValueQuery>;

	/// The chain whose GRANDPA finality the light client adapter follows (one per runtime: the
	/// bridge pallet instance tracks one chain's headers).
	#[pallet::storage]
	pub type LightClientChain<T> = StorageValue<_, ChainId, OptionQuery>;

	/// The chains messages go to and come from, with the adapters allowed and the rate limit.
	#[pallet::storage]
	pub type Routes<T: Config> = StorageMap<_, Twox64Concat, ChainId, Route<T>, OptionQuery>;

	/// The attested adapter's committee for each chain.
	#[pallet::storage]
	pub type Committees<T> = StorageMap<_, Twox64Concat, ChainId, Committee, OptionQuery>;

	/// Accounts' standing rules: every job an account is the client or operator of is sent, as
	/// it settles, where the rule says (at the account's expense).
	#[pallet::storage]
	pub type StandingRules<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, HeldRule<BalanceOf<T>>, OptionQuery>;

	/// Jobs that settled here recently, for which a message may still be requested.
	#[pallet::storage]
	pub type SettledJobs<T: Config> =
		StorageMap<_, Twox64Concat, JobId, SettledJobRecord<T>, OptionQuery>;

	/// The buckets of [`SettledJobQueue`]: the jobs whose request window closes at the key block.
	#[pallet::storage]
	pub type SettledJobPrunes<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxSettledPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`SettledJobQueue`].
	#[pallet::storage]
	pub type SettledJobPruneCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The last nonce sent to each chain.
	#[pallet::storage]
	pub type OutboundNonces<T> = StorageMap<_, Twox64Concat, ChainId, u64, ValueQuery>;

	/// The messages sent, by target chain and nonce, with their status.
	#[pallet::storage]
	pub type Outbound<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ChainId,
		Twox64Concat,
		u64,
		OutboundMessage<T>,
		OptionQuery,
	>;

	/// The messages committed in this block so far: target, nonce and hash, in order. Emptied
	/// into the digest and [`Commitments`] at the end of the block.
	#[pallet::storage]
	pub type BlockMessages<T: Config> =
		StorageValue<_, BoundedVec<(ChainId, u64, H256), T::MaxMessagesPerBlock>, ValueQuery>;

	/// The leaves of each recent block's commitment, for the runtime API's proofs.
	#[pallet::storage]
	pub type Commitments<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(ChainId, u64, H256), T::MaxMessagesPerBlock>,
		OptionQuery,
	>;

	/// The buckets of [`ExpiryQueue`]: the messages whose acknowledgement is due at the key
	/// block.
	#[pallet::storage]
	pub type DeliveryExpiries<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<MessageKey, T::MaxMessagesPerBlock>,
		ValueQuery,
	>;

	/// The cursor of [`ExpiryQueue`].
	#[pallet::storage]
	pub type DeliveryExpiryCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Messages sent to each chain in its current rate-limit window.
	#[pallet::storage]
	pub type OutboundUsage<T: Config> =
		StorageMap<_, Twox64Concat, ChainId, WindowUsage<BlockNumberFor<T>>, ValueQuery>;

	/// The last nonce accepted from each chain.
	#[pallet::storage]
	pub type InboundNonces<T> = StorageMap<_, Twox64Concat, ChainId, u64, ValueQuery>;

	/// The last nonce to each chain whose record is gone ([`Config::RecordRetention`]): every
	/// message to it up to this nonce is final.
	#[pallet::storage]
	pub type OutboundPruned<T> = StorageMap<_, Twox64Concat, ChainId, u64, ValueQuery>;

	/// The last nonce from each chain whose record is gone ([`Config::RecordRetention`]).
	#[pallet::storage]
	pub type InboundPruned<T> = StorageMap<_, Twox64Concat, ChainId, u64, ValueQuery>;

	/// The messages that arrived, by source chain and nonce.
	#[pallet::storage]
	pub type Inbound<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ChainId,
		Twox64Concat,
		u64,
		InboundMessage<T::AccountId, BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Messages accepted from each chain in its current rate-limit window.
	#[pallet::storage]
	pub type InboundUsage<T: Config> =
		StorageMap<_, Twox64Concat, ChainId, WindowUsage<BlockNumberFor<T>>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A settlement message was requested and committed in this block.
		SettlementRequested {
			/// The settled job the message is about.
			job_id: JobId,
			/// The chain it goes to.
			target: ChainId,
			/// Its nonce on the route to `target`.
			nonce: u64,
			/// The adapter the router picked.
			adapter: Adapter,
			/// The fee held from `requester` until the target acknowledges the message.
			fee: BalanceOf<T>,
			/// The job's client or operator, who asked.
			requester: T::AccountId,
			/// The message hash: what attesters sign and the block's commitment holds.
			hash: H256,
		},
		/// The block's messages were committed in its digest.
		MessagesCommitted {
			/// The keccak Merkle root of the block's message hashes.
			root: H256,
			/// How many messages it commits.
			count: u32,
		},
		/// A failed message was committed again.
		MessageRetried {
			/// The chain it goes to.
			target: ChainId,
			/// Its nonce on that route.
			nonce: u64,
			/// How many times it has now been committed.
			attempt: u32,
		},
		/// A message was not acknowledged in time.
		DeliveryFailed {
			/// The chain it went to.
			target: ChainId,
			/// Its nonce on that route.
			nonce: u64,
		},
		/// A failed message's fee went back to its requester (who asked, or whose record
		/// reached the end of its retention).
		FeeRefunded {
			/// The chain it went to.
			target: ChainId,
			/// Its nonce on that route.
			nonce: u64,
			/// Who asked for it and now has the fee back.
			requester: T::AccountId,
			/// The fee released.
			fee: BalanceOf<T>,
		},
		/// The target acknowledged a message.
		MessageDelivered {
			/// The chain it went to.
			target: ChainId,
			/// Its nonce on that route.
			nonce: u64,
			/// Who brought the acknowledgement back.
			relayer: T::AccountId,
			/// The fee paid to `relayer` (nothing if it was refunded before).
			fee_paid: BalanceOf<T>,
		},
		/// A message from another chain was proven and accepted.
		MessageReceived {
			/// The chain that sent it.
			source: ChainId,
			/// Its nonce on the route from `source`.
			nonce: u64,
			/// A settled job, or an acknowledgement of a message sent from here.
			kind: MessageKind,
			/// The job on `source` (for an acknowledgement, the nonce it acknowledges).
			job_id: JobId,
			/// The message hash.
			hash: H256,
			/// The adapter that proved it.
			adapter: Adapter,
		},
		/// An acknowledgement arrived for a message that was already delivered, or that this
		/// chain never sent with that hash; it was recorded and did nothing else.
		AcknowledgementIgnored {
			/// The chain that sent the acknowledgement.
			source: ChainId,
			/// The acknowledgement's nonce on the route from `source`.
			nonce: u64,
		},
		/// A settled job could not be made settleable: every bucket it may wait in was full.
		SettledJobNotRecorded {
			/// The job, which settled normally.
			job_id: JobId,
		},
		/// Governance set the route to a chain.
		RouteSet {
			/// The chain.
			chain: ChainId,
		},
		/// Governance removed the route to a chain.
		RouteRemoved {
			/// The chain.
			chain: ChainId,
		},
		/// Governance set (or rotated) the attester committee of a chain.
		CommitteeSet {
			/// The chain whose messages the committee attests.
			chain: ChainId,
			/// Counts the committees set for the chain.
			set_id: u32,
			/// How many members it has.
			members: u32,
			/// How many of them must sign a message.
			threshold: u32,
		},
		/// Governance pointed the light client adapter at a chain (or at none).
		LightClientChainSet {
			/// The chain whose finalized headers the light client now follows.
			chain: Option<ChainId>,
		},
		/// Governance removed the attester committee of a chain.
		CommitteeRemoved {
			/// The chain.
			chain: ChainId,
		},
		/// An account set or cleared its standing rule.
		StandingRuleSet {
			/// The account.
			who: T::AccountId,
			/// The rule, or `None` if cleared.
			rule: Option<StandingRule<BalanceOf<T>>>,
		},
		/// A job settled but an account's standing rule could not send it (the request's
		/// error); the account may still request it by hand within the window.
		StandingRuleFailed {
			/// The account whose rule it was.
			who: T::AccountId,
			/// The job.
			job_id: JobId,
			/// Why the request failed.
			error: DispatchError,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The job did not settle here, or its request window closed.
		NotSettleable,
		/// Only the job's client or operator may ask for a message about it.
		NotJobParty,
		/// A message about this job already went to that chain.
		AlreadySentThere,
		/// Messages about this job already went to `MaxTargetsPerJob` chains.
		TooManyTargets,
		/// No route to or from that chain.
		UnknownRoute,
		/// A route to this chain itself.
		SameChain,
		/// The route does not allow that adapter.
		AdapterNotOnRoute,
		/// The adapter's fee is above the most the requester would pay.
		FeeAboveMax,
		/// The route's rate limit is reached for this window; try in a later block.
		RateLimited,
		/// This block committed `MaxMessagesPerBlock` messages already; try in the next block.
		BlockFull,
		/// The route's nonces are exhausted.
		NonceOverflow,
		/// No such message.
		UnknownMessage,
		/// Only a failed message may be retried or refunded.
		NotFailed,
		/// The message was committed `MaxAttempts` times already.
		NoAttemptsLeft,
		/// Only the requester may take a fee back.
		NotRequester,
		/// The message is for another chain.
		WrongTargetChain,
		/// The message claims to come from a chain other than the one it was proven for.
		WrongSourceChain,
		/// A message with this nonce from that chain was accepted already.
		Replay,
		/// Messages from a chain are accepted in nonce order; an earlier one is missing.
		OutOfOrder,
		/// The adapter is not available in this runtime.
		AdapterUnavailable,
		/// The proof does not decode as the adapter's proof.
		MalformedProof,
		/// The adapter knows no committee or light client for the source chain.
		UnknownSource,
		/// A signature does not recover to a committee member, or the proof does not check.
		InvalidProof,
		/// The same attester signed twice.
		DuplicateAttestation,
		/// Fewer committee members signed than the committee's threshold.
		TooFewAttestations,
		/// The header the proof names is not finalized by the light client.
		HeaderNotFinalized,
		/// The finalized header does not commit to this message.
		NotCommitted,
		/// A route needs at least one adapter and a non-zero rate limit.
		InvalidRoute,
		/// A route may allow each adapter once.
		DuplicateAdapter,
		/// A committee needs members, no one twice, and a threshold between one and their
		/// number.
		InvalidCommittee,
		/// The expiry queue of the block the acknowledgement is due in is full.
		ExpiryQueueFull,
		/// A fee or deposit could not be held, paid or released.
		FeeTransferFailed,
		/// The account has no standing rule to clear.
		NoStandingRule,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// This chain's id.
		pub chain_id: ChainId,
		/// The chain the light client adapter follows, if any.
		pub light_client_chain: Option<ChainId>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			ChainIdentity::<T>::put(self.chain_id);
			if let Some(chain) = self.light_client_chain {
				assert!(chain != self.chain_id, "a light client of the chain itself");
				LightClientChain::<T>::put(chain);
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::expire_deliveries(now)
				.saturating_add(Self::forget_settled_jobs(now))
				// The commitment `on_finalize` makes: its fixed part; each message's share is in
				// the weight of the call that sent it.
				.saturating_add(T::WeightInfo::commit_messages(0))
		}

		fn on_finalize(now: BlockNumberFor<T>) {
			Self::commit_block(now);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(
				T::MaxMessagesPerBlock::get() > 0,
				"a block must be able to send a message"
			);
			assert!(
				T::MaxAttempts::get() > 0,
				"a message must be sent at least once"
			);
			assert!(
				T::MaxProcessedPerBlock::get() > 0,
				"the hooks must make progress"
			);
			assert!(T::MaxRouteAdapters::get() > 0, "a route needs an adapter");
			assert!(
				T::MaxTargetsPerJob::get() > 0,
				"a job must be able to go somewhere"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Ask for a message that job `job_id` settled to go to chain `target`, through the
		/// adapter `routing` picks, for at most `max_fee`. The signer must be the job's client
		/// or operator, within `RequestWindow` blocks of the settlement, once per chain.
		/// `beneficiary` names whom the message is for on the target.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::request_settlement().saturating_add(Pallet::<T>::commit_share()))]
		pub fn request_settlement(
			origin: OriginFor<T>,
			job_id: JobId,
			target: ChainId,
			routing: Routing,
			beneficiary: H256,
			max_fee: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request(who, job_id, target, routing, beneficiary, max_fee)
		}

		/// Commit a failed message again, in this block, so a relayer can prove it afresh.
		/// Anyone may; at most `MaxAttempts` commits in all.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::retry().saturating_add(Pallet::<T>::commit_share()))]
		pub fn retry(origin: OriginFor<T>, target: ChainId, nonce: u64) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_retry(target, nonce)
		}

		/// Take back the fee of a failed message. Its requester only.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::refund())]
		pub fn refund(origin: OriginFor<T>, target: ChainId, nonce: u64) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_refund(who, target, nonce)
		}

		/// Deliver `message` from another chain with `proof`, the `adapter`'s proof that the
		/// source chain sent it. Anyone may relay.
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::receive_weight(*adapter, proof.len()))]
		pub fn receive(
			origin: OriginFor<T>,
			message: SettlementMessage,
			adapter: Adapter,
			proof: BoundedVec<u8, T::MaxProofLen>,
		) -> DispatchResult {
			let relayer = ensure_signed(origin)?;
			Self::do_receive(relayer, message, adapter, &proof)
		}

		/// Set the route to and from `chain`, or remove it with `None`. Messages already sent
		/// keep their adapter and fee.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_route())]
		pub fn set_route(
			origin: OriginFor<T>,
			chain: ChainId,
			route: Option<Route<T>>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_route(chain, route)
		}

		/// Set the attested adapter's committee for `chain` (EVM addresses of its secp256k1
		/// keys and how many must sign), which rotates any committee before it; or remove it
		/// with no members.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_committee())]
		pub fn set_committee(
			origin: OriginFor<T>,
			chain: ChainId,
			members: BoundedVec<[u8; 20], aitbc_primitives::settlement::MaxAttesters>,
			threshold: u32,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_committee(chain, members, threshold)
		}

		/// Send every job the signer is the client or operator of, as it settles, to
		/// `rule.target` (at the signer's expense, within `rule.max_fee`); or stop with `None`.
		/// A first rule holds `StandingRuleDeposit`, released when the rule is cleared.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_standing_rule())]
		pub fn set_standing_rule(
			origin: OriginFor<T>,
			rule: Option<StandingRule<BalanceOf<T>>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_standing_rule(who, rule)
		}

		/// Name the chain whose finality the light client adapter follows (the chain the
		/// runtime's GRANDPA bridge pallet was initialized with), or none. Governance only.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_light_client_chain())]
		pub fn set_light_client_chain(
			origin: OriginFor<T>,
			chain: Option<ChainId>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			if let Some(chain) = chain {
				ensure!(chain != ChainIdentity::<T>::get(), Error::<T>::SameChain);
			}
			LightClientChain::<T>::set(chain);
			Self::deposit_event(Event::LightClientChainSet { chain });
			Ok(())
		}
	}
}
