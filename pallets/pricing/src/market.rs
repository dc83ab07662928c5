//! The price update, as pure functions of a class's parameters and market state.
//!
//! One update, for a class with parameters `floor`, `ceiling`, target `t`, smoothing `α` and
//! max step `s`, and market state `price`, average `ē` and volatility `v`:
//!
//! ```text
//! u      = min(1, demand / (supply · P))    (P = blocks per period; 1 if the capacity is 0 <
//!                                            demand, 0 if both are 0)
//! ē'     = ē + α·(u − ē)                    (the move rounded up to 1 ppb, never past u)
//! d      = (ē' − t) / (1 − t)   if ē' ≥ t   (in [0, 1]: full utilisation gives d = 1)
//!        = (ē' − t) / t         if ē' < t   (in [−1, 0): idleness gives d = −1)
//! price' = clamp(price · (1 + s·d), floor, ceiling)
//! v'     = v + α·(|price' − price| / price − v)
//! ```
//!
//! `s·d` and `(s·d)·price` are rounded down, so the realised change never exceeds `s·price`.
//! From a steady average, a one-period spike moves `ē` by at most `α·|u − ē|`, so the next update
//! moves the price by at most `α·s` (up to the one part per billion by which the average rounds
//! up) and never by more than one step `s`. Afterwards `ē` returns geometrically, and the relative
//! steps the spike causes add up to at most `s` (the price ends at most a factor `e^s ≈ 1.133`
//! away).

use crate::types::{ClassParams, MarketData};
use sp_arithmetic::{
	traits::{AtLeast32BitUnsigned, Saturating},
	PerThing, Perbill,
};

/// Utilisation of `supply` by `demand`, saturating at 100%.
pub fn utilisation(demand: u64, supply: u64) -> Perbill {
	if supply == 0 {
		if demand == 0 {
			Perbill::zero()
		} else {
			Perbill::one()
		}
	} else {
		Perbill::from_rational(demand.min(supply), supply)
	}
}

/// Exponential moving average: `previous + α·(sample − previous)`.
///
/// The move is rounded up to a whole part per billion (never past `sample`), so the average
/// reaches a steady sample exactly instead of stalling a rounding error away from it, where it
/// would nudge the price forever.
pub fn moving_average(previous: Perbill, sample: Perbill, smoothing: Perbill) -> Perbill {
	let (previous, sample) = (previous.deconstruct(), sample.deconstruct());
	if sample >= previous {
		let towards = smoothing.mul_ceil(sample.saturating_sub(previous));
		Perbill::from_parts(previous.saturating_add(towards))
	} else {
		let towards = smoothing.mul_ceil(previous.saturating_sub(sample));
		Perbill::from_parts(previous.saturating_sub(towards))
	}
}

/// A relative price change.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Step {
	pub rising: bool,
	pub fraction: Perbill,
}

/// The step towards the target for a moving average `average`, at most `max_step` either way.
pub fn step(average: Perbill, target: Perbill, max_step: Perbill) -> Step {
	let (rising, deviation) = if average >= target {
		let excess = average.saturating_sub(target).deconstruct();
		let headroom = target.left_from_one().deconstruct();
		(
			true,
			if headroom == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(excess, headroom)
			},
		)
	} else {
		let shortfall = target.saturating_sub(average).deconstruct();
		(
			false,
			Perbill::from_rational(shortfall, target.deconstruct()),
		)
	};
	Step {
		rising,
		fraction: max_step.saturating_mul(deviation),
	}
}

/// `price` moved by `step` and clamped to `[floor, ceiling]`.
pub fn apply_step<Balance: AtLeast32BitUnsigned + Copy>(
	price: Balance,
	step: Step,
	floor: Balance,
	ceiling: Balance,
) -> Balance {
	let delta = step.fraction.mul_floor(price);
	let moved = if step.rising {
		price.saturating_add(delta)
	} else {
		price.saturating_sub(delta)
	};
	// `max` then `min` rather than `clamp`, which panics if the bounds were ever inverted.
	moved.max(floor).min(ceiling)
}

/// `|new − old| / old`, rounded down; zero when `old` is zero.
pub fn relative_change<Balance: AtLeast32BitUnsigned + Copy>(
	old: Balance,
	new: Balance,
) -> Perbill {
	if old.is_zero() {
		return Perbill::zero();
	}
	let difference = if new >= old {
		new.saturating_sub(old)
	} else {
		old.saturating_sub(new)
	};
	Perbill::from_rational(difference.min(old), old)
}

/// The market after one update at block `now`, ending a period of `period_blocks` blocks: the
/// period's demand, against the capacity offered over the period, is folded into the moving
/// average, the price takes one bounded step and the period's demand starts again from zero.
pub fn advance<Balance: AtLeast32BitUnsigned + Copy, BlockNumber>(
	params: &ClassParams<Balance>,
	market: &MarketData<Balance, BlockNumber>,
	now: BlockNumber,
	period_blocks: u64,
) -> MarketData<Balance, BlockNumber> {
	let capacity = market.supply.saturating_mul(period_blocks);
	let sample = utilisation(market.period_demand, capacity);
	let average = moving_average(market.average_utilisation, sample, params.smoothing);
	let step = step(average, params.target_utilisation, params.max_step);
	let price = apply_step(market.price, step, params.floor, params.ceiling);
	let volatility = moving_average(
		market.volatility,
		relative_change(market.price, price),
		params.smoothing,
	);
	MarketData {
		price,
		utilisation: sample,
		average_utilisation: average,
		volatility,
		last_update: now,
		period_demand: 0,
		supply: market.supply,
	}
}
