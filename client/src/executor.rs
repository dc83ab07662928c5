//! Executors: what a miner runs for a job. The built-in ones do real work and count it, so the
//! compute units a receipt claims are the work done (and never above the job's `max_units`).

use crate::error::{Error, Result};
use std::{process::Command, str::FromStr};

/// BLAKE2b-256, the hash the chain uses for job inputs and outputs.
pub fn blake2_256(data: &[u8]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(data)
}

/// What an executor gets for a job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobInput {
	pub job_id: u64,
	pub service_id: u64,
	pub job_index: u32,
	/// The hash of the input the client committed to in `call_job`.
	pub input_hash: [u8; 32],
	/// The most units the client pays for.
	pub max_units: u64,
}

/// What an executor produced: the output's hash and the units of work it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobOutput {
	pub output_hash: [u8; 32],
	pub compute_units: u64,
}

/// Runs jobs off-chain.
pub trait Executor: Send + Sync {
	fn run(&self, job: &JobInput) -> Result<JobOutput>;
}

/// Hashes of the chain per compute unit for [`HashChain`].
pub const HASHES_PER_UNIT: u64 = 1_000;

/// Iterated BLAKE2b-256 over the input hash: `units` units are `units * HASHES_PER_UNIT`
/// hashes; it does `min(max_units, limit)` units (all of them by default).
#[derive(Clone, Debug, Default)]
pub struct HashChain {
	/// Stop after this many units even if the job allows more.
	pub unit_limit: Option<u64>,
}

impl Executor for HashChain {
	fn run(&self, job: &JobInput) -> Result<JobOutput> {
		let units = self
			.unit_limit
			.map_or(job.max_units, |limit| limit.min(job.max_units));
		let mut state = sp_crypto_hashing::blake2_256(
			&[&job.input_hash[..], &job.job_id.to_le_bytes()].concat(),
		);
		let mut done: u64 = 0;
		for _ in 0..units {
			for _ in 0..HASHES_PER_UNIT {
				state = sp_crypto_hashing::blake2_256(&state);
			}
			done += 1;
		}
		Ok(JobOutput {
			output_hash: state,
			compute_units: done,
		})
	}
}

/// Multiplies square matrices of `u64` (wrapping) seeded by the input hash, repeatedly: one
/// unit is one `dimension`³ multiply-add pass; output is the hash of the last product.
#[derive(Clone, Debug)]
pub struct MatMul {
	pub dimension: usize,
	pub unit_limit: Option<u64>,
}

impl Default for MatMul {
	fn default() -> Self {
		Self {
			dimension: 16,
			unit_limit: None,
		}
	}
}

impl MatMul {
	fn seeded(dimension: usize, seed: &[u8; 32], salt: u8) -> Vec<u64> {
		(0..dimension * dimension)
			.map(|i| {
				let mut bytes = seed.to_vec();
				bytes.push(salt);
				bytes.extend_from_slice(&(i as u64).to_le_bytes());
				let h = sp_crypto_hashing::twox_64(&bytes);
				u64::from_le_bytes(h) % 1_000
			})
			.collect()
	}

	fn multiply(dimension: usize, a: &[u64], b: &[u64]) -> Vec<u64> {
		let mut out = vec![0u64; dimension * dimension];
		for i in 0..dimension {
			for k in 0..dimension {
				let aik = a[i * dimension + k];
				for j in 0..dimension {
					out[i * dimension + j] =
						out[i * dimension + j].wrapping_add(aik.wrapping_mul(b[k * dimension + j]));
				}
			}
		}
		out
	}
}

impl Executor for MatMul {
	fn run(&self, job: &JobInput) -> Result<JobOutput> {
		if self.dimension == 0 {
			return Err(Error::Client("matmul dimension must be positive".into()));
		}
		let units = self
			.unit_limit
			.map_or(job.max_units, |limit| limit.min(job.max_units));
		let mut product = Self::seeded(self.dimension, &job.input_hash, 0);
		let factor = Self::seeded(self.dimension, &job.input_hash, 1);
		let mut done = 0u64;
		for _ in 0..units {
			product = Self::multiply(self.dimension, &product, &factor);
			done += 1;
		}
		let bytes: Vec<u8> = product.iter().flat_map(|x| x.to_le_bytes()).collect();
		Ok(JobOutput {
			output_hash: sp_crypto_hashing::blake2_256(&bytes),
			compute_units: done,
		})
	}
}

/// An external program: called as `<program> <job_id> <0x input_hash> <max_units>`, it prints
/// `<0x output_hash> <compute_units>` (or JSON `{"output_hash": "0x..", "compute_units": n}`).
/// Units it claims above `max_units` are refused.
#[derive(Clone, Debug)]
pub struct CommandExecutor {
	pub program: String,
}

impl Executor for CommandExecutor {
	fn run(&self, job: &JobInput) -> Result<JobOutput> {
		let output = Command::new(&self.program)
			.arg(job.job_id.to_string())
			.arg(format!("0x{}", hex::encode(job.input_hash)))
			.arg(job.max_units.to_string())
			.output()
			.map_err(|e| Error::Client(format!("cannot run {}: {e}", self.program)))?;
		if !output.status.success() {
			return Err(Error::Client(format!(
				"{} failed ({}): {}",
				self.program,
				output.status,
				String::from_utf8_lossy(&output.stderr).trim()
			)));
		}
		let text = String::from_utf8_lossy(&output.stdout);
		let result = parse_command_output(&text)?;
		if result.compute_units > job.max_units {
			return Err(Error::Client(format!(
				"{} claims {} units, above the job's {}",
				self.program, result.compute_units, job.max_units
			)));
		}
		Ok(result)
	}
}

fn parse_hash(text: &str) -> Result<[u8; 32]> {
	let bytes = hex::decode(text.trim().trim_start_matches("0x"))
		.map_err(|e| Error::Client(format!("bad output hash {text}: {e}")))?;
	bytes
		.try_into()
		.map_err(|_| Error::Client("an output hash has 32 bytes".into()))
}

fn parse_command_output(text: &str) -> Result<JobOutput> {
	if let Ok(json) = serde_json::from_str::<serde_json::Value>(text.trim()) {
		let hash = json
			.get("output_hash")
			.and_then(|h| h.as_str())
			.ok_or_else(|| Error::Client("executor JSON lacks output_hash".into()))?;
		let units = json
			.get("compute_units")
			.and_then(|u| u.as_u64())
			.ok_or_else(|| Error::Client("executor JSON lacks compute_units".into()))?;
		return Ok(JobOutput {
			output_hash: parse_hash(hash)?,
			compute_units: units,
		});
	}
	let mut words = text.split_whitespace();
	match (words.next(), words.next()) {
		(Some(hash), Some(units)) => Ok(JobOutput {
			output_hash: parse_hash(hash)?,
			compute_units: units
				.parse()
				.map_err(|e| Error::Client(format!("bad compute units {units}: {e}")))?,
		}),
		_ => Err(Error::Client(format!(
			"executor printed no `<hash> <units>`: {text}"
		))),
	}
}

/// The executor named on the command line: `hash-chain[:<unit limit>]`,
/// `matmul[:<dimension>]` or `cmd:<program>`.
#[derive(Clone, Debug)]
pub enum ExecutorSpec {
	HashChain(HashChain),
	MatMul(MatMul),
	Command(CommandExecutor),
}

impl FromStr for ExecutorSpec {
	type Err = Error;
	fn from_str(text: &str) -> Result<Self> {
		let (kind, argument) = match text.split_once(':') {
			Some((kind, argument)) => (kind, Some(argument)),
			None => (text, None),
		};
		let number = |a: &str| {
			a.parse::<u64>()
				.map_err(|e| Error::Client(format!("bad executor argument {a}: {e}")))
		};
		match (kind, argument) {
			("hash-chain", None) => Ok(Self::HashChain(HashChain::default())),
			("hash-chain", Some(a)) => Ok(Self::HashChain(HashChain {
				unit_limit: Some(number(a)?),
			})),
			("matmul", None) => Ok(Self::MatMul(MatMul::default())),
			("matmul", Some(a)) => Ok(Self::MatMul(MatMul {
				dimension: usize::try_from(number(a)?).map_err(Error::client)?,
				unit_limit: None,
			})),
			("cmd", Some(program)) if !program.is_empty() => Ok(Self::Command(CommandExecutor {
				program: program.to_string(),
			})),
			_ => Err(Error::Client(format!(
				"unknown executor {text}; use hash-chain[:limit], matmul[:dimension] or cmd:<program>"
			))),
		}
	}
}

impl Executor for ExecutorSpec {
	fn run(&self, job: &JobInput) -> Result<JobOutput> {
		match self {
			Self::HashChain(e) => e.run(job),
			Self::MatMul(e) => e.run(job),
			Self::Command(e) => e.run(job),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn job(max_units: u64) -> JobInput {
		JobInput {
			job_id: 7,
			service_id: 1,
			job_index: 0,
			input_hash: [3; 32],
			max_units,
		}
	}

	#[test]
	fn hash_chain_counts_the_hashes_it_did_and_is_deterministic() {
		let out = HashChain::default().run(&job(5)).unwrap();
		assert_eq!(out.compute_units, 5);
		assert_eq!(out, HashChain::default().run(&job(5)).unwrap());
		// One more unit is more hashing and another output.
		assert_ne!(
			out.output_hash,
			HashChain::default().run(&job(6)).unwrap().output_hash
		);
		// Redoing the chain by hand gives the same output.
		let mut state =
			sp_crypto_hashing::blake2_256(&[&[3u8; 32][..], &7u64.to_le_bytes()].concat());
		for _ in 0..5 * HASHES_PER_UNIT {
			state = sp_crypto_hashing::blake2_256(&state);
		}
		assert_eq!(out.output_hash, state);
	}

	#[test]
	fn executors_never_claim_more_than_max_units() {
		let limited = HashChain {
			unit_limit: Some(3),
		};
		assert_eq!(limited.run(&job(10)).unwrap().compute_units, 3);
		assert_eq!(limited.run(&job(2)).unwrap().compute_units, 2);
		assert_eq!(HashChain::default().run(&job(0)).unwrap().compute_units, 0);
		let matmul = MatMul {
			dimension: 4,
			unit_limit: Some(2),
		};
		assert_eq!(matmul.run(&job(10)).unwrap().compute_units, 2);
		assert_eq!(MatMul::default().run(&job(3)).unwrap().compute_units, 3);
	}

	#[test]
	fn matmul_really_multiplies() {
		// [[1,2],[3,4]] * [[5,6],[7,8]] = [[19,22],[43,50]]
		assert_eq!(
			MatMul::multiply(2, &[1, 2, 3, 4], &[5, 6, 7, 8]),
			vec![19, 22, 43, 50]
		);
		let a = MatMul::default().run(&job(2)).unwrap();
		let b = MatMul::default().run(&job(3)).unwrap();
		assert_ne!(a.output_hash, b.output_hash);
	}

	#[test]
	fn command_executor_output_is_parsed_and_capped() {
		let dir = tempfile::tempdir().unwrap();
		let script = dir.path().join("exec.sh");
		std::fs::write(&script, "#!/bin/sh\necho 0x$(printf '%064d' 1) $3\n").unwrap();
		std::process::Command::new("chmod")
			.arg("+x")
			.arg(&script)
			.status()
			.unwrap();
		let exec: ExecutorSpec = format!("cmd:{}", script.display()).parse().unwrap();
		let out = exec.run(&job(9)).unwrap();
		assert_eq!(out.compute_units, 9);
		assert_eq!(out.output_hash[31], 1);

		let greedy = dir.path().join("greedy.sh");
		std::fs::write(&greedy, "#!/bin/sh\necho '{\"output_hash\": \"0x'$(printf '%064d' 0)'\", \"compute_units\": 1000}'\n").unwrap();
		std::process::Command::new("chmod")
			.arg("+x")
			.arg(&greedy)
			.status()
			.unwrap();
		let exec = CommandExecutor {
			program: greedy.display().to_string(),
		};
		assert!(exec
			.run(&job(9))
			.unwrap_err()
			.to_string()
			.contains("above the job's 9"));
		assert_eq!(exec.run(&job(1000)).unwrap().compute_units, 1000);
	}

	#[test]
	fn executor_specs_parse() {
		assert!(matches!(
			"hash-chain".parse::<ExecutorSpec>().unwrap(),
			ExecutorSpec::HashChain(_)
		));
		assert!(matches!(
			"matmul:8".parse::<ExecutorSpec>().unwrap(),
			ExecutorSpec::MatMul(MatMul { dimension: 8, .. })
		));
		assert!(matches!(
			"cmd:/bin/true".parse::<ExecutorSpec>().unwrap(),
			ExecutorSpec::Command(_)
		));
		assert!("gpu".parse::<ExecutorSpec>().is_err());
		assert!("cmd:".parse::<ExecutorSpec>().is_err());
	}
}
