//! The fuzzer's chain: real blocks and real transactions on the runtime of the development preset.
//!
//! A block is built as a block author builds it: `Executive::initialize_block` with an Aura slot
//! digest (every pallet's `on_initialize`), the timestamp inherent, the transactions, then
//! `Executive::finalize_block` (`on_idle`, every `on_finalize`, the storage root). A signed call
//! is a signed extrinsic of a funded keyring account, applied with `Executive::apply_extrinsic`
//! inside a storage transaction that is rolled back if the extrinsic is invalid (as the block
//! builder does): signature, nonce, weight and the transaction fee are checked and charged. Root
//! calls go through `Sudo::sudo`, signed by Alice (the preset's sudo key); calls of the council's
//! origin are dispatched with `pallet_collective::RawOrigin::Members(2, 3)` (two of the preset's
//! three members), like a passed motion, and motions themselves are proposed, voted and closed
//! by the members with signed extrinsics.
//!
//! Every step (a transaction, or a block's hooks) is audited by `issuance::audit`; after every
//! block every AITBC pallet's `try_state`, the cross-pallet supply check of `common` and (with
//! `try-runtime`) every other pallet's `try_state` run, and the accounts must hold exactly the
//! total issuance.

#![allow(dead_code)]

use crate::issuance::{self, Books};
use aitbc_runtime::{
	AccountId, Executive, Header, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, SignedPayload,
	System, TxExtension, UncheckedExtrinsic, SLOT_DURATION,
};
use codec::Encode;
use frame_support::traits::GetCallMetadata;
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem, Era},
	traits::{Dispatchable, Hash, Header as _},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError, MultiAddress, MultiSignature,
};
use std::{
	collections::BTreeMap,
	panic::{catch_unwind, AssertUnwindSafe},
	sync::OnceLock,
	time::{Duration, Instant},
};

/// The accounts that sign: the development preset endows each with a million AIT. Alice, Bob
/// and Charlie sit on the council; Alice is the sudo key.
pub const KEYS: [Sr25519Keyring; 10] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::AliceStash,
	Sr25519Keyring::BobStash,
	Sr25519Keyring::CharlieStash,
	Sr25519Keyring::DaveStash,
];

/// The keyring's key pairs, derived once: deriving one from its phrase takes milliseconds.
fn keyring() -> &'static [(sp_core::sr25519::Pair, AccountId)] {
	static KEYRING: OnceLock<Vec<(sp_core::sr25519::Pair, AccountId)>> = OnceLock::new();
	KEYRING.get_or_init(|| KEYS.iter().map(|k| (k.pair(), k.to_account_id())).collect())
}

pub fn account(index: usize) -> AccountId {
	keyring()[index % KEYS.len()].1.clone()
}

/// The key pair of `KEYS[index]`.
pub fn pair(index: usize) -> &'static sp_core::sr25519::Pair {
	&keyring()[index % KEYS.len()].0
}

pub fn index_of(who: &AccountId) -> Option<usize> {
	keyring().iter().position(|(_, account)| account == who)
}

/// Who sends a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
	/// A signed extrinsic of `KEYS[i]`.
	Signed(usize),
	/// `Sudo::sudo`, signed by Alice.
	Sudo,
	/// The council's origin: two of its three members.
	Council,
	/// Root, dispatched directly (for replays that need no fee).
	Root,
}

/// One call of the fuzzer.
#[derive(Clone, Debug)]
pub struct Step {
	pub who: Who,
	pub call: RuntimeCall,
}

/// What a step did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
	Ok,
	/// Dispatched, and failed (the fee is still paid).
	Failed(String),
	/// Not included: the transaction was invalid (its fee, its nonce, the block's weight).
	Invalid(String),
}

/// A panic or an invariant break: the run stops there.
#[derive(Clone, Debug)]
pub struct Crash {
	pub kind: &'static str,
	pub message: String,
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
	if let Some(s) = payload.downcast_ref::<&str>() {
		(*s).to_string()
	} else if let Some(s) = payload.downcast_ref::<String>() {
		s.clone()
	} else {
		"(a panic without a message)".to_string()
	}
}

pub fn error_name(error: &DispatchError) -> String {
	match error {
		DispatchError::Module(module) => match module.message {
			Some(message) => message.to_string(),
			// An error read back from an event (sudo's) has lost its name: find it again.
			None => match aitbc_runtime::RuntimeError::from_dispatch_error(*error) {
				Some(error) => {
					let name = format!("{error:?}");
					// `Pallet(Error)` → `Error`
					name.split_once('(')
						.map(|(_, inner)| inner.trim_end_matches(')').to_string())
						.unwrap_or(name)
				}
				None => format!("{module:?}"),
			},
		},
		other => format!("{other:?}"),
	}
}

fn invalid_name(error: &TransactionValidityError) -> String {
	match error {
		TransactionValidityError::Invalid(InvalidTransaction::Custom(c)) => format!("Custom({c})"),
		TransactionValidityError::Invalid(invalid) => format!("{invalid:?}"),
		TransactionValidityError::Unknown(unknown) => format!("{unknown:?}"),
	}
}

/// `Pallet::call` of a call (with the privacy level of a receipt).
pub fn call_name(call: &RuntimeCall) -> String {
	let meta = call.get_call_metadata();
	let level = match call {
		RuntimeCall::Receipts(pallet_receipts::Call::submit_receipt { privacy, .. }) => {
			match privacy {
				pallet_receipts::PrivacyLevel::Public => "",
				pallet_receipts::PrivacyLevel::Basic(_) => " (basic)",
				pallet_receipts::PrivacyLevel::Enhanced(_) => " (enhanced)",
			}
		}
		_ => "",
	};
	format!("{}::{}{level}", meta.pallet_name, meta.function_name)
}

/// The extrinsic `KEYS[who]` signs for `call`, with its next nonce and no tip.
pub fn sign(who: usize, call: RuntimeCall) -> UncheckedExtrinsic {
	let account = account(who);
	let nonce = System::account_nonce(&account);
	let extension: TxExtension = (
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	let payload = SignedPayload::new(call.clone(), extension.clone())
		.expect("the implicit data of the extensions is available");
	let signature = payload.using_encoded(|bytes| pair(who).sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(account),
		MultiSignature::from(signature),
		extension,
	)
}

/// Apply `xt` as the block builder does: kept if valid, rolled back if not.
fn apply_extrinsic(xt: UncheckedExtrinsic) -> Outcome {
	sp_io::storage::start_transaction();
	match Executive::apply_extrinsic(xt) {
		Ok(result) => {
			sp_io::storage::commit_transaction();
			match result {
				Ok(()) => Outcome::Ok,
				Err(error) => Outcome::Failed(error_name(&error)),
			}
		}
		Err(invalid) => {
			sp_io::storage::rollback_transaction();
			Outcome::Invalid(invalid_name(&invalid))
		}
	}
}

pub fn council_origin() -> RuntimeOrigin {
	use aitbc_runtime::configs::governance::CouncilCollective;
	pallet_collective::RawOrigin::<AccountId, CouncilCollective>::Members(2, 3).into()
}

fn dispatch(step: &Step) -> Outcome {
	let direct = |origin: RuntimeOrigin| match step.call.clone().dispatch(origin) {
		Ok(_) => Outcome::Ok,
		Err(error) => Outcome::Failed(error_name(&error.error)),
	};
	match &step.who {
		Who::Signed(index) => apply_extrinsic(sign(*index, step.call.clone())),
		Who::Council => direct(council_origin()),
		Who::Root => direct(RuntimeOrigin::root()),
		Who::Sudo => {
			let from = System::event_count() as usize;
			let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
				call: Box::new(step.call.clone()),
			});
			// Alice, `KEYS[0]`, is the sudo key.
			match apply_extrinsic(sign(0, sudo)) {
				Outcome::Ok => System::read_events_no_consensus()
					.skip(from)
					.find_map(|record| match record.event {
						RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => {
							Some(match sudo_result {
								Ok(()) => Outcome::Ok,
								Err(error) => Outcome::Failed(error_name(&error)),
							})
						}
						_ => None,
					})
					.unwrap_or_else(|| Outcome::Failed("no Sudid event".into())),
				other => other,
			}
		}
	}
}

/// How often each call came out each way.
#[derive(Default, Clone, Debug)]
pub struct CallStats {
	pub ok: u64,
	pub failed: u64,
	pub invalid: u64,
	pub errors: BTreeMap<String, u64>,
}

/// Where the time of a run went.
#[derive(Default, Clone, Debug)]
pub struct Timing {
	/// Generating calls (the generator reads the state).
	pub generate: Duration,
	/// Signing and applying extrinsics, with their supply audit.
	pub apply: Duration,
	/// Opening and closing blocks (hooks, inherent, storage root), with their audit.
	pub blocks: Duration,
	/// The invariants after each block.
	pub checks: Duration,
	/// Committing the state's changes.
	pub commits: Duration,
	/// The invariants, per check.
	pub per_check: BTreeMap<&'static str, Duration>,
}

impl Timing {
	pub fn add(&mut self, other: &Timing) {
		self.generate += other.generate;
		self.apply += other.apply;
		self.blocks += other.blocks;
		self.checks += other.checks;
		self.commits += other.commits;
		for (name, time) in &other.per_check {
			*self.per_check.entry(name).or_default() += *time;
		}
	}
}

impl CallStats {
	pub fn add(&mut self, other: &CallStats) {
		self.ok += other.ok;
		self.failed += other.failed;
		self.invalid += other.invalid;
		for (error, count) in &other.errors {
			*self.errors.entry(error.clone()).or_default() += count;
		}
	}
}

/// The chain under test and what happened to it.
pub struct Chain {
	pub timing: Timing,
	pub ext: sp_io::TestExternalities,
	pub books: Books,
	pub stats: BTreeMap<String, CallStats>,
	pub calls: u64,
	pub blocks: u64,
	/// The last extrinsic did not fit in the block: the block is full.
	pub full: bool,
	parent: H256,
	/// Whether a block is open (initialized, not finalized).
	open: bool,
	/// The invariants run after every `check_every`-th block (1: after every block).
	pub check_every: u64,
}

impl Chain {
	/// The development preset's chain, at block 1.
	pub fn new() -> Self {
		let mut ext = crate::common::new_chain();
		let mut books = Books::default();
		ext.execute_with(|| {
			books.issuance_at_start = aitbc_runtime::Balances::total_issuance();
		});
		Chain {
			timing: Timing::default(),
			ext,
			books,
			stats: BTreeMap::new(),
			calls: 0,
			blocks: 0,
			full: false,
			parent: H256::repeat_byte(1),
			open: false,
			check_every: 1,
		}
	}

	/// Run `f` on the chain's state. Between calls the state's changes are committed, so the
	/// storage root of a block is computed over the changes since then only.
	pub fn with<R>(&mut self, f: impl FnOnce(&mut ChainState) -> R) -> R {
		let Chain {
			timing,
			ext,
			books,
			stats,
			calls,
			blocks,
			full,
			parent,
			open,
			check_every,
		} = self;
		let result = ext.execute_with(|| {
			let mut state = ChainState {
				timing: &mut *timing,
				books,
				stats,
				calls,
				blocks,
				full,
				parent,
				open,
				check_every: *check_every,
			};
			f(&mut state)
		});
		// A crash may leave storage transactions open; the run stops then anyway.
		let started = Instant::now();
		let _ = ext.commit_all();
		timing.commits += started.elapsed();
		result
	}
}

/// The chain's bookkeeping, borrowed while its state is open.
pub struct ChainState<'a> {
	pub timing: &'a mut Timing,
	pub books: &'a mut Books,
	pub stats: &'a mut BTreeMap<String, CallStats>,
	pub calls: &'a mut u64,
	pub blocks: &'a mut u64,
	pub full: &'a mut bool,
	parent: &'a mut H256,
	open: &'a mut bool,
	check_every: u64,
}

impl ChainState<'_> {
	/// Open the next block: its hooks, then the timestamp inherent.
	pub fn start_block(&mut self) -> Result<(), Crash> {
		assert!(!*self.open, "a block is open");
		let number = System::block_number() + 1;
		let slot = u64::from(number);
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(
				sp_consensus_aura::AURA_ENGINE_ID,
				sp_consensus_aura::Slot::from(slot).encode(),
			)],
		};
		let header = Header::new(number, H256::zero(), H256::zero(), *self.parent, digest);
		let mark = issuance::mark_at(0);
		let clock = Instant::now();
		let started = catch_unwind(AssertUnwindSafe(|| {
			Executive::initialize_block(&header);
			let now = slot * SLOT_DURATION;
			let timestamp =
				UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
					now,
				}));
			Executive::apply_extrinsic(timestamp)
				.expect("the timestamp inherent is valid")
				.expect("the timestamp inherent applies");
		}));
		if let Err(payload) = started {
			return Err(Crash {
				kind: "panic",
				message: format!("initializing block {number}: {}", panic_message(payload)),
			});
		}
		*self.open = true;
		*self.full = false;
		let audited = issuance::audit(&mark, None, self.books).map_err(|message| Crash {
			kind: "invariant",
			message: format!("on_initialize of block {number}: {message}"),
		});
		self.timing.blocks += clock.elapsed();
		audited
	}

	/// Close the open block and (unless `quick`, or not due) check every invariant.
	pub fn end_block(&mut self, quick: bool) -> Result<(), Crash> {
		assert!(*self.open, "no block is open");
		let number = System::block_number();
		let mark = issuance::mark();
		let clock = Instant::now();
		let header =
			catch_unwind(AssertUnwindSafe(Executive::finalize_block)).map_err(|p| Crash {
				kind: "panic",
				message: format!("finalizing block {number}: {}", panic_message(p)),
			})?;
		*self.open = false;
		*self.parent = header.hash();
		*self.blocks += 1;
		issuance::audit(&mark, None, self.books).map_err(|message| Crash {
			kind: "invariant",
			message: format!("on_finalize of block {number}: {message}"),
		})?;
		self.timing.blocks += clock.elapsed();
		if !quick && u64::from(number) % self.check_every.max(1) == 0 {
			let clock = Instant::now();
			let checked = check_all(&mut self.timing.per_check).map_err(|message| Crash {
				kind: "invariant",
				message: format!("after block {number}: {message}"),
			});
			self.timing.checks += clock.elapsed();
			checked?;
		}
		Ok(())
	}

	/// Run `count` blocks without transactions (a jump in time), checking the invariants only
	/// after the last one.
	pub fn skip_blocks(&mut self, count: u32) -> Result<(), Crash> {
		for i in 0..count {
			self.start_block()?;
			self.end_block(i + 1 < count)?;
		}
		Ok(())
	}

	/// Apply one step in the open block, audit its supply, and count it.
	pub fn apply(&mut self, step: &Step) -> Result<Outcome, Crash> {
		assert!(*self.open, "no block is open");
		let clock = Instant::now();
		let mark = issuance::mark();
		let outcome = catch_unwind(AssertUnwindSafe(|| dispatch(step))).map_err(|p| Crash {
			kind: "panic",
			message: panic_message(p),
		})?;
		*self.calls += 1;
		if outcome == Outcome::Invalid("ExhaustsResources".into()) {
			*self.full = true;
		}
		let stats = self.stats.entry(call_name(&step.call)).or_default();
		match &outcome {
			Outcome::Ok => stats.ok += 1,
			Outcome::Failed(error) => {
				stats.failed += 1;
				*stats.errors.entry(error.clone()).or_default() += 1;
			}
			Outcome::Invalid(error) => {
				stats.invalid += 1;
				*stats.errors.entry(format!("invalid: {error}")).or_default() += 1;
			}
		}
		let audited = issuance::audit(&mark, Some(&step.call), self.books);
		self.timing.apply += clock.elapsed();
		audited.map_err(|message| Crash {
			kind: "invariant",
			message,
		})?;
		Ok(outcome)
	}

	pub fn is_open(&self) -> bool {
		*self.open
	}
}

/// Every invariant: each AITBC pallet's `try_state` and the cross-pallet supply check of
/// `common`, with `try-runtime` every other pallet's `try_state` too, and the accounts against
/// the issuance. Adds the time each took to `timing`.
pub fn check_all(timing: &mut BTreeMap<&'static str, Duration>) -> Result<(), String> {
	type Check = fn() -> Result<(), String>;
	fn pallet(result: Result<(), sp_runtime::TryRuntimeError>) -> Result<(), String> {
		result.map_err(|error| format!("{error:?}"))
	}
	let checks: [(&'static str, Check); 11] = [
		("Services", || {
			pallet(pallet_services::Pallet::<Runtime>::do_try_state())
		}),
		("Receipts", || {
			pallet(pallet_receipts::Pallet::<Runtime>::do_try_state())
		}),
		("Escrow", || {
			pallet(pallet_escrow::Pallet::<Runtime>::do_try_state())
		}),
		("Disputes", || {
			pallet(pallet_disputes::Pallet::<Runtime>::do_try_state())
		}),
		("Staking", || {
			pallet(pallet_operator_staking::Pallet::<Runtime>::do_try_state())
		}),
		("Pricing", || {
			pallet(pallet_pricing::Pallet::<Runtime>::do_try_state())
		}),
		("ZkVerifier", || {
			pallet(pallet_zk_verifier::Pallet::<Runtime>::do_try_state())
		}),
		("Settlement", || {
			pallet(pallet_settlement::Pallet::<Runtime>::do_try_state())
		}),
		("supply", || {
			catch_unwind(crate::common::check_supply).map_err(panic_message)
		}),
		("accounts", issuance::check_accounts),
		("sdk try_state", sdk_try_state),
	];
	for (name, check) in checks {
		let clock = Instant::now();
		let result = check();
		*timing.entry(name).or_default() += clock.elapsed();
		result.map_err(|error| format!("{name}: {error}"))?;
	}
	Ok(())
}

/// With `try-runtime`, the `try_state` of every other pallet (`Balances`, `Assets`, `Council`,
/// `Treasury`, ...; the AITBC pallets' hooks run their `do_try_state` again).
fn sdk_try_state() -> Result<(), String> {
	#[cfg(feature = "try-runtime")]
	{
		use aitbc_runtime::{AllPalletsWithSystem, BlockNumber};
		use frame_support::traits::{PalletsInfoAccess, TryState, TryStateSelect};
		let now = System::block_number();
		let names: Vec<Vec<u8>> = AllPalletsWithSystem::infos()
			.into_iter()
			.map(|info| info.name.as_bytes().to_vec())
			.filter(|name| !AITBC_PALLETS.contains(&name.as_slice()))
			.collect();
		let all = TryStateSelect::Only(names.clone());
		if <AllPalletsWithSystem as TryState<BlockNumber>>::try_state(now, all).is_err() {
			// Only the log says which pallet failed: ask each.
			for name in names {
				let only = TryStateSelect::Only(vec![name.clone()]);
				if let Err(error) =
					<AllPalletsWithSystem as TryState<BlockNumber>>::try_state(now, only)
				{
					return Err(format!("{}: {error:?}", String::from_utf8_lossy(&name)));
				}
			}
			return Err("a try_state failed".into());
		}
	}
	Ok(())
}

/// The pallets `check_all` checks directly.
const AITBC_PALLETS: [&[u8]; 8] = [
	b"Services",
	b"Receipts",
	b"Escrow",
	b"Disputes",
	b"Staking",
	b"Pricing",
	b"ZkVerifier",
	b"Settlement",
];

/// The hash the council votes on for `call`.
pub fn proposal_hash(call: &RuntimeCall) -> H256 {
	<Runtime as frame_system::Config>::Hashing::hash_of(call)
}
