//! Address guard: a crawl that starts on the public Internet never connects to a private,
//! loopback or link-local address, whether a host name resolves there (a misconfigured `www`
//! twin, DNS rebinding) or a redirect leads there.
//!
//! The rule is decided once per scan from the start host ([`AddressRule::for_start`]): when the
//! start host itself resolves to a non-public address, the scan is of an intranet or a test
//! fixture, and every address is allowed; otherwise only public addresses are. Scope already keeps
//! the crawl on the start host and its www twin, so this guard is about where those names *point*,
//! which scope cannot see.
//!
//! The check sits in the DNS resolver ([`GuardedResolver`], installed into reqwest) rather than in
//! the redirect policy, because only the resolver sees the addresses a connection will use:
//! checking a name and then connecting would resolve twice and leave a rebinding window. URLs
//! with a literal IP never reach the resolver; [`AddressGuard::check_literal`] covers them.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use url::{Host, Url};

/// Whether `ip` is an ordinary public Internet address: not loopback, private (RFC 1918, unique
/// local), link-local, carrier-grade NAT, multicast, documentation, benchmarking or reserved.
/// IPv6 addresses that embed an IPv4 one (mapped, NAT64, 6to4) are judged by it.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0                                   // "this network"
        || (a == 100 && (64..128).contains(&b))     // carrier-grade NAT, RFC 6598
        || (a == 192 && b == 0 && c == 0)           // IETF protocol assignments
        || (a == 198 && (b == 18 || b == 19))       // benchmarking, RFC 2544
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    // NAT64 (64:ff9b::/96) carries an IPv4 address in its last 32 bits
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        return is_public_v4(Ipv4Addr::new(
            (s[6] >> 8) as u8,
            s[6] as u8,
            (s[7] >> 8) as u8,
            s[7] as u8,
        ));
    }
    // 6to4 (2002::/16) carries one in bits 16..48
    if s[0] == 0x2002 {
        return is_public_v4(Ipv4Addr::new(
            (s[1] >> 8) as u8,
            s[1] as u8,
            (s[2] >> 8) as u8,
            s[2] as u8,
        ));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00            // unique local, fc00::/7
        || (s[0] & 0xffc0) == 0xfe80            // link-local, fe80::/10
        || (s[0] & 0xffc0) == 0xfec0            // old site-local, fec0::/10
        || (s[0] == 0x2001 && s[1] == 0x0db8)   // documentation, 2001:db8::/32
        || s[0..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible (deprecated) and the like
}

/// Which addresses a scan may connect to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressRule {
    /// Any address: the start host is on a private network (an intranet, a test fixture).
    Any,
    /// Public addresses only: the start host is on the public Internet.
    PublicOnly,
}

impl AddressRule {
    /// The rule for a scan whose start host resolves to `start_addresses`. No address at all
    /// (the name does not resolve) gives the strict rule: the start fetch fails anyway, and a
    /// name that later resolves privately must not slip through.
    pub fn for_start(start_addresses: &[IpAddr], is_public: fn(IpAddr) -> bool) -> AddressRule {
        if start_addresses.iter().any(|ip| !is_public(*ip)) {
            AddressRule::Any
        } else {
            AddressRule::PublicOnly
        }
    }
}

/// Not decided yet: treated as [`AddressRule::PublicOnly`], so that a fetcher used before the
/// scan decides fails closed.
const UNDECIDED: u8 = 0;
const ANY: u8 = 1;
const PUBLIC_ONLY: u8 = 2;

/// A connection refused because the host resolves only to addresses the scan may not use. It
/// travels through reqwest's error chain, where `fetch` finds it by type.
#[derive(Debug)]
pub struct PrivateAddressRefused {
    /// The host asked for.
    pub host: String,
    /// The non-public addresses it resolved to.
    pub addresses: Vec<IpAddr>,
}

impl std::fmt::Display for PrivateAddressRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list: Vec<String> = self.addresses.iter().map(IpAddr::to_string).collect();
        write!(
            f,
            "{} resolves to a private or local address ({}); oitcheck does not connect there when the scan starts on a public site",
            self.host,
            list.join(", ")
        )
    }
}

impl std::error::Error for PrivateAddressRefused {}

/// A host name that could not be resolved, with the resolver's own error as its source.
#[derive(Debug)]
pub struct DnsFailure {
    /// The host asked for.
    pub host: String,
    /// The resolver's error.
    pub source: std::io::Error,
}

impl std::fmt::Display for DnsFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "dns error: {} could not be resolved", self.host)
    }
}

impl std::error::Error for DnsFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The scan's address rule and what it needs to resolve names; shared by the fetcher and the
/// resolver it installs into reqwest.
#[derive(Clone)]
pub struct AddressGuard {
    rule: Arc<AtomicU8>,
    overrides: Arc<HashMap<String, Vec<IpAddr>>>,
    /// Names always allowed (the configured HTTP proxies).
    exempt: Arc<HashSet<String>>,
    is_public: fn(IpAddr) -> bool,
}

impl AddressGuard {
    /// `overrides` answer for their names instead of DNS (the rule still applies to them);
    /// `exempt` names may resolve anywhere (proxies).
    pub fn new(
        overrides: &[(String, IpAddr)],
        is_public: fn(IpAddr) -> bool,
        exempt: &[String],
    ) -> AddressGuard {
        let mut map: HashMap<String, Vec<IpAddr>> = HashMap::new();
        for (name, ip) in overrides {
            map.entry(name.to_ascii_lowercase()).or_default().push(*ip);
        }
        AddressGuard {
            rule: Arc::new(AtomicU8::new(UNDECIDED)),
            overrides: Arc::new(map),
            exempt: Arc::new(exempt.iter().map(|h| h.to_ascii_lowercase()).collect()),
            is_public,
        }
    }

    /// The rule in force.
    pub fn rule(&self) -> AddressRule {
        match self.rule.load(Ordering::Acquire) {
            ANY => AddressRule::Any,
            _ => AddressRule::PublicOnly,
        }
    }

    /// Sets the rule (from the start host's addresses).
    pub fn set_rule(&self, rule: AddressRule) {
        let value = match rule {
            AddressRule::Any => ANY,
            AddressRule::PublicOnly => PUBLIC_ONLY,
        };
        self.rule.store(value, Ordering::Release);
    }

    /// Resolves `host` (overrides first, then the system resolver).
    pub async fn lookup(&self, host: &str) -> Result<Vec<IpAddr>, DnsFailure> {
        let host = host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = host.parse::<IpAddr>() {
            return Ok(vec![ip]);
        }
        if let Some(ips) = self.overrides.get(&host.to_ascii_lowercase()) {
            return Ok(ips.clone());
        }
        match tokio::net::lookup_host((host, 0)).await {
            Ok(addrs) => Ok(addrs.map(|a| a.ip()).collect()),
            Err(source) => Err(DnsFailure {
                host: host.to_string(),
                source,
            }),
        }
    }

    /// Decides the rule from the start URL's host; returns the addresses it resolved to.
    pub async fn decide(&self, start: &Url) -> Vec<IpAddr> {
        let addresses = match start.host() {
            Some(Host::Ipv4(ip)) => vec![IpAddr::V4(ip)],
            Some(Host::Ipv6(ip)) => vec![IpAddr::V6(ip)],
            Some(Host::Domain(name)) => self.lookup(name).await.unwrap_or_default(),
            None => Vec::new(),
        };
        self.set_rule(AddressRule::for_start(&addresses, self.is_public));
        addresses
    }

    /// The addresses of `addresses` the rule allows; an error when it allows none of them.
    pub fn filter(
        &self,
        host: &str,
        addresses: Vec<IpAddr>,
    ) -> Result<Vec<IpAddr>, PrivateAddressRefused> {
        if self.rule() == AddressRule::Any || self.exempt.contains(&host.to_ascii_lowercase()) {
            return Ok(addresses);
        }
        let (allowed, refused): (Vec<IpAddr>, Vec<IpAddr>) =
            addresses.into_iter().partition(|ip| (self.is_public)(*ip));
        if allowed.is_empty() && !refused.is_empty() {
            return Err(PrivateAddressRefused {
                host: host.to_string(),
                addresses: refused,
            });
        }
        Ok(allowed)
    }

    /// A URL whose host is a literal IP address (reqwest connects to it without resolving).
    pub fn check_literal(&self, url: &Url) -> Result<(), PrivateAddressRefused> {
        let ip = match url.host() {
            Some(Host::Ipv4(ip)) => IpAddr::V4(ip),
            Some(Host::Ipv6(ip)) => IpAddr::V6(ip),
            _ => return Ok(()),
        };
        self.filter(&ip.to_string(), vec![ip]).map(|_| ())
    }
}

/// The resolver installed into reqwest: resolves, then drops the addresses the rule refuses.
pub struct GuardedResolver(pub AddressGuard);

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let guard = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addresses = guard.lookup(&host).await?;
            let allowed = guard.filter(&host, addresses)?;
            // port 0: reqwest puts in the URL's port (or the scheme's)
            let addrs: Vec<SocketAddr> = allowed.into_iter().map(|ip| (ip, 0).into()).collect();
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn public_and_private_addresses() {
        for public in [
            "203.150.0.1",
            "8.8.8.8",
            "1.1.1.1",
            "164.115.0.1",
            "2001:4860:4860::8888",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2002:808:808::1",
        ] {
            assert!(is_public(ip(public)), "{public} is public");
        }
        for private in [
            "127.0.0.1",
            "127.1.2.3",
            "10.0.0.1",
            "172.16.5.4",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "0.1.2.3",
            "255.255.255.255",
            "224.0.0.1",
            "240.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2002:a00:1::1",
            "::127.0.0.1",
        ] {
            assert!(!is_public(ip(private)), "{private} is not public");
        }
    }

    #[test]
    fn the_start_host_decides_the_rule() {
        assert_eq!(
            AddressRule::for_start(&[ip("203.150.0.1")], is_public),
            AddressRule::PublicOnly
        );
        assert_eq!(
            AddressRule::for_start(&[ip("10.1.2.3")], is_public),
            AddressRule::Any
        );
        // one private address is enough: a split-horizon intranet name
        assert_eq!(
            AddressRule::for_start(&[ip("203.150.0.1"), ip("192.168.0.10")], is_public),
            AddressRule::Any
        );
        // unresolvable: strict
        assert_eq!(
            AddressRule::for_start(&[], is_public),
            AddressRule::PublicOnly
        );
    }

    #[test]
    fn public_only_drops_private_addresses_and_refuses_when_none_is_left() {
        let guard = AddressGuard::new(&[], is_public, &["proxy.corp".into()]);
        // undecided fails closed
        assert_eq!(guard.rule(), AddressRule::PublicOnly);
        let mixed = vec![ip("10.0.0.5"), ip("203.150.0.1")];
        assert_eq!(
            guard.filter("a.go.th", mixed.clone()).unwrap(),
            vec![ip("203.150.0.1")]
        );
        let refused = guard
            .filter("www.a.go.th", vec![ip("192.168.1.20")])
            .unwrap_err();
        assert_eq!(refused.addresses, vec![ip("192.168.1.20")]);
        assert!(refused.to_string().contains("www.a.go.th"), "{refused}");
        assert!(
            guard
                .check_literal(&Url::parse("http://169.254.169.254/latest/meta-data").unwrap())
                .is_err()
        );
        assert!(
            guard
                .check_literal(&Url::parse("http://a.go.th/").unwrap())
                .is_ok()
        );
        assert!(guard.filter("proxy.corp", vec![ip("10.0.0.8")]).is_ok());
        guard.set_rule(AddressRule::Any);
        assert_eq!(guard.filter("a.go.th", mixed.clone()).unwrap(), mixed);
    }

    #[tokio::test]
    async fn overrides_answer_before_dns_and_decide_the_rule() {
        let guard = AddressGuard::new(
            &[("Agency.Example".into(), ip("203.0.113.7"))],
            |ip| ip == "203.0.113.7".parse::<IpAddr>().unwrap(),
            &[],
        );
        assert_eq!(
            guard.lookup("agency.example").await.unwrap(),
            vec![ip("203.0.113.7")]
        );
        let start = Url::parse("http://agency.example:8080/").unwrap();
        guard.decide(&start).await;
        assert_eq!(guard.rule(), AddressRule::PublicOnly);
        let local = Url::parse("http://127.0.0.1:8080/").unwrap();
        guard.decide(&local).await;
        assert_eq!(guard.rule(), AddressRule::Any);
    }
}
