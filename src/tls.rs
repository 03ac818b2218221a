//! TLS: what a certificate problem means to the user, and `--insecure` that still says so.
//!
//! Many agency sites serve an expired, self-signed or incomplete-chain certificate. Without
//! `--insecure` such a site is unreadable (`tls_invalid`, never retried: the certificate will
//! not be better in two seconds). With `--insecure`, reqwest's own switch would accept any
//! certificate silently; instead the fetcher installs [`RecordingVerifier`], which runs the same
//! verification as a normal scan (the platform's roots, as reqwest uses), and on failure records
//! the host and the problem and lets the connection go on. The report then says which hosts had
//! an invalid certificate, and each piece of evidence from such a host carries a note.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};

/// Hosts whose certificate did not verify, with the problem, in the words of [`describe`].
pub type CertificateProblems = Arc<Mutex<BTreeMap<String, String>>>;

/// What a rustls error means, for a person. `true` when the certificate itself is at fault
/// (which `--insecure` gets past), `false` for a handshake that failed otherwise (an old
/// protocol version, no common cipher), which `--insecure` does not help.
pub fn describe(error: &rustls::Error) -> (String, bool) {
    use rustls::Error as E;
    let certificate = |what: &str| (format!("the certificate {what}"), true);
    match error {
        E::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer => certificate(
                "is not issued by a trusted authority (self-signed, or the server does not send its intermediate certificates)",
            ),
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                certificate("has expired")
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                certificate("is not valid yet (or the computer's clock is wrong)")
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                certificate("is for another host name")
            }
            CertificateError::Revoked => certificate("has been revoked"),
            CertificateError::BadSignature => certificate("has a bad signature"),
            other => certificate(&format!("is invalid ({other:?})")),
        },
        E::NoCertificatesPresented => certificate("is missing: the server sent none"),
        E::InvalidCertRevocationList(_) => certificate("cannot be checked for revocation"),
        E::PeerIncompatible(p) => (
            format!(
                "the server's TLS is incompatible ({p:?}); it may only offer TLS 1.0/1.1 or old ciphers, which oitcheck does not support"
            ),
            false,
        ),
        E::AlertReceived(alert) => (
            format!("the server ended the TLS handshake ({alert:?})"),
            false,
        ),
        other => (format!("the TLS handshake failed ({other})"), false),
    }
}

/// Verifies like a normal scan, records the hosts that fail, and accepts them (`--insecure`).
#[derive(Debug)]
pub struct RecordingVerifier {
    /// `None` when the platform's roots could not be loaded: every certificate is then recorded
    /// as unverifiable.
    inner: Option<rustls_platform_verifier::Verifier>,
    inner_error: String,
    provider: Arc<rustls::crypto::CryptoProvider>,
    problems: CertificateProblems,
}

impl RecordingVerifier {
    /// A verifier on `provider` that records what it rejects in `problems`.
    pub fn new(
        provider: Arc<rustls::crypto::CryptoProvider>,
        problems: CertificateProblems,
    ) -> RecordingVerifier {
        let (inner, inner_error) = match rustls_platform_verifier::Verifier::new(provider.clone()) {
            Ok(v) => (Some(v), String::new()),
            Err(e) => (None, e.to_string()),
        };
        RecordingVerifier {
            inner,
            inner_error,
            provider,
            problems,
        }
    }

    fn record(&self, host: String, problem: String) {
        self.problems
            .lock()
            .expect("certificate problems lock")
            .entry(host)
            .or_insert(problem);
    }
}

fn host_of(name: &ServerName<'_>) -> String {
    match name {
        ServerName::DnsName(d) => d.as_ref().to_ascii_lowercase(),
        ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
        _ => String::from("?"),
    }
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let outcome = match &self.inner {
            Some(inner) => inner
                .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
                .map_err(|e| describe(&e).0),
            None => Err(format!(
                "the certificate could not be checked: {}",
                self.inner_error
            )),
        };
        if let Err(problem) = outcome {
            self.record(host_of(server_name), problem);
        }
        Ok(ServerCertVerified::assertion())
    }

    // The handshake signatures prove the server holds the certificate's key; they are checked
    // with the provider's algorithms even when the certificate itself is not trusted. A failure
    // here is a broken or hostile server, not a webmaster's lapse, and is not waived.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// The rustls client configuration of an `--insecure` scan.
pub fn insecure_config(
    problems: CertificateProblems,
) -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let verifier = Arc::new(RecordingVerifier::new(provider.clone(), problems));
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_problems_say_what_is_wrong() {
        let (text, cert) = describe(&rustls::Error::InvalidCertificate(
            CertificateError::UnknownIssuer,
        ));
        assert!(cert && text.contains("trusted authority"), "{text}");
        let (text, cert) = describe(&rustls::Error::InvalidCertificate(
            CertificateError::Expired,
        ));
        assert!(cert && text.contains("expired"), "{text}");
        let (text, cert) = describe(&rustls::Error::PeerIncompatible(
            rustls::PeerIncompatible::Tls12NotOffered,
        ));
        assert!(!cert && text.contains("incompatible"), "{text}");
    }
}
