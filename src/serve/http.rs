//! The HTTP side of `serve` (axum on hyper): the site's stored files with GET and HEAD only,
//! entity tags and 304, `Content-Type` with charset, gzip for text, the site's own 404 page, and
//! the live-reload endpoints.

use std::path::Path;
use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::extract::{FromRef, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::watch;
use tower_http::compression::CompressionLayer;

use super::live::{self, Status};
use super::site::{Found, Site};

/// How long a request for a print book waits for its new version before taking the last one.
const BOOK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

#[derive(Clone)]
pub struct AppState {
    pub site: Arc<RwLock<Site>>,
    pub status: watch::Receiver<Status>,
    /// `true` while the print books an edit touched are being rendered (see `Builder`).
    pub books: watch::Receiver<bool>,
    /// Listening on a loopback address: answer only requests for a local host name.
    pub local_only: bool,
}

impl FromRef<AppState> for watch::Receiver<Status> {
    fn from_ref(state: &AppState) -> Self {
        state.status.clone()
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/__coursebook/live.js", get(live::script))
        .route("/__coursebook/events", get(live::events))
        .route("/__coursebook/status", get(live::status))
        .fallback(site_file)
        .layer(axum::middleware::from_fn_with_state(state.clone(), local_hosts_only))
        .with_state(state)
        .layer(CompressionLayer::new())
}

/// A page elsewhere on the web cannot read the preview through a name of its own that resolves
/// to 127.0.0.1 (DNS rebinding): on a loopback address, requests must name a local host.
async fn local_hosts_only(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok());
    match host {
        Some(host) if state.local_only && !is_local(host) => (
            StatusCode::FORBIDDEN,
            format!(
                "This preview answers requests for localhost or 127.0.0.1 only, not `{host}`. \
                 To reach it under another name, start it with --bind 0.0.0.0.\n"
            ),
        )
            .into_response(),
        _ => next.run(request).await,
    }
}

/// `localhost`, `*.localhost` or a loopback address, with or without a port.
fn is_local(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// What a request for the site gets (`HEAD` too: hyper sends the head only).
async fn site_file(State(state): State<AppState>, method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let allow = [(header::ALLOW, "GET, HEAD")];
        return (StatusCode::METHOD_NOT_ALLOWED, allow, "The preview server answers GET and HEAD only.\n")
            .into_response();
    }
    if uri.path().ends_with("/print.html") {
        // The edit's other pages are out, and reloading: the book follows in a moment.
        let mut books = state.books.clone();
        let _ = tokio::time::timeout(BOOK_WAIT, books.wait_for(|rendering| !rendering)).await;
    }
    let found = state.site.read().unwrap_or_else(|e| e.into_inner()).lookup(uri.path());
    let (path, file, tag) = match found {
        Found::Page(page) => (page.path, page.file, page.etag),
        // Tagged by size and time of change: the file may have changed since the last build.
        Found::Static(file) => match tokio::fs::metadata(&file).await {
            Ok(meta) => (file.to_string_lossy().into_owned(), file, static_tag(&meta)),
            Err(_) => return not_found(&state).await,
        },
        Found::Redirect(to) => {
            return (
                StatusCode::TEMPORARY_REDIRECT,
                [(header::LOCATION, to), (header::CACHE_CONTROL, "no-cache".into())],
            )
                .into_response()
        }
        Found::Missing => return not_found(&state).await,
    };
    if let Some(fresh) = not_modified(&tag, &headers) {
        return fresh;
    }
    match body(&path, &file).await {
        Ok(body) => respond(StatusCode::OK, &path, body, Some(&tag)),
        // Replaced by a build in the meantime: the page reloads when the build is announced.
        Err(_) => not_found(&state).await,
    }
}

/// The site's own 404 page (the built `404.html` works at any depth).
async fn not_found(state: &AppState) -> Response {
    let found = state.site.read().unwrap_or_else(|e| e.into_inner()).lookup("/404.html");
    let page = match found {
        Found::Page(page) => body(&page.path, &page.file).await.ok(),
        _ => None,
    };
    match page {
        Some(page) => respond(StatusCode::NOT_FOUND, "404.html", page, None),
        None => {
            let page = b"<!doctype html><html lang=\"en\"><title>Not found</title><h1>Page not found</h1></html>";
            respond(StatusCode::NOT_FOUND, "404.html", Body::from(live::inject(page)), None)
        }
    }
}

/// Files up to this size are read whole; larger ones are sent in chunks as they are read (a long
/// course's print book can be hundreds of megabytes).
const READ_WHOLE: u64 = 1 << 20;

/// The body of a stored file or static file, with the live-reload script in an HTML page.
async fn body(path: &str, file: &Path) -> std::io::Result<Body> {
    use tokio::io::{AsyncReadExt, AsyncSeekExt};
    let html = content_type(path).starts_with("text/html");
    let mut opened = tokio::fs::File::open(file).await?;
    let size = opened.metadata().await?.len();
    if size <= READ_WHOLE {
        let mut bytes = Vec::with_capacity(size as usize);
        opened.read_to_end(&mut bytes).await?;
        return Ok(Body::from(if html { live::inject(&bytes) } else { bytes }));
    }
    if !html {
        return Ok(Body::from_stream(tokio_util::io::ReaderStream::new(opened)));
    }
    // The script goes before the last `</body>`, which is in the last bytes of a page.
    let mut tail = Vec::with_capacity(READ_WHOLE as usize);
    let mut end = tokio::fs::File::open(file).await?;
    end.seek(std::io::SeekFrom::Start(size - READ_WHOLE)).await?;
    end.read_to_end(&mut tail).await?;
    let head = tokio_util::io::ReaderStream::new(opened.take(size - READ_WHOLE));
    let tail = tokio_stream::once(Ok(axum::body::Bytes::from(live::inject(&tail))));
    Ok(Body::from_stream(tokio_stream::StreamExt::chain(head, tail)))
}

/// The tag of a static file: its size and time of change.
fn static_tag(meta: &std::fs::Metadata) -> String {
    let changed = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
    format!("W/\"s{:x}-{:x}\"", changed.as_nanos(), meta.len())
}

/// `304 Not Modified` when the request already has this version.
fn not_modified(tag: &str, request: &HeaderMap) -> Option<Response> {
    let tag = HeaderValue::from_str(tag).ok()?;
    let fresh = request.get(header::IF_NONE_MATCH).is_some_and(|wanted| matches(wanted, &tag));
    fresh.then(|| {
        let headers = [(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")), (header::ETAG, tag)];
        (StatusCode::NOT_MODIFIED, headers).into_response()
    })
}

fn respond(status: StatusCode, path: &str, body: Body, tag: Option<&str>) -> Response {
    let mut headers = HeaderMap::new();
    // Always revalidate (a preview changes at every save), cheaply thanks to the tag.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Some(tag) = tag.and_then(|t| HeaderValue::from_str(t).ok()) {
        headers.insert(header::ETAG, tag);
    }
    let content_type = content_type(path);
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&content_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    (status, headers, body).into_response()
}

/// `If-None-Match` against a tag, by weak comparison (RFC 9110 13.1.2).
fn matches(wanted: &HeaderValue, tag: &HeaderValue) -> bool {
    let weak = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let (Ok(wanted), Ok(tag)) = (wanted.to_str(), tag.to_str()) else { return false };
    wanted.trim() == "*" || wanted.split(',').any(|t| weak(t) == weak(tag))
}

/// The media type of a file, with `charset=utf-8` for text (the build writes UTF-8).
fn content_type(path: &str) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let textual = mime.type_() == "text" || ["javascript", "json", "xml", "svg"].iter().any(|t| mime.subtype() == *t);
    let textual = textual || mime.suffix().is_some_and(|s| s == "xml" || s == "json");
    if textual {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_has_a_charset() {
        assert_eq!(content_type("en/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("assets/site.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("assets/quiz.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("static/img/a.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("sitemap.xml"), "text/xml; charset=utf-8");
        assert_eq!(content_type("static/a.png"), "image/png");
    }

    #[test]
    fn only_local_names_are_local() {
        for host in [
            "localhost",
            "localhost:3000",
            "127.0.0.1:3000",
            "[::1]:3000",
            "[::1]",
            "preview.localhost:80",
            "LOCALHOST",
        ] {
            assert!(is_local(host), "{host}");
        }
        for host in
            ["example.org", "example.org:3000", "127.0.0.1.example.org", "localhost.example.org", "10.0.0.2:3000"]
        {
            assert!(!is_local(host), "{host}");
        }
    }

    #[test]
    fn tags_match_weakly() {
        let tag = HeaderValue::from_static("W/\"abc\"");
        for wanted in ["W/\"abc\"", "\"abc\"", "\"x\", W/\"abc\"", "*"] {
            assert!(matches(&HeaderValue::from_static(wanted), &tag), "{wanted}");
        }
        assert!(!matches(&HeaderValue::from_static("W/\"abd\""), &tag));
    }
}
