//! `coursebook serve`: builds, serves the site on localhost, watches the sources, rebuilds on
//! change and tells open pages to reload (keeping their scroll position). A failed rebuild shows
//! its errors over the page while the last good site keeps being served. The rendered files are
//! kept in a folder of the server's own in the temporary folder (`site::Store`), removed when it
//! stops; nothing is written into the project unless `--out` asks for it; Ctrl+C and SIGTERM stop
//! at once.

mod http;
mod incremental;
mod live;
mod rebuild;
mod site;
mod watch;

use std::future::IntoFuture;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio::sync::watch as signal_watch;

use self::live::Status;
use self::rebuild::{Builder, OutDir};
use self::site::Site;

/// How long a stop waits for open connections to finish.
const STOP_GRACE: Duration = Duration::from_millis(500);

pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    /// Also write every good build here (atomically).
    pub out: Option<PathBuf>,
}

pub fn serve(options: Options) -> Result<(), String> {
    let root = options.root.canonicalize().map_err(|e| format!("cannot read {}: {e}", options.root.display()))?;
    let out = match &options.out {
        Some(out) => Some(OutDir { path: rebuild::check_out_dir(&root, out)?, gate: Arc::new(Mutex::new(false)) }),
        None => None,
    };
    let gate = out.as_ref().map(|o| Arc::clone(&o.gate));
    // `main` restores SIGPIPE's default action for the one-shot commands; a server must not be
    // killed by a browser that closes a connection while a response is being written.
    #[cfg(unix)]
    // SAFETY: SIG_IGN is always a valid action; writes then fail with EPIPE, which hyper handles.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    let listener = listen(options.bind, options.port)?;
    let address = listener.local_addr().map_err(|e| format!("the server has no address: {e}"))?;
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}: the preview is visible to other machines on your network \
             (use --bind 127.0.0.1 to keep it on this computer)",
            options.bind
        );
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    let result = runtime.block_on(run(root, listener, address, options.open, out));
    // A write to --out in progress finishes; none starts after this (nothing half-written stays).
    if let Some(gate) = gate {
        *gate.lock().unwrap_or_else(|e| e.into_inner()) = true;
    }
    // Connections still open after the grace period are dropped with the runtime.
    runtime.shutdown_timeout(Duration::from_millis(100));
    result
}

/// Binds before building, so a busy port is reported at once.
fn listen(bind: IpAddr, port: u16) -> Result<TcpListener, String> {
    let address = SocketAddr::new(bind, port);
    TcpListener::bind(address).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => format!(
            "port {port} on {bind} is already in use (is another `coursebook serve` running?); \
             choose another port with --port, e.g. --port {}, or --port 0 for any free port",
            port.wrapping_add(1).max(1024)
        ),
        std::io::ErrorKind::PermissionDenied => {
            format!("not allowed to listen on {address}; choose a port above 1023 with --port")
        }
        std::io::ErrorKind::AddrNotAvailable => {
            format!("{bind} is not an address of this computer; use --bind 127.0.0.1 or --bind 0.0.0.0")
        }
        _ => format!("cannot listen on {address}: {e}"),
    })
}

async fn run(
    root: PathBuf,
    listener: TcpListener,
    address: SocketAddr,
    open: bool,
    out: Option<OutDir>,
) -> Result<(), String> {
    // Handle the signals from now on: a stop during the first build is clean too.
    let mut stop = Box::pin(stop_signal()?);
    let site = Site::new(&root).map_err(|e| format!("cannot make a folder for the preview's files: {e}"))?;
    // Removed when the server stops, however it stops: the build thread is not waited for.
    let store = Closing(site.store());
    let site = Arc::new(RwLock::new(site));
    let (status_tx, mut status_rx) = signal_watch::channel(Status::new());
    let mut watch = watch::Watch::start(&root)?;
    let (books_tx, books_rx) = signal_watch::channel(false);
    let mut builder = Builder::new(root.clone(), Arc::clone(&site), status_tx.clone(), books_tx, out);
    std::thread::Builder::new()
        .name("coursebook-build".into())
        .spawn(move || {
            builder.build(&[]);
            while let Some(changed) = watch.next() {
                builder.build(&changed);
            }
        })
        .map_err(|e| format!("cannot start building: {e}"))?;

    tokio::select! {
        _ = status_rx.wait_for(|s| s.version > 0) => {}
        _ = &mut stop => return Ok(()),
    }
    listener.set_nonblocking(true).map_err(|e| format!("cannot listen on {address}: {e}"))?;
    let listener =
        tokio::net::TcpListener::from_std(listener).map_err(|e| format!("cannot listen on {address}: {e}"))?;
    let shown =
        if address.ip().is_unspecified() { SocketAddr::new([127, 0, 0, 1].into(), address.port()) } else { address };
    let url = format!("http://{shown}/");
    eprintln!("Serving {} at {url} (press Ctrl+C to stop)", root.display());
    if open {
        open_browser(&url);
    }

    let local_only = address.ip().is_loopback();
    let app = http::router(http::AppState { site, status: status_rx, books: books_rx, local_only });
    let (closing_tx, mut closing_rx) = signal_watch::channel(false);
    let server = axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            let _ = closing_rx.wait_for(|closing| *closing).await;
        })
        .into_future();
    tokio::pin!(server);
    tokio::select! {
        result = &mut server => return result.map_err(|e| format!("the server stopped: {e}")),
        _ = &mut stop => {}
    }
    // Event streams and waiting requests end, then the server once its connections are done.
    status_tx.send_modify(|s| s.closing = true);
    let _ = closing_tx.send(true);
    let _ = tokio::time::timeout(STOP_GRACE, server).await;
    drop(store);
    eprintln!("Stopped.");
    Ok(())
}

/// Closes the store of the preview's files when dropped (the server stopped or failed).
struct Closing(Arc<site::Store>);

impl Drop for Closing {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Ctrl+C, or SIGTERM (what service managers and `kill` send).
fn stop_signal() -> Result<impl std::future::Future<Output = ()>, String> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        // Registered now, not when first polled.
        let handle = |kind| signal(kind).map_err(|e| format!("cannot handle signals: {e}"));
        let (mut interrupt, mut terminate) = (handle(SignalKind::interrupt())?, handle(SignalKind::terminate())?);
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command).arg(url).spawn().is_err() {
        eprintln!("Could not open a browser; open {url} yourself.");
    }
}
