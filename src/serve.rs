//! A small static web server on loopback for fixture sites: the demo, the tests and the accuracy
//! corpus. The format it serves (query strings as part of file names, `_routes.yaml` overrides) is
//! documented in `tests/corpus/FORMAT.md`.
//!
//! Hand-written on a `TcpListener` rather than a framework: it needs twenty lines of HTTP/1.1, and
//! fault injection later needs control over every byte.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::Dir;
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A per-request override from `_routes.yaml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default)]
    pub redirect: Option<String>,
    #[serde(default)]
    pub content_type: Option<String>,
}

/// Where a site's files come from.
#[derive(Clone)]
pub enum SiteFiles {
    Disk(PathBuf),
    Embedded(&'static Dir<'static>),
}

impl SiteFiles {
    fn read(&self, relative: &str) -> Option<Vec<u8>> {
        match self {
            SiteFiles::Disk(root) => {
                let path = root.join(relative);
                path.is_file().then(|| std::fs::read(path).ok()).flatten()
            }
            SiteFiles::Embedded(dir) => dir.get_file(relative).map(|f| f.contents().to_vec()),
        }
    }

    fn is_dir(&self, relative: &str) -> bool {
        match self {
            SiteFiles::Disk(root) => root.join(relative).is_dir(),
            SiteFiles::Embedded(dir) => {
                relative.is_empty() || dir.get_dir(relative.trim_end_matches('/')).is_some()
            }
        }
    }
}

/// A site ready to serve.
pub struct Site {
    files: SiteFiles,
    routes: HashMap<String, Route>,
}

impl Site {
    /// Loads a site from a folder; `_routes.yaml` errors name the file and line.
    pub fn from_dir(root: &Path) -> Result<Site, String> {
        if !root.is_dir() {
            return Err(format!(
                "{} is not a folder; give the root folder of a fixture site",
                root.display()
            ));
        }
        let files = SiteFiles::Disk(root.to_path_buf());
        Site::new(files)
    }

    pub fn embedded(dir: &'static Dir<'static>) -> Result<Site, String> {
        Site::new(SiteFiles::Embedded(dir))
    }

    fn new(files: SiteFiles) -> Result<Site, String> {
        let routes = match files.read("_routes.yaml") {
            Some(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                serde_saphyr::from_str(&text).map_err(|e| format!("_routes.yaml: {e}"))?
            }
            None => HashMap::new(),
        };
        Ok(Site { files, routes })
    }

    /// Answers one request target (`/path?query`): status, content type, extra headers and body.
    pub fn respond(&self, target: &str) -> (u16, String, Vec<(String, String)>, Vec<u8>) {
        let route = self.routes.get(target).cloned().unwrap_or_default();
        if let Some(location) = route.redirect {
            return (
                301,
                "text/html".into(),
                vec![("Location".into(), location)],
                b"<html><body>moved</body></html>".to_vec(),
            );
        }
        if let Some(status) = route.status {
            return (
                status,
                "text/html".into(),
                vec![],
                format!("<html><body><h1>{status}</h1></body></html>").into_bytes(),
            );
        }
        let (path, query) = target
            .split_once('?')
            .map_or((target, None), |(p, q)| (p, Some(q)));
        let decoded = crate::rules::percent_decode(&path.replace('+', "%2B"));
        let relative = decoded.trim_start_matches('/');
        if relative.split('/').any(|s| s == "..") || relative.starts_with('_') {
            return not_found();
        }
        let mut candidates = Vec::new();
        if let Some(q) = query {
            candidates.push(format!("{relative}?{q}"));
        }
        if self.files.is_dir(relative) {
            let dir = if relative.is_empty() || relative.ends_with('/') {
                relative.to_string()
            } else {
                format!("{relative}/")
            };
            for index in ["index.html", "index.htm", "index.php"] {
                candidates.push(format!("{dir}{index}"));
            }
        } else {
            candidates.push(relative.to_string());
        }
        for candidate in candidates {
            if let Some(body) = self.files.read(&candidate) {
                let content_type = route
                    .content_type
                    .unwrap_or_else(|| content_type_for(relative_name(&candidate)));
                return (200, content_type, vec![], body);
            }
        }
        not_found()
    }
}

fn relative_name(candidate: &str) -> &str {
    candidate.split('?').next().unwrap_or(candidate)
}

fn not_found() -> (u16, String, Vec<(String, String)>, Vec<u8>) {
    (404, "text/html".into(), vec![], "<html><head><title>404 Not Found</title></head><body><h1>ไม่พบหน้าที่ต้องการ (404)</h1></body></html>".as_bytes().to_vec())
}

fn content_type_for(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let file = lower.rsplit('/').next().unwrap_or(&lower);
    let ext = file.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "html" | "htm" | "php" | "" => "text/html",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xls" => "application/vnd.ms-excel",
        "doc" => "application/msword",
        "csv" => "text/csv",
        "txt" => "text/plain",
        "xml" => "application/xml",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
    .to_string()
}

/// Serves `site` on 127.0.0.1 (`port` 0 picks a free one) until the task is dropped or aborted.
pub async fn serve(
    site: Site,
    port: u16,
) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    let site = Arc::new(site);
    let handle = tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                continue;
            };
            let site = site.clone();
            tokio::spawn(async move {
                let mut buf = Vec::with_capacity(1024);
                let mut chunk = [0u8; 1024];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let request = String::from_utf8_lossy(&buf);
                let mut parts = request.lines().next().unwrap_or("").split_whitespace();
                let method = parts.next().unwrap_or("");
                let target = parts.next().unwrap_or("/");
                let (status, content_type, headers, body) = site.respond(target);
                let mut head = format!(
                    "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
                    reason(status),
                    body.len()
                );
                for (name, value) in headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                let _ = stream.write_all(head.as_bytes()).await;
                if method != "HEAD" {
                    let _ = stream.write_all(&body).await;
                }
                let _ = stream.shutdown().await;
            });
        }
    });
    Ok((addr, handle))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
