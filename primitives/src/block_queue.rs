//! One bounded, block-keyed work queue, for every pallet that defers work to a later block.
//!
//! Request expiry (services), job pruning (services), receipt pruning and claim maturity
//! (receipts), escrow expiry (escrow), dispute deadlines (disputes) and deferred slashes
//! (operator-staking) all keep work in a [`BlockQueue`]: a storage map from a block number to a
//! bounded list of items (a *bucket*), and a storage value, the *cursor*, that says how far
//! `on_initialize` has worked through them.
//!
//! ## The two bounds, one meaning each
//!
//! - **Capacity**, the bound of the bucket's `BoundedVec`, is the most items one block's bucket
//!   holds. A pallet names it `Max…PerBlock` (`MaxExpiriesPerBlock`, `MaxJobPrunesPerBlock`,
//!   `MaxReceiptsPerBlock`, `MaxDeadlinesPerBlock`, `MaxSlashesPerBlock`). Scheduling into a
//!   full bucket fails with [`QueueFull`], unless the caller allows the item to *spill*: then it
//!   goes to the first of the next `spill` buckets with room ([`BlockQueue::schedule`] returns
//!   the block it went to), and fails only if all of them are full. What the caller does with
//!   [`QueueFull`] is its own business (refuse the call, keep the item out of the queue and say
//!   so in an event); a bucket never holds more than its capacity.
//! - **Budget** ([`Budget`]), how many items `on_initialize` processes in one block. A pallet
//!   names it `Max…ProcessedPerBlock` (`MaxExpiriesProcessedPerBlock`,
//!   `MaxJobPrunesProcessedPerBlock`, `MaxSettlementsProcessedPerBlock`,
//!   `MaxDeadlinesProcessedPerBlock`, `MaxSlashesProcessedPerBlock`). Receipts prunes one whole
//!   bucket a block (its budget is its capacity, since exactly one bucket fills per block).
//!
//! ## The walk
//!
//! [`BlockQueue::walk`] goes from the cursor up to the current block, oldest bucket first and
//! each bucket in the order its items were scheduled, handing each item to the pallet. It stops
//! when the budget is spent, when it has read [`MAX_BUCKETS_PER_WALK`] buckets, or after the
//! current block's bucket. Whatever it did not reach stays queued: a bucket it stopped in is
//! written back with the items left, and the cursor stays at the first bucket not finished, so
//! the next block's walk resumes there. Nothing is skipped, however far the cursor falls
//! behind; it catches up at up to [`MAX_BUCKETS_PER_WALK`] buckets a block.
//!
//! Scheduling at a block the cursor has passed schedules at the cursor instead, so an item can
//! never land behind it. While a bucket is being walked the cursor already points past it:
//! whatever the pallet schedules while it handles an item lands in a later bucket, never in the
//! one in hand. The pallet may remove the item it was handed (a no-op: it left the bucket), but
//! not other items of the bucket in hand.
//!
//! Before the first walk there is no cursor: the first walk starts at the block it runs in. A
//! pallet added to a running chain so does not walk every block since genesis.
//!
//! Items whose work was done elsewhere (a claim accepted early, a slash applied by hand) may be
//! left in their bucket; the pallet reports them as [`Visit::Stale`] when the walk reaches them.
//! A stale item costs one read, and [`Budget::lookups`] bounds how many a walk looks at.
//!
//! ## Weight
//!
//! One model, counted in database accesses ([`Walk`] records what a walk did):
//!
//! | what | reads | writes |
//! |---|---|---|
//! | the cursor, per walk | 1 | 1 |
//! | a bucket walked, empty or not | 1 | — |
//! | a bucket walked that held items (taken, maybe written back) | — | 1 |
//! | a stale item | 1 | — |
//! | a processed item | the pallet's own benchmark | |
//! | [`BlockQueue::schedule`] with `spill` | 2 + `spill` at most | 1 |
//! | [`BlockQueue::remove`] | 1 | 1 |
//!
//! A pallet benchmarks its hook with the cursor at one bucket that holds `n` items, all
//! processed: that measures the cursor, one bucket and `n` items. Its `on_initialize` charges
//! that benchmark for the items processed plus [`Walk::beyond_benchmark`]: every further bucket
//! walked (a read, and a write if it held items) and every stale item (a read). A hook without
//! such a benchmark charges [`Walk::queue_weight`], the whole table above, plus the work of its
//! items.

use alloc::vec::Vec;
use codec::FullCodec;
use core::marker::PhantomData;
use frame_support::{
	storage::{IterableStorageMap, StorageMap, StorageValue, TryAppendMap},
	traits::Get,
	weights::{RuntimeDbWeight, Weight},
	BoundedVec,
};
use sp_runtime::traits::{AtLeast32BitUnsigned, One};

/// The most buckets one walk reads, empty ones included: bounds the work of a cursor that fell
/// behind, which catches up at this many blocks per block.
pub const MAX_BUCKETS_PER_WALK: u32 = 16;

/// Every bucket an item may go to (its own and the `spill` after it) is full.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct QueueFull;

/// What the pallet did with an item the walk handed it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Visit {
	/// Its work was done: counts against [`Budget::items`].
	Processed,
	/// Its work was done elsewhere before (the item was left in its bucket); the pallet found
	/// out with at most one read and wrote nothing. Counts against [`Budget::lookups`] only.
	Stale,
}

/// How much one walk may do.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Budget {
	/// The most items processed ([`Visit::Processed`]): the pallet's `Max…ProcessedPerBlock`.
	pub items: u32,
	/// The most items looked at, stale ones included; at least `items`.
	pub lookups: u32,
}

impl Budget {
	/// `items` items, in a queue without stale items (each looked at is processed).
	pub fn items(items: u32) -> Self {
		Self {
			items,
			lookups: items,
		}
	}

	/// `items` processed items and, besides them, up to `stale` stale ones.
	pub fn with_stale(items: u32, stale: u32) -> Self {
		Self {
			items,
			lookups: items.saturating_add(stale),
		}
	}
}

/// What one walk did, for its weight.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Walk {
	/// Buckets read, empty ones included (at most [`MAX_BUCKETS_PER_WALK`]).
	pub buckets: u32,
	/// Buckets read that held items: each was taken, and written back if items were left.
	pub touched: u32,
	/// Items processed ([`Visit::Processed`]).
	pub processed: u32,
	/// Stale items dropped ([`Visit::Stale`]).
	pub stale: u32,
}

impl Walk {
	/// The walk's whole storage access, without the pallet's work on processed items: the
	/// cursor (a read and a write), every bucket (a read), every bucket that held items (a
	/// write), every stale item (a read).
	pub fn queue_weight(&self, db: RuntimeDbWeight) -> Weight {
		let reads = 1u64
			.saturating_add(u64::from(self.buckets))
			.saturating_add(u64::from(self.stale));
		let writes = 1u64.saturating_add(u64::from(self.touched));
		db.reads_writes(reads, writes)
	}

	/// What a hook benchmark of one bucket (at the cursor, holding `processed` items, all
	/// processed) did not measure: every further bucket (a read, and a write if it held items)
	/// and every stale item (a read). A hook charges its benchmark for `processed` plus this.
	pub fn beyond_benchmark(&self, db: RuntimeDbWeight) -> Weight {
		let reads = u64::from(self.buckets.saturating_sub(1)).saturating_add(u64::from(self.stale));
		let writes = u64::from(self.touched.saturating_sub(1));
		db.reads_writes(reads, writes)
	}

	/// The most [`Self::beyond_benchmark`] can be under `budget`.
	pub fn max_beyond_benchmark(db: RuntimeDbWeight, budget: Budget) -> Weight {
		Walk {
			buckets: MAX_BUCKETS_PER_WALK,
			touched: MAX_BUCKETS_PER_WALK,
			processed: budget.items,
			stale: budget.lookups.saturating_sub(budget.items),
		}
		.beyond_benchmark(db)
	}
}

/// The most storage access of [`BlockQueue::schedule`] with `spill`: the cursor and up to
/// `1 + spill` buckets read, one bucket written.
pub fn schedule_weight(db: RuntimeDbWeight, spill: u32) -> Weight {
	db.reads_writes(2u64.saturating_add(u64::from(spill)), 1)
}

/// The storage access of [`BlockQueue::remove`]: its bucket read and written.
pub fn remove_weight(db: RuntimeDbWeight) -> Weight {
	db.reads_writes(1, 1)
}

/// A bounded, block-keyed work queue: the buckets `Buckets` (block number to a list of at most
/// `Capacity` items) and the cursor `Cursor`. It has no state of its own; a pallet names its
/// two storage items with a type alias, for example
///
/// ```ignore
/// pub type ExpiryQueue<T> = BlockQueue<
/// 	RequestExpiries<T>, ExpiryCursor<T>, BlockNumberFor<T>, RequestId,
/// 	<T as Config>::MaxExpiriesPerBlock,
/// >;
/// ```
///
/// See the [module docs](self) for what the bounds mean, how the walk goes and what it weighs.
pub struct BlockQueue<Buckets, Cursor, BlockNumber, Item, Capacity>(
	PhantomData<(Buckets, Cursor, BlockNumber, Item, Capacity)>,
);

impl<Buckets, Cursor, BlockNumber, Item, Capacity>
	BlockQueue<Buckets, Cursor, BlockNumber, Item, Capacity>
where
	Buckets: StorageMap<BlockNumber, BoundedVec<Item, Capacity>>
		+ TryAppendMap<BlockNumber, BoundedVec<Item, Capacity>, Item>,
	Cursor: StorageValue<BlockNumber>,
	BlockNumber: AtLeast32BitUnsigned + FullCodec + Copy,
	Item: FullCodec + PartialEq,
	Capacity: Get<u32>,
{
	/// The most items one block's bucket holds.
	pub fn capacity() -> u32 {
		Capacity::get()
	}

	/// The first block whose bucket the walk has not finished; `None` before the first walk.
	pub fn cursor() -> Option<BlockNumber> {
		Cursor::try_get().ok()
	}

	/// How many items the bucket of `at` holds.
	pub fn len(at: BlockNumber) -> u32 {
		Buckets::decode_len(at)
			.and_then(|len| u32::try_from(len).ok())
			.unwrap_or(0)
	}

	/// Whether the bucket of `at` has room for one more item.
	pub fn has_room(at: BlockNumber) -> bool {
		Self::len(at) < Capacity::get()
	}

	/// The items in the bucket of `at`, in the order they were scheduled.
	pub fn items(at: BlockNumber) -> Vec<Item> {
		Buckets::try_get(at)
			.map(BoundedVec::into_inner)
			.unwrap_or_default()
	}

	/// Whether the bucket of `at` holds `item`.
	pub fn contains(at: BlockNumber, item: &Item) -> bool {
		Buckets::try_get(at).is_ok_and(|bucket| bucket.contains(item))
	}

	/// Queue `item` at block `at` (at the cursor, if `at` is behind it), or, if that bucket is
	/// full, at the first of the next `spill` blocks with room. Returns the block it was queued
	/// at.
	pub fn schedule(at: BlockNumber, item: Item, spill: u32) -> Result<BlockNumber, QueueFull> {
		let mut at = match Self::cursor() {
			Some(cursor) => at.max(cursor),
			None => at,
		};
		for _ in 0..=spill {
			if Buckets::try_append(at, &item).is_ok() {
				return Ok(at);
			}
			at = at.saturating_add(One::one());
		}
		Err(QueueFull)
	}

	/// Take `item` out of the bucket of `at`; an emptied bucket is removed. Returns whether it
	/// was there.
	pub fn remove(at: BlockNumber, item: &Item) -> bool {
		Buckets::mutate_exists(at, |entry| {
			let Some(bucket) = entry else { return false };
			let before = bucket.len();
			bucket.retain(|queued| queued != item);
			let removed = bucket.len() < before;
			if bucket.is_empty() {
				*entry = None;
			}
			removed
		})
	}

	/// Work through the buckets from the cursor up to `now` within `budget`, handing every item
	/// reached to `visit`, and carry what is left over to the next walk (see the module docs).
	/// Returns what the walk did, for its weight.
	pub fn walk(now: BlockNumber, budget: Budget, mut visit: impl FnMut(Item) -> Visit) -> Walk {
		let mut walk = Walk::default();
		let mut at = match Self::cursor() {
			// Walked already in this block: nothing is due that was not handled.
			Some(cursor) if cursor > now => return walk,
			Some(cursor) => cursor,
			None => now,
		};
		let spent = |walk: &Walk| {
			walk.processed >= budget.items
				|| walk.processed.saturating_add(walk.stale) >= budget.lookups
		};
		while at <= now && walk.buckets < MAX_BUCKETS_PER_WALK && !spent(&walk) {
			walk.buckets = walk.buckets.saturating_add(1);
			let next = at.saturating_add(One::one());
			let Ok(bucket) = Buckets::try_get(at) else {
				at = next;
				continue;
			};
			// Whatever `visit` schedules lands after the bucket in hand.
			Cursor::put(next);
			Buckets::remove(at);
			walk.touched = walk.touched.saturating_add(1);
			let mut items = bucket.into_inner().into_iter();
			let mut left: Vec<Item> = Vec::new();
			while let Some(item) = items.next() {
				if spent(&walk) {
					left.push(item);
					left.extend(items);
					break;
				}
				match visit(item) {
					Visit::Processed => walk.processed = walk.processed.saturating_add(1),
					Visit::Stale => walk.stale = walk.stale.saturating_add(1),
				}
			}
			if !left.is_empty() {
				// A tail of a bucket that fitted the capacity fits it too.
				Buckets::insert(at, BoundedVec::<Item, Capacity>::truncate_from(left));
				break;
			}
			at = next;
		}
		Cursor::put(at);
		walk
	}
}

impl<Buckets, Cursor, BlockNumber, Item, Capacity>
	BlockQueue<Buckets, Cursor, BlockNumber, Item, Capacity>
where
	Buckets: IterableStorageMap<BlockNumber, BoundedVec<Item, Capacity>>
		+ TryAppendMap<BlockNumber, BoundedVec<Item, Capacity>, Item>,
	Cursor: StorageValue<BlockNumber>,
	BlockNumber: AtLeast32BitUnsigned + FullCodec + Copy,
	Item: FullCodec + PartialEq,
	Capacity: Get<u32>,
{
	/// The queue's own invariants, for a pallet's `try_state` at block `now` (after its hook
	/// ran): the cursor is at most the next block, no bucket is stored empty, and no bucket
	/// behind the cursor holds items (they would never be processed).
	pub fn check(now: BlockNumber) -> Result<(), &'static str> {
		let cursor = Self::cursor();
		if let Some(cursor) = cursor {
			if cursor > now.saturating_add(One::one()) {
				return Err("a queue's cursor is beyond the next block");
			}
		}
		for (at, bucket) in Buckets::iter() {
			if bucket.is_empty() {
				return Err("a queue keeps an empty bucket");
			}
			if cursor.is_some_and(|cursor| at < cursor) {
				return Err("a queue's bucket behind its cursor holds items");
			}
		}
		Ok(())
	}

	/// Every queued item with the block it is queued at, oldest block first.
	pub fn all() -> Vec<(BlockNumber, Item)> {
		let mut all: Vec<(BlockNumber, Item)> = Buckets::iter()
			.flat_map(|(at, bucket)| bucket.into_inner().into_iter().map(move |item| (at, item)))
			.collect();
		all.sort_by_key(|(at, _)| *at);
		all
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::{storage_alias, traits::ConstU32, Twox64Concat};

	#[storage_alias]
	type Buckets = StorageMap<Test, Twox64Concat, u32, BoundedVec<u64, ConstU32<3>>>;
	#[storage_alias]
	type Cursor = StorageValue<Test, u32>;
	type Queue = BlockQueue<Buckets, Cursor, u32, u64, ConstU32<3>>;

	fn run(test: impl FnOnce()) {
		sp_io::TestExternalities::default().execute_with(test);
	}

	/// Walk at `now` processing every item, collecting them.
	fn walk_all(now: u32, budget: Budget) -> (Walk, Vec<u64>) {
		let mut seen = Vec::new();
		let walk = Queue::walk(now, budget, |item| {
			seen.push(item);
			Visit::Processed
		});
		(walk, seen)
	}

	#[test]
	fn schedule_fills_a_bucket_up_to_its_capacity() {
		run(|| {
			for item in 1..=3 {
				assert_eq!(Queue::schedule(10, item, 0), Ok(10));
			}
			assert_eq!(Queue::len(10), 3);
			assert!(!Queue::has_room(10));
			assert_eq!(Queue::schedule(10, 4, 0), Err(QueueFull));
			assert_eq!(Queue::items(10), vec![1, 2, 3]);
			assert!(Queue::has_room(11));
		});
	}

	#[test]
	fn a_full_bucket_spills_into_the_next_ones_with_room() {
		run(|| {
			for item in 1..=3 {
				assert_eq!(Queue::schedule(10, item, 0), Ok(10));
			}
			for item in 4..=6 {
				assert_eq!(Queue::schedule(11, item, 0), Ok(11));
			}
			assert_eq!(Queue::schedule(10, 7, 2), Ok(12));
			assert_eq!(Queue::schedule(10, 8, 1), Err(QueueFull));
			assert_eq!(Queue::items(12), vec![7]);
			assert!(!Queue::contains(10, &8) && !Queue::contains(11, &8));
		});
	}

	#[test]
	fn scheduling_behind_the_cursor_schedules_at_the_cursor() {
		run(|| {
			Queue::walk(20, Budget::items(5), |_| Visit::Processed);
			assert_eq!(Queue::cursor(), Some(21));
			assert_eq!(Queue::schedule(5, 1, 0), Ok(21));
			let (_, seen) = walk_all(21, Budget::items(5));
			assert_eq!(seen, vec![1]);
		});
	}

	#[test]
	fn the_first_walk_starts_at_its_block() {
		run(|| {
			assert_eq!(Queue::cursor(), None);
			let (walk, seen) = walk_all(1_000, Budget::items(5));
			assert!(seen.is_empty());
			assert_eq!(walk.buckets, 1);
			assert_eq!(Queue::cursor(), Some(1_001));
			// A second walk in the same block does nothing.
			assert_eq!(walk_all(1_000, Budget::items(5)).0, Walk::default());
		});
	}

	#[test]
	fn the_budget_carries_the_rest_over_in_order() {
		run(|| {
			for (at, item) in [(2, 1), (2, 2), (2, 3), (3, 4), (3, 5)] {
				assert_eq!(Queue::schedule(at, item, 0), Ok(at));
			}
			Queue::walk(1, Budget::items(2), |_| Visit::Processed);

			let (walk, seen) = walk_all(3, Budget::items(2));
			assert_eq!(seen, vec![1, 2]);
			assert_eq!(
				walk,
				Walk {
					buckets: 1,
					touched: 1,
					processed: 2,
					stale: 0
				}
			);
			assert_eq!(Queue::cursor(), Some(2));
			assert_eq!(Queue::items(2), vec![3]);

			let (walk, seen) = walk_all(4, Budget::items(2));
			assert_eq!(seen, vec![3, 4]);
			assert_eq!(
				walk,
				Walk {
					buckets: 2,
					touched: 2,
					processed: 2,
					stale: 0
				}
			);
			assert_eq!(Queue::cursor(), Some(3));
			assert_eq!(Queue::items(3), vec![5]);

			let (walk, seen) = walk_all(5, Budget::items(2));
			assert_eq!(seen, vec![5]);
			assert_eq!(
				walk,
				Walk {
					buckets: 3,
					touched: 1,
					processed: 1,
					stale: 0
				}
			);
			assert_eq!(Queue::cursor(), Some(6));
			assert_eq!(Buckets::iter().count(), 0);
			Queue::check(5).unwrap();
		});
	}

	#[test]
	fn a_spent_budget_reads_no_further_bucket() {
		run(|| {
			Queue::walk(1, Budget::items(1), |_| Visit::Processed);
			assert_eq!(Queue::schedule(2, 1, 0), Ok(2));
			assert_eq!(Queue::schedule(3, 2, 0), Ok(3));
			let (walk, seen) = walk_all(3, Budget::items(1));
			assert_eq!(seen, vec![1]);
			assert_eq!(walk.buckets, 1);
			assert_eq!(Queue::cursor(), Some(3));
			let (walk, _) = walk_all(3, Budget::items(0));
			assert_eq!(walk, Walk::default());
			assert_eq!(Queue::cursor(), Some(3));
		});
	}

	#[test]
	fn empty_buckets_walked_are_bounded_and_counted() {
		run(|| {
			Queue::walk(1, Budget::items(5), |_| Visit::Processed);
			assert_eq!(Queue::schedule(20, 9, 0), Ok(20));
			// The cursor fell behind (say the budget was spent for a while): 2..=50 are due.
			let (walk, seen) = walk_all(50, Budget::items(5));
			assert!(seen.is_empty());
			assert_eq!(
				walk,
				Walk {
					buckets: MAX_BUCKETS_PER_WALK,
					..Walk::default()
				}
			);
			assert_eq!(Queue::cursor(), Some(2 + MAX_BUCKETS_PER_WALK));
			let db = RuntimeDbWeight {
				read: 10,
				write: 100,
			};
			assert_eq!(
				walk.queue_weight(db),
				db.reads_writes(1 + u64::from(MAX_BUCKETS_PER_WALK), 1)
			);
			assert_eq!(
				walk.beyond_benchmark(db),
				db.reads(u64::from(MAX_BUCKETS_PER_WALK) - 1)
			);
			assert!(walk
				.beyond_benchmark(db)
				.all_lte(Walk::max_beyond_benchmark(db, Budget::items(5))));
			// It catches up without skipping the item.
			let (_, seen) = walk_all(51, Budget::items(5));
			assert_eq!(seen, vec![9]);
			assert_eq!(Queue::cursor(), Some(18 + MAX_BUCKETS_PER_WALK));
			let (_, seen) = walk_all(52, Budget::items(5));
			assert!(seen.is_empty());
			assert_eq!(Queue::cursor(), Some(50));
			walk_all(53, Budget::items(5));
			assert_eq!(Queue::cursor(), Some(54));
			Queue::check(53).unwrap();
		});
	}

	#[test]
	fn stale_items_use_the_lookup_budget_only() {
		run(|| {
			for item in [1, 2, 3] {
				assert_eq!(Queue::schedule(1, item, 0), Ok(1));
			}
			let mut processed = Vec::new();
			let walk = Queue::walk(1, Budget::with_stale(1, 1), |item| {
				if item == 1 {
					Visit::Stale
				} else {
					processed.push(item);
					Visit::Processed
				}
			});
			assert_eq!(processed, vec![2]);
			assert_eq!(
				walk,
				Walk {
					buckets: 1,
					touched: 1,
					processed: 1,
					stale: 1
				}
			);
			assert_eq!(Queue::items(1), vec![3]);
			let db = RuntimeDbWeight {
				read: 10,
				write: 100,
			};
			assert_eq!(walk.queue_weight(db), db.reads_writes(3, 2));
			assert_eq!(walk.beyond_benchmark(db), db.reads(1));
		});
	}

	#[test]
	fn remove_takes_one_item_and_drops_an_emptied_bucket() {
		run(|| {
			assert_eq!(Queue::schedule(4, 1, 0), Ok(4));
			assert_eq!(Queue::schedule(4, 2, 0), Ok(4));
			assert!(Queue::remove(4, &1));
			assert!(!Queue::remove(4, &1));
			assert_eq!(Queue::items(4), vec![2]);
			assert!(Queue::remove(4, &2));
			assert!(!Buckets::contains_key(4));
			assert!(!Queue::remove(5, &2));
		});
	}

	#[test]
	fn what_a_visit_schedules_lands_after_the_bucket_in_hand() {
		run(|| {
			assert_eq!(Queue::schedule(1, 1, 0), Ok(1));
			let mut rescheduled = None;
			Queue::walk(1, Budget::items(5), |item| {
				rescheduled = Some(Queue::schedule(1, item + 10, 0));
				Visit::Processed
			});
			assert_eq!(rescheduled, Some(Ok(2)));
			assert_eq!(Queue::items(2), vec![11]);
			Queue::check(1).unwrap();
		});
	}

	#[test]
	fn check_finds_items_behind_the_cursor() {
		run(|| {
			Queue::walk(5, Budget::items(1), |_| Visit::Processed);
			Queue::check(5).unwrap();
			Buckets::insert(3, BoundedVec::truncate_from(vec![1]));
			assert!(Queue::check(5).is_err());
			Buckets::remove(3);
			Buckets::insert(7, BoundedVec::<u64, ConstU32<3>>::new());
			assert!(Queue::check(5).is_err());
			Buckets::remove(7);
			Cursor::put(9);
			assert!(Queue::check(5).is_err());
		});
	}

	#[test]
	fn all_lists_items_oldest_block_first() {
		run(|| {
			assert_eq!(Queue::schedule(9, 1, 0), Ok(9));
			assert_eq!(Queue::schedule(2, 2, 0), Ok(2));
			assert_eq!(Queue::schedule(2, 3, 0), Ok(2));
			assert_eq!(Queue::all(), vec![(2, 2), (2, 3), (9, 1)]);
		});
	}
}
