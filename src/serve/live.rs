//! Live reload: the build status that open pages follow, over Server-Sent Events
//! (`/__coursebook/events`, what `live.js` listens to) or long polling
//! (`/__coursebook/status?since=VERSION`, for scripts and tests).

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use tokio::sync::watch;
use tokio_stream::{Stream, StreamExt};

/// Where the server's own resources live (no site has a folder of that name).
pub const PREFIX: &str = "/__coursebook/";
pub const SCRIPT: &str = include_str!("live.js");
/// How long a long-polling request waits for the next build before answering anyway.
const LONG_POLL: Duration = Duration::from_secs(25);
/// How soon a page's event stream reconnects after the server went away (a restart).
const RETRY: Duration = Duration::from_millis(500);

/// What open pages need to know about the builds.
#[derive(Clone, Serialize)]
pub struct Status {
    /// This run of the server: pages reload when it changes (the server was restarted).
    pub server: String,
    /// Counts the builds, failed ones too; 0 until the first one is done.
    pub version: u64,
    /// The last build's errors, `file:line:column: error: message` (shown over the page).
    pub errors: Vec<String>,
    /// What the last build did.
    pub build: Option<BuildSummary>,
    /// The server is stopping: event streams and waiting requests end.
    #[serde(skip)]
    pub closing: bool,
}

#[derive(Clone, Serialize)]
pub struct BuildSummary {
    /// `full`, or `text` for the fast path (an edit of text only re-renders the pages showing it).
    pub kind: &'static str,
    /// Files rendered.
    pub rendered: usize,
    /// Files new, changed or removed in the served site.
    pub changed: usize,
    /// The first of those.
    pub files: Vec<String>,
    /// The first of the source files whose change started the build.
    pub sources: Vec<String>,
}

impl Status {
    pub fn new() -> Self {
        // Unique enough per run: the clock and the process id.
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
        Status {
            server: format!("{:x}-{:x}", nanos, std::process::id()),
            version: 0,
            errors: Vec::new(),
            build: None,
            closing: false,
        }
    }

    pub fn publish(&mut self, errors: Vec<String>, build: BuildSummary) {
        self.version += 1;
        self.errors = errors;
        self.build = Some(build);
    }

    fn json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The script injected into every served page.
pub async fn script() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], SCRIPT)
}

/// One `build` event now and one after every build, until the server stops.
pub async fn events(
    State(status): State<watch::Receiver<Status>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = tokio_stream::wrappers::WatchStream::new(status)
        .take_while(|s| !s.closing)
        .map(|s| Ok(Event::default().event("build").retry(RETRY).data(s.json())));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[derive(Deserialize)]
pub struct Since {
    since: Option<u64>,
}

/// The status at once, or (with `since`) once the version differs from `since`.
pub async fn status(
    State(mut status): State<watch::Receiver<Status>>,
    Query(query): Query<Since>,
) -> impl IntoResponse {
    if let Some(since) = query.since {
        let _ = tokio::time::timeout(LONG_POLL, status.wait_for(|s| s.version != since || s.closing)).await;
    }
    let body = status.borrow().json();
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], body)
}

/// `html` with the live-reload script before its last `</body>`.
pub fn inject(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{PREFIX}live.js\"></script>");
    let at = memchr::memmem::rfind(html, b"</body>").unwrap_or(html.len());
    let mut page = Vec::with_capacity(html.len() + tag.len());
    page.extend_from_slice(&html[..at]);
    page.extend_from_slice(tag.as_bytes());
    page.extend_from_slice(&html[at..]);
    page
}
