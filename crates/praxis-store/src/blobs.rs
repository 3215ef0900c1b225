//! Document bytes, content-addressed by SHA-256, in an `object_store`: the
//! local file system under the data directory by default, any store
//! `object_store` speaks (S3-compatible ones included) by configuration.
//!
//! An upload streams into a temporary object while the hash and size are
//! computed, so a file is never held in memory; once the caller accepts it,
//! it is copied to its content address (identical content is stored once)
//! and the temporary object is deleted.

use bytes::Bytes;
use futures_util::stream::BoxStream;
use object_store::path::Path;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, WriteMultipart};
use sha2::{Digest, Sha256};
use std::ops::Range;
use std::sync::Arc;

/// The bytes of a stored file, chunk by chunk.
pub type ByteStream = BoxStream<'static, Result<Bytes, object_store::Error>>;

#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("no such blob")]
    NotFound,
    #[error("blob store: {0}")]
    Store(#[from] object_store::Error),
}

/// Where document bytes live. Cheap to clone.
#[derive(Clone, Debug)]
pub struct BlobStore {
    store: Arc<dyn ObjectStore>,
}

/// How many first bytes of an upload are kept to recognise its type.
pub const SAMPLE_BYTES: usize = 64 * 1024;

impl BlobStore {
    pub fn new(store: Arc<dyn ObjectStore>) -> Self {
        BlobStore { store }
    }

    /// The local file system under `dir` (created if missing).
    pub fn local(dir: &std::path::Path) -> Result<Self, BlobError> {
        std::fs::create_dir_all(dir).map_err(|e| {
            BlobError::Store(object_store::Error::Generic {
                store: "local",
                source: Box::new(e),
            })
        })?;
        Ok(Self::new(Arc::new(
            object_store::local::LocalFileSystem::new_with_prefix(dir)?,
        )))
    }

    /// An S3-compatible bucket. Atomic "create if absent" is not assumed
    /// (see [`Received::keep`]): content addresses make overwrites harmless.
    pub fn s3(settings: &S3Settings<'_>) -> Result<Self, BlobError> {
        if settings.bucket.trim().is_empty() {
            return Err(BlobError::Store(object_store::Error::Generic {
                store: "S3",
                source: "documents.s3.bucket is empty".into(),
            }));
        }
        let mut builder = object_store::aws::AmazonS3Builder::new()
            .with_bucket_name(settings.bucket)
            .with_allow_http(settings.allow_http);
        if let Some(endpoint) = settings.endpoint {
            builder = builder.with_endpoint(endpoint);
        }
        if let Some(region) = settings.region {
            builder = builder.with_region(region);
        }
        if let (Some(key), Some(secret)) = (settings.access_key_id, settings.secret_access_key) {
            builder = builder
                .with_access_key_id(key)
                .with_secret_access_key(secret);
        }
        Ok(Self::new(Arc::new(builder.build()?)))
    }

    /// An in-memory store, for tests of the code path remote stores take.
    pub fn memory() -> Self {
        Self::new(Arc::new(object_store::memory::InMemory::new()))
    }

    fn address(sha256: &str) -> Path {
        Path::from(format!("blobs/{}/{sha256}", &sha256[..2.min(sha256.len())]))
    }

    /// Starts an upload of at most `limit` bytes.
    pub async fn begin(&self, limit: u64) -> Result<Upload, BlobError> {
        let mut name = [0u8; 16];
        use rand_core_like::fill;
        fill(&mut name);
        let temporary = Path::from(format!(
            "tmp/{}",
            name.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ));
        let writer = WriteMultipart::new(self.store.put_multipart(&temporary).await?);
        Ok(Upload {
            store: self.clone(),
            temporary,
            writer: Some(writer),
            hasher: Sha256::new(),
            size: 0,
            limit,
            sample: Vec::new(),
        })
    }

    /// The bytes of a blob, or of a range of it.
    pub async fn read(
        &self,
        sha256: &str,
        range: Option<Range<u64>>,
    ) -> Result<ByteStream, BlobError> {
        let options = GetOptions {
            range: range.map(GetRange::Bounded),
            ..GetOptions::default()
        };
        match self.store.get_opts(&Self::address(sha256), options).await {
            Ok(result) => Ok(result.into_stream()),
            Err(object_store::Error::NotFound { .. }) => Err(BlobError::NotFound),
            Err(other) => Err(other.into()),
        }
    }

    /// Stored objects under `blobs/` or `tmp/`, with when they were written:
    /// `(is_temporary, sha256 or name, last modified)`.
    pub async fn inventory(
        &self,
    ) -> Result<Vec<(bool, String, chrono::DateTime<chrono::Utc>)>, BlobError> {
        use futures_util::StreamExt;
        let mut out = Vec::new();
        for (prefix, temporary) in [("blobs", false), ("tmp", true)] {
            let mut listing = self.store.list(Some(&Path::from(prefix)));
            while let Some(meta) = listing.next().await {
                let meta = meta?;
                let name = meta.location.filename().unwrap_or("").to_owned();
                out.push((temporary, name, meta.last_modified));
            }
        }
        Ok(out)
    }

    /// Deletes a stored blob, or a temporary upload by name.
    pub async fn remove(&self, temporary: bool, name: &str) -> Result<(), BlobError> {
        let path = if temporary {
            Path::from(format!("tmp/{name}"))
        } else {
            Self::address(name)
        };
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(other) => Err(other.into()),
        }
    }

    /// Whether a blob is stored (the size it has).
    pub async fn size(&self, sha256: &str) -> Result<Option<u64>, BlobError> {
        match self.store.head(&Self::address(sha256)).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(other) => Err(other.into()),
        }
    }
}

/// Where an S3-compatible bucket is and how to sign in to it.
pub struct S3Settings<'a> {
    pub bucket: &'a str,
    pub endpoint: Option<&'a str>,
    pub region: Option<&'a str>,
    pub access_key_id: Option<&'a str>,
    pub secret_access_key: Option<&'a str>,
    pub allow_http: bool,
}

/// A tiny random-name helper without a new dependency on the store crate:
/// the name only has to be unique among concurrent uploads.
mod rand_core_like {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::{SystemTime, UNIX_EPOCH};

    static COUNTER: AtomicU64 = AtomicU64::new(0);

    pub fn fill(out: &mut [u8; 16]) {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        out[..8].copy_from_slice(&nanos.to_le_bytes());
        out[8..].copy_from_slice(&(n ^ u64::from(std::process::id())).to_le_bytes());
    }
}

/// An upload in progress.
pub struct Upload {
    store: BlobStore,
    temporary: Path,
    writer: Option<WriteMultipart>,
    hasher: Sha256,
    size: u64,
    limit: u64,
    sample: Vec<u8>,
}

/// A finished upload, not yet accepted.
pub struct Received {
    pub sha256: String,
    pub size: u64,
    /// The first bytes, to recognise the type.
    pub sample: Vec<u8>,
    temporary: Path,
    store: BlobStore,
}

impl Upload {
    /// Adds bytes; fails (and discards everything) past the limit.
    pub async fn write(&mut self, chunk: &[u8]) -> Result<(), BlobError> {
        self.size += chunk.len() as u64;
        if self.size > self.limit {
            self.abort().await;
            return Err(BlobError::TooLarge { limit: self.limit });
        }
        if self.sample.len() < SAMPLE_BYTES {
            let room = SAMPLE_BYTES - self.sample.len();
            self.sample
                .extend_from_slice(&chunk[..room.min(chunk.len())]);
        }
        self.hasher.update(chunk);
        if let Some(writer) = self.writer.as_mut() {
            writer.wait_for_capacity(4).await?;
            writer.write(chunk);
        }
        Ok(())
    }

    /// Drops what was written so far.
    pub async fn abort(&mut self) {
        if let Some(writer) = self.writer.take() {
            let _ = writer.abort().await;
        }
        let _ = self.store.store.delete(&self.temporary).await;
    }

    pub async fn finish(mut self) -> Result<Received, BlobError> {
        if let Some(writer) = self.writer.take() {
            writer.finish().await?;
        }
        let digest = std::mem::take(&mut self.hasher).finalize();
        Ok(Received {
            sha256: digest.iter().map(|b| format!("{b:02x}")).collect(),
            size: self.size,
            sample: std::mem::take(&mut self.sample),
            temporary: self.temporary.clone(),
            store: self.store.clone(),
        })
    }
}

impl Received {
    /// Moves the bytes to their content address. Identical content stored
    /// before (or concurrently) is kept once.
    pub async fn keep(self) -> Result<(), BlobError> {
        let target = BlobStore::address(&self.sha256);
        let store = &self.store.store;
        let copied = match store.copy_if_not_exists(&self.temporary, &target).await {
            Ok(()) | Err(object_store::Error::AlreadyExists { .. }) => Ok(()),
            // Stores without an atomic "create" (plain S3): the address is
            // the content, so overwriting writes the very same bytes.
            Err(object_store::Error::NotSupported { .. })
            | Err(object_store::Error::NotImplemented { .. }) => {
                store.copy(&self.temporary, &target).await
            }
            Err(other) => Err(other),
        };
        let _ = store.delete(&self.temporary).await;
        Ok(copied?)
    }

    /// Discards the upload (refused type, invalid form…).
    pub async fn discard(self) {
        let _ = self.store.store.delete(&self.temporary).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    async fn roundtrip(store: BlobStore) {
        let mut upload = store.begin(1024).await.expect("begin");
        upload.write(b"hello ").await.expect("write");
        upload.write(b"world").await.expect("write");
        let received = upload.finish().await.expect("finish");
        assert_eq!(received.size, 11);
        assert_eq!(received.sample, b"hello world");
        let sha = received.sha256.clone();
        received.keep().await.expect("keep");
        // Same content again: stored once, no error.
        let mut again = store.begin(1024).await.expect("begin");
        again.write(b"hello world").await.expect("write");
        again
            .finish()
            .await
            .expect("finish")
            .keep()
            .await
            .expect("keep twice");
        let mut bytes = Vec::new();
        let mut stream = store.read(&sha, None).await.expect("read");
        while let Some(chunk) = stream.next().await {
            bytes.extend_from_slice(&chunk.expect("chunk"));
        }
        assert_eq!(bytes, b"hello world");
        let mut part = Vec::new();
        let mut stream = store.read(&sha, Some(6..11)).await.expect("range");
        while let Some(chunk) = stream.next().await {
            part.extend_from_slice(&chunk.expect("chunk"));
        }
        assert_eq!(part, b"world");
        assert_eq!(store.size(&sha).await.expect("size"), Some(11));

        let mut big = store.begin(4).await.expect("begin");
        assert!(matches!(
            big.write(b"too long").await,
            Err(BlobError::TooLarge { limit: 4 })
        ));
    }

    #[tokio::test]
    async fn the_local_store_keeps_content_once_and_serves_ranges() {
        let dir = std::env::temp_dir().join(format!("praxis-blobs-{}", std::process::id()));
        roundtrip(BlobStore::local(&dir).expect("local store")).await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn a_remote_style_store_takes_the_same_path() {
        roundtrip(BlobStore::memory()).await;
    }

    #[test]
    fn an_s3_store_is_built_from_settings() {
        let store = BlobStore::s3(&S3Settings {
            bucket: "praxis-documents",
            endpoint: Some("http://127.0.0.1:9000"),
            region: Some("eu-west-3"),
            access_key_id: Some("key"),
            secret_access_key: Some("secret"),
            allow_http: true,
        });
        assert!(store.is_ok());
        let missing_bucket = BlobStore::s3(&S3Settings {
            bucket: "",
            endpoint: None,
            region: None,
            access_key_id: None,
            secret_access_key: None,
            allow_http: false,
        });
        assert!(missing_bucket.is_err());
    }
}
