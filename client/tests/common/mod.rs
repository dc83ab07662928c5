//! A real dev node for the integration tests: spawned from the already built binary
//! (`AITBC_NODE`, or `$HOME/.cache/aitbc-target/release/aitbc-node`), killed on drop.

#![allow(dead_code)]

use aitbc_client::{keys::keypair_from_suri, Chain};
use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};
use subxt_signer::sr25519::Keypair;

pub fn node_binary() -> Option<PathBuf> {
	let path = std::env::var_os("AITBC_NODE")
		.map(PathBuf::from)
		.or_else(|| {
			std::env::var_os("HOME")
				.map(|home| PathBuf::from(home).join(".cache/aitbc-target/release/aitbc-node"))
		})?;
	path.is_file().then_some(path)
}

/// The node binary, or `None` after printing why the test is skipped.
pub fn node_or_skip(test: &str) -> Option<PathBuf> {
	let found = node_binary();
	if found.is_none() {
		eprintln!(
			"SKIPPED {test}: no aitbc-node binary (set AITBC_NODE or build it into $HOME/.cache/aitbc-target/release)"
		);
	}
	found
}

pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.unwrap()
		.local_addr()
		.unwrap()
		.port()
}

pub struct DevNode {
	pub binary: PathBuf,
	pub rpc_port: u16,
	pub p2p_port: u16,
	/// `None`: `--tmp`.
	pub base_path: Option<PathBuf>,
	pub log: PathBuf,
	child: Option<Child>,
}

impl DevNode {
	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// Starts a dev node on fresh ports and waits until it answers.
	pub async fn start(binary: PathBuf, base_path: Option<&Path>, log_dir: &Path) -> Self {
		let mut node = DevNode {
			binary,
			rpc_port: free_port(),
			p2p_port: free_port(),
			base_path: base_path.map(Path::to_path_buf),
			log: log_dir.join("node.log"),
			child: None,
		};
		node.launch().await;
		node
	}

	/// (Re)starts the process on the same ports and base path, and waits until it answers.
	///
	/// A port picked by [`free_port`] can be taken by a parallel test's node before ours binds
	/// it; a fresh node that exits on such a clash is started again on new ports.
	pub async fn launch(&mut self) {
		for attempt in 1..=3 {
			match self.spawn_and_wait().await {
				Ok(()) => return,
				Err(tail) if attempt < 3 && self.base_path.is_none() && tail.contains("in use") => {
					eprintln!("node start {attempt}: a port was taken, trying new ports");
					self.rpc_port = free_port();
					self.p2p_port = free_port();
				}
				Err(tail) => panic!(
					"the node did not answer; see {}; its last lines:\n{tail}",
					self.log.display()
				),
			}
		}
	}

	/// Spawns the node and waits until its RPC answers; on failure, the log's last lines.
	async fn spawn_and_wait(&mut self) -> Result<(), String> {
		let log = std::fs::OpenOptions::new()
			.create(true)
			.append(true)
			.open(&self.log)
			.unwrap();
		let mut command = Command::new(&self.binary);
		command.arg("--dev");
		match &self.base_path {
			Some(path) => command.arg("--base-path").arg(path),
			None => command.arg("--tmp"),
		};
		command
			.args([
				"--rpc-port",
				&self.rpc_port.to_string(),
				"--port",
				&self.p2p_port.to_string(),
			])
			.args(["--no-telemetry", "--no-mdns", "--no-prometheus"])
			.stdout(Stdio::null())
			.stderr(log);
		self.child = Some(command.spawn().expect("cannot start aitbc-node"));
		// Long: in CI these tests run at a lower priority beside the end-to-end tests' provers,
		// and a node that cannot start exits, which is noticed at once.
		let deadline = Instant::now() + Duration::from_secs(300);
		loop {
			let answered = tokio::time::timeout(Duration::from_secs(15), async {
				match Chain::connect(&self.url()).await {
					Ok(chain) => chain.api.at_current_block().await.is_ok(),
					Err(_) => false,
				}
			})
			.await;
			if answered == Ok(true) {
				return Ok(());
			}
			let exited = self
				.child
				.as_mut()
				.map_or(true, |child| matches!(child.try_wait(), Ok(Some(_))));
			if exited || Instant::now() >= deadline {
				self.stop();
				return Err(self.log_tail(40));
			}
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
	}

	/// The last `lines` lines of the node's log.
	pub fn log_tail(&self, lines: usize) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let all: Vec<&str> = text.lines().collect();
		all[all.len().saturating_sub(lines)..].join("\n")
	}

	/// Stops the process (SIGTERM, then SIGKILL) and waits for it.
	pub fn stop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = Command::new("kill")
				.arg("-TERM")
				.arg(child.id().to_string())
				.status();
			let deadline = Instant::now() + Duration::from_secs(20);
			while Instant::now() < deadline {
				if let Ok(Some(_)) = child.try_wait() {
					return;
				}
				std::thread::sleep(Duration::from_millis(200));
			}
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

pub fn pair(suri: &str) -> Keypair {
	keypair_from_suri(suri).unwrap()
}

/// A blueprint that `operator` (bonded here) serves for `client`; returns (blueprint, service).
pub async fn service_for(
	chain: &Chain,
	owner: &Keypair,
	operator: &Keypair,
	client: &Keypair,
) -> (u64, u64) {
	let min_bond = chain.min_operator_bond().await.unwrap();
	chain.bond(operator, min_bond).await.unwrap();
	let blueprint = chain
		.create_blueprint(owner, "inference", &["run"], 1, 1, 600)
		.await
		.unwrap();
	chain
		.register(operator, blueprint, "http://127.0.0.1:0", 1_000_000, 8)
		.await
		.unwrap();
	let operator_id = aitbc_client::keys::account_of(operator);
	let request = chain
		.request_service(client, blueprint, vec![operator_id], vec![], 600, 600)
		.await
		.unwrap();
	let service = chain
		.approve(operator, request)
		.await
		.unwrap()
		.expect("the only operator's approval creates the service");
	(blueprint, service)
}

/// Polls until `check` holds, or panics after `timeout`.
pub async fn wait_until<F, Fut>(what: &str, timeout: Duration, mut check: F)
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = bool>,
{
	let deadline = Instant::now() + timeout;
	while !check().await {
		assert!(Instant::now() < deadline, "timed out waiting for {what}");
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
}
