//! The miner's memory across restarts: the last finalized block it has looked at and the
//! progress of each job, in a small JSON file written atomically (temp file + rename).

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::{
	collections::BTreeMap,
	path::{Path, PathBuf},
};

/// How far a job got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobProgress {
	/// `submit_result` is in a block; the receipt has not claimed the payment yet.
	ResultSubmitted,
	/// The receipt claimed the payment (the chain settles it when the challenge window closes),
	/// or the job turned out claimed, disputed or closed: nothing left to do.
	Done,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinerStateData {
	/// Genesis hash of the chain this state belongs to (0x hex); a state file of another chain
	/// (say, a restarted `--tmp` dev chain) is started afresh.
	pub genesis: Option<String>,
	/// The last finalized block whose events were handled.
	pub last_block: Option<u64>,
	/// Job id to its progress.
	pub jobs: BTreeMap<u64, JobProgress>,
}

/// [`MinerStateData`] bound to its file.
#[derive(Debug)]
pub struct MinerState {
	path: Option<PathBuf>,
	pub data: MinerStateData,
}

impl MinerState {
	/// Loads the state at `path` (a missing file is an empty state); `None` keeps it in memory.
	pub fn load(path: Option<&Path>) -> Result<Self> {
		let data = match path {
			Some(p) if p.exists() => {
				let text = std::fs::read_to_string(p).map_err(|e| {
					Error::Client(format!("cannot read state {}: {e}", p.display()))
				})?;
				serde_json::from_str(&text)
					.map_err(|e| Error::Client(format!("corrupt state {}: {e}", p.display())))?
			}
			_ => MinerStateData::default(),
		};
		Ok(Self {
			path: path.map(Path::to_path_buf),
			data,
		})
	}

	/// Binds the state to the chain with `genesis`, forgetting everything if it was another chain.
	pub fn bind_to_chain(&mut self, genesis: &[u8; 32]) -> Result<()> {
		let genesis = format!("0x{}", hex::encode(genesis));
		if self.data.genesis.as_deref() != Some(genesis.as_str()) {
			self.data = MinerStateData {
				genesis: Some(genesis),
				..Default::default()
			};
			self.save()?;
		}
		Ok(())
	}

	pub fn progress(&self, job_id: u64) -> Option<JobProgress> {
		self.data.jobs.get(&job_id).copied()
	}

	pub fn is_done(&self, job_id: u64) -> bool {
		self.progress(job_id) == Some(JobProgress::Done)
	}

	pub fn set_progress(&mut self, job_id: u64, progress: JobProgress) -> Result<()> {
		self.data.jobs.insert(job_id, progress);
		self.save()
	}

	pub fn set_last_block(&mut self, number: u64) -> Result<()> {
		if self.data.last_block.is_none_or(|last| number > last) {
			self.data.last_block = Some(number);
			self.save()?;
		}
		Ok(())
	}

	/// Number of jobs finished (receipt accepted or nothing left to do).
	pub fn done_count(&self) -> usize {
		self.data
			.jobs
			.values()
			.filter(|p| **p == JobProgress::Done)
			.count()
	}

	fn save(&self) -> Result<()> {
		let Some(path) = &self.path else {
			return Ok(());
		};
		let text = serde_json::to_string_pretty(&self.data).map_err(Error::client)?;
		let tmp = path.with_extension("tmp");
		if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
			std::fs::create_dir_all(dir).map_err(Error::client)?;
		}
		std::fs::write(&tmp, text)
			.and_then(|()| std::fs::rename(&tmp, path))
			.map_err(|e| Error::Client(format!("cannot write state {}: {e}", path.display())))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn state_survives_a_reload() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("sub/miner.json");
		let mut state = MinerState::load(Some(&path)).unwrap();
		state.bind_to_chain(&[1; 32]).unwrap();
		state.set_progress(4, JobProgress::ResultSubmitted).unwrap();
		state.set_progress(5, JobProgress::Done).unwrap();
		state.set_last_block(17).unwrap();
		state.set_last_block(12).unwrap(); // never goes back

		let mut again = MinerState::load(Some(&path)).unwrap();
		again.bind_to_chain(&[1; 32]).unwrap();
		assert_eq!(again.progress(4), Some(JobProgress::ResultSubmitted));
		assert!(again.is_done(5));
		assert!(!again.is_done(4));
		assert_eq!(again.progress(6), None);
		assert_eq!(again.data.last_block, Some(17));
		assert_eq!(again.done_count(), 1);
		assert!(!path.with_extension("tmp").exists());
	}

	#[test]
	fn another_chain_starts_afresh() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("miner.json");
		let mut state = MinerState::load(Some(&path)).unwrap();
		state.bind_to_chain(&[1; 32]).unwrap();
		state.set_progress(4, JobProgress::Done).unwrap();
		let mut other = MinerState::load(Some(&path)).unwrap();
		other.bind_to_chain(&[2; 32]).unwrap();
		assert_eq!(other.progress(4), None);
		assert_eq!(other.data.last_block, None);
	}

	#[test]
	fn corrupt_state_is_an_error_not_a_fresh_start() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("miner.json");
		std::fs::write(&path, "{not json").unwrap();
		assert!(MinerState::load(Some(&path))
			.unwrap_err()
			.to_string()
			.contains("corrupt state"));
	}
}
